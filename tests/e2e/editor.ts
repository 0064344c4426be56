import type { Page } from '@playwright/test';

/** Replaces the editor's text the way typing would, once CodeMirror has loaded. */
export async function typeCode(page: Page, code: string): Promise<void> {
	const editor = page.locator('.cm-content');
	await editor.waitFor();
	await editor.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await editor.fill(code);
	// Close the completion popup, as a user would before tapping Run.
	await page.keyboard.press('Escape');
}
