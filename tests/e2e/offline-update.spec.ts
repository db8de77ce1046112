import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deck } from '../../src/lib/decks/schema';
import { shot, STARTER } from './helpers';
import { serveDir } from './static-server';

/**
 * A deployment in a directory of its own, served like a static host, so the test can redeploy: a deck with a
 * changed answer, and a service worker of a new version (its version string changed, as a new build's would be).
 */
function deployment() {
	const dir = mkdtempSync(join(tmpdir(), 'bt-deploy-'));
	cpSync('build', dir, { recursive: true });
	const deckFile = join(dir, 'data/decks', `${STARTER.id}.json`);
	const deck = () => JSON.parse(readFileSync(deckFile, 'utf8')) as Deck;
	return {
		dir,
		deck,
		redeploy(answer: string) {
			const next = deck();
			next.cards[0]!.answer = answer;
			writeFileSync(deckFile, JSON.stringify(next));
			const version = (JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as { version: string }).version;
			const swFile = join(dir, 'service-worker.js');
			const sw = readFileSync(swFile, 'utf8');
			expect(sw).toContain(version);
			writeFileSync(swFile, sw.replaceAll(version, `${version}-next`));
		}
	};
}

/** Opens the deck's first card as multiple choice: its options are its answer and the wrong choices. */
async function firstAnswer(page: Page, url: string) {
	await page.goto(`${url}/study/?deck=${STARTER.id}`);
	await page.getByLabel('Answer by').selectOption('choice');
	return page.locator('article');
}

test('a redeployed deck reaches a returning learner on the next visit, a reload button brings the new version, and it works offline', async ({
	page,
	context
}, info) => {
	test.setTimeout(120_000);
	const site = deployment();
	const server = await serveDir(site.dir);
	try {
		const oldAnswer = site.deck().cards[0]!.answer;
		await expect(await firstAnswer(page, server.url)).toContainText(oldAnswer);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const firstCaches = await page.evaluate(() => caches.keys());
		expect(firstCaches).toHaveLength(1);

		site.redeploy('Redeployed answer 4242');
		// The learner comes back: the old worker still runs the page, but deck data comes from the network first.
		await expect(await firstAnswer(page, server.url)).toContainText('Redeployed answer 4242');

		// The new worker has installed beside the old one; the page says so and offers a reload.
		const banner = page.getByRole('complementary', { name: 'New version' });
		await expect(banner).toContainText('A new version of Briefing Trainer is ready.', { timeout: 60_000 });
		await shot(page, 'update-banner', info.project.name);
		const axe = await new AxeBuilder({ page }).include('aside[aria-label="New version"]').analyze();
		expect(axe.violations).toEqual([]);
		const reload = banner.getByRole('button', { name: 'Reload' });
		await reload.focus();
		await page.keyboard.press('Enter');
		await expect(banner).toHaveCount(0);
		await expect
			.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
			.toEqual([expect.stringMatching(/-next$/)]);

		// Offline, the newest deck fetched is what the cache gives back.
		await context.setOffline(true);
		await expect(await firstAnswer(page, server.url)).toContainText('Redeployed answer 4242');
		await page.goto(`${server.url}/`);
		await expect(page.getByRole('listitem').filter({ hasText: STARTER.title })).toBeVisible();

		// Documents are read offline too: the reader's worker is among the files cached at install.
		await page.goto(`${server.url}/create/`);
		await page
			.getByLabel('Document text')
			.fill(
				'On Friday, March 8, 2024, gunmen opened fire at the Harlow theatre in Denvik, killing at least 37 people.'
			);
		await page.getByLabel('Title', { exact: true }).fill('Harlow theatre');
		await page.getByLabel('Publisher').fill('Denvik Courier');
		await page.getByLabel('Publication date').fill('2024-03-09');
		await page.getByRole('button', { name: 'Propose cards' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'cards proposed' })).toHaveText(
			'2 cards proposed: review them below.'
		);
		await expect(
			page.getByRole('article', {
				name: 'How many people were killed in the 8 March 2024 attack on the Harlow theatre in Denvik?'
			})
		).toBeVisible();
	} finally {
		await context.setOffline(false);
		await server.close();
		rmSync(site.dir, { recursive: true, force: true });
	}
});
