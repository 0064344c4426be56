// Writes a brotli (.br) and a gzip (.gz) copy next to every compressible file of build/, as static
// hosts serve them, so `npm start` sends what a real deployment sends. Runs after `vite build`.
// usage: tsx scripts/compress-build.ts [dir]   (or import { compressBuild })
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text and wasm compress well; zip, tgz and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.sql', '.txt', '.wasm', '.data', '.map', '.xml']);
/** Below this, the header costs more than compression saves. */
const MIN_BYTES = 1024;
/**
 * Brotli's best quality (11) takes ~50 s on a 9 MB wasm here; quality 5 takes ~1 s and loses ~15 %.
 * Large files get the fast setting so a build stays quick; everything a page needs first gets 11.
 */
const LARGE_BYTES = 1024 * 1024;

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	return (await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])))).flat();
}

export interface CompressReport {
	files: number;
	bytes: number;
	brotliBytes: number;
	gzipBytes: number;
}

export async function compressBuild(dir = 'build'): Promise<CompressReport> {
	const report: CompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
	const files = (await walk(dir)).filter((file) => COMPRESSIBLE.has(extname(file)));
	for (const file of files) {
		const { size } = await stat(file);
		if (size < MIN_BYTES) continue;
		const body = await readFile(file);
		const quality = size > LARGE_BYTES ? 5 : constants.BROTLI_MAX_QUALITY;
		const [br, gzipped] = await Promise.all([
			brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: size } }),
			gz(body, { level: 9 })
		]);
		// Keep only what helps: a copy no smaller than the original would just cost a request header.
		if (br.length < size) await writeFile(`${file}.br`, br);
		if (gzipped.length < size) await writeFile(`${file}.gz`, gzipped);
		report.files++;
		report.bytes += size;
		report.brotliBytes += Math.min(br.length, size);
		report.gzipBytes += Math.min(gzipped.length, size);
	}
	return report;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const started = performance.now();
	const report = await compressBuild(process.argv[2] ?? 'build');
	const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	console.log(
		`compressed ${report.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s: ${mb(report.bytes)} → brotli ${mb(report.brotliBytes)}, gzip ${mb(report.gzipBytes)}`
	);
}
