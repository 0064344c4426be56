// Which rows a query returns differently once a safeguard is removed ("break it").
import type { SqlValue } from '$lib/model';

const rowKey = (row: readonly SqlValue[]) => JSON.stringify(row);

/**
 * For each row of `after`, whether it is new: not among the rows of `before` (as a multiset, so a
 * row that appears twice where it appeared once marks its second copy).
 */
export function changedRows(before: readonly (readonly SqlValue[])[], after: readonly (readonly SqlValue[])[]): boolean[] {
	const left = new Map<string, number>();
	for (const row of before) left.set(rowKey(row), (left.get(rowKey(row)) ?? 0) + 1);
	return after.map((row) => {
		const key = rowKey(row);
		const count = left.get(key) ?? 0;
		if (count === 0) return true;
		left.set(key, count - 1);
		return false;
	});
}
