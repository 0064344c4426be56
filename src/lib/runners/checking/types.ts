import type { Dialect, SqlValue } from '../../model/index';

export interface CompareOptions {
	/** Row order matters (the drill asks for an ORDER BY). */
	ordered: boolean;
	/** Column names must match, case-insensitively. */
	checkColumnNames: boolean;
	/** Relative (and, near zero, absolute) tolerance for numbers. Default 1e-6. */
	tolerance?: number;
	/** The engine that produced the result, so advice names that dialect's syntax. Default SQLite. */
	dialect?: Dialect;
}

/**
 * How a row lines up. `same`: in both, in place. `moved`: in both, out of order (ordered checks).
 * `changed`: an expected row and an actual row that differ in a few cells, shown side by side.
 * `missing`: expected, not returned. `extra`: returned, not expected. `duplicate`: an extra copy of
 * an expected row.
 */
export type RowMark = 'same' | 'moved' | 'changed' | 'missing' | 'extra' | 'duplicate';

export interface AlignedRow {
	mark: RowMark;
	expected: SqlValue[] | null;
	actual: SqlValue[] | null;
	/** Positions in each result (0-based), for "row 3 should be row 1". */
	expectedIndex: number | null;
	actualIndex: number | null;
	/** Indexes of the cells that differ (for `changed`). */
	differingColumns: number[];
}

export type ReasonCode =
	| 'truncated'
	| 'column-count'
	| 'column-names'
	| 'column-order'
	| 'missing-rows'
	| 'extra-rows'
	| 'duplicate-rows'
	| 'wrong-order'
	| 'null-vs-zero'
	| 'null-vs-empty-string'
	| 'rounding'
	| 'integer-division'
	| 'text-vs-number'
	| 'boolean-vs-number'
	| 'wrong-values';

export interface Reason {
	code: ReasonCode;
	/** One sentence for the user, saying what was expected and a likely cause. */
	message: string;
}

export interface Comparison {
	pass: boolean;
	reasons: Reason[];
	/** Expected order first (with moved/changed/missing rows in place), then duplicates and extras. */
	rows: AlignedRow[];
}
