import { describe, expect, it } from 'vitest';
import { isPythonProgress, isPythonRequest, PYTHON_PROGRESS, PYTHON_REQUEST, pythonCacheName, pythonDownloadChoice } from './python-download';

describe('pythonDownloadChoice', () => {
	it('keeps the user’s choice whatever the connection', () => {
		expect(pythonDownloadChoice('with-app', { saveData: true })).toBe('with-app');
		expect(pythonDownloadChoice('first-use', { type: 'wifi' })).toBe('first-use');
	});

	it('waits for first use on Data Saver or a cellular link', () => {
		expect(pythonDownloadChoice(null, { saveData: true })).toBe('first-use');
		expect(pythonDownloadChoice(null, { type: 'cellular' })).toBe('first-use');
	});

	it('downloads with the app elsewhere, and where the browser says nothing', () => {
		expect(pythonDownloadChoice(null, { saveData: false, type: 'wifi' })).toBe('with-app');
		expect(pythonDownloadChoice(null, undefined)).toBe('with-app');
		expect(pythonDownloadChoice('sometimes', undefined)).toBe('with-app');
	});
});

describe('pythonCacheName', () => {
	it('is stable for the same files and changes with any revision', () => {
		const name = pythonCacheName(['a1', 'b2']);
		expect(name).toMatch(/^rehearse-python-[0-9a-f]{8}$/);
		expect(pythonCacheName(['a1', 'b2'])).toBe(name);
		expect(pythonCacheName(['a1', 'b3'])).not.toBe(name);
		expect(pythonCacheName(['a1b', '2'])).not.toBe(name);
	});
});

describe('messages', () => {
	it('are told apart by type', () => {
		expect(isPythonRequest({ type: PYTHON_REQUEST, action: 'download' })).toBe(true);
		expect(isPythonProgress({ type: PYTHON_PROGRESS, bytes: 1, total: 2, done: false })).toBe(true);
		expect(isPythonRequest({ type: PYTHON_PROGRESS })).toBe(false);
		expect(isPythonProgress(null)).toBe(false);
	});
});
