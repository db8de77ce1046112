/**
 * Generator speed, this tree against another: `npx tsx scripts/bench/generator-ab.ts <other tree> [runs]`, where the
 * other tree is a checkout of another commit (`git worktree add /tmp/main main`, or `git archive main | tar -x`).
 *
 * On a shared two-core machine the figure `npm run bench -- generator` prints moves with the load more than with the
 * code, and two runs a minute apart do not meet the same load. Here both generators are bundled the same way, loaded
 * in one process, warmed on every tune report (as the bench's own runs before its timing are) and then called in
 * turn on the document the bench times, so both meet the same noise; the ratios are the figure to read.
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { toText, type generate as Generate } from '../../src/lib/generator/index';
import { labelledDocs } from './generator';
import { loadHalf } from './eval-labels';
import { percentile } from './types';

const here = resolve(import.meta.dirname, '../..');

async function bundled(tree: string, out: string): Promise<typeof Generate> {
	await build({
		entryPoints: [join(tree, 'src/lib/generator/index.ts')],
		bundle: true,
		format: 'esm',
		platform: 'node',
		outfile: out,
		logLevel: 'silent'
	});
	return ((await import(pathToFileURL(out).href)) as { generate: typeof Generate }).generate;
}

async function main(other: string | undefined, runs: number) {
	if (!other) throw new Error('usage: npx tsx scripts/bench/generator-ab.ts <other tree> [runs]');
	const dir = mkdtempSync(join(tmpdir(), 'generator-ab-'));
	const sides = [
		{ name: 'other', run: await bundled(resolve(other), join(dir, 'other.mjs')), ms: [] as number[] },
		{ name: 'this', run: await bundled(here, join(dir, 'this.mjs')), ms: [] as number[] }
	];
	for (const doc of loadHalf('tune')) for (const s of sides) s.run(doc.text, doc.labels.meta);
	const longest = labelledDocs().reduce((a, b) => (b.text.length > a.text.length ? b : a));
	const words = toText(longest.text).split(/\s+/).length;
	for (let i = 0; i < runs; i++)
		// Each pair in turn goes first, so neither side always runs right after the other's garbage.
		for (const s of i % 2 ? sides : [...sides].reverse()) {
			const start = performance.now();
			s.run(longest.text, longest.labels.meta);
			s.ms.push(((performance.now() - start) / words) * 1000);
		}
	const at = (s: (typeof sides)[number], p: number) => (p === 0 ? Math.min(...s.ms) : percentile(s.ms, p));
	const busy = loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
	console.log(
		`ms per 1,000 words on ${longest.labels.meta.id} (${words} words), ${runs} runs each, load average ${busy}`
	);
	for (const s of sides)
		console.log(
			`${s.name.padEnd(6)} median ${at(s, 50).toFixed(2)}  p10 ${at(s, 10).toFixed(2)}  fastest ${at(s, 0).toFixed(2)}`
		);
	const [a, b] = sides as [(typeof sides)[0], (typeof sides)[1]];
	const ratio = (p: number) => (at(a, p) / at(b, p)).toFixed(2);
	console.log(`other / this: median ${ratio(50)}  p10 ${ratio(10)}  fastest ${ratio(0)}`);
}

await main(process.argv[2], Number(process.argv[3] ?? 150));
