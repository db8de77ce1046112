import { expect, test, type Page } from './fixtures';
import { openStudy, promptText, shot, STARTER, studyCounts } from './helpers';

// Every drill here runs on a phone-sized screen; the desktop project adds a mouse and a hardware keyboard.
test.use({ viewport: { width: 390, height: 844 } });

const answerBy = (page: Page) => page.getByLabel('Answer by');
const feedback = (page: Page) => page.getByRole('region', { name: 'Answer' });
const suggested = (page: Page) => page.getByRole('button', { name: /, suggested$/ });

/** Grades the first `n` cards Easy by keyboard in Reveal mode, so a drill can start at a later card. */
async function skipCards(page: Page, n: number) {
	await answerBy(page).selectOption('reveal');
	for (let i = 0; i < n; i++) {
		const before = await promptText(page);
		await page.locator('article h2').focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
		await expect.poll(() => promptText(page)).not.toBe(before);
	}
}

test('typed answers: a wrong date suggests Again and can be overridden, a bare toll is correct and suggests Good', async ({
	page
}, info) => {
	// A fixed clock lets the test take "a while" to answer, so the suggestion is Good rather than Easy.
	await page.clock.install({ time: new Date('2024-04-01T09:00:00+03:00') });
	await openStudy(page);
	await answerBy(page).selectOption('typed');

	const field = page.getByRole('textbox', { name: 'Your answer' });
	await expect(field).toBeFocused();
	await expect(field).toHaveAttribute('inputmode', 'text');
	await expect(field).toHaveAttribute('autocomplete', 'off');
	await expect(field).toHaveAttribute('autocapitalize', 'off');
	await expect(field).toHaveAttribute('spellcheck', 'false');
	await expect(field).toHaveAttribute('enterkeyhint', 'done');
	expect((await field.boundingBox())!.y).toBeLessThan(844 * 0.4);
	await shot(page, 'answer-typed', info.project.name);

	await field.fill('5 May 2020');
	await page.keyboard.press('Enter');
	await expect(feedback(page).getByText('Wrong', { exact: true })).toBeVisible();
	await expect(feedback(page)).toContainText('22 March 2024');
	await expect(feedback(page)).toContainText('You typed 5 May 2020');
	await expect(suggested(page)).toHaveAccessibleName(/^Again,/);
	await expect(feedback(page).getByRole('figure')).toContainText(
		'at the Crocus City Hall theater in Moscow on March 22'
	);
	await shot(page, 'feedback-typed-wrong', info.project.name);
	// Nothing is saved yet: the learner overrides the suggestion with Easy, and the card leaves today's queue.
	await expect(studyCounts(page)).toContainText(`${STARTER.cards} new, 0 learning, 0 due`);
	await page.getByRole('button', { name: /^Easy,/ }).click();
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new, 0 learning, 0 due`);

	await expect(page.locator('article h2')).toContainText(
		'How many people were killed in the attack on Crocus City Hall?'
	);
	// "more than 130" needs letters, so the text keyboard, not the number pad.
	await expect(field).toHaveAttribute('inputmode', 'text');
	await expect(field).toBeFocused();
	await page.clock.fastForward(20_000);
	await page.keyboard.type('130');
	await page.keyboard.press('Enter');
	await expect(feedback(page).getByText('Correct', { exact: true })).toBeVisible();
	await expect(feedback(page)).toContainText('more than 130');
	await expect(suggested(page)).toHaveAccessibleName(/^Good,/);
	await shot(page, 'feedback-typed-correct', info.project.name);
	// Enter accepts the suggestion: Good keeps a new card in its learning steps.
	await page.keyboard.press('Enter');
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 2} new, 1 learning, 0 due`);
});

test('multiple choice: options by tap and by key, the answer marked, then digits grade', async ({ page }, info) => {
	await openStudy(page);
	await expect(answerBy(page)).toHaveValue('auto');
	const options = page.getByRole('group', { name: 'Options' }).getByRole('button');
	await expect(options).toHaveCount(4);
	for (const box of await Promise.all((await options.all()).map((o) => o.boundingBox())))
		expect(box!.height).toBeGreaterThanOrEqual(44);

	await options.filter({ hasText: '22 March 2024' }).click();
	await expect(feedback(page).getByText('Correct', { exact: true })).toBeVisible();
	await expect(options.filter({ hasText: '22 March 2024' })).toContainText('answer');
	await expect(options.first()).toBeDisabled();
	// A pick shows recognition, so even a fast right pick suggests Good, not Easy.
	await expect(suggested(page)).toHaveAccessibleName(/^Good,/);
	await page.keyboard.press('Enter');
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new, 1 learning, 0 due`);

	// The toll card: pick a wrong option by its letter.
	await expect(page.locator('article h2')).toContainText('How many people were killed in the attack');
	const texts = await options.allTextContents();
	const wrong = texts.findIndex((t) => t.includes('more than 90'));
	expect(wrong).toBeGreaterThanOrEqual(0);
	await page.keyboard.press('ABCD'[wrong]!);
	await expect(feedback(page).getByText('Wrong', { exact: true })).toBeVisible();
	await expect(feedback(page)).toContainText('Not this one: the answer is more than 130');
	await expect(options.nth(wrong)).toContainText('your pick');
	await expect(options.filter({ hasText: 'more than 130' })).toContainText('answer');
	await expect(suggested(page)).toHaveAccessibleName(/^Again,/);
	await shot(page, 'feedback-choice', info.project.name);
	// Now "3" grades Good (overriding Again) instead of picking the third option.
	await page.keyboard.press('3');
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 2} new, 2 learning, 0 due`);
	await expect(page.locator('article h2')).toContainText('How many people were injured');
});

