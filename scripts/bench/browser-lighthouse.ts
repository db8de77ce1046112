/**
 * Lighthouse 12 with its default mobile preset (simulated slow 4G and 4× CPU slowdown, 412×823 screen) on the served
 * build. Empty storage: a fresh profile each run. Heavy: the profile holding the heavy year, with Lighthouse told not
 * to clear storage, so the page reads what a year of study left.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, median } from './types';

export interface LighthouseFigures {
	score: number;
	accessibility: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
}

async function once(url: string, profileDir: string | null): Promise<LighthouseFigures> {
	const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'bt-lh-'));
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		userDataDir: dir,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run']
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility'],
			disableStorageReset: profileDir !== null
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { categories, audits } = result.lhr;
		const num = (id: string) => audits[id]?.numericValue ?? NaN;
		return {
			score: categories.performance?.score ?? 0,
			accessibility: categories.accessibility?.score ?? 0,
			fcpMs: num('first-contentful-paint'),
			lcpMs: num('largest-contentful-paint'),
			tbtMs: num('total-blocking-time'),
			cls: num('cumulative-layout-shift')
		};
	} finally {
		await chrome.kill();
		if (!profileDir) rmSync(dir, { recursive: true, force: true });
	}
}

/** The median of `runs` Lighthouse runs, figure by figure. */
export async function lighthouseMedian(url: string, profileDir: string | null, runs = 3): Promise<LighthouseFigures> {
	const all: LighthouseFigures[] = [];
	for (let i = 0; i < runs; i++) all.push(await once(url, profileDir));
	const m = (k: keyof LighthouseFigures) => median(all.map((f) => f[k]));
	return {
		score: m('score'),
		accessibility: m('accessibility'),
		fcpMs: Math.round(m('fcpMs')),
		lcpMs: Math.round(m('lcpMs')),
		tbtMs: Math.round(m('tbtMs')),
		cls: Math.round(m('cls') * 1000) / 1000
	};
}
