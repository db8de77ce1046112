import { expect, test, type Page } from './fixtures';
import { openStudy, shot } from './helpers';

// The checker reads quantities whole: another month is another date, and "130+" is "more than 130".
test.use({ viewport: { width: 390, height: 844 } });

const feedback = (page: Page) => page.getByRole('region', { name: 'Answer' });

test('typed answers: a different month is wrong, not close; a headline "130+" is the toll', async ({ page }, info) => {
	await openStudy(page);
	await page.getByLabel('Answer by').selectOption('typed');
	const field = page.getByRole('textbox', { name: 'Your answer' });

	await field.fill('22 May 2024');
	await page.keyboard.press('Enter');
	await expect(feedback(page).getByText('Wrong', { exact: true })).toBeVisible();
	await expect(feedback(page)).toContainText('Wrong month (expected 22 March 2024)');
	await shot(page, 'feedback-wrong-month', info.project.name);
	await page.getByRole('button', { name: /^Easy,/ }).click();

	await expect(page.locator('article h2')).toContainText('How many people were killed');
	await field.fill('130+');
	await page.keyboard.press('Enter');
	await expect(feedback(page).getByText('Correct', { exact: true })).toBeVisible();
	await shot(page, 'feedback-headline-toll', info.project.name);
});
