/**
 * One test per parser: random and mutated inputs, none of which may throw or be accepted and then fail on a later
 * screen. Split across two spec files (documents and links; stored values) so the test run fuzzes both at once.
 */
import { describe, expect, it } from 'vitest';
import { fuzzTarget } from '../../fuzz/run';
import type { FuzzTarget } from '../../fuzz/targets';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? 1);

/**
 * Parsers that still fail on this code, with the change that fixes each. Their tests are marked `fails`: they stay
 * visible in every run, and turn red the moment the fix lands, so the mark cannot outlive the bug.
 */
// None today: every parser passes. Add `'<parser>': '<the change that fixes it>'` when one is found failing.
const KNOWN_FAILURES: Record<string, string> = {};

export function isStored(t: FuzzTarget): boolean {
	return t.name.startsWith('stored ');
}

export function fuzzEvery(title: string, targets: readonly FuzzTarget[]) {
	describe(title, () => fuzzEach(targets));
}

function fuzzEach(targets: readonly FuzzTarget[]) {
	for (const t of targets) {
		const known = KNOWN_FAILURES[t.name];
		const test = known ? it.fails : it;
		const title = known ? `${t.name} — fails until ${known}` : t.name;
		test(title, { timeout: 300_000 }, async () => {
			const stats = await fuzzTarget(t, RUNS, SEED);
			expect(stats.inputs).toBe(RUNS);
			expect({
				uncaught: stats.uncaught,
				acceptedThenFailed: stats.acceptedThenFailed,
				failures: stats.failures.filter((f) => f.kind !== 'slow')
			}).toEqual({ uncaught: 0, acceptedThenFailed: 0, failures: [] });
			// A fuzzer that never gets past the door proves nothing about what lies behind it.
			expect(stats.accepted).toBeGreaterThan(RUNS / 50);
		});
	}
}
