import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { entry, makeCard, makeStore } from './helpers';

/**
 * What the home page relies on: a screen reading one deck re-runs when that deck changes, here or in another tab, and
 * not when another deck does. Deck ids are user data, so ids that name members of every object are among them.
 */
describe('per-deck reactivity', () => {
	const ids = ['crocus', 'kerman', '__proto__', 'constructor'];

	function watch() {
		const store = makeStore();
		const runs = Object.fromEntries(ids.map((id) => [id, 0]));
		const stop = $effect.root(() => {
			for (const id of ids)
				$effect(() => {
					store.glance(id, 10, Date.now());
					runs[id]!++;
				});
		});
		flushSync();
		return { store, runs, stop };
	}

	it.each(ids)('a storage event for %s re-runs only what reads that deck', (id) => {
		const { store, runs, stop } = watch();
		store.external(`bt:p:${id}:c3`);
		flushSync();
		expect(runs).toEqual(Object.fromEntries(ids.map((d) => [d, d === id ? 2 : 1])));
		stop();
	});

	it.each(ids)('a grade recorded in %s re-runs only what reads that deck', (id) => {
		const { store, runs, stop } = watch();
		store.record(id, 'a', makeCard([3]), entry('a', Date.now(), 3, 800));
		flushSync();
		expect(runs).toEqual(Object.fromEntries(ids.map((d) => [d, d === id ? 2 : 1])));
		stop();
	});

	it("another tab's note of unsaved values re-runs nothing (settling it reports the keys it writes)", () => {
		const { store, runs, stop } = watch();
		let revisions = 0;
		const stopRevision = $effect.root(() => {
			$effect(() => {
				void store.revision;
				revisions++;
			});
		});
		flushSync();
		store.external('bt:unsaved:tab-1');
		flushSync();
		expect(runs).toEqual(Object.fromEntries(ids.map((d) => [d, 1])));
		expect(revisions).toBe(1);
		stopRevision();
		stop();
	});

	it('a cleared storage re-runs every deck read so far', () => {
		const { store, runs, stop } = watch();
		store.external(null);
		flushSync();
		expect(runs).toEqual(Object.fromEntries(ids.map((d) => [d, 2])));
		stop();
	});
});
