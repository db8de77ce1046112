/**
 * One document to events and candidate facts. Sentences are read in order; each sentence's event mentions are
 * resolved to events first (see model.ts), then every date, toll, claim and blame is attached to an event by what
 * the sentence itself says: a mention in the same clause, an anaphor ("the attack", "those attacks"), or — only when
 * the story is visibly still on it — the event of the sentence before. Anything else is kept but marked for checking.
 */
import { actorFacts, type Voices } from './actor-facts';
import { countFacts } from './count-facts';
import { dateFacts, placeThenDay } from './date-facts';
import { advance, type DateMatch, type Timeline } from './dates';
import { EVENT_WORD, findMentions, firstPlace, keysOf, placeNear, type Mention } from './events';
import { isCountry, officeOf, reportCountries, type ReportCountries } from './countries';
import { PAGE_FURNITURE, datelineCity, placeFromDateline, readDateline } from './event-places';
import { ARTICLE, CAP, NOUNS, ORDINAL, ORDINAL_OF, RAIL, VENUE_END, VENUES, placeLike } from './event-patterns';
import { findFigures } from './figures';
import { before, earlierEventAt, earlierEventOn, joinedEventAt, laterEventAt } from './earlier-event';
import { WHEN_AFTER, followUpClause, statementDate } from './followup';
import { headlineCounts } from './headline-counts';
import { splitParagraphs } from '../decks/paragraphs';
import {
	atSeveralSites,
	dateEvent,
	sameKind,
	datesAgree,
	describe,
	enrich,
	eventFrom,
	fit,
	isAftermath,
	isAt,
	mainEvent,
	siteNamed,
	sitesOf,
	type StoryEvent
} from './model';
import {
	MONTHS,
	QUALIFIER,
	WEEKDAYS,
	entryStamp,
	findDates,
	quoted,
	shift,
	splitSentences,
	stampLength
} from '../lang';
import { quoteAround } from './quote';
import {
	CAME_AFTER,
	PASSING,
	distance,
	reaches,
	sameClause,
	type Placed,
	type Resolved,
	type SentenceReading
} from './reading';
import { captionMarked, creditsPublisher, pageDay, storySentences, type StoryText } from './text';
import type { DocMeta, Fact, Precision, Sentence } from './types';
import { MONTH } from '../lang/date-rules';
import { inOpenQuote } from '../lang/quotes';
import { literal, pattern } from '../lang/pattern';

export { quoteAround };

export interface DocFacts {
	facts: Fact[];
	events: StoryEvent[];
	skipped: StoryText['skipped'];
}

/** Words that point at another thing of the kind rather than name it: "the same base", "the other hotel". */
/** A wire's sign-off: "(Reporting by … in Cairo; Editing by …)". */
const SIGN_OFF = /^\s*\(?\s*(?:Reporting|Additional\s+reporting|Writing|Editing)\s+by\b/i;

const SAME_ONE = /^(?:same|other|first|second|third|next|last|nearby|whole|entire|latest|new|old|main)\s/i;

/**
 * A clause that tells of an attack by its verb, with doers named by their kind and no article that points back ("a
 * suicide bomber struck", "gunmen stormed", not "the gunmen opened fire"), tested on the clause of the count only
 * (from the last semicolon, at most 300 characters back).
 */
const TOLD_BY_VERB =
	/(?:^|[,;:]\s+|\b(?:when|as|after)\s+)(?:(?:[A-Z][\w-]*\s+){0,3}(?:later|ago|on\s+\w+),?\s+)?(?:an?\s+(?:suicide\s+)?(?:gunman|bomber|attacker|assailant|militant)|(?:suspected\s+)?(?:gunmen|militants|attackers|assailants|insurgents|fighters|jihadists|(?:suicide\s+)?bombers))\s+(?:\w+\s+){0,2}?(?:attacked|stormed|struck|raided|ambushed|opened\s+fire|blew\s+(?:himself|herself|themselves)\s+up|detonated|shot|killed|stabbed)\b/i;

/** Between the event a clause's subject names and the count its verb takes: " on 4 March 2001 injured ". */
const SUBJECT_COUNT =
	/^[^,;]*?\s(?:killed|injured|wounded|hurt|left)\s+(?:(?:at\s+least|more\s+than|about|nearly|some|almost)\s+)?$|^[^,;]*?,\s+(?:killing|injuring|wounding)\s+(?:(?:at\s+least|more\s+than|about|nearly|some|almost)\s+)?$/i;
/**
 * Between a count and the mention its passive verb puts it in: "93 people were killed and more than 150 injured in
 * (three bomb blasts)", "12 were wounded by (a blast)".
 */
const COUNT_IN =
	/^[^,;:()]*?\s(?:killed|injured|wounded|hurt|dead|died)\s+(?:(?:and|or)\s+[^,;:()]*?\s)?(?:in|by)\s+$/i;

/** Between a mention and its count: "… in June 2017 that killed", ", which left". */
/** Between a count and the noun of a comparison it is told in: "killed in one of the worst massacres". */
const COMPARED_AFTER =
	/\bin\s+(?:what\s+was\s+)?one\s+of\s+the\s+(?:single\s+)?(?:deadliest|worst|bloodiest|most\s+(?:lethal|deadly|serious))\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/i;
const RELATIVE_COUNT =
	/^(?:,?\s+(?:in|on)\s+[^,;]{1,30}?)?,?\s+(?:(?:that|which)\s+(?:also\s+)?(?:killed|left|wounded|injured|claimed\s+the\s+lives\s+of)\s+|when\s+)(?:(?:at\s+least|more\s+than|nearly|about|some|over|almost)\s+)?$/i;

/** A mention that says there was no such event: "there was no explosion at the hotel", "No bomb …". */
const NONE_SUCH = /^(?:there\s+(?:was|were|had\s+been)\s+no|no)\s/i;
/**
 * What says, just before a mention, that its event did not happen: "do not believe that there was (a second explosion)",
 * "No bomb (went off at)".
 */
const NO_EVENT_BEFORE =
	/(?:\b(?:not|never)\s+(?:[\w-]+\s+){0,2}?(?:that\s+)?there\s+(?:was|were|had\s+been)|(?:^|[,;:]\s*|\bthere\s+(?:was|were|had\s+been)\s+)no\s+(?:(?:second|other|further|third)\s+)?(?:bombs?|blasts?|explosions?|attacks?|devices?))\s+$/i;

/** A town a sentence opens on, set off by a comma: "In Madrid, ". */
const OPENING_TOWN = /^In\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s/;
/** A place a sentence opens on, "alone" or "too" allowed: "In Niger alone, ". */
const OPENING_PLACE = /^In\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+(?:alone|too|also))?,\s/;

/**
 * A sentence or paragraph that opens on another matter than the story's: "In a separate incident", "Separately",
 * "Elsewhere", "In an unrelated attack", "Meanwhile, in".
 */
const SEPARATE =
	/^(?:Separately|Elsewhere|In\s+(?:an?|another)\s+(?:(?:separate|unrelated)\s+)?(?:attack|incident|development)|Meanwhile,?\s+in)\b/;
/** A toll told as revised: "the toll has risen to 28", "the death toll rose to", "the dead now number". */
const REVISED_TOLL =
	/\b(?:toll|dead|deaths)\b[^.;]{0,30}?\b(?:has\s+|had\s+)?(?:risen|rose|climbed|reached|increased|now\s+(?:stands|number))\b/i;

/** Right before a year a comparison counts to or from: "before ", "since ", "until ". */
const BOUND_BEFORE = /\b(?:before|since|until|till|than)\s+$/i;

