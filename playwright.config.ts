import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/bench/types';

/**
 * Which Chromium to drive: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium where it exists (machines that
 * cannot download Playwright's own browsers), else Playwright's bundled browser (a normal laptop).
 */
function chromiumPath(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const launchOptions = { executablePath: chromiumPath(), args: CHROMIUM_ARGS };

// Overridable so two checkouts on one machine can run their browser tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions,
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	webServer: {
		// The built static site, as any static host would serve it.
		command: `npx sirv build --port ${PORT} --quiet`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	},
	projects: [
		{
			name: 'phone',
			use: {
				...devices['Pixel 7'],
				viewport: { width: 390, height: 844 },
				hasTouch: true,
				isMobile: true,
				launchOptions
			}
		},
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions }
		}
	]
});
