/**
 * Study figures in a real Chromium, as a phone sees them: 390×844, CPU throttled 4×, a profile holding the heavy
 * year. Times are taken inside the page: from navigation start (or the grade key's event time) to the first frame
 * after the card is on screen (requestAnimationFrame, then a task, so the frame has been painted).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { STUDY_DECK } from './browser-year';
import { readCold, writeStored } from './stored';
import { CHROMIUM, CHROMIUM_ARGS, median, percentile } from './types';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * Installed before any page script: long tasks, and a probe that times the first card and each grade. Plain JS text,
 * because the TypeScript runner would wrap a passed function with helpers the page does not have.
 */
const PROBE = `(() => {
	const longTasks = [];
	window.__longTasks = longTasks;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) longTasks.push(e.duration);
	}).observe({ type: 'longtask', buffered: true });
	const painted = (then) => requestAnimationFrame(() => setTimeout(() => then(performance.now())));
	window.__firstCard = new Promise((resolve) => {
		const poll = () => (document.querySelector('article.card .prompt') ? painted(resolve) : requestAnimationFrame(poll));
		poll();
	});
	// Arms a measurement of the next grade: resolves with ms from the key event to the next card painted.
	window.__armGrade = () => {
		let t0 = 0;
		addEventListener('keydown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
		window.__graded = new Promise((resolve) => {
			// The grade buttons stay in the page, hidden (by a hidden attribute on their row), while a card is asked: the
			// next card is up once they are hidden and a prompt shows. Read from the attribute, not checkVisibility(), which
			// would force a style and layout pass on every batch of changes while the page is mid-update — work the page
			// itself never asks for, measured as part of the grade (a fifth of the CPU time between key and frame).
			const obs = new MutationObserver(() => {
				if (document.querySelector('.grades')?.closest('[hidden]') === null) return;
				if (!document.querySelector('article.card .prompt')) return;
				obs.disconnect();
				painted((t) => resolve(t - t0));
			});
			obs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
		});
	};
})();`;

export async function openProfile(profileDir: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...PHONE });
}

/** Copies storage entries into the profile for the site's origin, each where the app keeps it (stored.ts). */
export async function fillProfile(profileDir: string, origin: string, entries: [string, string][]): Promise<void> {
	const ctx = await openProfile(profileDir);
	const page = await ctx.newPage();
	await page.goto(`${origin}/favicon.svg`);
	await writeStored(page, entries, true);
	// A first visit, so the service worker is installed as it is for anyone who has used the app for a year.
	await page.goto(`${origin}/`);
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null || !('serviceWorker' in navigator), {
		timeout: 20_000
	});
	await ctx.close();
}

async function throttled(ctx: BrowserContext): Promise<Page> {
	const page = await ctx.newPage();
	await page.addInitScript(PROBE);
	const cdp = await ctx.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return page;
}

/**
 * The first reads of storage in a freshly started browser over the profile, CPU throttled 4×. Median of `runs`, each
 * in a new browser, as Lighthouse starts one per run.
 * - `localMs`: Chromium hands a page the origin's whole localStorage on its first access, in one synchronous step,
 *   whatever key is asked for: a long task in proportion to everything kept there, which no code of the page's own
 *   can split. Hence only the hot keys are kept there (src/lib/storage/cold-keys.ts).
 * - `coldMs`: reading all of IndexedDB's values as the app does before its store opens (cold.ts). The page waits for
 *   it, but the main thread is free meanwhile except for taking the values in.
 */
export async function storageFirstReadMs(
	profileDir: string,
	origin: string,
	runs = 5
): Promise<{ localMs: number; coldMs: number }> {
	const local: number[] = [];
	const cold: number[] = [];
	for (let i = 0; i < runs; i++) {
		const ctx = await openProfile(profileDir);
		try {
			const page = await ctx.newPage();
			await page.goto(`${origin}/favicon.svg`);
			const cdp = await ctx.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			local.push(
				await page.evaluate(() => {
					const t0 = performance.now();
					void localStorage.length;
					return performance.now() - t0;
				})
			);
			cold.push((await readCold(page)).ms);
		} finally {
			await ctx.close();
		}
	}
	return { localMs: Math.round(median(local)), coldMs: Math.round(median(cold)) };
}

export interface StudyFigures {
	loadToFirstCardMs: number;
	loadLongTasks: number;
	loadLongTaskMaxMs: number;
	loadLongTaskTotalMs: number;
	gradeNextMedianMs: number;
	/** The median of the sessions' p95s, as Lighthouse's figures are the median of its runs. */
	gradeNextP95Ms: number;
	/** Each session's p95, in the order run. */
	gradeNextSessionP95Ms: number[];
	/** The p95 of every grade of every session taken together. */
	gradeNextPooledP95Ms: number;
	/**
	 * The same, each grade given `READ_MS` after the answer shows, as a learner who reads it: the median of the
	 * sessions' p95s, and each session's.
	 */
	gradeNextReadMedianMs: number;
	gradeNextReadP95Ms: number;
	gradeNextReadSessionP95Ms: number[];
	grades: number;
	sessions: number;
}

