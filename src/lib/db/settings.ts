// The user's settings in IndexedDB, one row per key. Their shape and validation: model/settings.ts.
import { DEFAULT_SETTINGS, isSettingKey, SettingsError, validateSetting, type Settings } from '$lib/model';
import type { RehearseDb } from './database';
import { writeTransaction } from './transact';

/**
 * The user's settings over the defaults. A stored value that is no longer valid (an older app
 * wrote it, or a range tightened) falls back to its default rather than breaking the scheduler.
 */
export async function loadSettings(db: RehearseDb): Promise<Settings> {
	const rows = await db.settings.toArray();
	const settings: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS);
	for (const { key, value } of rows) {
		if (isSettingKey(key) && validateSetting(key, value) === null) settings[key] = value;
	}
	return settings as unknown as Settings;
}

/**
 * Saves the given settings (one row per key, so a later import can merge field by field) and
 * returns the full settings. Rejects the whole patch, writing nothing, if any value is invalid.
 */
export async function saveSettings(db: RehearseDb, patch: Partial<Settings>): Promise<Settings> {
	const problems: string[] = [];
	for (const [key, value] of Object.entries(patch)) {
		if (value === undefined) continue;
		if (!isSettingKey(key)) problems.push(`Unknown setting "${key}".`);
		else {
			const problem = validateSetting(key, value);
			if (problem) problems.push(problem);
		}
	}
	if (problems.length) throw new SettingsError(problems.join(' '));
	const rows = Object.entries(patch)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => ({ key, value: structuredClone(value) }));
	await writeTransaction(db, [db.settings], () => db.settings.bulkPut(rows).then(() => undefined));
	return loadSettings(db);
}
