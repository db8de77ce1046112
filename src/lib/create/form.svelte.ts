/**
 * The create screen's form: the documents and the deck's title, id and description. The deck title follows the
 * first document's title and the id follows the deck title until the instructor types their own, so the usual case
 * needs no typing and an edited value is never overwritten.
 */
import type { DocMeta } from '../generator/types';
import {
	checkDeck,
	checkDoc,
	docMetas,
	emptyDoc,
	slugify,
	type DeckErrors,
	type DeckFields,
	type DocErrors,
	type DocFields
} from './meta';

export class CreateForm {
	docs = $state<DocFields[]>([emptyDoc()]);
	description = $state('');
	docErrors = $state<DocErrors[]>([]);
	deckErrors = $state<DeckErrors>({});
	#title = $state<string | null>(null);
	#id = $state<string | null>(null);

	get deckTitle(): string {
		return this.#title ?? this.docs[0]?.title.trim() ?? '';
	}
	set deckTitle(title: string) {
		this.#title = title;
	}

	get deckId(): string {
		return this.#id ?? slugify(this.deckTitle);
	}
	set deckId(id: string) {
		this.#id = id;
	}

	get deck(): DeckFields {
		return { title: this.deckTitle, id: this.deckId.trim(), description: this.description };
	}

	addDoc(): void {
		this.docs.push(emptyDoc());
	}

	removeDoc(index: number): void {
		if (this.docs.length > 1) this.docs.splice(index, 1);
		this.docErrors = [];
	}

	/** Checks every field and keeps the messages for the form; true when the documents can go to the generator. */
	check(): boolean {
		this.docErrors = this.docs.map(checkDoc);
		this.deckErrors = checkDeck(this.deck);
		return this.docErrors.every((e) => Object.keys(e).length === 0) && Object.keys(this.deckErrors).length === 0;
	}

	/** Every message of the last check, in form order, for a summary at the submit button. */
	get messages(): string[] {
		const prefix = (i: number) => (this.docs.length > 1 ? `Document ${i + 1} — ` : '');
		return [
			...this.docErrors.flatMap((e, i) => Object.values(e).map((m) => prefix(i) + m)),
			...Object.values(this.deckErrors)
		];
	}

	/** The generator's input: each document's text with the metadata its evidence will cite. */
	inputs(): { text: string; meta: DocMeta }[] {
		const metas = docMetas(this.docs);
		return this.docs.map((d, i) => ({ text: d.text, meta: metas[i]! }));
	}
}
