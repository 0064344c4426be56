// The rounds onboarding offers: all it needs to draw, apart from its component. What it stores
// (onboarding-apply.ts) loads when the user starts, so it never holds up a first run's screen.
import type { Round } from '$lib/model';
import { ROUND_LABELS } from '$lib/practice';

/** The rounds onboarding offers, with what each drills. */
export const ONBOARDING_ROUNDS: readonly { id: Round; label: string; hint: string }[] = [
	{ id: 'phone-screen', label: ROUND_LABELS['phone-screen'], hint: 'basics of SQL, Python, modeling and metrics' },
	{ id: 'sql-live', label: ROUND_LABELS['sql-live'], hint: 'joins, windows, NULL traps' },
	{ id: 'python-assessment', label: ROUND_LABELS['python-assessment'], hint: 'short functions against tests' },
	{ id: 'modeling-onsite', label: ROUND_LABELS['modeling-onsite'], hint: 'schemas, grain, keys, the five phases' },
	{ id: 'system-design', label: ROUND_LABELS['system-design'], hint: 'streaming, platform, Spark, quality' },
	{ id: 'behavioural', label: ROUND_LABELS.behavioural, hint: 'STAR stories, questions to ask back' }
];
