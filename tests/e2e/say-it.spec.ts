// Drills for what to say, on a phone: typed recall of a script, fill-the-grid, ordering a sequence
// by taps, and a mock interview run against a fake clock.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PARAPHRASES } from '../../src/lib/drills/recall-corpus.cases';
import { expect, test } from './fixtures';

/** The `## Script` section of a script item, as authored. */
function scriptText(path: string): string {
	const text = readFileSync(path, 'utf8');
	const match = /## Script\n([\s\S]*?)\n## /.exec(text);
	if (!match) throw new Error(`${path} has no "## Script" section`);
	return match[1].trim().replace(/\s*\n\s*/g, ' ');
}

/** The front matter of a content file. */
function frontMatter<T>(path: string): T {
	const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
	if (!match) throw new Error(`${path} has no front matter`);
	return parse(match[1]) as T;
}

test.afterEach(async ({ requests, baseURL }) => {
	expect(requests.offOrigin(baseURL!)).toEqual([]);
});

test('a typed recall missing one must-say phrase is scored below Good and names the phrase', async ({ installedApp: page }) => {
	await page.goto('/practice/modeling-script-read-write-ratio');
	await page.getByRole('radio', { name: 'Type it' }).tap();
	const attempt = scriptText('content/scripts/modeling-script-read-write-ratio.md').replace('appended as new rows', 'written again');
	expect(attempt).not.toContain('appended as new rows');
	await page.getByRole('textbox', { name: 'Type the script from memory' }).fill(attempt);
	await page.getByRole('button', { name: 'Submit' }).tap();

	const result = page.getByTestId('recall-result');
	await expect(result).toContainText('2 of 3 key phrases');
	await expect(result).toContainText('Missing key phrase');
	await expect(result.getByTestId('phrases-missed').getByRole('listitem')).toHaveText(['✗ “appended as new rows”']);
	await expect(result.getByTestId('phrases-covered').getByRole('listitem')).toHaveCount(2);
	await expect(result.getByText('Suggested grade:')).toContainText(/Hard|Again/);
	// The attempt reads as written: the script's words marked in place, the user's own left plain.
	const diff = page.getByTestId('diff');
	await expect(diff).toContainText('written again');
	await expect(diff.locator('mark', { hasText: 'written again' })).toHaveCount(0);
	await expect(diff.locator('mark.same').first()).toBeVisible();
	await expect(diff.locator('del')).toHaveCount(0);
	// The script shows below with its phrases.
	await expect(page.locator('.answer mark', { hasText: 'appended as new rows' })).toBeVisible();
	await page.screenshot({ path: 'test-results/say-it-typed.png', fullPage: true });
});

test('a typed paraphrase that keeps every key phrase is suggested Good, and reads as written', async ({ installedApp: page }) => {
	// A real paraphrase from the unit corpus: "each row", "belongs to" and "unique on … as a constraint".
	const [, attempt] = PARAPHRASES.filter(([id]) => id === 'modeling-script-declare-grain')[1];
	await page.goto('/practice/modeling-script-declare-grain');
	await page.getByRole('radio', { name: 'Type it' }).tap();
	await page.getByRole('textbox', { name: 'Type the script from memory' }).fill(attempt);
	await page.getByRole('button', { name: 'Submit' }).tap();

	const result = page.getByTestId('recall-result');
	await expect(result.locator('.summary')).toHaveText(/^3 of 3 key phrases · \d+% match$/);
	const covered = result.getByTestId('phrases-covered').getByRole('listitem');
	await expect(covered).toHaveCount(3);
	// A rephrased key phrase shows the user's words for it.
	await expect(covered.filter({ hasText: '“the delivery fee lives on the order”' })).toContainText('as “delivery fee belongs to the order”');
	await expect(result.getByTestId('phrases-missed')).toHaveCount(0);
	await expect(result.getByText('Suggested grade:')).toHaveText('Suggested grade: Good');
	const diff = page.getByTestId('diff');
	await expect(diff).toHaveText(attempt);
	await expect(diff.locator('mark.same').first()).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.screenshot({ path: 'test-results/say-it-paraphrase.png', fullPage: true });
});

