/**
 * `npm run bench` prints every measured figure as a table; `npm run bench -- --json` prints one JSON object keyed by
 * figure name. Timings are medians or percentiles over many runs, because this machine is shared and noisy.
 */
import './runes';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './bench/types';

const SECTIONS = ['storage', 'study', 'briefing', 'generator', 'share'];

async function runSections(only: string | undefined): Promise<BenchRow[]> {
	const dir = join(import.meta.dirname, 'bench');
	const present = new Set(readdirSync(dir).map((f) => f.replace(/\.ts$/, '')));
	const rows: BenchRow[] = [];
	for (const name of SECTIONS) {
		if (only && name !== only) continue;
		if (!present.has(name)) continue;
		const mod = (await import(`./bench/${name}.ts`)) as { bench: () => Promise<BenchRow[]> };
		rows.push(...(await mod.bench()));
	}
	return rows;
}

function verdict(r: BenchRow): string {
	if (r.target === undefined || !r.better) return '';
	const met = r.better === 'lower' ? r.value <= r.target : r.value >= r.target;
	if (met) return 'met';
	// A ratio to a target of zero means nothing; say how far over it is instead.
	if (r.target === 0) return `missed (+${fmt(r.value)})`;
	const by = r.better === 'lower' ? r.value / r.target : r.target / Math.max(r.value, 1e-9);
	return `missed (${by.toFixed(2)}×)`;
}

function fmt(n: number): string {
	if (Number.isInteger(n)) return n.toLocaleString('en-US');
	return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);
}

function table(rows: BenchRow[]): string {
	const head = ['section', 'figure', 'value', 'unit', 'target', 'result', 'how'];
	const body = rows.map((r) => [
		r.section,
		r.name,
		fmt(r.value),
		r.unit,
		r.target === undefined ? '' : `${r.better === 'higher' ? '≥' : '≤'} ${fmt(r.target)}`,
		verdict(r),
		r.note ?? ''
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => c.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(args: string[]) {
	const only = args.find((a) => !a.startsWith('--'));
	if (!existsSync('build') && (!only || only === 'study')) {
		console.error('Note: build/ is missing, so the bundle-size figure is skipped; run `npm run build` first.');
	}
	const rows = await runSections(only);
	if (args.includes('--json'))
		console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, r.value])), null, 2));
	else console.log(table(rows));
}

await main(process.argv.slice(2));
