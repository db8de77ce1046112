/**
 * Finds the dates of events in a story's sentences and resolves them to ISO at the precision the text gives
 * ("2015", "2021-08", "2024-03-22"), moving the story's timeline on as it goes. The forms are in date-rules.ts.
 * Durations ("in two decades", "five years after", "in as little as six months") are not dates and never match.
 */
import { BARE_YEAR, DAY_AFTER_WORDS, RULES } from './date-rules';
import { WEEKDAYS } from './english';
import { pattern } from './pattern';
import { afterMark } from './sentences';
import { make, parts, relative, type DateMatch, type Timeline } from './timepoint';

/**
 * A year written before a noun that is not a count of things: "the 2023 book" dates a book, not an event; "a Euro 2024
 * qualifier" names a tournament; "the 2023 response plan" a document; "the ACI 2000 district of Bamako" a quarter
 * (review 33, AL min/04-2).
 */
const NOT_EVENT_YEAR =
	/^\s*(district|zone|estate|neighbou?rhood|quarter|street|road|avenue|tower|book|film|novel|report|study|album|edition|paper|documentary|memoir|qualifiers?|finals?|tournament|championships?|season|summit|(?:[a-z]+\s+)?(?:plan|budget|appeal|census|strategy)|people|persons|civilians|soldiers|troops|fighters|members|deaths|dead|casualties|km|kilometres|miles|metres|tonnes|dollars|euros|pounds|votes|seats|-|\/|s\b)/i;

/** A body named by the day it is about: "July 22 commission", "22 July Centre", "9/11 Memorial". */
const NAMED_BY_DAY =
	/^\s+(?:[Cc]ommission|[Ii]nquiry|[Cc]ommittee|Centre|Center|Memorial|Museum|Foundation|Support\s+Group|Task\s+Force)\b/;

/** Whether the clause before `index` is past perfect ("had on March 23, 2019 pushed"). */
function inPastPerfect(sentence: string, index: number): boolean {
	const before = sentence.slice(0, index);
	const clause = before.slice(afterMark(before, ',', ';', '—'));
	return PERFECT_HAD.test(clause) || /\bhad\s+(?:\w+\s+){0,3}$/.test(before);
}

/**
 * "had" as the past perfect's auxiliary, not the verb of having: "Kazakhstan had its own wave in late 2011" tells where
 * the story stands (review 31, AI min/03-11).
 */
const PERFECT_HAD = /\bhad\b(?!\s+(?:its|their|his|her|our|a|an|the|no|some|many|few|several|one|two|three|\d+)\b)/;

/** The distinct cheap tests of the rules, and for each rule the index of its own (-1 for none). */
const NEEDS = [...new Set(RULES.flatMap((r) => (r.needs ? [r.needs] : [])))];
const NEED_OF = RULES.map((r) => (r.needs ? NEEDS.indexOf(r.needs) : -1));

/**
 * A day set off as the one after an event, or days or a week after it, after a day the sentence wrote: "on Thursday 23
 * March, the morning after a man drove …", "On Wednesday, three days after a gunman opened fire" (date-rules.ts reads
 * it that many days before that day, and marks it as told of what follows).
 */
export const DAY_AFTER = pattern(`^${DAY_AFTER_WORDS}$`, 'i');

/** A span counted from another day: "a week later", "two days after", "ten days earlier". */
const APPOSED_SPAN = /\b(?:later|earlier|after|before|afterwards|on)\s*$/i;

/** Between a date written out and a span set off after it: ", ", ", exactly ", ", just ". */
const APPOSED_GAP = /^\s*,\s*(?:(?:exactly|just|precisely|almost|nearly|only|some|about)\s+)?$/i;

/** The words before a birth date: "born ", "born in ", "born on ". */
const BORN_BEFORE = /\bborn\s+(?:in\s+|on\s+)?$/i;

/**
 * Every date in one sentence, resolved against the timeline. Earlier rules win where matches overlap, so
 * "March 23, 2019" is one date, not a month-day and a bare year.
 */

