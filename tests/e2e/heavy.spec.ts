/**
 * The study page over a browser that has been used for months: several local decks of hundreds of cards, thousands of
 * reviews in many chunks and log segments, written by the app's own store (the benchmarks' synthetic year, cut down).
 * The starter deck's few cards never reach the paths a big storage takes — reading many chunks in short tasks,
 * rebuilding a deck's summary, writing a grade into a long log — so a build that hangs one of them passes every other
 * test: a minifier setting that left the study page loading forever over a year of storage was found by the benchmark.
 */
import '../../scripts/runes';
import { expect, test, type Page } from './fixtures';
import { COLD_MARKER, isCold as isColdKey } from '../../src/lib/storage/cold-keys';
import { readStored } from '../../scripts/bench/stored';
import { studyCounts } from './helpers';

let entries: [string, string][] = [];
/** The deck the benchmarks drill, one of the year's. */
let deck = '';

// Made once a worker (about a second), not when the test files are listed.
test.beforeAll(async () => {
	// Imported after './runes' has registered its hooks: the store it reaches is a `.svelte.ts` module.
	const { heavyEntries, STUDY_DECK } = await import('../../scripts/bench/browser-year');
	deck = STUDY_DECK;
	// Three decks of 300 cards and 6,000 reviews: five chunks and eight log segments a deck.
	entries = await heavyEntries({ decks: 3, cardsPerDeck: 300, reviews: 6_000 });
});

/** New, learning and due cards the counts line says (its sentence, "20 new, 5 learning, 200 due"), added up. */
async function cardsLeft(page: Page): Promise<number> {
	const text = (await studyCounts(page).locator('.visually-hidden').textContent()) ?? '';
	const counts = [...text.matchAll(/(\d+) (new|learning|due)/g)].map((m) => Number(m[1]));
	expect(counts, `the counts line "${text}"`).toHaveLength(3);
	return counts.reduce((a, b) => a + b, 0);
}

test('a deck opened over months of storage shows its first card, grades, and keeps the grades', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	// Written from a file of the site that runs no app code, so no store opens before the study page. All of it goes
	// to localStorage, where versions before IndexedDB kept it: the first page open moves the bulk (cold.ts).
	await page.goto('/favicon.svg');
	await page.evaluate((all) => {
		localStorage.clear();
		for (const [k, v] of all) localStorage.setItem(k, v);
	}, entries);

	// Not waiting for the load event: a page that never shows its card fails on the card, saying so.
	await page.goto(`/study/?deck=${deck}`, { waitUntil: 'commit' });
	// The heavy year's decks are set to Reveal, so each card shows "Show answer" and the grade buttons.
	await expect(page.locator('article.card .prompt')).toBeVisible({ timeout: 10_000 });
	const before = await cardsLeft(page);
	expect(before).toBeGreaterThan(5);
	for (let i = 0; i < 5; i++) {
		const prompt = await page.locator('article.card .prompt').textContent();
		await page.getByRole('button', { name: 'Show answer' }).click();
		// Easy takes a card out of today's queue whatever its state, so each grade shows in the counts.
		await page.getByRole('button', { name: /^Easy(,|$)/ }).click();
		await expect(page.locator('article.card .prompt')).not.toHaveText(prompt ?? '');
	}
	// Each grade takes its card out of today's counts, and may bury siblings with it.
	const after = await cardsLeft(page);
	expect(after).toBeLessThanOrEqual(before - 5);

	// Written to storage: opened again, the deck has no more left than this session did (fewer where today's review
	// limit now counts the grades), where grades that were lost would give back the count it opened with.
	await page.reload({ waitUntil: 'commit' });
	await expect(page.locator('article.card .prompt')).toBeVisible({ timeout: 10_000 });
	expect(await cardsLeft(page)).toBeLessThanOrEqual(after);
	expect(errors).toEqual([]);

	// The bulk moved to IndexedDB whole: every key the year had is still stored (its value changed by a grade or not),
	// and localStorage keeps only what pages read before they paint.
	const stored = await readStored(page);
	expect(entries.map(([k]) => k).filter((k) => !(k in stored))).toEqual([]);
	expect(stored[COLD_MARKER]).toBe('1');
	const left = await page.evaluate(() => Object.keys(localStorage));
	expect(left.filter(isColdKey)).toEqual([]);
	expect(left.length).toBeLessThan(entries.length / 5);
});
