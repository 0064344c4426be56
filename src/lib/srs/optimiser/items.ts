// The review log in the shape the FSRS optimiser trains on. fsrs-rs learns from "items": a card's
// reviews up to and including one review whose outcome the model must predict. A card with n
// reviews therefore gives n - 1 items (its history up to its 2nd, 3rd … nth review). Each review is
// a rating (1-4) and delta_t, whole days since the card's previous review (0 for the first one, and
// for another review the same study day).
import { DAY, MINUTE, type CardPhase, type Grade } from '$lib/model';


/** What the conversion reads from a review row. */
export interface LoggedReview {
	cardId: string;
	grade: Grade;
	reviewedAt: number;
	phaseBefore: CardPhase;
}

/** One training item: a card's reviews in order, the last one being the outcome to predict. */
export interface TrainingItem {
	ratings: number[];
	deltaTs: number[];
}

/** The flat arrays `Fsrs.computeParameters` takes: every item's reviews end to end, and each item's length. */
export interface OptimiserInput {
	ratings: Uint32Array;
	deltaTs: Uint32Array;
	lengths: Uint32Array;
}

export interface DayRule {
	/** Local hour at which a study day starts: two reviews either side of it are a day apart. */
	dayStartHour: number;
	/** Minutes to add to local time to get UTC (Date#getTimezoneOffset); a function for DST. */
	tzOffsetMinutes: number | ((at: number) => number);
}

/** The study day an instant falls in, as a day count: differences give delta_t in days. */
function studyDayNumber(at: number, rule: DayRule): number {
	const offset = typeof rule.tzOffsetMinutes === 'number' ? rule.tzOffsetMinutes : rule.tzOffsetMinutes(at);
	return Math.floor((at - offset * MINUTE - rule.dayStartHour * 60 * MINUTE) / DAY);
}

/**
 * Every card's reviews in order, as day-level histories. A card whose log does not start with its
 * first review (phaseBefore 'new') is left out: its history is incomplete, and training on it
 * would teach the model a wrong first impression.
 */
export function cardHistories(reviews: readonly LoggedReview[], rule: DayRule): TrainingItem[] {
	const byCard = new Map<string, LoggedReview[]>();
	for (const review of reviews) {
		const list = byCard.get(review.cardId);
		if (list) list.push(review);
		else byCard.set(review.cardId, [review]);
	}
	const histories: TrainingItem[] = [];
	for (const list of byCard.values()) {
		list.sort((a, b) => a.reviewedAt - b.reviewedAt);
		if (list[0].phaseBefore !== 'new') continue;
		const days = list.map((review) => studyDayNumber(review.reviewedAt, rule));
		histories.push({
			ratings: list.map((review) => review.grade),
			deltaTs: days.map((day, i) => (i === 0 ? 0 : day - days[i - 1]))
		});
	}
	return histories;
}

/**
 * Each history's prefixes of 2 reviews or more: the items to train and evaluate on. A prefix made
 * only of same-day reviews (learning steps) is left out: fsrs-rs rejects an item with no review a
 * day or more after the one before (it panics), and such an item says nothing about memory.
 */
export function trainingItems(histories: readonly TrainingItem[]): TrainingItem[] {
	const items: TrainingItem[] = [];
	for (const { ratings, deltaTs } of histories) {
		const firstGap = deltaTs.findIndex((delta) => delta > 0);
		if (firstGap < 0) continue;
		for (let length = Math.max(2, firstGap + 1); length <= ratings.length; length++) {
			items.push({ ratings: ratings.slice(0, length), deltaTs: deltaTs.slice(0, length) });
		}
	}
	return items;
}

/** Items packed into the optimiser's flat arrays. */
export function packItems(items: readonly TrainingItem[]): OptimiserInput {
	const total = items.reduce((sum, item) => sum + item.ratings.length, 0);
	const ratings = new Uint32Array(total);
	const deltaTs = new Uint32Array(total);
	const lengths = new Uint32Array(items.length);
	let at = 0;
	items.forEach((item, i) => {
		ratings.set(item.ratings, at);
		deltaTs.set(item.deltaTs, at);
		lengths[i] = item.ratings.length;
		at += item.ratings.length;
	});
	return { ratings, deltaTs, lengths };
}