test('a fill-the-grid round checks every blank and remembers the mix-up', async ({ installedApp: page }) => {
	const table = frontMatter<{ columns: string[]; rows: string[][] }>('content/tables/modeling-scd-types.md');
	await page.goto('/practice/modeling-scd-types');
	const blanks = page.locator('.grid-drill select');
	await expect(blanks.first()).toBeVisible();
	const count = await blanks.count();
	expect(count).toBeGreaterThan(2);

	let confused: { expected: string; given: string } | null = null;
	for (let i = 0; i < count; i++) {
		const select = blanks.nth(i);
		const label = (await select.getAttribute('aria-label')) ?? '';
		const [column, rowKey] = label.split(' for ');
		const expected = table.rows.find((row) => row[0] === rowKey)![table.columns.indexOf(column)];
		if (i === 0) {
			const options = (await select.locator('option').allTextContents()).filter((o) => o !== 'Choose…' && o !== expected);
			confused = { expected, given: options[0] };
			await select.selectOption({ label: options[0] });
		} else await select.selectOption({ label: expected });
	}
	await page.getByRole('button', { name: 'Check' }).tap();
	await expect(page.getByRole('status')).toHaveText(`${count - 1} of ${count} right`);
	await expect(page.getByTestId('cell-verdict')).toHaveCount(count);
	await expect(page.getByTestId('cell-verdict').filter({ hasText: '✗' })).toHaveCount(1);

	const often = page.getByTestId('confusions');
	await expect(often.getByRole('heading', { name: 'Often confused' })).toBeVisible();
	await expect(often.getByRole('listitem')).toHaveCount(1);
	await expect(often.getByRole('listitem')).toContainText(`gave ${confused!.given} where ${confused!.expected} belongs ×1`);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.screenshot({ path: 'test-results/say-it-grid.png', fullPage: true });

	// The tally survives a reload.
	await page.reload();
	await expect(page.getByTestId('confusions').getByRole('listitem')).toHaveCount(1);
});

test('a sequence is put in order by taps, with undo', async ({ installedApp: page }) => {
	const { steps } = frontMatter<{ steps: { name: string }[] }>('content/sequences/five-phase-modeling.md');
	await page.goto('/practice/five-phase-modeling');
	await expect(page.getByRole('button', { name: steps[0].name })).toBeVisible();

	// A wrong first tap, taken back.
	await page.getByRole('button', { name: steps[2].name }).tap();
	await expect(page.getByRole('list', { name: 'Your order' }).getByRole('listitem')).toHaveText([`1. ${steps[2].name}`]);
	await page.getByRole('button', { name: 'Undo last' }).tap();

	for (const step of steps) await page.getByRole('button', { name: step.name, exact: true }).tap();
	await expect(page.getByRole('list', { name: 'Your order' }).getByRole('listitem')).toHaveText(steps.map((s, i) => `${i + 1}. ${s.name}`));
	await page.getByRole('button', { name: 'Check' }).first().tap();
	await expect(page.getByTestId('order-verdict')).toHaveText('Correct');
	await page.screenshot({ path: 'test-results/say-it-order.png', fullPage: true });
});

test('a mock interview runs two phases against a fake clock and sends misses back to review', async ({ installedApp: page }) => {
	// The page's clock is already fake (the fixtures pin it): fastForward moves it on.
	await page.goto('/mock');
	await page.getByRole('button', { name: /A payments system/ }).tap();
	await page.getByRole('button', { name: 'Start the clock' }).tap();

	const countdown = page.getByTestId('countdown');
	await expect(page.getByRole('heading', { name: 'Access pattern analysis' })).toBeVisible();
	await expect(countdown).toHaveText('5:00');
	await page.getByRole('textbox', { name: 'Notes for this phase' }).fill('payments by customer; payouts by merchant-week');
	await page.clock.fastForward('04:00');
	await expect(countdown).toHaveText('1:00');
	await page.clock.fastForward('01:30');
	await expect(countdown).toContainText('+0:30');
	await expect(countdown).toContainText('over time');
	await page.screenshot({ path: 'test-results/say-it-mock.png', fullPage: true });

	await page.getByRole('button', { name: 'Next phase' }).tap();
	await expect(page.getByText('Phase 2 of 5')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Read/write ratio assessment' })).toBeVisible();
	await expect(countdown).toHaveText('3:00');
	await expect(page.getByText('Asking about the read/write ratio')).toBeVisible();
	await page.clock.fastForward('01:00');
	await expect(countdown).toHaveText('2:00');
	await page.getByRole('button', { name: 'End early' }).tap();

	await expect(page.getByRole('heading', { name: 'How did it go?' })).toBeVisible();
	const yes = page.getByRole('radio', { name: 'Yes' });
	for (let i = 0; i < (await yes.count()); i++) await yes.nth(i).check();
	await page.getByRole('group', { name: /read\/write ratio/ }).getByRole('radio', { name: 'No' }).check();
	await page.getByRole('button', { name: 'Done' }).tap();
	await expect(page.getByRole('heading', { name: 'Round done' })).toBeVisible();
	await expect(page.getByTestId('made-due')).toContainText('Scripts of phase 2 go into review');
	await expect(page.getByRole('link', { name: 'Review them now' })).toBeVisible();
});
