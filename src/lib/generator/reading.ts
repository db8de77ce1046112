/**
 * What the finders of one sentence share while a document is read (see facts.ts): the sentence, its event mentions
 * resolved to events, its dates, the event the story is on, and how to tie a fact at a position to an event.
 */
import type { Evidence } from '../decks/schema';
import type { DateMatch } from './dates';
import type { Mention } from './events';
import type { StoryEvent } from './model';
import { SPAN_TO } from './event-patterns';
import { isClauseMark } from './quote';
import type { DocMeta, Fact, Sentence } from './types';

/** A mention of one sentence with the event it resolved to. */
export interface Resolved extends Mention {
	event?: StoryEvent;
	/** Set when the mention could be more than one event. */
	doubt?: string;
	/** Set when the mention is of other events than those the text has told, which its counts are not. */
	elsewhere?: boolean;
}

/** The event a fact belongs to, with a reason to check it when the text does not settle it. */
export interface Placed {
	event?: StoryEvent;
	check?: string;
}

export interface SentenceReading {
	meta: DocMeta;
	s: Sentence;
	/** The whole paragraph the sentence stands in, as written. */
	paragraph: string;
	/** Every fact read so far; the finders append to it. */
	facts: Fact[];
	mentions: Resolved[];
	dates: DateMatch[];
	/** The event the story is on before this sentence. */
	current?: StoryEvent;
	/** The document's events so far, in the order they were first told. */
	events: readonly StoryEvent[];
	/**
	 * The event the sentence before, in the same paragraph, told of last when it is not `current` ("that attack"), and
	 * whether it told of acts in the plural ("them").
	 */
	told?: { event: StoryEvent; plural: boolean };
	/** `current`, where the sentence before, in the same paragraph, told of it in the plural ("some 20 bombs went off"). */
	toldPlural?: StoryEvent;
	/** The event a section heading above the sentence told of ("BRIGHTON, 5 June 2017"), in a report of sections. */
	section?: StoryEvent;
	/** The sentence goes on in the paragraph whose sentence before it mentioned `current`. */
	inFlow: boolean;
	/** The paragraph the story's clock was last set in before this sentence. */
	countedFrom?: number;
	/** The sentence is (or ends in) a photo caption. */
	caption: boolean;
	/** The time (HH:MM) the live entry holding the sentence was posted, when its paragraph opens with one. */
	posted?: string;
	/** The day (YYYY-MM-DD) that entry was posted, when its stamp gives its weekday ("Sat 22:45 - …"). */
	postedOn?: string;
	/** The event a fact at `index` belongs to; `strict` for counts, which a place of their own may move. */
	eventAt(index: number, strict: boolean, noun?: string): Placed;
	/** Evidence for the words [start, end) of the sentence, widened to a quote. */
	evidence(start: number, end: number, words?: number): Evidence;
}

export const distance = (m: Mention, i: number) =>
	i >= m.index && i <= m.end ? 0 : Math.min(Math.abs(i - m.index), Math.abs(i - m.end));

/** Whether two positions of a sentence are in one clause (no dash, semicolon or colon between them). */
export function sameClause(sentence: string, a: number, b: number): boolean {
	const [x, y] = a < b ? [a, b] : [b, a];
	for (let i = x; i < y; i++) if (isClauseMark(sentence, i)) return false;
	return true;
}

/**
 * Whether a fact at `i` can be about mention `m`: an event recalled for comparison ("since the 2008 attack on
 * Mumbai") owns only what its own clause says after it ("…, which killed 166"), not the sentence's other facts.
 */
export function reaches(sentence: string, m: Mention, i: number): boolean {
	// "Two men were killed when a grenade was thrown …, three days after twin bombings at a church": an event a span
	// is counted to is another event, whatever the sentence calls it.
	if (i < m.index && SPAN_TO.test(sentence.slice(i, m.index))) return false;
	// "The attack came eight days after a car bomb killed 27 people", "… a week after a riot at a detention centre,
	// where inmates killed five police officers": a count in the clause of what the span counts from, or in a clause of
	// its own ("where", "when", "in which"), is that event's. (Not "… at a mosque in Konduga, hours after the governor
	// left the town, killing 30 worshippers": past the span's clause, the count is the subject's.)
	if (m.end <= i) {
		const between = sentence.slice(m.end, i);
		const span = SPAN_TO.exec(between);
		const after = span && between.slice(span.index);
		if (after && (!after.includes(',') || /,\s+(?:where|when|in\s+which)\b/i.test(after))) return false;
	}
	// "…rose to 41 on Monday, the minister said, as jets struck militant camps in Karsk": a clause after "as" or "while"
	// tells what went on beside the count's event.
	if (i < m.index && /,\s+(?:as|while)\s/i.test(sentence.slice(i, m.index))) return false;
	if (!m.recalled) return true;
	// "the deadliest attack … since gunmen killed 166 people in Mumbai in November 2008": a count inside the words that
	// name the earlier event is that event's.
	// ("two days since the gunmen killed 20 people at the hotel": a span since the story's own event, told of by its
	// doers with "the", is that event still.)
	if (i >= m.index && i <= m.end)
		return !/\b(?:(?:hours?|days?|weeks?|months?)\s+since|the\s+(?:gunmen|gunman|attackers?|bombers?|militants|assailants?))\b[^.;]{0,30}$/i.test(
			sentence.slice(Math.max(0, m.index - 60), m.index)
		);
	// "…after suicide bombings in Kerman, Iran, killed more than 90": a verb right after the comma is the event's own.
	// "…at a night market in Velda on Sept. 3, 2016, which killed 12": a date's own comma is no clause's.
	// ("… the bombing of the El Ghriba synagogue in Djerba, in Tunisia, which killed 21 people": nor is the comma of a
	// country set off after the town; review 52, ED min/09-13 gave Djerba's 21 dead to the Casablanca attacks.)
	const between = sentence
		.slice(m.end, i)
		.replace(/(\d),(?=\s+\d{4}\b)/g, '$1')
		.replace(/^,\s+(?:in\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=,)/, '');
	return i >= m.end && /^(?:[^,;]*|[^,;]*,\s+(?:which|when|where|in which|\w+ed|\w+ing)\b[^,;]*)$/.test(between);
}

/**
 * Words up to the end of a stretch that tell what an event came after: "The attack came a day after two Israelis …
 * were shot dead", "came four months after an asylum-seeker stabbed …". What follows is another, earlier event.
 */
export const CAME_AFTER = /\b(?:came|comes|followed|follows|happened|occurred)\s+(?:[^.;]{0,30}?\s)?after\b[^.;]*$/i;
/**
 * Words up to the end of a stretch that pass another event's count: "the deadliest mass shooting in U.S. history, passing
 * the 32 killed at Virginia Tech on": what follows is that event, and its day is its own (review 47, CI min/02-6 dated
 * the Orlando shooting by Virginia Tech's).
 */
export const PASSING = /\b(?:passing|surpassing|overtaking|eclipsing|exceeding|topping|outstripping)\s+the\b[^;]*$/i;
