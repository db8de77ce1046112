/**
 * The draft of some documents as the review screen takes it, or the generator's message when it cannot read them:
 * what the reader's worker runs, and the page itself where there are no workers.
 */
import { generateDeck } from '../generator';
import type { ReadReply, ReadRequest } from './reader';

export function readDraft({ docs, meta }: ReadRequest): ReadReply {
	try {
		// The draft's own fields only: the generator's facts, as large again, are not sent to the page.
		const { deck, texts, warnings, checks, events } = generateDeck(docs, meta);
		return { ok: true, draft: { deck, texts, warnings, checks, events } };
	} catch (err) {
		// The generator's messages name the document and what is wrong with it ("… is 250,000 characters long").
		return { ok: false, message: err instanceof Error ? err.message : String(err) };
	}
}
