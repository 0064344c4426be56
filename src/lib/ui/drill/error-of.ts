// The error a drill's last Run or Check ended on, located in the code, for the message and the
// editor's line mark. Pure.
import type { CheckOutcome } from '$lib/session/drill-session.svelte';
import type { PyRunResult, SchemaRunResult, SqlRunResult } from '$lib/runners/protocol';
import { locateSqlError, type ErrorLocation } from './error-location';

export function errorOf(code: string, run: SqlRunResult | PyRunResult | SchemaRunResult | null, check: CheckOutcome | null): ErrorLocation | null {
	if (check?.kind === 'error') return locateSqlError(code, check);
	if (!run || !run.error) return null;
	// Python's traceback names the exact line of the user's code.
	if ('stdout' in run) return run.error.line === null ? null : { line: run.error.line, exact: true };
	return locateSqlError(code, run.error);
}
