import { expect, type Page } from '@playwright/test';

export const STARTER = { id: 'crocus-starter', title: 'Crocus City Hall attack — the essentials', cards: 12 };

export async function openStudy(page: Page, deckId = STARTER.id) {
	await page.goto(`/study/?deck=${deckId}`);
	await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
}

/** The counts line of the study screen, e.g. "12 new, 0 learning, 0 due". */
export function studyCounts(page: Page) {
	return page.locator('header .counts');
}

export async function revealAndGrade(page: Page, grade: 'Again' | 'Hard' | 'Good' | 'Easy') {
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: new RegExp(`^${grade},`) }).click();
}

export async function promptText(page: Page): Promise<string> {
	return (await page.locator('article h2').textContent())?.trim() ?? '';
}

/** Saves a screenshot under screenshots/ (git-ignored) for a person to look at. */
export async function shot(page: Page, name: string, project: string) {
	await page.screenshot({ path: `screenshots/${project}-${name}.png`, fullPage: true });
}
