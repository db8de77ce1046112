import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { parseDeck } from '../../src/lib/decks/parse';
import { shot } from './helpers';

/** A short wire story: a date, a death toll, a named person with a role, and markup that must stay characters. */
const STORY = [
	'Gunmen storm Harlow theatre',
	'By Mara Quist',
	'On Friday, March 8, 2024, gunmen opened fire at the Harlow theatre in Denvik, killing at least 37 people and wounding more than 90 others.',
	'The following day, a group calling itself the Eastern Shield claimed responsibility in a statement posted online.',
	'"The Eastern Shield wants to prove that no city is safe," said Lena Ortiz, a senior analyst at the Denvik Institute for Security Studies.',
	'A leaflet left at the scene read <script>alert(1)</script> in large letters.'
].join('\n\n');

const DECK_ID = 'gunmen-storm-harlow-theatre';
/** Reports of the evaluation set: long, varied text to read. */
const TUNE = 'eval/tune';

/** Any dialog means deck or document text ran as code: record it so the test fails. */
function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	return dialogs;
}

async function fillStory(page: Page, published = '2024-03-09') {
	await page.goto('/create/');
	await page.getByLabel('Document text').fill(STORY);
	await page.getByLabel('Title', { exact: true }).fill('Gunmen storm Harlow theatre');
	await page.getByLabel('Publisher').fill('Denvik Courier');
	await page.getByLabel('Publication date').fill(published);
}

const card = (page: Page, prompt: string | RegExp) => page.getByRole('article', { name: prompt });
const documentPanel = (page: Page) => page.getByRole('region', { name: /^Document: / });

