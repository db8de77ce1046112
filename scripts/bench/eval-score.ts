/**
 * Scores one generated draft against a report's hand labels, card by card and counting the event each prompt names:
 * a right number asked about the wrong attack is wrong, and a question that names no event finds nothing. How a card
 * is read (its event, measure, number, date) is in eval-read.ts; the rules are written out in eval/README.md.
 */
import type { DeckCard } from '../../src/lib/decks/schema';
import type { EvalLabels } from './eval-labels';
import {
	KINDS,
	asksAbout,
	blankedSpan,
	ownWords,
	dateOf,
	escape,
	holds,
	kindOf,
	measureOf,
	namedEvent,
	numberOf,
	type Kind
} from './eval-read';

export { KINDS, type Kind };

/** What the bench needs of `generate`'s result; `checks` maps a needs-check card's id to its reason. */
export interface Draft {
	cards: DeckCard[];
	checks?: Record<string, string>;
}

export interface CardVerdict {
	id: string;
	kind: Kind;
	/** `unmatched`: not right, but not contradicted by the labels either (no event named, a vaguer date…). */
	verdict: 'right' | 'wrong' | 'unmatched';
	event?: string;
	why: string;
	needsCheck: boolean;
}

/** Per kind: labelled facts to find, how many a right card found, cards proposed, and cards that are right. */
export interface Tally {
	expected: number;
	recalled: number;
	found: number;
	right: number;
}

export interface DocScore {
	kinds: Record<Kind, Tally>;
	verdicts: CardVerdict[];
	cards: number;
	needsCheck: number;
	/** Cards not marked needs-check that contradict the labels. */
	wrong: number;
	/** Cards whose normalised prompt repeats an earlier card's. */
	duplicates: number;
	/** Toll and date cards whose prompt names no labelled event. */
	unnamed: number;
	/** Toll cards that give a count the report itself supersedes. */
	stale: number;
	/**
	 * Where the labelled tolls no right card found were lost: no card names their event at all (`unformed`), a toll
	 * card gives their number but asks it of another event or none (`elsewhere`), or cards name their event but none
	 * gives this count (`unread`).
	 */
	tollsLost: TollsLost;
	/** Dates counted per labelled mention, as recall counted them before it counted each event's day once. */
	dateMentions: { expected: number; recalled: number };
	/** Labelled facts no right card found, per kind (for the tune report; never printed for the held-out half). */
	missed: { kind: Kind; label: object }[];
}

export interface TollsLost {
	unformed: number;
	elsewhere: number;
	unread: number;
}

type Judged = Omit<CardVerdict, 'id' | 'kind' | 'needsCheck'> & { credit?: object; stale?: boolean };
const unmatched = (why: string, event?: string): Judged => ({ verdict: 'unmatched', why, event });
export const NO_EVENT = 'names no labelled event';

function judgeToll(card: DeckCard, l: EvalLabels): Judged {
	const measure = measureOf(card.prompt);
	const event = namedEvent(card.prompt, l, (e) => l.tolls.some((t) => t.event === e.id && t.measure === measure));
	if (!event) return unmatched(NO_EVENT);
	if (!measure) return unmatched('the prompt asks for no count I can read', event.id);
	const n = numberOf(card.answer);
	if (n === undefined) return unmatched('the answer gives no number', event.id);
	// A count of a group ("29 children") answers a question about that group, or about everyone when the report
	// gives no other count of that kind for the event ("wounding four of them" where only officers were hurt).
	const same = l.tolls.filter((t) => t.event === event.id && t.measure === measure);
	const everyone = !same.some((t) => !t.victims);
	const fits = same.filter((t) => everyone || asksAbout(card.prompt, t.victims));
	// "How many bombers were killed …? three", where the report counts three bombers and three others: the card answers
	// the group it names, and leaves the count of the others for a card of its own.
	const group = /^How many (.+?) (?:were|was|have|had)\b/.exec(card.prompt)?.[1];
	const named =
		group && !/^(?:people|persons)$/i.test(group) ? fits.filter((t) => asksAbout(group, t.victims) && t.victims) : [];
	const pick = (ts: typeof fits) => ts.find((t) => t.value === n && t.latest) ?? ts.find((t) => t.value === n);
	const hit = pick(named) ?? pick(fits);
	if (hit) return { verdict: 'right', event: event.id, why: `${measure} ${n}`, credit: hit, stale: !hit.latest };
	return { verdict: 'wrong', event: event.id, why: `${n} is no labelled ${measure} count of ${event.id}` };
}

