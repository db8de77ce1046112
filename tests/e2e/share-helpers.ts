import { type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { Deck } from '../../src/lib/decks/schema';
import { assignedCards, type Assignment } from '../../src/lib/share/assignment';
import { decodeAssignmentLink } from '../../src/lib/share/link';
import { signReport, type Report, type ReportCard } from '../../src/lib/share/report';
import { decodeQrMatrix } from '../unit/share/qr-decode';

export { msUntilAlert } from '../../scripts/bench/refusal-probe';
import { readStored } from '../../scripts/bench/stored';

/** A fresh browser profile with the project's device (phone or desktop): one per person in the journey. */
export async function person(browser: Browser, info: TestInfo): Promise<Page> {
	const { viewport, screen, isMobile, hasTouch, deviceScaleFactor, userAgent, baseURL } = info.project.use;
	const context = await browser.newContext({
		viewport,
		screen,
		isMobile,
		hasTouch,
		deviceScaleFactor,
		userAgent,
		baseURL
	});
	return context.newPage();
}

/** Everything this site keeps in the browser (localStorage and IndexedDB), to show that something changed nothing. */
export function storage(page: Page): Promise<Record<string, string>> {
	return readStored(page);
}

/** The assignment a link holds, resolved against the site's own deck file when the link names one. */
export async function assignmentOf(page: Page, link: string): Promise<Assignment> {
	const decoded = decodeAssignmentLink(link);
	if (!decoded.ok) throw new Error(decoded.error);
	const body = decoded.body;
	if (body.kind === 'inline') return { ...body.meta, deck: body.deck };
	const deck = (await (await page.request.get(`/data/decks/${body.ref.id}.json`)).json()) as Deck;
	return { ...body.meta, deck };
}

/**
 * A report on `a`, signed with `secret` (the assignment's own unless a forgery is wanted), with the given recall per
 * card (null: not studied).
 */
export function signedReport(
	a: Assignment,
	trainee: string,
	recalls: (number | null)[],
	options: { generatedAt?: Date; secret?: string } = {}
): Promise<Report> {
	const made = options.generatedAt ?? new Date(Date.now() - 5 * 60_000);
	const cards = assignedCards(a).map((c, i): ReportCard => {
		const r = recalls[i] ?? null;
		return r === null
			? { id: c.id, kind: c.kind, state: 'new', reviews: 0, lapses: 0, recallOnDue: 0 }
			: {
					id: c.id,
					kind: c.kind,
					state: 'review',
					reviews: 2,
					lapses: 0,
					recallOnDue: r,
					lastReview: new Date(made.getTime() - 60_000).toISOString()
				};
	});
	const studied = cards.filter((c) => c.state !== 'new').length;
	return signReport(
		{
			format: 'briefing-trainer-report',
			version: 2,
			trainee,
			assignment: { id: a.id, title: a.title, dueDate: a.dueDate, from: a.from, version: a.version },
			generatedAt: made.toISOString(),
			cards,
			totals: {
				studied,
				total: cards.length,
				meanRecallOnDue: Math.round((cards.reduce((s, c) => s + c.recallOnDue, 0) / cards.length) * 10_000) / 10_000,
				timeSpentMs: studied * 40_000
			}
		},
		options.secret ?? a.secret
	);
}

/**
 * Reads a QR code the way a phone camera would: from a screenshot of it. The screenshot is drawn into a canvas in the
 * page, sampled at the centre of each module (the SVG's viewBox gives the module count, quiet zone included), and
 * the matrix decoded. Returns the text the code holds.
 */
export async function scanQr(page: Page, qr: Locator, quietZone = 4): Promise<string> {
	const png = (await qr.screenshot()).toString('base64');
	const modules = Number((await qr.getAttribute('viewBox'))?.split(' ')[2]);
	const matrix = await page.evaluate(
		async ({ png, modules, quietZone }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${png}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = img.width;
			canvas.height = img.height;
			const ctx = canvas.getContext('2d');
			if (!ctx) throw new Error('no canvas');
			ctx.drawImage(img, 0, 0);
			const px = img.width / modules;
			const n = modules - 2 * quietZone;
			const out: boolean[][] = [];
			for (let y = 0; y < n; y++) {
				const row: boolean[] = [];
				for (let x = 0; x < n; x++) {
					const d = ctx.getImageData(
						Math.floor((x + quietZone + 0.5) * px),
						Math.floor((y + quietZone + 0.5) * px),
						1,
						1
					).data;
					row.push(d[0]! + d[1]! + d[2]! < 384);
				}
				out.push(row);
			}
			return out;
		},
		{ png, modules, quietZone }
	);
	return decodeQrMatrix(matrix);
}
