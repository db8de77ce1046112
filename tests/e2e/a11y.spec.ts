/**
 * Accessibility as a gate: axe-core on every screen and state a user meets, light and dark, failing on any
 * violation. Each test walks one screen through its states with as few steps as reach them.
 */
import { expect, test, type Page } from './fixtures';
import { expectAccessible, STARTER } from './helpers';

// Each check runs axe twice (light and dark), a second or two each on a shared machine; the walks are long.
test.describe.configure({ timeout: 120_000 });

async function studyIn(page: Page, mode: 'Reveal' | 'Type' | 'Choice') {
	await page.goto(`/study/?deck=${STARTER.id}`);
	await page.getByLabel('Answer by').selectOption({ label: mode });
	await expect(page.getByRole('article')).toBeVisible();
}

test('home and progress', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.counts').first()).toBeVisible();
	await expectAccessible(page, 'home');
	await page.goto('/progress/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page, 'progress');
});

test('study: prompt and answer when revealing, typing and choosing, and the summary', async ({ page }) => {
	await studyIn(page, 'Reveal');
	await expectAccessible(page, 'study prompt, reveal');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
	await expectAccessible(page, 'study answer, reveal');

	await studyIn(page, 'Type');
	await expect(page.getByRole('textbox')).toBeVisible();
	await expectAccessible(page, 'study prompt, typed');
	await page.getByRole('textbox').fill('130');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
	await expectAccessible(page, 'study answer, typed');

	await studyIn(page, 'Choice');
	const options = page.getByRole('group', { name: 'Options' }).getByRole('button');
	await expect(options.first()).toBeVisible();
	await expectAccessible(page, 'study prompt, choice');
	await options.first().click();
	await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
	await expectAccessible(page, 'study answer, choice');
});

test('study: a cloze card, typed into its gap, and the summary', async ({ page }) => {
	// Cards before the starter deck's cloze card (its gap shows as a blank in Reveal) are passed with Space and 4.
	await studyIn(page, 'Reveal');
	for (let i = 0; i < STARTER.cards; i++) {
		const before = await page.locator('article h2').textContent();
		if (before?.includes('_____')) break;
		await page.locator('article h2').focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
		await expect(page.locator('article h2')).not.toHaveText(before ?? '');
	}
	await page.getByLabel('Answer by').selectOption({ label: 'Type' });
	const gap = page.getByRole('textbox', { name: 'Missing words' });
	await expect(gap).toBeVisible();
	await expectAccessible(page, 'study prompt, cloze');
	await gap.fill('amplify its reputation');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
	await expectAccessible(page, 'study answer, cloze');
	await page.keyboard.press('4');
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	await expectAccessible(page, 'study summary');
});

test('settings with errors', async ({ page }) => {
	await page.goto(`/settings/?deck=${STARTER.id}`);
	await expectAccessible(page, 'settings');
	await page.getByLabel('Learning steps', { exact: true }).fill('soon');
	await page.getByLabel('Desired retention').fill('2');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText(/retention/i).nth(1)).toBeVisible();
	await expectAccessible(page, 'settings with errors');
});

test('create with proposals', async ({ page }) => {
	await page.goto('/create/');
	await expectAccessible(page, 'create, empty');
	await page
		.getByLabel('Document text')
		.fill(
			[
				'Gunmen storm Harlow theatre',
				'On Friday, March 8, 2024, gunmen opened fire at the Harlow theatre in Denvik, killing at least 37 people.',
				'The following day, a group calling itself the Eastern Shield claimed responsibility.'
			].join('\n\n')
		);
	await page.getByLabel('Title', { exact: true }).fill('Gunmen storm Harlow theatre');
	await page.getByLabel('Publisher').fill('Denvik Courier');
	await page.getByLabel('Publication date').fill('2024-03-09');
	await page.getByRole('button', { name: 'Propose cards' }).click();
	await expect(page.getByRole('button', { name: /^Accept all in this group/ }).first()).toBeVisible();
	await expectAccessible(page, 'create with proposals');
});

test('assign, join, report and class with reports', async ({ page }) => {
	await page.goto(`/assign/?deck=${STARTER.id}`);
	await expect(page.getByLabel('From (your name, as trainees will see it)')).toBeVisible();
	await expectAccessible(page, 'assign');
	await page.getByLabel('From (your name, as trainees will see it)').fill('Maj. A. Petrova');
	await page.getByRole('button', { name: 'Make assignment link' }).click();
	const link = await page.getByLabel(/^Assignment link/).inputValue();
	await expectAccessible(page, 'assign with its link');

	await page.goto(link);
	await expect(page.getByRole('button', { name: 'Accept assignment' })).toBeVisible();
	await expectAccessible(page, 'join');
	await page.getByRole('button', { name: 'Accept assignment' }).click();
	await expect(page.getByText('Saved in this browser.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Change the briefing' })).toBeVisible();
	await expectAccessible(page, 'join, accepted');

	await page.goto('/');
	await expectAccessible(page, 'home with an assignment');
	await page.getByRole('region', { name: 'Assignments' }).getByRole('link', { name: 'Send report' }).click();
	await page.getByLabel('Your name').fill('Anna Lee');
	await page.getByRole('button', { name: 'Make report' }).click();
	const text = await page.getByLabel('Report text, to paste into a message').inputValue();
	await expectAccessible(page, 'report');

	await page.goto('/class/');
	await expectAccessible(page, 'class, empty');
	await page.getByLabel(/^Or paste report text/).fill(text);
	await page.getByRole('button', { name: 'Read pasted reports' }).click();
	// A table on a wide screen, a card per trainee on a phone.
	await expect(page.getByText('Anna Lee').filter({ visible: true }).first()).toBeVisible();
	await expectAccessible(page, 'class with reports');
});

test.describe('the home page as first drawn, before its scripts run', () => {
	// The one page drawn in full before its scripts run (the others render in the browser): its main navigation marks
	// where the reader is from the first frame, so the entry's bold type does not move the row when scripts start.
	test.use({ javaScriptEnabled: false });
	test('marks “Decks” as the current page in the main navigation', async ({ page }) => {
		await page.goto('/');
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav.locator('[aria-current="page"]')).toHaveText('Decks');
		await expect(nav.locator('[aria-current]')).toHaveCount(1);
	});
});
