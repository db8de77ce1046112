/**
 * The groups a count is made of, found by what they add up to rather than by how the sentence is worded: "54 bodies,
 * 53 of them soldiers and one a civilian", "The dead now number 38: 30 police officers, seven civilians and one person
 * not yet identified", "Five people died, the car's three occupants and two tourists", "41 people had been treated:
 * 34 from Uttar Pradesh, five from Delhi and two from Rajasthan". News copy words such lists in more ways than any set
 * of patterns can list (each new report brings its own); what they share is arithmetic. Two or more counts in a row
 * after a count, adding up to it exactly, are its parts; anything less (a list that adds up to something else, or a
 * lone group) is left to the patterns that read it by its words.
 */
import { MONTH_OR_DAY } from './event-patterns';
import { NUMBER, QUALIFIER, readNumber } from './numbers';
import { pattern } from '../lang/pattern';

/** One part of a count: its number as written, where it starts in the sentence, and the group it counts or where. */
export interface Part {
	num: string;
	index: number;
	victims?: string;
	/** For a part by place ("90 at the Bataclan concert hall"): the place, as written after its preposition. */
	where?: string;
}

/**
 * What separates the items of a list: commas, a colon, a dash, brackets, a semicolon, and "and" before a count (not the
 * "and" inside an item: "the terraces of cafés and restaurants").
 */
const SEPARATOR = pattern(
	`\\s*(?:,\\s*(?:and\\s+)?|;\\s*|:\\s+|\\s[–—-]\\s*|\\s\\(|\\)|\\s+and\\s+(?=(?:${QUALIFIER}\\s+)?(?:${NUMBER}|an?|one)\\s))\\s*`,
	'gi'
);

/**
 * One item: "nine Italians", "an Indian student", "53 of them soldiers", "one a civilian", "35 are citizens of the
 * Republic of Turkey", "34 from Uttar Pradesh", "the car's three occupants". Its number is a count, "a", "an" or "one".
 */
const ITEM = pattern(
	`^(?:and\\s+)?(?:(?:including|(?:among|of)\\s+(?:them|whom))\\s+)?(?:the\\s+[\\w'’-]+['’]s\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER}|an?|one)\\s+(?:of\\s+(?:them|whom)\\s+)?(?:(?:are|were|was|is)\\s+)?(?:(?:an?)\\s+)?(.+)$`,
	'i'
);

/** Where a group's words stop: at a clause of its own ("one person not yet identified", "two who were shot"). */
const GROUP_END = /\s+(?:not|who|which|that|whose|were|was|are|is|had|have|has|said|according)\b.*$/i;
/** A part by place, not a group: "90 at the Bataclan concert hall", "two at the bank" (asked only when named). */
const PLACE = /^(?:at|in|on|inside|outside|near)\s+(.+)$/i;
/**
 * Words that make an item a count of its own, not a part: a harm ("four wounded" after "Seven soldiers were killed
 * and" is the wounded, whatever it adds up to).
 */
const OWN_COUNT = /\b(?:killed|dead|died|wounded|injured|hurt|missing|arrested|detained|abducted|kidnapped)\b/i;
/**
 * What follows a number that tells how, when or by what, not who: "15 of them seriously", "six instantly", "five by
 * gunfire", "20 last year", "four overnight", "15 when the bomb exploded".
 */
const NOT_WHO =
	/^(?:\w+ly|by|when|while|as|after|before|during|with|without|for|last|this|next|that|overnight|later|earlier|since|until|till|ago)\b/i;
/** Words no group of people is: units, times, and what follows a number that is not a count of people. */
const NOT_PEOPLE =
	/^(?:elsewhere|there|here|later|earlier|so\s+far|apiece|each|alone|abroad|overseas|nearby|inside|outside|per\s?cent|percent|%|times?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|kilo\w*|km|miles?|metres?|meters?|feet|a\.?m\.?|p\.?m\.?|GMT|of\s+the\b|more\b|others?\b|people\b$|persons?\b$)/i;

/** A time, not a place: "in March", "on Sunday" (event-patterns' MONTH_OR_DAY), "in the morning". */
const WHEN = /^(?:the\s+)?(?:morning|afternoon|evening|night|weekend|past|year|month|week|day)\b/i;
const isWhen = (words: string) => MONTH_OR_DAY.test(words) || WHEN.test(words);