/** Reads a document and returns its events and candidate facts in reading order. */
export function extractFacts(text: string, given: DocMeta): DocFacts {
	const paragraphs = splitParagraphs(text);
	const meta = { ...given, published: pageDay(paragraphs, given.published) };
	const story = storySentences(text, meta);
	/**
	 * "Suicide car bomb kills 27 …": a word that opens a headline or sentence is capitalised by its place there, so one the
	 * text also writes in lower case before an attack's noun ("the suicide attack") is a word describing the attack, not
	 * the name of a place. ("It was a nice evening" says nothing of "Nice attack kills 84".)
	 */
	const lower = new Set(
		[
			...text.matchAll(
				/\b([a-z][a-z'’-]+)\s+(?:car\s+|truck\s+)?(?:attacks?|attackers?|bomb(?:s|ers?|ings?)?|blasts?|explosions?|vests?|belts?)\b/g
			)
		].map((m) => m[1]!)
	);
	const mentionsIn = (sentence: string, headline = false) =>
		findMentions(sentence, headline)
			// The governor called the bombing "an attack on the livelihood of the whole town": words quoted that name no
			// place are a figure of speech, not another event.
			.filter((m) => m.anaphor || m.place || /[A-Z]/.test(m.target ?? '') || !quoted(sentence, m.index, m.end))
			// "We do not believe that there was a second explosion at or near the Baron Hotel", "there was no blast at the
			// embassy": an event the text says did not happen is none.
			.filter(
				(m) => !NONE_SUCH.test(sentence.slice(m.index, m.end)) && !NO_EVENT_BEFORE.test(sentence.slice(0, m.index))
			)
			// "… walking into the church in Negombo shortly before the blast there": an anaphor with "there" is of the place
			// its sentence named before it (review 36, AS min/08-17 gave Negombo's toll to the Shangri-La hotel bombing).
			.map((m) => {
				if (!m.anaphor || !/^\s+there\b/.test(sentence.slice(m.end))) return m;
				const where = placeNear(sentence, m.index);
				return where?.place || where?.target ? { ...m, ...where, anaphor: false } : m;
			})
			.map((m) =>
				m.place &&
				!/\s/.test(m.place) &&
				lower.has(m.place.toLowerCase()) &&
				/^\W*$/.test(sentence.slice(0, sentence.indexOf(m.place)))
					? { ...m, place: undefined }
					: m
			);
	const timeline: Timeline = { published: { iso: meta.published, precision: 'day' }, namedDays: new Set() };
	const facts: Fact[] = [];
	const events: StoryEvent[] = [];
	/** The event the story is on, and whether the sentence just read (or its paragraph so far) mentioned it. */
	let current: StoryEvent | undefined;
	let previous: { paragraph: number; mentioned: boolean } | undefined;
	/** The event the sentence just read named last, recalled ones too: what "that attack" in the next points at. */
	let justTold: { paragraph: number; event: StoryEvent; plural: boolean; compared: boolean } | undefined;
	/** The event a sentence's tolls were given to that no earlier sentence had told of. */
	const madeBy = (made: Fact[]) =>
		events.find(
			(e) => made.some((f) => f.kind === 'toll' && f.eventId === e.id) && e.seen.length === 1 && e !== current
		);
	const voices: Voices = { unclaimed: new Set(), authorName: meta.author?.split(/\s+/).pop() };
	/** The last sentence of a sentence's paragraph, where a caption's credit stands. */
	const lastOf = new Map(story.sentences.map((x) => [x.paragraph, x.text]));
	const paragraphEnd = (s: Sentence) => lastOf.get(s.paragraph) ?? s.text;
	/** Paragraphs a label or an agency's photo credit marks as captions, read once per paragraph. */
	const markedCaptions = new Set<number>();
	// (A paragraph's sentences stand together: its first is the one after another paragraph's.)
	for (let i = 0; i < story.sentences.length; i++) {
		const x = story.sentences[i]!;
		if (x.paragraph !== story.sentences[i - 1]?.paragraph && captionMarked(x.text, lastOf.get(x.paragraph) ?? x.text))
			markedCaptions.add(x.paragraph);
	}
	/**
	 * "Cadets at the national police academy laid wreaths … ¶ Minutes later the academy was hit": a venue named by its
	 * noun alone is the one an earlier paragraph named in full, if one did (the last such). Undefined when none did.
	 */
	const fullerName = (target: string, paragraph: number): string | undefined => {
		const noun = /^the\s+([a-z]+)$/i.exec(target)?.[1];
		if (!noun) return undefined;
		// Its words are a name's or a modifier's: "the attack on the Embassy" is no name of the embassy.
		const named = pattern(
			`\\bthe\\s+((?:(?!(?:the|an?|on|at|in|into|of|from|to|for|by|with|near|and|or|${NOUNS})\\s)[\\w'’-]+\\s+){0,3}?${noun})\\b`,
			'gi'
		);
		let found: string | undefined;
		for (const x of story.sentences) {
			if (x.paragraph >= paragraph) break;
			// ("the Embassy": the noun alone names it when capitalised.)
			for (const m of x.text.matchAll(named))
				if (!SAME_ONE.test(m[1]!) && !/\d/.test(m[1]!) && m[1] !== noun) found = `the ${m[1]}`;
		}
		return found;
	};
	/**
	 * "Seventeen people were killed at the cathedral", after "the gate of Saint Mark's Cathedral in Alexandria": a
	 * venue named by its common noun right after a count is the venue the story last named in full with that noun.
	 */
	const venueBack = (s: Sentence, index: number): Pick<Mention, 'target' | 'place'> | undefined => {
		const noun = VENUE_AFTER_COUNT.exec(s.text.slice(index, index + 80))?.[1]?.toLowerCase();
		if (!noun) return undefined;
		const at = sentenceAt.get(s) ?? 0;
		return venuesNamed(noun).findLast((v) => v.at < at);
	};
	/**
	 * "Teams of suicide bombers struck five targets … The heaviest loss was at the Casa de España … At least 20 people
	 * were killed there": while the story is on an event at several sites, "there" after a count's verb is the place
	 * named last in the two sentences before it, in its paragraph, when no event was named since.
	 */
	const thereBack = (s: Sentence, index: number): Pick<Mention, 'target' | 'place'> | undefined => {
		if (!current || !atSeveralSites(current) || !THERE_AFTER_COUNT.test(s.text.slice(index, index + 80)))
			return undefined;
		// ("Sixty people were killed there last year": a count of another time at the place.)
		if (EARLIER_TIME.test(s.text)) return undefined;
		const at = sentenceAt.get(s) ?? 0;
		for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
			const x = story.sentences[i]!;
			if (x.paragraph !== s.paragraph || findMentions(x.text).some((m) => !m.anaphor && (m.place || m.target)))
				return undefined;
			// ("The wounded were taken to the Emergency hospital in Shahr-e Naw. At least 16 people died there": where the
			// wounded died is where they were cared for, no site of the attack.)
			if (CARE.test(x.text)) return undefined;
			const where = firstPlace(x.text);
			if (where) return where;
		}
		return undefined;
	};
	/** Where each sentence stands in the story, so a venue is looked for only in the sentences before it. */
	const sentenceAt = new Map(story.sentences.map((x, i) => [x, i]));
	/** Whether the sentence before `s`, in its paragraph or the one before, tells of a second device or attacker. */
	const newDeviceBefore = (s: Sentence) => {
		const before = story.sentences[(sentenceAt.get(s) ?? 0) - 1];
		return Boolean(before && s.paragraph - before.paragraph <= 1 && SECOND_DEVICE.test(before.text));
	};
	/** The day read at the opening of each sentence ("On 28 October last year …"), for the count after it. */
	const openings = new Map<Sentence, DateMatch>();
	const openingDay = (s: Sentence, current: StoryEvent) => {
		const prior = story.sentences[(sentenceAt.get(s) ?? 0) - 1];
		const day = prior && prior.paragraph === s.paragraph ? openings.get(prior) : undefined;
		// (An event the text has not dated is of the year the story is told in.)
		const year = (current.date ?? meta.published).slice(0, 4);
		// ("On January 2, 2016, gunmen entered the Pathankot Air Force Station. Seven security personnel were killed.",
		// in a report on an attack of that September: so is a day of the same year more than a fortnight before it.)
		const weeksBefore =
			day?.precision === 'day' &&
			current.date?.length === 10 &&
			Date.parse(current.date) - Date.parse(day.iso) > 14 * 86_400_000;
		return day && (day.iso.slice(0, 4) < year || weeksBefore) ? { day, text: prior!.text } : undefined;
	};
	/** Every venue named in full with a venue noun, in reading order, found once per noun (not once per count). */
	const venueNames = new Map<string, (Pick<Mention, 'target' | 'place'> & { at: number })[]>();
	const venuesNamed = (noun: string) => {
		let found = venueNames.get(noun);
		if (found) return found;
		const named = pattern(`((?:${CAP}\\s+){1,4}${noun[0]!.toUpperCase()}${noun.slice(1)})(?:\\s+in\\s+(${CAP}))?`, 'g');
		found = story.sentences.flatMap((x, at) =>
			[...x.text.matchAll(named)]
				.filter((m) => !/^(?:The|A|An|In|At|On)\s/.test(m[1]!))
				.map((m) => ({ target: m[1], place: m[2], at }))
		);
		venueNames.set(noun, found);
		return found;
	};
	/** Facts (by index) of dates in photo captions: the photo's day, a card only when it is an event's day. */
	const captionDates = new Set<number>();
	const dateline = datelineCity(paragraphs);
	// (What the report tells of its country is read once, and only where a title of state or a court's dateline asks.)
	let report: ReportCountries | undefined;
	const reported = () => (report ??= reportCountries(paragraphs));
	// ("BREAKING: Suicide bombers hit three Western housing compounds in Riyadh", a headline pasted as the body's first
	// paragraph: read once for the document, as its events are matched to every mention.)
	const firstIsHeadline = HEADLINE_LINE.test(paragraphs[0]?.trim() ?? '');
	/** Whether the body names the dateline's city past the dateline itself. */
	const datelineWord = dateline ? pattern(`\\b${dateline}\\b`, 'i') : undefined;
	// (Not by the sign-off: "(Reporting by Wire staff in Cairo and Ismailia; Editing by …)" names where the reporters were.)
	const datelineNamedAgain =
		datelineWord && story.sentences.filter((x) => datelineWord.test(x.text) && !SIGN_OFF.test(x.text)).length > 1;

	/**
	 * `inView`: the event an earlier mention of the same sentence named, for a first sentence that names one; `told`,
	 * the last mention of the sentence that named an event by its own words.
	 */
	/** An event of its own for an anaphor that a day of its clause dates to another time than the event in view's. */
	const eventOfDay = (m: Mention, s: Sentence, d: DateMatch): Resolved => {
		const e = eventFrom({ ...m, anaphor: false }, meta.id, s.paragraph);
		dateEvent(e, d.iso, d.precision as Precision);
		events.push(e);
		return { ...m, anaphor: false, event: e };
	};
	const resolve = (s: Sentence, m: Mention, dates: DateMatch[], inView?: StoryEvent, told?: Resolved): Resolved => {
		// "…rammed a bus at Lethpora, the deadliest attack in the Valley": the comparison measures the event just named.
		// ("On May 29, 2004, gunmen stormed an oil company office … in Khobar and took hostages; 22 people were killed before
		// security forces ended the siege": a siege or standoff told after an event the same sentence has named by its own
		// words is how that event went on, not the event the story was on; review 53, FA min/07-9 gave Khobar's dead to the
		// Riyadh compound.)
		const view =
			m.anaphor &&
			told?.event &&
			told.end <= m.index &&
			!isAftermath(told.event) &&
			// (Told by its verb, as what happened: not one named as a comparison, "As in the Westgate mall attack of 2013,
			// security forces took hours to end the siege", "Like the Beslan school siege of 2004, …".)
			/^[a-z]+(?:ed|ck|ew|ot)\b/.test(s.text.slice(told.index)) &&
			/^(?:sieges?|standoff|stand-off|hostage)/.test(m.noun)
				? told.event
				: (current ?? inView);
		// "one of the deadliest attacks in Ostrania" before any event is named: the comparison's place is all there is.
		if (m.anaphor && !view && m.wider) m = { ...m, ...m.wider, anaphor: false, wider: undefined };
		if (m.anaphor && m.recalled) return { ...m, doubt: 'the sentence recalls an earlier event it does not name' };
		// "The church bombings killed 18 people", after a bombing at the police headquarters: an anaphor named by a
		// venue of another kind than the event in view's is no anaphor of it, but a mention of the attack at such a
		// venue (review 30, AG min/05-8 gave the churches' 18 dead to the police headquarters).
		if (
			m.anaphor &&
			m.venueNoun &&
			view?.target &&
			VENUE_END.test(view.target) &&
			venueKind(view.target) !== venueKind(m.venueNoun) &&
			// (A metro's blast after one at a station or on a train may be the same: "the metro blast" at Maelbeek station.)
			!(RAIL.test(m.venueNoun) && TRANSPORT.test(view.target)) &&
			// ("the Russia concert attack", after one on a packed concert hall: the noun is in the venue's name.)
			!pattern(`\\b${m.venueNoun}\\b`, 'i').test(view.target)
		)
			m = { ...m, anaphor: false, target: `the ${m.venueNoun}` };
		// "On Jan. 15, 2018, two suicide bombers blew themselves up among labourers there … Islamic State claimed that
		// attack too.": "that" points at the event the sentence before told of, though the story's own event is still
		// the one in view. (Not "those attacks", which may be all of them. After an event the sentence before only
		// compared with, "the most serious since a suicide car bomb tore through … Mansoura … also said it was behind
		// that attack" is likelier the one compared with, but a reviewer checks it.)
		// "a Syrian man killed three people … at a festival in Solingen; the Islamic State group claimed that attack":
		// "that" points at the event the sentence itself has just told of.
		if (m.anaphor && inView && inView !== current && /^that\s/i.test(s.text.slice(m.index)))
			return { ...m, event: inView };
		// "After gunmen killed at least 20 people at Bacha Khan University in Charsadda on January 20, a TTP commander
		// claimed the attack": the clause opening the sentence told the event "the attack" points at.
		if (m.anaphor && inView && inView !== current && /^(?:After|When|Once)\s/.test(s.text) && !/s$/.test(m.noun))
			return { ...m, event: inView };
		// "around 300 insurgents attacked the Tanzanian village of Kitaya …, and Islamic State claimed the raid two days
		// later": a singular anaphor in a clause joined by ", and" to the one that has just told an attack is that attack,
		// not the story's (review 42, BJ min/03-15 gave the Kitaya claim to Palma). (Not after a raid or arrests, which
		// follow the attack "the attack" names, nor after an event the sentence only measures by.)
		if (
			m.anaphor &&
			told?.event &&
			told.event !== current &&
			!told.recalled &&
			!told.anaphor &&
			!isAftermath(told.event) &&
			!/s$/.test(m.noun) &&
			/^the\s/i.test(s.text.slice(m.index)) &&
			// ("Gunmen stormed a maternity hospital in Kabul …, killing 24, and Islamic State claimed the bombing": a noun of
			// another kind than the event just told is not it.)
			(/^(?:attack|raid|assault|operation|massacre|ambush)$/.test(m.noun) ||
				told.event.noun.split(' ').pop() === m.noun.split(' ').pop()) &&
			/^[^;.]*,\s+and\s+[^,;]*$/.test(s.text.slice(told.end, m.index))
		)
			return { ...m, event: told.event };
		if (
			m.anaphor &&
			justTold &&
			justTold.event !== view &&
			justTold.paragraph === s.paragraph &&
			/^that\s/i.test(s.text.slice(m.index))
		)
			return {
				...m,
				event: justTold.event,
				doubt: justTold.compared
					? `"${s.text.slice(m.index, m.end)}" could be ${describe(justTold.event)}, which the sentence before compared with, or ${view ? describe(view) : "the story's event"}`
					: undefined
			};
		// "BESLAN, Russia - … The siege lasted 52 hours.": the story's event referred to before any words name it is the
		// event at the dateline's city.
		// ("WASHINGTON - President Obama condemned the attacks" is a reaction datelined elsewhere: unless the body names
		// the dateline's city again, the event made from it is marked for a check.)
		// ("LEIDSCHENDAM, Netherlands - The tribunal … sentenced Ayyash … for his role in the 2005 bombing that killed …",
		// in 2020: an event a court's sentence dates to an earlier year is no news of the dateline's town, where the court
		// sits; review 49, CR min/08-4 placed the Hariri bombing in Leidschendam.) Only where the report tells mostly of
		// another country than the dateline's: "NICE - A Paris court … over the 2016 truck attack" was in Nice.
		const courtAbroad = () => {
			const { dateline: home, mostly } = reported();
			return home !== undefined && mostly !== undefined && home !== mostly;
		};
		const yearsBack =
			m.anaphor &&
			!view &&
			dateline !== undefined &&
			/\b(?:tribunal|court|trial|sentenced|convicted|acquitted|verdict|judges?)\b/i.test(s.text) &&
			dates.find(
				(d) =>
					d.index >= m.index - 1 &&
					d.index < m.end + 120 &&
					sameClause(s.text, d.index, m.index) &&
					d.iso.slice(0, 4) < meta.published.slice(0, 4)
			);
		if (m.anaphor && !view && dateline && !m.series && !m.wider && yearsBack && courtAbroad())
			return eventOfDay(m, s, yearsBack);
		if (m.anaphor && !view && dateline && !m.series && !m.wider) {
			const named = { ...m, place: dateline, anaphor: false };
			const e = eventFrom(named, meta.id, s.paragraph);
			events.push(e);
			return {
				...named,
				event: e,
				doubt: datelineNamedAgain
					? undefined
					: `the text names the event only as "${s.text.slice(m.index, m.end)}", under a dateline from ${dateline}`
			};
		}
		// "On Tuesday the KGB said 12 people had died in Monday's explosion", after an entry recalled a bombing of 2008:
		// the day names the event of that day, where exactly one is dated so.
		if (m.anaphor && m.dayOwned) {
			const day = dates.find((d) => d.precision === 'day' && d.index >= m.index - 45 && d.index <= m.index);
			const ofDay = day ? events.filter((e) => e.date === day.iso && !e.within) : [];
			if (ofDay.length === 1) return { ...m, event: ofDay[0]! };
			// (None dated so, and the event in view is of another time: the story's own event, for a reviewer to check.)
			const main = mainEvent(events);
			if (day && view?.date && !datesAgree(view.date, day.iso) && main && main !== view && !main.date)
				return {
					...m,
					event: main,
					doubt: `"${s.text.slice(m.index, m.end)}" is not of ${describe(view)}; read as ${describe(main)}`
				};
		}
		// ("* Sept 2, 2016 - A bomb explodes at a crowded night market … in Davao City … ¶ The five-month siege leaves more
		// than 1,100 people dead": a siege told by how long it lasted is no bombing or shooting of a moment; review 45, CB
		// min/02-8 trusted the siege's 165 soldiers as the Davao bombing's.)
		if (
			m.anaphor &&
			view &&
			/\b(?:bomb|bombs|bombings?|blasts?|explosions?|shootings?|stabbings?)$/.test(view.noun) &&
			/^(?:the|a|its)\s+[\w-]+-(?:hour|day|week|month|year)(?:-long)?\s+siege\b/i.test(s.text.slice(m.index))
		)
			return {
				...m,
				event: view,
				doubt: `"${s.text.slice(m.index, m.end)}" lasted longer than ${describe(view)}; read as it`
			};
		if (m.anaphor) {
			// "claimed responsibility for both bombings", said after a site's count: a plural is the event at all the sites.
			// So is a singular one a paragraph after the site's own ("He then drove to the Linwood Islamic Centre, where
			// seven more worshippers were shot dead. ¶ … some nine minutes before the shooting began").
			const laterParagraph =
				view?.further === true && view.seen.every((x) => x.doc === meta.id && x.paragraph < s.paragraph);
			const whole =
				view?.within && (/s$/.test(m.noun) || laterParagraph) ? events.find((e) => e.id === view.within) : undefined;
			if (whole) return { ...m, event: whole };
			// "…claimed responsibility for the three blasts", a paragraph after the third blast's own: a counted plural
			// is the event of that many sites, not the last site told of.
			const counted =
				(m.sites ?? 0) >= 2 && view && !atSeveralSites(view)
					? events.findLast((e) => atSeveralSites(e) && (e.sites ?? sitesOf(e).length) === m.sites)
					: undefined;
			if (counted) return { ...m, event: counted };
			// ("33 soldiers killed at Tessit" ¶ "In Niger alone, close to 200 civilians were killed in two attacks six days
			// apart": attacks counted as two or more, in a sentence that opens on a place the one attack in view is not
			// placed at, are others; review 51, DC min/05-2 gave Niger's dead to Tessit.)
			const opener = (m.sites ?? 0) >= 2 && view && !atSeveralSites(view) ? OPENING_PLACE.exec(s.text) : null;
			const openedAt = opener ? placeLike(opener[1]!) : undefined;
			if (openedAt && fit(view!, { place: openedAt }) === 0 && opener!.index + opener![0].length <= m.index)
				return {
					...m,
					elsewhere: true,
					doubt: `"${s.text.slice(m.index, m.end)}" are told in ${openedAt}, where the text never placed ${describe(view!)}`
				};
			// "A suicide bomber set off a device inside a bar in Kuta … A third bomb went off near the consulate in Denpasar.
			// ¶ The bombings killed 202": a plural after two or more single events of its kind told just before may be all
			// of them, and a count of them is no count of the event in view alone; a reviewer checks. (A claim of "the
			// attacks" is true of each.)
			const alike =
				view &&
				/s$/.test(m.noun) &&
				!/s$/.test(view.noun) &&
				!atSeveralSites(view) &&
				findFigures(s.text).some((f) => f.kind === 'toll' && f.index > m.index)
					? events.filter(
							(e) =>
								!e.within &&
								sameKind(e.noun, m.noun) &&
								e.seen.some((x) => x.doc === meta.id && s.paragraph - x.paragraph <= 1 && x.paragraph <= s.paragraph)
						)
					: [];
			if (view && alike.length >= 2 && alike.includes(view))
				return {
					...m,
					event: view,
					doubt: `"${s.text.slice(m.index, m.end)}" may be all of ${alike.map((e) => describe(e)).join('; ')}; read as ${describe(view)}`
				};
			// "Abaaoud … was killed in a police raid in Saint-Denis five days later. ¶ … offered to resign two days after the
			// bombings": a raid or arrests follow an attack, and "the bombings" (or "the attack") told after one point back
			// at the attack, not at the raid (review 25, min/v03-3, whose roles were framed by the raid). ("A raid on the
			// Chinagodrar camp killed 89 soldiers. The Islamic State claimed that attack too.": "that" is the raid just told.)
			const attack =
				view && isAftermath(view) && !isAftermath(m) && !/^that\s/i.test(s.text.slice(m.index))
					? mainEvent(
							events.filter(
								(e) => !isAftermath(e) && !e.within && sameKind(e.noun, m.noun) && e.seen.some((x) => x.doc === meta.id)
							)
						)
					: undefined;
			if (attack) {
				enrich(attack, m, meta.id, s.paragraph);
				return { ...m, event: attack };
			}
			// ("… three days after a car bomb in the government quarter and a shooting at a Labour Party youth camp … ¶
			// Eleven people wounded by the bomb are still in hospital": an anaphor of another kind than the event in view is
			// the last event of its own kind the text has told; review 51, DD min/04-4 gave the bomb's wounded to the
			// shooting.)
			const ownKind =
				view && !isAftermath(m) && !isAftermath(view) && !sameKind(view.noun, m.noun)
					? events.findLast(
							(e) =>
								!e.within &&
								!isAftermath(e) &&
								sameKind(e.noun, m.noun) &&
								e.seen.some((x) => x.doc === meta.id && x.paragraph <= s.paragraph)
						)
					: undefined;
			if (ownKind) return { ...m, event: ownKind };
			// ("Two months earlier, on Oct. 18, 2007, two bombs tore through the procession …", in a report of 2017 on the
			// verdict over "the blast" that killed Bhutto: an anaphor its own clause dates to a day of an earlier year, which
			// the event in view is not dated to, is an earlier event of its own; review 49, CU min/03-8 gave the Karachi
			// bombings' 140 dead to the blast under the Islamabad dateline.)
			const ownDay = view
				? dates.find(
						(d) =>
							d.precision === 'day' &&
							!d.resolvedFrom &&
							d.index < m.index &&
							d.iso.slice(0, 4) < meta.published.slice(0, 4) &&
							// (Only a day the mention comes right after: "Abdeslam, captured in Brussels on March 18, 2016, …
							// had driven three suicide bombers to the Stade de France before the attacks" dates no attacks.)
							/^,?\s*(?:(?:a|an|the|two|three|four|five|twin|several|\d+)\s+)*$/i.test(
								s.text.slice(d.index + d.text.length, m.index)
							)
					)
				: undefined;
			// (Not a day of the event in view, within a month of its own or told as its day: "On its third day, Friday,
			// September 3, 2004, two explosions tore through the gym", of the Beslan siege.)
			if (
				view &&
				ownDay &&
				(!view.date || (!datesAgree(view.date, ownDay.iso) && monthApart(view.date, ownDay.iso))) &&
				!/\b(?:its|their)\s+[\w-]+\s+day\b/i.test(s.text.slice(0, m.index))
			)
				return eventOfDay(m, s, ownDay);
			// ('"For the country, the fight over who ordered the attack is only beginning," said …': a speaker's "the attack",
			// naming nothing, is the story's as often as the one in view, and counts no mention of it; review 50, CY 03
			// framed the verdict's officials by the Sylhet attack a background paragraph had just told.)
			if (view && !(inOpenQuote(s.text, m.index) && !m.place && !m.target)) enrich(view, m, meta.id, s.paragraph);
			// "20:55 Another explosion, at a low-cost apartment block in Sidoarjo. … the death toll from the church attacks has
			// climbed to 13": an anaphor naming a venue the event in view was never told at may be an earlier event at such a
			// venue (review 43, BQ min/02-13); a reviewer checks.
			const venueUntold =
				view && m.venueNoun && !view.target && !pattern(`\\b${m.venueNoun}`, 'i').test(describe(view))
					? `"${s.text.slice(m.index, m.end)}" names a ${m.venueNoun}, which the text never placed ${describe(view)} at`
					: undefined;
			return {
				...m,
				event: view,
				doubt: view ? venueUntold : 'the text refers back to an event it has not named'
			};
		}
		// (Not after "militants drove a second car packed with explosives towards the governor's compound in Jalalabad":
		// "it" is then the new device, at a place of its own.)
		if (m.itsBlast && view && !newDeviceBefore(s)) return { ...m, event: view };
		if (m.sinceWhen) {
			const r = resolveNamed(s, m, dates, view);
			// Its day is the one between "since" and "when".
			const when = s.text.slice(m.end).search(/\bwhen\b/);
			const day = dates.find((d) => d.index >= m.end && (when < 0 || d.index < m.end + when) && d.precision !== 'year');
			if (r.event && day && !r.event.date) dateEvent(r.event, day.iso, day.precision as Precision);
			return r;
		}
		// "Monday's bombing was the deadliest in Peshawar since March 2022, when a suicide attacker struck a Shia mosque":
		// the event told after "since <a time>, when" is an earlier one than the one in view, however alike their names.
		const sinceWhen = view ? SINCE_WHEN_BEFORE.exec(s.text.slice(0, m.index)) : null;
		// "The attack came ten months after two female suicide bombers killed 40 people on the Moscow metro", of the
		// airport bombing in Moscow: an event the sentence recalls is never the one in view (resolveNamed makes it one of
		// its own rather than add its words to the one in view).
		const recalledBeside = m.recalled && !m.anaphor && !sinceWhen ? view : undefined;
		const named = resolveNamed(s, m, dates, view, recalledBeside);
		if (recalledBeside && named.event === view) return { ...named, event: newEvent(m, s), doubt: undefined };
		const since = view && named.event === view ? sinceWhen : null;
		if (!since) return named;
		const e = newEvent(m, s);
		const day = dates.find((d) => d.index >= since.index && d.index < m.index);
		if (day) dateEvent(e, day.iso, day.precision as Precision);
		return { ...named, event: e };
	};

	/** A mention that names its event, found among the events so far or made. */
	const resolveNamed = (
		s: Sentence,
		m: Mention,
		dates: DateMatch[],
		view: StoryEvent | undefined,
		/** An event the mention must not be read as: one made for it instead. */
		not?: StoryEvent
	): Resolved => {
		// ("The Morra bombing was claimed on Tuesday by …": the day of a claim or a statement is not the event's.)
		// ("The deadliest before 2015 was the double suicide bombing … on November 19, 2013": nor a bound a comparison
		// counts to; review 39, AZ min/03-2 merged the 2013 embassy bombing into the 2015 one by "2015".)
		// ("Those talks ended on 30 December 2006, when a van packed with explosives blew up in the car park of Terminal 4
		// at Madrid's Barajas airport": the day a "when" clause opens on is its event's, whatever the main clause did on
		// it; review 42, BI min/08-4 merged the bombing into ETA's of 1973 in Madrid.)
		// (Only where the main clause did something else on it: "At least 93 people were killed in three bomb blasts … on
		// Thursday, when a suicide bomber … tore through a snooker hall" tells the main clause's event again.)
		const opensWhen = (d: DateMatch) =>
			d.index < m.index &&
			WHEN_AFTER.test(s.text.slice(d.index + d.text.length)) &&
			!/[;:]/.test(s.text.slice(d.index, m.index)) &&
			(statementDate(s.text, d.index, d.index + d.text.length, d.precision === 'day') !== undefined ||
				// ("the worst in Moscow since February 2004, when a suicide bomber killed 41 people on a train": so is the
				// bound of a comparison; review 49, CT min/01-14 merged that bombing into the day's.)
				/\bsince\s+$/i.test(s.text.slice(Math.max(0, d.index - 8), d.index)));
		// ("17 February: A car bomb targeting military buses in Ankara killed 29 people. ¶ 13 March: 37 people were killed when
		// a car bomb exploded at a bus stop in Ankara's Kizilay square": so is the day a list item opens on, before its colon;
		// review 43, BR min/02-16 merged the two car bombings.)
		const opensItem = (d: DateMatch) =>
			d.index < m.index &&
			/^\s*(?:[-–—•*]\s*|\d{1,2}[.)]\s*)?$/.test(s.text.slice(0, d.index)) &&
			/^\s*:\s/.test(s.text.slice(d.index + d.text.length));
		// ("he was hanged in April last year for a separate grenade attack on the British high commissioner in Sylhet in May
		// 2004": a day right after the place the mention is told at is its own, before one earlier in the clause that
		// another verb owns; review 47, CH min/03-9 dated the Sylhet attack by the hanging.)
		const own = m.place
			? dates.find(
					(d) => !d.after && !d.background && d.index > m.end && placeThenDay(s.text.slice(m.end, d.index), m.place!)
				)
			: undefined;
		const date = (
			own ??
			dates.find(
				(d) =>
					!d.after &&
					!d.background &&
					(opensWhen(d) ||
						opensItem(d) ||
						(sameClause(s.text, d.index, m.index) &&
							!BOUND_BEFORE.test(s.text.slice(Math.max(0, d.index - 8), d.index)) &&
							// ("passing the 32 killed at Virginia Tech on April 16, 2007": the day of the event a count passes.)
							!(d.index > m.end && PASSING.test(s.text.slice(m.end, d.index))) &&
							// ("Much of the operational planning after 2003 was done by Noordin Top, who led a faction that bombed the
							// JW Marriott … on 17 July 2009": nor a year something came after; review 41, BD min/03-6 merged the
							// 2009 bombing into the 2003 one.)
							!(d.precision === 'year' && /\bafter\s+$/i.test(s.text.slice(Math.max(0, d.index - 8), d.index))) &&
							!statementDate(s.text, d.index, d.index + d.text.length, d.precision === 'day')))
			)
		)?.iso;
		// Ties go to the event the document refers to most often (the story's main event), then to the first named.
		// "Minsk metro explosion … - live", then "the bomb that went off during a concert in Minsk in July 2008": the
		// headline's event, not dated yet, is the news of the day the page was published, never an event of an earlier year.
		// (The year may stand past a relative clause: "the bomb that went off during a concert in Minsk in July 2008".)
		const dated = date ?? dates.find((d) => d.index >= m.end && d.index - m.end < 120 && !d.after)?.iso;
		const yearBefore = dated !== undefined && dated.slice(0, 4) < meta.published.slice(0, 4);
		// "a bomb on another bus in the city": another of the kind is no event told before.
		const another = /^another\s/i.test(m.target ?? '');
		// "19:10 — To recap: two female suicide bombers struck the Moscow metro …, killing 38", after an entry that recalled
		// "the last deadly attack on the Moscow metro" of 2004: an event of an earlier year the text has only recalled is
		// not the one a live entry's sentence with no date tells of.
		// ("BREAKING: Suicide bombers hit three Western housing compounds in Riyadh", a headline pasted as the body's first
		// paragraph: so is an event that line tells of; review 41, BG min/10-3 merged the Khobar Towers bombing of 1996
		// into it.)
		const headlineLike = (e: StoryEvent) =>
			firstIsHeadline && e.seen.every((x) => x.doc === meta.id) && e.seen[0]?.paragraph === 1;
		const onlyRecalled = (e: StoryEvent) =>
			!dates.length &&
			stampLength(paragraphs[s.paragraph - 1] ?? '') > 0 &&
			!m.recalled &&
			!m.anaphor &&
			!told.has(e) &&
			e.date !== undefined &&
			e.date.slice(0, 4) < meta.published.slice(0, 4);
		const scored = events
			.map((e) => ({
				e,
				score:
					another ||
					(yearBefore && (told.has(e) || headlineLike(e)) && !e.date && !/\b\d{4}\b/.test(meta.title)) ||
					onlyRecalled(e)
						? 0
						: fit(e, m, date)
			}))
			.filter((x) => x.score > 0)
			.sort(
				(a, b) =>
					b.score - a.score || (b.e.mentions ?? 1) - (a.e.mentions ?? 1) || events.indexOf(a.e) - events.indexOf(b.e)
			);
		const best = scored[0];
		// "44 killed in the two bombings in Tanta and Alexandria … The first explosion took place … in Tanta … 27 people
		// died there": one site of an event at several is an event of its own, on the whole's day, so its counts are
		// not read as rival counts of the whole.
		if (best && siteNamed(best.e, m)) {
			const site = scored.find((x) => x.e.within === best.e.id && fit(x.e, m, date) > 0)?.e;
			if (site) {
				enrich(site, m, meta.id, s.paragraph);
				return { ...m, event: site };
			}
			return { ...m, event: newEvent(m, s, best.e) };
		}
		// "… blew themselves up at the gate of the Surabaya police headquarters. ¶ The blast at the checkpoint, at about
		// 8.50 a.m., wounded four police officers": "the" blast at a spot of a venue (a checkpoint, a gate, an entrance),
		// right after the one event of its kind the paragraph before told of, is that event seen closer, not a new one.
		// ("The blast at the mosque", after a bombing at a police station, is another venue and another event.)
		const closer =
			!best &&
			!m.place &&
			/^the\s+(?:[a-z]+\s+)?(?:checkpoint|gates?|entrance|door|doorway|lobby|foyer|car\s+park|parking\s+lot)$/.test(
				m.target ?? ''
			) &&
			/^the\s/i.test(s.text.slice(m.index))
				? events.filter(
						(e) =>
							sameKind(m.noun, e.noun) &&
							e.noun.split(' ').pop() !== 'attack' &&
							e.seen.some((x) => x.doc === meta.id && s.paragraph - x.paragraph === 1) &&
							datesAgree(e.date, date)
					)
				: [];
		if (closer.length === 1) return { ...m, event: closer[0]! };
		// "… the agency is treating the attack on the club as an act of Islamist terrorism", on a page about a shooting at
		// the London Pub: a venue named by its common noun alone, with no event told at such a venue, is the event in view
		// seen by its venue, not a new event (nor is it after "the Harbour Pub", a place of the same kind).
		// (Not "… has been targeted before: gunmen stormed the compound in December 2004": a sentence of an earlier year
		// tells of another event; nor a section's heading, "The quarry, 2 December", which names the section's event; nor
		// "The blast at the mosque" after a bombing at a police station, or "the shooting at the market" after a bombing.)
		const year = (view?.date ?? meta.published).slice(0, 4);
		if (
			!best &&
			!m.place &&
			view &&
			/^the\s+[a-z]+$/.test(m.target ?? '') &&
			s.text.slice(m.index, m.end).includes(m.noun.split(' ').pop()!) &&
			(!view.target || !VENUE_END.test(view.target) || venueKind(view.target) === venueKind(m.target!)) &&
			sameKind(m.noun, view.noun) &&
			!dates.some((d) => d.iso.slice(0, 4) < year)
		)
			return { ...m, event: view };
		if (not && best?.e === not) return { ...m, event: newEvent(m, s), doubt: undefined };
		if (best) {
			enrich(best.e, m, meta.id, s.paragraph);
			const rival = scored.find((x) => x !== best && x.score === best.score);
			return {
				...m,
				event: best.e,
				doubt: rival
					? `"${s.text.slice(m.index, m.end)}" could be ${describe(best.e)} or ${describe(rival.e)}`
					: undefined
			};
		}
		// "two terrorist attacks struck the capital … The first explosion took place at the Government Palace": a single
		// attack at a place of its own, told while the story is on an event of several attacks, is one of them.
		const host = view?.within ? events.find((e) => e.id === view.within) : view;
		// ("Three bombs exploded on trains … a fourth bomb tore the roof off a bus": a fourth is not one of three.)
		// The ordinal may stand before a verb's mention ("the fourth bomb tore through a bus").
		const ordinal =
			ORDINAL.exec(s.text.slice(m.index, m.end)) ??
			ORDINAL_BEFORE.exec(s.text.slice(Math.max(0, m.index - 40), m.index));
		const nth = ORDINAL_OF[ordinal?.[1]?.toLowerCase() ?? ''];
		// A site is told near the whole, and not as something that came before it ("Security has been tight since a
		// suicide bomber attacked a police station", "Velda has been targeted before: an attack on a cathedral").
		const near = m.further || host?.seen.some((x) => x.doc === meta.id && s.paragraph - x.paragraph <= 2);
		// ("The claim follows the December bombing of St Peter and St Paul's Church", after twin bombings of a Sunday in
		// April: what a sentence says the news follows, or an event named by another month, came before; review 54, GD
		// min/03-6 dated the Cairo church bombing by the Palm Sunday attacks.)
		const earlier =
			/\b(?:since|before|previous(?:ly)?|earlier|also|last|past|follows|followed)\b/i.test(s.text.slice(0, m.index)) ||
			MONTH_OPENS.test(s.text.slice(m.index, m.end));
		// ("… walked into Al Noor Mosque … He then drove to the Linwood Islamic Centre, where he continued his attack": the
		// attack in view, carried on at a second venue, is of both; review 45, CB min/07-2.)
		if (
			m.goesOn &&
			host &&
			!atSeveralSites(host) &&
			host.target &&
			m.target &&
			!earlier &&
			!m.recalled &&
			datesAgree(host.date, date)
		) {
			host.target = `${host.target} and ${m.target}`;
			host.sites = 2;
		}
		// ("a string of suicide attacks … targeted army checkpoints and a base. Islamic State claimed the bombings, the first
		// of them a car bomb at a checkpoint": what "the first of them" names is one of the attacks in view, whatever
		// sites they were told at; review 53, FA min/05-12 gave the string's 42 dead to the first car bomb.)
		const oneOfThem = ONE_OF_THEM.test(s.text.slice(Math.max(0, m.index - 40), m.index));
		const whole =
			host &&
			near &&
			!earlier &&
			!m.recalled &&
			!/s$/.test(m.noun) &&
			(atSeveralSites(host) || oneOfThem) &&
			!(nth && host.sites && nth > host.sites) &&
			datesAgree(host.date, date)
				? host
				: undefined;
		return { ...m, event: newEvent(m, s, whole) };
	};

	/**
	 * A new event from a named mention, as a site of `whole` when it is one: a site is on the whole's day unless the
	 * story's clock has moved since ("Five days later … The first bomb went off in front of the HSBC headquarters").
	 */
	const newEvent = (m: Mention, s: Sentence, whole?: StoryEvent): StoryEvent => {
		const target = m.target && fullerName(m.target, s.paragraph);
		const e = {
			...eventFrom(target ? { ...m, target } : m, meta.id, s.paragraph),
			...(whole ? { within: whole.id, ...(m.further ? { further: true } : {}) } : {}),
			// ("19:20 - Elsewhere on Friday: a suicide bomber killed 27 worshippers at a Shia mosque in Kuwait City": an
			// event told as another matter is no story's own, however often it is named; review 48, CP min/02-3 framed
			// Tunisia's Prime Minister by it.)
			...(SEPARATE.test(s.text.slice(stampLength(s.text))) ? { aside: true } : {})
		};
		if (whole?.date && timeline.anchor && datesAgree(whole.date, timeline.anchor.iso))
			dateEvent(e, whole.date, whole.precision ?? 'day');
		events.push(e);
		return e;
	};

	/**
	 * "It was the second attack in Karsk in a month. On Feb. 20, a car bomb struck buses …, killing 25. ¶ Nine people
	 * were detained in connection with the bombing.": an anaphor opening a new paragraph after one about an earlier
	 * event may be either; the story's own event is the likelier, but the reader must check it. "that attack" and
	 * "those attacks" point at the one just told.
	 */
	const returning = (view: StoryEvent | undefined, s: Sentence, m: Mention): Resolved | undefined => {
		if (!view?.date || previous?.paragraph === s.paragraph || /^th(?:at|ose)\b/i.test(s.text.slice(m.index))) return;
		const story = mainEvent(events);
		// The story's own event is dated by the time it is told, if the text has not dated it yet.
		if (!story || story === view || !before(view.date, story.date ?? meta.published)) return;
		enrich(story, m, meta.id, s.paragraph);
		return {
			...m,
			event: story,
			doubt: `"${s.text.slice(m.index, m.end)}" could be ${describe(story)} or ${describe(view)}`
		};
	};

	// The headline names the story's event ("Istanbul nightclub attack: 39 killed"), so a count in the first
	// sentences that names no event is about it; the body's own words name it once they come.
	const title = story.skipped.find((p) => p.why === 'title')?.paragraph ?? 1;
	/** The events the headline tells of (not those it recalls: "… days after Dorn church bombings"). */
	const told = new Set<StoryEvent>();
	for (const m of mentionsIn(meta.title, true))
		if (!m.anaphor) {
			const r = resolve({ paragraph: title, text: meta.title }, m, []);
			if (r.event && !current) (current = r.event).headline = true;
			if (r.event && !m.recalled) told.add(r.event);
		}
	// "Grenade kills two in Belo mosque … ¶ Two men were killed … when a grenade was thrown into a mosque": the lede goes
	// on from a headline that tells of one event as a paragraph goes on from its first sentence.
	const lede = told.size === 1 ? title : undefined;
	if (current) previous = { paragraph: title, mentioned: true };
	/** The event the headline tells of first: the story's, and the one a live page's entries are about. */
	const [headlineEvent] = told;

	/** The events each paragraph has named so far. */
	const paragraphEvents = new Map<number, Set<StoryEvent>>();
	/** The paragraph the story's clock was last set in, so "a day earlier" can tell how far back it counts from. */
	let anchorParagraph: number | undefined;
	/** The paragraph of the last section heading, whose event the paragraph after it goes on with. */
	let section: number | undefined;
	/**
	 * The day a section's heading gives ("MANCHESTER ARENA, 22 MAY"): a time of day under it ("detonated a device … at
	 * 10.31pm") is of that day, as an entry's under a live page's day header is of its day, not of publication.
	 */
	let sectionDay: string | undefined;
	/** The event the last section heading named. */
	let sectionEvent: StoryEvent | undefined;
	let lastParagraph = 0;
	/** The heading each paragraph opens with when it is a roundup's item, read once ("1) Beledweyne, Monday 1 April. …"). */
	const headings = paragraphs.map(inlineHeading);
	// ("QUETTA: At least 93 people were killed …": one paragraph opening on a city's label is the story's dateline; a
	// roundup labels each of its items so, "MOGADISHU:", "KISMAYO:", and each item tells of its own city's attack.)
	// A label is a place's when it names a country or a name the text also writes as one ("Kismayo" in "hotel siege in
	// Kismayo"), not a section's kind ("ORIGINS -"); and it is an item's only once: a transcript labels its speakers
	// again and again ("KONE:", "PARIS PROSECUTOR:").
	const labels = headings.filter((h) => h?.label).map((h) => h!.heading);
	const transcript = labels.some((l, i) => labels.indexOf(l) !== i);
	const placeLabel = (name: string) => isCountry(name) || paragraphs.some((p) => p.includes(name));
	const placeLabels = new Set(transcript ? [] : labels.filter(placeLabel));
	const items = headings.map((h) =>
		h?.label && (placeLabels.size < 2 || !placeLabels.has(h.heading)) ? undefined : h
	);
	/** How many paragraphs set aside read as a place and a day ("Mpeketoni, 15 June"). */
	const headingLines =
		story.skipped.filter(
			(h) => (h.why === 'heading' || h.why === 'dateline') && placeAndDay(paragraphs[h.paragraph - 1]!.trim())
		).length + items.filter(Boolean).length;
	/** The day before publication, its day and the day after. */
	const published = { iso: meta.published, precision: 'day' as const };
	const aroundPublication = [shift(published, -1, 'day').iso, meta.published, shift(published, 1, 'day').iso];
	/** The next paragraph set aside that may be a section heading, read once the story reaches it. */
	let nextSkipped = 0;
	const headerDays = liveDays(paragraphs, story.skipped, timeline);
	const wrapDays = midnightDays(paragraphs, meta.published);
	const updateDays = noteDays(paragraphs, timeline);
	const spokenDays = transcriptDays(paragraphs, timeline);
	const listDays = itemDays(paragraphs, timeline);
	const headerYears = yearSections(paragraphs, story.skipped);
	/** The heading the paragraph being read opened with, when it is a roundup's item. */
	let itemOpening: ItemHeading | undefined;
	/** How many sentences of the item's paragraph have been read, this one included. */
	let itemSentence = 0;
	/** How many sentences of the paragraph being read have been read, this one included. */
	let paragraphSentence = 0;
	/** The paragraph of the last section heading that opened a section (a line of its own, not a roundup's item). */
	let headedSection: number | undefined;
	/**
	 * Opens the section a heading names: "Mpeketoni, 15 June" over its paragraph, or a roundup item's own opening
	 * ("1) Beledweyne, Monday 1 April. A suicide car bomber rammed …"). `text` is the heading in the form "place, day";
	 * `quote`, the words the document wrote it in; `under`, what the section goes on to tell.
	 */
	const openSection = (
		paragraph: number,
		text: string,
		quote: string,
		under: string,
		inline = false,
		label = false
	): boolean => {
		// "STOCKHOLM: A man drove …", an item of a roundup labelled by city: the item tells of an attack in that city, found
		// or made by its place, on no day the label gives (review 48, CP min/05-1 and CL min/05 gave one city's dead to
		// another's event).
		if (label) {
			const place = placeLike(text);
			if (!place || !(EVENT_WORD.test(under) || GUNMEN.test(under))) return false;
			// ("SWEDEN - A man drove a hijacked beer truck down Drottninggatan, Stockholm's main …": a country's label names
			// no attack's place, which its item names more closely.)
			if (isCountry(place)) return false;
			const r = resolve({ paragraph, text }, { index: 0, end: text.length, noun: 'attack', anaphor: false, place }, []);
			if (!r.event) return false;
			current = r.event;
			previous = { paragraph, mentioned: true };
			section = paragraph;
			sectionEvent = r.event;
			sectionDay = undefined;
			return true;
		}
		// ("The funerals, 25 November 2014", a statement's "Geneva, 9 May 2021": a heading names an attack only when
		// the paragraph under it tells of one.)
		const heading = EVENT_WORD.test(under) || GUNMEN.test(under) ? sectionHeading(text, timeline) : undefined;
		if (!heading) return false;
		const { mention, day } = heading;
		// "Abuja, 12 January 2021" over "Gunmen killed 30 farmers overnight, the presidency said": the one place-and-day
		// line of a text, dated the day it was published, is the place and day it was issued from, not a section on an
		// attack there (a long read's sections are about days before it was written, and it has more than one).
		const issued = headingLines === 1 && aroundPublication.includes(day.iso);
		// ("Manila, February 1 — A grenade attack on a mosque in Zamboanga City …": so is a place and the day of
		// publication opening the body's first paragraph, however many sections follow; review 26, min/y07-1.)
		const datelined =
			inline && aroundPublication.includes(day.iso) && !story.sentences.some((x) => x.paragraph < paragraph);
		if (issued || datelined) return false;
		const opening = splitSentences(under);
		const first = opening[0] ?? '';
		// "Valletta, 3 September 2018" over "Yesterday an armed group attacked the market at Kerala Town": a section's
		// paragraph names its heading's place, or no other place for the attack it tells of.
		const own = (mention.place ?? mention.target?.replace(/^the\s+/i, '') ?? '').split(/\s+and\s+/)[0]!;
		// (A roundup's item names its own place: "2) Mogadishu, Friday 5 April. Gunmen attacked a seafront restaurant in
		// the Lido area" is in Mogadishu.)
		// (The first sentence's mentions are read once, when one of the tests below needs them.)
		let firstMentions: Mention[] | undefined;
		const mentionsOfFirst = () => (firstMentions ??= findMentions(first));
		const elsewhere =
			!inline &&
			!under.toLowerCase().includes(own.toLowerCase()) &&
			// ("Cairo, 11 December" over "a bomb ripped through the church … in the Abbasiya district": a quarter is in the
			// heading's town; review 43, BR min/05-10.)
			mentionsOfFirst().some(
				(m) =>
					m.place !== undefined && !m.anaphor && !/\b(?:district|quarter|neighbou?rhood|suburbs?|area)\b/i.test(m.place)
			);
		if (elsewhere) return false;
		// "Baghdad, 4 July 2016" over "The toll from the bombing rose to 125": a dispatch dated after the event in view,
		// from the story's own city or that event's place, that opens by telling how its toll went on, is news of that
		// event, not an attack of its own on that day. (A section of another place, "Mandera, 22 November" after
		// Mpeketoni, is still its own attack, and so is "Mandera, 2 December" over "gunmen attacked tents where quarry
		// workers slept", or "Kabul, 3 June" over "Three explosions killed at least seven mourners".)
		const dispatch =
			current?.date !== undefined &&
			TOLL_WENT_ON.test(first) &&
			!NEW_ATTACK.test(under) &&
			day.iso > current.date &&
			mention.place !== undefined &&
			(mention.place.toLowerCase() === dateline?.toLowerCase() || fit(current, mention, undefined) > 0);
		if (dispatch) return false;
		// ("* NICE, July 14, 2016 - A man drove a truck into crowds on the Promenade des Anglais", after a basilica attack in
		// Nice: an item that names a target the event the text told before at its town was not at is another event, found
		// by that target; review 42, BM min/02-8 dated the basilica attack of 2020 by the truck attack's day.)
		const byTown = resolve({ paragraph, text }, mention, [day]);
		const item = mentionsOfFirst().find((m) => m.target && !m.anaphor);
		const r =
			item?.target &&
			byTown.event?.target &&
			byTown.event.seen.some((x) => x.doc === meta.id && x.paragraph < paragraph) &&
			!keysOf(byTown.event.target).some((k) => keysOf(item.target!).includes(k))
				? resolve({ paragraph, text }, { ...mention, target: item.target, noun: item.noun }, [day])
				: byTown;
		if (!r.event) return false;
		// (A site of the four attacks of the year is dated by its own heading, not by the year. The heading sets no
		// clock: "Ten days later, … on 2 December" under "The quarry, 2 December" counts from the section before.)
		if (!r.event.date || r.event.date.length < day.iso.length) dateEvent(r.event, day.iso, 'day');
		// "Madalla, 25 December" over "On Christmas morning, … a car bomb went off at the gate": the heading's day is the
		// day of the attack its section tells of, and cited from the heading a question can ask it.
		// Only a section that opens on the attack itself: one on a funeral, a trial, mourning or a return ("Maiduguri, 28
		// January" over "hundreds of mourners buried the victims of the market bombing") is dated by its heading, but
		// the day is not the attack's to ask.
		if (
			r.event.date === day.iso &&
			!AFTERMATH_ACT.test(first) &&
			// ("Nothing before it compared with Kano. Late on … 20 January, … gunmen and bombers struck …": the act may come
			// second.)
			opening.slice(0, 2).some(opensOnAttack) &&
			!facts.some((f) => f.kind === 'date' && f.eventId === r.event!.id)
		)
			facts.push({
				kind: 'date',
				value: day.text,
				normalized: day.iso,
				precision: 'day',
				written: day.text,
				sentence: quote,
				eventId: r.event.id,
				evidence: { doc: meta.id, paragraph, quote }
			});
		current = r.event;
		previous = { paragraph, mentioned: true };
		section = paragraph;
		sectionEvent = r.event;
		sectionDay = day.iso;
		return true;
	};
	/** The sentence read last, and its paragraph. */
	let lastRead: Sentence | undefined;
	for (const s of story.sentences) {
		// "Overnight, police had given a toll of 19 dead and about 50 injured. That was revised upwards early on Tuesday
		// morning.": a sentence that says the counts before it were revised, giving none, replaces them.
		if (lastRead && lastRead.paragraph === s.paragraph && REVISED_SINCE.test(s.text))
			for (const f of facts) if (f.kind === 'toll' && f.sentence === lastRead.text && !f.update) f.superseded = true;
		lastRead = s;
		// "Mpeketoni, 15 June": a long read's section heading (a paragraph of its own, not a sentence) names the event its
		// section tells of, on its day.
		for (; nextSkipped < story.skipped.length && story.skipped[nextSkipped]!.paragraph < s.paragraph; nextSkipped++) {
			const h = story.skipped[nextSkipped]!;
			// ("Mandera, 22 November" reads as a dateline too; after the story has begun it can only be a heading.)
			const kind = h.why === 'heading' || (h.why === 'dateline' && lastParagraph > 0);
			if (!kind || h.paragraph <= lastParagraph) continue;
			// ("KISMAYO: Nine dead in Tawakal hotel siege", a line of its own over the item: its label opens the item.)
			const label = items[h.paragraph - 1];
			if (label?.label) {
				const under = `${label.rest} ${paragraphs[h.paragraph] ?? ''}`;
				if (openSection(h.paragraph, label.heading, label.quote, under, false, true)) headedSection = h.paragraph;
				continue;
			}
			const text = paragraphs[h.paragraph - 1]!.trim();
			if (openSection(h.paragraph, text, text, paragraphs[h.paragraph] ?? '')) headedSection = h.paragraph;
		}
		// "• 11 January — GASHUA: Armed men attacked a police station": a roundup's item opens with its own place and day,
		// which its sentences then tell of: its day is read once, from the heading, and an attack it tells of with no place
		// is at the item's place.
		if (s.paragraph !== lastParagraph) {
			itemSentence = 0;
			const item = items[s.paragraph - 1];
			itemOpening =
				item && openSection(s.paragraph, item.heading, item.quote, item.rest, true, item.label) ? item : undefined;
		}
		const opensItem = itemOpening && s.paragraph === section && s.text.includes(itemOpening.quote);
		// The item's first two sentences: the heading's, and the first of its story when the heading is one of its own.
		itemSentence = itemOpening && s.paragraph === section ? itemSentence + 1 : 0;
		paragraphSentence = s.paragraph === lastParagraph ? paragraphSentence + 1 : 1;
		lastParagraph = s.paragraph;
		const anchorBefore = timeline.anchor;
		const countedFrom = anchorParagraph;
		// A live entry stamped with its weekday ("Sat 22:45 - …") was written that day: its "tonight", "this evening" and
		// weekdays are read from there, not from the page's publication.
		const entry = entryStamp(paragraphs[s.paragraph - 1]!, meta.published, paragraphs[s.paragraph - 2]);
		// A long read's section tells its attack day by day: a weekday right after the section's day is the next such day,
		// not one counted back from publication months later. (Only under a heading: elsewhere the day before may be one
		// a comparison recalled from years before.)
		timeline.anchorNear =
			sectionEvent !== undefined &&
			current === sectionEvent &&
			anchorParagraph !== undefined &&
			s.paragraph - anchorParagraph <= 1 &&
			timeline.anchor !== undefined &&
			current.date === timeline.anchor.iso;
		// So is an entry under a live page's day header ("Sunday 22 August").
		// So is a paragraph a page added on a later day ("Update, March 26: … said on Tuesday").
		// And the words of a transcript were said on the day its note gives ("… remarks to reporters … late on Friday").
		const entryDay = entry
			? (entry.day ?? headerDays.get(s.paragraph))
			: (updateDays.get(s.paragraph) ?? spokenDays.get(s.paragraph));
		// (A dated list item's day and month without a year are the first such after the item's day.)
		timeline.itemDay = listDays.get(s.paragraph);
		timeline.sectionDay = section !== undefined && s.paragraph > section ? sectionDay : undefined;
		// A profile's year heading ("2010") puts the days and months under it in that year; the story stands in it.
		const sectionYear = headerYears.get(s.paragraph);
		if (sectionYear !== timeline.sectionYear) {
			timeline.sectionYear = sectionYear;
			if (sectionYear !== undefined && timeline.anchor?.iso.slice(0, 4) !== String(sectionYear))
				timeline.anchor = { iso: String(sectionYear), precision: 'year' };
		}
		const clock = entryDay ? { ...timeline, published: { iso: entryDay, precision: 'day' as const } } : timeline;
		// (The day of the event the story is on, for "two days later" counted from "the evening of the blast".)
		clock.eventDay = current?.date?.length === 10 ? current.date : undefined;
		// (Only "… after" spans count from it, so only their sentences look for it.)
		clock.storyDay = /\bafter\b/i.test(s.text)
			? events
					.filter((e) => !isAftermath(e) && e.date?.length === 10)
					.map((e) => e.date!)
					.sort()
					.pop()
			: undefined;
		const read = advance(s.text, clock);
		// (Only this sentence's spans count from it: other readings of the text have no event in view.)
		clock.eventDay = undefined;
		clock.storyDay = undefined;
		// ("Zvornik, Bosnia, April 27 ¶ Seven months earlier, Nerdin Ibric burst into the police station": a span counted
		// from where the story stood before the heading, right under a heading that dates the section's attack to another
		// day, dates nothing; review 28, min/ac07-1.)
		const underHeading = section !== undefined && s.paragraph === section + 1 && sectionDay !== undefined;
		const dates = opensItem
			? read.filter((d) => d.index >= s.text.indexOf(itemOpening!.quote) + itemOpening!.quote.length)
			: underHeading
				? read.filter((d) => !SPAN_COUNTED.test(d.text) || d.inSentence || datesAgree(d.iso, sectionDay))
				: read;
		// (Read from the entry's day, a reading "from publication" is from that day, and says so.)
		if (entryDay && entryDay !== meta.published)
			for (const d of dates)
				if (d.unsettled) d.unsettled = d.unsettled.replace('the day of publication', 'the day of its entry');
		timeline.anchor = clock.anchor;
		if (timeline.anchor !== anchorBefore) anchorParagraph = s.paragraph;
		const opening = dates.find((d) => d.index <= 3 && d.precision === 'day' && !d.unsettled);
		if (opening) openings.set(s, opening);
		let inView: StoryEvent | undefined;
		let toldLast: Resolved | undefined;
		// ("El Paso, Texas — Saturday, Aug. 3 ¶ A gunman … killed 22 people … at a Walmart near the Cielo Vista Mall": so
		// does the first sentence under a section heading of a place; review 29, AE 05 made the mall an attack of its own,
		// undated, which then framed the Dayton section's police chief.)
		const headed =
			section !== undefined && section === headedSection && s.paragraph === section + 1 && paragraphSentence === 1;
		const itemPlace = (itemOpening && s.paragraph === section) || headed ? sectionEvent?.place : undefined;
		const itemThing = itemOpening && s.paragraph === section && !itemPlace ? sectionEvent?.target : undefined;
		const mentions = mentionsIn(s.text).map((m) => {
			// ("2) Karsk, Wednesday 21 November. Gunmen attacked a restaurant in the Lido area": the item's first sentence
			// tells of the item's attack, in a part of its town.)
			// ("Erfurt, 14 December. A car sped through the Christmas market": so does a named venue with no town of its own,
			// right under the item's opening.)
			// ("Madalla, 25 December 2011: A bomb outside St Theresa's Catholic church near Abuja …": a town the venue is
			// only near is no town of its own.)
			const nearOnly = m.place !== undefined && s.text.includes(`near ${m.place}`);
			if (
				itemPlace &&
				!m.anaphor &&
				!m.recalled &&
				// (A venue told with "a" is no named one, whatever capitals it holds: "Semuliki, December 7, 2017: ADF fighters
				// overran a UN base in North Kivu" is the item's attack, in its province; review 25, min/w10-3.)
				(!/[A-Z]/.test(m.target ?? '') || /^an?\s/.test(m.target ?? '')
					? !m.place || itemSentence <= 2
					: (!m.place || nearOnly) && itemSentence <= 2)
			)
				m = { ...m, place: itemPlace };
			// ("Metrojet Flight 9268, 31 October 2015: a bomb brought down a Russian airliner": an item headed by the thing
			// attacked tells of it first by what it was; review 27, min/aa10-3.)
			else if (itemThing && !m.anaphor && !m.recalled && !m.place && /^an?\s/.test(m.target ?? '') && itemSentence <= 2)
				m = { ...m, target: itemThing };
			// "a second attack at the same shrine": the venue of the last event told at such a venue, named as it was.
			const same = /^the\s+same\s+([a-z]+)$/i.exec(m.target ?? '')?.[1];
			if (same) {
				const venue = pattern(`\\b${same}$`, 'i');
				const was = events.findLast((e) => venue.test(e.target ?? ''));
				m = was ? { ...m, target: was.target, place: m.place ?? was.place } : { ...m, target: undefined };
			}
			const r = resolve(s, m, dates, inView, toldLast);
			inView = r.event ?? inView;
			if (r.event && !r.anaphor) toldLast = r;
			return r;
		});
		const told = paragraphEvents.get(s.paragraph) ?? new Set<StoryEvent>();
		for (const m of mentions) if (m.event && !m.anaphor && !m.recalled) told.add(m.event);
		paragraphEvents.set(s.paragraph, told);
		const continuing = Boolean(previous?.mentioned && current);
		const sameParagraph = previous?.paragraph === s.paragraph;

		/** The event a fact at `index` belongs to, with a reason to check it when the text does not settle it. */
		const eventAt = (index: number, strict: boolean, noun = 'attack'): Placed => {
			// ("… said that 12 people had been arrested on suspicion of helping him, and Rafik Chelly … said Rezgui had trained
			// … with the two gunmen who attacked the Bardo National Museum": an event told after the count, in a clause of
			// another speaker's saying, is no event of the count; review 43, BR min/06-8.)
			const otherSaying = (m: Resolved) =>
				m.index > index &&
				/,\s+(?:and|but|while)\s+(?:[A-Z][^;.]{0,100}?|[^,;.]*?)\b(?:said|says|told|added)\b/.test(
					s.text.slice(index, m.index)
				);
			const inClause = mentions.filter(
				(m) => sameClause(s.text, m.index, index) && reaches(s.text, m, index) && !otherSaying(m)
			);
			// ("Correction: An earlier version of this story said 34 people had been injured. Police said 43 were injured.":
			// a note's figure corrects the story's own event, not the one the text last told; checked where it tells
			// more than one.)
			if (s.note && !inClause.some((m) => m.event)) {
				const told = events.filter((e) => !e.within && !isAftermath(e) && e.seen.some((x) => x.doc === meta.id));
				if (told.length)
					return told.length === 1
						? { event: told[0]! }
						: {
								event: told[0]!,
								check: `a correction note's figure; read as ${describe(told[0]!)}, the story's first event`
							};
			}
			const pool = inClause.length
				? inClause
				: mentions.filter((m) => m.event && reaches(s.text, m, index) && !otherSaying(m));
			const near = pool.sort((a, b) => distance(a, index) - distance(b, index))[0];
			// "a drone strike in Kabul aimed at what was believed to be a car bomb killed 10": two events in the
			// clause of one count, and nearness does not say whose it is.
			// ("The last deadly jihadist attack on U.S. soil was in 2019, when Mohammed Al-Shamrani killed three sailors at the
			// Naval Air Station": a count inside the words that name its event is that event's.)
			const own = near && index >= near.index && index <= near.end;
			// "an assault on the parliament in Tehran in June 2017 that killed 18 people, and a shooting at the Shah Cheragh
			// shrine …": a count in the relative clause right after a mention is that mention's event, however near the next.
			// (So is one opening a "when" clause: "the truck rampage in Nice, France, on Bastille Day 2016, when 86 people were
			// killed, and the attack on a New York bike path"; review 42, BM min/03-12.)
			const relative = pool.find(
				(m) => m.event && !m.anaphor && m.end <= index && RELATIVE_COUNT.test(s.text.slice(m.end, index))
			);
			if (relative?.event && !own) return { event: relative.event, check: relative.doubt };
			const other = pool.find((m) => m.event && near?.event && m.event !== near.event && !m.anaphor && !own);
			// "A car bomb outside BBC Television Centre … injured one man, and another in Ealing … injured seven people":
			// a count right after its verb is of the event that verb's subject named, in its own clause; the other event
			// is told in a clause joined by ", and".
			const subject = strict
				? pool
						.filter((m) => m.event && !m.anaphor && m.end <= index && SUBJECT_COUNT.test(s.text.slice(m.end, index)))
						.sort((a, b) => b.end - a.end)[0]
				: undefined;
			const apart = (m: Mention) =>
				/,\s+(?:and|but)\s|;/.test(m.index > index ? s.text.slice(index, m.index) : s.text.slice(m.end, index));
			if (subject?.event && other?.event && pool.every((m) => m === subject || m.event === subject.event || apart(m)))
				return { event: subject.event, check: subject.doubt };
			// "At least 93 people were killed … in three bomb blasts in the provincial capital on Thursday, when a suicide
			// bomber … tore through a crowded snooker hall": the count is of the mention its verb puts it in; what the
			// clause after ", when" tells is a part of that, or its setting.
			const inPhrase = strict
				? pool
						.filter((m) => m.event && !m.anaphor && m.index > index && COUNT_IN.test(s.text.slice(index, m.index)))
						.sort((a, b) => a.index - b.index)[0]
				: undefined;
			const afterIt = (m: Mention) =>
				m.index > inPhrase!.end && /,\s+(?:when|as|and|but)\s|;/.test(s.text.slice(inPhrase!.end, m.index));
			if (
				inPhrase?.event &&
				other?.event &&
				pool.every((m) => m === inPhrase || m.event === inPhrase.event || afterIt(m))
			)
				return { event: inPhrase.event, check: inPhrase.doubt };
			if (near?.event && other?.event && strict)
				return {
					event: near.event,
					check:
						near.doubt ??
						`the clause names two events (${describe(near.event)}; ${describe(other.event)}); read as the nearer`
				};
			// "On August 24, 2004, two jets exploded in flight, killing all 90 people on board, and on the evening of August
			// 31 a woman blew herself up outside the Rizhskaya station": a fact before ", and on <a day>" is not the event
			// the later clause tells of, with a day of its own.
			const gap = strict && near?.event && near.index > index ? s.text.slice(index, near.index) : '';
			const andOn = /,\s+and\s+(?:on|in)\s/.exec(gap);
			if (andOn && dates.some((d) => d.index > index + andOn.index && d.index < near!.index))
				return { check: `the sentence goes on to another event after "${andOn[0].trim()}"; this one it does not name` };
			// "opened fire at the shrine, killing 13, and on June 7, 2017, attackers struck …, killing 17": a clause
			// joined by ", and on" with a day that is not the event's own tells of another event. (Without "and", "died
			// on Monday, bringing the number killed to 22" still tells of the same one.)
			// (The event's day may be one its own sentence gives before it, not yet set: "In June, at least 81 people were
			// killed when fighters attacked Gubio, …, and in February, 30 motorists were killed …".)
			const between =
				near?.event && near.end <= index
					? (near.event.date ?? dates.findLast((d) => d.index < near.index && !d.after)?.iso)
					: undefined;
			// (The day's words may hold the preposition: "in December".)
			const joined = (d: DateMatch) => {
				const gap = s.text.slice(near!.end, d.index);
				return /,\s+and\s+$/.test(gap) ? /^(?:on|in)\s/i.test(d.text) : /,\s+and\s+(?:on|in)\s+$/.test(gap);
			};
			if (
				between &&
				dates.some((d) => d.index >= near!.end && d.index < index && !datesAgree(between, d.iso) && joined(d))
			) {
				// ("Last November gunmen stopped a bus near Mandera and killed 28 passengers, and in December the group killed
				// 36 quarry workers in the same county": where the later clause tells of an attack of its own, the count is
				// that one's, found or made from its time; review 51, DE min/01-16.)
				const made =
					strict && noun === 'attack'
						? joinedEventAt(
								s.text,
								index,
								dates.filter((d) => d.index >= near!.end),
								near!.event!,
								events,
								meta.id,
								s.paragraph,
								meta.published
							)
						: undefined;
				if (made) return { event: made };
				return {
					event: near!.event,
					check: `a date of another day stands between ${describe(near!.event!)} and the count`
				};
			}
			// "The blasts came almost three years after the bombings of 12 October 2002, when … 202 people were killed":
			// a day between the event named and the count, before that event's, is of an earlier one.
			const earlier =
				strict && near?.event && near.end <= index
					? earlierEventAt(
							s.text,
							index,
							dates.filter((d) => d.index >= near.end),
							near.event,
							events,
							meta.id,
							s.paragraph,
							meta.published
						)
					: undefined;
			if (earlier) return { event: earlier };
			// A day of the event referred back to, between it and the count, settles which it is.
			const ownDay =
				near?.event?.date &&
				dates.some((d) => d.index >= near.end && d.index < index && datesAgree(near.event!.date, d.iso));
			const back = strict && near?.anaphor && !ownDay ? returning(near.event, s, near) : undefined;
			if (back) return { event: back.event, check: back.doubt };
			// "a Syrian man killed three people and wounded eight at a festival in Solingen; the Islamic State group claimed
			// that attack": a place in the count's own clause outweighs an anaphor in another.
			// "The attack came a day after two Israelis … were shot dead at a car wash in the town of Huwara": a count told
			// after "came … after", with no event named after it, is of what came before, not the subject's.
			// "residents had killed two ISGS fighters a few days before the raid": what was done days before the event the
			// count's clause names is no part of it (review 43, BN min/03-20).
			// (Only what had been done by then: "killed nine policemen … on Friday, days before the raid in which their
			// commander was killed" is a count of its own attack.)
			if (
				strict &&
				/\bhad\s+(?:[a-z]+\s+)?(?:killed|shot\s+dead|shot|wounded|injured|abducted|kidnapped)\s+$/i.test(
					s.text.slice(Math.max(0, index - 40), index)
				) &&
				/^[^.;]{0,80}?\b(?:days?|weeks?|months?|hours?|years?)\s+before\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|raids?|assaults?|massacres?|bombings?|blasts?|killings?|shootings?)\b/i.test(
					s.text.slice(index)
				)
			)
				return { check: 'the count is of what was done before the event, not of it' };
			// "Two officers were wounded in the gunfight with police", "… in that exchange" (one told just before; review 47,
			// CI min/06-8), "after a gunfight in a New Jersey town that left him and two
			// officers wounded": a gunfight with police after the attack may be no part of its toll (review 43, BO min/05-2);
			// a reviewer checks.
			// (Not the attackers' own dead: "before all five attackers died in a gunfight with police".)
			if (
				strict &&
				!/^\S+\s+(?:[a-z]+\s+)?(?:attackers|gunmen|militants|bombers|assailants|terrorists)\b/i.test(
					s.text.slice(index)
				) &&
				(GUNFIGHT_AFTER.test(s.text.slice(index, index + 80)) ||
					GUNFIGHT_BEFORE.test(s.text.slice(Math.max(0, index - 90), index)))
			)
				return { check: 'the count is of a gunfight with police, which may be no part of the attack' };
			const after = strict ? CAME_AFTER.exec(s.text.slice(0, index)) : null;
			const cameAfter = after !== null && !mentions.some((m) => m.index >= after.index && m.index <= index);
			// "It is the deadliest mass shooting in the United States since 26 people were killed at Sandy Hook Elementary
			// School": so is a count right after "since", of the event a comparison measures from (review 41, BF min/10-11
			// gave Sandy Hook's 26 to San Bernardino).
			const since = strict ? SINCE_COUNT.exec(s.text.slice(0, index)) : null;
			const sinceCount = since !== null && !mentions.some((m) => m.index >= since.index && m.index <= index);
			const ownPlace =
				strict && (cameAfter || sinceCount || (near?.anaphor && !inClause.length))
					? placeNear(s.text, index)
					: undefined;
			const elsewhereOwn = ownPlace && current && fit(current, ownPlace) === 0;
			// (Nor is the subject of "came … after" the event of a count told after it, nor what "since" measures from.)
			const subjectBefore =
				(cameAfter && near !== undefined && near.end <= after!.index) ||
				(sinceCount && near !== undefined && near.end <= since!.index);
			// "On June 25, 2015, fighters entered the town. More than 220 civilians were killed in one of the worst
			// massacres the group carried out", in a report on a prison attack of 2022: a comparison names no event of its
			// own, so after a sentence of its paragraph that opens on an earlier year's day it is what that sentence told
			// (review 24, min/u03-1), as a count naming no event is.
			const opening =
				strict &&
				noun === 'attack' &&
				current &&
				near?.anaphor &&
				near.index > index &&
				!dates.length &&
				COMPARED_AFTER.test(s.text.slice(index, near.end))
					? openingDay(s, current)
					: undefined;
			if (opening) return { event: earlierEventOn(opening.day, opening.text, current!, events, meta.id, s.paragraph) };
			// ("9:53 p.m. - A third bomber blows himself up near a fast-food restaurant … ¶ Eighty-nine people were killed
			// inside the hall": a count at a venue the text has not named, and not the event in view's, is checked; review
			// 51, DD min/08-10 gave the Bataclan's dead to the bomb by the restaurant.)
			const venue =
				strict && current && (!near || near.anaphor) ? VENUE_AFTER_COUNT.exec(s.text.slice(index, index + 80)) : null;
			if (
				venue &&
				!venueBack(s, index) &&
				// (Only where the event in view is at a venue of another kind: a market may be in the square the bombing was in.)
				VENUE_AFTER_COUNT.test(`killed at the ${current!.target?.split(/\s+/).pop() ?? ''}`) &&
				// (Nor a part of the building the event in view is at: "killed in the restaurant" of a hotel, "wounded in the
				// hall" of a station.)
				!(
					/^(?:restaurant|hall|bar|cafe|club)$/i.test(venue[1]!) &&
					/\b(?:hotel|station|airport|mall|stadium|hospital|university|school|embassy|market|theatre|theater|museum|parliament|ministry)\b/i.test(
						current!.target ?? ''
					)
				) &&
				!pattern(`\\b${venue[1]!.toLowerCase()}`, 'i').test(`${current!.target ?? ''} ${current!.noun}`)
			)
				return {
					event: current,
					check: `the count is ${venue[0].slice(venue[0].search(/\b(?:at|in|inside|outside)\s+the\s/i))}, which the text never placed ${describe(current!)} at`
				};
			if (near?.event && !elsewhereOwn && !subjectBefore) return { event: near.event, check: near.doubt };
			if (near?.recalled && !elsewhereOwn) return { check: near.doubt };
			// (A mention in the count's clause of other events than the text has told leaves the count to a check: "close to
			// 200 civilians were killed in two attacks", told in Niger, of no attack in view.)
			if (near?.elsewhere && inClause.includes(near)) return { check: near.doubt };
			// "… killed three sailors at the Naval Air Station in Pensacola": a place of its own that is not the
			// current event's is another event, named by that place.
			const found = strict ? (placeNear(s.text, index) ?? venueBack(s, index) ?? thereBack(s, index)) : undefined;
			// ("Lady Reading Hospital in Peshawar says it is treating 14 of the wounded", "The Royal London Hospital in
			// Whitechapel alone received more than 200 casualties": the town a hospital is in is where the hurt were brought,
			// no scene of an attack; review 53, FD min/08-8 and review 52, EB min/08-11 made attacks there. One the text has
			// told an attack in is that attack's: "the hospital in Negombo reports over 100 dead", after the church bombing
			// there; and so is the dateline's: "KABUL - A truck bomb exploded …, killing 90 people. The Emergency hospital in
			// Kabul said …" places it in Kabul. Nor is a town the count's own words name besides: "Four people were killed in
			// Jalalabad on Saturday, a spokesman for the hospital in Jalalabad said".)
			const where =
				found?.place &&
				!found.target &&
				CARE.test(s.text) &&
				!events.some((e) => fit(e, found) > 0) &&
				!opensOn(paragraphs[0] ?? '', found.place) &&
				hospitalTownOnly(s.text, found.place)
					? undefined
					: found;
			// ("… and seven at the Linwood mosque, and one person died at Christchurch Hospital": where the hurt died is where
			// they were cared for, no scene of an attack; review 52, EC min/02-3 made an attack on the hospital.)
			const caredAt =
				where && CARE.test(`${where.target ?? ''} ${where.place ?? ''}`) ? (where.target ?? where.place) : undefined;
			if (caredAt && current && /^[^.;]{0,40}?\bdied\b/i.test(s.text.slice(index)))
				return { event: current, check: `the count is of those who died at ${caredAt}, where the hurt were cared for` };
			if (where && (!current || fit(current, where) === 0)) {
				// "The three suspects were detained in the Atlantic port of Safi": arrests made where the story told of no
				// attack and no raid are the story's attack's, wherever the police went.
				const known = events.some((e) => fit(e, where) > 0);
				if (noun !== 'attack' && current && !known && !/\braid/i.test(s.text)) {
					const story =
						events.find((e) => !isAftermath(e) && !e.within && !(e.headline && (e.mentions ?? 1) < 2)) ?? current;
					return { event: story, check: `the arrests were made elsewhere; read as ${describe(story)}'s` };
				}
				const m: Mention = { index, end: index, noun, anaphor: false, ...where };
				const r = resolve(s, m, dates);
				// An arrest names where the police went, not an event the story moves on to.
				if (noun === 'attack') mentions.push(r);
				return { event: r.event, check: r.doubt };
			}
			// "In Madrid, 191 people were killed and about 1,800 injured", after the London bombings: the town a sentence opens
			// on, set off by its comma, names the one event told there before (review 36, AS min/09-5).
			const opener = strict && current ? OPENING_TOWN.exec(s.text) : null;
			const town = opener ? placeLike(opener[1]!) : undefined;
			if (town && fit(current!, { place: town }) === 0) {
				const there = events.filter((e) => !e.within && isAt(e, town));
				if (there.length === 1) return { event: there[0]! };
			}
			if (!current) return { check: NONE_BEFORE };
			// "Officials put Thursday's toll at 27 dead", after a paragraph about an attack five days earlier: a day in
			// the count's clause that is the day of exactly one event, not the one in view, names that event.
			// Only a day the count is of ("Thursday's toll", "Monday's bombing"), not one it was given on ("said on
			// Thursday", "rose to 40 on Thursday"), which may be another event's day.
			const day = strict
				? dates.find(
						(d) =>
							d.precision === 'day' &&
							!d.after &&
							!d.unsettled &&
							/^['’]s\b/.test(s.text.slice(d.index + d.text.length)) &&
							sameClause(s.text, d.index, index)
					)
				: undefined;
			const ofDay = day && current.date !== day.iso ? events.filter((e) => e.date === day.iso && !e.within) : [];
			if (ofDay.length === 1) return { event: ofDay[0]! };
			// "On Sunday afternoon, the police said 14 people were injured", after a quote recalled a cathedral bombing in
			// Jolo in 2019: a day of another year than the event in view, which is exactly one event's, names that one.
			// (A revised count too: "On Monday, the police said the number of injured had reached 20".)
			const today = dates.find(
				(d) => d.precision === 'day' && !d.after && !d.unsettled && sameClause(s.text, d.index, index)
			);
			const otherYear = today && current.date && current.date.slice(0, 4) !== today.iso.slice(0, 4);
			// (Or a few days after it: "On Monday, the police said the number of injured had reached 20".)
			const daysBefore = (e: StoryEvent) => (Date.parse(today!.iso) - Date.parse(e.date!)) / 86_400_000;
			const thatDay = otherYear
				? events.filter(
						(e) =>
							e.date &&
							!e.within &&
							(datesAgree(e.date, today.iso) || (e.precision === 'day' && daysBefore(e) >= 0 && daysBefore(e) <= 7))
					)
				: [];
			if (thatDay.length === 1) return { event: thatDay[0]! };
			// (Arrests made a day before the story's day, "Police yesterday arrested three suspects", are no earlier attack.)
			const before =
				strict && noun === 'attack'
					? earlierEventAt(s.text, index, dates, current, events, meta.id, s.paragraph, meta.published)
					: undefined;
			if (before) return { event: before };
			const later =
				strict && noun === 'attack'
					? laterEventAt(s.text, index, dates, current, events, meta.id, s.paragraph, meta.published)
					: undefined;
			if (later) return { event: later };
			// "On 28 October last year a sport utility vehicle drove along the pavement … and burst into flames. Five people
			// died": a count that names no event and no day, right after a sentence of its paragraph that opens on a day of
			// an earlier year than the event in view, is of what that sentence told.
			const opened = strict && noun === 'attack' && !dates.length ? openingDay(s, current) : undefined;
			if (opened) return { event: earlierEventOn(opened.day, opened.text, current, events, meta.id, s.paragraph) };
			// (After the place of its own and the day of an earlier event were looked for.)
			if (cameAfter && !ownPlace) return { check: 'the count is told of what the event came after, an earlier one' };
			// "In December 2021, a man set fire to a psychiatric clinic in Osaka, killing 26 people", after a paragraph on a
			// care home attack of 2016: a count told in another year than the event in view's, which no event of that time
			// owns, is another event's (review 42: the Akihabara rampage, now an event, no longer made it a rival count).
			const toldInOtherYear =
				strict && noun === 'attack' && current?.date
					? dates.find(
							(d) =>
								!d.after &&
								!d.unsettled &&
								// (Nor a day of the past perfect: "Usman Khan, who had been released in December 2018 …, killed two".)
								!d.background &&
								sameClause(s.text, d.index, index) &&
								d.iso.slice(0, 4) !== current!.date!.slice(0, 4) &&
								d.iso <= meta.published &&
								// (Not a day a count was given on: "In 2018 a government committee … said 512 people had died".)
								!TOLD_BETWEEN.test(s.text.slice(Math.min(d.index, index), Math.max(d.index, index)))
						)
					: undefined;
			if (toldInOtherYear)
				return {
					event: current,
					check: `the count is told in ${toldInOtherYear.text.replace(/^(?:in|on)\s+/i, '')}, not in the time of ${describe(current)}`
				};

			// A document that has named one event only leaves no doubt which event a figure is about.
			const elsewhere = SEPARATE.test(s.text);
			// "Three bombs exploded on trains …; a fourth tore through a bus in Tavistock Square. More than 700 people were
			// injured.": after a paragraph that told of several events, a count naming none may be of any or all of them.
			const told = [...(paragraphEvents.get(s.paragraph) ?? [])];
			// "One tore through a restaurant in Kuta; the other two exploded in cafes at Jimbaran. Twenty people were
			// killed": after a paragraph that told of sites of one event, a count naming none is of the whole.
			const whole = told.length > 1 ? wholeOf(told, events) : undefined;
			// ("… and seven at the Linwood Islamic Centre. At Al Noor, 20 people were wounded": a sentence that opens on one of
			// the sites, by a short form of its name, is that site's.)
			const siteWord = /^\s*(?:At|In|Inside)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),/.exec(s.text)?.[1];
			const site = siteWord
				? told.find((e) => (e.target ?? e.place ?? '').includes(siteWord.replace(/^the\s+/, '')))
				: undefined;
			if (whole && site && !mentions.length) return { event: site };
			if (whole && !mentions.length) return { event: whole };
			// "The first exploded in front of the Municipality building; the second outside the post office. ¶ At least 46
			// people lost their lives.": a paragraph after the one that told the sites, a count naming none is of the whole.
			// (Only sites told with their whole, in one paragraph: "Three attacks in two countries …" in a digest's lede is no
			// whole of what each paragraph after it tells.)
			const within = current.within;
			const host = within && !told.length ? events.find((e) => e.id === within) : undefined;
			const toldAt = current.seen.filter((x) => x.doc === meta.id);
			if (
				host &&
				!mentions.length &&
				toldAt.every((x) => x.paragraph < s.paragraph) &&
				host.seen.some((x) => x.doc === meta.id && x.paragraph === toldAt[0]?.paragraph)
			)
				return { event: host };
			if (strict && told.length > 1 && !mentions.length)
				return { event: current, check: `the paragraph tells of ${told.length} events; read as ${describe(current)}` };
			const fromHeadline = previous?.paragraph === lede || (section !== undefined && previous?.paragraph === section);
			// "Police arrest five men …": arrests are a step of their own after an attack, so a count of them in a
			// sentence that names no event is the attack's only by a guess, however few events the text has named.
			if (noun !== 'attack' && !mentions.length) {
				// "…, the third blast, tore through Sarojini Nagar market. At least ten people have been detained", a
				// paragraph later: the police work on the story's own event, the first the body names (a headline's
				// "Two bombings hit Orsa" is the body's event told short), not on the last site it told of. In the paragraph that told of the event, or after a raid (where arrests are made), the arrests
				// are that event's.
				const story =
					(continuing && sameParagraph) || /\b(?:raids?|operation)$/.test(current.noun)
						? current
						: (events.find((e) => !isAftermath(e) && !e.within && !(e.headline && (e.mentions ?? 1) < 2)) ?? current);
				return {
					event: story,
					check: `the sentence names no event; the arrests are read as made over ${describe(story)}`
				};
			}
			// "Two days later a suicide bomber struck a checkpoint, killing six": an attack told by its verb, by doers
			// the story has not met before, may be another attack than the one in view.
			// (Not in the lede under a headline that named the event: "Militants kill 12 soldiers in Orsa checkpoint
			// attack ¶ Militants killed 12 soldiers on Monday".)
			if (
				strict &&
				!fromHeadline &&
				TOLD_BY_VERB.test(s.text.slice(Math.max(s.text.lastIndexOf(';', index) + 1, index - 300), index))
			)
				return {
					event: current,
					check: `the sentence tells of an attack it does not name; read as ${describe(current)}`
				};
			// "Gunmen attacked the Splendid Hotel … ¶ In a separate incident in the north of the country, an Australian
			// doctor and his wife were kidnapped … ¶ The health minister says the toll has risen to 28 dead": a revised count
			// naming no event, after the story told of a separate incident, is of the story's event, for a check (review 38,
			// AV min/02-15 asked it of the kidnapping).
			const introduced = current.seen.find((x) => x.doc === meta.id)?.paragraph;
			const lead = events.find((e) => !e.within && e !== current && !isAftermath(e));
			if (
				!strict &&
				lead &&
				introduced !== undefined &&
				introduced < s.paragraph &&
				SEPARATE.test(paragraphs[introduced - 1] ?? '') &&
				// (Only a revised toll, and only where the separate incident was given no count of its own: "a bomb exploded at
				// a market in Djibo, killing four people. ¶ Local officials said the toll had risen to six" is Djibo's.)
				REVISED_TOLL.test(s.text) &&
				!facts.some((f) => f.kind === 'toll' && f.eventId === current!.id)
			)
				return {
					event: lead,
					check: `the count names no event, after the story told of a separate incident (${describe(current)}); read as ${describe(lead)}`
				};
			if (!elsewhere && (events.length === 1 || (continuing && (sameParagraph || fromHeadline || !strict))))
				return { event: current };
			// "11:40 p.m. … killing 35 at Domodedovo. ¶ … the last major attack, the metro bombings of March 2010 … ¶ 9:15
			// p.m. The Investigative Committee now says 35 people were killed.": an entry of a live page that names no
			// event is about the page's event, not one an earlier entry recalled.
			const page = headlineEvent ?? events.find((e) => !isAftermath(e) && !e.within);
			if (
				page &&
				page !== current &&
				current.date !== undefined &&
				!datesAgree(current.date, page.date ?? meta.published.slice(0, 7)) &&
				stampLength(paragraphs[s.paragraph - 1]!) > 0
			)
				return {
					event: page,
					check: `the entry names no event; read as ${describe(page)}, the event the page is about`
				};
			return {
				event: current,
				check: `the sentence names no event; read as ${describe(current)} from an earlier paragraph`
			};
		};
		const evidence = (start: number, end: number, words?: number) => ({
			doc: meta.id,
			paragraph: s.paragraph,
			quote: quoteAround(s.text, start, end, words)
		});

		// A caption's credit may be split off as a sentence of its own: the paragraph's end tells.
		const caption =
			creditsPublisher(s.text, meta.publisher) ||
			creditsPublisher(paragraphEnd(s), meta.publisher) ||
			markedCaptions.has(s.paragraph);
		const figures = findFigures(s.text);
		const years = new Set(figures.map((f) => f.year).filter(Boolean));
		const factsBefore = facts.length;
		const reading: SentenceReading = {
			meta,
			s,
			paragraph: paragraphs[s.paragraph - 1] ?? s.text,
			facts,
			mentions,
			dates,
			current,
			events,
			told:
				justTold?.paragraph === s.paragraph && justTold.event !== current
					? { event: justTold.event, plural: justTold.plural }
					: undefined,
			toldPlural:
				justTold?.paragraph === s.paragraph && justTold.event === current && justTold.plural ? current : undefined,
			inFlow: continuing && sameParagraph,
			section: section !== undefined && s.paragraph > section ? sectionEvent : undefined,
			countedFrom,
			caption,
			// A live entry's stamp opens its paragraph ("10.42 GMT …").
			posted: entry?.time,
			postedOn: entryDay ?? wrapDays.get(s.paragraph),
			eventAt,
			evidence
		};
		dateFacts(reading, years, captionDates);

		// "Police said 41 people were killed at the Al Noor Mosque and seven at the Linwood Islamic Centre": the events a
		// count's place or a split count names are told in the paragraph as those its mentions name are, so a count after
		// it that names none is of their whole, or checked (review 41, BF min/01-5 gave the 48 wounded to Al Noor).
		countFacts(reading, figures, events, (m) => {
			const r = resolve(s, m, dates);
			if (r.event && !r.recalled) told.add(r.event);
			return r;
		});
		for (const m of mentions) if (m.event && !m.anaphor && !m.recalled) told.add(m.event);

		actorFacts(reading, voices);

		// A caption sits beside the story, not in its flow: it moves the story to no event.
		if (caption) continue;
		// An event recalled for comparison ("the deadliest since the school massacre in Peshawar") leaves the story where it was.
		// "…rose to 37, the minister said, as police detained suspects and jets struck camps in Iraq": an event told in a
		// clause after "as" or "while", beside one the sentence has already named, is the story's background.
		const beside = (m: Resolved) =>
			mentions.some((o) => o.event && o.index < m.index) &&
			/,\s+(?:as|while)\s+[^,;]*$/i.test(s.text.slice(0, m.index));
		// "Jundallah, which claimed the bombing of All Saints Church … last year, was first": an event a group's relative
		// clause says it claimed or carried out is what the group did before, the story's background. (Not any clause of
		// "which": "the road to Velda, which saw a suicide attack on a checkpoint" tells an event a claim may be of.)
		// (Nor "carried out by a cell that had also been behind the Paris attacks of 13 November 2015": what the doers did
		// before, told in their relative clause; review 42, BI min/06-13 gave the Brussels claim to Paris.)
		const aside = (m: Resolved) =>
			// ("He also mentioned the Tsarnaev brothers, who carried out the Boston Marathon bombing in 2013": so is what people
			// did before, told in theirs; review 43, BO 02 gave Orlando's 50 dead to Boston.)
			/,\s+(?:which|who)\s+(?:(?:has|had|have|also|later)\s+)*(?:claimed|carried\s+out|was\s+behind|were\s+behind|staged|mounted)\b[^,;]*$/.test(
				s.text.slice(0, m.index)
			) ||
			/\b(?:that|which|who)\s+had\s+(?:also\s+)?(?:been\s+behind|carried\s+out|claimed|staged|mounted)\s+[^,;]*$/.test(
				s.text.slice(0, m.index)
			);
		const own = mentions.filter((m) => m.event && !m.anaphor && !/arrests/.test(m.noun) && !beside(m) && !aside(m));
		const namedEvents = current || own.some((m) => !m.recalled) ? own.filter((m) => !m.recalled) : own;
		const last = namedEvents[namedEvents.length - 1];
		if (last) current = last.event;
		// (An event the sentence's counts made, "On Jan. 15, 2018, two suicide bombers … killing 38 people", is told too.)
		const lastMention = own[own.length - 1];
		const lastOwn = lastMention?.event ?? madeBy(facts.slice(factsBefore));
		justTold = lastOwn
			? {
					paragraph: s.paragraph,
					event: lastOwn,
					plural: PLURAL_ACTS.test(s.text),
					compared: Boolean(lastMention?.recalled)
				}
			: undefined;
		// A paragraph that has mentioned the event stays on it through sentences that name no other event ("The bombing
		// at the gate was the deadliest … On 26 August, a bomber … About 170 people were killed.").
		const stays =
			previous?.mentioned &&
			(previous.paragraph === s.paragraph || previous.paragraph === section) &&
			!mentions.some((m) => m.event && m.event !== current && !m.recalled);
		previous = {
			paragraph: s.paragraph,
			mentioned: mentions.some((m) => m.event && m.event === current) || Boolean(stays)
		};
	}
	// "Mourners lay flowers outside the club on January 2": a caption's day that is no event's day is the photo's.
	for (const i of captionDates)
		if (!facts[i]!.eventId && !events.some((e) => e.date === facts[i]!.normalized)) facts[i]!.measure ??= 'statement';
	// A date of the aftermath (a count, an arrest, mourning) in a clause naming no event of the story.
	for (const f of facts)
		if (
			f.kind === 'date' &&
			!f.eventId &&
			!f.measure &&
			followUpClause(f.sentence, f.written ?? '', events, f.precision === 'day')
		)
			f.measure = 'follow-up';
	for (const f of facts)
		if (f.kind === 'claim' && f.eventId && voices.unclaimed.has(f.eventId))
			f.check ??= 'the text also says that no one has claimed this event';
	// "… claimed responsibility on Monday, but the claim was retracted the following day", "Later on Monday, the Free
	// Islands Movement withdrew its claim": a claim taken back, in its sentence or after it, is marked for a check.
	const withdrawn = story.sentences.filter((x) => WITHDRAWN.test(x.text));
	if (withdrawn.length)
		for (const f of facts) {
			if (f.kind !== 'claim' || !f.subject) continue;
			const at = story.sentences.findIndex((x) => x.text === f.sentence);
			const named = (x: string) =>
				x.includes(f.subject!.replace(/^the\s+/i, '')) ||
				/\b(?:the|its|their)\s+(?:[A-Z][\w'’-]*\s+){0,3}claim\b/.test(x) ||
				x === f.sentence;
			if (withdrawn.some((x) => sentenceAt.get(x)! >= at && named(x.text)))
				f.check ??= `the text says the claim by ${f.subject} was later withdrawn or discounted`;
		}
	// "19:40 - The death toll has risen to 68": a count before any event is named is the lead event's, the first
	// the text names; only a document that names one event leaves no doubt.
	// Raids and arrests follow an attack; they are never the lead event a count is about.
	const lead = events.find((e) => !isAftermath(e));
	for (const f of facts)
		if (
			lead &&
			f.kind === 'toll' &&
			!f.eventId &&
			f.check === NONE_BEFORE &&
			lead.seen[0]!.paragraph - f.evidence.paragraph <= 2
		) {
			f.eventId = lead.id;
			// "the morgue received 11 bodies from the station on Sunday", two paragraphs before the only event named,
			// a bus bombing in October: a day of the paragraph that is not the event's leaves it a guess.
			const otherDay = facts.some(
				(g) =>
					g.kind === 'date' && g.evidence.paragraph === f.evidence.paragraph && !datesAgree(lead.date, g.normalized)
			);
			// ("The January 2015 attacks left 17 people dead over three days. On January 9 Amedy Coulibaly killed four Jewish
			// men at the Hyper Cacher supermarket": a count of several attacks is no count of the one the text goes on to
			// name; review 25, min/v05-2.)
			const several = PLURAL_ACTS.test(f.sentence) && !/s$/.test(lead.noun);
			f.check = several
				? `the sentence counts several attacks; read as ${describe(lead)}, the first event the text names`
				: events.length === 1 && !otherDay
					? undefined
					: `the sentence names no event; read as ${describe(lead)}, the first event the text names`;
		}
	placeFromDateline(paragraphs, events);
	// "KARSK, May 17 - A suicide bomber blew himself up on a bus …": the event the dateline's own paragraph tells of,
	// named by no place and no proper name, is at the dateline's city, when the body names that city again (a reaction
	// filed from a capital names it once).
	const datelined = dateline ? paragraphs.findIndex((p) => p.startsWith(dateline.toUpperCase())) + 1 : 0;
	if (datelined && datelineNamedAgain)
		for (const e of events)
			if (
				e.seen[0]?.paragraph === datelined &&
				!isAftermath(e) &&
				!e.within &&
				!e.place &&
				!e.alsoIn.length &&
				!(e.target && /[A-Z]/.test(e.target)) &&
				!e.sites
			)
				e.place = dateline;
	const headline = paragraphs[title - 1];
	const titled = story.skipped.some((p) => p.why === 'title');
	if (told.size === 1 && headline && titled)
		headlineCounts(headline, title, headlineEvent!, facts, meta.id, meta.published);
	// Where the body names an event is where a reviewer looks for it, rather than the headline above.
	for (const e of events)
		if (titled && e.seen.some((x) => x.doc === meta.id && x.paragraph !== title))
			e.seen = e.seen.filter((x) => x.doc !== meta.id || x.paragraph !== title);
	// A gap in a clause that names no event is asked with the name of the story it is told within, and only of the
	// story's own event: the event the story was on by then may be one it recalled ("the drone strike that killed
	// Awlaki") or another of several it tells, which a sentence of background about the story's own would be misread by.
	// The story's own is the one its headline or first paragraph to tell of any event tells of (a recalled siege the
	// entries keep pointing back to may be mentioned more). A day before it is background the story went back to ("The
	// same market was bombed in March 2019", "Last month, a bomb exploded near its gate"), told by no noun that would
	// have moved the story off its event, which a lead would pass off as that event's; an undated event is taken to be
	// at most a fortnight older than the report, as news of it is.
	const own = mainEvent(events);
	const fortnight = shift(published, -14, 'day').iso;
	const firstTold = Math.min(...events.map((e) => e.seen.find((x) => x.doc === meta.id)?.paragraph ?? Infinity));
	// ("the attack on the same stadium" names the event only beside the one it is the same as.)
	const opening =
		own &&
		!/^the\s+(?:same|other)\s/i.test(own.target ?? '') &&
		(told.has(own) || own.seen.some((x) => x.doc === meta.id && x.paragraph === firstTold));
	for (const f of facts)
		if (f.story && (!own || f.story !== own.id || !opening || before(f.normalized, own.date ?? fortnight)))
			delete f.story;
	for (const f of facts)
		if (f.kind === 'actor' && f.subject) {
			const office = officeOf(f.value, paragraphs, f.evidence.paragraph, reported, f.sentence);
			if (office) f.office = office;
		}
	// "AQAP released a video in which its leader, Qasim al-Raymi, claimed … ¶ Al-Raymi was killed in a U.S. strike in
	// early 2020": a role of someone the text says was killed is asked in the past (review 29, AE min/08-14 asked "Who
	// is the leader of AQAP?").
	for (const f of facts)
		if (f.kind === 'actor' && f.subject && !f.past && diedInText(f.subject, facts, text)) f.past = true;
	return { facts, events, skipped: story.skipped };
}

/**
 * Whether `text` says `person` (by full name, or by a surname no other person of the facts has) was killed or died:
 * "Al-Raymi was killed in a U.S. strike", "Ahmed Batarfi, a fighter, was killed", "the killing of Qasim al-Raymi".
 */
function diedInText(person: string, facts: readonly Fact[], text: string): boolean {
	const surname = person.split(/\s+/).at(-1)!;
	const shared = facts.some(
		(f) => f.kind === 'actor' && f.subject && f.subject !== person && f.subject.split(/\s+/).at(-1) === surname
	);
	const names = [person, ...(shared || surname.length < 4 ? [] : [surname])].map(literal);
	const name = `(?:${names.join('|')})`;
	return pattern(
		`\\b${name}(?:,\\s+[^,.;]{1,60},)?\\s+(?:(?:was|had\\s+been|has\\s+been)\\s+(?:later\\s+)?(?:killed|shot\\s+dead|executed|assassinated|hanged)|(?:later\\s+)?died)\\b|\\b(?:killing|death|assassination|execution)\\s+of\\s+${name}\\b`,
		'i'
	).test(text);
}

/** A count's clause going on to a gunfight: " officers were wounded in that exchange". */
const GUNFIGHT_AFTER =
	/^[^.;]{0,40}?\bin\s+(?:(?:that|the|a)\s+(?:later\s+)?(?:exchange\s+of\s+fire|gun-?fight|shoot-?out|fire-?fight|gun\s+battle)\s+with\s+(?:the\s+)?police\b|that\s+(?:exchange(?:\s+of\s+fire)?|gun-?fight|shoot-?out|fire-?fight|gun\s+battle)\b)/i;
/** A gunfight after the attack whose relative clause holds the count: "after a gunfight in a New Jersey town that left him and ". */
const GUNFIGHT_BEFORE =
	/\bafter\s+(?:a|the)\s+(?:exchange\s+of\s+fire|gun-?fight|shoot-?out|fire-?fight|gun\s+battle)\b[^.;]{0,60}\b(?:that|which)\s+(?:left|wounded|injured|killed)\b[^.;]*$/i;
/**
 * A date counted as a span from another: "Seven months earlier", "two days later"; so is the next morning or day
 * ("Cairo, 11 December ¶ The next morning a bomb ripped through …"; review 43, BR min/05-10).
 */
const SPAN_COUNTED = /\b(?:earlier|later)$|\b(?:next|following)\s+(?:morning|day|evening|night|afternoon)$/i;
const NONE_BEFORE = 'the sentence names no event and none came before it';
/**
 * A claim taken back or disbelieved: "the claim was retracted", "withdrew its claim", "the Black Falcon claim was
 * dismissed as opportunistic", "believed the post was a hoax".
 */
const WITHDRAWN =
	/\b(?:claim\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+)?(?:retracted|withdrawn|disowned|taken\s+back|dismissed)|(?:retract(?:ed|s)|withdr(?:ew|awn|aws)|disowned|took\s+back|dismissed)\s+(?:its|their|the)\s+claim|(?:post|claim|statement|message)\s+was\s+a\s+hoax)\b/i;

