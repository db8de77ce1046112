import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/lib/scheduler/settings';
import { loadOptionOrder } from '../../../src/lib/study/option-loader.svelte';
import { StudySession } from '../../../src/lib/study/session.svelte';
import { emptyStore, makeCard, makeDeck } from './factories';

const T0 = Date.UTC(2024, 3, 1, 9, 0, 0);
const deck = makeDeck([makeCard({ id: 'toll', choices: ['more than 90', 'at least 175'] })]);

/**
 * The code that orders the options loads with the parts that draw them, after the first card. This file runs with
 * fresh modules (an effects test), so it has not loaded when the session starts.
 */
describe('a choice card shown before the options’ order has loaded', () => {
	it('shows the card at once, then its options once the code arrives, in the order the session gives them', async () => {
		const session = new StudySession(deck, DEFAULT_SETTINGS, emptyStore, T0, 7);
		const seen: [string | null, string, string[]][] = [];
		const stop = $effect.root(() => {
			$effect(() => void seen.push([session.currentId, session.cardMode!, session.options]));
		});
		flushSync();
		const order = await loadOptionOrder();
		flushSync();
		stop();
		expect(seen).toEqual([
			['toll', 'choice', []],
			['toll', 'choice', order.choiceOptions(deck.cards[0]!, 7)]
		]);
		expect(seen[1]![2]).toHaveLength(3);
	});
});
