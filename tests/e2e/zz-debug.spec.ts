import { test } from './fixtures';
test('debug look', async ({ installedApp: page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/design/ride-share-trips');
	const frame = page.getByRole('application', { name: /ER diagram/ });
	await frame.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await page.screenshot({ path: '/tmp/dark-fit.png' });
	for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).tap();
	await page.locator('[data-table="fact_trip"]').tap({ force: true }).catch(() => {});
	await frame.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await page.screenshot({ path: '/tmp/dark-zoom.png' });
	const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); const s = e.querySelector('span')!.getBoundingClientRect(); return `${Math.round(r.width)}x${Math.round(r.height)} label ${Math.round(s.width)}`; }));
	console.log(links.join('\n'));
	await page.goto('/design/saas-metering');
	await page.getByTestId('worked-example').getByRole('button', { name: 'Run the numbers' }).tap();
	await page.getByTestId('worked-example').getByText('✓').first().waitFor();
	await page.getByTestId('worked-example').screenshot({ path: '/tmp/worked.png' });
});
