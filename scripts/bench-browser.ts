/**
 * `npm run bench:browser` measures the built site in Chromium as a phone user meets it: what each route's JS holds,
 * navigation → first card and grade → next card with a heavy year in the profile (4× CPU throttling, 390×844), long
 * tasks while loading, and Lighthouse (mobile preset, median of 3) for `/` and `/study/`, empty and heavy.
 * `-- --json` prints one JSON object; `-- --no-build` measures build/ as it is (source maps then give no modules);
 * `-- --no-lighthouse` times the study page only; `-- --runs=N` sets the Lighthouse runs per page.
 */
import './runes';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { dropSourceMaps, routeJs, type RouteJs } from './bench/browser-js';
import type { LighthouseFigures } from './bench/browser-lighthouse';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
/** Progress goes to stderr, so `--json` output stays one object on stdout. */
const say = (s: string) => process.stderr.write(`${s}\n`);
const BUILT_IN_DECK = 'crocus-city-hall';
// Imported after './runes' has registered its hooks: static imports are loaded before any of this module runs, so the
// progress store (which these reach) would reach Node with its runes uncompiled.
const { STUDY_DECK, heavyEntries } = await import('./bench/browser-year');
const { fillProfile, storageFirstReadMs, studyFigures } = await import('./bench/browser-run');
const { lighthouseMedian } = await import('./bench/browser-lighthouse');
const { refusalFigures } = await import('./bench/browser-refusals');

if (!args.includes('--no-build')) {
	say('Building the site (with hidden source maps, to name the modules in each route)…');
	const built = spawnSync('npx', ['vite', 'build', '--sourcemap', 'hidden'], { stdio: ['ignore', 2, 2] });
	if (built.status !== 0) throw new Error('vite build failed');
}
if (!existsSync('build/index.html')) throw new Error('build/ is missing: run without --no-build');

const routes: RouteJs[] = ['', 'study'].map((r) => routeJs('build', r));
dropSourceMaps('build');