export function findDates(sentence: string, t: Timeline): DateMatch[] {
	const taken: [number, number][] = [];
	const out: DateMatch[] = [];
	/** Dates counted from where the story stood, for a second reading once the sentence's own dates are all found. */
	const counted: { rule: (typeof RULES)[number]; m: RegExpExecArray; d: DateMatch }[] = [];
	// Several rules share one cheap test (a month name); each is run once per sentence.
	const held: (boolean | undefined)[] = [];
	for (let i = 0; i < RULES.length; i++) {
		const rule = RULES[i]!;
		const n = NEED_OF[i]!;
		if (n >= 0 && !(held[n] ??= NEEDS[n]!.test(sentence))) continue;
		rule.re.lastIndex = 0;
		for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
			const start = m.index;
			const end = start + m[0].length;
			if (taken.some(([a, b]) => start < b && end > a)) continue;
			if (rule === BARE_YEAR && NOT_EVENT_YEAR.test(sentence.slice(end))) continue;
			// "Norway's July 22 commission", "the 22 July Centre": a day that names a body set up after it dates nothing
			// the sentence tells (review 36, AR min/03-1 read the commission's headline as 22 July of the report's year).
			// Taken, so neither its month nor its day is read alone.
			if (NAMED_BY_DAY.test(sentence.slice(end))) {
				taken.push([start, end]);
				continue;
			}
			// "Pavel Pechenkin, born 1981,", "who was born on 3 May 1981": a birth date dates a person, no event of the story
			// (and taken, so no shorter rule reads its year).
			if (BORN_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) {
				taken.push([start, end]);
				continue;
			}
			const on = within(t, out, start, m[0]);
			// "On 30 March 2016, a week later, 94 people were still in hospital": a span set off by commas right after a
			// date written out says how far that date was from the story's last; it is no second date. ("On May 29, 2015,
			// exactly one week later, …": nor with a word of measure before it; review 29, AD min/06-6.)
			// ("on Thursday 23 March, the morning after a man drove …" is another day, told by the one before it.)
			if (
				APPOSED_SPAN.test(m[0]) &&
				!DAY_AFTER.test(m[0]) &&
				out.some(
					(d) =>
						(!d.resolvedFrom || (d.precision === 'day' && WRITTEN_BUT_YEAR.test(d.resolvedFrom))) &&
						APPOSED_GAP.test(sentence.slice(d.index + d.text.length, start))
				)
			)
				continue;
			const r = rule.resolve(m, on, sentence);
			if (!r) continue;
			taken.push([start, end]);
			const d: DateMatch = {
				...r,
				text: m[0],
				index: start,
				background: inPastPerfect(sentence, start) || undefined,
				...(on !== t && r.resolvedFrom ? { inSentence: true } : {})
			};
			out.push(d);
			if (on === t && r.resolvedFrom) counted.push({ rule, m, d });
		}
	}
	// "The 2009 ambush followed a government offensive launched the previous year": a rule read before the one that
	// finds the sentence's own date counted from where the story stood (2021); it counts from the date the sentence has
	// written before it (review 27, min/z03-1).
	// ("Two suicide bombers blew themselves up … on March 22, and a third struck Maelbeek metro station an hour later":
	// hours count from the day the sentence wrote, with or without its year; review 32, AJ min/02-11.)
	for (const { rule, m, d } of counted) {
		const on = within(t, out, d.index, d.text);
		if (on === t) continue;
		const r = rule.resolve(m, on, sentence);
		if (r) out[out.indexOf(d)] = { ...r, text: d.text, index: d.index, background: d.background, inSentence: true };
	}
	out.sort((a, b) => a.index - b.index);
	// "Six days earlier, on Monday 15 March, gunmen attacked …": a span counted from the story, set off by a comma before
	// the day written out, is restated by that day (review 38, AV min/05-7 dated the attack by the span, 10 March).
	for (let i = out.length - 2; i >= 0; i--) {
		const [a, b] = [out[i]!, out[i + 1]!];
		if (
			a.resolvedFrom &&
			SPAN_WORDS.test(a.text) &&
			b.precision === 'day' &&
			(!b.resolvedFrom || WRITTEN_BUT_YEAR.test(b.resolvedFrom)) &&
			/^\s*,\s*(?:on\s+)?$/i.test(sentence.slice(a.index + a.text.length, b.index))
		)
			out.splice(i, 1);
	}
	// "On 08-08-2016 (Monday)", "1st July, 2016 (Friday)": a weekday in brackets after a day written out is that day's
	// name, no day of its own (agency copy; review 33, AM min/03-12 read it as the Monday before publication); so is a
	// weekday with the day written out in brackets after it, "Easter on Sunday (4/4/2021)", the way Indonesian papers
	// write it (review 37, AT min/09-12 read the Sunday before publication).
	for (let i = out.length - 1; i > 0; i--) {
		const [a, b] = [out[i - 1]!, out[i]!];
		if (!inBrackets(sentence, a, b)) continue;
		if (b.resolvedFrom && writtenDay(a) && WEEKDAY_ONLY.test(b.text)) out.splice(i, 1);
		else if (a.resolvedFrom && writtenDay(b) && WEEKDAY_ONLY.test(a.text.replace(/^on\s+/i, ''))) out.splice(i - 1, 1);
	}
	// "he was stopped by police for a check the day before, Interior Minister Gérald Darmanin said on Friday evening":
	// a day counted back in what was said counts from the day it was said, which the sentence gives after it.
	for (const d of out) {
		if (!/^the\s+(?:day|night)\s+before$/i.test(d.text)) continue;
		const said = out.find(
			(o) =>
				o.index > d.index && o.precision === 'day' && SAID_AFTER.test(sentence.slice(d.index + d.text.length, o.index))
		);
		if (said) Object.assign(d, relative({ ...t, anchor: said }, -1, 'day'));
	}
	// "Between 28 March and 1 April 2004", "from March 28 to April 1, 2004", "on 28 March and 1 April 2004": the first of
	// two days joined, written without its year, is in the year the second gives (the year before, across a new year),
	// not the latest such day before publication (review 31, AI min/03-3), nor the year of a date written before them
	// ("taken … in 2015, … were beheaded in April and June 2016"; review 41, BD min/08-15).
	for (let i = 0; i + 1 < out.length; i++) {
		const [d, end] = [out[i]!, out[i + 1]!];
		if (!d.resolvedFrom || end.resolvedFrom || d.precision === 'year' || end.precision === 'year') continue;
		if (!SPAN_TO.test(sentence.slice(d.index + d.text.length, end.index))) continue;
		const [ey, em] = parts(end.iso);
		const [, dm, dd] = parts(d.iso);
		out[i] = {
			...d,
			...make(dm > em ? ey - 1 : ey, dm, dd, d.precision),
			resolvedFrom: 'the year written after it'
		};
	}
	return out;
}

