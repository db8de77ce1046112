/**
 * Every parser and decoder meets random and mutated inputs — 500 each here (about half a minute on two cores, so the
 * whole test run stays under ten minutes; the stored-value decoders are in fuzz-stored.spec.ts so both halves run at
 * once), set FUZZ_RUNS for another count, and `npm run fuzz` runs 10,000 — none may throw or accept a value that a
 * later screen fails on. Slow inputs are counted by `npm run fuzz`, not asserted here: time is measured by tools, not
 * by unit tests, which a busy machine would make fail at random.
 */
import { describe, expect, it } from 'vitest';
import { fuzzTarget } from '../../fuzz/run';
import { fuzzEvery, isStored } from './fuzz-every';
import { TARGETS, type FuzzTarget } from '../../fuzz/targets';

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
});

// Stored values are fuzzed in fuzz-stored.spec.ts, so the two halves run side by side.
fuzzEvery(
	'fuzzing every document, link and file parser',
	TARGETS.filter((t) => !isStored(t))
);
