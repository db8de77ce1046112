/**
 * `npm run fuzz` feeds every parser and decoder 10,000 random and mutated inputs and prints a table of what went
 * wrong; `-- --json` prints one JSON object `{ "<parser>": { inputs, uncaught, slow, acceptedThenFailed } }`.
 * Options: `--runs N`, `--seed N` (the same seed replays the same inputs), `--only "<parser>"`.
 * Exits with 1 when any parser has an uncaught exception, a slow input or an accepted value that later failed.
 */
import './runes';
import type { FuzzStats } from '../tests/fuzz/run';

// Imported after the runes hook is registered: the targets reach the progress store, a `.svelte.ts` module.
const { fuzzTarget, SLOW_MS } = await import('../tests/fuzz/run');
const { TARGETS } = await import('../tests/fuzz/targets');

// Study days are counted in the learner's zone; pin one, as the unit tests do, so a seed replays the same way.
process.env.TZ = 'Europe/Moscow';

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const json = process.argv.includes('--json');
const runs = Number(option('runs') ?? 10_000);
const seed = Number(option('seed') ?? 1);
const only = option('only');

const results: Record<string, FuzzStats & { seconds: number }> = {};
for (const t of TARGETS) {
	if (only && t.name !== only) continue;
	const started = performance.now();
	const stats = await fuzzTarget(t, runs, seed);
	results[t.name] = { ...stats, seconds: (performance.now() - started) / 1000 };
	if (!json) process.stderr.write(`${t.name}: done\n`);
}

const failing = Object.values(results).some((r) => r.uncaught + r.slow + r.acceptedThenFailed > 0);

if (json) {
	const out = Object.fromEntries(
		Object.entries(results).map(([name, r]) => [
			name,
			{ inputs: r.inputs, uncaught: r.uncaught, slow: r.slow, acceptedThenFailed: r.acceptedThenFailed }
		])
	);
	console.log(JSON.stringify(out, null, 1));
} else {
	const head = ['parser', 'inputs', 'uncaught', `slow (>${SLOW_MS} ms)`, 'acceptedThenFailed', 'accepted', 'seconds'];
	const rows = Object.entries(results).map(([name, r]) => [
		name,
		String(r.inputs),
		String(r.uncaught),
		String(r.slow),
		String(r.acceptedThenFailed),
		String(r.accepted),
		r.seconds.toFixed(1)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log(line(head));
	for (const row of rows) console.log(line(row));
	for (const [name, r] of Object.entries(results)) {
		for (const f of r.failures) {
			console.log(`\n${name} — ${f.kind} (input seed ${f.seed}): ${f.message}\n  input: ${JSON.stringify(f.input)}`);
		}
	}
	console.log(`\nseed ${seed}, ${runs} inputs per parser`);
}
process.exitCode = failing ? 1 : 0;
