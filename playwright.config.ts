import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium on our machines; elsewhere Playwright's own browser (`npx playwright install`).
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 90_000,
	expect: { timeout: 10_000 },
	// Two cores: browser tests run one at a time so timings stay stable.
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage']
		}
	},
	webServer: {
		// Tests run against the built app, as users get it.
		command: `npx tsx scripts/serve.ts --port ${port}`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
