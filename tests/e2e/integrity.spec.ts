import { countRows, expect, test } from './fixtures';

test('Check data finds broken rows with exact counts, repairs them, and a second check finds nothing', async ({
	installedApp: page
}) => {
	// Damage the stored data the way a bug or a half-imported file could: a review of a card that
	// does not exist, and a card whose stability is not a number.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['cards', 'reviews'], 'readwrite');
					const cards = tx.objectStore('cards');
					const first = cards.openCursor();
					first.onsuccess = () => {
						const cursor = first.result!;
						cursor.update({ ...cursor.value, stability: Number.NaN });
						tx.objectStore('reviews').add({
							id: 'orphan-review',
							cardId: 'no-such-item::main',
							itemId: 'no-such-item',
							grade: 3,
							reviewedAt: Date.now() - 86_400_000,
							phaseBefore: 'new',
							durationMs: 3000,
							score: null,
							mode: 'reveal'
						});
					};
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	await page.goto('/settings');
	const panel = page.getByTestId('integrity-panel');
	await panel.getByRole('button', { name: 'Check data' }).tap();
	await expect(panel.getByText('Found 2 problems:')).toBeVisible();
	await expect(panel.getByText('1 review whose card is missing')).toBeVisible();
	await expect(panel.getByText('1 card with an impossible schedule')).toBeVisible();
	await panel.scrollIntoViewIfNeeded();
	await page.screenshot({ path: test.info().outputPath('integrity-found-360.png'), fullPage: true });

	await panel.getByRole('button', { name: 'Repair' }).tap();
	await expect(panel.getByText('Repaired 2 problems:')).toBeVisible();
	await expect(panel.getByText('1 card rescheduled from its reviews')).toBeVisible();
	await expect(panel.getByText('1 review removed')).toBeVisible();
	await expect(panel.getByText('A new check finds nothing wrong.')).toBeVisible();
	expect(await countRows(page, 'reviews')).toBe(0);

	await panel.getByRole('button', { name: 'Check data' }).tap();
	await expect(panel.getByText('No problems found.')).toBeVisible();
});
