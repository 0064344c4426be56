// Small wording helpers for the stats summaries.

/** plural(1, 'card') → "1 card"; plural(3, 'card') → "3 cards". */
export function plural(count: number, noun: string, many = `${noun}s`): string {
	return `${count.toLocaleString('en')} ${count === 1 ? noun : many}`;
}

/** 0.8734 → "87%". */
export function percent(rate: number): string {
	return `${Math.round(rate * 100)}%`;
}

/** Minutes as "45 min" or "2 h 5 min". */
export function duration(minutes: number): string {
	const whole = Math.round(minutes);
	if (whole < 60) return `${whole} min`;
	const hours = Math.floor(whole / 60);
	const rest = whole % 60;
	return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