/** A weekday alone: "Monday". */
const WEEKDAY_ONLY = pattern(`^(?:${WEEKDAYS.join('|')})$`, 'i');

/** Whether `inner` stands in brackets right after `outer`: "08-08-2016 (Monday)", "Sunday (4/4/2021)". */
function inBrackets(sentence: string, outer: DateMatch, inner: DateMatch): boolean {
	return (
		/^\s*\(\s*$/.test(sentence.slice(outer.index + outer.text.length, inner.index)) &&
		/^\s*\)/.test(sentence.slice(inner.index + inner.text.length))
	);
}

/** A day the sentence writes out, to the day. */
const writtenDay = (d: DateMatch) => !d.resolvedFrom && d.precision === 'day';

/**
 * Hours or minutes counted from a day ("an hour later", "45 minutes after"), or the day after it ("Twelve days later,
 * jets struck Balakot, and the next day …": the next day of the day the sentence counted to; review 35, AP min/08-25),
 * or years to the day ("on Wednesday, four years to the day after").
 */
const FROM_ITS_DAY =
	/\b(?:hours?|minutes?)\s+(?:later|earlier|after|before)\b|^(?:the\s+)?(?:next|following)\s+(?:day|morning|night)$|^the\s+(?:day|night)\s+before$/i;
/** Years to the day: "four years to the day". */
const TO_THE_DAY = /\bto\s+the\s+day$/i;

/** Between the start of a span and its end: " and ", " to ", "–". */
const SPAN_TO = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/i;

/** Between a day counted back and the day it was said on: ", Interior Minister Gérald Darmanin said on ". */
const SAID_AFTER =
	/^\s*,\s*[^.;,]{0,80}?\b(?:said|told|added|announced|confirmed|stated)\b[^.;,]{0,20}?(?:\b(?:late\s+|early\s+)?on\s+)?$/i;

/**
 * How a day written with its month but not its year was read ("on 23 March"): only the year was supplied, so a span of
 * days after it in its sentence counts from it ("detained on 23 March and charged two days later", review 38, AY
 * min/01-6, counted from the 27 March of the sentence before). (Another day written out still takes the story's year:
 * "in 2015, including the May 22 bombing … and an Aug. 6 bombing".)
 */
const WRITTEN_BUT_YEAR = /\byear\b/;
/** A span counted from a day, either way: "six days earlier", "a week later", "the day before". */
const SPAN_WORDS =
	/\b(?:days?|weeks?|months?|years?|hours?)\s+(?:later|earlier|after|before|afterwards)\b|\b(?:next|following|previous)\s+day\b|\bthe\s+day\s+(?:before|after)\b/i;
/** A span counted on from a day: "two days later", "a week after", "the next day". */
const DAYS_ON = /\b(?:days?|weeks?)\s+(?:later|after|afterwards)\b|\b(?:next|following)\s+day\b/i;

