// Due forecast: how many cards come due on each of the next days, from the cards' due dates.
import { dayIndexOf, daysStartingToday } from './days';
import type { CardFact, StatsClock } from './types';

export interface ForecastDay {
	key: string;
	count: number;
}

export interface Forecast {
	/** Today first; today's count includes the overdue cards. */
	days: ForecastDay[];
	/** Cards already past due when the forecast was made. */
	overdue: number;
	total: number;
}

export const FORECAST_DAYS = 30;

/**
 * Cards due on each study day from today, for `length` days. New cards are left out (they have no
 * schedule yet), and so are suspended and archived ones, which the queue never shows.
 */
export function dueForecast(cards: readonly CardFact[], clock: StatsClock, length = FORECAST_DAYS): Forecast {
	const days = daysStartingToday(clock, length);
	const counts = new Array<number>(length).fill(0);
	let overdue = 0;
	for (const card of cards) {
		if (card.phase === 'new' || card.suspended || card.archived) continue;
		if (card.due < days[0].start) {
			overdue++;
			counts[0]++;
			continue;
		}
		const index = dayIndexOf(days, card.due);
		if (index >= 0) counts[index]++;
	}
	return {
		days: days.map((day, index) => ({ key: day.key, count: counts[index] })),
		overdue,
		total: counts.reduce((sum, n) => sum + n, 0)
	};
}
