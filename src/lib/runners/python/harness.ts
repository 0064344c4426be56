// The Python side of running drills, shared by the browser worker and the Node content check so the
// two can never disagree about what "the tests pass" means.
//
// The user's code is compiled as `solution.py` and the drill's tests as `tests.py`, so tracebacks
// can point at the user's own line. Bare `assert a == b` in tests is rewritten to report the
// values ("where add(2, 3) = 6"), like pytest does, without evaluating anything twice.

import type { PyRunResult, PyTestResult } from '../protocol';

export const DEFAULT_OUTPUT_CAP = 64 * 1024;
export const INPUT_MESSAGE = 'input() is not available in drills: pass values as arguments';

export const HARNESS_SOURCE = String.raw`
import ast, builtins, io, json, linecache, operator, sys, traceback

_SOLUTION = 'solution.py'
_TESTS = 'tests.py'
_TRUNCATED = '\n[output truncated]\n'
_REPR_CAP = 200


class InputNotAvailable(RuntimeError):
    pass


def _no_input(*_args, **_kwargs):
    raise InputNotAvailable(${JSON.stringify(INPUT_MESSAGE)})


class _NoStdin(io.TextIOBase):
    def readable(self):
        return True

    def read(self, *_args):
        _no_input()

    def readline(self, *_args):
        _no_input()


class _CappedStream(io.TextIOBase):
    """Keeps the first cap characters; a print loop cannot fill the memory."""

    def __init__(self, cap):
        self._parts = []
        self._room = cap
        self.truncated = False

    def writable(self):
        return True

    def write(self, text):
        if self._room >= len(text):
            self._parts.append(text)
            self._room -= len(text)
        elif text:
            self._parts.append(text[: self._room])
            self._room = 0
            self.truncated = True
        return len(text)

    def value(self):
        return ''.join(self._parts) + (_TRUNCATED if self.truncated else '')


def _short_repr(value):
    text = repr(value)
    return text if len(text) <= _REPR_CAP else text[: _REPR_CAP - 1] + '…'


_OPS = {
    'Eq': operator.eq, 'NotEq': operator.ne, 'Lt': operator.lt, 'LtE': operator.le,
    'Gt': operator.gt, 'GtE': operator.ge, 'Is': operator.is_, 'IsNot': operator.is_not,
    'In': lambda a, b: a in b, 'NotIn': lambda a, b: a not in b,
}


def _rehearse_compare(left, right, op, text, left_text, right_text):
    if _OPS[op](left, right):
        return
    lines = ['assert ' + text, '  where ' + left_text + ' = ' + _short_repr(left)]
    if right_text is not None:
        lines.append('  and ' + right_text + ' = ' + _short_repr(right))
    raise AssertionError('\n'.join(lines))


def _rehearse_truthy(value, text):
    if not value:
        raise AssertionError('assert ' + text + '\n  where it is ' + _short_repr(value))


class _AssertRewriter(ast.NodeTransformer):
    def __init__(self, source):
        self._source = source

    def _text(self, node):
        return ast.get_source_segment(self._source, node) or ast.unparse(node)

    def visit_Assert(self, node):
        if node.msg is not None:
            return node
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            right = test.comparators[0]
            right_text = None if isinstance(right, ast.Constant) else self._text(right)
            call = ast.Call(
                func=ast.Name('_rehearse_compare', ast.Load()),
                args=[test.left, right, ast.Constant(type(test.ops[0]).__name__), ast.Constant(self._text(test)),
                      ast.Constant(self._text(test.left)), ast.Constant(right_text)],
                keywords=[])
        else:
            call = ast.Call(func=ast.Name('_rehearse_truthy', ast.Load()),
                            args=[test, ast.Constant(self._text(test))], keywords=[])
        return ast.fix_missing_locations(ast.copy_location(ast.Expr(call), node))


def _remember(filename, source):
    # Lets tracebacks show the line's text for code that never touched the file system.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)


def _error(exc):
    line = None
    source = None
    message = str(exc)
    if isinstance(exc, SyntaxError) and exc.filename == _SOLUTION:
        line, source, message = exc.lineno, (exc.text or '').strip() or None, exc.msg
    else:
        for frame in traceback.extract_tb(exc.__traceback__):
            if frame.filename == _SOLUTION:
                line, source = frame.lineno, (frame.line or '').strip() or None
    if isinstance(exc, MemoryError) and not message:
        message = 'out of memory: the drill sandbox is small, build smaller data'
    return {'type': type(exc).__name__, 'message': message, 'line': line, 'source': source}


def _failure_message(exc):
    if isinstance(exc, AssertionError):
        text = str(exc)
        if text:
            return text
        # An assert with an explicit empty message, or one raised by the user's code.
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename in (_SOLUTION, _TESTS) and frame.line:
                return 'AssertionError at ' + frame.filename + ' line ' + str(frame.lineno) + ': ' + frame.line.strip()
        return 'AssertionError'
    err = _error(exc)
    text = err['type'] + (': ' + err['message'] if err['message'] else '')
    if err['line'] is not None:
        text += ' (solution.py line ' + str(err['line']) + (': ' + err['source'] if err['source'] else '') + ')'
    return text


class _Captured:
    """Swaps in capped stdout/stderr, a stdin and input() that explain themselves; restores them after."""

    def __init__(self, cap):
        self.out = _CappedStream(cap)
        self.err = _CappedStream(cap)

    def __enter__(self):
        self._saved = (sys.stdout, sys.stderr, sys.stdin, builtins.input)
        sys.stdout, sys.stderr, sys.stdin, builtins.input = self.out, self.err, _NoStdin(), _no_input
        return self

    def __exit__(self, *_exc):
        sys.stdout, sys.stderr, sys.stdin, builtins.input = self._saved
        return False

    def fields(self):
        return {'stdout': self.out.value(), 'stderr': self.err.value(),
                'truncated': self.out.truncated or self.err.truncated}


def _exec_solution(code):
    _remember(_SOLUTION, code)
    namespace = {'__name__': '__main__', '__builtins__': builtins}
    exec(compile(code, _SOLUTION, 'exec'), namespace)
    return namespace


def _rehearse_run(code, cap):
    error = None
    stopped = False
    with _Captured(cap) as captured:
        try:
            _exec_solution(code)
        except KeyboardInterrupt:
            stopped = True
        except BaseException as exc:  # SystemExit and MemoryError are the user's outcome too
            error = _error(exc)
    return json.dumps({**captured.fields(), 'error': error, 'stopped': stopped})


def _test_names(tree):
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith('test_') and node.name not in names:
            names.append(node.name)
    return names


def _rehearse_test(code, tests, cap):
    results = []
    setup_error = None
    stopped = False
    with _Captured(cap) as captured:
        namespace = None
        try:
            namespace = _exec_solution(code)
        except KeyboardInterrupt:
            stopped = True
        except BaseException as exc:
            setup_error = {**_error(exc), 'phase': 'solution'}
        names = []
        if namespace is not None:
            try:
                _remember(_TESTS, tests)
                tree = _AssertRewriter(tests).visit(ast.parse(tests, _TESTS))
                names = _test_names(tree)
                namespace['_rehearse_compare'] = _rehearse_compare
                namespace['_rehearse_truthy'] = _rehearse_truthy
                exec(compile(tree, _TESTS, 'exec'), namespace)
            except KeyboardInterrupt:
                stopped = True
                names = []
            except BaseException as exc:
                setup_error = {**_error(exc), 'phase': 'tests'}
                setup_error['message'] = type(exc).__name__ + ' in tests.py: ' + str(exc)
                names = []
        for name in names:
            if stopped:
                results.append({'name': name, 'passed': False, 'message': 'not run: the code was stopped'})
                continue
            try:
                namespace[name]()
                results.append({'name': name, 'passed': True, 'message': None})
            except KeyboardInterrupt:
                stopped = True
                results.append({'name': name, 'passed': False, 'message': 'stopped: it ran past the time limit'})
            except BaseException as exc:
                results.append({'name': name, 'passed': False, 'message': _failure_message(exc)})
    passed = sum(1 for r in results if r['passed'])
    return json.dumps({**captured.fields(), 'setupError': setup_error, 'tests': results,
                       'passed': passed, 'total': len(results), 'stopped': stopped})
`;

