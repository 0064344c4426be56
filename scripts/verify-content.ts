// npm run verify:content — runs every reference answer in content/ with the real runtimes (sql.js,
// PGlite and Pyodide in Node) and the app's own comparator, on both SQL engines. One line per
// failure, naming the file, the item and the engine; then totals; exit 1 on any.
// `--only <prefix>` checks just the items whose id starts with it (while writing a batch).

import { PGlite } from '@electric-sql/pglite';
import { loadPyodide } from 'pyodide';
import initSqlJs from 'sql.js';
import { DIALECT_NAMES } from '../src/lib/content/dialect.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { PythonHarness } from '../src/lib/runners/python/harness.ts';
import { SqlEngine } from '../src/lib/runners/sql/engine.ts';
import { PgEngine } from '../src/lib/runners/sql/pg-engine.ts';
import { verifyBundle } from '../src/lib/runners/verify-content.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const root = args[0] ?? 'content';
const start = performance.now();
const loaded = await loadContent(root);
const bundle = only ? { ...loaded, items: loaded.items.filter((item) => item.id.startsWith(only)) } : loaded;
const report = await verifyBundle(bundle, {
	sqlite: new SqlEngine(await initSqlJs()),
	postgres: async () => PgEngine.open(await PGlite.create()),
	python: async () => PythonHarness.install(await loadPyodide())
});

for (const { source, id, dialect, problem } of report.failures) {
	console.error(`${source} (${id}${dialect ? `, ${DIALECT_NAMES[dialect]}` : ''}): ${problem}`);
}
const { sql, wrongAnswers, schema, schemaWrongAnswers, scenarioQueries, breakIts, workedExampleSteps, python } = report.checked;
const { portable, postgresOwn } = report.references;
const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(
	`verify:content: ${sql} SQL drills with ${wrongAnswers} wrong answers, ${scenarioQueries} scenario queries, ${breakIts} break-its and ${workedExampleSteps} worked-example steps on SQLite and PostgreSQL; ` +
		`${schema} schema drills with ${schemaWrongAnswers} wrong DDLs on PostgreSQL; ${python} Python drills; in ${seconds} s`
);
console.log(
	`references: ${portable.sql} drills and ${portable.scenarioQueries} scenario queries run unchanged on both engines; ${postgresOwn.sql} drills and ${postgresOwn.scenarioQueries} scenario queries have a PostgreSQL reference of their own`
);
console.log(`${report.failures.length} failure${report.failures.length === 1 ? '' : 's'}`);
process.exit(report.failures.length > 0 ? 1 : 0);
