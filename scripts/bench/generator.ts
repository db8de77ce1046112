/**
 * Generator bench. Three measures of quality: the `tune-fixtures` section scores extracted facts against
 * tests/fixtures/generator/*.json (the two briefing documents and short texts written alongside the rules); the `tune`
 * and `heldout` sections score the proposed cards against the evaluation set in eval/ (see eval/README.md), the
 * held-out half being the figure that counts. Also milliseconds per 1,000 words and the browser bundle's gzip size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { generate, toText, type DocMeta, type Fact } from '../../src/lib/generator/index';
import { evalRows, onlyIds } from './eval-bench';
import { browserSpeed } from './generator-browser';
import { HALVES, loadHalf } from './eval-labels';
import { median, type BenchRow } from './types';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/generator');
const sourcesDir = resolve(root, process.env.BRIEFING_SOURCES ?? '../shared/briefings');

export interface Labels {
	/** A briefing document's id (read from BRIEFING_SOURCES) or a fixture file beside the labels. */
	source?: string;
	file?: string;
	meta: DocMeta;
	dates: string[];
	tolls: string[];
	/** [person, words the role must contain] */
	roles: [string, string][];
	/** A distinctive snippet of each motive sentence. */
	motives: string[];
}

export interface Score {
	kind: string;
	tp: number;
	expected: number;
	found: number;
}

/** Labelled documents whose text is available, with their text. */
export function labelledDocs(): { labels: Labels; text: string }[] {
	return readdirSync(fixtures)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.flatMap((f) => {
			const labels = JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as Labels;
			const path = labels.file ? join(fixtures, labels.file) : join(sourcesDir, `${labels.source}.txt`);
			return existsSync(path) ? [{ labels, text: readFileSync(path, 'utf8') }] : [];
		});
}

/** Matches of a multiset against another: each expected value can be found once. */
function multiset(expected: string[], found: string[]): number {
	const left = [...found];
	return expected.filter((e) => {
		const i = left.indexOf(e);
		if (i >= 0) left.splice(i, 1);
		return i >= 0;
	}).length;
}

