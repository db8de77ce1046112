/**
 * The heavy year as a browser holds it: the synthetic year of storage.ts (20 decks × 500 cards, 100,000 reviews)
 * plus the 20 decks themselves kept in this browser, written through the real ProgressStore so the keys and encoding
 * are exactly what the app reads. Returns every localStorage entry, to be copied into a Chromium profile.
 */
import type { Deck, DeckCard } from '../../src/lib/decks/schema';
import { DEFAULT_SETTINGS } from '../../src/lib/scheduler/settings';
import { ProgressStore } from '../../src/lib/storage/store.svelte';
import { FULL_YEAR, makeYear, type YearSize } from './storage';

/** The deck the study figures drill: a local deck with a year of progress. */
export const STUDY_DECK = 'briefing-01';

const KIND_OF: Record<string, DeckCard['kind']> = {
	toll: 'toll',
	date: 'date',
	actor: 'actor',
	motive: 'motive',
	figure: 'figure'
};

function deckOf(id: string, n: number, cardIds: string[]): Deck {
	const doc = `${id}-report`;
	const cards = cardIds.map((cardId, i): DeckCard => {
		const kind = KIND_OF[cardId.split('-')[1] ?? ''] ?? 'other';
		return {
			id: cardId,
			kind,
			format: 'qa',
			prompt: `In briefing ${n}, what is fact number ${i + 1} about the ${kind} reported in the second week?`,
			answer: `answer of ${cardId}`,
			explanation: `Reported in paragraph ${(i % 40) + 1} of the report, and repeated in the summary.`,
			source: { doc, paragraph: (i % 40) + 1, quote: `the ${kind} reported as answer of ${cardId}` }
		};
	});
	return {
		id,
		title: `Briefing ${n}: a year of study`,
		description: `Synthetic deck ${n} of the heavy-year benchmark: ${cards.length} cards over one report.`,
		sources: [{ id: doc, title: `Report ${n}`, published: '2025-01-01' }],
		cards
	};
}

/** Every localStorage entry of a year of `size` (the full heavy year unless told), its decks kept in this browser. */
export async function heavyEntries(size: YearSize = FULL_YEAR): Promise<[string, string][]> {
	const year = await makeYear(size);
	const store = new ProgressStore(year.storage, { now: () => Date.now() });
	year.deckIds.forEach((id, i) => {
		store.saveDeck(deckOf(id, i + 1, year.cardIds.get(id)!));
		// Reveal and self-grade, so the study figures time scheduling and rendering rather than typing.
		store.saveSettings(id, { ...DEFAULT_SETTINGS, answerMode: 'reveal' });
	});
	return year.storage.keys().map((k) => [k, year.storage.getItem(k)!]);
}
