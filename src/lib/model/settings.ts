// The user's settings as values: their shape, defaults and validation. Storage is db/settings.ts.
import { DIALECTS, type Dialect } from './content.ts';
import type { SchedulerSettings, StudyLimits } from './scheduling.ts';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const SCRIPT_MODES = ['reveal', 'typed', 'first-letter', 'cloze', 'aloud'] as const;
export type ScriptMode = (typeof SCRIPT_MODES)[number];

export interface Settings extends SchedulerSettings, StudyLimits {
	theme: Theme;
	/** How script cards are drilled by default. */
	scriptMode: ScriptMode;
	/** The engine SQL drills, the playground and the design workspace run on. */
	sqlDialect: Dialect;
	/** Decks new cards are introduced from (chosen at onboarding); empty means every deck. */
	newCardDecks: string[];
}

export const DEFAULT_SETTINGS = {
	newPerDay: 20,
	reviewsPerDay: 200,
	dayStartHour: 4,
	desiredRetention: 0.9,
	maximumInterval: 36500,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	fuzz: true,
	weights: null,
	theme: 'system',
	scriptMode: 'reveal',
	// Most SQL rounds, and the sites candidates practise on, run PostgreSQL.
	sqlDialect: 'postgres',
	newCardDecks: []
} as const satisfies Settings;

/** Thrown by saveSettings with a message naming the field, the allowed values, and what was given. */
export class SettingsError extends Error {
	override name = 'SettingsError';
}

const STEP = /^\d+(\.\d+)?[smhd]$/;
/** ts-fsrs accepts FSRS-4.5 (17), FSRS-5 (19) and FSRS-6 (21) weight vectors. */
const WEIGHT_COUNTS = [17, 19, 21];

function integerIn(min: number, max: number) {
	return (v: unknown) =>
		Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? null : `a whole number from ${min} to ${max}`;
}

const validators: { [K in keyof Settings]: (v: unknown) => string | null } = {
	newPerDay: integerIn(0, 9999),
	reviewsPerDay: integerIn(0, 99999),
	dayStartHour: integerIn(0, 23),
	desiredRetention: (v) => (typeof v === 'number' && v >= 0.7 && v <= 0.99 ? null : 'a number from 0.7 to 0.99'),
	maximumInterval: integerIn(1, 36500),
	learningSteps: (v) => (isSteps(v) ? null : 'a list of steps like "1m", "10m", "1h", "1d"'),
	relearningSteps: (v) => (isSteps(v) ? null : 'a list of steps like "10m", "1h"'),
	fuzz: (v) => (typeof v === 'boolean' ? null : 'true or false'),
	weights: (v) =>
		v === null ||
		(Array.isArray(v) && WEIGHT_COUNTS.includes(v.length) && v.every((w) => typeof w === 'number' && Number.isFinite(w)))
			? null
			: 'null or a list of 17, 19 or 21 numbers',
	theme: (v) => (THEMES.includes(v as Theme) ? null : `one of ${THEMES.join(', ')}`),
	scriptMode: (v) => (SCRIPT_MODES.includes(v as ScriptMode) ? null : `one of ${SCRIPT_MODES.join(', ')}`),
	sqlDialect: (v) => (DIALECTS.includes(v as Dialect) ? null : `one of ${DIALECTS.join(', ')}`),
	newCardDecks: (v) =>
		Array.isArray(v) && v.length <= 100 && v.every((id) => typeof id === 'string' && /^[a-z0-9-]{1,60}$/.test(id))
			? null
			: 'a list of deck ids such as "sql"'
};

function isSteps(v: unknown): v is string[] {
	return Array.isArray(v) && v.length <= 10 && v.every((s) => typeof s === 'string' && STEP.test(s));
}

export function isSettingKey(key: string): key is keyof Settings {
	return Object.hasOwn(validators, key);
}

/** Checks one value; returns an error message, or null when valid. */
export function validateSetting<K extends keyof Settings>(key: K, value: unknown): string | null {
	const expected = validators[key](value);
	return expected && `Setting "${key}" must be ${expected}; got ${JSON.stringify(value)}.`;
}

/**
 * The default scheduler settings with fuzz off (tests, replay and the optimiser want the same
 * intervals every time), with any fields overridden.
 */
export function schedulerSettings(overrides: Partial<SchedulerSettings> = {}): SchedulerSettings {
	const { desiredRetention, maximumInterval, learningSteps, relearningSteps, weights } = DEFAULT_SETTINGS;
	return { desiredRetention, maximumInterval, learningSteps: [...learningSteps], relearningSteps: [...relearningSteps], fuzz: false, weights, ...overrides };
}

/** The full default settings, with any fields overridden: a fresh copy each call. */
export function settingsWith(overrides: Partial<Settings> = {}): Settings {
	return { ...(structuredClone(DEFAULT_SETTINGS) as unknown as Settings), ...overrides };
}
