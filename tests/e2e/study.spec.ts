import { expect, test, type Page } from './fixtures';
import type { Deck } from '../../src/lib/decks/schema';
import { openStudy, promptText, revealAndGrade, shot, STARTER, studyCounts } from './helpers';

/** These drills are about reveal and self-grade, so they pick that answer mode for the session. */
async function answerByReveal(page: Page) {
	await page.getByLabel('Answer by').selectOption('reveal');
	await expect(page.getByRole('button', { name: 'Show answer' })).toHaveAttribute('aria-keyshortcuts', 'Space Enter');
}

/** The same, as the deck's setting, so a session opens in Reveal mode with focus on the card. */
async function revealByDefault(page: Page) {
	await page.goto(`/settings/?deck=${STARTER.id}`);
	await page.getByRole('radio', { name: /^Reveal/ }).check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('Saved');
}

test.describe('drilling a deck', () => {
	test('home lists the starter deck with its new cards, and a whole session runs to its summary', async ({
		page
	}, info) => {
		await page.goto('/');
		const row = page.getByRole('listitem').filter({ hasText: STARTER.title });
		await expect(row.locator('.counts')).toContainText(`${STARTER.cards} new, 0 learning, 0 due`);
		await shot(page, 'home', info.project.name);

		await row.getByRole('link', { name: new RegExp(`^${STARTER.title}`) }).click();
		await expect(studyCounts(page)).toContainText(`${STARTER.cards} new, 0 learning, 0 due`);
		// No legend explains the colours here, so the header writes the words a sighted learner reads.
		await expect(studyCounts(page).locator('[aria-hidden="true"]')).toHaveText([
			`${STARTER.cards} new`,
			'0 learning',
			'0 due'
		]);
		await answerByReveal(page);
		await shot(page, 'study-prompt', info.project.name);
		const deck = (await (await page.request.get(`/data/decks/${STARTER.id}.json`)).json()) as Deck;
		const prompt = await promptText(page);
		const card = deck.cards.find((c) => c.prompt.split('____').join('_____').trim() === prompt);
		expect(card, `a starter card whose prompt is "${prompt}"`).toBeDefined();
		await page.getByRole('button', { name: 'Show answer' }).click();
		await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
		// Reveal checks nothing, so the card itself shows the answer (in the gap of a cloze card, else under it).
		await expect(page.locator('article.card')).toContainText(card!.answer);
		await expect(page.getByRole('button', { name: /^Again, 1m$/ })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Good, 10m$/ })).toBeVisible();
		await shot(page, 'study-answer', info.project.name);
		await page.getByRole('button', { name: /^Easy,/ }).click();

		// The Taliban takeover and the Kabul airport toll share a quote: once one is answered the other waits for tomorrow.
		for (let i = 1; i < STARTER.cards - 1; i++) await revealAndGrade(page, 'Easy');
		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
		await expect(page.getByText(`You studied ${STARTER.cards - 1} cards`)).toBeVisible();
		await shot(page, 'study-summary', info.project.name);

		await page.getByRole('region', { name: 'Session complete' }).getByRole('link', { name: 'Back to decks' }).click();
		// The buried sibling is still a new card of the deck: it is introduced tomorrow.
		await expect(page.getByRole('listitem').filter({ hasText: STARTER.title }).locator('.counts')).toContainText(
			'1 new, 0 learning, 0 due'
		);
	});

	test('a card graded Again comes back in the same session', async ({ page }) => {
		await openStudy(page);
		await answerByReveal(page);
		const first = await promptText(page);
		await revealAndGrade(page, 'Again');
		await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new, 1 learning, 0 due`);
		// Nothing else is due now, so once the new cards are done (one sibling buried) the learning card returns within
		// the learn-ahead limit.
		for (let i = 1; i < STARTER.cards - 1; i++) await revealAndGrade(page, 'Easy');
		expect(await promptText(page)).toBe(first);
	});

	test('a grade made in the moment the page is left is kept', async ({ page }) => {
		await page.clock.install();
		await openStudy(page);
		await answerByReveal(page);
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^Easy,/ })).toBeVisible();
		// The grade is stored just after the next card paints. With the page's clock stopped, no frame or timer comes:
		// only leaving the page can store it.
		await page.clock.pauseAt(Date.now() + 60_000);
		await page.evaluate(() => {
			dispatchEvent(new KeyboardEvent('keydown', { key: '4', bubbles: true }));
			location.reload();
		});
		await page.waitForEvent('load');
		await page.clock.resume();
		await expect(studyCounts(page)).toContainText('0 learning, 0 due');
		const fresh = Number((await studyCounts(page).locator('.new').textContent()) ?? NaN);
		expect(fresh).toBeLessThan(STARTER.cards);
	});

	test('progress survives a reload mid-session', async ({ page }) => {
		await openStudy(page);
		await answerByReveal(page);
		await revealAndGrade(page, 'Easy');
		await revealAndGrade(page, 'Good');
		const current = await promptText(page);
		await page.reload();
		await expect(studyCounts(page)).toContainText(`${STARTER.cards - 2} new, 1 learning, 0 due`);
		expect(await promptText(page)).toBe(current);
	});

	test('undo by button and by keyboard brings the last card back with its counts', async ({ page }) => {
		await revealByDefault(page);
		await openStudy(page);
		const first = await promptText(page);
		await revealAndGrade(page, 'Good');
		await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new, 1 learning, 0 due`);
		await page.getByRole('button', { name: 'Undo last grade' }).click();
		expect(await promptText(page)).toBe(first);
		await expect(studyCounts(page)).toContainText(`${STARTER.cards} new, 0 learning, 0 due`);

		await revealAndGrade(page, 'Easy');
		await page.keyboard.press('Control+z');
		expect(await promptText(page)).toBe(first);
		await revealAndGrade(page, 'Easy');
		await page.keyboard.press('u');
		expect(await promptText(page)).toBe(first);
		// Undo is saved too: after a reload the card is still new.
		await page.reload();
		await expect(studyCounts(page)).toContainText(`${STARTER.cards} new, 0 learning, 0 due`);
	});

	test('a keyboard-only drill: Space reveals, digits grade, focus follows the card', async ({ page }) => {
		await revealByDefault(page);
		await openStudy(page);
		const first = await promptText(page);
		await expect(page.locator('article h2')).toBeFocused();
		await page.keyboard.press('Space');
		await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
		await page.keyboard.press('4');
		// On a busy machine the scheduler may still be loading: the grade then waits for it, and the next card follows.
		await expect.poll(() => promptText(page)).not.toBe(first);
		await page.keyboard.press('Enter');
		await page.keyboard.press('3');
		await expect(studyCounts(page)).toContainText(`${STARTER.cards - 2} new, 1 learning, 0 due`);
		// Tab reaches the answer buttons too.
		await page.keyboard.press('Space');
		await page.getByRole('button', { name: /^Easy,/ }).focus();
		await page.keyboard.press('Enter');
		await expect(studyCounts(page)).toContainText(`${STARTER.cards - 3} new, 1 learning, 0 due`);
	});

	test('a grade button focused before the next frame keeps focus: the new card does not take it back', async ({
		page
	}) => {
		await revealByDefault(page);
		await openStudy(page);
		// One grade first, so the scheduler has loaded and the next grade is made at once.
		await revealAndGrade(page, 'Good');
		// Reveal and grade this card, then reveal the next and focus its Easy button, all before the browser draws a
		// frame, as a quick keyboard user on a slow phone may: the new card's focus comes in that frame.
		const focused = await page.evaluate(async () => {
			const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
			const settle = () => new Promise<void>((r) => queueMicrotask(() => queueMicrotask(r)));
			key(' ');
			await settle();
			key('3');
			await settle();
			key(' ');
			await settle();
			const easy = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
				b.getAttribute('aria-label')?.startsWith('Easy,')
			);
			easy?.focus();
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			return document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName;
		});
		expect(focused).toMatch(/^Easy,/);
		await page.keyboard.press('Enter');
		await expect(studyCounts(page)).toContainText(`${STARTER.cards - 3} new`);
	});
});