/**
 * The timeline a date at `index` is read on: "seized … on March 22, 2014, … and Tahseen Akhtar was caught three days
 * later" counts from the day the sentence has just written out, not from where the story stood before it. `words` are
 * the date's own: hours and "the next day" count from a day the sentence counted to as well, a span of days also from
 * one written without its year.
 */
/** A year counted from another: "the previous year", "the year before", "a year later". */
const YEAR_COUNTED = /\b(?:previous|following|next|preceding)\s+year\b|\byears?\s+(?:before|after|later|earlier)\b/i;

function within(t: Timeline, found: readonly DateMatch[], index: number, words: string): Timeline {
	const resolved = FROM_ITS_DAY.test(words) || DAY_AFTER.test(words) || TO_THE_DAY.test(words);
	const span = DAYS_ON.test(words);
	let last: DateMatch | undefined;
	for (const d of found)
		if (
			d.index < index &&
			// (A year in the past perfect still counts for a year after it: "had reopened … only in 2016 after being damaged
			// in fighting … the previous year" is 2015; review 41, BG min/09-13.)
			// (And "had detonated explosive belts … on Wednesday, four years to the day after": an anniversary counts from the
			// day the sentence gives, in whatever tense; review 44, BW min/01-5.)
			// (So does a day in it for "the following day": "had announced that it lost contact with the patrol on Sunday the
			// 14th of September, and a search unit found the bodies … on the following day" is the 15th; review 47, CJ
			// min/09-5 counted from the day the story stood on.)
			(!d.background ||
				(d.precision === 'year' && YEAR_COUNTED.test(words)) ||
				TO_THE_DAY.test(words) ||
				(span && d.precision === 'day')) &&
			(!d.resolvedFrom || (d.precision === 'day' && (resolved || (span && WRITTEN_BUT_YEAR.test(d.resolvedFrom))))) &&
			(!last || d.index > last.index)
		)
			last = d;
	return last ? { ...t, anchor: { iso: last.iso, precision: last.precision }, anchorInSentence: true } : t;
}

/**
 * Reads one sentence and moves the timeline on. The story moves to a date when it narrates it; background dates
 * (past perfect) and dates of works are not where the story stands, so "a day later" skips them.
 */
export function advance(sentence: string, t: Timeline): DateMatch[] {
	const found = findDates(sentence, t);
	// (And the day an anniversary piece names by its years: "Ten years ago tonight", for a later "July 11 remains the
	// date that changed the city"; review 51, DE min/07-13 read that July 11 as publication's.)
	for (const d of found)
		if (d.precision === 'day' && (!d.resolvedFrom || /\bago\s+(?:today|tonight|this\s|on\s)/i.test(d.text)))
			(t.written ??= []).push(d.iso);
	// ("…since February 2004, when a suicide bomber killed 41 people. In August that year …": the year a date of the text
	// last reached, whatever the story's clock did with it, and written or not ("On November 13, gunmen … struck again.
	// In December that year …", after a paragraph on 2011, is 2015); review 49, CT min/01-14 put the August in 2010.)
	const year = [...found].reverse().find((d) => !d.unsettled);
	if (year) t.yearReached = Number(year.iso.slice(0, 4));
	// "three days of national mourning, from Sunday 11 December until Tuesday 13 December": the end of a period declared
	// from a day is when something will stop, not a day the story has reached ("two days after" in the next sentence
	// counts from the 11th). ("The siege lasted until Tuesday 24 September" is a day the story has reached.)
	// ("… the deadliest attack on Kenyan soil since the 1998 embassy bombing. … he was killed the following year": a year
	// an event is measured against is not where the story stands either.)
	// ("…'s intervention in Mali, which began on Jan. 11": nor the start of what the news is related to.)
	// ("The cabinet declared Saturday a day of mourning", in a Friday paper: a day still to come is no day the story has
	// reached either; review 29, AD 01 counted "a week later" from it.)
	for (const d of found)
		if (
			!d.background &&
			!(d.precision === 'day' && d.iso > t.published.iso) &&
			!FROM_UNTIL.test(sentence.slice(0, d.index)) &&
			!MEASURED_SINCE.test(sentence.slice(0, d.index)) &&
			!BEGAN_WHICH.test(sentence.slice(0, d.index)) &&
			!LIFE_WHO.test(sentence.slice(0, d.index)) &&
			!LIFE_OPENING.test(sentence.slice(0, d.index)) &&
			!FOUNDED.test(sentence.slice(0, d.index)) &&
			!CLAIM_DAY.test(sentence.slice(d.index + d.text.length)) &&
			!(
				TOLD_ON.test(sentence.slice(0, d.index)) &&
				// (Another day of the sentence, even one its reported speech puts in the past perfect: "said Wednesday that
				// 23 people had been killed … in Tuesday morning's twin bombing".)
				found.some((o) => o !== d && !TOLD_ON.test(sentence.slice(0, o.index)))
			) &&
			!RELATED_DAY.test(sentence.slice(Math.max(0, d.index - 12), d.index + d.text.length + 3))
		) {
			t.anchor = { iso: d.iso, precision: d.precision, ...(d.unsettled ? { unsettled: d.unsettled } : {}) };
			if (d.precision === 'day') t.lastDay = d.iso;
		}
	return found;
}

