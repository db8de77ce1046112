import { expect, test, type Page } from './fixtures';
import type { Deck } from '../../src/lib/decks/schema';
import type { Assignment } from '../../src/lib/share/assignment';
import { encodeAssignmentLink } from '../../src/lib/share/link';
import { encodeReportFile, encodeReportText } from '../../src/lib/share/report-codec';
import { shot, STARTER } from './helpers';
import { assignmentOf, msUntilAlert, signedReport, storage } from './share-helpers';

const FORGED_SECRET = 'Zm9yZ2VkLXNlY3JldC0xMg';
const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

function day(days: number): string {
	const d = new Date();
	d.setDate(d.getDate() + days);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function builtIn(page: Page, id: string): Promise<Deck> {
	return (await (await page.request.get(`/data/decks/${id}.json`)).json()) as Deck;
}

function assignment(deck: Deck, over: Partial<Assignment> = {}): Assignment {
	return {
		id: 'crocus-e2e',
		title: 'Crocus briefing',
		instructions: 'Learn these before Monday.',
		from: 'Maj. A. Petrova',
		dueDate: day(3),
		target: { allStudied: true, minRecall: 0.9 },
		deck,
		createdAt: new Date().toISOString(),
		version: 1,
		secret: 'c2VjcmV0LXNlY3JldC0xMg',
		...over
	};
}

/** The instructor makes an assignment of `deckId` on the assign screen; returns its link. */
async function assign(page: Page, deckId: string): Promise<string> {
	await page.goto(`/assign/?deck=${deckId}`);
	await page.getByLabel('From (your name, as trainees will see it)').fill('Maj. A. Petrova');
	await page.getByRole('button', { name: 'Make assignment link' }).click();
	return page.getByLabel(/^Assignment link/).inputValue();
}

test.describe('refusals on the join screen', () => {
	test('a link may not replace a built-in deck: its deck gets its own id, the built-in one stays', async ({
		page
	}, info) => {
		await page.goto('/');
		const starter = await builtIn(page, STARTER.id);
		const changed = {
			...starter,
			cards: [{ ...starter.cards[0]!, answer: 'A wrong answer' }, ...starter.cards.slice(1)]
		};
		const base = new URL('/join/', info.project.use.baseURL).href;
		await page.goto((await encodeAssignmentLink(assignment(changed), base, false)).url);
		await page.getByRole('button', { name: 'Accept assignment' }).click();
		await expect(page.getByText('Saved in this browser.')).toBeVisible();
		await page.goto('/');
		// The built-in deck is still the built-in one; the assignment's copy is listed beside it, removable.
		const rows = page.getByRole('listitem').filter({ hasText: STARTER.title });
		await expect(rows).toHaveCount(2);
		await expect(rows.filter({ hasText: 'kept in this browser' })).toHaveCount(1);
		expect(Object.keys(await storage(page)).some((k) => k === `bt:deck:${STARTER.id}`)).toBe(false);
		await shot(page, 'home-local-deck', info.project.name);
		// A deck kept in this browser can be removed from the list once confirmed; the built-in one cannot.
		const remove = page.getByRole('button', { name: `Remove ${STARTER.title} from this browser` });
		await expect(remove).toHaveCount(1);
		page.once('dialog', (d) => void d.dismiss());
		await remove.click();
		await expect(rows).toHaveCount(2);
		page.once('dialog', (d) => void d.accept());
		await remove.click();
		await expect(rows).toHaveCount(1);
		await expect(rows.filter({ hasText: 'kept in this browser' })).toHaveCount(0);
	});

	test('the app’s copy of a shipped deck differs from the one assigned: the join screen says so and shows what changed', async ({
		page
	}, info) => {
		await page.goto('/');
		const starter = await builtIn(page, STARTER.id);
		// What the instructor's older app had: card 2 with another answer, and one card the app has since dropped.
		const older = {
			...starter,
			cards: [
				starter.cards[0]!,
				{ ...starter.cards[1]!, answer: 'An older answer' },
				...starter.cards.slice(2),
				{ ...starter.cards[0]!, id: 'dropped-card' }
			]
		};
		const base = new URL('/join/', info.project.use.baseURL).href;
		const link = await encodeAssignmentLink(assignment(older), base, true);
		expect(link.byReference).toBe(true);
		await page.goto(link.url);
		const drift = page
			.getByRole('alert')
			.filter({ has: page.getByRole('heading', { name: /differs from the one assigned/ }) });
		await expect(drift).toContainText(
			'1 card in your copy is new or changed, and 2 assigned cards are no longer in it as assigned'
		);
		await expect(drift.getByRole('listitem')).toHaveText([starter.cards[1]!.prompt]);
		await expect(page.getByRole('button', { name: 'Accept with the cards in my copy' })).toBeVisible();
		await shot(page, 'join-changed', info.project.name);
	});

	// How long a refusal takes is measured by `npm run bench:browser` (refusal figures), not here: a wall-clock limit in
	// a test fails on a busy machine whatever the code does.
	test('a 300,000-character link is refused with a message, and nothing stored changes', async ({ page }) => {
		await page.goto('/join/');
		const before = await storage(page);
		const huge = `#a=2.${'A'.repeat(300_000)}`;
		await msUntilAlert(page, { kind: 'hash', text: huge }, 'This link has 300,005 characters');
		await expect(page.getByRole('alert')).toContainText(
			'so it was not opened. Ask for the assignment file instead. Nothing was saved.'
		);
		// The same link pasted into the box.
		await page.goto('/join/');
		await msUntilAlert(
			page,
			{ kind: 'paste', text: `https://example.org/join/${huge}`, box: '#paste-link', form: 'form.paste' },
			'This link has 300,030 characters'
		);
		expect(await storage(page)).toEqual(before);
	});
});

test.describe('refusals in the class view', () => {
	test('a 60,000-character report is refused with a message', async ({ page }) => {
		await page.goto('/class/');
		const text = `BT-REPORT 2 00000000\n${'A'.repeat(60_000)}\nBT-REPORT END`;
		await msUntilAlert(
			page,
			{ kind: 'paste', text, box: '#report-paste', form: 'section[aria-label="Add reports"] form' },
			'a report has at most 30,000'
		);
		await expect(page.getByRole('alert')).toContainText('This report has 60,035 characters');
	});

	test('20,000 nested brackets, a forged report and self-contradicting counts are refused by name; the good reports load; nothing kept changes', async ({
		page
	}) => {
		const link = await assign(page, STARTER.id);
		const a = await assignmentOf(page, link);
		const n = a.deck.cards.length;
		const vera = await signedReport(a, 'Vera Sokolova', Array<number>(n).fill(0.95));
		await page.goto('/class/');
		await page.getByLabel('Open report files').setInputFiles([json('vera.json', encodeReportFile(vera))]);
		await expect(page.getByRole('heading', { name: 'Reports kept in this browser (1)' })).toBeVisible();
		const before = await storage(page);

		const deep = `{"format":"briefing-trainer-report","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
		const forged = await signedReport(a, 'Vera Sokolova', Array<number>(n).fill(0.1), { secret: FORGED_SECRET });
		const good = await signedReport(a, 'Anna Lee', Array<number>(n).fill(0.96));
		const lying = await signedReport(a, 'Boris Orlov', Array<number>(n).fill(0.9));
		const contradiction = { ...lying, cards: lying.cards.map((c, i) => (i === 0 ? { ...c, lapses: 5 } : c)) };
		await page
			.getByLabel('Open report files')
			.setInputFiles([
				json('deep.json', deep),
				json('forged.json', encodeReportFile(forged)),
				json('boris.json', encodeReportFile(contradiction)),
				json('anna.json', encodeReportFile(good))
			]);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('deep.json: This report holds data nested far deeper than any report');
		await expect(alert).toContainText(`forged.json: this report from Vera Sokolova is not signed with the secret of`);
		await expect(alert).toContainText(
			'boris.json: This report is not valid (cards[0].lapses (5) is more than cards[0].reviews (2))'
		);
		await expect(page.getByRole('heading', { name: 'Reports kept in this browser (2)' })).toBeVisible();
		// Vera's real report is still the one counted.
		await expect(
			page.getByText(/Reports are signed with a secret that only your assignment link or file carries/)
		).toBeVisible();
		const kept = await storage(page);
		const { ['bt:rec:class-reports']: _after, ...rest } = kept;
		const { ['bt:rec:class-reports']: before1, ...restBefore } = before;
		expect(rest).toEqual(restBefore);
		expect(_after).toContain(before1!.slice(1, -1));
	});

	test('three trainees on a phone, and a report dated 2099 never decides which assignment is shown', async ({
		page
	}, info) => {
		const older = await assignmentOf(page, await assign(page, STARTER.id));
		const newer = await assignmentOf(page, await assign(page, 'crocus-city-hall'));
		const n = newer.deck.cards.length;
		const reports = [
			await signedReport(newer, 'Anna Lee', Array<number>(n).fill(0.96)),
			await signedReport(
				newer,
				'Boris Orlov',
				newer.deck.cards.map((_, i) => (i < 30 ? 0.88 : null))
			),
			await signedReport(newer, 'Vera Sokolova', Array<number | null>(n).fill(null)),
			await signedReport(older, 'Gleb Future', Array<number>(older.deck.cards.length).fill(1), {
				generatedAt: new Date('2099-01-01T00:00:00Z')
			})
		];
		await page.goto('/class/');
		await page.getByLabel(/^Or paste report text/).fill(reports.map(encodeReportText).join('\n'));
		await page.getByRole('button', { name: 'Read pasted reports' }).click();
		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Assignment' })).toHaveValue(newer.id);
		await expect(page.getByRole('heading', { name: 'Reports kept in this browser (3)' })).toBeVisible();
		for (const [name, status] of [
			['Anna Lee', 'ready'],
			['Boris Orlov', /on track|behind/],
			['Vera Sokolova', 'not started']
		] as const) {
			const where =
				info.project.name === 'phone'
					? page.getByRole('list', { name: 'Trainees' }).getByRole('listitem').filter({ hasText: name })
					: page.getByRole('row', { name: new RegExp(name) });
			await expect(where).toContainText(status);
		}
		await page.setViewportSize({ width: 360, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.setViewportSize(info.project.use.viewport ?? { width: 390, height: 844 });
		await shot(page, 'class-three', info.project.name);

		await page.getByRole('combobox', { name: 'Assignment' }).selectOption(older.id);
		await expect(page.getByRole('status')).toContainText(
			'Gleb Future: this report is dated 2099-01-01 00:00 UTC, in the future'
		);

		// Removing a report is kept across a reload.
		await page.getByRole('combobox', { name: 'Assignment' }).selectOption(newer.id);
		await page.getByRole('button', { name: /^Remove the report of Vera Sokolova/ }).click();
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Reports kept in this browser (2)' })).toBeVisible();
	});
});