/**
 * A date card. In a cloze the blanked words are the text's own, so the card can only be wrong in how it read them:
 * it is judged against the label whose written words it blanked ("late on Monday" → 2017-05-22), and it finds that
 * label only if the prompt also names the label's event. Elsewhere the prompt's event decides, and only a question
 * (never a cloze, whose date may belong to anything the sentence mentions) is wrong for a date of another event.
 */
function judgeDate(card: DeckCard, l: EvalLabels, text: string): Judged {
	const iso = dateOf(card, l.meta.published);
	const span = blankedSpan(card.prompt, text);
	const covering = span
		? l.dates.filter((d) =>
				[...text.matchAll(new RegExp(escape(d.written), 'g'))].some(
					(m) => m.index < span[1] && m.index + d.written.length > span[0]
				)
			)
		: [];
	if (covering.length) {
		const named = (d: (typeof covering)[number], words: string) =>
			l.events.find((e) => e.id === d.event)!.names.some((n) => holds(words, n));
		if (!iso) return unmatched('the answer is not a date', covering[0]!.event);
		const hits = covering.filter((d) => d.iso === iso);
		// An event the clause names itself is the one its gap is of, before the event of the report it is from.
		const own = ownWords(card.prompt, text);
		const hit = hits.find((d) => named(d, own)) ?? hits.find((d) => named(d, card.prompt));
		if (hit) return { verdict: 'right', event: hit.event, why: iso, credit: hit };
		if (hits.length) return unmatched(NO_EVENT, hits[0]!.event);
		if (covering.some((d) => d.iso.startsWith(iso) || iso.startsWith(d.iso)))
			return unmatched(`${iso} is not at the precision of "${covering[0]!.written}"`, covering[0]!.event);
		return {
			verdict: 'wrong',
			event: covering[0]!.event,
			why: `${iso}, but "${covering[0]!.written}" is ${covering[0]!.iso}`
		};
	}
	const event = namedEvent(card.prompt, l, (e) => !!e.date || l.dates.some((d) => d.event === e.id));
	if (!event) return unmatched(NO_EVENT);
	if (!iso) return unmatched('the answer is not a date', event.id);
	const labels = l.dates.filter((d) => d.event === event.id);
	const known = [...labels.map((d) => d.iso), ...(event.date ? [event.date] : [])];
	if (known.includes(iso))
		return { verdict: 'right', event: event.id, why: iso, credit: labels.find((d) => d.iso === iso) };
	if (span || !known.length || known.some((k) => k.startsWith(iso) || iso.startsWith(k)))
		return unmatched(`${iso} is not a labelled date of ${event.id}`, event.id);
	return { verdict: 'wrong', event: event.id, why: `${iso}, but ${event.id} is dated ${known.join(', ')}` };
}

function judgeClaim(card: DeckCard, l: EvalLabels): Judged {
	const event = namedEvent(card.prompt, l, (e) => l.claims.some((c) => c.event === e.id));
	if (!event) return unmatched(NO_EVENT);
	const claims = l.claims.filter((c) => c.event === event.id);
	if (claims.some((c) => 'none' in c))
		return { verdict: 'wrong', event: event.id, why: `no one has claimed ${event.id}` };
	const answer = card.answer.toLowerCase();
	const hit = claims.find(
		(c) => 'claimant' in c && [c.claimant, ...(c.aliases ?? [])].some((n) => answer.includes(n.toLowerCase()))
	);
	if (hit) return { verdict: 'right', event: event.id, why: card.answer, credit: hit };
	return { verdict: 'wrong', event: event.id, why: `the report gives no claim by ${card.answer} for ${event.id}` };
}

/** A person is named by their full name or their surname. */
const namesPerson = (text: string, person: string) =>
	holds(text, person) || (person.split(' ').at(-1)!.length >= 3 && holds(text, person.split(' ').at(-1)!));

function judgeRole(card: DeckCard, l: EvalLabels): Judged {
	const text = `${card.prompt} ${card.answer}`.toLowerCase();
	const describes = (r: EvalLabels['roles'][number]) =>
		[r.role, r.affiliation].some((w) => w !== undefined && text.includes(w.toLowerCase()));
	const inAnswer = l.roles.filter((r) => namesPerson(card.answer, r.person));
	const people = inAnswer.length ? inAnswer : l.roles.filter((r) => namesPerson(card.prompt, r.person));
	if (!people.length) return unmatched('names no labelled person');
	const hit = people.find(describes);
	if (hit) return { verdict: 'right', why: `${hit.person}: ${hit.role}`, credit: hit };
	const other = l.roles.find((r) => !people.includes(r) && describes(r));
	if (other) return { verdict: 'wrong', why: `gives ${people[0]!.person} the role of ${other.person}` };
	return unmatched(`no labelled role of ${people[0]!.person}`);
}

