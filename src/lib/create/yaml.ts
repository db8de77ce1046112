/**
 * A deck as a deck file. Kept apart from the rest of the screen so the page can load the `yaml` package only when
 * someone downloads a file (dynamic import), keeping it out of every other screen's bundle.
 */
import { stringify } from 'yaml';
import type { Deck } from '../decks/schema';

/** YAML text in the layout of decks/README.md: deck fields first, then sources, then cards. */
export function deckToYaml(deck: Deck): string {
	const ordered: Deck = {
		id: deck.id,
		title: deck.title,
		description: deck.description,
		sources: deck.sources,
		...(deck.aliases ? { aliases: deck.aliases } : {}),
		cards: deck.cards
	};
	// lineWidth 0: long prompts and quotes stay on one line, so a quote can be searched for in the file as written.
	return stringify(ordered, { lineWidth: 0 });
}

/** `<id>.yaml`, the name the decks/ folder expects. */
export function deckFileName(deck: Pick<Deck, 'id'>): string {
	return `${deck.id}.yaml`;
}
