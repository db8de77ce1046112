import AxeBuilder from '@axe-core/playwright';
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
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		// The dark theme changes colours and nothing else (app.css's one `prefers-color-scheme: dark` block sets
		// colours only), so in the dark only the rules that read colours run again; the light pass runs them all.
		// Only violations fail the gate; details of what passed are not collected.
		const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
		if (colorScheme === 'dark') axe.withRules(DARK_RULES);
		const { violations } = await axe.analyze();
		const found = violations.map(
			(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
		);
		expect(found, `axe violations on ${state}, ${colorScheme}`).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: null });
}

/** The page is no wider than the screen: wide tables scroll inside their own box and long words wrap. */
export async function expectNoSidewaysScroll(page: Page) {
	const width = page.viewportSize()?.width ?? 0;
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}
