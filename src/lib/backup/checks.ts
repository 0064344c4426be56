// A small toolkit for checking parsed JSON against a shape, collecting every problem with the path
// where it is (`data.reviews[31].grade must be 1-4 (got 7)`). Each check returns a fresh value
// built from known fields only, so nothing unexpected in a file reaches the database.

/** The first problems found; past this many, the rest add nothing a user could act on. */
const MAX_PROBLEMS = 50;

export class Problems {
	readonly list: string[] = [];
	/** How many problems there were in all, including those not kept. */
	total = 0;

	add(path: string, message: string): void {
		this.total++;
		if (this.list.length < MAX_PROBLEMS) this.list.push(`${path} ${message}`);
	}

	get any(): boolean {
		return this.total > 0;
	}
}

/** Checks one value: the cleaned value, or a description of what was expected. */
export type Check<T> = (value: unknown) => { ok: true; value: T } | { ok: false; expected: string };

const ok = <T>(value: T) => ({ ok: true as const, value });
const no = (expected: string) => ({ ok: false as const, expected });

/** A value for a message: short, one line, escaped. */
export function shown(value: unknown): string {
	if (value === undefined) return 'nothing';
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		text = Object.prototype.toString.call(value);
	}
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `obj[key]` through `check`; records a problem and returns undefined when it fails. */
export function field<T>(problems: Problems, obj: Obj, path: string, key: string, check: Check<T>): T | undefined {
	const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
	const result = check(value);
	if (result.ok) return result.value;
	problems.add(`${path}.${key}`, value === undefined ? `is missing (expected ${result.expected})` : `must be ${result.expected} (got ${shown(value)})`);
	return undefined;
}

// Control characters other than tab and newlines have no place in anything a user typed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function text({ max, min = 0 }: { max: number; min?: number }): Check<string> {
	const expected = min > 0 ? `text of ${min} to ${max} characters` : `text of at most ${max} characters`;
	return (v) => (typeof v === 'string' && v.length >= min && v.length <= max && !CONTROL.test(v) ? ok(v) : no(expected));
}

/** An id: 1-200 characters, no control characters. */
export const id: Check<string> = text({ min: 1, max: 200 });

export function pattern(re: RegExp, expected: string): Check<string> {
	return (v) => (typeof v === 'string' && re.test(v) ? ok(v) : no(expected));
}

export function finite({ min = -Infinity, max = Infinity }: { min?: number; max?: number } = {}): Check<number> {
	const expected =
		min === -Infinity && max === Infinity ? 'a number' : max === Infinity ? `a number ≥ ${min}` : `a number from ${min} to ${max}`;
	return (v) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? ok(v) : no(expected));
}

export function integer({ min, max }: { min: number; max: number }): Check<number> {
	const expected = max === Number.MAX_SAFE_INTEGER ? `a whole number ≥ ${min}` : `${min}-${max}`;
	return (v) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? ok(v as number) : no(expected));
}

/** Epoch milliseconds between 1970 and the year 2286: a time, not a stray number. */
export const time: Check<number> = (v) =>
	Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e13 ? ok(v as number) : no('a time in epoch milliseconds');

export function oneOf<const T extends readonly (string | number)[]>(values: T): Check<T[number]> {
	const expected = `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
	return (v) => ((values as readonly unknown[]).includes(v) ? ok(v as T[number]) : no(expected));
}

export const flag: Check<0 | 1> = (v) => (v === 0 || v === 1 ? ok(v) : no('0 or 1'));
export const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? ok(v) : no('true or false'));

export function nullable<T>(check: Check<T>): Check<T | null> {
	return (v) => {
		if (v === null) return ok(null);
		const result = check(v);
		return result.ok ? result : no(`null or ${result.expected}`);
	};
}

export function listOf<T>(check: Check<T>, { max }: { max: number }): Check<T[]> {
	return (v) => {
		if (!Array.isArray(v) || v.length > max) return no(`a list of at most ${max}`);
		const out: T[] = [];
		for (const element of v) {
			const result = check(element);
			if (!result.ok) return no(`a list of ${result.expected}`);
			out.push(result.value);
		}
		return ok(out);
	};
}

/** Any JSON value, as long as it is plain data no deeper than `depth` (keys were checked by the walk). */
export function plainJson(depth = 8): Check<unknown> {
	const within = (v: unknown, level: number): boolean => {
		if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
		if (typeof v === 'number') return Number.isFinite(v);
		if (level >= depth || typeof v !== 'object') return false;
		return Array.isArray(v) ? v.every((x) => within(x, level + 1)) : Object.values(v).every((x) => within(x, level + 1));
	};
	return (v) => (within(v, 0) ? ok(structuredClone(v)) : no(`plain data nested at most ${depth} deep`));
}

/** Keys that could rewrite an object's prototype when a file's data is copied with assignment. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks the whole parsed file once, iteratively (a deeply nested file cannot overflow the stack):
 * reports prototype-pollution keys and nesting deeper than any backup has.
 */
export function walkForHostileKeys(root: unknown, problems: Problems, maxDepth = 16): void {
	const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '(file)', depth: 0 }];
	while (stack.length) {
		const { value, path, depth } = stack.pop()!;
		if (typeof value !== 'object' || value === null) continue;
		if (depth > maxDepth) {
			problems.add(path, `is nested deeper than any backup (more than ${maxDepth} levels)`);
			return;
		}
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) {
				const element = value[i];
				if (typeof element === 'object' && element !== null) stack.push({ value: element, path: `${path}[${i}]`, depth: depth + 1 });
			}
			continue;
		}
		for (const key of Object.keys(value)) {
			const child = `${path === '(file)' ? '' : `${path}.`}${key}`;
			if (FORBIDDEN_KEYS.has(key)) problems.add(child, 'is a key no backup has (it could tamper with the app); the file was refused');
			const element = (value as Obj)[key];
			if (typeof element === 'object' && element !== null) stack.push({ value: element, path: child, depth: depth + 1 });
		}
	}
}
