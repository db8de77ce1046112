/**
 * How long the app takes to refuse an oversized input, in Chromium at 390×844 without throttling (as the e2e tests
 * that give these inputs run): a 300,000-character assignment link opened in the tab and pasted into the join page's
 * box, and a 60,000-character report pasted into the class view. Measured inside the page from the moment the app is
 * handed the input to the alert that names the problem, as tests/e2e/share-helpers.ts `msUntilAlert` gives it.
 * Median of `runs` each. The refusals used to be held to 100 ms by the e2e tests themselves; a wall-clock limit there
 * failed on a busy machine.
 */
import { chromium } from '@playwright/test';
import { msUntilAlert } from './refusal-probe';
import { CHROMIUM, CHROMIUM_ARGS, median } from './types';

export interface RefusalFigures {
	longLinkOpenedMs: number;
	longLinkPastedMs: number;
	longReportPastedMs: number;
}

export async function refusalFigures(origin: string, runs = 5): Promise<RefusalFigures> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_ARGS
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
