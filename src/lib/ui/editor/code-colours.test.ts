// Every code colour of both themes, against the editor's background (--surface), at WCAG AA for
// normal text. The colours live in app.css as light-dark(light, dark) pairs in `:root`, so this
// reads each side as the browser would in that theme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_TOKENS } from './code-highlight';
import { contrastRatio } from './contrast';

const css = readFileSync(new URL('../../../app.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root {` rule, each as it reads in the `side` theme. */
function palette(side: 'light' | 'dark'): Record<string, string> {
	const start = css.indexOf(':root {');
	if (start < 0) throw new Error('app.css: no rule ":root {"');
	const body = css.slice(start + ':root {'.length, css.indexOf('}', start));
	return Object.fromEntries(
		[...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => {
			const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value.trim());
			return [name, pair ? pair[side === 'light' ? 1 : 2] : value.trim()];
		})
	);
}

const themes = { light: palette('light'), dark: palette('dark') };

describe('code colours', () => {
	for (const [name, vars] of Object.entries(themes)) {
		it(`reach 4.5:1 on the editor background in ${name}`, () => {
			const below = CODE_TOKENS.map((token) => {
				const colour = vars[`--code-${token}`];
				if (!colour) throw new Error(`app.css: --code-${token} is missing in ${name}`);
				return { token, colour, ratio: Number(contrastRatio(colour, vars['--surface']).toFixed(2)) };
			}).filter((entry) => entry.ratio < 4.5);
			expect(below).toEqual([]);
		});

		it(`keep the editor's text, placeholder and line numbers at 4.5:1 in ${name}`, () => {
			expect(contrastRatio(vars['--text'], vars['--surface'])).toBeGreaterThanOrEqual(4.5);
			expect(contrastRatio(vars['--muted'], vars['--surface'])).toBeGreaterThanOrEqual(4.5);
			expect(contrastRatio(vars['--muted'], vars['--surface-2'])).toBeGreaterThanOrEqual(4.5);
		});
	}

	it('gives every code colour a dark side of its own, and keeps colours out of the theme switches', () => {
		const code = (vars: Record<string, string>) => CODE_TOKENS.map((token) => vars[`--code-${token}`]);
		expect(code(themes.dark).every((colour, i) => colour !== code(themes.light)[i])).toBe(true);
		// Settings' choice only switches color-scheme: a colour declared there would be a second palette.
		for (const rule of css.matchAll(/:root\[data-theme='(?:light|dark)'\] \{([^}]*)\}/g)) expect(rule[1]).not.toMatch(/--[\w-]+:/);
	});
});
