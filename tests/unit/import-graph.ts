// The import graph of src/, read as text: enough to check layering without a bundler.
// Resolves `$lib/…` and relative specifiers to files; package imports are left out.
// A .svelte file contributes the imports of its <script> blocks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportEdge {
	from: string;
	to: string;
	/** `import type …` / `export type … from`: erased at build time. */
	typeOnly: boolean;
}

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const src = join(root, 'src');
const lib = join(src, 'lib');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Source files of the app, tests left out: relative to the repository, `src/lib/db/cards.ts`. */
export function sourceFiles(): string[] {
	return walk(src)
		.filter((path) => /\.(ts|svelte)$/.test(path) && !/\.test\.ts$/.test(path) && !path.endsWith('.d.ts'))
		.map((path) => relative(root, path))
		.sort();
}

function scriptOf(file: string): string {
	const text = readFileSync(join(root, file), 'utf8');
	if (!file.endsWith('.svelte')) return text;
	return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
}

const extensions = ['', '.ts', '.svelte.ts', '.js', '/index.ts'];

function resolveSpecifier(file: string, specifier: string): string | null {
	let base: string;
	if (specifier.startsWith('$lib/')) base = join(lib, specifier.slice('$lib/'.length));
	else if (specifier === '$lib') base = lib;
	else if (specifier.startsWith('.')) base = resolve(join(root, dirname(file)), specifier);
	else return null;
	for (const extension of extensions) {
		const path = base + extension;
		if (existsSync(path) && statSync(path).isFile()) return relative(root, path);
	}
	return null;
}

const staticImport = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;
const dynamicImport = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(file: string): ImportEdge[] {
	const code = scriptOf(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	const edges: ImportEdge[] = [];
	for (const match of code.matchAll(staticImport)) {
		const to = resolveSpecifier(file, match[3]);
		if (to) edges.push({ from: file, to, typeOnly: Boolean(match[2]) });
	}
	for (const match of code.matchAll(dynamicImport)) {
		const to = resolveSpecifier(file, match[1]);
		if (to) edges.push({ from: file, to, typeOnly: false });
	}
	return edges;
}

export function importGraph(): ImportEdge[] {
	return sourceFiles().flatMap(importsOf);
}

/**
 * The module a file belongs to: the folder under src/lib (`db`, `srs`), `runners/checking` for the
 * pure checking code, `routes` for every page; a file straight under src/lib is its own module.
 */
export function moduleOf(file: string): string {
	const parts = file.split('/');
	if (parts[1] !== 'lib') return parts[1].replace(/\.ts$/, '');
	if (parts[2] === 'runners' && parts[3] === 'checking' && parts.length > 4) return 'runners/checking';
	return parts[2].replace(/\.ts$/, '');
}

/** Cycles between modules: each strongly connected set of two or more modules, sorted. */
export function moduleCycles(edges: ImportEdge[]): string[][] {
	const next = new Map<string, Set<string>>();
	for (const { from, to } of edges) {
		const a = moduleOf(from);
		const b = moduleOf(to);
		if (a === b) continue;
		if (!next.has(a)) next.set(a, new Set());
		next.get(a)!.add(b);
	}
	// Tarjan's algorithm.
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		onStack.add(node);
		for (const to of next.get(node) ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(node, Math.min(low.get(node)!, low.get(to)!));
			} else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
		}
		if (low.get(node) === index.get(node)) {
			const set: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				set.push(member);
			} while (member !== node);
			if (set.length > 1) found.push(set.sort());
		}
	};
	for (const node of next.keys()) if (!index.has(node)) visit(node);
	return found.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The index.ts of a module folder under src/lib, when it has one. */
export function indexOf(module: string): string | null {
	const path = `src/lib/${module}/index.ts`;
	return existsSync(join(root, path)) ? path : null;
}
