import { expect, test, type Page } from './fixtures';
import { readStored, writeStored } from '../../scripts/bench/stored';
import { openStudy, revealAndGrade, shot, STARTER, studyCounts } from './helpers';

const keys = async (page: Page) => Object.keys(await readStored(page)).sort();
const read = async (page: Page, key: string) => (await readStored(page))[key] ?? null;
const everything = async (page: Page) => JSON.stringify(Object.entries(await readStored(page)).sort());

test('two tabs studying the same deck lose no review', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openStudy(a);
	await openStudy(b);
	// Both tabs start on the same first card; each grades it and then another.
	await revealAndGrade(a, 'Easy');
	await expect(studyCounts(b)).toContainText(`${STARTER.cards - 1} new`);
	await revealAndGrade(b, 'Easy');
	await expect(studyCounts(a)).toContainText(`${STARTER.cards - 2} new`);
	await revealAndGrade(a, 'Easy');
	// Each tab waits to hear of the other's grade (stored a frame after it is made) before answering its own card.
	await expect(studyCounts(b)).toContainText(`${STARTER.cards - 3} new`);
	await revealAndGrade(b, 'Easy');
	await expect(studyCounts(a)).toContainText(`${STARTER.cards - 4} new, 0 learning, 0 due`);

	const fresh = await context.newPage();
	await fresh.goto('/');
	const row = fresh.getByRole('listitem').filter({ hasText: STARTER.title });
	await expect(row.locator('.counts')).toContainText(`${STARTER.cards - 4} new, 0 learning, 0 due`);
});

test('a grade a tab was still saving as it closed reaches a tab already open, and the next grade there keeps it', async ({
	context
}) => {
	const a = await context.newPage();
	await a.clock.install();
	await openStudy(a);
	await a.getByRole('button', { name: 'Show answer' }).click();
	await expect(a.getByRole('button', { name: /^Easy,/ })).toBeVisible();
	// With the page's clock stopped no frame or timer comes, so the grade is saved only as the tab closes. A browser
	// may run that last write after a page opened since has read the deck (a reload or a link, in a new process),
	// and that page is never told of it by IndexedDB.
	await a.clock.pauseAt(Date.now() + 60_000);
	// By key: a click waits for frames, which the stopped clock holds back.
	await a.keyboard.press('4');
	await expect(studyCounts(a)).toContainText(`${STARTER.cards - 1} new`);
	const b = await context.newPage();
	await openStudy(b);
	await expect(studyCounts(b)).toContainText(`${STARTER.cards} new, 0 learning, 0 due`);
	await a.close();
	await expect(studyCounts(b)).toContainText(`${STARTER.cards - 1} new, 0 learning, 0 due`);
	// The clock is the context's: this tab's scheduler loads once it runs again.
	await b.clock.resume();
	// The next grade here rewrites the same stored chunk of cards: it keeps the closed tab's grade beside its own.
	await revealAndGrade(b, 'Easy');
	await expect(studyCounts(b)).toContainText(`${STARTER.cards - 2} new`);
	await b.reload();
	await expect(studyCounts(b)).toContainText(`${STARTER.cards - 2} new, 0 learning, 0 due`);
});

test('unreadable saved progress is kept aside, the user is told, and the app keeps working', async ({ page }) => {
	await openStudy(page);
	await revealAndGrade(page, 'Easy');
	await revealAndGrade(page, 'Easy');
	// Both grades written (the summary follows the card states), so no write of theirs lands on the damage below.
	await expect.poll(() => read(page, 'bt:p:crocus-starter:sum')).toContain('"reviews":2');
	const chunk = (await keys(page)).find((k) => /^bt:p:crocus-starter:c\d+$/.test(k));
	expect(chunk).toBeDefined();
	await writeStored(page, [[chunk!, '\u0000garbage{{{']]);

	await page.reload();
	await expect(page.getByRole('alert')).toContainText(/could not be read/i);
	await expect(page.getByRole('alert')).toContainText('Recovery, on the Progress page, can give it back');
	const kept = (await keys(page)).filter((k) => k.startsWith('bt:quarantine:'));
	expect(kept).toHaveLength(1);
	expect(await read(page, kept[0]!)).toBe('\u0000garbage{{{');
	// Still studyable.
	await revealAndGrade(page, 'Easy');
	await expect(studyCounts(page)).toBeVisible();
});

