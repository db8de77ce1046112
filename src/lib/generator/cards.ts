/**
 * Fact groups to deck cards. Questions are asked in plain words where the fact names its event ("How many people
 * were killed in the suicide bombings in Kerman, Iran?"); elsewhere, and for motives, the evidence is turned into a
 * cloze with the answer blanked out. Ids come from the fact (event and measure), never from position.
 */
import type { DeckCard, Variant } from '../decks/schema';
import { formatDate } from './dates';
import { eventSlug } from './events';
import type { FactGroup } from './merge';
import type { Fact } from './types';

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
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'and', 'its', 'their', 'that', 'for', 'with']);

/** "the suicide bombings in Kerman, Iran" for a phrase about an attack, "the attack in Moscow, Russia" for a place. */
export function describeEvent(event: string | undefined): string {
	if (!event) return 'the attack';
	if (/^(?:the|a|an)\s/i.test(event)) return event.replace(/^(?:a|an)\s/i, 'the ');
	return /^[a-z]/.test(event) || /\b(?:attacks?|bombings?|rally|shootings?)\b/.test(event)
		? `the ${event}`
		: `the attack in ${event}`;
}

const withArticle = (role: string) => (/^(?:the|a|an)\s/i.test(role) ? role : `the ${role}`);

/** Replaces the first `written` in `quote` with ____, or undefined when the quote does not hold it. */
function cloze(quote: string, written: string | undefined): string | undefined {
	if (!written) return undefined;
	const i = quote.indexOf(written);
	return i < 0 ? undefined : `${quote.slice(0, i)}____${quote.slice(i + written.length)}`;
}

/** The card for one fact (before ids are made unique and choices added), or undefined when none can be made. */
function cardFor(f: Fact): Omit<DeckCard, 'choices'> | undefined {
	const base = { source: f.evidence, format: 'qa' as const };
	switch (f.kind) {
		case 'toll': {
			const victims =
				/\b(civilians|soldiers|students|sailors|children)\b/.exec(
					f.sentence.slice(f.sentence.indexOf(f.written ?? f.value))
				)?.[1] ?? 'people';
			return {
				...base,
				id: `${eventSlug(f.event)}-${f.measure}`,
				kind: 'toll',
				prompt: `How many ${victims} were ${f.measure} in ${describeEvent(f.event)}?`,
				answer: f.value
			};
		}
		case 'date': {
			const precision = f.precision;
			const id = f.event ? `${eventSlug(f.event)}-date` : `date-${f.normalized}`;
			if (f.measure === 'after' && f.event)
				return {
					...base,
					id,
					kind: 'date',
					precision,
					prompt: `When did ${describeEvent(f.event)} take place?`,
					answer: formatDate(f.normalized),
					explanation: `The text dates it back from the event it is writing about: "${f.written}".`
				};
			const prompt = cloze(f.evidence.quote, f.written);
			if (!prompt) return undefined;
			const relative = f.value !== f.written?.replace(/^(?:in|since|by|on)\s+/i, '');
			return {
				...base,
				id,
				kind: 'date',
				format: 'cloze',
				precision,
				prompt,
				answer: relative ? formatDate(f.normalized) : f.written!,
				accept: relative ? undefined : [formatDate(f.normalized)].filter((a) => a !== f.written),
				explanation: relative
					? `"${f.written}" in the text: ${formatDate(f.normalized)}, read from the story's own timeline.`
					: undefined
			};
		}
		case 'figure': {
			const prompt = cloze(f.evidence.quote, f.written);
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
				id: `${eventSlug(f.event)}-claim`,
				kind: 'actor',
				prompt: `Who claimed responsibility for ${describeEvent(f.event)}?`,
				answer: f.subject!,
				accept: f.aliases
			};
		case 'blame':
			return {
				...base,
				id: `${slug(f.subject!, 3)}-blame`,
				kind: 'actor',
				prompt: `Whom did ${f.subject} blame?`,
				answer: f.value
			};
		case 'warning':
			return {
				...base,
				id: `${slug(f.subject!, 3)}-warned-${slug(f.value, 2)}`,
				kind: 'actor',
				prompt: `Whom did ${f.subject} warn before the attack?`,
				answer: f.value
			};
		case 'motive': {
			const prompt = cloze(f.evidence.quote, f.written);
			return prompt
				? { ...base, id: `motive-${slug(f.value)}`, kind: 'motive', format: 'cloze', prompt, answer: f.value }
				: undefined;
		}
	}
}

/** Which answers can stand in for each other as distractors. */
const family = (c: Pick<DeckCard, 'kind' | 'prompt'>) =>
	c.kind === 'actor' ? (c.prompt.startsWith('Who is') ? 'person' : 'group') : c.kind;

/** A stable pseudo-random order, so distractors do not change between runs. */
function hash(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

/**
 * Builds the cards: one per fact group, variants for differing sources, ids made unique, and up to three choices of
 * the same family from the same briefing — never the answer, an accepted answer or a variant of this fact.
 */
export function buildCards(groups: FactGroup[], titles: Record<string, string>): DeckCard[] {
	const cards: DeckCard[] = [];
	const ids = new Set<string>();
	/** A card's value in comparable form, so "over 130" is never a distractor for "more than 130". */
	const same = new Map<DeckCard, string>();
	for (const g of groups) {
		const card = cardFor(g.main);
		if (!card) continue;
		let id = card.id.slice(0, 64).replace(/-+$/, '');
		for (let n = 2; ids.has(id); n++) id = `${card.id.slice(0, 60)}-${n}`;
		ids.add(id);
		const accept = [...(card.accept ?? []), ...g.agreeing.map((f) => f.value)].filter(
			(a, i, all) => a.toLowerCase() !== card.answer.toLowerCase() && all.indexOf(a) === i
		);
		const variants: Variant[] = g.differing.map((f) => ({
			answer: card.kind === 'date' ? formatDate(f.normalized) : f.value,
			source: f.evidence
		}));
		const explanation = variants.length
			? `The sources differ: ${[{ answer: card.answer, source: card.source }, ...variants].map((v) => `${titles[v.source.doc] ?? v.source.doc} gives ${v.answer}`).join('; ')}.`
			: card.explanation;
		const built: DeckCard = {
			...card,
			id,
			...(accept.length ? { accept } : { accept: undefined }),
			...(variants.length ? { variants } : {}),
			explanation
		};
		same.set(built, `${g.main.kind}:${g.main.normalized}`);
		cards.push(built);
	}
	for (const card of cards) {
		const banned = new Set(
			[card.answer, ...(card.accept ?? []), ...(card.variants ?? []).map((v) => v.answer)].map((a) => a.toLowerCase())
		);
		const pool: string[] = [];
		for (const c of cards) {
			if (
				c === card ||
				family(c) !== family(card) ||
				same.get(c) === same.get(card) ||
				banned.has(c.answer.toLowerCase())
			)
				continue;
			if (!pool.some((p) => p.toLowerCase() === c.answer.toLowerCase())) pool.push(c.answer);
		}
		const choices = pool.sort((a, b) => hash(card.id + a) - hash(card.id + b)).slice(0, 3);
		if (choices.length) card.choices = choices;
	}
	return cards.map(clean);
}

/** Drops empty optional fields, so the YAML shows only what a card has. */
function clean(card: DeckCard): DeckCard {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(card)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
	return out as DeckCard;
}
