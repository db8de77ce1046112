/**
 * The forms of a date in running text, one rule each, in the order they are tried: where two matches overlap the
 * earlier rule wins, so "March 23, 2019" is one date and not a month-day plus a bare year.
 *
 * Where a relative date counts from: "a day later", "a day earlier" and "six months later" from the last date the
 * story moved to (the story's own clock); "last July", "last month", "three days ago", "yesterday" and weekdays
 * from publication (the writer's clock).
 */
import { formatDate, monthOf, MONTHS, WEEKDAYS, weekdayFor, type Precision } from './dates';
import { NUMBER, readNumber } from './numbers';
import {
	coarser,
	fromPublication,
	make,
	parts,
	relative,
	shift,
	withoutYear,
	type Resolved,
	type TimePoint,
	type Timeline
} from './timepoint';
import { inOpenQuote } from './quotes';
import { AHEAD_OF, FUTURE, TIMETABLE, weekdayDate } from './weekdays';
import { pattern } from './pattern';
import { afterMark } from './sentences';
import { FRENCH_MONTHS } from './datelines';

export type Rule = {
	re: RegExp;
	/**
	 * Words every match of `re` holds, tested first: most sentences hold no date, and a cheap test that fails spares
	 * the scan of a long pattern. It must be implied by `re`, so it never changes what is found.
	 */
	needs?: RegExp;
	resolve: (m: RegExpExecArray, t: Timeline, sentence: string) => Resolved | undefined;
};

/** A month, or its abbreviation with a dot, or without one before a day ("Oct 29", as some wires write it). */
/** A month by name, or by its short form with a point or a day after it: "March", "Aug. 4", "Sept 11". */
export const MONTH = `(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\\.|(?=\\s\\d)))`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
/** A weekday a main clause is told on: "… on Monday", "… on Monday morning". */
const MAIN_WEEKDAY = pattern(`\\bon\\s+(${WEEKDAY})\\b`);
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
/** A day of a month right after a comma: ", July 11", ", 11 July". */
const DAY_OF_MONTH_AFTER = pattern(`^,\\s+(?:${MONTH}\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})`);
/** A day of the Islamic calendar right after a weekday: " 11/8/1436 AH". */
const HIJRI_AFTER = /^,?\s+\d{1,2}\/\d{1,2}\/1[34]\d\d\s*(?:AH|H|A\.H\.)(?![\w])/;
const UNIT = '(day|days|week|weeks|month|months|year|years|decade|decades)';
/** An offset count: "a day later" counts one. */
const COUNT = `(an?|${NUMBER})`;
const SOFTENER = '(?:(?:[Jj]ust|[Oo]nly|[Bb]arely|[Aa]bout|[Aa]lmost|[Nn]early|[Ss]ome)\\s+)?';
/** SOFTENER, or a bound a span later or earlier is given by: "Less than 24 hours later", "more than a week earlier". */
const SPAN_SOFTENER =
	'(?:(?:[Jj]ust|[Oo]nly|[Bb]arely|[Aa]bout|[Aa]lmost|[Nn]early|[Ss]ome|[Ll]ess\\s+than|[Mm]ore\\s+than)\\s+)?';
/** A span's softener that leaves its length rough: "about", "more than", "nearly" (not "just", "only"). */
const ROUGHLY = /^(?:about|almost|nearly|some|less\s+than|more\s+than)\s/i;
/** "Five years ago on Saturday": a span before the weekday it counts back from. */
const YEARS_AGO_ON = pattern(`\\b${UNIT}\\s+ago\\s+$`, 'i');
/** A date written out, then an opening bracket: what a weekday right after it repeats. */
/** A month and its year with no day: "December 2013". */
const MONTH_YEAR = pattern(`\\b(${MONTH})\\.?\\s+(${YEAR})\\b`, 'g');
const DATE_THEN_BRACKET = pattern(`(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:,?\\s+\\d{4})?\\s*\\(\\s*$`, 'i');
/** The cheap tests of `Rule.needs`, shared by the rules of one kind. */
const HAS_MONTH = pattern(MONTH);
const HAS_YEAR = pattern(YEAR);
const HAS_WEEKDAY = pattern(WEEKDAY);
/** Words that give a sentence a day of its own, so a time of day in it is not read alone (names case-sensitive). */
const DAY_NAMES = pattern(`${WEEKDAY}|\\b${MONTH}|\\b(?:19|20)\\d\\d\\b`);
const DAY_WORDS =
	/\b(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|later|earlier|ago|next\s+day|day\s+before)\b/i;
const namesADay = (sentence: string) => DAY_NAMES.test(sentence) || DAY_WORDS.test(sentence);
/**
 * A feast or an event named by its weekday, before the weekday, with the "on" that makes it a day when there is one:
 * "marked Trinity Sunday", "on Trinity Sunday". (Trinity and Whitsun are not counted from Easter as the feasts of
 * EASTER_FEASTS are: the Orthodox and Western feasts fall weeks apart, and a report seldom says which.)
 */
const NAMED_BY_WEEKDAY = /\b([Oo]n\s+)?(?:Trinity|Whit|Pentecost|Bloody|Black)\s+$/;
const namedByWeekday = (before: string) => {
	const named = NAMED_BY_WEEKDAY.exec(before);
	return named !== null && !named[1];
};
/** What is held every week on a weekday: "Sunday mass", "Friday prayers", "Sunday school". */
const WEEKLY_RITE = /^\s+(?:mass(?:es)?|prayers?|services?|sermons?|school|worship|liturgy|market)\b/i;
/** Who is out on a weekday: "opened fire on Saturday shoppers", "Friday worshippers". */
const DAY_CROWD =
	/^\s+(?:shoppers|worshippers|worshipers|churchgoers|commuters|diners|revellers|revelers|holidaymakers|market-?goers|crowds|congregations?)\b/i;
const HAS_YESTERDAY = /yesterday/i;

/** Days from Easter Sunday of the feasts a weekday is named by: "Good Friday" is two days before. */
const EASTER_FEASTS: Readonly<Record<string, number>> = {
	'palm sunday': -7,
	'ash wednesday': -46,
	'maundy thursday': -3,
	'holy thursday': -3,
	'good friday': -2,
	'holy saturday': -1,
	'easter saturday': -1,
	'easter sunday': 0,
	'easter monday': 1
};

/** Easter Sunday of a Gregorian year, as [month, day] (the anonymous Gregorian computus). */
function easterOf(y: number): [number, number] {
	const a = y % 19;
	const b = Math.floor(y / 100);
	const c = y % 100;
	const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
	const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
	const k = Math.floor((a + 11 * h + 22 * l) / 451);
	return [Math.floor((h + l - 7 * k + 114) / 31), ((h + l - 7 * k + 114) % 31) + 1];
}

/**
 * "the Easter Sunday bombings of 2019", "on Good Friday": a feast is one day of its year, the year the words after it
 * write ("of 2019", "in 2019"), else the last one on or before publication (the next, when the clause looks ahead). A
 * weekday before a feast's own "Sunday" is not "last Sunday", eight days back (review 23, min/r05-1).
 */
