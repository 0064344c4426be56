import { describe, expect, it } from 'vitest';
import { cardHistories, packItems, trainingItems, type LoggedReview } from './items';

const at = (iso: string) => Date.parse(iso);
const rule = { dayStartHour: 4, tzOffsetMinutes: 0 };

function review(cardId: string, iso: string, grade: LoggedReview['grade'], phaseBefore: LoggedReview['phaseBefore']): LoggedReview {
	return { cardId, grade, reviewedAt: at(iso), phaseBefore };
}

describe('review log to optimiser input', () => {
	const log = [
		review('a', '2025-04-13T09:00:00Z', 3, 'review'),
		review('a', '2025-04-10T10:00:00Z', 3, 'new'),
		review('b', '2025-04-10T10:05:00Z', 1, 'new'),
		review('a', '2025-04-10T10:10:00Z', 3, 'learning'),
		// 03:00 the next morning is still the 10th's study day: no day has passed.
		review('a', '2025-04-11T03:00:00Z', 2, 'review'),
		review('b', '2025-04-12T08:00:00Z', 3, 'relearning'),
		// Card c's log starts mid-history (its first review is missing): left out.
		review('c', '2025-04-10T11:00:00Z', 3, 'review'),
		review('c', '2025-04-15T11:00:00Z', 3, 'review')
	];

	it("orders each card's reviews and counts whole study days between them", () => {
		expect(cardHistories(log, rule)).toEqual([
			{ ratings: [3, 3, 2, 3], deltaTs: [0, 0, 0, 3] },
			{ ratings: [1, 3], deltaTs: [0, 2] }
		]);
	});

	it('uses the local day: the same instants are a day apart further west', () => {
		// In New York (UTC-4 in April) 03:00Z on the 11th is 23:00 on the 10th, and 10:00Z is 06:00.
		const newYork = cardHistories([review('a', '2025-04-10T07:30:00Z', 3, 'new'), review('a', '2025-04-10T08:30:00Z', 3, 'review')], {
			dayStartHour: 4,
			tzOffsetMinutes: 240
		});
		expect(newYork[0].deltaTs).toEqual([0, 1]);
	});

	it('turns each history into one item per review after the first day-level gap, packed end to end', () => {
		const items = trainingItems(cardHistories(log, rule));
		// Card a's first three reviews fall on one day: no item ends before its first day-level gap.
		expect(items).toEqual([
			{ ratings: [3, 3, 2, 3], deltaTs: [0, 0, 0, 3] },
			{ ratings: [1, 3], deltaTs: [0, 2] }
		]);
		const more = trainingItems([{ ratings: [3, 3, 1, 3], deltaTs: [0, 1, 4, 0] }]);
		expect(more.map((item) => item.ratings.length)).toEqual([2, 3, 4]);
		const packed = packItems(items);
		expect(Array.from(packed.lengths)).toEqual([4, 2]);
		expect(Array.from(packed.ratings)).toEqual([3, 3, 2, 3, 1, 3]);
		expect(Array.from(packed.deltaTs)).toEqual([0, 0, 0, 3, 0, 2]);
	});
});
