import { expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { Deck } from '../../src/lib/decks/schema';
import { assignedCards, type Assignment } from '../../src/lib/share/assignment';
import { decodeAssignmentLink } from '../../src/lib/share/link';
import { signReport, type Report, type ReportCard } from '../../src/lib/share/report';
import { decodeQrMatrix } from '../unit/share/qr-decode';

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

/** Everything this site keeps in the browser, to show that something changed nothing. */
export function storage(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? '']))
	);
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

/**
 * Milliseconds the app takes to refuse an input, measured inside the page so Playwright's own round trips do not
 * count: from the moment the app is handed the input — the join page's mark for a link opened in the tab, the
 * form's submit for pasted text (already in its box, as after a paste) — to an alert containing `text`.
 */
export async function msUntilAlert(
	page: Page,
	how: { kind: 'hash'; text: string } | { kind: 'paste'; text: string; box: string; form: string },
	text: string
): Promise<number> {
	// The join and class pages render in the browser: wait until the form is there.
	if (how.kind === 'paste') await page.locator(how.box).waitFor();
	else await page.getByRole('heading', { level: 1 }).waitFor({ state: 'attached' });
	const ms = await page.evaluate(
		async ({ how, text }) => {
			const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
			if (how.kind === 'paste') {
				const box = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(how.box);
				if (!box) throw new Error(`no ${how.box}`);
				box.value = how.text;
				box.dispatchEvent(new Event('input', { bubbles: true }));
				await frame();
				await frame();
			}
			return new Promise<number>((done) => {
				let t0 = performance.now();
				const observer = new MutationObserver(() => {
					const seen = [...document.querySelectorAll('[role=alert]')].some((e) => e.textContent?.includes(text));
					if (!seen) return;
					observer.disconnect();
					// For a link opened in the tab, the clock starts when the app is handed it (the join page marks
					// that moment): the browser's own navigation to a 300,000-character address is not the app's work.
					const read = performance.getEntriesByName('assignment-link-read').at(-1);
					done(performance.now() - (how.kind === 'hash' && read ? read.startTime : t0));
				});
				observer.observe(document.body, { childList: true, subtree: true, characterData: true });
				if (how.kind === 'hash') {
					performance.clearMarks('assignment-link-read');
					location.hash = how.text;
				} else {
					t0 = performance.now();
					if (how.kind === 'paste') document.querySelector<HTMLFormElement>(how.form)?.requestSubmit();
				}
			});
		},
		{ how, text }
	);
	expect(ms).toBeGreaterThan(0);
	return ms;
}
