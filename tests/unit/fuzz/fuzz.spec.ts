/**
 * Every parser and decoder meets random and mutated inputs — 500 each here (about half a minute on two cores, so the whole test run stays under ten minutes), set
 * FUZZ_RUNS for another count, and `npm run fuzz` runs 10,000 — none may throw or accept a value that a later screen
 * fails on. Slow inputs are counted by `npm run fuzz`, not asserted here: time is measured by tools, not by unit
 * tests, which a busy machine would make fail at random.
 */
import { describe, expect, it } from 'vitest';
import { fuzzTarget } from '../../fuzz/run';
import { TARGETS, type FuzzTarget } from '../../fuzz/targets';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? 1);

/**
 * Parsers that still fail on this code, with the change that fixes each. Their tests are marked `fails`: they stay
 * visible in every run, and turn red the moment the fix lands, so the mark cannot outlive the bug.
 */
// None today: every parser passes. Add `'<parser>': '<the change that fixes it>'` when one is found failing.
const KNOWN_FAILURES: Record<string, string> = {};

describe('fuzzing every parser and decoder', () => {
	it('covers every parser the issue names', () => {
		expect(TARGETS.map((t) => t.name)).toEqual(
			expect.arrayContaining([
				'deck yaml',
				'backup preview',
				'backup import',
				'assignment link',
				'assignment file',
				'report text',
				'report file',
				'stored index',
				'stored card chunk',
				'stored log segment',
				'stored settings',
				'stored summary',
				'stored local deck',
				'stored assignments',
				'stored meta',
				'v1 migration'
			])
		);
	});

	it('counts a decoder that throws and an accepted value that fails later', async () => {
		const fragile: FuzzTarget<string> = {
			name: 'fragile',
			seeds: () => ['{"a":1,"b":"text"}'],
			decode(text) {
				if (text.includes('[')) throw new RangeError('nested');
				return { accepted: text };
			},
			use(text) {
				JSON.parse(text);
			}
		};
		const stats = await fuzzTarget(fragile as FuzzTarget, 300);
		expect(stats.inputs).toBe(300);
		expect(stats.uncaught).toBeGreaterThan(10);
		expect(stats.acceptedThenFailed).toBeGreaterThan(10);
		expect(stats.failures[0]).toMatchObject({ kind: expect.stringMatching(/uncaught|acceptedThenFailed/) });
	});

	for (const t of TARGETS) {
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
});
