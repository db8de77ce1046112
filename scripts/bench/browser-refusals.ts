/**
 * How long the app takes to refuse an oversized input, in Chromium at 390×844 without throttling (as the e2e tests
 * that give these inputs run): a 300,000-character assignment link opened in the tab and pasted into the join page's
 * box, and a 60,000-character report pasted into the class view. Measured inside the page from the moment the app is
 * handed the input to the alert that names the problem, as tests/e2e/share-helpers.ts `msUntilAlert` gives it.
 * Median of `runs` each. The refusals used to be held to 100 ms by the e2e tests themselves; a wall-clock limit there
 * failed on a busy machine.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM } from './browser-run';
import { median } from './types';

type How = { kind: 'hash'; text: string } | { kind: 'paste'; text: string; box: string; form: string };

/**
 * Plain JS text, because the TypeScript runner would wrap a passed function with helpers the page does not have. For a
 * link opened in the tab the clock starts at the join page's mark, when the app is handed the link (the browser's own
 * navigation to a 300,000-character address is not the app's work); for a paste, at the form's submit.
 */
const IN_PAGE = `async ({ how, text }) => {
	const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
	if (how.kind === 'paste') {
		const box = document.querySelector(how.box);
		box.value = how.text;
		box.dispatchEvent(new Event('input', { bubbles: true }));
		await frame();
		await frame();
	}
	return new Promise((done) => {
		let t0 = performance.now();
		const observer = new MutationObserver(() => {
			if (![...document.querySelectorAll('[role=alert]')].some((e) => e.textContent?.includes(text))) return;
			observer.disconnect();
			const read = performance.getEntriesByName('assignment-link-read').at(-1);
			done(performance.now() - (how.kind === 'hash' && read ? read.startTime : t0));
		});
		observer.observe(document.body, { childList: true, subtree: true, characterData: true });
		if (how.kind === 'hash') {
			performance.clearMarks('assignment-link-read');
			location.hash = how.text;
		} else {
			t0 = performance.now();
			document.querySelector(how.form).requestSubmit();
		}
	});
}`;

async function msUntilAlert(page: Page, how: How, text: string): Promise<number> {
	if (how.kind === 'paste') await page.locator(how.box).waitFor();
	else await page.getByRole('heading', { level: 1 }).waitFor({ state: 'attached' });
	return (await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ how, text })})`)) as number;
}

export interface RefusalFigures {
	longLinkOpenedMs: number;
	longLinkPastedMs: number;
	longReportPastedMs: number;
}

export async function refusalFigures(origin: string, runs = 5): Promise<RefusalFigures> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	const huge = `#a=2.${'A'.repeat(300_000)}`;
	const report = `BT-REPORT 2 00000000\n${'A'.repeat(60_000)}\nBT-REPORT END`;
	const out = { opened: [] as number[], pasted: [] as number[], report: [] as number[] };
	try {
		for (let i = 0; i < runs; i++) {
			const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
			await page.goto(`${origin}/join/`);
			out.opened.push(await msUntilAlert(page, { kind: 'hash', text: huge }, 'This link has 300,005 characters'));
			await page.goto(`${origin}/join/`);
			const paste = { kind: 'paste', box: '#paste-link', form: 'form.paste' } as const;
			out.pasted.push(
				await msUntilAlert(page, { ...paste, text: `https://example.org/join/${huge}` }, 'This link has 300,030')
			);
			await page.goto(`${origin}/class/`);
			const form = 'section[aria-label="Add reports"] form';
			out.report.push(
				await msUntilAlert(
					page,
					{ kind: 'paste', text: report, box: '#report-paste', form },
					'a report has at most 30,000'
				)
			);
			await page.close();
		}
	} finally {
		await browser.close();
	}
	const ms = (a: number[]) => Math.round(median(a) * 10) / 10;
	return { longLinkOpenedMs: ms(out.opened), longLinkPastedMs: ms(out.pasted), longReportPastedMs: ms(out.report) };
}
