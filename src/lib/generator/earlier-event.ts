/**
 * A count whose own clause is dated before the event the story is on belongs to an earlier event, even when the
 * sentence names it by no place: "The same square was hit three years ago. On Jan. 12, 2017, two suicide bombers blew
 * themselves up among labourers waiting for work there, killing 35 people." Giving the 35 to the story's attack would
 * ask the right number of the wrong attack; the earlier event is found by its day, or made from it.
 */
import type { DateMatch } from './dates';
import { firstPlace, placeNear } from './event-places';
import { dateEvent, datesAgree, eventFrom, fit, type StoryEvent } from './model';
import { CAME_AFTER, sameClause } from './reading';
import type { Precision } from './types';

/** Whether ISO date `a` ends before `b` begins, at the coarser of their precisions. */
export function before(a: string, b: string): boolean {
	if (datesAgree(a, b)) return false;
	const n = Math.min(a.length, b.length);
	return a.slice(0, n) < b.slice(0, n);
}

/**
 * Whether the day at `at` is told in a "by the time" clause: "By the time the military declared the end of combat
 * operations on October 23, … 47 civilians had been killed" gives the day a count had been reached by, not an attack's
 * (review 45, CB min/10-4 made a 23 October attack of it).
 */
const reachedBy = (sentence: string, at: number) => /\b[Bb]y\s+the\s+time\b[^,;]*$/.test(sentence.slice(0, at));

/** A venue opening, or opening again, right before its day: "which reopened in ", "was rebuilt and reopened on ". */
const OPENED_ON = /\b(?:re-?opened|opened|reopens|rebuilt|restored|renovated|inaugurated)\s+(?:in|on)\s+$/i;

/** What the clause tells of, for naming an event the text gives only by its day: a bombing, a shooting, an attack. */
function nounOf(clause: string): string {
	if (/\b(?:bomb\w*|blew|blast|explo\w+|detonat\w+)\b/i.test(clause)) return 'bombing';
	if (/\b(?:shot|shooting|gunm[ae]n|opened\s+fire)\b/i.test(clause)) return 'shooting';
	return 'attack';
}

/** An operation of the forces of order: a sweep, an offensive, a crackdown. */
const OPERATION = /\b(?:operations?|opération|sweeps?|offensives?|crackdown|counter-?offensive|manhunt)\b/i;

/**
 * The earlier event a count at `index` is of, when a date before it in its clause (or after it, in an earlier year)
 * lies before `current`'s day (also
 * one after "after": "came three years after the bombings of 12 October 2002, when … 202 people were killed"); an event of that day is reused, or one is made and added to
 * `events`. Undefined when the clause gives no such date. `published` is the day the story is told.
 */
