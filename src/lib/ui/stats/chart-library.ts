// The chart library (uplot.ts, ~20 KB gzipped), fetched once per page life and shared by every
// chart. The stats route asks for it as it starts reading, so the library is ready by the time the
// charts mount instead of being fetched after them. Never import uplot.ts statically.
import type uPlotType from 'uplot';

let loading: Promise<typeof uPlotType> | null = null;

export function loadChartLibrary(): Promise<typeof uPlotType> {
	if (!loading) {
		const attempt = import('./uplot').then((module) => module.default);
		// A failed fetch (offline before the precache finished) is tried again by the next caller.
		attempt.catch(() => {
			if (loading === attempt) loading = null;
		});
		loading = attempt;
	}
	return loading;
}
