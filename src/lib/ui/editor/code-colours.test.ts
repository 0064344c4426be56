// Every code colour of both themes, against the editor's background (--surface), at WCAG AA for
// normal text. The colours live in app.css, so this reads it as the browser would: the light
// values in `:root`, overridden in the two dark blocks (system dark, and dark chosen in Settings).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_TOKENS } from './code-highlight';
import { contrastRatio } from './contrast';

const css = readFileSync(new URL('../../../app.css', import.meta.url), 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function declarations(selector: string): Record<string, string> {
	const start = css.indexOf(`${selector} {`);
	if (start < 0) throw new Error(`app.css: no rule "${selector} {"`);
	const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
	return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const light = declarations(':root');
const systemDark = { ...light, ...declarations(":root:not([data-theme='light'])") };
const chosenDark = { ...light, ...declarations(":root[data-theme='dark']") };
const themes = { light, 'system dark': systemDark, 'chosen dark': chosenDark };

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

	it('are the same dark colours whether dark comes from the system or from Settings', () => {
		const codeOf = (vars: Record<string, string>) => Object.fromEntries(Object.entries(vars).filter(([key]) => key.startsWith('--code-')));
		expect(codeOf(chosenDark)).toEqual(codeOf(systemDark));
		expect(codeOf(systemDark)).not.toEqual(codeOf(light));
	});
});