export function earlierEventAt(
	sentence: string,
	index: number,
	dates: readonly DateMatch[],
	current: StoryEvent | undefined,
	events: StoryEvent[],
	doc: string,
	paragraph: number,
	published: string
): StoryEvent | undefined {
	if (!current) return undefined;
	// An event the text has not dated yet is at least of the year the story is told in; a bare year before it ("In 2022,
	// two people died in Europe") is then a span of time as often as an event.
	const day = current.date ?? published.slice(0, 4);
	// "The attack in Amiens came four months after an asylum-seeker stabbed three young children … on 5 June": what the
	// subject came after, with its count and day (before the story's, if the story is not dated), is another event.
	// ("The raid came less than three weeks after the end of Opération Comoé, a joint sweep …, during which the two armies
	// said eight jihadists were killed": what forces killed in an operation of theirs is no attack's toll.)
	const cameAfter = CAME_AFTER.test(sentence.slice(0, index));
	if (cameAfter && OPERATION.test(sentence.slice(0, index))) return undefined;
	// "gunmen killed 22 worshippers there on 6 September 1986": after the count, only a day of an earlier year tells
	// of another event ("rose to 37 on Sunday" is the story's own day, or later).
	const d = dates.find(
		(d) =>
			(d.index < index ||
				(current.date !== undefined &&
					d.iso.length === 10 &&
					before(d.iso.slice(0, 4), day.slice(0, 4)) &&
					!/\b(?:born|founded|built|opened|established)\b/i.test(sentence.slice(index, d.index)) &&
					// ("rose to 149 …, the deadliest since the massacre … in December 2014" measures by another event.)
					// (Nor "left 21 dead, among them Jason Spindler, who had survived the September 11 attacks": what a victim
					// lived through.)
					!/\b(?:since|than|after|before|until|deadliest|worst|survived|witnessed)\b/i.test(
						sentence.slice(index, d.index)
					)) ||
				(cameAfter && d.index > index && d.precision === 'day' && before(d.iso, current.date ?? published))) &&
			sameClause(sentence, d.index, index) &&
			!reachedBy(sentence, d.index) &&
			// ("Usman Khan, who had been released in December 2018 after serving a sentence …, killed two people": a day
			// in a relative clause about the doer is of what was done to him.)
			!(
				d.index < index &&
				/\b(?:who|whom)\s+(?:had|has|was)\b[^;]*$/.test(sentence.slice(0, d.index)) &&
				/,/.test(sentence.slice(d.index, index))
			) &&
			(before(d.iso, day) || (cameAfter && d.index > index)) &&
			(current.date !== undefined || d.iso.length >= 7) &&
			// ("At the Bataclan, which reopened in November 2016 with a concert by Sting, a plaque lists the names of the 90
			// people who died there": the day a venue opened again is no attack's.)
			!(d.index < index && OPENED_ON.test(sentence.slice(Math.max(0, d.index - 30), d.index)))
	);
	// "Konduga has been here before. On 16 February 2018 … killing 18. On 23 July 2018 a man walked into a mosque …,
	// killing seven worshippers": a day after the recalled event in view, but before the story's own, is a third event.
	// (Not a later count of the one in view: "On Sunday the toll rose to 20".)
	// Only while the story is on a recalled event: a later day in the story's own event is its aftermath.
	const lead = events.find((e) => !e.within);
	const between =
		d ??
		(current.date && lead !== current
			? dates.find(
					(x) =>
						x.index < index &&
						x.iso.length === 10 &&
						sameClause(sentence, x.index, index) &&
						before(current.date!, x.iso) &&
						// (An event not dated yet is the story's own, told before the day it was published.)
						events.some((e) => e !== current && !e.within && before(x.iso, e.date ?? published)) &&
						!UPDATE.test(sentence.slice(x.index, index)) &&
						!reachedBy(sentence, x.index) &&
						// ("… attacked the village of Kitaya, and Islamic State claimed the raid two days later, saying its fighters
						// had killed more than 20": the day of a claim is no attack's.)
						!/\bclaim(?:ed|s|ing)?\b[^,;]*$/i.test(sentence.slice(0, x.index)) &&
						// ("On 30 March 2016, a week later, 94 people were still being treated": no attack is told.)
						ATTACK_TOLD.test(sentence.slice(x.index, index))
				)
			: undefined);
	return between ? eventOf(between, sentence, index, current, events, doc, paragraph) : undefined;
}

/**
 * A count whose own clause opens on a day months after the event in view and tells of an attack there ("Gunmen killed
 * 12 people at Charlie Hebdo in January 2015. On September 25 a Pakistani man wounded two people with a meat cleaver
 * outside the magazine's former offices", review 25, min/v05-4) is of a later event, found by its day or made from it.
 * Not a count told again ("On 3 May the ministry said the toll had reached 14"), nor one of a trial or a sentence.
 */
export function laterEventAt(
	sentence: string,
	index: number,
	dates: readonly DateMatch[],
	current: StoryEvent | undefined,
	events: StoryEvent[],
	doc: string,
	paragraph: number,
	published: string
): StoryEvent | undefined {
	if (!current?.date || current.date.length < 7) return undefined;
	const from = Date.parse(current.date.length === 7 ? `${current.date}-28` : current.date);
	const d = dates.find(
		(x) =>
			x.index < index &&
			x.iso.length === 10 &&
			!x.after &&
			x.iso <= published &&
			// ("On May 26, masked gunmen stopped a bus … and opened fire, killing 29 people", after Palm Sunday's bombings
			// of 9 April: a day the sentence opens on, weeks after the story's, is another attack's; review 36, AS 04.)
			Date.parse(x.iso) - from > (x.index <= 3 ? 14 : 92) * 86_400_000 &&
			sameClause(sentence, x.index, index) &&
			!UPDATE.test(sentence.slice(x.index, index)) &&
			!COURT.test(sentence) &&
			!reachedBy(sentence, x.index) &&
			(ATTACK_TOLD.test(sentence.slice(x.index, index)) || WOUNDED_WITH.test(sentence.slice(x.index)))
	);
	return d ? eventOf(d, sentence, index, current, events, doc, paragraph) : undefined;
}

