// npm run sql -- <dataset> "<query>" [sqlite|postgres]: runs a query against a content dataset on
// both engines (or one) and prints each result, for authors writing drills and wrong answers.
// The same engines and value rules as the app and verify:content.

import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { compileDataset } from '../src/lib/content/datasets.ts';
import { DIALECT_NAMES } from '../src/lib/content/dialect.ts';
import { DIALECTS, type Dialect } from '../src/lib/model/index.ts';
import type { SqlRunResult } from '../src/lib/runners/protocol.ts';
import { SqlEngine } from '../src/lib/runners/sql/engine.ts';
import { PgEngine } from '../src/lib/runners/sql/pg-engine.ts';

const [datasetId, query, only] = process.argv.slice(2);
if (!datasetId || !query || (only && !DIALECTS.includes(only as Dialect))) {
	console.error('usage: npm run sql -- <dataset> "<query>" [sqlite|postgres]');
	process.exit(2);
}
const file = `content/datasets/${datasetId}.sql`;
const problems: string[] = [];
const dataset = compileDataset(file, readFileSync(file, 'utf8'), problems);
if (!dataset) {
	console.error(problems.join('\n'));
	process.exit(1);
}

async function run(dialect: Dialect): Promise<SqlRunResult> {
	const request = { datasetId, query, maxRows: 50 };
	if (dialect === 'sqlite') return new SqlEngine(await initSqlJs()).run({ ...request, datasetSql: dataset!.sql });
	return (await PgEngine.open(await PGlite.create())).run({ ...request, datasetSql: dataset!.postgres });
}

for (const dialect of only ? [only as Dialect] : DIALECTS) {
	const result = await run(dialect);
	console.log(`── ${DIALECT_NAMES[dialect]}`);
	if (result.error) console.log(`error${result.error.line ? ` (line ${result.error.line})` : ''}: ${result.error.message}`);
	else {
		console.log(result.columns.join(' | '));
		for (const row of result.rows) console.log(row.map((v) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v}'` : String(v))).join(' | '));
		console.log(`(${result.totalRows} row${result.totalRows === 1 ? '' : 's'})`);
	}
}
