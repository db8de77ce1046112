import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { STARTER } from './helpers';

test('Chromium finds the app installable: manifest, icons (maskable too) and service worker', async ({
	playwright
}, info) => {
	// Test contexts are incognito, where nothing is installable: this one uses a real, throwaway profile.
	const dir = mkdtempSync(join(tmpdir(), 'bt-install-'));
	const context = await playwright.chromium.launchPersistentContext(dir, {
		executablePath: info.project.use.launchOptions?.executablePath,
		args: info.project.use.launchOptions?.args,
		baseURL: info.project.use.baseURL
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/');
	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest.icons.filter((i: { purpose: string }) => i.purpose === 'maskable')).not.toHaveLength(0);
	const cdp = await page.context().newCDPSession(page);
	// The service worker installs in the background; installability is judged once it controls the page.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await expect
		.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, { timeout: 10_000 })
		.toEqual([]);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const colour = await page.evaluate(
			(s) => document.querySelector(`meta[name="theme-color"][media*="${s}"]`)?.getAttribute('content'),
			scheme
		);
		expect(colour, `theme colour for ${scheme}`).toMatch(/^#[0-9a-f]{6}$/);
	}
	await context.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Replaces the browser's answer to persist() and counts the calls; `granted` is what the browser says. */
async function stubPersist(page: Page, granted: boolean) {
	await page.addInitScript((g) => {
		const w = window as unknown as { persistCalls: number };
		w.persistCalls = 0;
		StorageManager.prototype.persisted = async () => false;
		StorageManager.prototype.persist = async () => {
			w.persistCalls++;
			return g;
		};
	}, granted);
}

const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);

async function gradeOneAndLeave(page: Page) {
	await page.goto(`/study/?deck=${STARTER.id}`);
	await page.getByLabel('Answer by').selectOption('reveal');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Good,/ }).click();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to decks' }).click();
	await expect(page.getByRole('heading', { name: 'Decks', level: 2 })).toBeVisible();
}

test('after the first graded session the app asks to keep its storage, and says once how to keep progress safe', async ({
	page
}) => {
	await stubPersist(page, false);
	await page.goto(`/study/?deck=${STARTER.id}`);
	await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
	expect(await persistCalls(page), 'nothing is asked before a grade').toBe(0);

	await gradeOneAndLeave(page);
	expect(await persistCalls(page)).toBe(1);
	const advice = page.getByRole('complementary', { name: 'Keep your progress safe' });
	await expect(advice).toContainText('Install the app');
	await expect(advice.getByRole('link', { name: 'export a backup' })).toHaveAttribute('href', /progress\/$/);
	await advice.getByRole('button', { name: 'Got it' }).click();
	await expect(advice).toBeHidden();

	// The next session asks again (the browser may say yes this time) but the advice is not repeated.
	await page.reload();
	await gradeOneAndLeave(page);
	expect(await persistCalls(page)).toBe(1);
	await expect(advice).toBeHidden();
});

test('where the browser agrees to keep storage, no advice is shown', async ({ page }) => {
	await stubPersist(page, true);
	await gradeOneAndLeave(page);
	expect(await persistCalls(page)).toBe(1);
	await expect(page.getByRole('complementary', { name: 'Keep your progress safe' })).toBeHidden();
});