/**
 * A comparison's "since" right before a year that dates what it compares with: "deadliest … since the ", "the first
 * British soldiers killed in Northern Ireland since ", or with a clause between: "the largest demonstration against
 * the group since it was driven out of the capital in " (review 38, AX min/06-13 then put "on 10 March" in 2011).
 */
const MEASURED_SINCE =
	/\b(?:deadliest|worst|bloodiest|biggest|largest|first)\b[^.;]{0,60}\bsince\s+(?:(?:the\s+)?|[^.;,]{1,60}?\s(?:in|on)\s+)$/i;

/**
 * The start of something the sentence relates its news to, in a relative clause: "in response to France's military
 * intervention in neighbouring Mali, which began on " (review 33, AL min/01-9 then counted "on Monday" from it).
 */
const BEGAN_WHICH = /,\s+(?:which|that)\s+(?:had\s+)?(?:began|begun|started|opened)\s+(?:on|in)\s+$/i;

/**
 * A person's past, in a relative clause: "Ullah, who came to the US from Bangladesh in " (review 34, AN min/05-16 then
 * put "on 20 June" in 2011).
 */
const LIFE_WHO =
	/\bwho\s+(?:had\s+)?(?:came|come|moved|emigrated|immigrated|arrived|migrated|grew\s+up|studied|lived|settled|fled)\b[^,;.]*$/i;

/**
 * After a day, that a claim was made on it: "Last Thursday, the group calling itself the Islamic State in the Greater
 * Sahara claimed responsibility for this cowardly crime": the claim's day, no day the story of the attack reaches
 * (review 47, CJ min/07-5 then counted "the night before" from it).
 */
const CLAIM_DAY =
	/^,?\s+[^.;]{0,80}?\bclaimed\s+(?:responsibility|the\s+(?:attack|bombing|killings?|crime|massacre|assault))\b/i;

/**
 * When a group or body someone names came to be: "Dan Na Ambassagou, a Dogon militia formed in " (review 47, CJ
 * min/10-7 then put "on April 18" in 2016).
 */
const FOUNDED = /\b(?:formed|founded|created|established|set\s+up)\s+(?:[^,;.]{1,30}?\s+)?(?:in|on)\s+$/i;

/**
 * A person's past, in the participle a sentence opens on: "Ordained in 1958, the priest had passed the age of
 * retirement" (review 44, BV min/09-9 then counted "twelve days after" from 1958).
 */
const LIFE_OPENING =
	/^(?:Born|Ordained|Raised|Educated|Married|Trained|Bapti[sz]ed|Elected|Appointed|Enlisted)\s+(?:[^,;.]{1,40}?\s+)?(?:in|on)\s+$/;

/**
 * A day owning an event the sentence relates its own to: "whether it was linked to Sunday's cathedral bombing" (review
 * 26, min/y07-2: "Three days earlier" in the next paragraph had counted from that Sunday, not the story's Wednesday).
 */
const RELATED_DAY = /\b(?:to|since|than|like|with)\s+\S+['’]s\b/i;

/**
 * The day a count was told, in a sentence that names the day its news happened: "exploded … late on Sunday, killing
 * at least 64 people, police said on " (review 38, AX min/10-4 then counted "about an hour later" in the next sentence
 * from Monday); "The Health Ministry said Wednesday that 23 people had been killed … in Tuesday morning's twin
 * bombing" (review 39, AZ min/09-4); so is the day a count was revised: "a figure police revised up from 21 on " (review
 * 47, CI min/06-5).
 */
const TOLD_ON =
	/\b(?:said|says|told\s+(?:[\w-]+\s+){1,3}?|announced|reported|confirmed|(?:revised|raised|lowered|corrected|updated)\b[^,;.]{0,30}?)(?:\s+(?:late|early))?\s+(?:on\s+)?$/;

/** The words before the end of a period that has its start: "from Sunday 11 December until ". */
const FROM_UNTIL = /\bfrom\s+[^,;.]{1,40}?\s+(?:until|till|to)\s+$/i;
