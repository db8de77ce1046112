/**
 * How many cards of a deck kept only in the browser fit in a link and in a QR code. Measured, not estimated: the
 * compressed size depends on how much the
 * text repeats, so cards are generated to look like the shipped deck's — a prompt of ~70 characters, an answer of
 * ~20, a quote of ~80, three choices, evidence pointing at one of two sources — from a news vocabulary and made-up names with
 * a seeded random generator, calibrated to compress as the briefing documents do (see NAME_SHARE).
 */
import { LINK_LIMIT, QR_LIMIT, encodeAssignmentLink } from './link';
import type { Assignment } from './assignment';
import type { Deck, DeckCard } from '../decks/schema';
import { CARD_KINDS } from '../decks/schema';
import { seededRandom } from '../study/option-order';

const WORDS = (
	'attack attacks attacked gunmen concert hall venue moscow russia russian president officials security services ' +
	'intelligence warning warned embassy united states group claimed responsibility islamic state khorasan province ' +
	'afghanistan pakistan tajikistan central asia recruits fighters suicide bombing bombings killed injured wounded ' +
	'people children civilians hostages victims police arrested suspects detained court charged terrorism network ' +
	'propaganda online channels financing funds weapons rifles explosives fire building roof collapsed evening friday ' +
	'march january april winter spring years decade after before during since following months weeks days hours ' +
	'analysts experts report reported according sources source media agency news article interview statement video ' +
	'leader leaders commander founded branch affiliate regional global campaign operations external plots europe ' +
	'iran kerman ceremony memorial cemetery commemorating general killed drone strike syria iraq caliphate defeat ' +
	'territory control insurgency taliban government kabul airport withdrawal troops foreign forces counterterrorism ' +
	'pressure resources capacity capability threat threats level rising persistent resilient recovered recoup ' +
	'diaspora migrants workers labour economic grievances crackdown persecution muslims minority ethnic uzbek tajik ' +
	'chechen caucasus dagestan region border crossing belarus ukraine blamed accused denied evidence claims claim ' +
	'response retaliation measures policy cooperation sharing information partners allies rivals enemies war ' +
	'invasion conflict focus attention priorities distracted overstretched failures lapse failure warnings ignored'
).split(' ');

/**
 * Share of words that are made-up names. Real prose has names, places and rare words a fixed vocabulary lacks; with
 * this share the generated cards compress to 0.72 of their length, against 0.75 for the Al Jazeera article, where
 * the vocabulary alone gives 0.66 and flatters the count. (Made-up names repeat syllables, so 0.72 is about as far as
 * they go; the count may be one card high.)
 */
const NAME_SHARE = 0.45;
const SYLLABLES = 'ka ro mi tar ve sh al in dor ba uz gen pri lo ku ha zan ir me ol'.split(' ');

function name(rnd: () => number): string {
	let w = '';
	for (let k = 2 + Math.floor(rnd() * 2); k > 0; k--) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!;
	return w.charAt(0).toUpperCase() + w.slice(1);
}

function phrase(rnd: () => number, chars: number): string {
	const words: string[] = [];
	let length = -1;
	while (length < chars) {
		const r = rnd();
		const word =
			r < 0.1
				? String(Math.floor(rnd() * 2000))
				: r < NAME_SHARE
					? name(rnd)
					: WORDS[Math.floor(rnd() * WORDS.length)]!;
		words.push(word);
		length += word.length + 1;
	}
	const text = words.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The i-th card of the realistic sample deck. */
export function realisticCard(i: number, seed = 1): DeckCard {
	// Seeded, so every run measures the same deck.
	const rnd = seededRandom(seed * 100_003 + i);
	return {
		id: `card-${i}-${phrase(rnd, 8)
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')}`.slice(0, 40),
		kind: CARD_KINDS[i % CARD_KINDS.length]!,
		format: 'qa',
		prompt: `${phrase(rnd, 68)}?`,
		answer: phrase(rnd, 20),
		choices: [phrase(rnd, 20), phrase(rnd, 20), phrase(rnd, 20)],
		source: {
			doc: i % 2 ? 'isis-k-moscow-byman' : 'isil-recoup-aljazeera',
			paragraph: 1 + (i % 30),
			quote: phrase(rnd, 80)
		}
	};
}

/** An assignment of `n` realistic cards, with a title, instructions and sources like a real one. */
export function realisticAssignment(n: number, seed = 1): Assignment {
	const deck: Deck = {
		id: 'crocus-city-hall',
		title: 'Crocus City Hall attack',
		description: 'The March 2024 Moscow concert hall attack and ISIS-K, from two analyses.',
		sources: [
			{
				id: 'isil-recoup-aljazeera',
				title: 'Moscow concert hall attack: How did ISIL recoup?',
				publisher: 'Al Jazeera',
				published: '2024-03-24'
			},
			{
				id: 'isis-k-moscow-byman',
				title: 'What to Make of the ISIS-K Attack on Moscow',
				author: 'Daniel Byman',
				published: '2024-04-01'
			}
		],
		cards: Array.from({ length: n }, (_, i) => realisticCard(i, seed))
	};
	return {
		id: 'crocus-briefing',
		title: 'Crocus City Hall briefing',
		instructions: 'Study every card before the briefing on Monday morning.',
		from: 'Maj. A. Petrova',
		dueDate: '2024-04-08',
		target: { allStudied: true, minRecall: 0.9 },
		deck,
		createdAt: '2024-04-01T09:00:00.000Z',
		version: 1,
		// Fixed, so measurements and tests repeat; real assignments get a random one (form.ts).
		secret: 'c2VjcmV0LXNlY3JldC0xMg'
	};
}

/**
 * The largest number of realistic cards whose link stays within `limit` characters (LINK_LIMIT by default; pass
 * QR_LIMIT for the QR code), found by bisection since link length grows with the card count.
 */
export async function largestDeckThatFitsLink(
	limit: number = LINK_LIMIT,
	baseUrl = 'https://briefing-trainer.example.org/join/'
): Promise<number> {
	const fits = async (n: number) => (await encodeAssignmentLink(realisticAssignment(n), baseUrl, false)).chars <= limit;
	if (!(await fits(1))) return 0;
	let lo = 1;
	let hi = 2;
	while (await fits(hi)) {
		lo = hi;
		hi *= 2;
	}
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (await fits(mid)) lo = mid;
		else hi = mid;
	}
	return lo;
}

export { LINK_LIMIT, QR_LIMIT };