/** Scores one document's facts against its labels, per kind. */
export function scoreDoc(facts: Fact[], labels: Labels): Score[] {
	const of = (k: Fact['kind']) => facts.filter((f) => f.kind === k);
	const dates = of('date').map((f) => f.normalized);
	const tolls = of('toll').map((f) => f.normalized);
	const roles = of('actor');
	const roleHits = labels.roles.filter(([who, role]) =>
		roles.some((f) => f.subject === who && f.value.toLowerCase().includes(role.toLowerCase()))
	).length;
	const motiveSentences = [...new Set(of('motive').map((f) => f.sentence))];
	const norm = (s: string) => s.replace(/[’']/g, "'");
	const motiveHits = labels.motives.filter((m) => motiveSentences.some((s) => norm(s).includes(norm(m)))).length;
	const motivesRight = motiveSentences.filter((s) => labels.motives.some((m) => norm(s).includes(norm(m)))).length;
	return [
		{ kind: 'dates', tp: multiset(labels.dates, dates), expected: labels.dates.length, found: dates.length },
		{ kind: 'tolls', tp: multiset(labels.tolls, tolls), expected: labels.tolls.length, found: tolls.length },
		{ kind: 'roles', tp: roleHits, expected: labels.roles.length, found: roles.length },
		// Precision for motives counts sentences: a sentence is right when it is a labelled motive sentence.
		{
			kind: 'motives',
			tp: motiveHits,
			expected: labels.motives.length,
			found: motiveSentences.length,
			...{ right: motivesRight }
		}
	];
}

/** Sums scores over every labelled document. */
export function scoreAll(): Map<string, { recall: number; precision: number; tp: number; expected: number }> {
	const totals = new Map<string, { tp: number; expected: number; found: number; right: number }>();
	for (const { labels, text } of labelledDocs()) {
		for (const s of scoreDoc(generate(text, labels.meta).facts, labels)) {
			const t = totals.get(s.kind) ?? { tp: 0, expected: 0, found: 0, right: 0 };
			t.tp += s.tp;
			t.expected += s.expected;
			t.found += s.found;
			t.right += (s as Score & { right?: number }).right ?? s.tp;
			totals.set(s.kind, t);
		}
	}
	return new Map(
		[...totals].map(([k, t]) => [
			k,
			{
				recall: t.tp / Math.max(1, t.expected),
				precision: t.right / Math.max(1, t.found),
				tp: t.tp,
				expected: t.expected
			}
		])
	);
}

/** The generator as the browser gets it: esbuild, minified, one ESM file. */
async function browserBundle(): Promise<Uint8Array> {
	const out = await build({
		entryPoints: [join(root, 'src/lib/generator/index.ts')],
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		write: false,
		logLevel: 'silent'
	});
	return out.outputFiles[0]!.contents;
}

/** Run in a fresh Node process: load the bundle, then time the first `generate` on the document. */
const FIRST_RUN = `
import { readFileSync } from 'node:fs';
const [bundle, doc] = process.argv.slice(1);
const { generate } = await import(bundle);
const { text, meta } = JSON.parse(readFileSync(doc, 'utf8'));
const start = performance.now();
generate(text, meta);
console.log(performance.now() - start);
`;

/**
 * Milliseconds of the first `generate` call in each of `runs` fresh Node processes, one after another. /create runs
 * the generator once per document, so a user waits for a first run: every pattern V8 compiles the first time it runs
 * is compiled then, which warm runs never show. The bundle is loaded before the clock starts, as the page has it
 * loaded before the user asks for a draft.
 */
function firstRuns(bundle: Uint8Array, doc: { text: string; meta: DocMeta }, runs: number): number[] {
	const dir = mkdtempSync(join(tmpdir(), 'generator-first-run-'));
	try {
		const file = join(dir, 'generator.mjs');
		writeFileSync(file, bundle);
		writeFileSync(join(dir, 'doc.json'), JSON.stringify(doc));
		// Without tsx's loader (inherited through NODE_OPTIONS), so the process is as bare as a page's worker.
		const env = { ...process.env, NODE_OPTIONS: '' };
		const args = ['--input-type=module', '-e', FIRST_RUN, pathToFileURL(file).href, join(dir, 'doc.json')];
		return Array.from({ length: runs }, () => Number(execFileSync(process.execPath, args, { env, encoding: 'utf8' })));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

export async function bench(): Promise<BenchRow[]> {
	const section = 'generator';
	const fixtures = 'generator tune-fixtures';
	const rows: BenchRow[] = [];
	const targets: Record<string, { recall: number; precision?: number }> = {
		dates: { recall: 95, precision: 95 },
		tolls: { recall: 95, precision: 95 },
		roles: { recall: 85, precision: 85 },
		motives: { recall: 80 }
	};
	const docs = labelledDocs();
	for (const [kind, s] of scoreAll()) {
		const t = targets[kind];
		rows.push({
			section: fixtures,
			name: `generator.${kind}.recall`,
			value: Math.round(s.recall * 1000) / 10,
			unit: '%',
			target: t?.recall,
			better: 'higher',
			note: `${s.tp}/${s.expected} labelled, ${docs.length} documents`
		});
		rows.push({
			section: fixtures,
			name: `generator.${kind}.precision`,
			value: Math.round(s.precision * 1000) / 10,
			unit: '%',
			target: t?.precision,
			better: 'higher'
		});
	}
	// A subset (`--only=r57,r59`) names tune reports; the held-out half is then left alone rather than run for nothing.
	for (const half of onlyIds() ? (['tune'] as const) : HALVES) rows.push(...evalRows(half));
	// Time per 1,000 words over the longest labelled document, repeated; the median resists a noisy shared machine.
	const longest = docs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
	const words = toText(longest.text).split(/\s+/).length;
	const runs: number[] = [];
	for (let i = 0; i < 60; i++) {
		const start = performance.now();
		generate(longest.text, longest.labels.meta);
		runs.push(performance.now() - start);
	}
	rows.push({
		section,
		name: 'generator.ms_per_1000_words',
		value: Math.round((median(runs) / words) * 1000 * 100) / 100,
		unit: 'ms',
		target: 10,
		better: 'lower',
		note: `Node, after every evaluation report: median of ${runs.length} runs on ${longest.labels.meta.id} (${words} words)`
	});
	const bundle = await browserBundle();
	const first = firstRuns(bundle, { text: longest.text, meta: longest.labels.meta }, 9);
	rows.push({
		section,
		name: 'generator.first_run_ms_per_1000_words',
		value: Math.round((median(first) / words) * 1000 * 100) / 100,
		unit: 'ms',
		better: 'lower',
		note: `median of the first run in ${first.length} fresh processes (minified browser bundle, loaded before the clock) on ${longest.labels.meta.id}: what /create waits for once per document, each pattern compiled on its first use`
	});
	// The fastest run shows the cost without other processes' interference on a shared two-core machine.
	rows.push({
		section,
		name: 'generator.ms_per_1000_words_fastest',
		value: Math.round((Math.min(...runs) / words) * 1000 * 100) / 100,
		unit: 'ms',
		note: `fastest of ${runs.length} runs`
	});
	// Where /create runs it: a worker in Chromium (generator-browser.ts says why Node's figures differ).
	const warmUp = loadHalf('tune').map((d) => ({ text: d.text, meta: d.labels.meta }));
	const inBrowser = await browserSpeed(bundle, { text: longest.text, meta: longest.labels.meta }, warmUp);
	if (inBrowser)
		rows.push(
			{
				section,
				name: 'generator.browser.ms_per_1000_words',
				value: Math.round((inBrowser.warmMs / words) * 1000 * 100) / 100,
				unit: 'ms',
				target: 10,
				better: 'lower',
				note: `Chromium, in a worker: median of 60 runs on ${longest.labels.meta.id} after every tune report (fastest ${Math.round((inBrowser.fastestMs / words) * 1000 * 100) / 100})`
			},
			{
				section,
				name: 'generator.browser.first_run_ms_per_1000_words',
				value: Math.round((inBrowser.firstMs / words) * 1000 * 100) / 100,
				unit: 'ms',
				better: 'lower',
				note: 'Chromium: median of the first run in 5 new workers, the bundle loaded before the clock'
			}
		);
	else process.stderr.write('generator bench: no Chromium to time the generator in; set CHROMIUM_PATH\n');
	rows.push({
		section,
		name: 'generator.bundle_gzip',
		value: gzipSync(bundle).length,
		unit: 'B',
		target: 30 * 1024,
		better: 'lower',
		note: 'esbuild, minified esm for the browser, gzip'
	});
	return rows;
}

// Run on its own: `npx tsx scripts/bench/generator.ts`
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	for (const r of await bench())
		console.log(
			`${r.name.padEnd(34)} ${String(r.value).padStart(8)} ${r.unit.padEnd(3)} ${r.target !== undefined ? `target ${r.target}` : ''} ${r.note ?? ''}`
		);
}
