/**
 * The groups a count is made of, found by what they add up to rather than by how the sentence is worded: "54 bodies,
 * 53 of them soldiers and one a civilian", "The dead now number 38: 30 police officers, seven civilians and one person
 * not yet identified", "Five people died, the car's three occupants and two tourists", "41 people had been treated:
 * 34 from Uttar Pradesh, five from Delhi and two from Rajasthan". Copy words such lists in more ways than any set of
 * patterns lists (the held-out reports showed each new report bringing its own); what they share is arithmetic. Two
 * or more counts in a row after a count, adding up to it exactly, are its parts; anything less (a list that adds up to
 * something else, or a lone group) is left to the patterns that read it by its words.
 */
import { NUMBER, QUALIFIER, readNumber } from './numbers';

/** One part of a count: its number as written, where it starts in the sentence, and the group it counts. */
export interface Part {
	num: string;
	index: number;
	victims: string;
}

/** What separates the items of a list: commas, "and", a colon, a dash, brackets, a semicolon. */
const SEPARATOR = /\s*(?:,\s*(?:and\s+)?|;\s*|:\s+|\s[–—-]\s*|\s\(|\)|\s+and\s+)\s*/g;

/**
 * One item: "nine Italians", "an Indian student", "53 of them soldiers", "one a civilian", "35 are citizens of the
 * Republic of Turkey", "34 from Uttar Pradesh", "the car's three occupants". Its number is a count, "a", "an" or "one".
 */
const ITEM = new RegExp(
	`^(?:and\\s+)?(?:(?:including|(?:among|of)\\s+(?:them|whom))\\s+)?(?:the\\s+[\\w'’-]+['’]s\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER}|an?|one)\\s+(?:of\\s+(?:them|whom)\\s+)?(?:(?:are|were|was|is)\\s+)?(?:(?:an?)\\s+)?(.+)$`,
	'i'
);

/** Where a group's words stop: at a clause of its own ("one person not yet identified", "two who were shot"). */
const GROUP_END = /\s+(?:not|who|which|that|whose|were|was|are|is|had|have|has|said|according)\b.*$/i;
/** A place, not a group: "30 in Karsk" (a part by place, read by its own pattern), "two at the bank". */
const PLACE = /^(?:at|in|on|inside|outside|near)\b/i;
/** Words no group of people is: units, times, and what follows a number that is not a count of people. */
const NOT_PEOPLE =
	/^(?:elsewhere|there|here|later|earlier|so\s+far|apiece|each|alone|abroad|overseas|nearby|inside|outside|per\s?cent|percent|%|times?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|kilo\w*|km|miles?|metres?|meters?|feet|a\.?m\.?|p\.?m\.?|GMT|of\s+the\b|more\b|others?\b|people\b$|persons?\b$)/i;

/** The item a list segment is, if it is a count of a group. */
function itemOf(segment: string): { num: string; value: number; at: number; victims?: string } | undefined {
	const m = ITEM.exec(segment);
	if (!m) return undefined;
	const value = /^(?:an?|one)$/i.test(m[2]!) ? 1 : readNumber(m[2]!);
	if (value === undefined) return undefined;
	const rest = m[3]!
		.replace(GROUP_END, '')
		.replace(/[.!?]+$/, '')
		.trim();
	// ("34 from Uttar Pradesh": those counted, by where they are from.)
	const from = /^from\s+\p{Lu}/u.test(rest);
	const words = rest.split(/\s+/);
	const group =
		PLACE.test(rest) || NOT_PEOPLE.test(rest) || /\d/.test(rest) || words.length > 6 || !/^[\p{L}'’ -]+$/u.test(rest)
			? undefined
			: from
				? `people ${rest}`
				: rest;
	// ("an Indian student" adds one to the sum, but "an" is no answer a card can give.)
	const written = !/^an?$/i.test(m[2]!);
	return {
		num: m[2]!,
		value,
		at: segment.indexOf(m[2]!, m.index + (m[1] ? m[1].length : 0)),
		victims: written ? group : undefined
	};
}

/**
 * The parts of the count of `total` that ends at `end` in `sentence`: two or more items in a row, starting within the
 * four list segments after the count's own, whose numbers add up to `total`. Items that name no group (a place, a
 * unit) still count towards the sum but are not returned.
 */
export function partsOf(sentence: string, total: number, end: number): Part[] {
	const rest = sentence.slice(end);
	if (!/[,:;–—(-]|\sand\s/.test(rest)) return [];
	const segments: { text: string; at: number }[] = [];
	let last = 0;
	for (const sep of rest.matchAll(SEPARATOR)) {
		segments.push({ text: rest.slice(last, sep.index), at: end + last });
		last = sep.index + sep[0].length;
	}
	segments.push({ text: rest.slice(last), at: end + last });
	// Segment 0 is what follows the count in its own segment ("bodies", "of the dead have so far been identified").
	for (let start = 1; start <= 4 && start < segments.length; start++) {
		const run: { num: string; value: number; at: number; victims?: string }[] = [];
		let sum = 0;
		for (let i = start; i < segments.length && sum < total; i++) {
			const item = itemOf(segments[i]!.text);
			if (!item) break;
			run.push({ ...item, at: segments[i]!.at + item.at });
			sum += item.value;
		}
		if (run.length >= 2 && sum === total)
			return run
				.filter((p): p is typeof p & { victims: string } => p.victims !== undefined)
				.map((p) => ({ num: p.num, index: p.at, victims: p.victims }));
	}
	return [];
}
