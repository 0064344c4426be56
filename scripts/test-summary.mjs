// Prints one closing line for the whole test run, summing the unit (Vitest) and browser
// (Playwright) JSON reports: "tests: N passed, M failed".
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
	console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}

const e2e = read('reports/e2e.json');
if (e2e) {
	const { expected = 0, unexpected = 0, flaky = 0, skipped: e2eSkipped = 0 } = e2e.stats;
	passed += expected + flaky;
	failed += unexpected;
	skipped += e2eSkipped;
	console.log(`browser: ${expected + flaky} passed, ${unexpected} failed`);
}

if (!unit && !e2e) {
	console.error('No test reports found in reports/.');
	process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
