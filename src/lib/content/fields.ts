// Reading typed fields out of parsed YAML. Every reader records a problem naming the file and the
// field, and returns a harmless fallback so compiling continues and all problems are collected.

export type Data = Record<string, unknown>;

export interface FieldContext {
	file: string;
	data: Data;
	problems: string[];
	/** Path of `data` inside the front matter, e.g. `steps[2]`; '' at the top level. */
	at: string;
}

export function fieldContext(file: string, data: Data, problems: string[], at = ''): FieldContext {
	return { file, data, problems, at };
}

export function fieldName(ctx: FieldContext, key: string): string {
	return ctx.at ? `${ctx.at}.${key}` : key;
}

/** Records `file: field "key" <message>`. */
export function fieldProblem(ctx: FieldContext, key: string, message: string): void {
	ctx.problems.push(`${ctx.file}: field "${fieldName(ctx, key)}" ${message}`);
}

/** How a value reads in a message: strings quoted, lists and maps named. */
export function describe(value: unknown): string {
	if (value === null || value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	return String(value);
}

const has = (ctx: FieldContext, key: string) => ctx.data[key] !== undefined && ctx.data[key] !== null;

export function isRecord(value: unknown): value is Data {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Flags keys that are not in `allowed` (catches typos such as `mustsay`). */
export function rejectUnknownKeys(ctx: FieldContext, allowed: readonly string[]): void {
	for (const key of Object.keys(ctx.data)) {
		if (!allowed.includes(key)) {
			fieldProblem(ctx, key, `is not a known field (known: ${allowed.join(', ')})`);
		}
	}
}

export function requireString(ctx: FieldContext, key: string): string {
	const value = ctx.data[key];
	if (!has(ctx, key)) {
		fieldProblem(ctx, key, 'is missing');
		return '';
	}
	if (typeof value !== 'string') {
		fieldProblem(ctx, key, `must be text (got ${describe(value)})`);
		return '';
	}
	if (!value.trim()) {
		fieldProblem(ctx, key, 'must not be empty');
		return '';
	}
	return value.trim();
}

export function optionalString(ctx: FieldContext, key: string, fallback: string): string {
	return has(ctx, key) ? requireString(ctx, key) : fallback;
}

/** A required id-like string: lowercase kebab case. */
export function requireId(ctx: FieldContext, key: string): string {
	const value = requireString(ctx, key);
	if (value && !ID_PATTERN.test(value)) {
		fieldProblem(ctx, key, `must be lowercase letters, digits and dashes (got ${describe(value)})`);
		return '';
	}
	return value;
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export function optionalBoolean(ctx: FieldContext, key: string, fallback: boolean): boolean {
	if (!has(ctx, key)) return fallback;
	const value = ctx.data[key];
	if (typeof value !== 'boolean') {
		fieldProblem(ctx, key, `must be true or false (got ${describe(value)})`);
		return fallback;
	}
	return value;
}

/** An optional whole number in [min, max]. */
export function optionalInteger(ctx: FieldContext, key: string, fallback: number, min: number, max: number): number;
export function optionalInteger(ctx: FieldContext, key: string, fallback: null, min: number, max: number): number | null;
export function optionalInteger(
	ctx: FieldContext,
	key: string,
	fallback: number | null,
	min: number,
	max: number
): number | null {
	if (!has(ctx, key)) return fallback;
	const value = ctx.data[key];
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
		fieldProblem(ctx, key, `must be a whole number ${range} (got ${describe(value)})`);
		return fallback;
	}
	return value;
}

/** A required value among `options`; messages read `must be 1, 2 or 3 (got "hard")`. */
export function oneOf<T extends string | number>(
	ctx: FieldContext,
	key: string,
	options: readonly T[],
	fallback?: T
): T {
	if (!has(ctx, key)) {
		if (fallback !== undefined) return fallback;
		fieldProblem(ctx, key, 'is missing');
		return options[0];
	}
	const value = ctx.data[key];
	if (!options.includes(value as T)) {
		fieldProblem(ctx, key, `must be ${listOptions(options)} (got ${describe(value)})`);
		return fallback ?? options[0];
	}
	return value as T;
}

function listOptions(options: readonly (string | number)[]): string {
	const shown = options.map((o) => (typeof o === 'string' ? `"${o}"` : String(o)));
	return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** A required list; `min` is the fewest entries allowed. */
export function requireList(ctx: FieldContext, key: string, min = 0): unknown[] {
	if (!has(ctx, key)) {
		fieldProblem(ctx, key, 'is missing');
		return [];
	}
	const value = ctx.data[key];
	if (!Array.isArray(value)) {
		fieldProblem(ctx, key, `must be a list (got ${describe(value)})`);
		return [];
	}
	if (value.length < min) {
		fieldProblem(ctx, key, `must have at least ${min} ${min === 1 ? 'entry' : 'entries'} (got ${value.length})`);
	}
	return value;
}

export function optionalList(ctx: FieldContext, key: string): unknown[] {
	return has(ctx, key) ? requireList(ctx, key) : [];
}

function stringsOf(ctx: FieldContext, key: string, list: unknown[]): string[] {
	const out: string[] = [];
	list.forEach((entry, i) => {
		if (typeof entry === 'string' && entry.trim()) out.push(entry.trim());
		else fieldProblem(ctx, `${key}[${i}]`, `must be non-empty text (got ${describe(entry)})`);
	});
	return out;
}

export function requireStringArray(ctx: FieldContext, key: string, min = 0): string[] {
	return stringsOf(ctx, key, requireList(ctx, key, min));
}

export function optionalStringArray(ctx: FieldContext, key: string): string[] {
	return stringsOf(ctx, key, optionalList(ctx, key));
}

/** A required mapping, returned as a nested context whose problems name `key.child`. */
export function requireRecord(ctx: FieldContext, key: string): FieldContext | null {
	if (!has(ctx, key)) {
		fieldProblem(ctx, key, 'is missing');
		return null;
	}
	const value = ctx.data[key];
	if (!isRecord(value)) {
		fieldProblem(ctx, key, `must be a mapping of fields (got ${describe(value)})`);
		return null;
	}
	return fieldContext(ctx.file, value, ctx.problems, fieldName(ctx, key));
}

/**
 * Nested contexts for each entry of a list of mappings (`steps[0]`, `steps[1]` …); entries that
 * are not mappings are reported and skipped.
 */
export function recordsOf(ctx: FieldContext, key: string, list: unknown[]): FieldContext[] {
	const out: FieldContext[] = [];
	list.forEach((entry, i) => {
		const at = `${fieldName(ctx, key)}[${i}]`;
		if (isRecord(entry)) out.push(fieldContext(ctx.file, entry, ctx.problems, at));
		else ctx.problems.push(`${ctx.file}: field "${at}" must be a mapping of fields (got ${describe(entry)})`);
	});
	return out;
}

/** Reports entries whose `keyOf` value repeats, naming the field and the repeated value. */
export function requireUnique<T>(ctx: FieldContext, key: string, entries: T[], keyOf: (entry: T) => string): void {
	const seen = new Set<string>();
	for (const entry of entries) {
		const k = keyOf(entry);
		if (!k) continue;
		if (seen.has(k)) fieldProblem(ctx, key, `has ${describe(k)} more than once`);
		seen.add(k);
	}
}
