import { expect, test, type Page } from './fixtures';
import { expectAccessible, expectNoSidewaysScroll, openStudy, shot, STARTER, studyCounts } from './helpers';

/** A screenshot in the light theme and one in the dark, so both can be looked at. */
async function shots(page: Page, name: string, project: string) {
	await shot(page, name, project);
	await page.emulateMedia({ colorScheme: 'dark' });
	await shot(page, `${name}-dark`, project);
	await page.emulateMedia({ colorScheme: 'light' });
}

/** The first percentage of "predicted recall at the briefing: 0% → 95% …". */
async function recallNow(page: Page): Promise<number> {
	const text = (await page.getByTestId('forecast').textContent()) ?? '';
	const m = /briefing: (\d+)%/.exec(text);
	expect(m, text).not.toBeNull();
	return Number(m![1]);
}

function inDays(n: number): string {
	const d = new Date(Date.now() + n * 86_400_000);
	const p = (x: number) => String(x).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T14:00`;
}

test('set a briefing date, study, and see the predicted recall at the briefing rise', async ({ page }, info) => {
	// The deck row's way in, named by its visible words and then the deck.
	await page.goto('/');
	await page.getByRole('link', { name: `Set a briefing date for ${STARTER.title}`, exact: true }).click();
	await expect(page).toHaveURL(`/briefing/?deck=${STARTER.id}`);
	await page.getByLabel('Date and time of the briefing').fill(inDays(3));
	await page.getByRole('button', { name: 'Save briefing' }).click();
	await expect(page.getByRole('status').first()).toContainText('Briefing set');
	await expect(page.getByTestId('forecast')).toContainText(`predicted recall at the briefing: 0% → `);
	await expect(page.getByTestId('forecast')).toContainText(`if you study today’s ${STARTER.cards} cards`);
	const before = await recallNow(page);
	await shots(page, 'briefing', info.project.name);
	await expectAccessible(page, 'briefing day');

	await page.getByRole('link', { name: 'Study today’s cards' }).click();
	await page.getByLabel('Answer by').selectOption('reveal');
	for (let i = 0; i < 4; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Easy,/ }).click();
	}
	await page.goto(`/briefing/?deck=${STARTER.id}`);
	expect(await recallNow(page)).toBeGreaterThan(before);

	// The deck list shows the briefing and the forecast too.
	await page.goto('/');
	const row = page.getByRole('listitem').filter({ hasText: STARTER.title });
	await expect(row.getByRole('link', { name: /^Briefing .* predicted recall at the briefing/ })).toBeVisible();
	await shots(page, 'home-briefing', info.project.name);
	await expectAccessible(page, 'home with a briefing');
});

test('the Progress page shows the charts, and a card suspended there leaves the queue', async ({ page }, info) => {
	// Checking the whole page and its open card table for accessibility, in two colour schemes, takes a while.
	test.slow();
	await openStudy(page);
	await page.getByLabel('Answer by').selectOption('reveal');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Good,/ }).click();

	await page.goto('/progress/');
	await expect(page.getByRole('heading', { name: 'Your study' })).toBeVisible();
	// The charts open on the deck studied last, though it is not the first of the list.
	await expect(page.getByLabel('Deck')).toHaveValue(STARTER.id);
	await expect(page.getByRole('img', { name: /Reviews per day over the last year: 1 review on 1 day/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /Cards due per day over the next 30 days/ })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'toll' })).toBeVisible();
	await page.getByText(/^Cards \(\d+\)$/).click();
	const table = page.getByRole('region', { name: 'Cards', exact: true });
	await table
		.getByRole('button', { name: /attack the Crocus City Hall/ })
		.first()
		.click();
	await expect(table).toContainText('Answer: 22 March 2024');
	await shots(page, 'progress', info.project.name);
	await expectAccessible(page, 'progress with its card table open');
	if (info.project.name === 'phone') await expectNoSidewaysScroll(page);
	await table.getByRole('button', { name: /^Suspend: How many people were injured/ }).click();
	await expect(table.getByRole('button', { name: /^Unsuspend: How many people were injured/ })).toBeVisible();

	await openStudy(page);
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 2} new`);
});

test('suspend a card from the study screen and see it leave the queue', async ({ page }) => {
	await openStudy(page);
	await expect(studyCounts(page)).toContainText(`${STARTER.cards} new`);
	await expect(page.locator('article h2')).toContainText('Crocus City Hall');
	await page.getByRole('button', { name: 'Suspend' }).click();
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new`);
	await expect(page.locator('article h2')).not.toContainText('On what date did gunmen attack');
	await page.reload();
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new`);
});

/** The starter deck's four dated events, earliest first. */
const ORDER = ['ISIS-K formally emerge', 'push ISIL out of Baghuz', 'Taliban take control', 'Crocus City Hall'];
const rank = (text: string) => ORDER.findIndex((t) => text.includes(t));

test('open the timeline, zoom in, and put four events in order', async ({ page }, info) => {
	await page.goto(`/timeline/?deck=${STARTER.id}`);
	const timeline = page.getByRole('region', { name: /^Timeline/ });
	await expect(timeline.getByRole('heading', { level: 4 })).toHaveText(['2015', '2019', '2021', '2024']);
	await timeline.getByText('Days').click();
	await expect(timeline.getByRole('heading', { level: 4 })).toHaveText([
		'2015',
		'23 March 2019',
		'August 2021',
		'22 March 2024'
	]);
	await expect(timeline).toContainText('Al Jazeera');

	const drill = page.getByRole('region', { name: 'Put these four events in order' });
	await shots(page, 'timeline', info.project.name);
	await expectAccessible(page, 'timeline');
	if (info.project.name === 'phone') await expectNoSidewaysScroll(page);
	const items = drill.getByRole('list', { name: 'Your order' }).getByRole('listitem');
	await expect(items).toHaveCount(4);
	// Bubble the events into order with the "earlier" buttons, as a keyboard user would.
	for (let pass = 0; pass < 4; pass++) {
		for (let i = 1; i < 4; i++) {
			const a = (await items.nth(i - 1).textContent()) ?? '';
			const b = (await items.nth(i).textContent()) ?? '';
			if (rank(b) < rank(a))
				await items
					.nth(i)
					.getByRole('button', { name: /earlier$/ })
					.click();
		}
	}
	await drill.getByRole('button', { name: 'Check order' }).click();
	await expect(drill).toContainText('All in order.');
	await expect(drill.getByRole('button', { name: /^Good, .*, suggested$/ })).toBeVisible();
	await shots(page, 'order-drill', info.project.name);
	await expectAccessible(page, 'ordering drill, checked');
	await drill.getByRole('button', { name: /^Good,/ }).click();
	await expect(drill.getByRole('status')).toContainText('Graded Good. Next ordering drill in');
	await page.reload();
	await expect(page.getByRole('region', { name: 'Put these four events in order' })).toContainText('Next due in');
});
