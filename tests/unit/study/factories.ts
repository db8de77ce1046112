import type { Deck, DeckCard } from '../../../src/lib/decks/schema';
import type { SessionStore } from '../../../src/lib/study/session.svelte';

/** A card as a deck file would give it, with the fields each test cares about overridden. */
export function makeCard(over: Partial<DeckCard> = {}): DeckCard {
	return {
		id: 'crocus-toll',
		kind: 'toll',
		format: 'qa',
		prompt: 'How many people were killed in the attack on Crocus City Hall?',
		answer: 'more than 130',
		source: { doc: 'aj', paragraph: 8, quote: 'More than 130 people have been killed' },
		...over
	};
}

export function makeDeck(cards: DeckCard[] = [makeCard()], over: Partial<Deck> = {}): Deck {
	return {
		id: 'crocus',
		title: 'Crocus',
		description: 'Test deck',
		sources: [
			{ id: 'aj', title: 'Moscow concert hall attack', publisher: 'Al Jazeera', published: '2024-03-24' },
			{
				id: 'byman',
				title: 'What to Make of the ISIS-K Attack on Moscow',
				author: 'Daniel Byman',
				published: '2024-04-01'
			}
		],
		aliases: [['ISIS-K', 'ISKP', 'Islamic State Khorasan Province']],
		cards,
		...over
	};
}

/** Kerman: the two sources give different tolls. */
export const KERMAN = makeCard({
	id: 'kerman-toll',
	prompt: 'How many people were killed by the January 2024 suicide bombings in Kerman, Iran?',
	answer: 'more than 90',
	choices: ['more than 130', 'at least 175', 'more than 50'],
	source: { doc: 'aj', paragraph: 12, quote: 'killed more than 90 people' },
	variants: [{ answer: 'almost 100', source: { doc: 'byman', paragraph: 8, quote: 'killed almost 100 people' } }]
});

/** A store with nothing stored that saves nothing, for tests of what a session does before anything is saved. */
export const emptyStore: SessionStore = {
	loadToday: () => ({ cards: new Map(), log: [] }),
	grade: () => {},
	undo: () => null,
	canUndo: () => false,
	ledgerLoaded: () => true,
	loadLedger: () => Promise.resolve()
};
