// Where the calendar's month names go. A month that starts in one of the last columns would run
// past the right edge of the SVG and be clipped ("Ma"), so such a name ends at the edge instead of
// starting at its column.

export interface MonthLabel {
	week: number;
	label: string;
	x: number;
	anchor: 'start' | 'end';
}

/** A three-letter month name at the calendar's 9 px label size is about 17 px wide. */
export const LABEL_WIDTH = 18;

/** Each month's label position, given the x of week 0, the column pitch and the SVG's width. */
export function monthLabels(months: readonly { week: number; label: string }[], left: number, pitch: number, width: number): MonthLabel[] {
	return months.map((month) => {
		const x = left + month.week * pitch;
		return x + LABEL_WIDTH > width ? { ...month, x: width, anchor: 'end' } : { ...month, x, anchor: 'start' };
	});
}
