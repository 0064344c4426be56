// The only module that imports ts-fsrs. It converts our CardState (camelCase, epoch ms) to the
// library's Card (snake_case, Date) and back, and builds the FSRS instance from our settings.
import { fsrs, State, type Card, type FSRS, type StepUnit } from 'ts-fsrs';
import type { CardPhase, CardState, SchedulerSettings } from '$lib/model';

const phaseOfState: Record<State, CardPhase> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

const stateOfPhase: Record<CardPhase, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

/**
 * Reads only the CardState fields, so a whole CardRecord can be passed in. Every value round-trips
 * exactly (ms → Date → ms, numbers untouched): replay relies on it, because ts-fsrs seeds its fuzz
 * from the review time, reps and difficulty × stability.
 */
export function toFsrsCard(state: CardState): Card {
	return {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		elapsed_days: state.elapsedDays,
		scheduled_days: state.scheduledDays,
		learning_steps: state.learningSteps,
		reps: state.reps,
		lapses: state.lapses,
		state: stateOfPhase[state.phase],
		last_review: state.lastReview === null ? undefined : new Date(state.lastReview)
	};
}

export function fromFsrsCard(card: Card): CardState {
	return {
		phase: phaseOfState[card.state],
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}

const STEP_PATTERN = /^(\d+(?:\.\d+)?)([smhd])$/;
const MINUTES_PER_UNIT = { s: 1 / 60, m: 1, h: 60, d: 1440 } as const;

/**
 * Steps as whole minutes ("1.5h" → "90m"). ts-fsrs reads steps with parseInt and knows no seconds,
 * so "1.5m" would silently become 1m and "30s" would throw; and it treats a 0-minute step as
 * "graduate now". Our settings allow decimals and seconds, so each step is rounded to the minute,
 * with 1 minute as the shortest.
 */
function toSteps(steps: readonly string[], field: string): StepUnit[] {
	return steps.map((step) => {
		const match = STEP_PATTERN.exec(step.trim());
		if (!match) {
			throw new Error(`scheduler settings: ${field} step "${step}" is invalid; expected a number and s, m, h or d, e.g. "10m"`);
		}
		const unit = match[2] as keyof typeof MINUTES_PER_UNIT;
		const minutes = Math.max(1, Math.round(Number(match[1]) * MINUTES_PER_UNIT[unit]));
		return `${minutes}m` as StepUnit;
	});
}

function createFsrs(settings: SchedulerSettings): FSRS {
	if (!(settings.desiredRetention > 0 && settings.desiredRetention < 1)) {
		throw new Error(`scheduler settings: desiredRetention must be between 0 and 1, got ${settings.desiredRetention}`);
	}
	if (!(settings.maximumInterval >= 1)) {
		throw new Error(`scheduler settings: maximumInterval must be at least 1 day, got ${settings.maximumInterval}`);
	}
	return fsrs({
		request_retention: settings.desiredRetention,
		maximum_interval: settings.maximumInterval,
		learning_steps: toSteps(settings.learningSteps, 'learningSteps'),
		relearning_steps: toSteps(settings.relearningSteps, 'relearningSteps'),
		enable_fuzz: settings.fuzz,
		enable_short_term: true,
		...(settings.weights ? { w: [...settings.weights] } : {})
	});
}

function settingsKey(settings: SchedulerSettings): string {
	return JSON.stringify([
		settings.desiredRetention,
		settings.maximumInterval,
		settings.learningSteps,
		settings.relearningSteps,
		settings.fuzz,
		settings.weights
	]);
}

// Building an FSRS instance costs far more than scheduling one card, so instances are cached by the
// settings' content. The key is recomputed on every call (about a microsecond) rather than cached by
// object identity: settings may live in a mutable $state proxy, and a stale instance would schedule
// silently wrong.
const instances = new Map<string, FSRS>();
const MAX_INSTANCES = 8;

/** The FSRS scheduler for these settings; equal settings share one instance. */
export function fsrsFor(settings: SchedulerSettings): FSRS {
	const key = settingsKey(settings);
	let instance = instances.get(key);
	if (!instance) {
		instance = createFsrs(settings);
		// Settings change rarely; a tiny bound keeps a settings screen's slider from leaking instances.
		if (instances.size >= MAX_INSTANCES) instances.delete(instances.keys().next().value as string);
		instances.set(key, instance);
	}
	return instance;
}