interface StudySession {
	first: number[];
	tasks: number[][];
	times: number[];
	read: number[];
}

/**
 * How long after the answer shows the second series of grades is given. The first series grades at once, within a
 * few milliseconds of the answer's frame, which no learner does: that frame's drawing may still be under way, and the
 * work the page leaves for idle moments (the previous grade's write) still waiting. Half a second is less than anyone
 * takes to read an answer.
 */
const READ_MS = 500;

/**
 * Opens the study page `loads` times, then grades `grades` cards, all with the CPU throttled 4×; `sessions` times, each
 * in a browser of its own. One session's p95 is its third-worst grade of 60, and on a shared machine one busy minute
 * moves it by 10 ms, so the figure is the median of the sessions' p95s, as Lighthouse's are the median of its runs.
 */
export async function studyFigures(
	profileDir: string,
	origin: string,
	loads = 5,
	grades = 40,
	sessions = 3
): Promise<StudyFigures> {
	const runs: StudySession[] = [];
	for (let s = 0; s < sessions; s++) runs.push(await studySession(profileDir, origin, loads, grades));
	const first = runs.flatMap((r) => r.first);
	const tasks = runs.flatMap((r) => r.tasks);
	const times = runs.flatMap((r) => r.times);
	const counts = tasks.map((t) => t.length);
	const tenth = (x: number) => Math.round(x * 10) / 10;
	const sessionP95 = runs.map((r) => tenth(percentile(r.times, 95)));
	const readP95 = runs.map((r) => tenth(percentile(r.read, 95)));
	return {
		loadToFirstCardMs: Math.round(median(first)),
		loadLongTasks: median(counts),
		loadLongTaskMaxMs: Math.round(median(tasks.map((t) => Math.max(0, ...t)))),
		loadLongTaskTotalMs: Math.round(median(tasks.map((t) => t.reduce((a, b) => a + b, 0)))),
		gradeNextMedianMs: tenth(median(times)),
		gradeNextP95Ms: median(sessionP95),
		gradeNextSessionP95Ms: sessionP95,
		gradeNextPooledP95Ms: tenth(percentile(times, 95)),
		gradeNextReadMedianMs: tenth(median(runs.flatMap((r) => r.read))),
		gradeNextReadP95Ms: median(readP95),
		gradeNextReadSessionP95Ms: readP95,
		grades: times.length,
		sessions
	};
}

/** One session, on a copy of the profile: each starts from the same year, not from the grades of the one before. */
async function studySession(profileDir: string, origin: string, loads: number, grades: number): Promise<StudySession> {
	const copy = mkdtempSync(join(tmpdir(), 'bt-session-'));
	cpSync(profileDir, copy, { recursive: true });
	const ctx = await openProfile(copy);
	try {
		const page = await throttled(ctx);
		const url = `${origin}/study/?deck=${STUDY_DECK}`;
		const first: number[] = [];
		const tasks: number[][] = [];
		for (let i = 0; i <= loads; i++) {
			await page.goto(url);
			const t = await page.evaluate(() => (window as unknown as { __firstCard: Promise<number> }).__firstCard);
			// Long tasks that start while loading, or within a second after the card is shown.
			await page.waitForTimeout(1000);
			const lt = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
			// The first load warms the HTTP cache and the service worker; it is not counted.
			if (i > 0) {
				first.push(t);
				tasks.push(lt);
			}
		}
		const grade = async (pauseMs: number): Promise<number> => {
			await page.keyboard.press('Space');
			await page.locator('.grades').waitFor();
			if (pauseMs > 0) await page.waitForTimeout(pauseMs);
			await page.evaluate(() => (window as unknown as { __armGrade: () => void }).__armGrade());
			await page.keyboard.press('3');
			// A deck with no card left would leave the grade unanswered: say so rather than wait for ever.
			return page.evaluate(() =>
				Promise.race([
					(window as unknown as { __graded: Promise<number> }).__graded,
					new Promise<number>((_, reject) =>
						setTimeout(() => reject(new Error('no next card within 10 s of a grade: the study deck ran out')), 10_000)
					)
				])
			);
		};
		const times: number[] = [];
		for (let i = 0; i < grades; i++) times.push(await grade(0));
		const read: number[] = [];
		for (let i = 0; i < grades; i++) read.push(await grade(READ_MS));
		return { first, tasks, times, read };
	} finally {
		await ctx.close();
		rmSync(copy, { recursive: true, force: true });
	}
}
