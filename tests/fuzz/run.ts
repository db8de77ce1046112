/**
 * Runs fuzz targets: per target, a fixed share of purely random text, valid seeds damaged byte by byte, damage
 * below the checksum (`layer`), and JSON fields set to hostile values. Counts what the issue asks to be zero.
 */
import fc from 'fast-check';
import { int, mutateJson, mutateString, mutateText, pick, randomText, rng, type Rng } from './mutate';
import type { FuzzTarget } from './targets';

/** An input that takes longer than this to decode would freeze a tab. */
export const SLOW_MS = 1000;

/**
 * Milliseconds of CPU this process spent: on a shared, loaded machine wall time would count other programs' work
 * against the decoder. A tab spends CPU time, so that is what is compared with SLOW_MS.
 */
const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

export interface Failure {
	kind: 'uncaught' | 'slow' | 'acceptedThenFailed';
	message: string;
	/** The input's first characters, and its generator seed to replay it with `inputFor` (−n: crafted input n). */
	input: string;
	seed: number;
}

export interface FuzzStats {
	inputs: number;
	uncaught: number;
	slow: number;
	acceptedThenFailed: number;
	/** Not a failure: how many inputs the decoder accepted (a fuzzer that never gets past the door proves little). */
	accepted: number;
	failures: Failure[];
}

/** The input generated from `seed` for `t`: reproducible, so a failure can be replayed. */
export async function inputFor(t: FuzzTarget, seed: number, seeds?: readonly string[]): Promise<string> {
	const r = rng(seed);
	seeds ??= await t.seeds();
	const base = pick(r, seeds);
	const roll = r();
	if (roll < 0.1) return randomText(r);
	if (roll < 0.15) return base;
	if (roll < 0.5) return mutateText(r, base, undefined, seeds);
	if (roll < 0.6) return mutateJson(r, base);
	return belowLayer(r, t, base, seeds);
}

async function belowLayer(r: Rng, t: FuzzTarget, base: string, seeds: readonly string[]): Promise<string> {
	const inner = t.layer ? t.layer.unwrap(base) : base;
	if (inner === null) return mutateText(r, base, undefined, seeds);
	const damaged =
		int(r, 4) === 0
			? mutateText(r, inner, undefined, [])
			: isJson(inner)
				? mutateJson(r, inner)
				: mutateString(r, inner);
	return t.layer ? t.layer.wrap(damaged) : damaged;
}

function isJson(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

function message(err: unknown): string {
	return err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 300) : String(err).slice(0, 300);
}

/**
 * Feeds `runs` inputs to `t`. `seed` fixes the sequence (the same seed gives the same inputs). Inputs go one at a
 * time, each awaited before the next, so the CPU time measured around a decode is that input's alone.
 */
export async function fuzzTarget(t: FuzzTarget, runs: number, seed = 1): Promise<FuzzStats> {
	const stats: FuzzStats = { inputs: 0, uncaught: 0, slow: 0, acceptedThenFailed: 0, accepted: 0, failures: [] };
	const seeds = await t.seeds();
	const crafted = t.hostile?.() ?? [];
	const inputSeeds = fc.sample(fc.integer(), { numRuns: Math.max(0, runs - crafted.length), seed });
	const inputs = [...crafted.map((input, i) => ({ input, s: -1 - i })), ...inputSeeds];
	for (const item of inputs) {
		const { input, s } = typeof item === 'number' ? { input: await inputFor(t, item, seeds), s: item } : item;
		const fail = (kind: Failure['kind'], err: unknown) => {
			stats[kind]++;
			if (stats.failures.length < 5)
				stats.failures.push({ kind, message: message(err), input: input.slice(0, 200), seed: s });
		};
		stats.inputs++;
		const started = cpuMs();
		let decoded: Awaited<ReturnType<FuzzTarget['decode']>>;
		try {
			decoded = await t.decode(input);
		} catch (err) {
			fail('uncaught', err);
			continue;
		} finally {
			const ms = cpuMs() - started;
			if (ms > SLOW_MS) fail('slow', `${Math.round(ms)} ms of CPU`);
		}
		if (!('accepted' in decoded)) continue;
		stats.accepted++;
		try {
			await t.use(decoded.accepted);
		} catch (err) {
			fail('acceptedThenFailed', err);
		}
	}
	return stats;
}
