// Real Pyodide in Node; loading takes ~2-3 s, so one instance serves every test here.
import { loadPyodide } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { INPUT_MESSAGE, PythonHarness } from './harness';

let harness: PythonHarness;

beforeAll(async () => {
	harness = PythonHarness.install(await loadPyodide());
}, 60_000);

const solution = 'def add(a, b):\n    return a - b\n\ndef div(a, b):\n    return a / b\n';
const tests = `
def test_add():
    assert add(2, 3) == 5

def test_sub_by_accident():
    assert add(5, 0) == 5

def test_div():
    assert div(1, 0) == 0
`;

describe('PythonHarness', () => {
	it('reports each test by name with the assertion’s values or the exception and the user’s line', () => {
		const report = harness.test(solution, tests);
		expect(report).toMatchObject({ setupError: null, passed: 1, total: 3, stopped: false });
		expect(report.tests).toEqual([
			{ name: 'test_add', passed: false, message: 'assert add(2, 3) == 5\n  where add(2, 3) = -1' },
			{ name: 'test_sub_by_accident', passed: true, message: null },
			{ name: 'test_div', passed: false, message: 'ZeroDivisionError: division by zero (solution.py line 5: return a / b)' }
		]);
	});

	it('reports a syntax error in the user’s code before any test runs', () => {
		expect(harness.test('def add(a, b) return a', tests)).toMatchObject({
			setupError: { type: 'SyntaxError', line: 1, phase: 'solution' },
			tests: []
		});
	});

	it('raises a clear error from input()', () => {
		expect(harness.run('x = input("n? ")').error).toEqual({ type: 'InputNotAvailable', message: INPUT_MESSAGE, line: 1, source: 'x = input("n? ")' });
	});

	it('captures stdout and caps it with a note', () => {
		const result = harness.run("print('hi')\nfor _ in range(10000): print('x' * 20)", 1000);
		expect(result.stdout.startsWith('hi\n')).toBe(true);
		expect(result.stdout.endsWith('[output truncated]\n')).toBe(true);
		expect(result.stdout.length).toBeLessThan(1100);
		expect(result.truncated).toBe(true);
	});

	it('reports huge allocations as errors instead of dying', () => {
		expect(harness.run('x = [0] * 10**9').error).toMatchObject({ type: 'MemoryError' });
		expect(harness.run("x = 'a' * 10**10").error?.type).toMatch(/MemoryError|OverflowError/);
		expect(harness.run('print(1 + 1)')).toMatchObject({ stdout: '2\n', error: null });
	});

	it('starts each run with a fresh namespace', () => {
		harness.run('leak = 1');
		expect(harness.run('print(leak)').error).toMatchObject({ type: 'NameError' });
	});
});
