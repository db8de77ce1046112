import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
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

/** The axe rules whose outcome depends on colour: text contrast, and links told apart from text by colour. */
const DARK_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Fails on any axe-core violation on the page as it is now, in the light and the dark colour scheme. The message lists
 * each rule with the elements it found, so a failure says what to fix.
 */
export async function expectAccessible(page: Page, state: string) {
	// A page checked while it still loads has no title or heading yet: wait for the screen the user would see.
	await expect(page).toHaveTitle(/\S/);
	await expect(page.locator('h1').first()).toBeVisible();
	// Every rule, light. Only violations fail the gate; details of what passed are not collected.
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
	expect(described(light.violations), `axe violations on ${state}, light`).toEqual([]);
	// The dark theme changes colours and nothing else (app.css's one `prefers-color-scheme: dark` block sets colours
	// only), so in the dark only the rules that read colours run again, with the axe the light pass put in the page:
	// putting it in again costs about a second a state.
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await page.evaluate(
		(rules) =>
			(window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
				runOnly: { type: 'rule', values: rules },
				resultTypes: ['violations']
			}),
		DARK_RULES
	);
	expect(described(dark.violations), `axe violations on ${state}, dark`).toEqual([]);
	await page.emulateMedia({ colorScheme: null });
}

/** Each rule with the elements it found, so a failure says what to fix. */
function described(violations: Result[]): string[] {
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
}

/** The page is no wider than the screen: wide tables scroll inside their own box and long words wrap. */
export async function expectNoSidewaysScroll(page: Page) {
	const width = page.viewportSize()?.width ?? 0;
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}