/** A live page's day header, a paragraph of its own: "Monday 23 August", "Sunday, 22 August 2021", "Tue 5 March". */
const DAY_HEADER = pattern(
	`^(?:${WEEKDAYS.join('|')}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?),?\\s+(?:\\d{1,2}\\s+(?:${MONTHS.join('|')})|(?:${MONTHS.join('|')})\\s+\\d{1,2})(?:,?\\s+\\d{4})?$`,
	'i'
);

/**
 * The day each paragraph of a live page stands under, by the day headers set aside between its entries ("Monday 23
 * August" above "22:40 - The ministry says 23 people were killed"): an entry's stamp gives only the hour, and its
 * counts were told on the header's day, not on the page's (newest first or oldest first alike).
 */
function liveDays(
	paragraphs: string[],
	skipped: { paragraph: number; why: string }[],
	t: Timeline
): Map<number, string> {
	const days = new Map<number, string>();
	const headers = skipped.filter(
		(h) => (h.why === 'heading' || h.why === 'dateline') && DAY_HEADER.test(paragraphs[h.paragraph - 1]!.trim())
	);
	for (const [i, h] of headers.entries()) {
		const day = findDates(paragraphs[h.paragraph - 1]!.trim(), t).find((d) => d.precision === 'day');
		if (!day) continue;
		const end = headers[i + 1]?.paragraph ?? paragraphs.length + 1;
		for (let p = h.paragraph + 1; p < end; p++) days.set(p, day.iso);
	}
	return days;
}

