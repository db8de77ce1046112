/**
 * Recovery journeys: hostile backups are refused with the field named and the app keeps working; damaged progress
 * is named on the home page and offered back on the Progress page; two tabs grading and undoing lose no review.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import type { Card } from 'ts-fsrs';
import { encodeCards, encodeLog } from '../../src/lib/storage/encode';
import { decodeLog } from '../../src/lib/storage/log';
import { readStored, writeStored } from '../../scripts/bench/stored';
import { openStudy, promptText, revealAndGrade, shot, STARTER, studyCounts } from './helpers';

const keys = async (page: Page) => Object.keys(await readStored(page)).sort();
/**
 * The key of the starter deck's stored card states, once the `grades` just given are all written: a grade is saved
 * after the frame that shows the next card, when the page is next idle, and the deck's summary after it. Damage written
 * sooner could be overwritten by a grade still on its way.
 */
async function savedChunk(page: Page, grades: number): Promise<string> {
	await expect
		.poll(async () => (await readStored(page))['bt:p:crocus-starter:sum'] ?? '')
		.toContain(`"reviews":${grades}`);
	const chunk = (await keys(page)).find((k) => /^bt:p:crocus-starter:c\d+$/.test(k));
	expect(chunk).toBeDefined();
	return chunk!;
}

const DAY = 86_400_000;
const T = Date.UTC(2026, 10, 20, 9);
const review: Card = {
	due: new Date(T + 3 * DAY),
	stability: 3.2,
	difficulty: 5.1,
	elapsed_days: 0,
	scheduled_days: 3,
	learning_steps: 0,
	reps: 2,
	lapses: 0,
	state: 2,
	last_review: new Date(T)
};

/** A progress file for the starter deck whose one card has `card` as its state. */
function backup(card: Card): Buffer {
	const file = {
		format: 'briefing-trainer-progress',
		version: 2,
		exportedAt: new Date(T).toISOString(),
		decks: { [STARTER.id]: { ids: ['crocus-toll'], cards: encodeCards([[0, card]]), log: encodeLog([]) } }
	};
	return Buffer.from(JSON.stringify(file));
}

