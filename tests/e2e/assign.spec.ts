import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import type { Deck } from '../../src/lib/decks/schema';
import type { Assignment } from '../../src/lib/share/assignment';
import { encodeAssignmentLink } from '../../src/lib/share/link';
import type { Report, ReportCard } from '../../src/lib/share/report';
import { encodeReportFile, encodeReportText } from '../../src/lib/share/report-codec';
import { revealAndGrade, shot, STARTER } from './helpers';

/** A fresh browser profile with the project's device (phone or desktop): one per person in the journey. */
async function person(browser: Browser, info: TestInfo): Promise<Page> {
	const { viewport, isMobile, hasTouch, deviceScaleFactor, userAgent, baseURL } = info.project.use;
	const context = await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, userAgent, baseURL });
	await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
	return context.newPage();
}

/** Everything this site keeps in the browser, to show that something changed nothing. */
function storage(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? '']))
	);
}

/** YYYY-MM-DD, `days` from today, local time (the due date the screens compare with). */
function day(days: number): string {
	const d = new Date();
	d.setDate(d.getDate() + days);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function starterAssignment(page: Page, over: Partial<Assignment> = {}): Promise<Assignment> {
	const deck = (await (await page.request.get(`/data/decks/${STARTER.id}.json`)).json()) as Deck;
	return {
		id: 'crocus-e2e',
		title: 'Crocus briefing',
		instructions: 'Learn these before Monday.',
		from: 'Maj. A. Petrova',
		dueDate: day(1),
		target: { allStudied: true, minRecall: 0.9 },
		deck,
		createdAt: new Date().toISOString(),
		version: 1,
		...over
	};
}

/** A report on the starter assignment with the given recall per card (null: not studied). */
function report(a: Assignment, trainee: string, recalls: (number | null)[], minutesAgo = 5): Report {
	const cards = a.deck.cards.map((c, i): ReportCard => {
		const r = recalls[i] ?? null;
		return r === null
			? { id: c.id, kind: c.kind, state: 'new', reviews: 0, lapses: 0, recallOnDue: 0 }
			: { id: c.id, kind: c.kind, state: 'review', reviews: 2, lapses: 0, recallOnDue: r };
	});
	return {
		format: 'briefing-trainer-report',
		version: 1,
		trainee,
		assignment: { id: a.id, title: a.title, dueDate: a.dueDate, from: a.from },
		generatedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
		cards,
		totals: {
			studied: cards.filter((c) => c.state !== 'new').length,
			total: cards.length,
			meanRecallOnDue: Math.round((cards.reduce((s, c) => s + c.recallOnDue, 0) / cards.length) * 10_000) / 10_000,
			timeSpentMs: cards.filter((c) => c.state !== 'new').length * 40_000
		}
	};
}

test.describe('assignments between an instructor and a trainee', () => {
	test('instructor assigns the starter deck, trainee accepts, studies and reports, class view shows them', async ({
		browser
	}, info) => {
		const instructor = await person(browser, info);
		const trainee = await person(browser, info);

		await instructor.goto('/');
		await instructor.getByRole('link', { name: `Assign ${STARTER.title}` }).click();
		await expect(instructor.getByRole('heading', { name: `Assign “${STARTER.title}”` })).toBeVisible();
		await instructor.getByLabel('From (your name, as trainees will see it)').fill('Maj. A. Petrova');
		await instructor.getByLabel('Instructions').fill('Study every card before the briefing.');
		await instructor.getByRole('button', { name: 'Make assignment link' }).click();
		const link = await instructor.getByLabel(/^Assignment link/).inputValue();
		expect(link).toMatch(/\/join\/#a=1\./);
		// Twelve cards make a link too long for a QR code; the screen says so with the numbers.
		await expect(
			instructor.getByText(`No QR code: the link has ${link.length.toLocaleString('en-US')} characters`)
		).toBeVisible();
		await expect(instructor.getByRole('button', { name: 'Download assignment file' })).toBeVisible();

		await trainee.goto(link);
		const preview = trainee.getByRole('region', { name: 'Assignment', exact: true });
		await expect(preview.getByRole('heading', { name: STARTER.title })).toBeVisible();
		await expect(preview).toContainText('Maj. A. Petrova');
		await expect(preview).toContainText(`${STARTER.cards} cards`);
		await expect(preview).toContainText('Study every card before the briefing.');
		await shot(trainee, 'join', info.project.name);
		await trainee.getByRole('button', { name: 'Accept assignment' }).click();
		await expect(trainee.getByText('Saved in this browser.')).toBeVisible();

		await trainee.getByRole('link', { name: 'Study' }).click();
		for (const grade of ['Good', 'Easy', 'Good'] as const) await revealAndGrade(trainee, grade);
		await trainee.goto('/');
		const item = trainee.getByRole('region', { name: 'Assignments' }).getByRole('listitem');
		await expect(item).toContainText(`3 of ${STARTER.cards} cards studied`);
		await expect(item).toContainText('predicted recall on the due date (target 90 %)');
		await shot(trainee, 'home-assignments', info.project.name);

		await item.getByRole('link', { name: 'Send report' }).click();
		await trainee.getByLabel('Your name').fill('Anna Lee');
		await trainee.getByRole('button', { name: 'Make report' }).click();
		const text = await trainee.getByLabel('Report text, to paste into a message').inputValue();
		expect(text).toMatch(/^Anna Lee — .*: 3 of 12 cards studied/);
		await expect(trainee.getByText('A checksum catches accidental damage, not deliberate edits.')).toBeVisible();
		await shot(trainee, 'report', info.project.name);

		await instructor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Class' }).click();
		await instructor.getByLabel('Or paste report text (as many reports as you like)').fill(`From Anna:\n${text}`);
		await instructor.getByRole('button', { name: 'Read pasted reports' }).click();
		const row = instructor.getByRole('row', { name: /Anna Lee/ });
		await expect(row).toContainText('3 / 12');
		await expect(row).toContainText('on track');
		await Promise.all([instructor.context().close(), trainee.context().close()]);
	});

	test('fewer kinds make a link short enough for a QR code', async ({ page }, info) => {
		await page.goto(`/assign/?deck=${STARTER.id}`);
		await page.getByLabel('From (your name, as trainees will see it)').fill('Maj. A. Petrova');
		for (const kind of ['actor (3)', 'motive (1)', 'toll (4)'])
			await page.getByRole('checkbox', { name: kind }).uncheck();
		await expect(page.getByRole('group', { name: /Kinds of card/ })).toContainText('4 of 12 cards assigned');
		await page.getByRole('button', { name: 'Make assignment link' }).click();
		const link = await page.getByLabel(/^Assignment link/).inputValue();
		expect(link.length).toBeLessThanOrEqual(2953);
		await expect(page.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();
		await shot(page, 'assign', info.project.name);

		// A revision keeps the assignment's id and counts up its version, so trainees' copies update.
		await page.reload();
		await expect(page.getByText(/You are revising “.*” \(version 1,/)).toBeVisible();
		await page.getByRole('button', { name: 'Make assignment link' }).click();
		const revised = await page.getByLabel(/^Assignment link/).inputValue();
		expect(revised).not.toBe(link);
	});

	test('a cut-off link and a foreign file are refused and change nothing stored', async ({ browser }, info) => {
		const trainee = await person(browser, info);
		await trainee.goto('/');
		const link = encodeAssignmentLink(
			await starterAssignment(trainee),
			new URL('/join/', info.project.use.baseURL).href
		).url;
		await trainee.goto(link);
		await trainee.getByRole('button', { name: 'Accept assignment' }).click();
		await expect(trainee.getByText('Saved in this browser.')).toBeVisible();
		const before = await storage(trainee);

		await trainee.goto(link.slice(0, Math.floor(link.length * 0.6)));
		await expect(trainee.getByRole('alert')).toContainText(/This link is (incomplete|damaged).*Nothing was saved\./);
		await expect(trainee.getByRole('button', { name: /Accept|Update|Replace/ })).toHaveCount(0);

		await trainee.getByLabel('Open an assignment file').setInputFiles({
			name: 'progress.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":"briefing-trainer-progress","version":1,"decks":[]}')
		});
		await expect(trainee.getByRole('alert')).toContainText(
			'This is not a Briefing Trainer assignment file. Nothing was saved.'
		);
		await expect(trainee.getByRole('button', { name: /Accept|Update|Replace/ })).toHaveCount(0);
		expect(await storage(trainee)).toEqual(before);
		await trainee.context().close();
	});

	test('class view of three trainees: table, weakest cards, kinds, a repeated report, CSV', async ({ page }, info) => {
		await page.goto('/class/');
		const a = await starterAssignment(page);
		const n = a.deck.cards.length;
		const anna = report(a, 'Anna Lee', Array<number>(n).fill(0.96));
		const boris = report(
			a,
			'Boris Orlov',
			a.deck.cards.map((_, i) => (i < 8 ? 0.88 : null))
		);
		const older = report(
			a,
			'Boris Orlov',
			a.deck.cards.map((_, i) => (i < 2 ? 0.9 : null)),
			60 * 24
		);
		const vera = report(
			a,
			'Vera Sokolova',
			a.deck.cards.map((_, i) => (i % 3 === 0 ? 0.7 : null))
		);
		await page.getByLabel('Open report files').setInputFiles([
			{ name: 'anna.json', mimeType: 'application/json', buffer: Buffer.from(encodeReportFile(anna)) },
			{ name: 'boris-monday.json', mimeType: 'application/json', buffer: Buffer.from(encodeReportFile(older)) },
			{
				name: 'damaged.json',
				mimeType: 'application/json',
				buffer: Buffer.from(encodeReportFile(boris).replace('0.88', '0.98'))
			}
		]);
		await page.getByLabel(/^Or paste report text/).fill(`${encodeReportText(boris)}\n\n${encodeReportText(vera)}`);
		await page.getByRole('button', { name: 'Read pasted reports' }).click();

		await expect(page.getByRole('alert')).toContainText(
			'damaged.json: This report was changed or damaged after it was made.'
		);
		const trainees = page.getByRole('region', { name: 'Trainees' });
		await expect(trainees.getByRole('row')).toHaveCount(4);
		await expect(trainees.getByRole('row', { name: /Anna Lee/ })).toContainText(`ready${n} / ${n}96 %`);
		await expect(trainees.getByRole('row', { name: /Boris Orlov/ })).toContainText(`on track8 / ${n}`);
		await expect(trainees.getByRole('row', { name: /Vera Sokolova/ })).toContainText(`on track4 / ${n}`);
		await expect(page.getByText(/Boris Orlov sent 2 reports; only the newest/)).toBeVisible();
		await expect(page.getByRole('region', { name: 'Weakest cards' }).getByRole('row').nth(1)).toContainText('2');
		await expect(page.getByRole('region', { name: 'Mastery by kind' }).getByRole('row')).not.toHaveCount(0);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download class CSV' }).click();
		const csv = await (await (await download).createReadStream()).toArray();
		expect(Buffer.concat(csv).toString()).toContain(`Anna Lee,ready,${n},${n},96,`);

		// The page never scrolls sideways on a narrow phone; wide tables scroll inside their boxes.
		await page.setViewportSize({ width: 360, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.setViewportSize(info.project.use.viewport ?? { width: 390, height: 844 });
		await shot(page, 'class-view', info.project.name);
	});
});
