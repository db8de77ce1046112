import { expect, test, type Page } from './fixtures';
import type { Deck } from '../../src/lib/decks/schema';
import { assignedDeckId } from '../../src/lib/assignments/resolve';
import type { Assignment } from '../../src/lib/share/assignment';
import { encodeAssignmentLink } from '../../src/lib/share/link';
import { expectNoSidewaysScroll, shot, STARTER } from './helpers';

/** Chromium reports every blocked script, style or fetch on the console as "Refused to … Content Security Policy". */
function violations(page: Page): string[] {
	const seen: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
	});
	return seen;
}

const PAGES = [
	'/',
	`/study/?deck=${STARTER.id}`,
	`/settings/?deck=${STARTER.id}`,
	'/progress/',
	'/create/',
	`/assign/?deck=${STARTER.id}`,
	'/join/',
	'/report/',
	'/class/'
];

test('every page carries the policy, with no inline script allowed but its own, and breaks none of it', async ({
	page
}) => {
	const seen = violations(page);
	for (const path of PAGES) {
		await page.goto(path);
		await expect(page.locator('main')).toBeVisible();
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, path).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
		expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
		expect(policy, path).toMatch(/object-src 'none'/);
	}
	expect(seen).toEqual([]);
});

/** Markup that would run if any screen treated deck text as HTML. */
const HOSTILE = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">';

test('deck fields holding <script> show as text and run nothing', async ({ page }, info) => {
	const seen = violations(page);
	let dialog = false;
	page.on('dialog', async (d) => {
		dialog = true;
		await d.dismiss();
	});
	await page.goto('/');
	const starter = (await (await page.request.get(`/data/decks/${STARTER.id}.json`)).json()) as Deck;
	const deck: Deck = {
		...starter,
		id: 'hostile-markup',
		title: `Title ${HOSTILE}`,
		cards: starter.cards.slice(0, 2).map((c) => ({ ...c, prompt: `Prompt ${HOSTILE}`, explanation: HOSTILE }))
	};
	const assignment: Assignment = {
		id: 'hostile-e2e',
		title: `Assignment ${HOSTILE}`,
		instructions: HOSTILE,
		from: 'Maj. A. Petrova',
		dueDate: '2099-01-01',
		target: { allStudied: true, minRecall: 0.9 },
		deck,
		createdAt: new Date().toISOString(),
		version: 1,
		secret: 'aG9zdGlsZS1tYXJrdXAtMQ'
	};
	// The deck travels inside the link (it is not the app's own), so it is kept under the assignment's own id.
	const link = await encodeAssignmentLink(assignment, new URL('/join/', info.project.use.baseURL).href, false);
	await page.goto(link.url);
	await expect(page.getByText(`Assignment ${HOSTILE}`).first()).toBeVisible();
	await page.getByRole('button', { name: 'Accept assignment' }).click();
	await expect(page.getByText('Saved in this browser.')).toBeVisible();

	await page.goto(`/study/?deck=${assignedDeckId(assignment.id, deck.id)}`);
	await expect(page.locator('article h2')).toHaveText(`Prompt ${HOSTILE}`);
	await page.goto('/');
	await expect(page.getByText(`Title ${HOSTILE}`).first()).toBeVisible();
	await shot(page, 'hostile-markup-home', info.project.name);
	// Its long unbroken "word" wraps inside the deck row rather than widening the page.
	await expectNoSidewaysScroll(page);

	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialog).toBe(false);
	expect(seen).toEqual([]);
});
