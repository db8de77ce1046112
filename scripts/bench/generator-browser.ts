/**
 * The generator's speed where /create runs it: in a dedicated worker in Chromium. Node's own figures (generator.ts)
 * come from a process that has first read every evaluation report: past 16 MB of compiled pattern code V8 compiles
 * each further pattern without its optimisations, so that figure hangs on the order the patterns were first compiled
 * in (14.1 and 9.4 ms per 1,000 words for one commit on one morning; README, note 45). Chromium's V8, in the worker
 * /create drafts in, is what a user waits on.
 *
 * The minified browser bundle is loaded into each worker before the clock starts, as the page has it loaded before the
 * user asks for a draft. A first run is timed in each of `fresh` new workers; the warm figure is the median of `runs`
 * runs in one worker that has first drafted every tune report, so every pattern a report can reach is compiled.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { DocMeta } from '../../src/lib/generator/index';
import { CHROMIUM, CHROMIUM_ARGS, median } from './types';

export interface BrowserSpeed {
	firstMs: number;
	warmMs: number;
	fastestMs: number;
}

type Doc = { text: string; meta: DocMeta };

/** Served by the bench itself: nothing leaves the machine. */
const ORIGIN = 'http://generator.bench.localhost';

/** The worker: loads the bundle, then drafts what it is sent and answers with the milliseconds each draft took. */
const WORKER = `
self.onmessage = async ({ data }) => {
	const { generate } = await import(data.bundle);
	const times = [];
	for (const doc of data.docs) {
		const start = performance.now();
		generate(doc.text, doc.meta);
		times.push(performance.now() - start);
	}
	self.postMessage(times);
};
`;

export async function browserSpeed(
	bundle: Uint8Array,
	doc: Doc,
	warmUp: Doc[],
	{ fresh = 5, runs = 60 } = {}
): Promise<BrowserSpeed | undefined> {
	const browser = await chromium
		.launch({
			executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
			args: CHROMIUM_ARGS
		})
		.catch(() => undefined);
	if (!browser) return undefined;
	try {
		const page = await browser.newPage();
		// A page of its own origin, so the worker and the bundle can be loaded from blob URLs.
		await page.route(`${ORIGIN}/**`, (r) =>
			r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>generator</title>' })
		);
		await page.goto(`${ORIGIN}/`);
		/** Milliseconds of each draft of `docs`, in a new worker that has loaded the bundle. */
		const draft = (docs: Doc[]) =>
			page.evaluate(
				async ({ code, worker, docs }) => {
					const bundle = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
					const w = new Worker(URL.createObjectURL(new Blob([worker], { type: 'text/javascript' })));
					try {
						return await new Promise<number[]>((resolve, reject) => {
							w.onmessage = (e) => resolve(e.data as number[]);
							w.onerror = (e) => reject(new Error(e.message));
							w.postMessage({ bundle, docs });
						});
					} finally {
						w.terminate();
					}
				},
				{ code: new TextDecoder().decode(bundle), worker: WORKER, docs }
			);
		const first: number[] = [];
		for (let i = 0; i < fresh; i++) first.push((await draft([doc]))[0]!);
		const warm = (await draft([...warmUp, ...Array.from({ length: runs }, () => doc)])).slice(warmUp.length);
		return { firstMs: median(first), warmMs: median(warm), fastestMs: Math.min(...warm) };
	} finally {
		await browser.close();
	}
}
