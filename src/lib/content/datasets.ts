import type { Dataset } from '../model/index.ts';
import { ID_PATTERN } from './fields.ts';
import { datasetScripts } from './dialect.ts';

const TITLE_LINE = /^--[ \t]*title:[ \t]*(.+?)[ \t]*$/;

/**
 * `content/datasets/<id>.sql`: the id is the file name; the first line is `-- title: <Title>`.
 * `-- [sqlite]` / `-- [postgres]` … `-- [both]` blocks hold what only one engine runs.
 */
export function compileDataset(file: string, text: string, problems: string[]): Dataset | null {
	const id = file.split('/').at(-1)!.replace(/\.sql$/, '');
	const sql = text.replace(/^\uFEFF/, '');
	const title = TITLE_LINE.exec(sql.split(/\r?\n/, 1)[0]);
	let ok = true;
	if (!ID_PATTERN.test(id)) {
		problems.push(`${file}: the file name must be lowercase letters, digits and dashes (it is the dataset id)`);
		ok = false;
	}
	if (!title) {
		problems.push(`${file}: the first line must be "-- title: <Title>"`);
		ok = false;
	}
	if (!sql.split(/\r?\n/).slice(1).join('\n').trim()) {
		problems.push(`${file}: has no SQL after the title line`);
		ok = false;
	}
	const scripts = datasetScripts(sql);
	for (const problem of scripts.problems) problems.push(`${file}: ${problem}`);
	if (scripts.problems.length > 0) ok = false;
	return ok && title ? { id, title: title[1], sql: scripts.sqlite, postgres: scripts.postgres, source: file } : null;
}