// Served as `npm start` serves it: the precompressed files where the browser accepts them.
const serve = sirv('build', { gzip: true, brotli: true, dev: false, etag: true });
const server = createServer((req, res) =>
	serve(req, res, () => {
		res.statusCode = 404;
		res.end();
	})
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
const profile = mkdtempSync(join(tmpdir(), 'bt-heavy-'));

try {
	say('Writing the heavy year (20 decks × 500 cards, 100,000 reviews) into a Chromium profile…');
	await fillProfile(profile, origin, await heavyEntries());
	say('Timing the study page (4× CPU throttling, 390×844)…');
	// The machine's load around the study timing: a grade's p95 moves by 10 ms and more with what else the host runs, so
	// the figure is printed with the load it was taken under.
	const loadBefore = loadavg()[0]!;
	const study = await studyFigures(profile, origin, 5, 60, 3);
	const hostLoad = [loadBefore, loadavg()[0]!].map((x) => Math.round(x * 100) / 100);
	say('Timing the first read of storage in a new browser (4× CPU throttling)…');
	const storageFirstRead = await storageFirstReadMs(profile, origin);
	say('Timing the refusal of oversized links and reports (no throttling, median of 5)…');
	const refusals = await refusalFigures(origin);
	const lh: Record<string, LighthouseFigures> = {};
	const pages: [string, string, string | null][] = args.includes('--no-lighthouse')
		? []
		: [
				['homeEmpty', '/', null],
				['studyEmpty', `/study/?deck=${BUILT_IN_DECK}`, null],
				['homeHeavy', '/', profile],
				['studyHeavy', `/study/?deck=${STUDY_DECK}`, profile]
			];
	for (const [name, path, dir] of pages) {
		say(`Lighthouse ${name} (${path}), median of ${runs}…`);
		lh[name] = await lighthouseMedian(`${origin}${path}`, dir, runs);
	}
	const studyJs = routes.find((r) => r.route === 'study')!;
	const result = {
		homeEmptyScore: lh.homeEmpty?.score,
		studyEmptyScore: lh.studyEmpty?.score,
		homeHeavyScore: lh.homeHeavy?.score,
		studyHeavyScore: lh.studyHeavy?.score,
		homeHeavyTbtMs: lh.homeHeavy?.tbtMs,
		studyHeavyTbtMs: lh.studyHeavy?.tbtMs,
		emptyFcpMs: lh.homeEmpty && lh.studyEmpty ? Math.max(lh.homeEmpty.fcpMs, lh.studyEmpty.fcpMs) : undefined,
		loadToFirstCardMs: study.loadToFirstCardMs,
		gradeNextMedianMs: study.gradeNextMedianMs,
		gradeNextP95Ms: study.gradeNextP95Ms,
		gradeNextSessionP95Ms: study.gradeNextSessionP95Ms,
		gradeNextPooledP95Ms: study.gradeNextPooledP95Ms,
		gradeNextReadMedianMs: study.gradeNextReadMedianMs,
		gradeNextReadP95Ms: study.gradeNextReadP95Ms,
		gradeNextReadSessionP95Ms: study.gradeNextReadSessionP95Ms,
		/** The host's one-minute load average before and after the study timing, on this machine's 2 cores. */
		studyHostLoad: hostLoad,
		loadLongTasks: study.loadLongTasks,
		loadLongTaskMaxMs: study.loadLongTaskMaxMs,
		loadLongTaskTotalMs: study.loadLongTaskTotalMs,
		storageFirstReadMs: storageFirstRead.localMs,
		coldFirstReadMs: storageFirstRead.coldMs,
		...refusals,
		studyJsGzipBytes: studyJs.gzipBytes,
		homeJsGzipBytes: routes.find((r) => r.route === '')!.gzipBytes,
		accessibility: pages.length ? Math.min(...Object.values(lh).map((f) => f.accessibility)) : undefined,
		lighthouse: lh,
		routes
	};
	if (json) console.log(JSON.stringify(result, null, 2));
	else print(result, lh, routes);
} finally {
	server.close();
	rmSync(profile, { recursive: true, force: true });
}

function print(r: Record<string, unknown>, lh: Record<string, LighthouseFigures>, js: RouteJs[]) {
	const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
	console.log('Lighthouse 12, mobile preset, median of', runs);
	console.log('page          score  a11y   FCP ms  LCP ms  TBT ms  CLS');
	for (const [name, f] of Object.entries(lh))
		console.log(
			`${name.padEnd(13)} ${f.score.toFixed(2)}   ${f.accessibility.toFixed(2)}   ${String(f.fcpMs).padStart(6)}  ${String(f.lcpMs).padStart(6)}  ${String(f.tbtMs).padStart(6)}  ${f.cls}`
		);
	console.log(
		"\nStudy page, heavy year, 4× CPU throttling, 390×844: 3 sessions, each a browser of its own with 5 loads, 60 grades given at once and 60 given 500 ms after the answer shows, as a reader would (loads: median of 15; grade p95: median of the sessions' p95s)"
	);
	for (const k of [
		'loadToFirstCardMs',
		'loadLongTasks',
		'loadLongTaskMaxMs',
		'loadLongTaskTotalMs',
		'gradeNextMedianMs',
		'gradeNextP95Ms',
		'gradeNextSessionP95Ms',
		'gradeNextPooledP95Ms',
		'gradeNextReadMedianMs',
		'gradeNextReadP95Ms',
		'gradeNextReadSessionP95Ms',
		'studyHostLoad'
	])
		console.log(`  ${k.padEnd(22)} ${Array.isArray(r[k]) ? (r[k] as number[]).join(' / ') : r[k]}`);
	console.log(
		`First read of the heavy year's storage in a new browser, 4× (median of 5): localStorage ${r.storageFirstReadMs} ms (one task), IndexedDB ${r.coldFirstReadMs} ms (waited for, not blocking)`
	);
	console.log(
		`Refused, no throttling (median of 5): a 300,000-character link opened ${r.longLinkOpenedMs} ms, pasted ${r.longLinkPastedMs} ms; a 60,000-character report ${r.longReportPastedMs} ms`
	);
	for (const route of js) {
		console.log(
			`\nJS loaded up front by /${route.route}: ${kb(route.gzipBytes)} gzip in ${route.files} files; top modules:`
		);
		for (const m of route.modules.slice(0, 12)) console.log(`  ${kb(m.gzipBytes).padStart(9)}  ${m.module}`);
	}
}
