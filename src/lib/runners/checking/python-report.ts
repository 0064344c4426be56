// Turns a test run into the verdict the drill shows: pass only when every test ran and passed.

import type { PyTestResult } from '../protocol';

export interface PythonReport {
	pass: boolean;
	/** "3 of 4 tests pass", or why none could run. */
	summary: string;
	failures: { name: string; message: string }[];
	stdout: string;
	stderr: string;
}

/** Example: pythonReport(await testPython(code, item.tests)) → { pass: false, summary: '1 of 2 tests pass', … } */
export function pythonReport(result: PyTestResult): PythonReport {
	const failures = result.tests.filter((t) => !t.passed).map((t) => ({ name: t.name, message: t.message ?? 'failed' }));
	const output = { stdout: result.stdout, stderr: result.stderr };
	if (result.setupError) {
		const { type, message, line, source, phase } = result.setupError;
		const where = line !== null ? ` on line ${line}${source ? ` (${source})` : ''}` : '';
		const summary =
			type === 'Stopped'
				? message
				: phase === 'solution'
					? `Your code raised ${type}${where} before any test ran: ${message}`
					: `The drill's tests could not run: ${message}`;
		return { pass: false, summary, failures, ...output };
	}
	if (result.total === 0) return { pass: false, summary: 'No tests ran.', failures, ...output };
	const summary = result.passed === result.total ? `All ${result.total} tests pass` : `${result.passed} of ${result.total} tests pass`;
	return { pass: result.passed === result.total && !result.stopped, summary, failures, ...output };
}
