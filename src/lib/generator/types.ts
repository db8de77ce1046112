/**
 * Shapes shared by the generator's finders. A finder reads sentences and returns facts; every fact carries the
 * evidence (document, paragraph, verbatim quote) that a card will cite, so nothing reaches a deck untraceable.
 */
import type { Evidence } from '../decks/schema';
import type { Office } from './countries';

/** Metadata of one document; `published` anchors every relative date the story leaves open. */
export interface DocMeta {
	id: string;
	title: string;
	publisher?: string;
	author?: string;
	/** YYYY-MM-DD */
	published: string;
	url?: string;
}

export type FactKind = 'date' | 'toll' | 'figure' | 'actor' | 'claim' | 'blame' | 'warning' | 'denial' | 'motive';
export type Precision = 'year' | 'month' | 'day';

/** One sentence of story text, with the paragraph it sits in (numbered as in paragraphs.ts). */
export interface Sentence {
	paragraph: number;
	/** The sentence as it stands in the paragraph, so any substring of it is a verbatim quote. */
	text: string;
	/** Set for a correction note's figure after the version it withdraws, which corrects the story's own event. */
	note?: true;
}

export interface Fact {
	kind: FactKind;
	/** The value as the source words it: "more than 130", "last July", "director of the South Asia Institute". */
	value: string;
	/**
	 * A comparable form: an ISO date for dates ("2024-03-22"), `killed:130` for tolls, a name for actors. Two sources
	 * agree on a fact when their normalised values are equal.
	 */
	normalized: string;
	/** "more than", "at least", "beginning of"... — kept apart so a card can ask for it and merge can compare. */
	qualifier?: string;
	/** What the fact is about: the event a toll or date belongs to, or the person a role describes. */
	event?: string;
	/** Who acted: the claimant, the one who blamed or warned; the person a role belongs to. */
	subject?: string;
	/** Other names the text gives the subject ("also known as … ISKP (ISIS-K)"). */
	aliases?: string[];
	/** For tolls: killed or injured; for figures: what was counted. */
	measure?: string;
	precision?: Precision;
	/** The exact words in the sentence a cloze card blanks out ("Just a day later", "March 23, 2019"). */
	written?: string;
	/** Where `written` starts in `sentence`, when the finder knows (a count): a gap is cut there, not at an earlier
	 * "12" or "someone" that happens to hold the same characters. */
	writtenAt?: number;
	/** The sentence the fact came from, for cloze prompts. */
	sentence: string;
	evidence: Evidence;
	/** The event (see model.ts) the fact is attached to by evidence in the text. */
	eventId?: string;
	/**
	 * The event the story was on where the fact stands, for a fact tied to no event whose clause names none ("The
	 * claim came on Tuesday."): not what the fact is of, only what its sentence is told within.
	 */
	story?: string;
	/** For a role whose title is a state's office and says not which state's ("President"): what the report tells of it. */
	office?: Office;
	/**
	 * For a role: the event its sentence, or else its paragraph, or else its section's heading tells of, which a title
	 * of no one's may belong to.
	 */
	frame?: string;
	/** The frame is the event of the section heading the role stands under: each section's people are of its attack. */
	sectionFrame?: boolean;
	/** For a role its holder no longer holds, by death ("the killing of Hizbul Mujahideen commander Burhan Wani"). */
	past?: boolean;
	/** Why a reviewer must check the fact: the text does not settle which event it belongs to, or similar. */
	check?: string;
	/** Who says so, for motives: "Byman", "Jadoon". */
	speaker?: string;
	/** For tolls: an earlier figure the text revised ("at least 60" before "rose to 143"), as context. */
	earlier?: { value: string; evidence: Evidence }[];
	/** For tolls: the count was updated ("rose to", "risen to"), so it is the latest. */
	update?: boolean;
	/** For tolls: the text says the count was replaced ("had stood at 36"), so it is never the latest. */
	superseded?: boolean;
	/**
	 * For tolls: the day the count was given, the latest day its sentence names up to publication ("Late on Tuesday …
	 * spoke of 60 dead", "on Thursday lowered the number … to 61"), so of two counts the later-told is the latest; on a
	 * live page, with the time its entry was posted ("2016-12-18T10:42").
	 */
	told?: string;
}
