// sql.js for the Anki export, loaded only when the user asks for an export: it is never part of
// the first screen. The wasm comes from our own origin (and the precache), like the SQL worker's.
import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
	loading ??= Promise.all([import('sql.js'), import('sql.js/dist/sql-wasm-browser.wasm?url')])
		.then(([{ default: initSqlJs }, { default: wasmUrl }]) => initSqlJs({ locateFile: () => wasmUrl }))
		.catch((error: unknown) => {
			// Let a later tap try again (e.g. after a flaky first load).
			loading = null;
			throw error;
		});
	return loading;
}
