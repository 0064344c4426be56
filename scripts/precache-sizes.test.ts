import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtSizes, injectSizes } from './precache-sizes';

describe('precache sizes', () => {
	it('measures every built file by URL path, leaving compressed copies out', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'sizes-'));
		await mkdir(join(dir, '_app'));
		await writeFile(join(dir, 'index.html'), 'x'.repeat(10));
		await writeFile(join(dir, '_app', 'a.js'), 'y'.repeat(3));
		await writeFile(join(dir, '_app', 'a.js.br'), 'z');
		expect(await builtSizes(dir)).toEqual({ '/index.html': 10, '/_app/a.js': 3 });
	});

	it('replaces the placeholder in any quote style with a JSON string the worker can parse', () => {
		const worker = "const a=JSON.parse(`__REHEARSE_PRECACHE_SIZES__`.startsWith('{')?'__REHEARSE_PRECACHE_SIZES__':'{}')";
		const { source, replaced } = injectSizes(worker, { '/a.js': 3 });
		expect(replaced).toBe(2);
		const a = new Function(`${source}; return a;`)();
		expect(a).toEqual({ '/a.js': 3 });
	});
});
