// Chart colours come from the CSS tokens in app.css, so charts follow light and dark mode. Canvas
// cannot use var() or light-dark(), so each token is resolved to a plain colour when a chart is
// built, and `theme.version` changes whenever the theme may have (system setting or the app's own
// theme switch), to rebuild charts.

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
	// A token holds light-dark(…, …), which only a property that takes a colour resolves: a hidden
	// probe inside `element` gets each token as its colour, and its computed colour is the answer.
	const probe = document.createElement('span');
	probe.hidden = true;
	element.append(probe);
	const token = (name: string) => {
		probe.style.color = `var(${name})`;
		return getComputedStyle(probe).color;
	};
	try {
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
	} finally {
		probe.remove();
	}
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
