import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listInterviews, loadSettings, saveSettings } from '$lib/db';
import { freshDb } from '$lib/db/testing';
import type { Settings } from '$lib/model';
import { applyOnboarding } from './onboarding-apply';
import { onboardingNeeded } from './onboarding';

const NOW = new Date(2026, 5, 16, 12).getTime();

describe('applyOnboarding', () => {
	beforeEach(() => {
		const values = new Map<string, string>();
		vi.stubGlobal('localStorage', { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => values.set(key, value) });
	});
	afterEach(() => vi.unstubAllGlobals());

	it('stores the decks of the chosen rounds, the dialect, and an interview over those decks', async () => {
		const db = await freshDb();
		const save = (patch: Partial<Settings>) => saveSettings(db, patch).then(() => undefined);
		await applyOnboarding(db, { rounds: ['sql-live', 'behavioural'], dialect: 'sqlite', interviewDate: '2026-07-07' }, NOW, save);

		const settings = await loadSettings(db);
		expect(settings.newCardDecks).toEqual(['sql', 'behavioural']);
		expect(settings.sqlDialect).toBe('sqlite');
		const [interview] = await listInterviews(db);
		expect(interview).toMatchObject({ date: '2026-07-07', deckIds: ['sql', 'behavioural'] });
		expect(onboardingNeeded(null)).toBe(false);
	});

	it('refuses a date already past and stores nothing, so the user can fix it', async () => {
		const db = await freshDb();
		const save = (patch: Partial<Settings>) => saveSettings(db, patch).then(() => undefined);
		await expect(applyOnboarding(db, { rounds: ['sql-live'], dialect: 'sqlite', interviewDate: '2026-01-01' }, NOW, save)).rejects.toThrow(/passed/);
		expect((await loadSettings(db)).newCardDecks).toEqual([]);
		expect(await listInterviews(db)).toEqual([]);
		expect(onboardingNeeded(null)).toBe(true);
	});

	it('with no round chosen, introduces new cards from every deck', async () => {
		const db = await freshDb();
		await applyOnboarding(db, { rounds: [], dialect: 'postgres', interviewDate: null }, NOW, (patch) => saveSettings(db, patch).then(() => undefined));
		expect((await loadSettings(db)).newCardDecks).toEqual([]);
		expect(await listInterviews(db)).toEqual([]);
	});
});