/**
 * The day each stamped entry of a live page was posted on, when the page runs past midnight with stamps of the hour
 * alone ("22:20 GMT … 00:30 GMT … 14:32 GMT"): the newest entry is taken to be of the page's own day, and each step
 * back past midnight is a day earlier, so the counts of "14:32" are told after those of "22:20" the night before.
 * Empty when the stamps never pass midnight (or give their own weekdays), so a page within one day keeps its day.
 */
function midnightDays(paragraphs: string[], published: string): Map<number, string> {
	const days = new Map<number, string>();
	const stamps = paragraphs.flatMap((p, i) => {
		const e = entryStamp(p, published, paragraphs[i - 1]);
		if (!e || e.day !== undefined) return [];
		const [h, m] = e.time.split(':').map(Number);
		return [{ paragraph: i + 1, minutes: h! * 60 + m! }];
	});
	if (stamps.length < 2) return days;
	// Oldest first or newest first: whichever order makes the page span much less time, counting each step forward
	// ("23:50 … 00:10" is twenty minutes across midnight). Where both spans are alike ("10.40pm … 10.30am" is twelve hours
	// either way), the order that passes midnight fewer times: a page is more often within one day than across two.
	const span = (list: typeof stamps) =>
		list.slice(1).reduce((sum, e, i) => sum + ((e.minutes - list[i]!.minutes + 1440) % 1440), 0);
	const midnights = (list: typeof stamps) => list.filter((e, i) => i > 0 && e.minutes < list[i - 1]!.minutes).length;
	const reversed = [...stamps].reverse();
	const [there, againstIt] = [span(stamps), span(reversed)];
	const forward =
		Math.min(there, againstIt) * 2 <= Math.max(there, againstIt) || midnights(stamps) === midnights(reversed)
			? there <= againstIt
			: midnights(stamps) < midnights(reversed);
	const ordered = forward ? stamps : [...stamps].reverse();
	if (!ordered.some((e, i) => i > 0 && e.minutes < ordered[i - 1]!.minutes)) return days;
	let back = 0;
	for (let i = ordered.length - 1; i >= 0; i--) {
		if (i < ordered.length - 1 && ordered[i]!.minutes > ordered[i + 1]!.minutes) back++;
		days.set(ordered[i]!.paragraph, shift({ iso: published, precision: 'day' }, -back, 'day').iso);
	}
	return days;
}

