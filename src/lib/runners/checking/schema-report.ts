// Judges a schema drill's checks: what the user's DDL let through that it should have refused, what
// it refused that is valid, what a query returned, which access path has no index. Pure.

import type { SchemaCheck } from '../../model/index';
import type { SchemaRunResult } from '../protocol';
import { compareResults } from './compare';

export interface SchemaCheckResult {
	label: string;
	kind: SchemaCheck['kind'];
	pass: boolean;
	/** Why it failed, in words that name the fix; null when it passed. */
	message: string | null;
}

export interface SchemaReport {
	pass: boolean;
	/** "5 of 7 checks pass", or why none could run. */
	summary: string;
	results: SchemaCheckResult[];
}

/**
 * Example: schemaReport(item.checks, await checkSchema(ddl, item.checks))
 *   → { pass: false, summary: '4 of 5 checks pass', results: [… { label: 'a repeated source_event_id', pass: false,
 *        message: 'two payments with the same source_event_id were both accepted: add a UNIQUE constraint' }] }
 */
export function schemaReport(checks: readonly SchemaCheck[], run: SchemaRunResult): SchemaReport {
	if (run.error) {
		const where = run.error.line ? ` on line ${run.error.line}` : '';
		return { pass: false, summary: `Your DDL failed${where} before any check ran: ${run.error.message}`, results: [] };
	}
	const results = checks.map((check, i) => judge(check, run.outcomes[i]));
	const passed = results.filter((r) => r.pass).length;
	const summary = passed === results.length ? `All ${results.length} checks pass` : `${passed} of ${results.length} checks pass`;
	return { pass: results.length > 0 && passed === results.length, summary, results };
}

function judge(check: SchemaCheck, outcome: SchemaRunResult['outcomes'][number] | undefined): SchemaCheckResult {
	const base = { label: check.label, kind: check.kind };
	const fail = (message: string) => ({ ...base, pass: false, message });
	const ok = { ...base, pass: true, message: null };
	if (!outcome) return fail('This check did not run.');
	if (check.kind === 'index') {
		if (outcome.kind !== 'index') return fail('This check did not run.');
		if (outcome.found) return ok;
		const have = outcome.indexes.length ? ` Indexes on ${check.table} now: ${outcome.indexes.join('; ')}.` : ` ${check.table} has no index at all.`;
		return fail(`${check.because} (needs an index on ${check.table} leading with ${check.columns.join(', ')}).${have}`);
	}
	if (outcome.kind !== 'statement') return fail('This check did not run.');
	const because = check.because ? ` ${check.because}` : '';
	switch (check.kind) {
		case 'accepts':
			return outcome.ok ? ok : fail(`A valid statement was refused (${check.label}): ${outcome.error}.${because}`);
		case 'rejects':
			return outcome.ok ? fail(check.because ?? `${check.label} was accepted; it must be refused.`) : ok;
		case 'returns': {
			if (!outcome.ok) return fail(`The query for ${check.label} failed: ${outcome.error}.${because}`);
			if (!outcome.result) return fail(`The query for ${check.label} returned no rows at all.${because}`);
			const comparison = compareResults(check.expected, outcome.result, { ordered: check.ordered, checkColumnNames: false, dialect: 'postgres' });
			return comparison.pass ? ok : fail(`${capitalise(check.label)}: ${comparison.reasons.map((r) => r.message).join(' ')}${because}`);
		}
	}
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