/** The part of a Pyodide instance the harness needs (the browser and Node builds both fit). */
export interface PyodideLike {
	runPython(code: string): unknown;
}

type PyFn = (...args: unknown[]) => string;

/**
 * Runs user code and drill tests on one Pyodide instance. Example (Node):
 *   const harness = PythonHarness.install(await loadPyodide());
 *   const report = harness.test(solution, tests);   // { tests: [{ name, passed, message }], … }
 */
export class PythonHarness {
	#run: PyFn;
	#test: PyFn;

	private constructor(run: PyFn, test: PyFn) {
		this.#run = run;
		this.#test = test;
	}

	static install(pyodide: PyodideLike): PythonHarness {
		pyodide.runPython(HARNESS_SOURCE);
		// runPython returns the value of a trailing expression: here, callable proxies of the two entry points.
		return new PythonHarness(pyodide.runPython('_rehearse_run') as PyFn, pyodide.runPython('_rehearse_test') as PyFn);
	}

	/** Runs the code as a script; exceptions come back as `error`, never thrown. */
	run(code: string, outputCap = DEFAULT_OUTPUT_CAP): PyRunResult {
		const start = performance.now();
		const result = JSON.parse(this.#run(code, outputCap)) as Omit<PyRunResult, 'elapsedMs'>;
		return { ...result, elapsedMs: performance.now() - start };
	}

	/** Runs the code, then every `test_*` function the tests define, in the order they are defined. */
	test(code: string, tests: string, outputCap = DEFAULT_OUTPUT_CAP): PyTestResult {
		const start = performance.now();
		const result = JSON.parse(this.#test(code, tests, outputCap)) as Omit<PyTestResult, 'elapsedMs'>;
		return { ...result, elapsedMs: performance.now() - start };
	}
}
