/**
 * Fact groups to deck cards. Tolls, dates, claims and blame are asked in plain words that name their event from the
 * event's own words ("How many people were killed in the 22 March 2024 attack on a packed concert hall in Moscow,
 * Russia?"); a fact with no event is a cloze of its own clause. Motives ask why, naming who says so. Ids come from
 * the fact (event and measure), never from position; no two cards ask the same question.
 */
import type { DeckCard, Variant } from '../decks/schema';
import { formatDate } from './dates';
import type { FactGroup } from './merge';
import { keysOf } from './events';
import { describe, slugOf, type StoryEvent } from './model';
import { keyPhrases } from './motives';
import type { Fact } from './types';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'and', 'its', 'their', 'that', 'for', 'with']);
const slug = (s: string, words = 4) =>
	s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/['’]s\b/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter((w) => !STOP.has(w))
		.slice(0, words)
		.join('-') || 'fact';

const withArticle = (role: string) => (/^(?:the|a|an)\s/i.test(role) ? role : `the ${role}`);

/** Replaces the first `written` in `text` with ____, or undefined when the text does not hold it. */
function cloze(text: string, written: string | undefined): string | undefined {
	if (!written) return undefined;
	const i = text.indexOf(written);
	return i < 0 ? undefined : `${text.slice(0, i)}____${text.slice(i + written.length)}`;
}

/** A date as a card answers it: "22 March 2024", "the beginning of 2024". */
export function dateAnswer(f: Fact): string {
	const q = f.qualifier?.replace(/^by\s+/, '');
	return q && f.normalized.length === 4
		? `${/^the\s/.test(q) || /^(?:early|late|mid)/.test(q) ? q : `the ${q}`} ${f.normalized}`.replace(/mid- /, 'mid-')
		: formatDate(f.normalized);
}

type Draft = Omit<DeckCard, 'choices'>;

/** The card for one fact (before ids are made unique and choices added), or undefined when none can be made. */
function cardFor(f: Fact, event: StoryEvent | undefined): Draft | undefined {
	const base = { source: f.evidence, format: 'qa' as const };
	switch (f.kind) {
		case 'toll': {
			const [measure, victims] = (f.measure ?? 'killed').split(':');
			if (!event) {
				const prompt = cloze(f.evidence.quote, f.written);
				return prompt
					? { ...base, id: `toll-${slug(f.value, 3)}`, kind: 'toll', format: 'cloze', prompt, answer: f.value }
					: undefined;
			}
			return {
				...base,
				id: `${slugOf(event)}-${measure}${victims ? `-${slug(victims, 2)}` : ''}`,
				kind: 'toll',
				prompt:
					measure === 'missing'
						? `How many ${victims ?? 'people'} were missing after ${describe(event)}?`
						: `How many ${victims ?? 'people'} were ${measure} in ${describe(event)}?`,
				answer: f.value
			};
		}
		case 'date': {
			// Years of tolls, days of statements and of the aftermath: no event's date to ask.
			if (f.measure === 'toll-year' || f.measure === 'statement' || f.measure === 'follow-up') return undefined;
			const answer = dateAnswer(f);
			const accept = [formatDate(f.normalized), f.written?.replace(/^(?:in|on|since|by)\s+/i, '')].filter(
				(a): a is string => Boolean(a) && a !== answer && /\d/.test(a!)
			);
			if (event && !(event.noun.endsWith('s') && !event.target && f.precision === 'year'))
				return {
					...base,
					id: `${slugOf(event)}-date`,
					kind: 'date',
					precision: f.precision,
					prompt: `When did ${describe(event, false)} take place?`,
					answer,
					...(accept.length ? { accept } : {})
				};
			const prompt = cloze(f.sentence, f.written);
			if (!prompt) return undefined;
			const asWritten = f.value === f.written?.replace(/^(?:in|since|by|on)\s+/i, '');
			return {
				...base,
				source: { ...f.evidence, quote: f.sentence },
				id: `date-${slug(f.sentence.replace(f.written ?? '', ''), 3)}`,
				kind: 'date',
				format: 'cloze',
				precision: f.precision,
				prompt,
				answer: asWritten ? f.written! : answer,
				...(accept.length ? { accept } : {}),
				explanation: asWritten
					? undefined
					: `"${f.written}" in the text: ${answer}, read from the story's own timeline.`
			};
		}
		case 'figure': {
			const prompt = cloze(f.sentence, f.written);
			return prompt
				? {
						...base,
						id: `figure-${slug(f.measure ?? f.value, 3)}`,
						kind: 'figure',
						format: 'cloze',
						prompt,
						answer: f.value
					}
				: undefined;
		}
		case 'actor':
			return {
				...base,
				id: `${slug(f.subject ?? f.value, 3)}-role`,
				kind: 'actor',
				prompt: `Who is ${withArticle(f.value)}?`,
				answer: f.subject!,
				explanation: `${f.subject}: ${f.value}.`
			};
		case 'claim':
			return {
				...base,
				id: `${event ? slugOf(event) : 'attack'}-claim`,
				kind: 'actor',
				prompt: `Who claimed responsibility for ${describe(event ?? fallback)}?`,
				answer: f.subject!,
				accept: f.aliases
			};
		case 'blame':
			return {
				...base,
				id: `${slug(f.subject!, 3)}-blame`,
				kind: 'actor',
				prompt: `Whom did ${f.subject} blame for ${f.written ?? describe(event ?? fallback)}?`,
				answer: f.value.replace(/^The\s/, 'the '),
				accept: f.aliases
			};
		case 'warning':
			return {
				...base,
				id: `${slug(f.subject!, 3)}-warned-${slug(f.value, 2)}`,
				kind: 'actor',
				prompt: `Whom did ${f.subject} warn before ${/\band\b/.test(f.value) ? 'the attacks' : 'the attack'}?`,
				answer: f.value
			};
		case 'motive': {
			const accept = keyPhrases(f.value);
			return {
				...base,
				id: `motive-${slug(f.value)}`,
				kind: 'motive',
				prompt: f.written!,
				answer: f.value,
				...(accept.length ? { accept } : {}),
				explanation: `${f.speaker ?? 'The text'}: “${f.evidence.quote}”`
			};
		}
	}
}

/**
 * Another event of the draft that the question's words cannot be told from: every name of `e` is also a name of
 * it ("the attack on Moscow's metro" beside the 2010 Moscow metro bombings). A date or a doer in the question tells
 * events apart, except a date in the question that asks for it.
 */
function sameNames(e: StoryEvent, events: Map<string, StoryEvent>, asksDate: boolean): StoryEvent | undefined {
	const names = (x: StoryEvent) => [
		...keysOf(x.place),
		...keysOf(x.target),
		...keysOf(x.actor),
		...x.alsoIn.flatMap(keysOf)
	];
	const mine = names(e);
	if (!mine.length) return undefined;
	for (const other of events.values()) {
		if (other === e || !other.seen.some((s) => e.seen.some((t) => t.doc === s.doc))) continue;
		if (!asksDate && e.date && e.date !== other.date) continue;
		const theirs = names(other);
		if (mine.every((k) => theirs.includes(k))) return other;
	}
	return undefined;
}

const fallback: StoryEvent = { id: '', noun: 'attack', alsoIn: [], seen: [] };

/** The role's institution as its own question, so a fact a prompt gives away is also asked as an answer. */
function affiliationCard(f: Fact): Draft | undefined {
	if (f.kind !== 'actor' || !f.qualifier) return undefined;
	return {
		source: f.evidence,
		format: 'qa',
		id: `${slug(f.subject!, 3)}-affiliation`,
		kind: 'actor',
		prompt: `Which organisation is ${f.subject} with?`,
		answer: f.qualifier,
		explanation: `${f.subject}: ${f.value}.`
	};
}

/** Which answers can stand in for each other as distractors. */
const family = (c: Pick<DeckCard, 'kind' | 'prompt'>) =>
	c.kind === 'actor'
		? c.prompt.startsWith('Who is')
			? 'person'
			: c.prompt.startsWith('Which organisation')
				? 'org'
				: 'group'
		: c.kind;

/** A stable pseudo-random order, so distractors do not change between runs. */
function hash(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

const norm = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

export interface BuiltCards {
	cards: DeckCard[];
	/** Card id → why it needs a reviewer's check. */
	checks: Record<string, string>;
}

/**
 * Builds the cards: one per question, variants for differing sources, ids made unique, a second card for the same
 * question folded into the first, and up to three choices of the same family — never the answer, an accepted answer
 * or a variant.
 */
export function buildCards(
	groups: FactGroup[],
	titles: Record<string, string>,
	events: Map<string, StoryEvent>
): BuiltCards {
	const cards: DeckCard[] = [];
	const checks: Record<string, string> = {};
	const ids = new Set<string>();
	const byPrompt = new Map<string, DeckCard>();
	const same = new Map<DeckCard, string>();
	for (const g of groups) {
		const event = g.main.eventId ? events.get(g.main.eventId) : undefined;
		for (const card of [cardFor(g.main, event), affiliationCard(g.main)]) {
			if (!card) continue;
			let twin = byPrompt.get(norm(card.prompt));
			// A count tied to its event only by a guess asks from its own clause when the guessed question is taken.
			if (twin && g.check && card.kind === 'toll') {
				const prompt = cloze(g.main.evidence.quote, g.main.written);
				if (prompt) {
					card.prompt = prompt;
					card.format = 'cloze';
					twin = undefined;
				}
			}
			if (twin) {
				// The same question from another fact: one card, the other answer accepted, and a check if they differ.
				if (
					norm(twin.answer) !== norm(card.answer) &&
					!(twin.accept ?? []).some((a) => norm(a) === norm(card.answer))
				) {
					twin.accept = [...(twin.accept ?? []), card.answer];
					checks[twin.id] ??= `the text gives more than one answer to this question (${twin.answer}; ${card.answer})`;
				}
				continue;
			}
			let id = card.id.slice(0, 64).replace(/-+$/, '');
			for (let n = 2; ids.has(id); n++) id = `${card.id.slice(0, 60).replace(/-+$/, '')}-${n}`;
			ids.add(id);
			const isMain = card.kind !== 'actor' || !card.id.endsWith('-affiliation');
			const accept = [
				...(card.accept ?? []),
				...(isMain && card.kind !== 'motive'
					? g.agreeing.map((f) => (f.kind === 'date' ? dateAnswer(f) : f.kind === 'claim' ? f.subject! : f.value))
					: [])
			].filter((a, i, all) => norm(a) !== norm(card.answer) && all.findIndex((b) => norm(b) === norm(a)) === i);
			const variants: Variant[] = isMain
				? g.differing.map((f) => ({
						answer: f.kind === 'date' ? dateAnswer(f) : f.kind === 'claim' ? f.subject! : f.value,
						source: f.evidence
					}))
				: [];
			const context =
				isMain && g.earlier.length
					? `Earlier the text gave ${g.earlier.map((f) => f.value).join(', then ')}; the latest count is ${card.answer}.`
					: undefined;
			const explanation = variants.length
				? `The sources differ: ${[{ answer: card.answer, source: card.source }, ...variants].map((v) => `${titles[v.source.doc] ?? v.source.doc} gives ${v.answer}`).join('; ')}.`
				: (context ?? card.explanation);
			const built = clean({
				...card,
				id,
				accept: accept.length ? accept : undefined,
				...(variants.length ? { variants } : {}),
				explanation
			});
			if (isMain && g.check) checks[id] = g.check;
			else if (isMain && event && (card.kind === 'date' || card.kind === 'toll')) {
				const twin = sameNames(event, events, card.kind === 'date');
				if (twin) checks[id] = `the question may also name ${describe(twin)}, which the text places alike`;
			}
			same.set(built, `${g.main.kind}:${g.main.normalized}:${card.id}`);
			byPrompt.set(norm(card.prompt), built);
			cards.push(built);
		}
	}
	// Answers compared in one normal form, computed once per card (the distractor search is quadratic in cards).
	const normed = new Map(cards.map((c) => [c, norm(c.answer)]));
	for (const card of cards) {
		const banned = new Set(
			[card.answer, ...(card.accept ?? []), ...(card.variants ?? []).map((v) => v.answer)].map(norm)
		);
		const pool: string[] = [];
		const taken = new Set<string>();
		for (const c of cards) {
			const answer = normed.get(c)!;
			if (
				c === card ||
				family(c) !== family(card) ||
				same.get(c) === same.get(card) ||
				banned.has(answer) ||
				taken.has(answer)
			)
				continue;
			taken.add(answer);
			pool.push(c.answer);
		}
		const choices = pool.sort((a, b) => hash(card.id + a) - hash(card.id + b)).slice(0, 3);
		if (choices.length) card.choices = choices;
	}
	return { cards, checks };
}

/** Drops empty optional fields, so the YAML shows only what a card has. */
function clean(card: Draft & Partial<DeckCard>): DeckCard {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(card)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
	return out as DeckCard;
}