test('the deck list does not move when this browser’s counts and briefing lines arrive', async ({ page }) => {
	await page.addInitScript(() => {
		// Each shift with what moved, so a failure says which element it was.
		const w = window as unknown as { shifts: { value: number; moved: string[] }[] };
		w.shifts = [];
		type Shift = { value: number; sources: { node?: Node | null }[] };
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as Shift[])
				w.shifts.push({
					value: e.value,
					moved: e.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node)))
				});
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/');
	const row = page.getByRole('listitem').filter({ hasText: STARTER.title });
	await expect(row.getByRole('link', { name: /^Set a briefing date/ })).toBeVisible();
	// Every row has its counts and briefing line: the list has drawn all it will.
	await expect(page.locator('.counts-slot, .briefing-slot')).toHaveCount(0);
	const shifts = await page.evaluate(
		() => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts
	);
	const total = shifts.reduce((a, b) => a + b.value, 0);
	expect(total, JSON.stringify(shifts)).toBeLessThan(0.001);
});

test('phone layout: no horizontal scroll at 360 px and answer buttons at least 44 px in the thumb zone', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await openStudy(page);
	await answerByReveal(page);
	await page.getByRole('button', { name: 'Show answer' }).click();
	const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scroll).toBeLessThanOrEqual(360);
	for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
		const box = await page.getByRole('button', { name: new RegExp(`^${name},`) }).boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(44);
		expect(box!.width).toBeGreaterThanOrEqual(44);
		expect(box!.y).toBeGreaterThan(740 / 2);
	}
});

