/** Importing this module makes the codec of decks kept in this browser available (see parts.ts). */
import * as v from 'valibot';
import { DeckSchema } from '../decks/schema';
import { compressToUTF16, decompressFromUTF16 } from '../lz';
import { provideDeckCodec } from './parts';

/** lz-string's decompressor throws on some damaged input (it reads past its dictionary): that is no deck either. */
function decompress(raw: string): unknown {
	try {
		return JSON.parse(decompressFromUTF16(raw) ?? '') as unknown;
	} catch {
		return undefined;
	}
}

// Decks are compressed: a deck is mostly prose, which lz-string shrinks to about a third.
provideDeckCodec({
	encode(deck) {
		const valid = v.parse(DeckSchema, deck);
		return { deck: valid, text: compressToUTF16(JSON.stringify(valid)) };
	},
	decode(text) {
		const result = v.safeParse(DeckSchema, decompress(text));
		return result.success ? result.output : null;
	}
});
