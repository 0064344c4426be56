// Chart colours come from the CSS tokens in app.css, so charts follow light and dark mode. Canvas
// cannot use var(), so the values are read when a chart is built, and `theme.version` changes
// whenever the theme may have (system setting or the app's own theme switch), to rebuild charts.

export interface ChartColors {
	text: string;
	muted: string;
	grid: string;
	accent: string;
	good: string;
	easy: string;
	hard: string;
	again: string;
	surface: string;
}

export function chartColors(element: Element): ChartColors {
	const style = getComputedStyle(element);
	const token = (name: string) => style.getPropertyValue(name).trim();
	return {
		text: token('--text'),
		muted: token('--muted'),
		grid: token('--border'),
		accent: token('--accent'),
		good: token('--good'),
		easy: token('--easy'),
		hard: token('--hard'),
		again: token('--again'),
		surface: token('--surface')
	};
}

class ThemeWatch {
	/** Bumped on every possible theme change; read it in an effect to rebuild on change. */
	version = $state(0);
	#started = false;

	/** Starts watching (once, for the page's lifetime). */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		const bump = () => this.version++;
		matchMedia('(prefers-color-scheme: dark)').addEventListener('change', bump);
		new MutationObserver(bump).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	}
}

export const theme = new ThemeWatch();