test.describe('grading before what a grade needs has loaded', () => {
	test.use({ serviceWorkers: 'block' });

	// The first card shows from stored due dates; the scheduler (the file holding ts-fsrs) and the store's ledger (the
	// code that saves a grade) load after it. Each is held back until the card has been graded, as on a slow phone where
	// the learner is quicker than the network. (No service worker here, so the page's own request is the one held.)
	for (const [what, marker] of [
		['the scheduler', 'request_retention'],
		['the code that saves a grade', 'so the grade here cannot be undone']
	] as const)
		test(`a card graded before ${what} has loaded is saved as soon as it arrives`, async ({ page }, info) => {
			let release!: () => void;
			const gate = new Promise<void>((r) => (release = r));
			let held = 0;
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				const response = await route.fetch();
				const body = await response.text();
				if (body.includes(marker)) {
					held++;
					await gate;
				}
				// Two requests may be held for one file (a preload link's and the import's); once one is answered the
				// browser may drop the other, which then can no longer be answered.
				await route.fulfill({ response, body }).catch((e: unknown) => {
					if (!(e instanceof Error && /already handled/.test(e.message))) throw e;
				});
			});
			await openStudy(page);
			await answerByReveal(page);
			await expect(studyCounts(page)).toContainText(`${STARTER.cards} new, 0 learning, 0 due`);
			await expect.poll(() => held).toBeGreaterThan(0);
			await page.getByRole('button', { name: 'Show answer' }).click();
			// The buttons are there (without their intervals while the scheduler is held, which only it can tell).
			const good = page.getByRole('button', { name: /^Good\b/ });
			await expect(good).toBeVisible();
			if (held && what === 'the scheduler') await shot(page, 'study-grades-before-scheduler', info.project.name);
			await good.click();
			await expect(studyCounts(page)).toContainText(`${STARTER.cards} new, 0 learning, 0 due`);

			release();
			await expect(studyCounts(page)).toContainText('1 learning, 0 due');
			await expect(studyCounts(page)).not.toContainText(`${STARTER.cards} new`);
			// Saved, not only shown: a reload reads the graded card from storage.
			await page.unroute('**/_app/immutable/**/*.js');
			await page.reload();
			await expect(studyCounts(page)).toContainText('1 learning, 0 due');
		});
});

test('where the browser refuses storage (some private modes), the deck list and a drill still work for the visit', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect(page.getByRole('listitem').filter({ hasText: STARTER.title }).locator('.counts')).toContainText(
		`${STARTER.cards} new, 0 learning, 0 due`
	);
	await openStudy(page);
	await answerByReveal(page);
	await revealAndGrade(page, 'Good');
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new, 1 learning, 0 due`);
	expect(errors).toEqual([]);
});