function feastDay(m: RegExpExecArray, t: Timeline, sentence: string): Resolved | 'none' | undefined {
	const named = /\b(Easter|Palm|Good|Holy|Ash|Maundy)\s+([A-Z][a-z]+)/.exec(m[0]);
	const offset = named ? EASTER_FEASTS[`${named[1]} ${named[2]}`.toLowerCase()] : undefined;
	if (offset === undefined) return undefined;
	const on = (y: number) => {
		const [month, day] = easterOf(y);
		return make(y, month, day + offset, 'day');
	};
	const after = sentence.slice(m.index + m[0].length);
	// ("the Easter Sunday bombings of 21 April 2019": the day written after the feast says it.)
	if (pattern(`^\\s+(?:[\\w'’-]+\\s+){0,3}?(?:of|on)\\s+(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d)`).test(after))
		return 'none';
	// ("what Sri Lanka's Easter Sunday inquiry found", "the Easter Sunday victims' families": a feast naming what came of
	// an attack on it names the attack, whose year the words do not give; review 32, AK min/03-1.)
	if (
		/^\s+(?:bombings?\s+|attacks?\s+|massacre\s+)?(?:inquiry|inquiries|commission|probe|report|investigation|trial|case|victims|survivors|families|anniversary|memorial)\b/i.test(
			after
		)
	)
		return 'none';
	const written = /^\s+(?:[\w'’-]+\s+){0,3}?(?:of|in)\s+(\d{4})\b/.exec(after)?.[1];
	if (written) return { ...on(Number(written)), resolvedFrom: 'the year written after it' };
	const [py] = parts(t.published.iso);
	const forward = ahead(sentence.slice(Math.max(0, m.index - 60), m.index)) || FUTURE.test(sentence.slice(0, m.index));
	const [last, next] = [
		on(py).iso <= t.published.iso ? on(py) : on(py - 1),
		on(py).iso >= t.published.iso ? on(py) : on(py + 1)
	];
	const read = { ...(forward ? next : last), resolvedFrom: 'the feast’s year' };
	// (A feast more than a season back, with no year written, may be of any year the story tells of.)
	return !forward && Date.parse(t.published.iso) - Date.parse(last.iso) > 92 * 86_400_000
		? {
				...read,
				unsettled: `the year is not written: read as ${parts(last.iso)[0]}, the last ${named![1]} ${named![2]} before publication`
			}
		: read;
}

/** A weekday as its rule reads it, or the feast it names ("Good Friday"), which may say no day at all. */
function weekdayOrFeast(m: RegExpExecArray, t: Timeline, sentence: string): Resolved | undefined {
	const feast = feastDay(m, t, sentence);
	if (feast === 'none') return undefined;
	// "A week ago, on Monday": the weeks count back from publication to the weekday nearest the day they reach
	// (review 24, min/t07-2 read the Monday of publication).
	const weeks = /\b(an?|one|two|three|four|\d)\s+weeks?\s+ago,?\s*$/i.exec(sentence.slice(0, m.index));
	if (weeks && !m[1]?.match(/^(?:last|next|this|that)$/i)) {
		const n = spanCount(weeks[1]!) ?? 1;
		const [py, pm, pd] = parts(t.published.iso);
		const back = make(py, pm, pd - 7 * n, 'day');
		const [by, bm, bd] = parts(back.iso);
		const ahead = (WEEKDAYS.indexOf(m[2]!) - new Date(Date.UTC(by, bm - 1, bd)).getUTCDay() + 7) % 7;
		return { ...make(by, bm, bd + (ahead <= 3 ? ahead : ahead - 7), 'day'), resolvedFrom: `${weeks[0].trim()}` };
	}
	// ("On the same Monday, about a hundred fighters attacked an army unit near Tessit": the Monday the story stands on,
	// or none; review 51, DC min/05-1 read the Monday of publication.)
	if (
		!feast &&
		/\b(?:(?:the|that)\s+(?:very\s+)?same|that\s+very)\s+$/i.test(sentence.slice(0, m.index + m[0].indexOf(m[2]!)))
	) {
		if (t.anchor?.precision !== 'day') return undefined;
		const [ay, am, ad] = parts(t.anchor.iso);
		return weekdayFor(ay, am, ad) === WEEKDAYS.indexOf(m[2]!)
			? { ...make(ay, am, ad, 'day'), resolvedFrom: formatDate(t.anchor.iso) }
			: undefined;
	}
	// "Three days earlier, on Thursday, gunmen stopped a passenger bus", after an attack "on Sunday": the span counts
	// from the day the story stands on, and the weekday says which day it reached (review 51, DE min/05-7 read the
	// Thursday before publication).
	// ("A week earlier, on Thursday", "Eight days earlier, on Wednesday", "Three days earlier on Thursday".)
	const spanned =
		/\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(earlier|before|later|afterwards|after)\s*,?\s*$/i.exec(
			sentence.slice(0, m.index)
		);
	if (!feast && spanned && /^(?:on)?$/i.test(m[1] ?? '') && t.anchor?.precision === 'day') {
		const n =
			(spanCount(spanned[1]!) ?? 1) *
			(/^weeks?$/i.test(spanned[2]!) ? 7 : 1) *
			(/^(?:earlier|before)$/i.test(spanned[3]!) ? -1 : 1);
		const [ay, am, ad] = parts(t.anchor.iso);
		const reached = make(ay, am, ad + n, 'day');
		const [ry, rm, rd] = parts(reached.iso);
		if (weekdayFor(ry, rm, rd) === WEEKDAYS.indexOf(m[2]!))
			return { ...reached, resolvedFrom: formatDate(t.anchor.iso) };
	}
	return feast ?? weekdayDate(t, WEEKDAYS.indexOf(m[2]!), m[1], sentence, m.index);
}

/** The weekday a date is written with ("Friday, June 29"), 0 = Sunday, or undefined. */
function weekdayOf(written: string): number | undefined {
	const i = WEEKDAYS.findIndex((w) => written.startsWith(w));
	return i < 0 ? undefined : i;
}

/**
 * A second device that went off, the subject of a span in hours: "A second vehicle bomb went off about two hours later"
 * (not "A second gunman was shot dead there about two hours later", after the story moved to a later day).
 */
const SECOND_DEVICE =
	/\b(?:a|the)\s+(?:second|third|fourth)\s+(?:[\w-]+\s+){0,2}?(?:bomb|blast|explosion|device|car\s+bomb)s?\s+(?:went\s+off|exploded|detonated|blew\s+up|struck)\b[^.;]*$/i;
/** The day of the event told as such: "on the evening of the blast", "the day of the attack". */
const OF_THE_EVENT =
	/\bthe\s+(?:day|evening|morning|night|afternoon)\s+of\s+the\s+(?:blast|attack|bombing|explosion|shooting|massacre|siege|attacks|bombings|blasts|explosions)\b/gi;
/** The timeline counted from the day of the event in view, where it has one; else as it is. */
const fromEventDay = (t: Timeline): Timeline =>
	t.eventDay ? { ...t, anchor: { iso: t.eventDay, precision: 'day' } } : t;
/**
 * Where "came … after" counts back from: "The attack came …" from the day of the attack the story is about, the latest
 * it has told, even while the story is on an earlier one it recalled; "It came …" from the day of the event in view
 * ("It came a week after a bombing at a market in Maiduguri", in a paragraph on an attack of 2015, is that attack's).
 */
function storyAnchor(t: Timeline, head: string): Timeline {
	// ("It was the deadliest attack in France since the Nice truck attack of July 2016, …, and came two years after a
	// truck attack at a Christmas market in Berlin": the subject of a second verb joined by "and" is the sentence's.)
	const subject = STORY_SUBJECT.exec(head)?.[0].trim() ?? JOINED_TO_IT.exec(head)?.[1];
	if (!subject) return t;
	const day = /^(?:it|this)$/i.test(subject.replace(/^[.;:,]\s*/, '').replace(/\s+also$/i, ''))
		? t.eventDay
		: (t.storyDay ?? t.eventDay);
	// (With no day of the story's event to count from, not from a date the sentence gave some other event before it:
	// review 51, DD min/06-14 put Berlin in 2014, two years before Nice's July 2016.)
	if (!day && t.anchorInSentence) return { ...t, anchor: undefined };
	return day ? { ...t, anchor: { iso: day, precision: 'day' } } : t;
}
/** "It was the deadliest attack …, and ": a sentence opening on "It", then a second verb joined by "and". */
const JOINED_TO_IT = /^\s*(It|This)\s+(?:was|is|has\s+been|had\s+been)\b[^;:]*,\s+and\s+(?:also\s+)?$/;
/**
 * The day "came … after" or "and a week after" dates, counted back from the one `t` stands on.
 * ("It came six years after a suicide car bomber killed 40 …": years counted back give the year, not the day the story
 * stands on; review 44, BS min/01-14 dated Pulwama 22 April 2019. "A year after" may be to the day.)
 */
function countedBack(t: Timeline, count: string, unit: string): Resolved | undefined {
	// ("… travelled to Syria and Iraq since 2012 … The attack came five days after the coordinated attacks in Paris":
	// days counted back from a year, or from a month, land anywhere in it or before it, and date nothing; review 50, CV
	// min/03-18 put Paris in 2011.)
	const finest = /^(?:days?|weeks?|fortnights?|nights?)$/i.test(unit)
		? 'day'
		: /^months?$/i.test(unit)
			? 'month'
			: 'year';
	if (finest !== 'year' && t.anchor?.precision !== 'day' && (finest === 'day' || t.anchor?.precision !== 'month'))
		return undefined;
	const n = readNumber(count) ?? NaN;
	const r = relative(t, -n, unit);
	const year =
		r && n > 1 && /^years$/i.test(unit) && r.precision !== 'year' ? make(...parts(r.iso), 'year') : undefined;
	return r && { ...r, ...year, after: true, span: { n, unit } };
}
/** "came a day after …" up to the end of the text before a second span, in one clause of the sentence. */
const CAME_SPAN = `\\b(?:comes?|came|occurred|happened|took place|followed|follows)\\s+${SOFTENER}${COUNT}\\s+${UNIT}\\s+after\\b`;
const CAME_AFTER = pattern(`${CAME_SPAN}[^.;]*$`, 'i');
/** The subject of "came … after" that is the event the story is on: "It", "The attack", "Friday's bombing". */
const STORY_SUBJECT =
	/(?:^|[.;:]\s+|,\s+)(?:It|it|This|this|(?:The|the|This|this|That|that|Its|its)\s+(?:[\w'’-]+\s+)?(?:attack|attacks|bombing|bombings|blast|blasts|shooting|assault|massacre|explosion|ambush|raid|killing|killings|stabbing))\s+(?:also\s+)?$/;
/** Words that give a day of their own: a month, a weekday, "yesterday" (not a count: "spoke of 20 dead"). */
const DAY_WORD = pattern(`\\b(?:${MONTH}|${WEEKDAY}|yesterday|today|tonight)\\b`, 'i');
/** "a fortnight after the attacks, on", "three days later,": a span of days or weeks from an event just told. */
/** Months counted on from the day the story stands on: "Six months later, on ", "four months after the attack, on ". */
const MONTHS_ON = pattern(
	`\\b(${NUMBER}|an?)\\s+months?\\s+(?:after|later|afterwards|on)\\b(?:\\s+(?:the|its|their|that)\\s+[\\w-]+)?[,\\s]*(?:on\\s+)?$`,
	'i'
);
const SHORT_SPAN =
	/\b(?:days?|weeks?|fortnight|(?:a|one|two|three)\s+months?)\s+(?:after|later|afterwards|on)\b(?:\s+(?:the|its|their|that)\s+[\w-]+)?[,\s]*(?:on\s+)?$/i;
/** "Weeks earlier, on ", "two days before, on ": a short span counted back from an event just told. */
const SHORT_SPAN_BACK =
	/\b(?:days?|weeks?|fortnight|(?:a|one|two|three)\s+months?)\s+(?:earlier|before)\b[,\s]*(?:on\s+)?$/i;

/** Verbs of memory after "will": "you will recall", "many will remember". */
const RECALL = '(?:recall|remember|know|note|notice|understand)\\b';
/** "will" up to three words before a date: "polling would go ahead on". */
const WILL_BEFORE = new RegExp(`\\b(?:will|would|shall)\\s+(?!${RECALL})(?:[a-z]+\\s+){0,3}(?:on\\s+)?$`);
/** "will" further before it, in the same clause: "will next appear at the Old Bailey on". */
const WILL_FAR_BEFORE = new RegExp(
	`\\b(?:will|shall)\\s(?!${RECALL})(?![^,;.:!?]*\\b(?:was|were|had|said|told|why|how|whether)\\b)[^,;.:!?"”]{0,100}$`,
	'i'
);
/**
 * Whether the words before a date look forward to it: something it is for or ahead of ("campaigning for the June 8
 * election"), a future ("polling would go ahead on", "will go on trial in"), or what is due, set or expected in the
 * present ("are due in court on", "is set to open on", "is expected to resume on"). The past of those ("was due to
 * open on September 14") is a plan told after the fact, whose day may be gone.
 */
function ahead(written: string): boolean {
	// ("will gather at the memorial at 9.45am on": a clock time's stop ends no clause.)
	const before = written.replace(/\b(\d{1,2})[.:](\d\d)(?!\d)/g, '$1$2');
	return (
		AHEAD_OF.test(before) ||
		// ("You will recall that after November 13, when 130 people were killed": memory looks back; review 44, BV
		// min/04-13 read a November to come.)
		WILL_BEFORE.test(before) ||
		// "will next appear at the Old Bailey on", "will be held at the stadium on": more words, none a verb in the past of
		// a clause of its own ("will be charged after a priest was stabbed on" is the stabbing's day), nor a question
		// the future will answer ("will report on why warnings received on 4 April were not acted upon" asks of the past).
		WILL_FAR_BEFORE.test(before) ||
		// ("is due to begin in the High Court in Christchurch on": up to sixty characters; review 34, AO min/06-9.)
		/\b(?:is|are)\s+(?:due|set(?=\s+(?:to|for)\b)|expected|scheduled|to(?!\s+blame\b))\b[^,;.:!?]{0,60}$/i.test(
			before
		) ||
		// ("The attack comes before a plenum due to open on November 9": what is due, told without its verb; review 42,
		// BK min/01-15 read the November gone.)
		// (An infinitive after it, no "was" or "were" before it in the clause: "closed due to the attack on 2 November" is
		// "because of", "was originally due to open on 1 November" a plan told after the fact.)
		(/\bdue\s+to\s+(?:open|begin|start|resume|reopen|be|take|run|meet|close|end|sit|convene|appear|stand|face|return|arrive|visit|vote|launch)\b(?:\s+[\w'’-]+){0,3}?\s+(?:on\s+)?$/i.test(
			before
		) &&
			!/\b(?:was|were|had\s+been)\b[^,;:]*\bdue\s+to\s/i.test(before)) ||
		// ("ahead of the general election due in December", in October: what is due, told without its verb and with no
		// past before it in the clause; review 50, CY min/03-16 read the December gone.)
		(/\bdue\s+(?:(?:in|on|by)\s+)?$/i.test(before) &&
			!/\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|also|then|still)\s+)?due\s+(?:(?:in|on|by)\s+)?$/i.test(
				before
			)) ||
		// ("security for next month's leaders' summit in Hiroshima, from May 19 to May 21": what next month holds is to
		// come; review 50, CW min/05-14 read May 2022.)
		/\bnext\s+(?:week|month|year)['’]s\s[^.;!?]{0,80}$/i.test(before) ||
		// "The trial … opens on 14 April": a timetable's present.
		// ("The Sochi Olympics open on February 7": the plural's too.)
		// ("That trial continues in January", in December: so does what goes on, in the present; review 43, BN min/08-12.)
		/\b(?:opens|begins|starts|resumes|reopens|continues|(?<!\bto\s)(?:open|begin|start|resume|reopen))\s+(?:on\s+|in\s+)?$/i.test(
			before
		) ||
		// ("Opec meets in Vienna on May 25", in April: so does a timetable's present; review 45, BZ min/05-12 read the May
		// gone.)
		TIMETABLE.test(before) ||
		// ("Niger prepares for the inauguration of President-elect Mohamed Bazoum on April 2": what is prepared for is still
		// to come; review 43, BN min/05-16 read the April before.)
		/\b(?:prepares|preparing|prepare|braces|bracing|gears\s+up|gearing\s+up)\s+for\b[^,;.:!?]{0,70}$/i.test(before) ||
		// ("rebuilding would be finished before President Duterte leaves office on June 30": so is a term's end; review
		// 26, min/y06-4.)
		/\b(?:leaves|takes)\s+office\s+(?:on\s+)?$|\b(?:steps\s+down|hands\s+over|expires)\s+(?:on\s+)?$/i.test(before) ||
		// ("Security has been reinforced around all churches ahead of the Christmas celebrations on 7 January": what
		// is done ahead of an occasion is done before its day; review 41, BE min/04-10 read the 7 January before.)
		(/\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the|next|this)\s+(?:[\w'’-]+\s+){0,3}(?:celebrations?|festivities|holidays?|festival|anniversary|commemorations?|memorial|ceremony|elections?|vote|referendum|summit|trial|hearing|visit|match|games)\s+(?:on|in)\s+$/i.test(
			before
		) &&
			// (Not told in the past: "Security was tightened ahead of the anniversary on 3 March", "The attack came ahead of
			// the celebrations on 7 January" may be of a day gone.)
			!/\b(?:was|were|had|did|came|went|took|began|struck|hit)\b[^,;:!?]*$/i.test(before)) ||
		// "The court has scheduled hearings until September": a timetable set now runs ahead.
		/\b(?:has|have)\s+(?:scheduled|set|planned|fixed)\b[^,;.:!?]{0,40}$/i.test(before) ||
		// "as he seeks re-election in February": a vote someone now seeks or faces is still to come (review 38, AV
		// min/10-10 dated the Kano mosque attack to the February before).
		/\b(?:seeks|seeking|faces|facing|contests|contesting|runs\s+for|running\s+for|stands\s+for|standing\s+for)\s+(?:re-?election|a\s+(?:second|third|fourth|new)\s+term|(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:elections?|polls?|vote|run-?off))\s+$/i.test(
			before
		)
	);
}

/**
 * "ahead of the presidential election on 23 November", "fled before the trial on 3 November": what something was for
 * or ahead of, named before its day, is held on a set day, which the verb's tense does not place either side of the
 * report; it is read as the nearer of its last and its next.
 */
const FOR_SET_DAY =
	/\b(?:for|before|ahead\s+of|towards?)\s+(?:the|next|this|a|an)\s+(?:[\w-]+\s+){0,2}(?:elections?|vote|polls?|referendum|trial|hearing|summit|deadline|talks|visit|match|final|festival|ceremony|Olympics|Games|World\s+Cup|tournament|conference|inauguration)\s+(?:on\s+)?$/i;

/** An occasion held on the day written before it: " presidential election", " vote", " summit". */
const OCCASION_AFTER =
	/^\s+(?:[a-z-]+\s+){0,2}(?:elections?|vote|polls?|referendum|summit|inauguration|ceremony|deadline)\b/;

/** A day, or days or a week, set off as the span after an event: "the morning after", "three days after". */
export const DAY_AFTER_WORDS =
	'(?:the\\s+(?:morning|day|night|evening|afternoon)|(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d)\\s+(days?|weeks?))\\s+after';

/**
 * What a span of days after ("three days after", "the morning after") must be followed by, within ten words, to count
 * from an attack: its noun, its verb or its doers.
 */
const AN_ATTACK_AHEAD =
	"(?=\\s+(?:[\\w'’-]+\\s+){0,10}?(?:attacks?|bombs?|bombings?|blasts?|explosions?|shootings?|stabbings?|massacres?|raids?|siege|drove|rammed|exploded|blew|detonated|stabbed|shot|opened\\s+fire|gunm[ae]n|bombers?|attackers?)\\b)";

/** A count as a span writes it, in figures, in words, or as "a" or "an": "a week after", "six months later". */
const spanCount = (word: string) => readNumber(word.replace(/^an?$/i, 'one'));

/** A day written just before a comma: "On Wednesday, ", "on 21 August, ", "Thursday 23 March 2017, ". */
const DAY_BEFORE_COMMA = pattern(
	`(?:\\b(?:${WEEKDAYS.join('|')})|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS.join('|')})|\\b(?:${MONTHS.join('|')})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+(?:19|20)\\d\\d)?\\s*,\\s*$`
);

/** A day and month read with the year written after it, or else with that of the event named right after it. */
function withEventYear(
	m: RegExpExecArray,
	sentence: string,
	read: (year: string | undefined) => Resolved | undefined
): Resolved | undefined {
	if (m[3]) return read(m[3]);
	const year = eventYearAfter(sentence, m.index + m[0].length);
	const r = read(year);
	return r && year ? { ...r, resolvedFrom: 'the year of the event named after it' } : r;
}

/**
 * The year an event named right after a day and month is "of": "the July 7 London transport bombings of 2005", "the 7
 * July bombings in 2005".
 */
function eventYearAfter(sentence: string, end: number): string | undefined {
	return pattern(
		`^\\s+(?:[\\w'’-]+\\s+){0,3}?(?:bombings?|attacks?|shootings?|massacres?|blasts?|explosions?|stabbings?|sieges?)\\s+(?:of|in)\\s+(${YEAR})\\b`
	).exec(sentence.slice(end))?.[1];
}

/** The months a Spanish month's initial may stand for: "17-A" is 17 agosto (or abril). */
const SPANISH_INITIAL: Readonly<Record<string, number[]>> = {
	E: [1],
	F: [2],
	M: [3, 5],
	A: [4, 8],
	J: [6, 7],
	S: [9],
	O: [10],
	N: [11],
	D: [12]
};
/** Years counted on from a day, opening the sentence: "One year on, ", "Five years after, ". */
const YEARS_ON = pattern(`^\\s*(${NUMBER}|an?)\\s+years?\\s+(?:on|later|after(?:\\s+[^,:.;]{1,40})?)\\s*[,:]`, 'i');
/**
 * A present perfect up to "since", which counts up to now, with the day inside the since-clause: "have been flown out
 * of Kabul since the Taliban took the city on ". (Not one in a relative clause set off before it: "The group, which has
 * killed thousands since it took up arms, struck the building on".)
 */
const UP_TO_NOW = /\b(?:have|has)\s+(?:now\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b[^.;:,]*\bsince\b[^,;:]*$/i;

/** A clause of a court's business: "where it opened on ", "the trial resumed on ", "sentenced him on ". */
const COURT_CLAUSE =
	/\b(?:trial|hearing|court|inquest|inquiry|proceedings|verdict|sentenced?|sentencing|convicted|acquitted|charged|indicted|(?:it|which)\s+(?:opened|resumed|began|adjourned))\b/i;

/** A note's label before its day: "[Correction, ", "Updated ", "Editor's note, ". */
const NOTE_DAY =
	/(?:^|[[(]\s*)(?:Correction|Corrected|Clarification|Update|Updated|Editor['’]s\s+note)\s*[,:–—-]?\s*(?:on\s+)?$/i;

/**
 * A vote named as of its day, before it: "the presidential second round of ". (Not "went to the polls on", told as
 * done.)
 */
const VOTE_OF =
	/\bthe\s+(?:[\w-]+\s+){0,2}(?:elections?|vote|referendum|run-?off|(?:first|second|final)\s+round|ballot)\s+of\s+$/i;

/**
 * "will face former president Mahamane Ousmane, who took 17%, in a runoff on Feb. 21": a second round is held weeks
 * after the first, on a set day either side of the report (review 47, CJ min/05-17 read the February before).
 */
const RUNOFF_ON = /\b(?:in|at)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:run-?off|second\s+round)\s+(?:vote\s+)?on\s+$/i;
/**
 * "in the second round of the presidential election on June 6", in a paper of 26 May: the day of a vote named by it is
 * the nearer of its last and its next (review 49, CQ min/07-10 read the June before).
 */
const ELECTION_ON = /\b(?:elections?|referendum|run-?off|second\s+round)\s+on\s+$/i;
/**
 * "the state of emergency, which was due to end on July 26", "extends the state of emergency for three months from 26
 * November": the end of a term or the start of a renewal, told as a plan or in the present, may be either side of the
 * report, so it is read as the nearer of its last and its next (review 47, CK min/04-10 and 07-15 read the year
 * before). ("was originally due to open on 1 November", after the day, is the day gone.)
 */
const TERM_DAY =
	/(?:\b(?:was|were)\s+(?:originally\s+|initially\s+|first\s+)?due\s+to\s+(?:end|expire|lapse|run\s+out|open|begin|start|close|take\s+effect)|\b(?:extends?|extending|prolongs?|prolonging|renews?|renewing)\b[^,;.:!?]{0,60}\b(?:from|until|to))\s+(?:on\s+)?$/i;

/** A month with no day that a sentence went to: "Last October", "in March", "since early May". */
const MONTH_BEFORE = pattern(
	`\\b(?:[Ll]ast|[Ii]n|[Ss]ince)\\s+(?:early\\s+|late\\s+|mid-)?${MONTH}\\b(?!\\s+\\d)(?![^.;]*\\d{1,2}\\s+${MONTH})`
);

/**
 * A day and month, with the year when written, else the latest such date on or before publication — or, for a day
 * that something is for or ahead of ("campaigning for the June 8 election"), the first one on or after it.
 */
function dayMonth(
	t: Timeline,
	monthWord: string,
	dayText: string,
	yearText: string | undefined,
	before = '',
	weekday?: number,
	earlier = before,
	setDay = false,
	namesEvent = false
): Resolved | undefined {
	const month = monthOf(monthWord)!;
	const day = Number(dayText);
	if (day > 31) return undefined;
	// ("The Marxist group 17 November killed 23 people": a group named by a day names no day; review 46, CD min/10-14.)
	// ("The best-known Greek armed group, November 17, …", then '"closer to a gang than to November 17," said …': nor
	// does the name written again, without a year; review 50, CV min/09-12.)
	const key = `${month}-${day}`;
	if (/\b(?:group|organi[sz]ation|movement|faction),?\s+$/i.test(before)) {
		t.namedDays?.add(key);
		return undefined;
	}
	if (!yearText && t.namedDays?.has(key)) return undefined;
	if (yearText) return make(Number(yearText), month, day, 'day');
	// ("- Feb. 19, 2018: Fighters … take 110 girls from a school in Dapchi. The government says 104 were returned on
	// March 21": a day in a dated list item, within a season after the item's own, is the first such after it, whatever
	// the tense of the words before it; review 51, DD min/02-13 read "Maelbeek station reopens on April 25", under April 3,
	// 2016, as a timetable of the year after.)
	if (t.itemDay) {
		const [iy, im, id] = parts(t.itemDay);
		const first = make(month > im || (month === im && day >= id) ? iy : iy + 1, month, day, 'day');
		const gap = (Date.parse(first.iso) - Date.parse(t.itemDay)) / 86_400_000;
		if (gap <= 92 && first.iso <= t.published.iso) return { ...first, resolvedFrom: 'its list item’s day' };
	}
	// ("[Correction, 26 March: …]" under a transcript of 25 March: a note added to a page is of its days, either side.)
	// ("not to vote in the presidential second round of June 6": so is the day of a vote named as of it; review 46, CC
	// min/04-4 read the June before.)
	if (
		setDay ||
		FOR_SET_DAY.test(before) ||
		NOTE_DAY.test(before) ||
		VOTE_OF.test(before) ||
		TERM_DAY.test(before) ||
		RUNOFF_ON.test(before) ||
		// ("have died in violence since the presidential election on August 8": a vote counted from is gone.)
		(ELECTION_ON.test(before) &&
			!/\b(?:since|after|following|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}\S+\s+on\s+$/i.test(before))
	) {
		const [py, pm, pd] = parts(t.published.iso);
		const nextYear = month < pm || (month === pm && day < pd) ? py + 1 : py;
		const [next, last] = [make(nextYear, month, day, 'day'), make(nextYear - 1, month, day, 'day')];
		const gap = (p: TimePoint) => Math.abs(Date.parse(p.iso) - Date.parse(t.published.iso));
		return { ...(gap(next) < gap(last) ? next : last), resolvedFrom: 'publication year' };
	}
	// "polling would go ahead on July 25": a day a clause looks forward to is the next one.
	// ("had been in regular contact with him in the weeks before July 14": "before" a day, in a clause told in the past,
	// is before a day gone; review 32, AK min/01-7. "was postponed until 2 April" still looks ahead.)
	if (
		ahead(earlier.slice(-100)) &&
		!(/\bbefore\s+$/i.test(before) && /\b(?:had|been|was|were|did)\b[^,;:!?]*$/i.test(earlier))
	) {
		const [py, pm, pd] = parts(t.published.iso);
		const past = month < pm || (month === pm && day < pd);
		return { ...make(past ? py + 1 : py, month, day, 'day'), resolvedFrom: 'publication year' };
	}
	// "On August 24, 2004, two jets exploded …, and on the evening of August 31 a woman blew herself up": a day and month
	// after a date the same sentence wrote out with its year, which a sentence tells in order, is the first such day on
	// or after that date, in its year or across a new year ("on December 28, 2004, … on January 4"). Only within a
	// quarter of it: "remembered every year on March 3" is no step of the same story.
	// (Not a day of a court's own in a clause of its own, after a relative clause that dated what someone did: "the trial
	// of six men accused of helping Kujtim Fejzulai, who shot dead four people … on the evening of November 2, 2020,
	// continued in the regional criminal court, where it opened on October 18" is October 2022, not days before the
	// attack; review 32, AK min/05-18. "The trial opened on December 28, 2004, and the verdict came on January 4" is
	// one court's steps.)
	const ownClause = earlier.slice(afterMark(earlier, ',', ';'));
	const written =
		t.anchorInSentence &&
		t.anchor?.precision === 'day' &&
		!(COURT_CLAUSE.test(ownClause) && /\b(?:who|which)\s[^;]*\b(?:19|20)\d\d\b/.test(earlier))
			? t.anchor.iso
			: undefined;
	if (written) {
		const [wy] = parts(written);
		const gap = (c: TimePoint) => (Date.parse(c.iso) - Date.parse(written)) / 86_400_000;
		// ("On October 29, 2020, … and on October 16 a teacher was beheaded": a day shortly before, in the same year.)
		const next =
			[wy, wy + 1].map((y) => make(y, month, day, 'day')).find((c) => gap(c) >= 0 && gap(c) <= 92) ??
			[make(wy, month, day, 'day')].find((c) => gap(c) < 0 && gap(c) >= -92);
		if (next) return { ...next, resolvedFrom: 'the year written earlier in the sentence' };
	}
	// "since December 2013, when two suicide attacks … killed 34 people: 18 at the main railway station on December 29":
	// a day of the month the sentence has just written with its year is in that year.
	const monthYear = [...earlier.matchAll(MONTH_YEAR)].findLast((m) => monthOf(m[1]!) === month);
	if (monthYear)
		return {
			...make(Number(monthYear[2]), month, day, 'day'),
			resolvedFrom: 'the year written earlier in the sentence'
		};
	if (t.sectionYear !== undefined)
		return { ...make(t.sectionYear, month, day, 'day'), resolvedFrom: 'its section’s year' };
	const read = withoutYear(t, month, day);
	// "One year on, Brussels remembers the 32 victims of 22 March", written on 22 March 2017: the day the years are
	// counted on from, read as publication's own day or a week before it, is that many years back (review 42, BI
	// min/06-1).
	// (Only a day that names what happened on it, "the victims of 22 March": "Five years on, the families met on 20
	// March" is this year's.)
	// (Of the event or its dead, on publication's day or the one before: "survivors criticised the parliamentary report
	// of 20 March" and "on alert since 18 March" are this year's.)
	// ("FACTBOX-Ten years on: Bangladesh's August 17 serial bombings", on 17 August 2015: so is a day that names the
	// event after it; review 47, CH min/02-1. "Ten years after the trucks came: the Yazidis of Sinjar and the long shadow
	// of Aug. 14", on 14 August 2017: and one whose shadow or memory is told, the years counted after what came then;
	// review 48, CM min/10-1.)
	const on =
		namesEvent ||
		/\b(?:victims|dead|attacks?|bombings?|massacre|shootings?|anniversary|shadow|legacy|memory|memories|survivors)\s+of\s+$/i.test(
			earlier
		)
			? // (A wire's slug before a headline, "FACTBOX-", is no part of it.)
				YEARS_ON.exec(earlier.replace(/^\s*[A-Z]{2,}-(?=[A-Z])/, ''))
			: null;
	const daysBack = (Date.parse(t.published.iso) - Date.parse(read.iso)) / 86_400_000;
	const years = on ? spanCount(on[1]!) : undefined;
	if (years && daysBack >= 0 && daysBack <= 1)
		return { ...make(parts(read.iso)[0] - years, month, day, 'day'), resolvedFrom: `"${on![0].trim()}"` };
	// "in the early hours of Friday, June 29" in a paper of December 2008: the weekday settles the year, the latest
	// one on or before the reading from publication (or the story's own year) in which that day fell on a Friday.
	if (weekday !== undefined) {
		const from = parts(read.iso)[0];
		// "flown at half-staff through Wednesday, Oct. 31", written on 28 October 2018; "postponed to Thursday, Jan. 2",
		// written on 1 January 2025: a day of the coming month whose weekday fits is that day, ahead (review 29, AE
		// min/01-15 and min/10-8, which went back to 2012 and 2020).
		const ahead = make(from + 1, month, day, 'day');
		const daysAhead = (Date.parse(ahead.iso) - Date.parse(t.published.iso)) / 86_400_000;
		if (daysAhead > 0 && daysAhead <= 31 && new Date(Date.parse(ahead.iso)).getUTCDay() === weekday)
			return { ...ahead, resolvedFrom: 'the weekday' };
		const story = t.anchor ? parts(t.anchor.iso)[0] : undefined;
		// ("The shooting comes less than a week after a knife attack … on Thursday, October 29", after a paragraph on
		// 1981, when 29 October was a Thursday too: the publication's year first.)
		const years = [
			from,
			...(story && story < from ? [story] : []),
			...Array.from({ length: 11 }, (_, i) => from - i - 1)
		];
		const year = years.find((y) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday);
		if (year !== undefined && year !== from) return { ...make(year, month, day, 'day'), resolvedFrom: 'the weekday' };
		if (year === from) return { ...read, resolvedFrom: 'publication year' };
	}
	// "the attacks of 7 July 2005 … A fortnight after the attacks, on 21 July" (published 2011): a day-month that
	// reads as more than half a year back, in a story that stands in an earlier year, may mean that year; the
	// publication's reading is kept but marked for someone to check.
	const story = t.anchor && t.anchor.precision !== 'year' ? parts(t.anchor.iso)[0] : undefined;
	const year = parts(read.iso)[0];
	const back = (Date.parse(t.published.iso) - Date.parse(read.iso)) / 86_400_000;
	// "A fortnight after the attacks, on 21 July": a short span counted from an event of the story puts the day in the
	// story's own time, so the year is the story's, not the publication's.
	if (story && story < year && back > 183 && SHORT_SPAN.test(before))
		return { ...make(story, month, day, 'day'), resolvedFrom: 'the story’s year' };
	// "Monis walked into the cafe on Monday, December 15, 2014 … at 2.03am on December 16": a day a few days after the
	// day the story stands on is in its year, however far back that is.
	// (Not a court's: "The trial, which opened on 16 November", in a report on the trial of an attacker of the Paris
	// attacks of 13 November 2015, written in 2020; review 34, AN min/07-11.)
	if (story && story < year && t.anchor?.precision === 'day' && !COURT_CLAUSE.test(ownClause)) {
		const inStory = make(story, month, day, 'day');
		const gap = (Date.parse(inStory.iso) - Date.parse(t.anchor.iso)) / 86_400_000;
		if (gap >= 0 && gap <= 3) return { ...inStory, resolvedFrom: 'the story’s year' };
	}
	// ("On the night of 3 May 2022 … Less than a month afterwards, on June 1st", read in November 2023: the span counts
	// on from the story's day, whatever the distance to publication.)
	if (story && story < year && SHORT_SPAN.test(before) && t.anchor) {
		const inStory = make(story, month, day, 'day');
		const gap = (Date.parse(inStory.iso) - Date.parse(t.anchor.iso)) / 86_400_000;
		if (gap >= 0 && gap <= 120) return { ...inStory, resolvedFrom: 'the story’s year' };
	}
	// ("In November 2014, Ansar Bait al-Maqdis pledged allegiance … Weeks earlier, on October 24, its fighters had
	// attacked an army checkpoint", read in 2018: so does a short span counted back; review 50, CZ min/09-12 read 2017.)
	if (story && story < year && SHORT_SPAN_BACK.test(before) && t.anchor) {
		const inStory = make(story, month, day, 'day');
		const gap = (Date.parse(inStory.iso) - Date.parse(t.anchor.iso)) / 86_400_000;
		if (gap <= 0 && gap >= -120) return { ...inStory, resolvedFrom: 'the story’s year' };
	}
	// ("On April 28 that year, young men … attacked 11 police and army posts … Six months later, on October 25", read in
	// January 2024: so do months counted on, when the day falls about that many months after the story's; review 47, CH
	// min/10-12 read October 2023.)
	const months = story && story < year && t.anchor ? MONTHS_ON.exec(before) : null;
	const span = months ? spanCount(months[1]!) : undefined;
	if (months && span !== undefined && span <= 11) {
		for (const y of [story!, story! + 1]) {
			const inStory = make(y, month, day, 'day');
			const gap = (Date.parse(inStory.iso) - Date.parse(t.anchor!.iso)) / 86_400_000;
			if (Math.abs(gap - span * 30.4) <= 20) return { ...inStory, resolvedFrom: 'the story’s year' };
		}
	}
	// ("On May 23, 2017, gunmen … took over much of Marawi. By the time the military declared the end of combat operations
	// on October 23, … 47 civilians had been killed", read in 2024: a day within half a year after the story's, in a
	// "by the time" clause of a story standing years before publication, goes on from that day, as a month does; review
	// 45, CB min/10-4 read October 2023. Not any "had": "The court had convicted 12 of the 13 accused on 11 September",
	// in a story of the July 2006 train bombings, is of 2015.)
	if (story && story <= year - 2 && t.anchor?.precision === 'day' && /^\s*By\s+the\s+time\b/i.test(earlier)) {
		const inStory = make(story, month, day, 'day');
		const gap = (Date.parse(inStory.iso) - Date.parse(t.anchor.iso)) / 86_400_000;
		if (gap > 0 && gap <= 183) return { ...inStory, resolvedFrom: 'the story’s year' };
	}
	// ("In July 2009, the group marked its 50th anniversary with two attacks. On 29 July a car bomb …": a day of the very
	// month the story stands in is of its year.)
	// (Not after "since" in a present perfect, which runs up to now: "More than 100,000 people have been flown out of
	// Kabul since the Taliban took the city on Aug. 15", after "since August 2011"; review 42, BM min/05-14.)
	if (
		story &&
		story < year &&
		t.anchor?.precision === 'month' &&
		parts(t.anchor.iso)[1] === month &&
		!UP_TO_NOW.test(earlier) &&
		// ("It also came less than five months after a bomb near the Santamaria bullring killed a police officer on Feb.
		// 19", after "the February 2003 car bombing": what the story's event came after is counted back from it, not the
		// recalled month's; review 46, CC min/01-11.)
		!/\b(?:came|comes|coming)\b[^.;]{0,60}\b(?:after|before)\b/i.test(earlier)
	)
		return { ...make(story, month, day, 'day'), resolvedFrom: 'the story’s month' };
	// ("The siege ended on Sept. 3, 2004 … On Aug. 24, two female suicide bombers brought down two airliners", read on
	// 1 September 2024: a day within a month of the day the story stands on, years back, may be of that year as well.)
	const nearStory =
		story !== undefined &&
		story < year &&
		t.anchor?.precision === 'day' &&
		Math.abs(Date.parse(make(story, month, day, 'day').iso) - Date.parse(t.anchor.iso)) <= 31 * 86_400_000;
	// '"Each time, we relive the night of January 29," said …', after "January 29, 2017": a day the text has written out
	// in another year may be that one again.
	const same = t.written?.findLast((w) => w.slice(5) === read.iso.slice(5) && w !== read.iso);
	// ("The group's 50th anniversary year, 2009, was one of its most violent. On July 29 a van bomb hit a barracks",
	// read in May 2018: a day that reads as more than half a year back, in a story that stands in an earlier year it
	// named alone, is of that year (review 25, min/v10-3), unless the text wrote that day in another.)
	// ("The attack came in the autumn of 2014, weeks after a driver rammed a car into a light rail stop on October 22",
	// read in November 2019: so is a day the sentence tells after its own year, however near publication it reads.)
	const yearOnly = t.anchor?.precision === 'year' ? parts(t.anchor.iso)[0] : undefined;
	if (yearOnly !== undefined && yearOnly < year && (back > 183 || t.anchorInSentence) && !same)
		return { ...make(yearOnly, month, day, 'day'), resolvedFrom: 'the story’s year' };
	return {
		...read,
		resolvedFrom: 'publication year',
		...(story && story < year && (back > 183 || nearStory)
			? { unsettled: `the year is not written: read as ${year} from publication, but the story last stood in ${story}` }
			: same
				? {
						unsettled: `the year is not written: read as ${year} from publication, but the text wrote ${formatDate(same)}`
					}
				: {})
	};
}

/**
 * "three weeks ago": weeks are a round count, not a day count ("three weeks ago" of a raid late on Monday 14 April,
 * written on Tuesday 6 May, is 22 days), so the reading allows a day either way per week counted and gives the month
 * when that whole span falls in one month, else only the year.
 */
function weeksAgo(t: Timeline, n: number): Resolved {
	const early = fromPublication(t, -8 * n, 'day').iso;
	const late = fromPublication(t, -6 * n, 'day').iso;
	const precision: Precision = early.slice(0, 7) === late.slice(0, 7) ? 'month' : 'year';
	return fromPublication(t, -n, 'week', precision);
}

/** Makes of vehicle a model year is written before: "a white 2004 Toyota Hilux" is no date. */
const VEHICLE_MAKES =
	'(?:Toyota|Nissan|Ford|Honda|Mitsubishi|Hyundai|Isuzu|Mercedes(?:-Benz)?|Volkswagen|VW|Kia|Mazda|Suzuki|Chevrolet|Peugeot|Renault|Fiat|Opel|Land\\s+Rover|Range\\s+Rover|Jeep|Dodge|BMW|Audi|Volvo|Lada|Subaru|Daewoo|Tata)';

/** The bare-year rule, last: a year before a noun that is not an event ("the 2023 book") is skipped by the caller. */
export const BARE_YEAR: Rule = {
	// ("at 1800 GMT", "1930 local time": a time on the 24-hour clock; "the 1980–88 war": a span; "a 2004 Toyota": a model;
	// "in room 1808", "Flight 1907": a number.)
	re: pattern(
		`(?<![\\d$€£.,:/-])(?<!\\b(?:Act|Acts|Code|Regulations|Ordinance|Bill|Law|Decree|Order)\\s)(?<!\\b(?:[Rr]oom|[Ss]uite|[Ff]light|[Rr]oute|[Bb]us|[Pp]latform|[Gg]ate|[Ss]eat|[Nn]umber|[Nn]o\\.|[Hh]ouse|[Ff]lat|[Aa]partment|[Uu]nit)\\s)\\b(${YEAR})\\b(?![.,]\\d|s\\b|[-–]\\d|\\s+${VEHICLE_MAKES}\\b|\\s+\\d{3}\\b|\\s*(?:GMT|UTC|Z\\b|hrs\\b|hours\\b|h\\b|local\\s+time))`,
		'g'
	),
	needs: HAS_YEAR,
	// ("Euro 2016", "a Mirage 2000 jet": a year right after a name's capitalised word is part of the name.)
	resolve: (m) =>
		NAME_BEFORE_YEAR.test(m.input.slice(Math.max(0, m.index - 30), m.index))
			? undefined
			: make(Number(m[1]), 1, 1, 'year')
};
/** A capitalised word right before a year that is no word of time, place in a sentence or article: "Euro ", "Mirage ". */
const NAME_BEFORE_YEAR = pattern(
	`(?<=[a-z,;:]\\s|^|[("“]\\s?)(?!(?:${[...MONTHS, ...WEEKDAYS].join('|')}|In|Since|By|Until|Till|From|Of|At|On|During|After|Before|Through|Between|And|Or|Summer|Winter|Spring|Autumn|Fall|Christmas|Easter|Ramadan|Eid|Early|Late|Mid|The|A|An|This|That|Its|Their|His|Her|Our|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b)[A-Z][a-z]+\\s+$`
);

/** Feasts on a fixed day of the year, by the words a text names them with. */
const FEASTS: Record<string, [string, string]> = {
	'new year’s eve': ['December', '31'],
	'new year’s day': ['January', '1'],
	// ("killing 39 people at the Reina nightclub on New Year's night": the night into the new year, the attack past
	// midnight; review 48, CM min/04-2 dated it the day of the news conference told in its sentence.)
	'new year’s night': ['January', '1'],
	'christmas eve': ['December', '24'],
	christmas: ['December', '25']
};

/** French month names as a pattern's alternatives ("14 juillet"). */
const FRENCH = FRENCH_MONTHS.join('|');

/**
 * A rule's reading of a day and month (captured at `month` and `day`), in the year written with it or the one its event
 * gives, with the words before it for what the day is for and the sentence up to it for a month and year it wrote.
 */
const dayOfMonth =
	(month: number, day: number): Rule['resolve'] =>
	(m, t, sentence) =>
		// ("Since 2005, 11 March has also been the European Day of Remembrance of Victims of Terrorism": a day of every
		// year is no day of one; review 48, CN min/07-14 read 11 March 2005.)
		RECURRING_AFTER.test(sentence.slice(m.index + m[0].length)) ||
		(GROUP_AFTER.test(sentence.slice(m.index + m[0].length)) && /\bthe\s+$/i.test(sentence.slice(0, m.index)))
			? undefined
			: withEventYear(m, sentence, (year) =>
					dayMonth(
						t,
						m[month]!,
						m[day]!,
						year,
						sentence.slice(Math.max(0, m.index - 60), m.index),
						weekdayOf(m[0]),
						sentence.slice(0, m.index),
						// ("less than three weeks before Déby seeks a sixth term in the April 11 presidential election": a day that
						// names an occasion held on it, "the April 11 election", is a set day too; review 25, min/w06-4.)
						// (Not one told as gone: "He won the April 11 presidential election".)
						(/\bthe\s+$/.test(sentence.slice(Math.max(0, m.index - 4), m.index)) &&
							OCCASION_AFTER.test(sentence.slice(m.index + m[0].length)) &&
							!/\b(?:won|lost|after|since|following|was|were|had|did)\b[^,;.]*$/i.test(sentence.slice(0, m.index))) ||
							// ("* July 1: third anniversary of the Holey Artisan attack": a day an anniversary falls on, heading an item
							// of what is coming, is a set day, not the attack's; review 47, CH min/05-21.)
							ANNIVERSARY_AFTER.test(sentence.slice(m.index + m[0].length)),
						EVENT_AFTER.test(sentence.slice(m.index + m[0].length))
					)
				);

/**
 * After a day, the named day it is every year: " has also been the European Day of Remembrance", " is Armed Forces Day"
 * (not " became the darkest day in Belgian history").
 */
const RECURRING_AFTER =
	/^\s+(?:has\s+(?:also\s+)?been|is\s+(?:also\s+)?|became|was\s+(?:declared|made|named))\s*(?:also\s+)?(?:the\s+|an?\s+)?(?:[A-Z][\w'’-]*\s+){0,5}?Day\b/;
/**
 * After a day with "the" before it, that it is a group's name: "since the fall of the November 17 group" (review 53, FE
 * min/07-6 asked the day of 2010 it was read as), "the April 6 Youth Movement". (Not "on 12 November cell members drove
 * from Brussels", a day of what they did.)
 */
const GROUP_AFTER =
	/^\s+(?:[A-Z][a-z]+\s+){0,2}(?:[Gg]roup|[Oo]rgani[sz]ation|[Mm]ovement|[Ff]action|[Gg]uerrillas|[Cc]ell|[Bb]rigades?)\b/;
/** After a day, the event it names: " serial bombings", " attacks". */
const EVENT_AFTER = /^\s+(?:[a-z-]+\s+){0,2}?(?:bombings?|attacks?|massacres?|shootings?|blasts?|explosions?)\b/i;

/**
 * After a day that heads an item, the anniversary it is: ": third anniversary of". (Not ", the third anniversary of
 * the attack, mourners gathered", told as gone.)
 */
const ANNIVERSARY_AFTER = /^\s*[:–—]\s+(?:the\s+)?(?:[\w-]+\s+)?anniversary\s+of\b/i;

/**
 * Weekday names of the languages whose datelines and copy a briefing is most often read from (Indonesian and Malay,
 * French, Spanish, Turkish), for a weekday written before its day and month in brackets: "Jumat (17/7)".
 */
const FOREIGN_WEEKDAY =
	"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar)";

/**
 * The year "that year" or "the same year" means: the one its sentence wrote before it, where the rules have not read it
 * yet ("bombings in 2016, including an attack in February of that year"), else the one the text's dates last reached,
 * else the one the story stands in.
 */
function thatYear(m: RegExpExecArray, t: Timeline): number | undefined {
	const written = [...m.input.slice(0, m.index).matchAll(/\b(?:19|20)\d\d\b/g)].pop()?.[0];
	return written ? Number(written) : (t.yearReached ?? (t.anchor ? parts(t.anchor.iso)[0] : undefined));
}

/** A feast's event, its place and then its year: " bombing of St Theresa's Catholic Church in Madalla, …, in 2011". */
const EVENT_THEN_YEAR = pattern(
	`^\\s+(?:bombings?|attacks?|massacre|shootings?|blasts?|explosions?)\\s+(?:of|at|on|in)\\s+[^.;()0-9]{1,70}?,?\\s+in\\s+(${YEAR})(?=\\s*[,.;:)]|$)`
);

export const RULES: Rule[] = [
	// "another in Ealing on 3 August that year", "on August 3 of the same year": a day of the year the story stands in.
	{
		re: pattern(
			`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b`,
			'g'
		),
		needs: /\b(?:that|same)\s+year\b/,
		resolve: (m, t) => {
			const year = thatYear(m, t);
			return year === undefined
				? undefined
				: { ...make(year, monthOf((m[2] ?? m[3])!)!, Number(m[1] ?? m[4]), 'day'), resolvedFrom: 'the story’s year' };
		}
	},
	// "JAKARTA, Sabtu (18/7/2009)", "on Jumat (17/7)": a weekday in another language, then its day and month (and year)
	// in brackets, the day first; without a year, the latest such day on or before publication.
	{
		re: pattern(`\\b${FOREIGN_WEEKDAY}\\s*\\((\\d{1,2})\\/(\\d{1,2})(?:\\/((?:19|20)\\d\\d))?\\)`, 'gi'),
		needs: /\(\d{1,2}\/\d{1,2}/,
		resolve: (m, t) => {
			const month = Number(m[2]);
			if (month < 1 || month > 12) return undefined;
			return dayMonth(t, MONTHS[month - 1]!, m[1]!, m[3]);
		}
	},
	// "the September 11 attacks", "since 9/11", "the 7/7 bombings", "26/11": attacks a day names by itself, of their own
	// year, not the latest such day before publication (a victim "who had survived the September 11 attacks in New York"
	// was read as of the year before a 2019 report). Not "the September 11, 2012 attack in Benghazi", with its year.
	{
		re: /\b(?:(September)\s+(11)(?:th)?(?=\s+(?:terror(?:ist)?\s+)?attacks\b)|(9)\/(11)|(7)\/(7)(?=\s+(?:attacks|bombings|bombers)\b)|(26)\/(11)(?=\s+(?:attacks|Mumbai)\b))(?!,?\s+(?:19|20)\d\d)(?![\w/])/g,
		needs: /September\s+11|\/(?:11|7)\b/,
		resolve: (m) => {
			const [year, month, day] = m[1] || m[3] ? [2001, 9, 11] : m[5] ? [2005, 7, 7] : [2008, 11, 26];
			return { ...make(year, month, day, 'day'), resolvedFrom: 'the attacks the day names' };
		}
	},
	// "on New Year's Eve", "on New Year's night", "Christmas Day 2011", "On Christmas morning", "on Christmas Eve of 2019": a feast on a fixed
	// day is that day, of the year written or else the latest on or before publication (not "the Christmas market" or
	// "on Christmas Island", places).
	{
		re: pattern(
			`\\b(New\\s+Year['’]s\\s+(?:Eve|Day|night)|Christmas\\s+Eve|Christmas(?=\\s+(?:Day|morning|afternoon|evening|night)\\b)|(?<=\\b[Oo]n\\s+)Christmas(?=\\s*[,.;:!?]|\\s+(?:19|20)\\d\\d\\b|$))(?:\\s+(?:Day|morning|afternoon|evening|night))?(?:(?:,?\\s+|\\s+(?:of|in)\\s+)(${YEAR})\\b)?`,
			'g'
		),
		needs: /\b(?:New\s+Year|Christmas)/,
		resolve: (m, t, sentence) => {
			const [month, day] = FEASTS[m[1]!.toLowerCase().replace(/\s+/g, ' ').replace("'", '’')]!;
			// ("the Christmas Eve bombings of 2000": the year the feast's event is of.)
			// ("the Christmas Day bombing of St Theresa's Catholic Church in Madalla, Niger State, in 2011": and the year that
			// closes the event's own words; review 45, round 38's Owo anniversary dated it the Christmas before publication.)
			const after = sentence.slice(m.index + m[0].length);
			const of =
				pattern(`^\\s+(?:[a-z]+\\s+){1,2}?(?:of|in)\\s+(${YEAR})\\b`).exec(after) ?? EVENT_THEN_YEAR.exec(after);
			const read = dayMonth(t, month, day, m[2] ?? of?.[1], sentence.slice(Math.max(0, m.index - 60), m.index));
			// "a series of attacks in 2015-2017, including the New Year's Eve shooting at the Reina nightclub": a feast
			// without its year, in a sentence about a span of years that leaves out the year read, is of one of them.
			const span = /\b((?:19|20)\d\d)\s*(?:-|–|to)\s*((?:19|20)?\d\d)\b/.exec(sentence);
			if (read && !m[2] && !of && span) {
				const from = Number(span[1]);
				const to = Number(span[2]!.length === 2 ? span[1]!.slice(0, 2) + span[2] : span[2]);
				const year = Number(read.iso.slice(0, 4));
				if (year < from || year > to)
					return {
						...read,
						unsettled: `the year is not written: read as ${year} from publication, but the sentence tells of ${span[0]}`
					};
			}
			return read;
		}
	},
	// "the 26th of November 2008", "Monday the 15th of December 2014": an ordinal day of a month, one date with its
	// weekday (tried first, so neither the weekday nor "November 2008" is read on its own)
	{
		re: pattern(
			`\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+(${MONTH})(?:,?\\s+(${YEAR})\\b)?`,
			'g'
		),
		needs: /\d(?:st|nd|rd|th)\s+of\s/,
		resolve: dayOfMonth(2, 1)
	},
	// "between 14 and 17 December 2009", "on 14-17 December 2009": days of one month given as a span are the span, dated by its
	// first day (the end alone was read, as the day of whatever the sentence before told; review 31, AH min/08-14).
	{
		re: pattern(
			`\\b(?:[Bb]etween\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTH})\\b(?:,?\\s+(${YEAR})\\b)?`,
			'g'
		),
		needs: HAS_MONTH,
		resolve: (m, t, sentence) => {
			const [, from, to] = /(\d{1,2})\D+(\d{1,2})/.exec(m[0])!;
			// (Written with its year: "from 11 to 24 May" is left to read its end, which a question of the span's end asks.)
			if (!(m[3] && Number(from) < Number(to) && Number(to) <= 31)) return undefined;
			const found = dayOfMonth(2, 1)(m, t, sentence);
			// (Not one night told by its two days: "on the night of 20 and 21 November 2015", "During the night of 4 to 5
			// June 2021".)
			const night = /\bnight\s+of\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index));
			const r = found && (night ? found : { ...found, days: Number(to) - Number(from) + 1 });
			// ("The attacks in Barcelona and Cambrils on 17 and 18 August 2017": two days, not a span from one; the first
			// alone answers no question of when, and a reviewer says how to ask it; review 40, BB min/03-1.)
			return r && /\band\b/.test(m[0]) && !/^[Bb]etween\b/.test(m[0]) && !night
				? { ...r, unsettled: `the text gives two days, "${m[0].trim()}"; read as the first` }
				: r;
		}
	},
	// "on August 24 last year", "28 October last year", "on 5 March this year", "since 1 January of this year": a day of
	// the year the writer names
	// (tried before the day alone, which would take publication's year)
	{
		re: pattern(
			`\\b(?:${WEEKDAY},?\\s+)?(?:(${MONTH})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH}))(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(last|this)\\s+year\\b`,
			'g'
		),
		needs: /\b(?:last|this)\s+year\b/,
		resolve: (m, t) => ({
			...make(
				parts(t.published.iso)[0] - (m[5] === 'last' ? 1 : 0),
				monthOf(m[1] ?? m[4]!)!,
				Number(m[2] ?? m[3]),
				'day'
			),
			resolvedFrom: 'publication date'
		})
	},
	// "Jan 8-9, 2015": days of one month given as a span, the month first, dated by the first (a factbox's entry; review
	// 37, AU min/03-6 read "Jan 8" alone, in the publication's year)
	{
		re: pattern(`\\b(${MONTH})\\s+(\\d{1,2})\\s*[-–]\\s*\\d{1,2}\\b(?:,?\\s+(${YEAR})\\b)?`, 'g'),
		needs: HAS_MONTH,
		resolve: (m, t, sentence) => {
			const [, from, to] = /(\d{1,2})\s*[-–]\s*(\d{1,2})/.exec(m[0])!.map(Number);
			const r = from! < to! && to! <= 31 ? dayOfMonth(1, 2)(m, t, sentence) : undefined;
			return r && { ...r, days: to! - from! + 1 };
		}
	},
	// "on August 17 and 18, 2017": two days of one month, the month first, read as the first for a check (review 40, BB
	// min/03-1's day-first form; read alone, "August 17" took the publication's year and "2017" stood apart)
	{
		re: pattern(
			`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(${YEAR})\\b`,
			'g'
		),
		needs: HAS_MONTH,
		resolve: (m, t, sentence) => {
			const [, from, to] = /(\d{1,2})\D+(\d{1,2})/.exec(m[0].slice(m[1]!.length))!.map(Number);
			const r = from! < to! && to! <= 31 ? dayOfMonth(1, 2)(m, t, sentence) : undefined;
			return (
				r && { ...r, days: to! - from! + 1, unsettled: `the text gives two days, "${m[0].trim()}"; read as the first` }
			);
		}
	},
	// "Saturday, March 23, 2024", "March 22", "March 23, 2019"
	{
		re: pattern(`\\b(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(${YEAR})\\b)?`, 'g'),
		needs: HAS_MONTH,
		// ("In January 12 German tourists were killed": after "in", a month and a number with no year is the month, then
		// a count; review 30, AF min/02-13 read 12 January.)
		resolve: (m, t, sentence) =>
			!m[3] && /\b[Ii]n\s+$/.test(sentence.slice(Math.max(0, m.index - 4), m.index))
				? undefined
				: dayOfMonth(1, 2)(m, t, sentence)
	},
	// "14/09/2022", "12.12.2019", "08-08-2016": a date in numbers, the day first as everywhere but in American copy; when
	// both numbers could be the month and slashes or hyphens part them ("04/05/2021") the reading is marked for a check
	// (dots, as in "9.10.2019", are written day first)
	{
		re: /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)\b/g,
		needs: /\d[./-]\d{1,2}[./-](?:19|20)\d\d/,
		resolve: (m) => {
			const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
			if (a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31) return undefined;
			const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : [a, b];
			// ("9.10.2019": dots are written day first, where slashes may be American.)
			return {
				...make(year, month, day, 'day'),
				...(a <= 12 && b <= 12 && a !== b && m[2] !== '.'
					? { unsettled: `"${m[0]}" may be read day first or month first; read as ${day} ${MONTHS[month - 1]}` }
					: {})
			};
		}
	},
	// "on 14 juillet", "le 1er mai 2016": a day and a month in French, as a paper writing in English may keep a national
	// day's name (review 35, AQ min/09-2 counted "twelve days after … on 14 juillet" from another day). Lower case only:
	// "Mars" and "Mai" are names.
	{
		re: pattern(`\\b(\\d{1,2})(?:er)?\\s+(${FRENCH})(?:\\s+((?:19|20)\\d\\d))?\\b`, 'g'),
		needs: pattern(`\\d(?:er)?\\s+(?:${FRENCH})`),
		resolve: (m, t, sentence) => {
			const english = Object.assign([...m], { index: m.index, input: m.input }) as RegExpExecArray;
			english[2] = MONTHS[FRENCH_MONTHS.indexOf(m[2]!)]!;
			return dayOfMonth(2, 1)(english, t, sentence);
		}
	},
	// "23 March 2024", "1 April"
	{
		re: pattern(`\\b(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:,?\\s+(${YEAR})\\b)?`, 'g'),
		needs: HAS_MONTH,
		resolve: dayOfMonth(2, 1)
	},
	// "May 2020", "the March 2019 loss"
	{
		re: pattern(`\\b(${MONTH}),?\\s+(${YEAR})\\b`, 'g'),
		needs: HAS_MONTH,
		resolve: (m) => make(Number(m[2]), monthOf(m[1]!)!, 1, 'month')
	},
	// "the beginning of 2024", "by the end of 2017", "early 2023", "mid-2021": the year, narrowed by words
	{
		re: pattern(
			`\\b((?:by\\s+)?(?:the\\s+)?(?:beginning|start|end|middle|close|first half|second half|spring|summer|autumn|fall|winter)\\s+of|early|late|mid-?)\\s*(${YEAR})\\b`,
			'gi'
		),
		// The word right before the year: most years in a story follow "in" or "since", and then the scan is spared.
		needs: pattern(`(?:of|early|late|mid-?)\\s*${YEAR}`, 'i'),
		resolve: (m) => ({
			...make(Number(m[2]), 1, 1, 'year'),
			qualifier: m[1]!
				.toLowerCase()
				.replace(/^the\s+/, '')
				.replace(/\s+/g, ' ')
		})
	},
	// "in October of that year", "in March that year", "In September of the same year": a month of the year the story
	// stands in
	{
		re: pattern(
			`\\b(?:(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince)\\s+)?(${MONTH})\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b`,
			'g'
		),
		needs: /\b(?:that|same)\s+year\b/,
		resolve: (m, t) => {
			const year = thatYear(m, t);
			return year === undefined
				? undefined
				: { ...make(year, monthOf(m[1]!)!, 1, 'month'), resolvedFrom: 'the story’s year' };
		}
	},
	// "In November last year", "in March this year": a month of the year the writer names, one date
	{
		re: pattern(`\\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil)\\s+)?(${MONTH})\\s+(last|this)\\s+year\\b`, 'g'),
		needs: HAS_MONTH,
		resolve: (m, t) => ({
			...make(parts(t.published.iso)[0] - (m[2] === 'last' ? 1 : 0), monthOf(m[1]!)!, 1, 'month'),
			resolvedFrom: 'publication date'
		})
	},
	// "in July", "last July", "since August", "in mid-March": a month without a year is the latest one on or before
	// publication, or the first on or after it in a clause that looks forward ("will go on trial in September", "is
	// due to reopen in January", "will stay shut until January"). ("in February, 30 motorists were killed": a count after
	// the comma is no day.)
	{
		re: pattern(
			`\\b(in|In|since|Since|by|By|until|last|Last|early|late|mid-|(?:in|In)\\s+(?:early|late|mid-))(?:\\s+|(?<=-))(${MONTH})\\b(?!\\s+\\d|,\\s*\\d{4}\\b)`,
			'g'
		),
		needs: HAS_MONTH,
		resolve: (m, t, sentence) => {
			const month = monthOf(m[2]!)!;
			// ("testing their reach before the Sochi Winter Olympics in February": a month something is ahead of is the
			// nearer of its last and its next, as its day would be.)
			if (/^in$/i.test(m[1]!) && FOR_SET_DAY.test(sentence.slice(Math.max(0, m.index - 60), m.index))) {
				const [py, pm] = parts(t.published.iso);
				const next = month < pm ? py + 1 : py;
				const apart = (y: number) => Math.abs(y * 12 + month - (py * 12 + pm));
				const year = apart(next) < apart(next - 1) ? next : next - 1;
				return { ...make(year, month, 1, 'month'), resolvedFrom: 'publication date' };
			}
			// ("He said he would issue a regulation … if parliament did not pass the revision by June": a deadline in a
			// sentence that looks forward is ahead too, however far back its "would"; review 30, AG min/05-13.)
			// ("… that if the House failed to pass the revision by June, he would issue a regulation": or after it, when the
			// deadline is a condition's; review 37, AT min/05-18.)
			const deadline =
				/^(?:by|until)$/i.test(m[1]!) &&
				(/\b(?:will|would|shall)\b(?!\s+have\b)/i.test(sentence.slice(0, m.index)) ||
					(/\bif\b[^.;]*$/i.test(sentence.slice(0, m.index)) &&
						/^[^.;]*\b(?:will|would|shall)\b(?!\s+have\b)/i.test(sentence.slice(m.index))));
			if (
				!/^(?:since|last)$/i.test(m[1]!) &&
				(deadline || ahead(sentence.slice(Math.max(0, m.index - 110), m.index)))
			) {
				const [py, pm] = parts(t.published.iso);
				return { ...make(month < pm ? py + 1 : py, month, 1, 'month'), resolvedFrom: 'publication date' };
			}
			if (t.sectionYear !== undefined && !/^last$/i.test(m[1]!))
				return { ...make(t.sectionYear, month, 1, 'month'), resolvedFrom: 'its section’s year' };
			// ("In 2016, fighters beheaded two Canadian hostages, John Ridsdel in April and Robert Hall in June": a month after
			// "in" a year its sentence wrote, with no other year between, is of that year; review 26, min/y10-2.)
			const yearBefore = /\b[Ii]n\s+((?:19|20)\d\d)\b(?![^]*\b(?:19|20)\d\d\b)/.exec(sentence.slice(0, m.index));
			if (/^in$/i.test(m[1]!) && yearBefore)
				return {
					...make(Number(yearBefore[1]), month, 1, 'month'),
					resolvedFrom: 'the year written earlier in the sentence'
				};
			// "On February 21, 2013, two bombs went off … Seventeen people died that night, and the toll reached 18 after an
			// injured man died in March": a month a few after the day the sentence stands on (written in it, or "that
			// night") goes on from that day, not back from publication.
			// ("On 18 November 2018, ISWAP fighters overran the base at Metele. Weeks later, in late December, the group
			// seized Baga": so does a month told as some time later than the day the story stood on just before; review 45,
			// BY min/03-17 read the December before publication.)
			const later =
				/\b(?:(?:a\s+few|several|some|two|three)\s+)?(?:days|weeks|months|a\s+month|a\s+week|a\s+fortnight)\s+later\s*,?\s*$/i.test(
					sentence.slice(Math.max(0, m.index - 40), m.index)
				);
			const onStory =
				t.anchorInSentence ||
				later ||
				/\b(?:that\s+(?:night|day|evening|morning|afternoon)|the\s+same\s+day)\b/i.test(sentence);
			if (onStory && t.anchor && t.anchor.precision !== 'year' && /^in(?:\s+(?:early|late|mid-))?$/i.test(m[1]!)) {
				const [ay, am] = parts(t.anchor.iso);
				const on = (month - am + 12) % 12;
				const year = month < am ? ay + 1 : ay;
				if (on >= 1 && on <= 4 && `${year}-${String(month).padStart(2, '0')}` <= t.published.iso.slice(0, 7))
					return { ...make(year, month, 1, 'month'), resolvedFrom: formatDate(t.anchor.iso) };
			}
			// "On 2 November 2020, a gunman killed four people in Vienna. He had tried to buy ammunition in Slovakia in July":
			// the past perfect looks back from the day the story stands on, in a year before publication, not from
			// publication (review 24, min/t03-2 read July 2024).
			// ("On May 23, 2017, militants overran parts of Marawi. By the time the government declared the city liberated in
			// October, more than 1,100 people had died", read in 2024: and a month after the story's day, in a sentence told
			// in the past perfect of a story standing years before publication, goes on from that day; review 26,
			// min/y03-2. Not "Officials say the group was weakened in May", told in the present.)
			if (/^in$/i.test(m[1]!) && t.anchor && t.anchor.precision !== 'year') {
				const [ay, am] = parts(t.anchor.iso);
				const py = parts(t.published.iso)[0];
				const from = { resolvedFrom: formatDate(t.anchor.iso) };
				// (Only a "had" of the month's own clause: "Its investigators said in December that they had found no evidence,
				// and it was only in February that Egypt acknowledged it" goes on to the February after; review 31, AH
				// min/06-8.)
				const before = sentence.slice(0, m.index);
				const clause = before.slice(afterMark(before, ', and ', ', but ', ';'));
				if (/\bhad\b/i.test(clause) && ay < py)
					return { ...make(month <= am ? ay : ay - 1, month, 1, 'month'), ...from };
				if (/\bhad\b/.test(sentence) && ay <= py - 2 && month > am) return { ...make(ay, month, 1, 'month'), ...from };
			}
			// ("More than 41,000 Palestinians have been killed in the Israeli offensive since October", on 5 October: "since"
			// the month of publication may mean the one a year before, read so for a check; review 46, CF min/10-17.)
			if (/^since$/i.test(m[1]!) && month === parts(t.published.iso)[1])
				return {
					...withoutYear(t, month, undefined, true),
					resolvedFrom: 'publication date',
					unsettled: `"${m[0].trim()}", written in that month, may be of this year or the last`
				};
			return { ...withoutYear(t, month, undefined, /last/i.test(m[1]!)), resolvedFrom: 'publication date' };
		}
	},
	// "last month", "earlier this month", "this month", "next month": the writer's months
	{
		re: /\b(last|this|next)\s+month\b/gi,
		needs: /month/i,
		resolve: (m, t) => fromPublication(t, { last: -1, this: 0, next: 1 }[m[1]!.toLowerCase()]!, 'month', 'month')
	},
	// "Two days before Sunday's raid": counted from the day an event is owned by, not that day itself.
	{
		re: pattern(`\\b${SPAN_SOFTENER}${COUNT}\\s+(days?|weeks?)\\s+(before|after)\\s+(${WEEKDAY})(?=['’]s\\b)`, 'gi'),
		needs: HAS_WEEKDAY,
		resolve: (m, t, sentence) => {
			const n = readNumber(m[1]!);
			if (n === undefined) return undefined;
			const day = weekdayDate(t, WEEKDAYS.indexOf(m[4]!), undefined, sentence, m.index + m[0].indexOf(m[4]!));
			const moved = shift(day, (m[3]!.toLowerCase() === 'before' ? -1 : 1) * n, m[2]!);
			return { ...moved, resolvedFrom: formatDate(day.iso) };
		}
	},
	// "The bombing came on the eve of Monday's independence celebrations": the day before an occasion of the weekday
	// nearest publication, just past or still to come (tried before the weekday alone, which tells the occasion's day)
	{
		re: pattern(`\\b(?:on\\s+)?the\\s+eve\\s+of\\s+(${WEEKDAY})['’]s\\b`, 'g'),
		needs: /\beve\s+of\s/,
		resolve: (m, t) => {
			const [py, pm, pd] = parts(t.published.iso);
			const ahead = (WEEKDAYS.indexOf(m[1]!) - new Date(Date.UTC(py, pm - 1, pd)).getUTCDay() + 7) % 7;
			return { ...make(py, pm, pd + (ahead <= 3 ? ahead : ahead - 7) - 1, 'day'), resolvedFrom: 'the eve of its day' };
		}
	},
	// "On Thursday morning", "last Sunday", "will meet on Friday": see weekdays.ts (case-sensitive, so "sat" is no day)
	{
		re: pattern(
			// ("on Easter Sunday", "on Good Friday": the feast is part of the day's name, and of the words a gap blanks.)
			`\\b(?:([Oo]n|[Ll]ast|[Tt]his|[Tt]hat|[Nn]ext|[Ee]arly|[Ll]ate)\\s+)?(?:(?:Easter|Palm|Good|Holy|Ash|Maundy)\\s+)?(${WEEKDAY})\\b(?:\\s+(?:morning|afternoon|evening|night))?`,
			'g'
		),
		needs: HAS_WEEKDAY,
		resolve: (m, t, sentence) =>
			// "Sunday Times", "Friday Prayers": a bare weekday before a capitalised word names something, not a day.
			// "on the 26th of November 2008, a Wednesday": a weekday after "a" says which day a date was, it is no date.
			(!m[1] && /^\s+\p{Lu}/u.test(sentence.slice(m.index + m[0].length))) ||
			// "during Sunday mass", "after Friday prayers": a weekday's rite recurs every week, and dates nothing.
			(!m[1] && WEEKLY_RITE.test(sentence.slice(m.index + m[0].length))) ||
			// "opened fire on Saturday shoppers": the crowd of a weekday says what kind of crowd, not when (review 44, BT
			// min/03-5 dated Westgate the Saturday before publication). Not at a clause's start: "On Saturday crowds
			// gathered".
			(/^(?:[Oo]n)?$/.test(m[1] ?? '') &&
				DAY_CROWD.test(sentence.slice(m.index + m[0].length)) &&
				!/(?:^|[,;:]|\b(?:and|but|then))\s*$/.test(sentence.slice(0, m.index))) ||
			// ("for an ordinary Monday morning shift": nor after "a" and a word that says what kind of day.)
			// (But "began on a busy Monday morning in the lead-up to Christmas" is that day: what happened "on" it, and no
			// noun after it that the day would say the kind of; review 45, CB min/08-1 read the Tuesday the siege ended.
			// "On a Saturday in Westlands, the queue … moves slowly" and "struck on a Friday, as they often did" are any.)
			(!m[1] &&
				/\ban?\s+(?:(?:ordinary|normal|typical|usual|regular|routine|busy|quiet|sunny|rainy|cold|warm|hot|bright)\s+)?$/i.test(
					sentence.slice(0, m.index)
				) &&
				!(
					/\b(?:[a-z]+ed|began|begun|came|struck|hit|went|was|were)\s+on\s+an?\s+(?:ordinary|normal|typical|usual|busy|quiet|sunny|rainy|cold|warm|hot|bright)\s+$/i.test(
						sentence.slice(Math.max(0, m.index - 40), m.index)
					) &&
					/^(?:\s*[,.;:!?]|\s+(?:in|at|on|when|as|and|with|during|before|after)\b|\s*$)/.test(
						sentence.slice(m.index + m[0].length)
					)
				)) ||
			// "held every Saturday", "each Friday": a day that comes round every week is no one day.
			(!m[1] && /\b(?:every|each)\s+$/i.test(sentence.slice(0, m.index))) ||
			// ("On Wednesday nights the Bible study still meets": nor is one said in the plural; review 51,
			// DB min/10-1 dated a weekly meeting the Wednesday before publication.)
			// ("Sundays" is no weekday match at all; what is left here is the plural's "s" after "night".)
			// ("on Tuesday and Wednesday nights": the first of two said in the plural too.)
			/^(?:s\b|\s+and\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|\s+(?:mornings|afternoons|evenings|nights))\b)/.test(
				sentence.slice(m.index + m[0].length)
			) ||
			// ("as Orthodox Christians marked Trinity Sunday", "Dagestan's Bloody Trinity Sunday": a feast or an event named by
			// its weekday, with no "on", names no day of the week before publication; review 39, BA min/03-1, 03-3.)
			(!m[1] && namedByWeekday(sentence.slice(0, m.index))) ||
			// "4 January (Saturday)", "29 May (Monday)": a weekday in brackets after a date only says which day that was.
			(!m[1] && DATE_THEN_BRACKET.test(sentence.slice(Math.max(0, m.index - 30), m.index))) ||
			// "Five years ago on Saturday": the anniversary's weekday, read with its span below.
			YEARS_AGO_ON.test(sentence.slice(0, m.index)) ||
			// "On the last Sunday before Lent", "the first Friday of Ramadan": a weekday counted within a season is no day
			// counted from publication (review 26, min/x07-1 read the Sunday before publication).
			(/\bthe\s+(?:first|second|third|fourth|final|last)\s+$/i.test(
				sentence.slice(0, m.index) + (m[1] ? `${m[1]} ` : '')
			) &&
				/^\s+(?:before|after|of|in)\s/.test(sentence.slice(m.index + m[0].length))) ||
			// "on Saturday morning, July 11": a weekday and its time of day before a date only say which day that was
			// (review 25, min/w07-1: it had read the Saturday before publication). "Saturday, July 11" is read whole below.
			DAY_OF_MONTH_AFTER.test(sentence.slice(m.index + m[0].length)) ||
			// ("on Friday 11/8/1436 AH, corresponding to 29/5/2015": so do a weekday and a day of the Islamic calendar, which
			// the text gives in ours after it; review 44, BW min/09-13 read the Friday before publication.)
			HIJRI_AFTER.test(sentence.slice(m.index + m[0].length))
				? undefined
				: weekdayOrFeast(m, t, sentence)
	},
	// "Just a day later", "Six months later", "a day earlier": count on or back from where the story stands;
	// "three days ago" counts back from publication, as precise as its unit (one pattern, one scan of the sentence)
	{
		// "Ten years ago tonight", "a year ago today", "Five years ago on Saturday": an anniversary piece names the very
		// day, the weekday's nearest publication, that many years back.
		re: pattern(
			`\\b${SPAN_SOFTENER}${COUNT}\\s+${UNIT}\\s+(later|earlier|ago)\\b(?:\\s+(today|tonight|this\\s+(?:morning|afternoon|evening))\\b|\\s+on\\s+(${WEEKDAY})\\b)?`,
			'gi'
		),
		// The unit right before the word: "later" alone is common, a count of days or years before it is not.
		needs: pattern(`${UNIT}\\s+(?:later|earlier|ago)\\b`, 'i'),
		resolve: (m, t) => {
			// "two decades ago": twenty years, as precise as a year.
			const decades = /^decade/i.test(m[2]!);
			const read = readNumber(m[1]!);
			const n = read === undefined ? undefined : decades ? read * 10 : read;
			const unit = decades ? 'year' : m[2]!.toLowerCase().replace(/s$/, '');
			const how = m[3]!.toLowerCase();
			// ("In May 2024 … the officer died two days later": days counted from a month say no day, nor even which
			// month.)
			if (how !== 'ago' && (unit === 'day' || unit === 'week') && t.anchor && t.anchor.precision !== 'day')
				return undefined;
			// ('"Six years later, we have finally been heard," said …': a speaker counts from what they lived through, which
			// the story's timeline does not hold.)
			if (how !== 'ago' && inOpenQuote(m.input, m.index)) return undefined;
			// ("More than a week later he remains at large": days or weeks counted roughly say no day; review 30, AF
			// min/03-5 read 8 January.)
			if (how !== 'ago' && (unit === 'day' || unit === 'week') && ROUGHLY.test(m[0])) return undefined;
			if (how !== 'ago') {
				// ("The first reports on the evening of the blast spoke of 20 dead; two days later the count stood at 276":
				// counted from the day of the event its sentence names, not from where the story last stood; review 48, CL
				// min/03-3 read two days after the Friday of the sentence before.)
				// (Not past another day the sentence writes between: "described the morning of the attack at a hearing on 4
				// April, and two days later …" counts from the hearing.)
				const before = m.input.slice(0, m.index);
				const told = [...before.matchAll(OF_THE_EVENT)].pop();
				const from = told && !DAY_WORD.test(before.slice(told.index + told[0].length)) ? fromEventDay(t) : t;
				const r = relative(from, (n ?? NaN) * (how === 'earlier' ? -1 : 1), unit);
				// ("In September 2004 the siege … ended. Two years earlier, 130 hostages died at the Dubrovka theatre": years
				// counted from a month say the year only; review 39, BA min/03-19 read September 2002. From a day they may
				// be the anniversary: "Ten years later, hundreds of parents gathered".)
				if (r && unit === 'year' && t.anchor?.precision === 'month') return { ...r, ...make(...parts(r.iso), 'year') };
				// ("The Madrid bombings of 11 March 2004 … Seven of its members blew themselves up in a flat in Leganes three
				// weeks later": three weeks or more is a round count, which says the month, not the day (it was 3 April);
				// review 45, CA min/03-4 read 1 April. A day within three of the month's turn may be in either month.)
				if (r && unit === 'week' && (n ?? 0) >= 3) {
					const [y, mo, d] = parts(r.iso);
					const turn = d <= 3 || d >= new Date(Date.UTC(y, mo, 0)).getUTCDate() - 2;
					return {
						...r,
						...make(y, mo, d, 'month'),
						...(turn ? { unsettled: `"${m[0].trim()}" is a round count, near the turn of a month` } : {})
					};
				}
				return r;
			}
			if (n === undefined) return undefined;
			if (m[4]) return fromPublication(t, -n, unit, 'day');
			if (m[5]) {
				// ("Five years ago on Wednesday", in a Tuesday piece: the anniversary is tomorrow, not eight days back.)
				const [py, pm, pd] = parts(t.published.iso);
				const from = new Date(Date.UTC(py, pm - 1, pd)).getUTCDay();
				const ahead = (WEEKDAYS.indexOf(m[5]) - from + 7) % 7;
				const day = make(py, pm, pd + (ahead <= 3 ? ahead : ahead - 7), 'day');
				return { ...shift(day, -n, unit), resolvedFrom: formatDate(day.iso) };
			}
			if (unit === 'week') return weeksAgo(t, n);
			// "nearly four years ago" in December 2016 is early 2013, not 2012: a span said to fall short is read a season
			// short, one said to run over ("more than four years ago") a season over, so the year is the likelier one.
			const short = /^(?:almost|nearly|less\s+than|just\s+under)\s/i.test(m[0]);
			const over = /^(?:more\s+than)\s/i.test(m[0]);
			// ("moved to Israel more than 20 years ago": a floor of ten years or more says no year at all; review 44, BW
			// min/06-6 read 1994.)
			if (unit === 'year' && over && n >= 10) return undefined;
			if (unit === 'year' && (short || over)) return fromPublication(t, -n * 12 + (short ? 3 : -3), 'month', 'year');
			const precision: Precision = unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day';
			return fromPublication(t, -n, unit, precision);
		}
	},
	// "ten years to the day after an Army psychiatrist opened fire": counted back to that very day from the day the
	// story stands on, or from publication
	{
		re: pattern(`\\b${COUNT}\\s+(years?|months?)\\s+to\\s+the\\s+day\\b`, 'gi'),
		needs: /\bto\s+the\s+day\b/i,
		resolve: (m, t) => {
			const n = readNumber(m[1]!);
			if (n === undefined) return undefined;
			const unit = m[2]!.toLowerCase().replace(/s$/, '');
			// From the day the story stands on ("The bombing came exactly one year to the day after …"), else from
			// publication, the day an anniversary piece is written on.
			const day = (t.anchor?.precision === 'day' && relative(t, -n, unit)) || fromPublication(t, -n, unit, 'day');
			// "… to the day after gunmen stormed the school": the day is the event's named after it, as in "came two
			// months after".
			return /^\s+(?:after|since)\b/i.test(m.input.slice(m.index + m[0].length)) ? { ...day, after: true } : day;
		}
	},
	// "Two hours later", "40 minutes earlier": within the day the story stands on (a day on per 24 hours)
	{
		re: pattern(`\\b${SPAN_SOFTENER}${COUNT}\\s+(hours?|minutes?)\\s+(later|earlier)\\b`, 'gi'),
		needs: /(?:hours?|minutes?)\s+(?:later|earlier)\b/i,
		resolve: (m, t) => {
			const n = readNumber(m[1]!);
			const days = n === undefined || /^min/i.test(m[2]!) ? 0 : Math.floor(n / 24);
			// ("A second vehicle bomb went off about two hours later near the Medina gate": a second device's hours count
			// from the first's day, the event's, wherever the story's clock has since gone; review 48, CL min/03-5.)
			const from = SECOND_DEVICE.test(m.input.slice(0, m.index)) ? fromEventDay(t) : t;
			// Hours count only from a known day: from a month they would say nothing.
			if (n === undefined || from.anchor?.precision !== 'day') return undefined;
			const r = relative(from, /earlier/i.test(m[3]!) ? -days : days, 'day');
			// ("By the time the siege ended, 17 hours later": half a day or more from an hour the story has not given may
			// pass midnight.)
			return r && !/^min/i.test(m[2]!) && n % 24 >= 12
				? { ...r, unsettled: `"${m[0].trim()}" counts from an hour the text does not give, and may pass midnight` }
				: r;
		}
	},
	{
		re: /\b(?:the\s+)?(next|following|previous|preceding)\s+(day|morning|night|week|month|year)\b/gi,
		needs: /\b(?:next|following|previous|preceding)\s/i,
		resolve: (m, t, sentence) => {
			const unit = m[2]!.toLowerCase().replace(/morning|night/, 'day');
			// "the next morning" counts from a day, never from a year ("convicted in 2019 … the next morning"); "the
			// following week" is a span, no day; "the previous year" is a year, not the same day a year before.
			if (unit === 'week' || (unit === 'day' && t.anchor?.precision !== 'day')) return undefined;
			// ("Last October the town was attacked again: … before the army retook the building the following day": nor
			// from a month its own sentence went to before it; review 46, CF min/10-15 counted from February 2008.)
			if (unit === 'day' && MONTH_BEFORE.test(sentence.slice(0, m.index))) return undefined;
			// ("who have buried their own this week and returned to their posts the next day": nor from a week its own
			// sentence is in, which gives no day; review 49, CU min/07-12 counted from a day of 2014 told before.)
			if (unit === 'day' && /\b(?:this|last)\s+week\b/i.test(sentence.slice(0, m.index))) return undefined;
			// ("are due to stand trial next year": without "the", the next year is the writer's, counted from publication.)
			if (!/^the\s/i.test(m[0]) && /^(?:next|previous)$/i.test(m[1]!) && unit !== 'day')
				return fromPublication(t, /next/i.test(m[1]!) ? 1 : -1, unit, unit as Precision);
			// ('"But we also chose to go back in the next day and pray," said a congregant', under a paragraph on the
			// memorial five years on: a speaker counts from a day of their own story, which the story's timeline does not
			// hold, as for "two days later" below; review 27, min/aa06-1.)
			if (unit === 'day' && !t.anchorInSentence && inOpenQuote(m.input, m.index)) return undefined;
			const r = relative(t, /next|following/i.test(m[1]!) ? 1 : -1, unit);
			return r && unit !== 'day' ? { ...r, ...make(...parts(r.iso), coarser(r.precision, unit as Precision)) } : r;
		}
	},
	{
		re: /\bthe\s+day\s+before\s+yesterday\b/gi,
		needs: HAS_YESTERDAY,
		resolve: (_m, t) => fromPublication(t, -2, 'day')
	},
	// "the day before", "the night before" at the end of a clause: the day before the one the story is on
	{
		re: /\bthe\s+(?:day|night)\s+before\b(?=\s*[,.;:!?—)]|\s*$)/gi,
		needs: /before/i,
		resolve: (_m, t) => (t.anchor?.precision === 'day' ? relative(t, -1, 'day') : undefined)
	},
	// "The attack came a day after gunmen killed 43 farmers … and a week after bombs killed 14 people in Bamiyan": a
	// second span after the first's "and" counts back from the same day (review 50: the Bamiyan bombs were dated a day
	// back).
	{
		re: pattern(`\\band\\s+${SOFTENER}${COUNT}\\s+${UNIT}\\s+after\\b`, 'gi'),
		needs: /\band\b[^.;]*\bafter\b/i,
		resolve: (m, t) => {
			const head = m.input.slice(0, m.index);
			const came = CAME_AFTER.exec(head);
			// (Not one whose clause writes its own day: "and a month after a suicide bombing … killed one woman on
			// February 4".)
			if (!came || DAY_WORD.test(m.input.slice(m.index + m[0].length))) return undefined;
			return countedBack(storyAnchor(t, head.slice(0, came.index)), m[1]!, m[2]!);
		}
	},
	// "comes two months after suicide bombings": the bombings are dated back from the event the story is on
	{
		re: pattern(CAME_SPAN, 'gi'),
		needs: /\bafter\b/i,
		resolve: (m, t) => countedBack(storyAnchor(t, m.input.slice(0, m.index)), m[1]!, m[2]!)
	},
	{
		re: /\b(?:[Ll]ast|[Tt]his)\s+year\b/g,
		needs: /year/,
		resolve: (m, t) => ({
			...make(parts(t.published.iso)[0] - (/last/i.test(m[0]) ? 1 : 0), 1, 1, 'year'),
			resolvedFrom: 'publication date'
		})
	},
	// "shortly after noon today", "at 9am today", "earlier today": a live page's today is its own date. Alone, "today"
	// is as often "nowadays" ("Muslims today face …"), so only a time of day or "earlier" makes it a date.
	{
		re: /\b(?:earlier|noon|midday|morning|afternoon|evening|[ap]\.?m\.?|\d)\s+today\b/gi,
		needs: /today/i,
		resolve: (m, t) => (inOpenQuote(m.input, m.index) ? undefined : fromPublication(t, 0, 'day'))
	},
	// ("For us it was yesterday", "It feels like yesterday": what a day is likened to is no day; review 48, CN min/07-12
	// dated the Madrid bombings' twentieth anniversary piece's quote the day before publication.)
	{
		re: /\byesterday\b/gi,
		needs: HAS_YESTERDAY,
		resolve: (m, t) =>
			inOpenQuote(m.input, m.index) ||
			(/\b(?:it|that|this)\s+(?:was|is|seems?|seemed|feels?|felt)\s+(?:like\s+|only\s+|just\s+)?$/i.test(
				m.input.slice(Math.max(0, m.index - 30), m.index)
			) &&
				// ("It was yesterday that the bombs exploded": a cleft sentence's day is a day.)
				!/^\s*(?:that|when)\b/i.test(m.input.slice(m.index + m[0].length)))
				? undefined
				: fromPublication(t, -1, 'day')
	},
	// "struck the capital this morning", "a vigil tonight": a part of the day the story is told on is that day.
	{
		re: /\b(?:this\s+(?:morning|afternoon|evening)|tonight)\b(?!['’]s)/gi,
		needs: /\b(?:this|tonight)\b/i,
		// ("The president will address the nation tonight about the bombing": what is still to come is read as no date,
		// so it cannot date the event the sentence names.)
		resolve: (m, t) => {
			const head = m.input.slice(0, m.index);
			const clause = head.slice(afterMark(head, '.', ';'));
			return FUTURE.test(clause) || /\bwould\b/i.test(clause) || inOpenQuote(m.input, m.index)
				? undefined
				: fromPublication(t, 0, 'day');
		}
	},
	// "opened fire on diners in Greektown last night": the evening before publication.
	{
		re: /\blast\s+night\b/gi,
		needs: /night/i,
		resolve: (m, t) => (inOpenQuote(m.input, m.index) ? undefined : fromPublication(t, -1, 'day'))
	},
	// "went off at about 6.55pm", "at 4:32 p.m.", "at 21:20": a time of day in a sentence that names no day, before the
	// story has told of any day, is on the day of publication (a live page's own day), with a check, since a wire may
	// tell of the day before. Once the story has dated something, a time may be of that day or of another: not read.
	{
		re: /\b(?:at|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+(?:about\s+|around\s+|approximately\s+)?(?:(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*(?:[ap]\.m\.|[ap]m\b)|(?:[01]\d|2[0-3]):[0-5]\d\b(?!\s*[ap]\.?m))/gi,
		needs: /\d\s*[ap]\.?m\b|\d:\d/i,
		resolve: (_m, t, sentence) => {
			if (namesADay(sentence)) return undefined;
			// ("MANCHESTER ARENA, 22 MAY" over "A suicide bomber detonated a device … at 10.31pm": the section's day.)
			if (t.sectionDay) return { ...make(...parts(t.sectionDay), 'day'), resolvedFrom: 'its section’s day' };
			// Once the story has told of a day, a time may be of that day or of another it moved to: not read.
			if (t.anchor) return undefined;
			return {
				...fromPublication(t, 0, 'day'),
				unsettled: 'a time of day with no day, read as the day of publication; the story may tell of another day'
			};
		}
	},
	// A bare year: "in 2015", "since 2019", "In 2022,"
	BARE_YEAR,
	// "the attacks of 17-A", "los atentados del 17-A": Spanish papers name a recent attack by its day and its month's
	// initial (agosto). Read only within two months before publication, the latest day that fits: an old one ("11-M",
	// the Madrid bombings of 2004) is a name, not a day this reader can place (review 42, BM min/09-4).
	{
		re: /(?<=\b(?:of|on|since|after|before|the|del|de|los|las)\s+)(\d{1,2})-([EFMAJSOND])\b(?![\w-])/g,
		needs: /\d-[EFMAJSOND]\b/,
		resolve: (m, t) => {
			const day = Number(m[1]);
			const months = SPANISH_INITIAL[m[2]!]!;
			const [py] = parts(t.published.iso);
			const fits = [py, py - 1]
				.flatMap((y) => months.map((mo) => make(y, mo, day, 'day')))
				.filter((c) => {
					const back = (Date.parse(t.published.iso) - Date.parse(c.iso)) / 86_400_000;
					return parts(c.iso)[2] === day && back >= 0 && back <= 62;
				})
				.sort((a, b) => b.iso.localeCompare(a.iso));
			return fits[0] ? { ...fits[0], resolvedFrom: 'publication year' } : undefined;
		}
	},
	// (Read after the rules that find the day it counts from.)
	// "A day after a gunman opened fire on worshippers leaving a service in the Dagestani town of Kizlyar, residents
	// brought flowers … on Monday": a span opening the sentence counts back from the weekday of its main clause, and
	// dates the event it is set after (review 47, CG min/10-16 gave that event the day of an earlier bombing).
	{
		re: pattern(`^(?:[-–—•*]\\s*)?${DAY_AFTER_WORDS}\\b${AN_ATTACK_AHEAD}`, 'gi'),
		needs: /\bafter\s/i,
		resolve: (m, t, sentence) => {
			// The main clause, after the comma that closes the span's own, and its weekday.
			const rest = sentence.slice(m.index + m[0].length);
			const comma = rest.search(/,\s/);
			if (comma < 0) return undefined;
			const main = rest.slice(comma);
			const day = MAIN_WEEKDAY.exec(main);
			if (!day || /\b(?:19|20)\d\d\b/.test(main)) return undefined;
			const n = m[1] ? spanCount(m[1]) : 1;
			if (n === undefined) return undefined;
			const at = m.index + m[0].length + comma + day.index + day[0].indexOf(day[1]!);
			const told = weekdayDate(t, WEEKDAYS.indexOf(day[1]!), undefined, sentence, at);
			if (told.precision !== 'day') return undefined;
			return { ...shift(told, -n, m[2] ?? 'day'), after: true, resolvedFrom: `${m[0].toLowerCase()} ${day[1]}` };
		}
	},
	// "on Thursday 23 March, the morning after a man drove a car into pedestrians": set off after a day the sentence has
	// written, "the morning after" dates what follows a day before that day, which is when it was told of (review 42,
	// BM min/07-2 and 04-1 dated the attacks by the statements).
	{
		// (Only after an attack: "On Friday 26 May, the day after Ascension Day, gunmen attacked a bus" is the day of the
		// attack the main clause tells.)
		// ("On Wednesday, three days after a gunman opened fire on Toronto's Danforth Avenue": so do days or a week counted
		// back; review 43, BO min/09-2 dated the shooting by the claim. Not "three weeks after the opening of the trial of
		// the January 2015 attacks", which counts from something done about an attack, nor "two weeks after the siege
		// ended", which counts from its end.)
		re: pattern(
			`(?<=\\w,\\s*)\\b${DAY_AFTER_WORDS}\\b(?![^,;.]{0,60}?\\b(?:opening|start|beginning|ended|end|trial|anniversary|funerals?|verdict|release|arrests?|sentencing|elections?|vote|inauguration|claimed|warned|called|raised|announced|said|threatened|urged|issued|vowed|police|authorities|officials)\\b)${AN_ATTACK_AHEAD}`,
			'gi'
		),
		needs: /\s+after\s/i,
		resolve: (m, t) => {
			if (!t.anchorInSentence || t.anchor?.precision !== 'day') return undefined;
			// (Set off right after the day: "… killing 10 people and injuring more than 50, a week after two passenger planes
			// were brought down" counts from the day of the main clause, which the span does not name again.)
			if (m[1] && !DAY_BEFORE_COMMA.test(m.input.slice(0, m.index))) return undefined;
			const n = m[1] ? spanCount(m[1]) : 1;
			const r = relative(t, -(n ?? NaN), m[2] ?? 'day');
			return r && { ...r, after: true };
		}
	}
];