test('an instructor turns a pasted story into a deck, reviews it and studies it', async ({ page }, info) => {
	// The whole journey, from the form to the study screen and back home, in one test: more steps than the default allows for.
	test.slow();
	const dialogs = watchDialogs(page);
	await fillStory(page, '9 March 2024');
	await page.getByRole('button', { name: 'Propose cards' }).click();
	await expect(page.getByText('Publication date: write it as YYYY-MM-DD').first()).toBeVisible();
	await expect(page.getByLabel('Publication date')).toBeFocused();
	await shot(page, 'create-form-error', info.project.name);

	await page.getByLabel('Publication date').fill('2024-03-09');
	await expect(page.getByLabel('Deck id')).toHaveValue(DECK_ID);
	await page.getByRole('button', { name: 'Propose cards' }).click();

	// Proposed cards, grouped by kind with counts.
	for (const [kind, n] of [
		['Dates', 1],
		['Tolls', 2],
		['Actors', 3],
		['Motives', 1]
	] as const) {
		const group = page.getByRole('region', { name: `${kind} (${n})` });
		await expect(group).toBeVisible();
		await expect(group.getByRole('article')).toHaveCount(n);
	}
	await expect(page.getByRole('status').filter({ hasText: '7 proposed' })).toContainText(
		'0 accepted, 0 rejected, 7 to decide'
	);

	// The evidence of the card shown in the document is highlighted there, in its paragraph.
	const killed = card(page, 'How many people were killed in the 8 March 2024 attack on the Harlow theatre in Denvik?');
	await killed.getByRole('button', { name: 'Show in document' }).click();
	await expect(documentPanel(page).locator('mark')).toHaveText(
		'On Friday, March 8, 2024, gunmen opened fire at the Harlow theatre in Denvik, killing at least 37 people and wounding more than 90 others.'
	);
	await expect(documentPanel(page).locator('li.cited')).toHaveAttribute('value', '3');
	// Markup in the document is shown as characters and never runs.
	await expect(documentPanel(page)).toContainText(
		'A leaflet left at the scene read <script>alert(1)</script> in large letters.'
	);
	await shot(page, 'create-review', info.project.name);

	// Reject one.
	const injured = card(
		page,
		'How many people were injured in the 8 March 2024 attack on the Harlow theatre in Denvik?'
	);
	await injured.getByRole('button', { name: 'Reject' }).click();
	await expect(injured.getByRole('button', { name: 'Reject' })).toHaveAttribute('aria-pressed', 'true');
	await expect(injured).toContainText('Rejected');

	// Edit one: an edit that loses the quote is refused with a message, a good one is kept.
	const ortiz = card(page, 'Who is the senior analyst at the Denvik Institute for Security Studies?');
	await ortiz.getByRole('button', { name: 'Edit' }).click();
	await ortiz.getByLabel('Prompt').fill('Which analyst said the Eastern Shield wants to prove that no city is safe?');
	await ortiz.getByLabel('Also accept').fill('Ortiz');
	await ortiz.getByLabel('Evidence quote').fill('Lena Ortiz, a junior analyst');
	await ortiz.getByRole('button', { name: 'Save edit' }).click();
	await expect(ortiz.getByText('Quote: not found word for word in paragraph 5')).toBeVisible();
	await expect(ortiz.getByLabel('Evidence quote')).toBeFocused();
	await shot(page, 'create-edit-error', info.project.name);
	await ortiz.getByLabel('Evidence quote').fill('Lena Ortiz, a senior analyst');
	await ortiz.getByRole('button', { name: 'Save edit' }).click();
	const edited = card(page, 'Which analyst said the Eastern Shield wants to prove that no city is safe?');
	await expect(edited).toContainText('Edited, accepted');
	await expect(edited).toContainText('Ortiz');

	// Accept the rest of the tolls and the dates; the rejected card stays rejected.
	await page.getByRole('button', { name: 'Accept all in this group: Tolls' }).click();
	await page.getByRole('button', { name: 'Accept all in this group: Dates' }).click();
	await expect(injured).toContainText('Rejected');
	await expect(page.getByRole('status').filter({ hasText: '7 proposed' })).toContainText(
		'3 accepted, 1 rejected, 3 to decide'
	);

	const publish = page.getByRole('region', { name: 'Publish' });
	await expect(publish).toContainText('3 cards will go into the deck');
	const download = page.waitForEvent('download');
	await publish.getByRole('button', { name: 'Download deck file' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${DECK_ID}.yaml`);
	// The file is a deck file as decks/ expects it: the deck parser accepts it, with the cards kept above.
	const parsed = parseDeck(readFileSync(await file.path(), 'utf8'), file.suggestedFilename());
	expect(parsed.ok && parsed.deck.cards.map((c) => c.id)).toEqual(['denvik-date', 'denvik-killed', 'lena-ortiz-role']);
	await shot(page, 'create-publish', info.project.name);

	await publish.getByRole('button', { name: 'Keep in this browser and study' }).click();
	await expect(page).toHaveURL(`/study/?deck=${DECK_ID}`);
	// The first kept card: the date of the attack, asked by naming the attack.
	await expect(page.locator('article h2')).toHaveText(
		'When did the attack on the Harlow theatre in Denvik take place?'
	);
	await shot(page, 'create-study', info.project.name);

	await page.goto('/');
	const row = page.getByRole('listitem').filter({ hasText: 'Gunmen storm Harlow theatre' });
	await expect(row).toContainText('3 cards · kept in this browser');
	expect(dialogs).toEqual([]);
});

/** Puts text in a document box as one paste does: Playwright's fill() types it, about ten seconds for 190,000 characters. */
async function paste(page: Page, text: string) {
	await page.getByLabel('Document text').evaluate((el, t) => {
		(el as HTMLTextAreaElement).value = t;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}, text);
}

test('documents are read off the page: a reading can be stopped from the keyboard, and the review on screen stays', async ({
	page
}, info) => {
	// The reader's worker file is held back until the test lets it through, so the first reading cannot end before it
	// is stopped, however fast the machine.
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/workers/**', async (route) => {
		await held;
		await route.continue();
	});
	await fillStory(page);
	await page.getByRole('button', { name: 'Propose cards' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Reading the documents…' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Propose cards' })).toBeDisabled();
	// Were the documents read on the page's own thread, nothing would answer this key until the reading was over.
	await expect(page.getByRole('button', { name: 'Stop reading' })).toBeFocused();
	await shot(page, 'create-reading', info.project.name);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Stopped reading' })).toHaveText(
		'Stopped reading: no cards proposed.'
	);
	await expect(page.getByRole('button', { name: 'Stop reading' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Propose cards' })).toBeFocused();
	await expect(page.getByRole('region', { name: 'Proposed cards' })).toHaveCount(0);

	// The next reading starts a new worker and is not cut short.
	release();
	await page.getByRole('button', { name: 'Propose cards' }).click();
	await expect(page.getByRole('status').filter({ hasText: '7 cards proposed' })).toBeVisible();

	// A long reading stopped with a review on screen leaves the review as it was. The worker is now warm, so this one
	// is a race: the longest document the generator takes, of reports that do not repeat, reads for about a second.
	const long = readdirSync(TUNE)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(`${TUNE}/${f}`, 'utf8'))
		.join('\n\n')
		.slice(0, 199_000);
	await paste(page, long);
	await page.getByRole('button', { name: 'Propose cards again' }).click();
	await page.getByRole('button', { name: 'Stop reading' }).press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Stopped reading' })).toHaveText(
		'Stopped reading: the cards below are as they were.'
	);
	await expect(page.getByRole('status').filter({ hasText: '7 proposed' })).toContainText('7 to decide');
	await shot(page, 'create-stopped', info.project.name);
});

test('publishing is refused without accepted cards, and an id in use needs confirming', async ({ page }) => {
	const dialogs = watchDialogs(page);
	await fillStory(page);
	await page.getByLabel('Deck id').fill('crocus-starter');
	await page.getByRole('button', { name: 'Propose cards' }).click();
	const publish = page.getByRole('region', { name: 'Publish' });
	await publish.getByRole('button', { name: 'Keep in this browser and study' }).click();
	await expect(publish.getByRole('alert')).toContainText('Accept at least one card');

	await page.getByRole('button', { name: 'Accept all in this group: Actors' }).click();
	await publish.getByRole('button', { name: 'Keep in this browser and study' }).click();
	await expect(publish.getByRole('alert')).toContainText('already uses the id “crocus-starter” (built into the site)');
	await publish.getByRole('button', { name: 'Keep both: change the id' }).click();
	await expect(page.getByLabel('Deck id')).toBeFocused();
	await page.getByLabel('Deck id').fill('harlow-actors');
	await publish.getByRole('button', { name: 'Keep in this browser and study' }).click();
	await expect(page).toHaveURL('/study/?deck=harlow-actors');

	// The same id again, from a fresh review: replacing needs a click on Replace.
	await fillStory(page);
	await page.getByLabel('Deck id').fill('harlow-actors');
	await page.getByRole('button', { name: 'Propose cards' }).click();
	await page.getByRole('button', { name: 'Accept all in this group: Tolls' }).click();
	await publish.getByRole('button', { name: 'Keep in this browser and study' }).click();
	await expect(publish.getByRole('alert')).toContainText('in this browser');
	await publish.getByRole('button', { name: 'Replace it and study' }).click();
	await expect(page).toHaveURL('/study/?deck=harlow-actors');
	await page.goto('/');
	await expect(page.getByRole('listitem').filter({ hasText: 'Gunmen storm Harlow theatre' })).toContainText('2 cards');
	expect(dialogs).toEqual([]);
});

test("a deck kept in this browser under a built-in deck's id is the one studied", async ({ page }) => {
	await fillStory(page);
	await page.getByLabel('Deck id').fill('crocus-starter');
	await page.getByRole('button', { name: 'Propose cards' }).click();
	await page.getByRole('button', { name: 'Accept all in this group: Actors' }).click();
	const publish = page.getByRole('region', { name: 'Publish' });
	await publish.getByRole('button', { name: 'Keep in this browser and study' }).click();
	await expect(publish.getByRole('alert')).toContainText('(built into the site)');
	await publish.getByRole('button', { name: 'Replace it and study' }).click();
	await expect(page).toHaveURL('/study/?deck=crocus-starter');
	// The copy kept here stands in for the site's file of that id, on a reload too.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gunmen storm Harlow theatre');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gunmen storm Harlow theatre');
	await expect(page.locator('article h2')).toBeVisible();
});

test('decks kept in another tab join a deck list already open there, each with its counts', async ({ context }) => {
	const home = await context.newPage();
	await home.goto('/');
	const rows = home.getByRole('listitem').filter({ hasText: 'Gunmen storm Harlow theatre' });
	// The list is drawn (two decks built into the site) before anything is kept.
	await expect(home.getByRole('listitem').first()).toContainText(/\d+ new, \d+ learning, \d+ due/);
	await expect(rows).toHaveCount(0);

	const tab = await context.newPage();
	for (const [id, group] of [
		['harlow-actors', 'Actors'],
		['harlow-tolls', 'Tolls']
	] as const) {
		await fillStory(tab);
		await tab.getByLabel('Deck id').fill(id);
		await tab.getByRole('button', { name: 'Propose cards' }).click();
		await tab.getByRole('button', { name: `Accept all in this group: ${group}` }).click();
		await tab
			.getByRole('region', { name: 'Publish' })
			.getByRole('button', { name: 'Keep in this browser and study' })
			.click();
		await expect(tab).toHaveURL(`/study/?deck=${id}`);
	}
	// The third and fourth decks of the list, neither drawn when the page opened: both shown, with their counts.
	await expect(rows).toHaveCount(2);
	for (const row of await rows.all()) {
		await expect(row).toContainText('kept in this browser');
		await expect(row).toContainText(/[1-9]\d* new, 0 learning, 0 due/);
	}
});

test('a document opened from an HTML file is read as text, and the screen fits 360 px', async ({ page }, info) => {
	const dialogs = watchDialogs(page);
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/create/');
	const html = `<html><body><h1>Gunmen storm Harlow theatre</h1>${STORY.split('\n\n')
		.slice(2)
		.map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`)
		.join('')}<script>alert(2)</script></body></html>`;
	await page
		.getByLabel('Open a file…')
		.setInputFiles({ name: 'harlow.html', mimeType: 'text/html', buffer: Buffer.from(html) });
	await expect(page.getByText('Opened harlow.html (HTML turned into plain text).')).toBeVisible();
	await expect(page.getByLabel('Document text')).toHaveValue(
		/^Gunmen storm Harlow theatre\n\nOn Friday, March 8, 2024/
	);
	await expect(page.getByLabel('Document text')).toHaveValue(/read <script>alert\(1\)<\/script> in large/);
	await page.getByLabel('Title', { exact: true }).fill('Gunmen storm Harlow theatre');
	await page.getByLabel('Author').fill('Mara Quist');
	await page.getByLabel('Publication date').fill('2024-03-09');
	await page.getByRole('button', { name: 'Propose cards' }).click();
	await expect(page.getByRole('region', { name: 'Tolls (2)' })).toBeVisible();
	// Below the cards on a narrow screen: Show in document goes down to the quote, and a button leads back to the card.
	await page.getByRole('button', { name: 'Show in document' }).first().click();
	await expect(documentPanel(page).locator('mark')).toBeInViewport();
	await documentPanel(page).getByRole('button', { name: 'Back to the card' }).click();
	await expect(
		page.getByRole('heading', { name: 'When did the attack on the Harlow theatre in Denvik take place?' })
	).toBeFocused();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await shot(page, 'create-narrow', info.project.name);
	expect(dialogs).toEqual([]);
});

/** A second report of the same attack: another toll, and a count the text ties to no event. */
const UPDATE = [
	'Harlow theatre toll rises',
	'An attack on the Harlow theatre in Denvik on March 8 killed 39 people, officials said on Sunday.',
	'The city council met on Monday to discuss security at public venues.',
	'Separately, police said 4 people were killed overnight.'
].join('\n\n');

/** Selects `text` inside the document panel's paragraph `n`, as a mouse or a finger would. */
async function selectInParagraph(page: Page, n: number, text: string) {
	await page.evaluate(
		([n, text]) => {
			const li = document.querySelector(`li[data-paragraph="${n}"]`)!;
			const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const i = node.textContent!.indexOf(text as string);
				if (i < 0) continue;
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + (text as string).length);
				const sel = window.getSelection()!;
				sel.removeAllRanges();
				sel.addRange(range);
				return;
			}
			throw new Error(`"${text}" is not in paragraph ${n}`);
		},
		[n, text] as const
	);
}

test('two reports of one attack: one merged event, the uncertain count first with its reason, a card added from a selection', async ({
	page
}, info) => {
	test.slow();
	const dialogs = watchDialogs(page);
	await fillStory(page);
	await page.getByRole('button', { name: 'Add another document' }).click();
	const second = page.getByRole('group', { name: 'Document 2' });
	await second.getByLabel('Document text').fill(UPDATE);
	await second.getByLabel('Title', { exact: true }).fill('Harlow theatre toll rises');
	await second.getByLabel('Publisher').fill('Nordic Wire');
	await second.getByLabel('Publication date').fill('2024-03-11');
	await page.getByRole('button', { name: 'Propose cards' }).click();

	// The attack both documents report is one event, and its toll keeps both sources' figures.
	const events = page.getByRole('region', { name: 'Events reported by more than one document' });
	await expect(events).toContainText(
		'the 8 March 2024 attack on the Harlow theatre in Denvik: merged from Denvik Courier (paragraph 3) and Nordic Wire (paragraph 2)'
	);
	const killed = card(page, 'How many people were killed in the 8 March 2024 attack on the Harlow theatre in Denvik?');
	await expect(killed).toContainText('The sources differ: Denvik Courier gives at least 37; Nordic Wire gives 39.');
	await events.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `screenshots/${info.project.name}-create-merged-event.png` });
	await killed.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `screenshots/${info.project.name}-create-merged-toll.png` });

	// The count tied to no event comes first, with the reason, and a group action leaves it undecided.
	const check = page.getByRole('region', { name: /^Needs check/ });
	await expect(check.getByRole('article')).toHaveCount(1);
	const uncertain = check.getByRole('article');
	await expect(uncertain).toContainText('Needs check: the sentence names no event');
	await expect(uncertain).toContainText('police said ____ people were killed overnight');
	await page.getByRole('button', { name: 'Accept all in this group: Tolls' }).click();
	await expect(uncertain).toContainText('To decide');
	await check.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `screenshots/${info.project.name}-create-needs-check.png` });

	// Select a passage of the document, and write a card from it: quote and paragraph come from the selection.
	await card(page, 'Who is the senior analyst at the Denvik Institute for Security Studies?')
		.getByRole('button', { name: 'Show in document' })
		.click();
	await selectInParagraph(page, 6, 'A leaflet left at the scene read <script>alert(1)</script>');
	const panel = documentPanel(page);
	await expect(panel).toContainText(
		'Selected in paragraph 6: “A leaflet left at the scene read <script>alert(1)</script>”'
	);
	await page.locator('li[data-paragraph="6"]').scrollIntoViewIfNeeded();
	await page.screenshot({ path: `screenshots/${info.project.name}-create-selection.png` });
	await panel.getByRole('button', { name: 'Add a card from the selection' }).click();
	const form = page.getByRole('form', { name: 'Add a card from the selection' });
	await expect(form.getByLabel('Paragraph')).toHaveValue('6');
	await expect(form.getByLabel('Evidence quote')).toHaveValue(
		'A leaflet left at the scene read <script>alert(1)</script>'
	);
	await form.getByLabel('Question').fill('What did the leaflet left at the Harlow theatre read?');
	await form.getByLabel('Answer').fill('<script>alert(1)</script>');
	await form.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `screenshots/${info.project.name}-create-add-from-selection.png` });
	await form.getByRole('button', { name: 'Add card' }).click();
	const added = card(page, 'What did the leaflet left at the Harlow theatre read?');
	await expect(added).toContainText('Edited, accepted');
	await expect(added).toContainText('<script>alert(1)</script>');
	// The review with its needs-check cards, merged events and selection bar passes axe-core.
	const audit = await new AxeBuilder({ page }).include('main').analyze();
	expect(audit.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	expect(dialogs).toEqual([]);
});