test('cloze: the missing words are typed into the gap', async ({ page }, info) => {
	await openStudy(page);
	// The cloze card is last; one card before it is buried as the sibling of another.
	await skipCards(page, STARTER.cards - 2);
	await answerBy(page).selectOption('choice');
	// Even in multiple-choice mode a cloze card is answered by filling its gap.
	const gap = page.locator('article h2').getByRole('textbox', { name: 'Missing words' });
	await expect(gap).toBeVisible();
	await expect(gap).toBeFocused();
	await shot(page, 'answer-cloze', info.project.name);
	await expect(page.getByRole('group', { name: 'Options' })).toHaveCount(0);
	await gap.fill('amplify reputation');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(feedback(page).getByText('Close', { exact: true })).toBeVisible();
	await expect(feedback(page).locator('mark')).toHaveText('its ');
	await expect(suggested(page)).toHaveAccessibleName(/^Hard,/);
	await expect(page.locator('article h2')).toContainText('to remain relevant, amplify its reputation and sustain');
	await shot(page, 'feedback-cloze-close', info.project.name);
	await page.getByRole('button', { name: /^Good,/ }).click();
	await expect(studyCounts(page)).toContainText('0 new, 1 learning, 0 due');
});

test('sources differ: the other source’s toll is accepted, and the feedback says which source it matched', async ({
	page
}, info) => {
	await openStudy(page);
	await skipCards(page, 5);
	await answerBy(page).selectOption('typed');
	await expect(page.locator('article h2')).toContainText('Kerman');
	await page.getByRole('textbox', { name: 'Your answer' }).fill('almost 100');
	await page.keyboard.press('Enter');
	await expect(feedback(page).getByText('Correct', { exact: true })).toBeVisible();
	await expect(feedback(page)).toContainText(
		'Sources differ; your answer matches almost 100 in What to Make of the ISIS-K Attack on Moscow (Daniel Byman)'
	);
	await shot(page, 'feedback-variant', info.project.name);
});

test('the deck’s answer mode is set on the settings screen and the study screen can change it for the session', async ({
	page
}) => {
	await page.goto(`/settings/?deck=${STARTER.id}`);
	await page.getByRole('radio', { name: /^Type/ }).check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('Saved');

	await openStudy(page);
	await expect(answerBy(page)).toHaveValue('typed');
	await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeFocused();
	await answerBy(page).selectOption('reveal');
	await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	// The session's choice is not saved: a new session starts from the deck's setting again.
	await page.reload();
	await expect(answerBy(page)).toHaveValue('typed');
});

test('phone: the Check button sits in the thumb zone and nothing scrolls sideways', async ({ page }) => {
	await openStudy(page);
	await answerBy(page).selectOption('typed');
	const check = await page.getByRole('button', { name: 'Check' }).boundingBox();
	expect(check!.height).toBeGreaterThanOrEqual(44);
	expect(check!.y + check!.height).toBeGreaterThan(844 - 100);
	const picker = await answerBy(page).boundingBox();
	expect(picker!.height).toBeGreaterThanOrEqual(44);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('Show answer on a choice card marks the right option and takes the options out of play', async ({ page }) => {
	await openStudy(page);
	await answerBy(page).selectOption('choice');
	const options = page.getByRole('group', { name: 'Options' }).getByRole('button');
	await expect(options).toHaveCount(4);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(options.filter({ hasText: '22 March 2024' })).toContainText('answer');
	for (const option of await options.all()) await expect(option).toBeDisabled();
	await expect(page.getByRole('button', { name: /^Good,/ })).toBeVisible();
});

test('Space reveals a choice card', async ({ page }) => {
	await openStudy(page);
	await answerBy(page).selectOption('choice');
	await page.locator('article h2').focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Options' }).getByRole('button').first()).toBeDisabled();
	await expect(page.getByRole('button', { name: /^Again,/ })).toBeVisible();
});

test('a cloze card in reveal mode shows its gap, then the words that fill it', async ({ page }) => {
	// The motive cram set holds just the cloze card.
	await page.goto(`/study/?deck=${STARTER.id}&cram=kind:motive`);
	await answerBy(page).selectOption('reveal');
	// The header counts what is left of the cram set, not today's new cards.
	await expect(page.getByText('1 left to cram')).toBeVisible();
	const prompt = page.locator('article h2');
	await expect(prompt).toContainText('to remain relevant, _____ and sustain');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(prompt).toContainText('to remain relevant, amplify its reputation and sustain');
});