test('a full quota says so, and loses nothing saved before', async ({ page }, info) => {
	await openStudy(page);
	await revealAndGrade(page, 'Easy');
	await revealAndGrade(page, 'Easy');
	// The deck's summary follows its grades once the browser is idle: the snapshot waits for it to count both.
	await expect.poll(() => read(page, 'bt:p:crocus-starter:sum')).toContain('"reviews":2');
	const before = await everything(page);
	// From now on every write fails as it does when the origin's quota is used up, in both places progress is kept.
	await page.evaluate(() => {
		const full = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		Storage.prototype.setItem = full;
		IDBObjectStore.prototype.put = full;
	});
	await revealAndGrade(page, 'Easy');
	await expect(page.getByRole('alert')).toContainText(/storage is full/i);
	await shot(page, 'quota-full', info.project.name);
	// IndexedDB refuses a write after the next card is on screen: the refused card goes back among today's new cards,
	// and nothing stored changed.
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 2} new, 0 learning, 0 due`);
	expect(await everything(page)).toBe(before);

	await page.reload();
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 2} new, 0 learning, 0 due`);
});

test('a browser that will not open the progress database says so, and changes nothing stored', async ({
	page,
	context
}) => {
	await openStudy(page);
	await revealAndGrade(page, 'Easy');
	await revealAndGrade(page, 'Easy');
	await expect.poll(() => read(page, 'bt:p:crocus-starter:sum')).toContain('"reviews":2');
	const before = await everything(page);
	// This tab's IndexedDB refuses to open from now on, as it can in a browser short of disk or in a broken profile.
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The database could not be opened.', 'UnknownError');
		};
	});
	await page.reload();
	await expect(page.getByRole('alert')).toContainText('would not open the database where your progress is kept');
	// The visit shows none of the progress, and what it does is not written over the progress it cannot see.
	await expect(studyCounts(page)).toContainText(`${STARTER.cards} new, 0 learning, 0 due`);
	await revealAndGrade(page, 'Easy');
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new`);
	const other = await context.newPage();
	await other.goto('/favicon.svg');
	expect(await everything(other)).toBe(before);
});

test('export all progress to a file, and import it back after the browser was cleared', async ({ page }, info) => {
	await openStudy(page);
	await revealAndGrade(page, 'Easy');
	await revealAndGrade(page, 'Good');
	await revealAndGrade(page, 'Easy');

	await page.goto('/progress/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = await (await download).path();
	expect(file).toBeTruthy();

	await writeStored(page, [], true);
	await page.reload();

	// A damaged file is refused and changes nothing.
	await expect(page.getByRole('heading', { name: 'Your study' })).toBeVisible();
	const beforeBroken = await everything(page);
	await page.getByLabel('Choose a progress file…').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"briefing-trainer-progress","version":2,"decks":')
	});
	await expect(page.getByRole('alert')).toContainText('broken.json cannot be imported');
	const afterBroken = await everything(page);
	expect(afterBroken).toBe(beforeBroken);
	// Nothing studied is left after the clear: the page keeps only the decks' (empty) summaries.
	expect((await keys(page)).filter((k) => k.startsWith('bt:p:') && !k.endsWith(':sum'))).toEqual([]);

	await page.getByLabel('Choose a progress file…').setInputFiles(file);
	const preview = page.getByRole('region', { name: 'Import preview' });
	await expect(preview.getByRole('row', { name: new RegExp(STARTER.title) })).toContainText('3');
	await shot(page, 'import-preview', info.project.name);
	await preview.getByRole('button', { name: 'Import' }).click();
	// Said where it was done: on a phone the page's foot is a screen or more below the Import button.
	const restore = page.locator('section', { has: page.getByRole('heading', { name: 'Restore' }) });
	await expect(restore.getByRole('status')).toContainText('Imported');
	await expect(restore.getByRole('status')).toBeInViewport();

	await openStudy(page);
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 3} new, 1 learning, 0 due`);
});

test('deck text is shown as text, never run', async ({ page }) => {
	let dialog = false;
	page.on('dialog', async (d) => {
		dialog = true;
		await d.dismiss();
	});
	await page.goto('/study/?deck=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
	await expect(page.getByRole('heading', { name: 'Deck not found' })).toBeVisible();
	await expect(page.getByText('There is no deck called “<script>alert(1)</script>”')).toBeVisible();
	expect(dialog).toBe(false);
});

test('keeps working offline once opened', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await page.goto('/study/?deck=crocus-starter');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await revealAndGrade(page, 'Easy');
	await page.goto('/');
	await expect(page.getByRole('listitem').filter({ hasText: STARTER.title }).locator('.counts')).toContainText(
		`${STARTER.cards - 1} new`
	);
	await context.setOffline(false);
});
