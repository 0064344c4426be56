// `npm run content:check [-- --json]`: validates content/ without building the app.
// Prints items per kind and per deck, and drills per interview pattern (content-patterns.ts); with --json the last line is one JSON object:
// {"counts": {"<kind>": n}, "decks": {"<deck>": n}, "total": n}. Exits 1 listing every problem.
import { loadContent } from '../src/lib/content/load.ts';
import { ContentError } from '../src/lib/content/errors.ts';
import { countPatterns, formatPatterns } from './content-patterns.ts';
import { summarize, formatSummary } from './content-summary.ts';

const json = process.argv.includes('--json');
const rootArg = process.argv.slice(2).find((arg) => !arg.startsWith('--'));

try {
	const bundle = await loadContent(rootArg ?? 'content');
	const summary = summarize(bundle);
	console.log(formatSummary(bundle));
	console.log(`\n${formatPatterns(countPatterns(bundle))}`);
	if (json) console.log(JSON.stringify(summary));
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