const JUDGES: Record<Kind, (card: DeckCard, l: EvalLabels, text: string) => Judged> = {
	tolls: judgeToll,
	dates: judgeDate,
	claims: judgeClaim,
	roles: judgeRole
};

/** Labels grouped by a key: one unit of recall per group, found when a right card found any label of it. */
function groupBy<T extends object>(labels: T[], key: (x: T) => string): T[][] {
	const groups = new Map<string, T[]>();
	for (const x of labels) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
	return [...groups.values()];
}

/**
 * What recall counts: latest tolls once per event, measure and group; dates once per event and day; every claimant and
 * role. A date the report writes twice for one event ("shortly before 10 p.m. on Sunday", then "last night") is one
 * fact, as a toll restated is: a question that asks the event's day finds it, and a card for the other mention would
 * ask the same thing again.
 */
function recallUnits(l: EvalLabels): Record<Kind, object[][]> {
	return {
		tolls: groupBy(
			l.tolls.filter((t) => t.latest),
			(t) => `${t.event}/${t.measure}/${t.victims ?? ''}`
		),
		dates: groupBy(l.dates, (d) => `${d.event}/${d.iso}`),
		claims: l.claims.filter((c) => 'claimant' in c).map((c) => [c]),
		roles: l.roles.map((r) => [r])
	};
}

const normalise = (prompt: string) =>
	prompt
		.toLowerCase()
		.replace(/[^\p{L}\p{N}_]+/gu, ' ')
		.trim();

/** Scores one draft against one report's labels; `text` is the report, where cloze prompts are found. */
export function scoreDraft(draft: Draft, labels: EvalLabels, text: string): DocScore {
	const checks = draft.checks ?? {};
	const credited = new Set<object>();
	const verdicts: CardVerdict[] = [];
	let stale = 0;
	for (const card of draft.cards) {
		const kind = kindOf(card);
		if (!kind) continue;
		const { credit, stale: old, ...judged } = JUDGES[kind](card, labels, text);
		if (credit) credited.add(credit);
		if (old) stale++;
		verdicts.push({ id: card.id, kind, needsCheck: card.id in checks, ...judged });
	}
	const units = recallUnits(labels);
	const kinds = Object.fromEntries(
		KINDS.map((k) => {
			const mine = verdicts.filter((v) => v.kind === k);
			const tally: Tally = {
				expected: units[k].length,
				recalled: units[k].filter((u) => u.some((x) => credited.has(x))).length,
				found: mine.length,
				right: mine.filter((v) => v.verdict === 'right').length
			};
			return [k, tally];
		})
	) as Record<Kind, Tally>;
	const prompts = draft.cards.map((c) => normalise(c.prompt));
	const missed = KINDS.flatMap((k) =>
		units[k].filter((u) => !u.some((x) => credited.has(x))).map((u) => ({ kind: k, label: u[0]! }))
	);
	const tollsLost: TollsLost = { unformed: 0, elsewhere: 0, unread: 0 };
	const byId = new Map(draft.cards.map((c) => [c.id, c]));
	for (const m of missed) {
		if (m.kind !== 'tolls') continue;
		const t = m.label as EvalLabels['tolls'][number];
		const read = verdicts.some((v) => {
			const card = byId.get(v.id)!;
			return v.kind === 'tolls' && numberOf(card.answer) === t.value && measureOf(card.prompt) === t.measure;
		});
		if (read) tollsLost.elsewhere++;
		else if (!verdicts.some((v) => v.event === t.event)) tollsLost.unformed++;
		else tollsLost.unread++;
	}
	return {
		kinds,
		verdicts,
		cards: draft.cards.length,
		needsCheck: draft.cards.filter((c) => c.id in checks).length,
		wrong: verdicts.filter((v) => v.verdict === 'wrong' && !v.needsCheck).length,
		duplicates: prompts.length - new Set(prompts).size,
		unnamed: verdicts.filter((v) => (v.kind === 'tolls' || v.kind === 'dates') && v.why === NO_EVENT).length,
		stale,
		tollsLost,
		dateMentions: { expected: labels.dates.length, recalled: labels.dates.filter((d) => credited.has(d)).length },
		missed
	};
}
