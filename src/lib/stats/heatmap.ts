// The calendar heatmap: reviews per study day over the last few months, laid out as GitHub-style
// week columns (Monday at the top) ending with the current week.
import { eachInDays, type ReviewBucket } from './buckets';
import { daysEndingToday, monthName, weekdayOf, type StudyDay } from './days';
import type { StatsClock } from './types';

export interface HeatmapDay {
	key: string;
	count: number;
	/** 0 = no reviews; 1-4 = quarters of the busiest day. */
	level: 0 | 1 | 2 | 3 | 4;
	/** Column: 0 is the oldest week shown. */
	week: number;
	/** Row: Monday = 0 … Sunday = 6. */
	weekday: number;
}

export interface Heatmap {
	days: HeatmapDay[];
	weeks: number;
	/** Where each month's first day falls, for labels above the columns. */
	months: { week: number; label: string }[];
	total: number;
	activeDays: number;
	busiest: { key: string; count: number } | null;
	/** Consecutive days with reviews, ending today (or yesterday, when today has none yet). */
	streak: number;
}

/** 26 weeks: half a year fits a 360 px screen at about 10 px a cell. */
export const HEATMAP_WEEKS = 26;

function levelOf(count: number, max: number): HeatmapDay['level'] {
	if (count === 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as HeatmapDay['level'];
}

/** The study days of the `weeks` calendar weeks (Monday first) ending with today, oldest first. */
export function calendarWeeks(clock: StatsClock, weeks: number): StudyDay[] {
	const today = daysEndingToday(clock, 1)[0];
	return daysEndingToday(clock, (weeks - 1) * 7 + weekdayOf(today.key) + 1);
}

/**
 * The calendar for the `weeks` calendar weeks ending with the current one (which stops at today),
 * from the review log's quarter-hour buckets (buckets.ts).
 */
export function heatmapFrom(buckets: readonly ReviewBucket[], clock: StatsClock, weeks = HEATMAP_WEEKS): Heatmap {
	const days = calendarWeeks(clock, weeks);
	const counts = new Array<number>(days.length).fill(0);
	eachInDays(buckets, days, (bucket, day) => (counts[day] += bucket.reviews));
	const max = Math.max(0, ...counts);
	let total = 0;
	let activeDays = 0;
	let busiest: Heatmap['busiest'] = null;
	const cells = days.map((day, index): HeatmapDay => {
		const n = counts[index];
		total += n;
		if (n > 0) activeDays++;
		if (n > 0 && (!busiest || n > busiest.count)) busiest = { key: day.key, count: n };
		return { key: day.key, count: n, level: levelOf(n, max), week: Math.floor(index / 7), weekday: index % 7 };
	});
	const months = cells.filter((day) => day.key.endsWith('-01')).map((day) => ({ week: day.week, label: monthName(day.key) }));
	// The first column names its month too, unless the next label would crowd it.
	if (!months.length || months[0].week >= 3) months.unshift({ week: 0, label: monthName(days[0].key) });
	let streak = 0;
	for (let i = counts.length - 1 - (counts[counts.length - 1] === 0 ? 1 : 0); i >= 0 && counts[i] > 0; i--) streak++;
	return { days: cells, weeks, months, total, activeDays, busiest, streak };
}

