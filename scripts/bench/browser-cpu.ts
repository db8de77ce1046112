/**
 * Builds compared by the CPU time of their page loads, for a machine too noisy for wall-clock figures:
 * `npx tsx scripts/bench/browser-cpu.ts <build dir>,<build dir>… <homeEmpty|studyEmpty|homeHeavy|studyHeavy> [loads]`.
 * Each load is a fresh page at 390×844 with the CPU throttled 4× and traced; each main-thread task counts its thread
 * CPU time. Prints, per build, the median over loads of the time tasks spend past 50 ms (as total blocking time
 * counts it) and of the longest task. Loads alternate between the builds, so drift in the machine falls on both.
 * `DUMP=file` keeps the last trace (with a CPU profile) for a closer look.
 */
import '../runes';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
const { STUDY_DECK, heavyEntries } = await import('./browser-year');
const { fillProfile, openProfile } = await import('./browser-run');
const { writeStored } = await import('./stored');
const [dirs = 'build', which = 'studyHeavy', runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const builds = dirs.split(',');
async function serveDir(dir: string) {
	const serve = sirv(dir, { gzip: true, brotli: true, dev: false, etag: true });
	const server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end();
		})
	);
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	return `http://localhost:${(server.address() as AddressInfo).port}`;
}
const heavy = which.endsWith('Heavy');
const entries = heavy ? await heavyEntries() : [];
const setups = [] as { origin: string; profile: string }[];
for (const b of builds) {
	const origin = await serveDir(b);
	const profile = mkdtempSync(join(tmpdir(), 'bt-pl-'));
	if (heavy) await fillProfile(profile, origin, entries);
	setups.push({ origin, profile });
}
const path = which.startsWith('home') ? '/' : heavy ? `/study/?deck=${STUDY_DECK}` : '/study/?deck=crocus-city-hall';
const out = builds.map(() => ({ tbt: [] as number[], max: [] as number[], total: [] as number[] }));
for (let r = 0; r < runs; r++)
	for (let i = 0; i < builds.length; i++) {
		const bi = r % 2 ? builds.length - 1 - i : i;
		const { origin, profile } = setups[bi]!;
		const ctx = await openProfile(profile);
		const page = await ctx.newPage();
		if (!heavy) {
			await page.goto(`${origin}/favicon.svg`);
			await writeStored(page, [], true);
		}
		const cdp = await ctx.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await cdp.send('Tracing.start', {
			categories:
				'devtools.timeline,disabled-by-default-devtools.timeline' +
				(process.env.DUMP ? ',v8.execute,disabled-by-default-v8.cpu_profiler' : ''),
			transferMode: 'ReturnAsStream'
		});
		await page.goto(origin + path);
		await page.waitForTimeout(2500);
		const done = new Promise<string>((res) =>
			cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => res(e.stream!))
		);
		await cdp.send('Tracing.end');
		const stream = await done;
		let data = '';
		for (;;) {
			const x = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean };
			data += x.data;
			if (x.eof) break;
		}
		await ctx.close();
		if (process.env.DUMP) writeFileSync(process.env.DUMP, data);
		const ev = (
			JSON.parse(data) as {
				traceEvents: {
					name: string;
					ph: string;
					pid: number;
					tid: number;
					dur?: number;
					tdur?: number;
					args: { name?: string };
				}[];
			}
		).traceEvents;
		const names = new Map<string, string>();
		for (const e of ev) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name!);
		const tasks = ev.filter(
			(e) => e.name === 'RunTask' && e.ph === 'X' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain'
		);
		const cpu = tasks.map((t) => (t.tdur ?? t.dur ?? 0) / 1000);
		out[bi]!.tbt.push(cpu.reduce((a, c) => a + Math.max(0, c - 50), 0));
		out[bi]!.max.push(Math.max(...cpu));
		out[bi]!.total.push(cpu.reduce((a, c) => a + c, 0));
	}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
builds.forEach((b, i) =>
	console.log(
		which,
		b,
		'cpuTBT',
		med(out[i]!.tbt).toFixed(0),
		'maxTask',
		med(out[i]!.max).toFixed(0),
		'total',
		med(out[i]!.total).toFixed(0),
		JSON.stringify(out[i]!.tbt.map(Math.round))
	)
);
for (const s of setups) rmSync(s.profile, { recursive: true, force: true });
process.exit(0);