test.describe('hostile backups', () => {
	for (const [name, card, field] of [
		['stability −5', { ...review, stability: -5 }, 'stability'],
		['stability NaN', { ...review, stability: NaN }, 'stability'],
		['a review state without last review', { ...review, last_review: undefined }, 'last_review']
	] as const) {
		test(`a backup with ${name} is refused with the field named, and the app keeps working`, async ({ page }) => {
			await openStudy(page);
			await revealAndGrade(page, 'Good');
			await page.goto('/progress/');
			await page.getByLabel('Choose a progress file…').setInputFiles({
				name: 'hostile.json',
				mimeType: 'application/json',
				buffer: backup(card as Card)
			});
			await expect(page.getByRole('alert')).toContainText(
				`hostile.json cannot be imported: decks.${STARTER.id}.cards.crocus-toll.${field}`
			);
			await openStudy(page);
			await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new`);
			await revealAndGrade(page, 'Good');
			await page.goto('/');
			await expect(page.getByRole('listitem').filter({ hasText: STARTER.title })).toBeVisible();
		});
	}
});

test('damaged progress is named on the home page and offered back on the Progress page', async ({ page }, info) => {
	await openStudy(page);
	await revealAndGrade(page, 'Good');
	await revealAndGrade(page, 'Easy');
	const chunk = await savedChunk(page, 2);
	await writeStored(page, [[chunk, 'damaged{{{']]);

	// The home page reads only summaries, yet the damage is found (the summary no longer matches) and named.
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(/could not be read; it was kept aside/);
	await expect(alert).toContainText('2 cards rebuilt from your review history');
	// The reviews were in the log: nothing is lost from the deck's counts.
	const row = page.getByRole('listitem').filter({ hasText: STARTER.title });
	await expect(row.locator('.counts')).toContainText(`${STARTER.cards - 2} new, 1 learning`);
	await shot(page, 'home-notice-after-corruption', info.project.name);

	await page.goto('/progress/');
	const kept = page.getByRole('region', { name: 'Kept aside' });
	await expect(kept.getByRole('listitem')).toHaveCount(1);
	await expect(kept).toContainText('card states');
	await expect(page.getByRole('region', { name: 'Relearned cards' })).toContainText('No archived progress');
	await shot(page, 'progress-recovery', info.project.name);
	await kept.getByRole('button', { name: /^Restore/ }).click();
	// Said under the list it was done in, in view: on a phone the page's foot is a screen or more below.
	await expect(kept.getByRole('status')).toContainText('Cannot restore it: it still cannot be read');
	await expect(kept.getByRole('status')).toBeInViewport();

	// The export carries what was kept aside.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { keptAside: object };
	expect(Object.values(file.keptAside)).toEqual(['damaged{{{']);

	await kept.getByRole('button', { name: /^Discard/ }).click();
	await expect(kept).toContainText('Nothing: all saved progress could be read.');
	expect((await keys(page)).filter((k) => k.startsWith('bt:quarantine:'))).toEqual([]);
});

test('a grade a closed tab was still saving, overtaken by a later grade, is kept aside, named and given back', async ({
	page
}, info) => {
	const log = `bt:p:${STARTER.id}:l0`;
	const stored = () => readStored(page);
	await openStudy(page);
	await revealAndGrade(page, 'Good');
	await expect.poll(async () => (await stored())[log] !== undefined).toBe(true);
	const first = await stored();
	await revealAndGrade(page, 'Easy');
	await expect.poll(async () => (await stored())[log] !== first[log]).toBe(true);
	const second = await stored();
	// Taken back and graded Again here: IndexedDB no longer holds what the Easy grade replaced.
	await page.getByRole('button', { name: 'Undo last grade' }).click();
	await revealAndGrade(page, 'Again');
	await expect.poll(async () => (await stored())[log] !== second[log]).toBe(true);
	// A tab that closed while saving the Easy grade left its note; the grade it noted was overtaken.
	const changes = Object.keys(second)
		.filter((k) => k.startsWith(`bt:p:${STARTER.id}:`) && !/:(sum|set)$/.test(k) && second[k] !== first[k])
		.map((key) => ({ key, value: second[key], before: first[key] ?? null, between: [] }));
	expect(changes.map((c) => c.key).sort()).toEqual([`bt:p:${STARTER.id}:c0`, log]);
	await page.evaluate((note) => localStorage.setItem('bt:unsaved:closed', note), JSON.stringify({ v: 1, changes }));

	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('A tab closed while it was still saving progress');
	await shot(page, 'home-notice-unsaved-kept-aside', info.project.name);
	await page.goto('/progress/');
	const kept = page.getByRole('region', { name: 'Kept aside' });
	await expect(kept.getByRole('listitem')).toHaveCount(2);
	await kept
		.getByRole('listitem')
		.filter({ hasText: 'review history' })
		.getByRole('button', { name: /^Restore/ })
		.click();
	// Said under the list it was done in, in view: on a phone the page's foot is a screen or more below.
	await expect(kept.getByRole('status')).toContainText('Added 1 review to the history');
	await expect(kept.getByRole('status')).toBeInViewport();
	await shot(page, 'progress-unsaved-restored', info.project.name);
	// Both grades of that card are in its history now, in time order (grades within one second share a time).
	const entries = decodeLog((await stored())[log]!);
	expect(entries.map((e) => e.rating).sort()).toEqual([1, 3, 4]);
	expect(entries.map((e) => e.at)).toEqual(entries.map((e) => e.at).sort((x, y) => x - y));
	expect((await keys(page)).filter((k) => k.startsWith('bt:unsaved:'))).toEqual([]);
});

test('the study page opened straight onto damaged progress rebuilds the cards before its first card', async ({
	page
}) => {
	await openStudy(page);
	await revealAndGrade(page, 'Good');
	await revealAndGrade(page, 'Easy');
	const chunk = await savedChunk(page, 2);
	await writeStored(page, [[chunk, 'damaged{{{']]);

	// The study page loads the scheduler after its first card, but replaying the log needs it: it loads it first here.
	await openStudy(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(/could not be read; it was kept aside/);
	await expect(alert).toContainText('2 cards rebuilt from your review history');
	// The Good card is back in its learning step, as before the damage; no card was lost to "new".
	await expect(studyCounts(page)).toContainText('1 learning');
	await expect(studyCounts(page)).not.toContainText(`${STARTER.cards} new`);
});

// Every screen that reads progress, opened first in a fresh page load straight onto a damaged chunk, shows itself,
// never a blank page, whether or not it has loaded the scheduler that rebuilding the cards needs.
test('each screen opened straight onto damaged progress shows itself', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await openStudy(page);
	await revealAndGrade(page, 'Good');
	const chunk = await savedChunk(page, 1);
	for (const [path, heading] of [
		['/', 'Your decks'],
		['/progress/', 'Your progress'],
		[`/settings/?deck=${STARTER.id}`, 'Deck settings'],
		[`/briefing/?deck=${STARTER.id}`, 'Briefing day'],
		[`/timeline/?deck=${STARTER.id}`, 'Timeline']
	]) {
		await writeStored(page, [[chunk, 'damaged{{{']]);
		await page.goto(path!);
		await expect(page.getByRole('heading', { level: 1 }), path).toContainText(heading!);
		await expect(page.locator('main'), path).not.toBeEmpty();
	}
	expect(errors).toEqual([]);
});

test('two tabs grading and undoing lose no review, and a card graded in one leaves the other', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openStudy(a);
	await openStudy(b);
	const first = await promptText(a);
	expect(await promptText(b)).toBe(first);

	await revealAndGrade(a, 'Good');
	// Tab B was showing the same card: it moves on rather than let it be reviewed twice.
	await expect.poll(() => promptText(b)).not.toBe(first);
	await revealAndGrade(b, 'Easy');

	// Tab A's undo applies (nobody else graded that card) and brings it back; B's review stays.
	await a.getByRole('button', { name: 'Undo last grade' }).click();
	await expect.poll(() => promptText(a)).toBe(first);
	await revealAndGrade(a, 'Again');

	const c = await context.newPage();
	await c.goto('/progress/');
	const download = c.waitForEvent('download');
	await c.getByRole('button', { name: 'Export progress' }).click();
	const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {
		decks: Record<string, { ids: string[]; log: string }>;
	};
	const deck = file.decks[STARTER.id]!;
	const ratings = decodeLog(deck.log).map((e) => `${deck.ids[e.slot] === deck.ids[0] ? 'first' : 'other'}:${e.rating}`);
	expect(ratings.sort()).toEqual(['first:1', 'other:4']);
});
