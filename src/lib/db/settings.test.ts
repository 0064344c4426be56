import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from './testing';
import { DEFAULT_SETTINGS, SettingsError } from '$lib/model';
import { loadSettings, saveSettings } from './settings';

describe('settings', () => {
	it('starts from the defaults', async () => {
		const db = await freshDb();
		expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
	});

	it('saves a patch over the defaults', async () => {
		const db = await freshDb();
		const saved = await saveSettings(db, { newPerDay: 5, learningSteps: ['5m', '1h'], theme: 'dark' });
		expect(saved).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5, learningSteps: ['5m', '1h'], theme: 'dark' });
		expect(await loadSettings(db)).toEqual(saved);
	});

	it('rejects an out-of-range value with a message naming the field, and writes nothing', async () => {
		const db = await freshDb();
		const attempt = saveSettings(db, { newPerDay: 3, desiredRetention: 1.5 });
		await expect(attempt).rejects.toThrow(SettingsError);
		await expect(attempt).rejects.toThrow('Setting "desiredRetention" must be a number from 0.7 to 0.99; got 1.5.');
		expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
	});

	it('falls back to the default for a stored value that is no longer valid', async () => {
		const db = await freshDb();
		await db.settings.bulkPut([
			{ key: 'dayStartHour', value: 30 },
			{ key: 'scriptMode', value: 'cloze' },
			{ key: 'retiredSetting', value: 1 }
		]);
		expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, scriptMode: 'cloze' });
	});
});
