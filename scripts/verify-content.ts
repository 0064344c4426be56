// npm run verify:content — runs every reference answer in content/ with the real runtimes (sql.js
// and Pyodide in Node) and the app's own comparator. One line per failure, then totals; exit 1 on any.

import { loadPyodide } from 'pyodide';
import initSqlJs from 'sql.js';
import { loadContent } from '../src/lib/content/load.ts';
import { PythonHarness } from '../src/lib/runners/python/harness.ts';
import { SqlEngine } from '../src/lib/runners/sql/engine.ts';
import { verifyBundle } from '../src/lib/runners/verify-content.ts';

const root = process.argv[2] ?? 'content';
const start = performance.now();
const bundle = await loadContent(root);
const report = await verifyBundle(bundle, {
	sql: new SqlEngine(await initSqlJs()),
	python: async () => PythonHarness.install(await loadPyodide())
});

for (const failure of report.failures) console.error(`${failure.source} (${failure.id}): ${failure.problem}`);
const { sql, scenarioQueries, breakIts, workedExampleSteps, python } = report.checked;
const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(
	`verify:content: ${sql} SQL drills, ${scenarioQueries} scenario queries, ${breakIts} break-its, ${workedExampleSteps} worked-example steps, ${python} Python drills checked in ${seconds} s; ` +
		`${report.failures.length} failure${report.failures.length === 1 ? '' : 's'}`
);
process.exit(report.failures.length > 0 ? 1 : 0);
