// The mock interview on a phone: the clock waits for Start, leaving a running round asks first
// (tab bar and Back), and a new user's misses come back as a review they can start at once.
import { expect, test } from './fixtures';

test('choosing a prompt waits on a Start step; the clock runs only after Start', async ({ installedApp: page }) => {
	await page.goto('/mock');
	await page.getByRole('button', { name: /A payments system/ }).tap();
	await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Access pattern analysis' })).toBeVisible();
	await expect(page.getByTestId('countdown')).toHaveCount(0);
	// Reading the prompt takes no time off the first phase.
	await page.clock.fastForward('02:00');
	await page.getByRole('button', { name: 'Start the clock' }).tap();
	await expect(page.getByTestId('countdown')).toHaveText('5:00');
	await page.clock.fastForward('01:00');
	await expect(page.getByTestId('countdown')).toHaveText('4:00');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('leaving a running round from the tab bar or Back asks first, and Keep going keeps it', async ({ installedApp: page }) => {
	// Today, then the mock page inside the app, so Back is the app's own history.
	await page.goto('/');
	await page.getByRole('link', { name: /^Mock interview/ }).tap();
	await expect(page).toHaveURL(/\/mock$/);
	await page.getByRole('button', { name: /A payments system/ }).tap();
	// Nothing to lose before Start: no question.
	await page.getByRole('button', { name: 'Choose another prompt' }).tap();
	await page.getByRole('button', { name: /A payments system/ }).tap();
	await page.getByRole('button', { name: 'Start the clock' }).tap();
	await page.getByRole('textbox', { name: 'Notes for this phase' }).fill('payments by customer');

	const dialog = page.getByRole('dialog', { name: 'Leave the mock interview?' });
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' }).tap();
	await expect(dialog).toBeVisible();
	await page.screenshot({ path: 'test-results/mock-leave.png' });
	await dialog.getByRole('button', { name: 'Keep going' }).tap();
	await expect(dialog).toBeHidden();
	await expect(page).toHaveURL(/\/mock$/);
	await expect(page.getByRole('textbox', { name: 'Notes for this phase' })).toHaveValue('payments by customer');

	await page.goBack();
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Keep going' }).tap();
	await expect(page).toHaveURL(/\/mock$/);
	await expect(page.getByTestId('countdown')).toBeVisible();

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' }).tap();
	await dialog.getByRole('button', { name: 'Leave and lose the round' }).tap();
	await expect(page).toHaveURL(/\/stats$/);
});

test('a new user’s misses go into review: the end screen counts their new scripts and opens a review of them', async ({ installedApp: page }) => {
	await page.goto('/mock');
	await page.getByRole('button', { name: /A payments system/ }).tap();
	await page.getByRole('button', { name: 'Start the clock' }).tap();
	await page.getByRole('button', { name: 'End early' }).tap();

	await expect(page.getByRole('heading', { name: 'How did it go?' })).toBeVisible();
	const yes = page.getByRole('radio', { name: 'Yes' });
	for (let i = 0; i < (await yes.count()); i++) await yes.nth(i).check();
	await page.getByRole('group', { name: /read\/write ratio/ }).getByRole('radio', { name: 'No' }).check();
	await page.getByRole('button', { name: 'Done' }).tap();

	// Every card of a new user is new: nothing is due, so the new scripts are what comes back.
	const madeDue = page.getByTestId('made-due');
	await expect(madeDue).toContainText(/Scripts of phase 2 go into review:\s+0 due now, and [1-9]\d* new, introduced in this review\./);
	const fresh = Number(/and (\d+) new/.exec((await madeDue.textContent()) ?? '')![1]);

	// Finished rounds leave freely.
	await page.getByRole('link', { name: 'Review them now' }).tap();
	await expect(page).toHaveURL(/\/review\?set=.+&mode=scheduled&new=\d+/);
	await expect(page.getByText('What do you say?')).toBeVisible();
	let seen = 0;
	while (seen < fresh) {
		await page.getByRole('button', { name: 'Show answer' }).tap();
		await page.getByRole('button', { name: /^Good/ }).tap();
		seen++;
		if (seen < fresh) await expect(page.getByText('What do you say?')).toBeVisible();
	}
	expect(seen).toBe(fresh);
});
