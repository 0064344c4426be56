// CPU throttling through the DevTools protocol. These machines run JavaScript about 2.25 times
// faster than a mid-range phone, so each interaction figure is taken twice: as is, and at 4×.
import type { Page } from '@playwright/test';

export const PHONE_THROTTLE = 4;

/** Runs `measure` with the page's CPU slowed `rate` times, and restores full speed afterwards. */
export async function withCpuThrottle<T>(page: Page, rate: number, measure: () => Promise<T>): Promise<T> {
	if (rate === 1) return measure();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	try {
		return await measure();
	} finally {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		await cdp.detach();
	}
}
