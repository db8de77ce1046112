/**
 * Milliseconds the app takes to refuse an input, measured inside the page so Playwright's own round trips do not
 * count: from the moment the app is handed the input — the join page's mark for a link opened in the tab, the form's
 * submit for pasted text (already in its box, as after a paste) — to an alert containing `text`. Used by the e2e tests
 * to give the input and by `npm run bench:browser` to time it.
 */
import type { Page } from '@playwright/test';

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

export async function msUntilAlert(page: Page, how: How, text: string): Promise<number> {
	if (how.kind === 'paste') await page.locator(how.box).waitFor();
	else await page.getByRole('heading', { level: 1 }).waitFor({ state: 'attached' });
	return (await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ how, text })})`)) as number;
}
