/**
 * The instructor's assignment form: its fields as typed, the assignment they make, and what to say about the link.
 * The form keeps text as typed (a percentage, a day) and `buildAssignment` turns it into an assignment or a message.
 */
import { checkAssignment, DEFAULT_TARGET, kindsOf, type Assignment, type Checked } from '../share/assignment';
import { LINK_LIMIT, QR_LIMIT, type EncodedLink } from '../share/link';
import type { CardKind, Deck } from '../decks/schema';
import { newSecret } from '../share/crypto';
import { localDay } from './format';

export interface AssignmentForm {
	title: string;
	instructions: string;
	from: string;
	/** YYYY-MM-DD, as a date input gives it. */
	dueDate: string;
	allStudied: boolean;
	/** Percent, as typed. */
	minRecall: string;
	/** The kinds ticked; all kinds of the deck means no subset. */
	kinds: CardKind[];
}

/**
 * Who the assignment is and which revision: the same id with a higher version updates trainees' copies. The secret
 * stays with the id, so reports made from any version are signed alike.
 */
export interface Identity {
	id: string;
	version: number;
	secret: string;
}

/** A week ahead is a typical lead time for a briefing; the instructor changes it. */
const DEFAULT_LEAD_DAYS = 7;

/** A fresh form for `deck`, or the last assignment made for it, to revise. */
export function initialForm(deck: Deck, previous: Assignment | null, now: number): AssignmentForm {
	if (previous) {
		return {
			title: previous.title,
			instructions: previous.instructions,
			from: previous.from,
			dueDate: previous.dueDate,
			allStudied: previous.target.allStudied,
			minRecall: String(Math.round(previous.target.minRecall * 100)),
			kinds: previous.kinds ?? kindsOf(deck.cards)
		};
	}
	return {
		title: deck.title,
		instructions: '',
		from: '',
		dueDate: localDay(now, DEFAULT_LEAD_DAYS),
		allStudied: DEFAULT_TARGET.allStudied,
		minRecall: String(Math.round(DEFAULT_TARGET.minRecall * 100)),
		kinds: kindsOf(deck.cards)
	};
}

/**
 * An id for a new assignment: the deck's id and the time in base 36, so two assignments of one deck differ and the
 * id still reads like the deck's (ids are at most 64 characters).
 */
export function newAssignmentId(deckId: string, now: number): string {
	return `${deckId.slice(0, 54).replace(/-+$/, '')}-${Math.floor(now / 1000).toString(36)}`;
}

/** The next revision of `previous`, or a new assignment. */
export function nextIdentity(deckId: string, previous: Assignment | null, now: number): Identity {
	return previous
		? { id: previous.id, version: previous.version + 1, secret: previous.secret }
		: { id: newAssignmentId(deckId, now), version: 1, secret: newSecret() };
}

export type FormErrors = Partial<Record<'title' | 'from' | 'dueDate' | 'minRecall' | 'kinds', string>>;

/** Field by field, in words the instructor can act on; empty when the form can make an assignment. */
export function formErrors(form: AssignmentForm, now: number): FormErrors {
	const errors: FormErrors = {};
	if (!form.title.trim()) errors.title = 'Give the assignment a title.';
	if (!form.from.trim()) errors.from = 'Say who it is from, as trainees should see it.';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(form.dueDate)) errors.dueDate = 'Choose the day of the briefing.';
	else if (form.dueDate < localDay(now)) errors.dueDate = 'The briefing day is in the past.';
	const recall = Number(form.minRecall.trim().replace(/\s*%$/, ''));
	if (form.minRecall.trim() === '' || !Number.isFinite(recall) || recall < 1 || recall > 100) {
		errors.minRecall = 'Enter a percentage from 1 to 100.';
	}
	if (form.kinds.length === 0) errors.kinds = 'Tick at least one kind of card.';
	return errors;
}

/** The assignment the form describes, made at `now`; or the first problem, in words. */
export function buildAssignment(
	form: AssignmentForm,
	deck: Deck,
	identity: Identity,
	now: number
): Checked<Assignment> {
	const errors = Object.values(formErrors(form, now));
	if (errors.length) return { ok: false, error: errors[0] ?? '' };
	const all = kindsOf(deck.cards);
	// Every kind ticked means "the whole deck", which also covers cards of kinds added to the deck later.
	const kinds = all.every((k) => form.kinds.includes(k)) ? undefined : all.filter((k) => form.kinds.includes(k));
	const a: Assignment = {
		id: identity.id,
		title: form.title.trim(),
		instructions: form.instructions.trim(),
		from: form.from.trim(),
		dueDate: form.dueDate,
		target: { allStudied: form.allStudied, minRecall: Number(form.minRecall.trim().replace(/\s*%$/, '')) / 100 },
		...(kinds ? { kinds } : {}),
		deck,
		createdAt: new Date(now).toISOString(),
		version: identity.version,
		secret: identity.secret
	};
	return checkAssignment(a);
}

/**
 * What to tell the instructor about a link's length, or null when it is fine to send (a QR code is simply not shown
 * when it does not fit). Numbers are written out so the instructor can see how far over the limit the deck is.
 */
export function linkAdvice(link: Pick<EncodedLink, 'chars'>): string | null {
	if (link.chars <= LINK_LIMIT) return null;
	const n = (x: number) => x.toLocaleString('en-US');
	return `This deck makes a ${n(link.chars)}-character link; links over ${n(LINK_LIMIT)} characters break in some apps. Send the file instead, or assign fewer kinds.`;
}

/** Said under the link when it fits but a QR code would not. */
export function qrAdvice(link: Pick<EncodedLink, 'chars'>): string | null {
	if (link.chars <= QR_LIMIT || link.chars > LINK_LIMIT) return null;
	const n = (x: number) => x.toLocaleString('en-US');
	return `No QR code: the link has ${n(link.chars)} characters and a QR code holds at most ${n(QR_LIMIT)}.`;
}

/** `crocus-starter-s9x2k1.assignment.json`: the id says which assignment, the suffix what the file is. */
export function assignmentFileName(a: Pick<Assignment, 'id' | 'version'>): string {
	return `${a.id}${a.version > 1 ? `-v${a.version}` : ''}.assignment.json`;
}