/**
 * A count in a second clause that opens on a time of its own, after ", and": "Last November gunmen stopped a bus near
 * Mandera and killed 28 passengers, and in December the group killed 36 quarry workers in the same county" (review
 * 51, DE min/01-16 gave the quarry workers to the bus). The event of that time, found or made from it, when the time is
 * not the event in view's and the clause tells of an attack.
 */
export function joinedEventAt(
	sentence: string,
	index: number,
	dates: readonly DateMatch[],
	current: StoryEvent | undefined,
	events: StoryEvent[],
	doc: string,
	paragraph: number,
	published: string
): StoryEvent | undefined {
	if (!current?.date) return undefined;
	const d = dates.find(
		(x) =>
			x.index < index &&
			x.iso.length >= 7 &&
			!x.after &&
			!x.unsettled &&
			x.iso <= published &&
			!datesAgree(x.iso, current.date!) &&
			/,\s+and\s+(?:then\s+)?(?:(?:in|on|by)\s+)?$/i.test(sentence.slice(Math.max(0, x.index - 16), x.index)) &&
			!/[,;]/.test(sentence.slice(x.index + x.text.length, index).replace(/^,/, '')) &&
			!UPDATE.test(sentence.slice(x.index, index)) &&
			// (The attack may be told after the count: "and in February, 30 motorists were killed when their vehicles were
			// set ablaze".)
			ATTACK_TOLD.test(sentence.slice(x.index).split(';')[0]!)
	);
	return d ? eventOf(d, sentence, index, current, events, doc, paragraph) : undefined;
}

/**
 * Words of a count told again or reported later, not of an attack: "the toll rose", "died in hospital", "put the dead
 * at", "On Friday the ministry said 40 people were killed".
 */
const UPDATE =
	/\b(?:toll|rose|risen|raised|revised|died|succumbed|number|figure|count|put|identified|buried|confirmed|arrested|detained|held|bodies|found|recovered|said|says|told|announced|reported|according)\b/i;

/** The earlier event of day `d`, told in `sentence`: one the text has dated so, or one made from it. */
export function earlierEventOn(
	d: DateMatch,
	sentence: string,
	current: StoryEvent,
	events: StoryEvent[],
	doc: string,
	paragraph: number
): StoryEvent {
	// ("drove along the pavement at the edge of Tiananmen Square": named by where the sentence puts it, if it does.)
	return eventOf(d, sentence, d.index, current, events, doc, paragraph, placeNear(sentence, sentence.length));
}

/** The event of day `d`: one the text has dated so, or one made from it. */
function eventOf(
	d: DateMatch,
	sentence: string,
	index: number,
	current: StoryEvent,
	events: StoryEvent[],
	doc: string,
	paragraph: number,
	where?: Pick<StoryEvent, 'target' | 'place'>
): StoryEvent {
	// "… a night raid on his compound in Abbottabad earlier this month. … On May 13, two suicide bombers struck recruits
	// … outside their training centre at Shabqadar, killing at least 80": an event of the same month is another one
	// when the sentence puts the count at a place of its own that is not that event's.
	const placed = where ?? firstPlace(sentence.slice(0, Math.max(index, d.index)), Math.min(index, d.index));
	const known = events.find(
		(e) =>
			e !== current &&
			e.date &&
			datesAgree(e.date, d.iso) &&
			e.date.length >= 7 &&
			(!placed || e.date.length >= d.iso.length || fit(e, placed) > 0)
	);
	if (known) return known;
	const e = eventFrom(
		{ index, end: index, noun: nounOf(sentence.slice(d.index).split(/[;:]/)[0]!), anaphor: false, ...placed },
		doc,
		paragraph
	);
	dateEvent(e, d.iso, d.precision as Precision, d.qualifier);
	events.push(e);
	return e;
}

/** An attack told by its verb or noun, between a day and a count: "walked into a mosque … and set off his explosives". */
const ATTACK_TOLD =
	/\b(?:attack\w*|bomb\w*|blew|blast\w*|explo\w+|detonat\w+|set\s+off|shot|shoot\w*|opened\s+fire|gunm[ae]n|stormed|struck|stabb\w*|rammed|ambush\w*|raid\w*|kill\w*)\b/i;

/** Words of a trial or a sentence, whose day is not an attack's: "sentenced", "convicted", "the court". */
const COURT = /\b(?:sentenc\w*|convict\w*|jailed|trial|court|verdict|charged|acquitt\w*|appeal\w*)\b/i;

/** Harm told with its weapon, an attack without an attack's verb: "wounded two people with a meat cleaver". */
const WOUNDED_WITH = /\bwound(?:ed|ing)\s+[^.;]{1,40}?\bwith\s+an?\s/i;