/** Whether the words after a count hold another count. */
const MORE_NUMBERS = pattern(`\\b${NUMBER}\\b`, 'i');

type Item = { num: string; value: number; at: number; victims?: string; where?: string };

/** The item a list segment is, if it is a count of a group or of a place. */
function itemOf(segment: string): Item | undefined {
	const m = ITEM.exec(segment);
	if (!m) return undefined;
	const value = /^(?:an?|one)$/i.test(m[2]!) ? 1 : readNumber(m[2]!);
	if (value === undefined) return undefined;
	const rest = m[3]!
		.replace(GROUP_END, '')
		.replace(/[.!?]+$/, '')
		.trim();
	const at = segment.indexOf(m[2]!, m.index + (m[1] ? m[1].length : 0));
	// ("an Indian student" adds one to the sum, but "an" is no answer a card can give.)
	if (/^an?$/i.test(m[2]!)) return { num: m[2]!, value, at };
	// "90 at the Bataclan concert hall": a part by where it happened, named in a few words (a long stretch is a
	// description, not a place a question can name).
	if (OWN_COUNT.test(rest)) return undefined;
	const place = PLACE.exec(rest);
	// ("7 in 2016", "two in March" add to the sum but are when, not where.)
	// A place a question can name is capitalised: "one outside the stadium" alone would ask about "the attack on the
	// stadium".
	const named =
		place &&
		place[1]!.split(/\s+/).length <= 5 &&
		!/\d/.test(place[1]!) &&
		!isWhen(place[1]!) &&
		/\p{Lu}/u.test(place[1]!);
	if (place) return { num: m[2]!, value, at, ...(named ? { where: place[1]! } : {}) };
	const words = rest.split(/\s+/);
	const group =
		NOT_PEOPLE.test(rest) ||
		NOT_WHO.test(rest) ||
		// ("60 were discharged and 20 remain in a critical condition": what befell them, not who they were.)
		/^(?:were|are|was|is|remain(?:ed|s)?|have|has|had|been|still|[a-z]+ed(?=\s+(?:in|on|at|by|from|to|with|and|after)\b|$))\b/i.test(
			rest
		) ||
		isWhen(rest) ||
		/\d/.test(rest) ||
		words.length > 6 ||
		!/^[\p{L}'’ -]+$/u.test(rest)
			? undefined
			: /^from\s+\p{Lu}/u.test(rest)
				? // ("34 from Uttar Pradesh": those counted, by where they are from.)
					`people ${rest}`
				: rest;
	return { num: m[2]!, value, at, victims: group };
}

/**
 * The parts of the count of `total` that ends at `end` in `sentence`: two or more items in a row, starting within the
 * four list segments after the count's own, whose numbers add up to `total`. Items that name no group (a place, a
 * unit) still count towards the sum but are not returned.
 */
export function partsOf(sentence: string, total: number, end: number): Part[] {
	const rest = sentence.slice(end);
	// (Two parts or more, one at least written as a number: "a man and a woman" add up, but name no count to ask.)
	if (!/[,:;–—(-]|\sand\s/.test(rest) || !MORE_NUMBERS.test(rest)) return [];
	const segments: { text: string; at: number }[] = [];
	let last = 0;
	for (const sep of rest.matchAll(SEPARATOR)) {
		segments.push({ text: rest.slice(last, sep.index), at: end + last });
		last = sep.index + sep[0].length;
	}
	segments.push({ text: rest.slice(last), at: end + last });
	// Segment 0 is what follows the count in its own segment ("bodies", "of the dead have so far been identified").
	for (let start = 1; start <= 4 && start < segments.length; start++) {
		const run: Item[] = [];
		let sum = 0;
		for (let i = start; i < segments.length && sum < total; i++) {
			const item = itemOf(segments[i]!.text);
			if (!item) break;
			run.push({ ...item, at: segments[i]!.at + item.at });
			sum += item.value;
		}
		if (run.length >= 2 && sum === total)
			return run
				.filter((p) => p.victims !== undefined || p.where !== undefined)
				.map((p) => ({ num: p.num, index: p.at, ...(p.victims ? { victims: p.victims } : { where: p.where }) }));
	}
	return [];
}