/** A sentence that says the counts before it were revised, and gives no count: "That was revised upwards …". */
const REVISED_SINCE =
	/^(?:That|This|Those|These|The\s+(?:figures?|toll|counts?|numbers?|tally))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|since\s+|subsequently\s+|quickly\s+)?(?:revised|raised|corrected|updated|lowered|increased)\b[^\d]*$/;

/** A note's label opening a paragraph, before its day: "Update, March 26:", "UPDATED 27 March —". */
const UPDATE_LABEL = /^\s*\[?\s*(?:Update|Updated|UPDATE|UPDATED)\s*,?\s*(?:on\s+)?/;

/**
 * The day each paragraph a page added later was written on, by its label ("Update, March 26: Russia's Emergencies
 * Ministry said on Tuesday …"): its weekdays and counts are of that day, not of the page's publication.
 */
function noteDays(paragraphs: string[], t: Timeline): Map<number, string> {
	const days = new Map<number, string>();
	for (const [i, p] of paragraphs.entries()) {
		const label = UPDATE_LABEL.exec(p);
		if (!label) continue;
		const head = p.slice(0, label[0].length + 40);
		const day = findDates(head, { published: t.published }).find(
			(d) => d.index === label[0].length && d.precision === 'day'
		);
		if (day && day.iso >= t.published.iso) days.set(i + 1, day.iso);
	}
	return days;
}

/**
 * A note that what follows is what was said: "The following is a transcript of remarks to reporters by …", "The
 * following is an edited and translated transcript of a news conference …" (review 48, CO min/04-6).
 */
const TRANSCRIPT_NOTE =
	/^(?:The\s+following\s+is|Below\s+is|What\s+follows\s+is)\s+(?:an?\s+)?(?:(?:edited|full|partial|translated|abridged|official|unofficial|lightly\s+edited)\s+(?:and\s+)?){0,3}(?:transcript|text)\s+of\b/i;

/**
 * The day each paragraph after a transcript's note was said on, when the note gives one before publication: "The
 * following is a transcript of remarks … late on Friday", in a Saturday paper, puts the speaker's "tonight" and
 * "yesterday" on Friday (review 44, BW min/04-4 to 04-15 read them from Saturday).
 */
/**
 * The day each dated list item opens on, with its year, before publication: "- April 3, 2016: The airport reopens …
 * Maelbeek station reopens on April 25" tells what followed that day, and a day and month without a year in it are the
 * first such after it (review 51, DD min/02-13 read a timetable's April 25 of the year after the factbox).
 */
/** A year, then a colon or a dash, within a list item's opening words: "- April 3, 2016: ", "- March 22, 2016 — ". */
const ITEM_DAY_AHEAD = /^[^.:;]{0,40}?\b(?:19|20)\d\d\s*(?::|[-–—])\s/;
function itemDays(paragraphs: string[], t: Timeline): Map<number, string> {
	const days = new Map<number, string>();
	for (const [i, p] of paragraphs.entries()) {
		// (Only a paragraph that opens on a year, then a colon or a dash, is read for its day.)
		if (!ITEM_DAY_AHEAD.test(p)) continue;
		const bullet = /^\s*(?:[-–—•*]\s*)?/.exec(p)![0].length;
		const day = findDates(p.slice(0, bullet + 40), { published: t.published }).find(
			(d) => d.index === bullet && d.precision === 'day' && !d.resolvedFrom
		);
		if (
			day &&
			// ("- April 3, 2016 — The airport partially reopens": a dash ends the day as a colon does, after a bullet.)
			(/^\s*:\s/.test(p.slice(bullet + day.text.length)) ||
				(bullet > 0 && /^\s+[-–—]\s/.test(p.slice(bullet + day.text.length)))) &&
			/\b(?:19|20)\d\d$/.test(day.text) &&
			day.iso < t.published.iso
		)
			days.set(i + 1, day.iso);
	}
	return days;
}

function transcriptDays(paragraphs: string[], t: Timeline): Map<number, string> {
	const days = new Map<number, string>();
	const at = paragraphs.findIndex((p) => TRANSCRIPT_NOTE.test(p));
	if (at < 0) return days;
	const day = findDates(paragraphs[at]!, { published: t.published }).find(
		(d) => d.precision === 'day' && d.iso < t.published.iso
	);
	if (day) for (let i = at + 1; i < paragraphs.length; i++) days.set(i + 1, day.iso);
	return days;
}

/** A short paragraph that only asks: an explainer's heading ("What next?", "Who are al-Shabab?"). */
const QUESTION_HEADING = /^[A-Z][^.!?]{0,80}\?$/;
/**
 * A line that reads as a news headline: a short one with no full stop at its end, whose verb tells of now ("hit",
 * "kills"; not "Madrid and London: Two attacks on commuter trains, compared").
 */
const HEADLINE_LINE =
	/^(?=[^\n]{10,140}$)(?=.*\b(?:hits?|strikes?|kills?|storms?|rocks?|targets?|bombs?)\s)[^\n]*(?<![.!?"”])$/;
/** "since " right before a count, its qualifier between: "the deadliest since 26 people were killed". */
const SINCE_COUNT = pattern(`\\bsince\\s+(?:(?:${QUALIFIER})\\s+)?$`, 'i');
/** "… since March 2022, when " right before a mention: the time of an earlier event, then the event. */
const SINCE_WHEN_BEFORE = /\bsince\s+[^,;.]{1,40},\s+when\s+[^;.]*$/i;
/** A heading of a year alone, or a year and a few words: "2010", "2015 — Garissa". */
const YEAR_HEADING = /^(?:19|20)\d\d(?:\s*[:–—-]\s*[^.]{1,60})?$/;

/**
 * The year each paragraph under a year heading is in: a profile of a group lists its attacks under the years they
 * were in ("2010" over "suicide bombers struck two venues in Kampala on July 11"), up to the next heading of any kind.
 */
function yearSections(paragraphs: string[], skipped: { paragraph: number; why: string }[]): Map<number, number> {
	const years = new Map<number, number>();
	const headings = skipped.filter((h) => h.why === 'heading');
	for (const [i, h] of headings.entries()) {
		const text = paragraphs[h.paragraph - 1]!.trim();
		if (!YEAR_HEADING.test(text)) continue;
		const end = headings[i + 1]?.paragraph ?? paragraphs.length + 1;
		// (An explainer's question is a heading too: "What is the government doing?")
		for (let p = h.paragraph + 1; p < end && !QUESTION_HEADING.test(paragraphs[p - 1]!.trim()); p++)
			years.set(p, Number(text.slice(0, 4)));
	}
	return years;
}

/** Acts told in the plural ("some 20 small bombs went off"), which a later "them" may point at. */
const PLURAL_ACTS = /\b(?:bombs|blasts|attacks|explosions|bombings|shootings|raids|assaults)\b/i;

/** The verbs of an attack's act. */
const ATTACK_ACT =
	/\b(?:attacked|struck|stormed|raided|ambushed|opened\s+fire|exploded|went\s+off|blew\s+(?:himself|herself|themselves)\s+up|detonated|bombed|rammed|ploughed|killed|shot|stabbed|abducted|kidnapped|set\s+off|brought\s+down|shot\s+down|downed|hijacked|overr(?:an|un)|massacred|torched|ripped\s+through|tore\s+through)\b/i;
/**
 * Whether a sentence of a section tells of the attack itself, by its act and not as what someone said of it ("police
 * said one of the attackers had been identified", "the interior minister said three attackers had been killed").
 */
const opensOnAttack = (sentence: string) => {
	const act = ATTACK_ACT.exec(sentence);
	return act !== null && !/\b(?:said|says|told|added|announced)\b/i.test(sentence.slice(0, act.index));
};
/** Whether two dates (the first perhaps a month or a year) are more than a month apart. */
const monthApart = (a: string, b: string) =>
	Math.abs(Date.parse(a.padEnd(10, '-01')) - Date.parse(b)) > 31 * 86_400_000;
/** A venue of a railway or its trains, where "the metro blast" may be the attack in view. */
const TRANSPORT = /\b(?:stations?|trains?|metro|subway|underground|platforms?|carriages?|lines?|tube)\b/i;
/** The kind of venue a target ends on, with a pub, a bar and a club one kind: "the Harbour Pub" is "the club". */
function venueKind(target: string): string {
	const last = target.toLowerCase().split(/\s+/).pop()!.replace(/s$/, '');
	return /^(?:club|nightclub|pub|bar|disco)$/.test(last) ? 'club' : last;
}

/** What a section may open on that is no attack: the aftermath of one. */
const AFTERMATH_ACT =
	/\b(?:buried|burial|funerals?|mourn\w*|court|trial|pleaded|arraign\w*|charged|sentenced|convicted|returned|reopened|vigils?|memorial|anniversary|declared|condemned|visited)\b/i;

/**
 * Whether `place` is named in `sentence` only as the town a hospital is in ("a spokesman for the hospital in Jalalabad
 * said"), not also as where people were killed ("Four people were killed in Jalalabad on Saturday, …").
 */
function hospitalTownOnly(sentence: string, place: string): boolean {
	const at = pattern(`${CARE.source}\\s+(?:in|at)\\s+${literal(place)}\\b`, 'gi');
	return at.test(sentence) && !pattern(`\\b${literal(place)}\\b`).test(sentence.replace(at, ''));
}
/** An ordinal a few words before a verb's mention: "the fourth bomb tore through a bus". */
const ORDINAL_BEFORE = pattern(`${ORDINAL.source}(?:\\s+[\\w-]+){0,3}\\s*$`, 'i');
/** Whether the report's first paragraph opens on `place` in capitals, as a dateline does: "KABUL - …". */
const opensOn = (paragraph: string, place: string) => {
	const upper = place.toUpperCase();
	return paragraph.startsWith(upper) && !/\w/.test(paragraph.charAt(upper.length));
};
/** A mention that opens on a month: "the December bombing". */
const MONTH_OPENS = pattern(`^(?:the\\s+)?${MONTH}\\s`);
/** Right before a mention, that it is one of the events a plural just told: ", the first of them", "one of which was". */
const ONE_OF_THEM =
	/\b(?:the\s+(?:first|last|second|third|deadliest|largest|biggest)|one)\s+of\s+(?:them|which|these|those)(?:\s+(?:was|being))?\s*,?\s*$/i;

/** The event at several sites that every one of `told` is (or is a site of), if there is one. */
function wholeOf(told: StoryEvent[], events: StoryEvent[]): StoryEvent | undefined {
	const ids = new Set(told.map((e) => e.within ?? e.id));
	const [id] = ids;
	return ids.size === 1 && told.some((e) => e.within) ? events.find((e) => e.id === id) : undefined;
}

/** Words of telling a count: the day before them is when it was told, not when the dead died. */
const TOLD_BETWEEN =
	/\b(?:said|says|say|reported|found|concluded|put|puts|estimated|announced|confirmed|revised|raised|rose|risen|stood|toll)\b/i;
/** Where the wounded and dead are taken: a sentence about it names no site of an attack. */
const CARE = /\b(?:hospitals?|morgues?|clinics?|infirmary|mortuary)\b/i;
/** A time before the story's own: "last year", "in 2015", "years ago". */
const EARLIER_TIME = /\b(?:last\s+year|(?:years|months)\s+ago|in\s+(?:19|20)\d\d)\b/i;
/** "were killed there", "died there": a count's verb, then "there", which points back at a place. */
const THERE_AFTER_COUNT = /^[^,;.]{0,40}?\b(?:killed|died|dead|wounded|injured|hurt)\s+there\b/i;
/** "… were killed at the cathedral": a count's place given by a venue's common noun, within a few words of it. */
const VENUE_AFTER_COUNT =
	/^[^,;.]{0,40}?\b(?:killed|died|dead|wounded|injured|hurt)\s+(?:at|in|inside|outside)\s+the\s+(cathedral|church|mosque|synagogue|temple|shrine|hotel|market|station|stadium|school|university|hospital|museum|theatre|theater|mall|embassy|consulate|cafe|restaurant|club|nightclub|hall|bar)\b/i;

// ("Karam al-Qawadis, 24 October 2014: a suicide car bomb …": a word of a name may open on its article; review 27,
// min/aa10-2.)
const HEADING_WORD = `(?:${ARTICLE})?${CAP}`;
/**
 * What a heading's name may end on after its words: a part of its town ("Jolo town centre"; review 26, min/y10-4), a
 * venue's noun ("Al-Rawda mosque") or a flight's number ("Metrojet Flight 9268"; review 27, min/aa10-3).
 */
const HEADING_NAME_END = `(?:\\s+(?:town|city)\\s+(?:centre|center)|\\s+(?:${VENUES})|(?<=Flight)\\s+\\d+)`;
/**
 * A section heading of a place (or "The quarry") and a day: "Mpeketoni, 15 June", "Mandera, Saturday 22 November",
 * "Tchoma Bangou and Zaroumdareye, 2 January 2021", "The Banibangou road, 15 March 2021". The day is read by the
 * English reader; the heading is one only when it is all of what follows the comma, with its month named.
 */
const SECTION_HEADING = pattern(
	`^((?:${HEADING_WORD}\\s+){0,3}${HEADING_WORD}(?:\\s+and\\s+(?:${HEADING_WORD}\\s+){0,3}${HEADING_WORD}|${HEADING_NAME_END})?|[Tt]he\\s+(?:${CAP}\\s+){0,2}[a-z]+(?:\\s+[a-z]+)?),\\s+(.+)$`
);
// ("Dayton, Ohio — Sunday, Aug. 4": a month written short names one too; review 29, AE min/05-10, 05-14, 05-16.)
const MONTH_NAMED = pattern(`\\b${MONTH}(?![a-z])`);
const WEEKDAY_ALONE = pattern(`^(?:${WEEKDAYS.join('|')})$`);

/** A line shaped like a section heading, in its two parts: a place or thing, then words naming a month. */
function placeAndDay(text: string): { name: string; written: string } | undefined {
	if (text.length > 60) return undefined;
	// ("MANCHESTER ARENA, 22 MAY": a heading in capitals is read as its words are written in running text.)
	if (/[A-Z]{3}/.test(text) && !/[a-z]/.test(text))
		text = text.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
	const [, written0, all] = SECTION_HEADING.exec(text) ?? [];
	// ("BRIGHTON, 5 June 2017": a place in capitals before a day in running case is a name too.)
	const name =
		written0 && !/[a-z]/.test(written0) ? written0.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : written0;
	// ("Beirut, Lebanon - November 12", "Tunis, Tunisia (November 24)": the country, then the day.)
	// ("Zvornik, Bosnia, April 27": or a comma; review 28, min/ac07-1.)
	const country = all ? /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:[-–—]\s*|\(\s*|,\s+)(.+?)\)?$/.exec(all) : null;
	// ("Tepochica, Guerrero — Tuesday": a roundup of one week heads its sections by weekday alone; review 27, min/z07-2.)
	const named = (w: string) => MONTH_NAMED.test(w) || (country !== null && WEEKDAY_ALONE.test(w));
	const written = country && named(country[1]!) ? country[1]! : all;
	return name && written && named(written) ? { name, written } : undefined;
}

/** A day as a roundup's item writes it: "Monday 1 April", "6 March", "29 May (Monday)", "April 1, 2024". */
const ITEM_DAY = `(?:(?:${WEEKDAYS.join('|')}),?\\s+)?(?:\\d{1,2}\\s+(?:${MONTHS.join('|')})|(?:${MONTHS.join('|')})\\s+\\d{1,2})(?:,?\\s+\\d{4})?`;
/** A place as a roundup's item writes it ("Beledweyne", "Port Aden Sur", "GASHUA"), or the thing attacked there. */
const ITEM_PLACE = `(?:${HEADING_WORD}\\s+){0,3}${HEADING_WORD}${HEADING_NAME_END}?`;
/**
 * A roundup's item opening with its place and day, then what happened there, in one paragraph: "1) Beledweyne, Monday
 * 1 April. A suicide car bomber …", "- Thursday 6 March, Mobara: Two suicide bombers …", "• 11 January — GASHUA: Armed
 * men attacked …", "Khujand, 29 May (Monday). Two border guards …", "- Quetta (Tuesday, 12 September): A bomb …".
 */
const ITEM_OPENINGS = [
	pattern(
		`^(?:(?:\\d{1,2}[.)]|[-–—•*])\\s+)?(${ITEM_PLACE}),\\s+(${ITEM_DAY})(?:\\s*\\([A-Z][a-z]+\\))?\\s*(?:[.:]|\\s[-–—])\\s+`
	),
	pattern(`^(?:(?:\\d{1,2}[.)]|[-–—•*])\\s+)?(${ITEM_PLACE})\\s+\\((${ITEM_DAY})\\)\\s*(?:[.:]|\\s[-–—])\\s+`),
	pattern(`^(?:(?:\\d{1,2}[.)]|[-–—•*])\\s+)?(${ITEM_DAY}),\\s+(${ITEM_PLACE})\\s*(?:[.:]|\\s[-–—])\\s+`),
	pattern(
		`^(?:(?:\\d{1,2}[.)]|[-–—•*])\\s+)?(${ITEM_DAY})(?:\\s*\\([A-Z][a-z]+\\))?\\s+[-–—]\\s+(${ITEM_PLACE})(?:\\s*\\([^)]{1,40}\\))?\\s*[.:]\\s+`
	)
];

/**
 * The heading a roundup's item opens with, as "place, day" (a place in capitals written as a name: "GASHUA" is
 * "Gashua"), the words it was written in, and the rest of the paragraph.
 */
function inlineHeading(paragraph: string): ItemHeading | undefined {
	const text = paragraph.trim();
	const titled = (place: string) =>
		/^[A-Z\s-]+$/.test(place) ? place.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : place;
	for (const [i, re] of ITEM_OPENINGS.entries()) {
		const m = re.exec(text);
		if (!m) continue;
		const [place, day] = i <= 1 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
		if (!MONTH_NAMED.test(day) || MONTH_NAMED.test(place)) continue;
		const quote = m[0].replace(/^(?:(?:\d{1,2}[.)]|[-–—•*])\s+)/, '').replace(/\s*(?:[.:]|\s[-–—])\s+$/, '');
		return { heading: `${titled(place)}, ${day}`, quote, rest: text.slice(m[0].length) };
	}
	// "STOCKHOLM: A man drove a hijacked beer truck …": a city in capitals and a colon, with no day (the caller keeps it
	// only where two or more items open so; one alone is a dateline).
	// ("SWEDEN - A man drove …": or a country's, and a dash.)
	const label = readDateline(text)?.city ?? /^([A-Z]{3,}(?:[ -][A-Z]{2,})*)\s+[-–—]\s+(?=[A-Z])/.exec(text)?.[1];
	const after = label ? /^\s*[:–—-]\s*/.exec(text.slice(label.length)) : null;
	if (label && after && !NOT_LABEL.test(label))
		return { heading: titled(label), quote: label, rest: text.slice(label.length + after[0].length), label: true };
	return undefined;
}
/** Capitals before a colon or dash that label no place: a section's kind, or a time. */
const NOT_LABEL = pattern(
	`^(?:${PAGE_FURNITURE}|PHOTO\\s+CAPTION|TRANSCRIPT|EXPLAINER|QUESTION|ANSWER|NEXT\\s+WEEK|LOOKING\\s+AHEAD|CONTEXT|WHAT\\s+.*|IN\\s+BRIEF|ELSEWHERE|QUOTE|KEY\\s+FACTS|FACTBOX|THE\\s+.*|Q|A)$`
);
/** A roundup item's opening: its heading as "place, day" (or the place alone, for a label), as written, and the rest. */
interface ItemHeading {
	heading: string;
	quote: string;
	rest: string;
	/** A city's label with no day ("STOCKHOLM:"). */
	label?: boolean;
}

/** The event mention a section heading makes, and its day, if the paragraph is one. */
function sectionHeading(text: string, t: Timeline): { mention: Mention; day: DateMatch } | undefined {
	const { name, written } = placeAndDay(text) ?? {};
	if (!name || !written) return undefined;
	// ("Kumanovo, Macedonia, May 9-10": a fight over two days is headed by the day it began.)
	const first = written.replace(/(\d)\s*[-–]\s*\d{1,2}$/, '$1');
	const [day, ...more] = findDates(first, t);
	if (!day || more.length || day.precision !== 'day' || day.text !== first) return undefined;
	// "The quarry", "The Banibangou road": a thing, named with its article; else a place ("Tchoma Bangou and …").
	const target =
		/^the\s/i.test(name) || VENUE_END.test(name) || /\bFlight\s+\d+$/.test(name)
			? name.replace(/^The\b/, 'the')
			: undefined;
	const place = target ? undefined : placeLike(name);
	if (!target && !place) return undefined;
	const mention = { index: 0, end: name.length, noun: 'attack', anaphor: false, ...(target ? { target } : { place }) };
	return { mention, day };
}

/** "Gunmen stopped a bus … and killed 28 passengers": an attack told by who did it. */
const GUNMEN = /\bgunm[ae]n\b/i;
/** A paragraph telling how an attack's toll went on: "The toll from the bombing rose to 125", "had reached 175". */
const TOLL_WENT_ON =
	/\b(?:toll|rose|risen|climbed|reached|died\s+(?:of|from)\s+(?:their|his|her)\s+(?:wounds|injuries))\b/i;
/**
 * A paragraph telling of an attack anew: "gunmen attacked tents", "a second bomb exploded", "another attack", "Three
 * explosions killed", "Suicide bombers killed".
 */
const NEW_ATTACK =
	/\b(?:gunm[ae]n|attackers|militants|bombers|(?:a|an|another|second|new|two|three|four|five|twin|several|\d+)\s+(?:\w+\s+)?(?:bombs?|bombers?|blasts?|explosions?|attacks?|devices?|cars?|trucks?|gunman))\b/i;

/** A second device or attacker told of: "militants drove a second car packed with explosives …". */
const SECOND_DEVICE =
	/\b(?:second|another|third|fourth|new)\s+(?:\w+\s+)?(?:car|bomb|device|vehicle|truck|bomber|attacker)s?\b/i;
