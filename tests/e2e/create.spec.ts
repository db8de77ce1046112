import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
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
		['Dates', 2],
		['Tolls', 2],
		['Actors', 2],
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
	const killed = card(page, 'How many people were killed in the attack in Denvik?');
	await killed.getByRole('button', { name: 'Show in document' }).click();
	await expect(documentPanel(page).locator('mark')).toHaveText(
		'at the Harlow theatre in Denvik, killing at least 37 people and wounding more than 90 others.'
	);
	await expect(documentPanel(page).locator('li.cited')).toHaveAttribute('value', '3');
	// Markup in the document is shown as characters and never runs.
	await expect(documentPanel(page)).toContainText(
		'A leaflet left at the scene read <script>alert(1)</script> in large letters.'
	);
	await shot(page, 'create-review', info.project.name);

	// Reject one.
	const injured = card(page, 'How many people were injured in the attack in Denvik?');
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
		'4 accepted, 1 rejected, 2 to decide'
	);

	const publish = page.getByRole('region', { name: 'Publish' });
	await expect(publish).toContainText('4 cards will go into the deck');
	const download = page.waitForEvent('download');
	await publish.getByRole('button', { name: 'Download deck file' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${DECK_ID}.yaml`);
	// The file is a deck file as decks/ expects it: the deck parser accepts it, with the cards kept above.
	const parsed = parseDeck(readFileSync(await file.path(), 'utf8'), file.suggestedFilename());
	expect(parsed.ok && parsed.deck.cards.map((c) => c.id)).toEqual([
		'harlow-date',
		'denvik-killed',
		'date-2024-03-09',
		'lena-ortiz-role'
	]);
	await shot(page, 'create-publish', info.project.name);

	await publish.getByRole('button', { name: 'Keep in this browser and study' }).click();
	await expect(page).toHaveURL(`/study/?deck=${DECK_ID}`);
	// The first kept card, a fill-in-the-gap date; the study screen draws the gap itself, so only the words are compared.
	await expect(page.locator('article h2')).toHaveText(/^On\W*, gunmen opened fire at the Harlow theatre in$/);
	await shot(page, 'create-study', info.project.name);

	await page.goto('/');
	const row = page.getByRole('listitem').filter({ hasText: 'Gunmen storm Harlow theatre' });
	await expect(row).toContainText('4 cards · kept in this browser');
	expect(dialogs).toEqual([]);
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
		page.getByRole('heading', { name: 'On ____, gunmen opened fire at the Harlow theatre in' })
	).toBeFocused();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await shot(page, 'create-narrow', info.project.name);
	expect(dialogs).toEqual([]);
});
