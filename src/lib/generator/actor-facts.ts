/**
 * Who did what in one sentence, as facts: claims (and "no group has claimed"), blame, people's roles and the motives
 * someone gives, each claim tied to its event; "the group claimed it" is read as the last organisation named.
 */
import { MONTHS, WEEKDAYS, blankStart, formatDate, storyStart } from '../lang';
import { findActors } from './actors';
import { CAP, NAME_CHAR, VENUES } from './event-patterns';
import { organisationIn, organisationsIn } from './claimants';
import { referredClaims } from './claims';
import { keysOf } from './events';
import { before } from './earlier-event';
import { describe, mainEvent, type StoryEvent } from './model';
import { findMotives, motiveQuestion } from './motives';
import { quoteAround } from './quote';
import type { SentenceReading } from './reading';
import type { DateMatch } from './dates';
import { literal, pattern } from '../lang/pattern';

/** A name ending in a venue's noun: "Gulshan-e-Iqbal Park", "the Grand Mosque". */
const VENUE_NAME_END = pattern(`\\b(?:${VENUES})$`, 'i');

/** "he" or "she" by the pronouns in the 60 characters from a name on, where they name only one. */
function sexAfter(sentence: string, name: string): 'he' | 'she' | undefined {
	const at = sentence.indexOf(name);
	if (at < 0) return undefined;
	const words = sentence.slice(at, at + name.length + 60);
	const she = /\b(?:her|she)\b/i.test(words);
	const he = /\b(?:his|he|him)\b/i.test(words);
	return she === he ? undefined : she ? 'she' : 'he';
}

/** What the reading of who said and claimed what carries from one sentence to the next. */
export interface Voices {
	/** The surname of the last person named as speaking, for "she said". */
	speaker?: string;
	/** "he" or "she", where the words right after that speaker's name say which ("said in her decision"). */
	speakerSex?: 'he' | 'she';
	/** The organisation the text last named claiming an attack or blamed for one, for "the group claimed it". */
	lastGroup?: string;
	/** Events the text says no one has claimed. */
	unclaimed: Set<string>;
	/** The author's surname, who says what no one else is named as saying. */
	authorName?: string;
}

/** The verb of saying every speaker pattern holds: most sentences have none, and then no name is scanned for. */
const SAYS = /\b(?:said|says|told|argued|wrote|added|according\s+to)\b/;
/** Up to three capitalised words: a speaker's name. */
const SPEAKER = `((?:(?:al|el)-)?[A-Z]${NAME_CHAR}+(?:\\s+[A-Z]${NAME_CHAR}+){0,2})`;
const SPEAKER_AFTER = pattern(
	// ("says on Twitter", "said in Islamabad": where it was said names no speaker; "said investigators believed Masood …":
	// nor does what was said.)
	// ("Her mother, Lyudmila, said Anna had wanted to …": nor a name its own verb follows, the subject of what was said;
	// review 44, BU min/06-9.)
	`\\b(?:said|says|according\\s+to|argued|wrote|added)\\s+(?:(?:(?!(?:on|in|at|via|through|by|from|to|with|that)\\s|[a-z]+ed\\s)[a-z]+\\s+){0,2})?${SPEAKER}(?!${NAME_CHAR}|\\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|never|[a-z]+ed)\\b)`
);
// ("Petro initially said the Gulf Clan was behind that attack": an adverb between; review 27, min/z08-3.)
// (And a name set off by commas after whose kin it is: "Her mother, Lyudmila, said".)
const SPEAKER_BEFORE = pattern(
	`\\b${SPEAKER}(?:(?<=\\b(?:[Hh]er|[Hh]is|[Tt]heir)\\s+[a-z]+(?:-[a-z]+)?,\\s+[^,]+),)?\\s+(?:(?:initially|first|later|also|then|previously|earlier|again|repeatedly)\\s+)?(?:said|says|told|argued|wrote|added)\\b`
);
const PRONOUN_SAID = /\b(?:she|he|they)\s+(?:(?:\w+\s+){0,6}and\s+)?(?:said|says|told|added|argued)\b/i;
/** "Lena Fors, a researcher at the Baltic Energy Forum, said …" */
const SPEAKER_APPOSITIVE = pattern(
	`\\b([A-Z]${NAME_CHAR}+\\s+[A-Z]${NAME_CHAR}+),\\s+[^,]{3,120},\\s+(?:said|says|told|argued|added)\\b`
);

/**
 * Who says so in a sentence: "…, said Hana Mourad", "Hana Mourad, a fellow at …, said", "Hana Mourad said". A name
 * right before the verb is its subject, and what follows the verb is what was said: in "Judge M.L. Tahaliyani said
 * Kasab deserved the maximum penalty" the judge speaks, not Kasab.
 */
function speakerOf(text: string): string | undefined {
	const after = SPEAKER_AFTER.exec(text);
	let before = SPEAKER_BEFORE.exec(text);
	// ("\"He told us that he does not want to use any legal remedies,\" Asrudin said.": a pronoun that speaks inside the
	// quote is the quoted speaker's words; the name saying them after it speaks (review 41, BD min/07-16).)
	if (before && /^(?:He|She|They|We|I)$/.test(before[1]!)) {
		const end = before.index + before[0].length;
		const named = SPEAKER_BEFORE.exec(text.slice(end));
		if (named && !/^(?:He|She|They|We|I)$/.test(named[1]!))
			before = { ...named, index: named.index + end } as RegExpExecArray;
	}
	if (before && (!after || before.index < after.index)) return before[1];
	// ("Daniel Oduya, a senior researcher at the Regional Conflict Monitor, said the January ambush …": the person in
	// apposition speaks, not the month after "said"; review 28, min/ab03-3.)
	const apposed = SPEAKER_APPOSITIVE.exec(text);
	if (apposed && (!after || apposed.index < after.index)) return apposed[1];
	return after?.[1] ?? SPEAKER_APPOSITIVE.exec(text)?.[1] ?? before?.[1];
}

/** A sentence that opens on a pronoun saying something: "He told investigators …", "She said …". */
const HE_SAID =
	/^(?:He|She)\s+(?:(?:later|then|also)\s+)?(?:said|says|told|added|admitted|confessed|claimed)\b|^["“]?[^"“”]+[,.]?["”]\s*,?\s+(?:he|she)\s+(?:said|says|added)\b/;

/**
 * "The driver, Rakhmat Akilov, was arrested the same evening. He told investigators he wanted to punish Sweden …": a
 * pronoun opening a sentence is the person the sentence just before it (in its paragraph) was about, named as its
 * subject, not the last person heard speaking (review 24, min/t06-1). That person's surname, or undefined.
 */
function personJustNamed(r: SentenceReading): string | undefined {
	if (!HE_SAID.test(r.s.text)) return undefined;
	const at = r.paragraph.indexOf(r.s.text);
	const person = r.facts.findLast((f) => f.kind === 'actor' && f.evidence.paragraph === r.s.paragraph);
	const start = person ? r.paragraph.indexOf(person.sentence) : -1;
	// (The sentence right before this one, with nothing between.)
	// (Or the sentences between open the quote this one closes: "Sarah Linden … believes … \"The aim is not to hit Sochi
	// itself. It is to show …,\" she said." is Linden's; review 49, CT min/03-16 gave it to the last speaker named.)
	if (!person?.subject || at < 0 || start < 0) return undefined;
	const between = r.paragraph.slice(start + person.sentence.length, at).trim();
	if (between && !/^["“][^"”]*$/.test(between)) return undefined;
	// Its subject: the name opens the sentence, after its title at most ("Rebel leader Murad Ebrahim condemned …"), or
	// stands beside the role that does ("The driver, Rakhmat Akilov, …").
	// (After what opens its paragraph: "4:05pm: Prime Minister Shehbaz Sharif strongly condemns the attack"; review 35,
	// AP min/02-6.)
	const named = person.sentence.indexOf(person.subject);
	const from = storyStart(person.sentence);
	const opens = named === from || (named > from && /^(?:[A-Za-z-]+\s+){1,3}$/.test(person.sentence.slice(from, named)));
	const beside = pattern(`^The\\s+[^,]{1,40},\\s+${literal(person.subject)},`).test(person.sentence);
	return opens || beside ? person.subject.split(/\s+/).pop() : undefined;
}

/** After a claim, in its sentence, that it was denied: ", and then the TTP denied it", ", but later denied it". */
const RETRACTED =
	/^[^.;]*?,?\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:[^,.;]{0,40}?\s)?(?:later\s+|then\s+)?den(?:ied|ies)\s+(?:it|that|the\s+claim|any\s+(?:role|involvement|part))\b/i;
/** A denial of a claim; it always holds the word "claim", tested first. */
const DENIED =
	/\b(?:no\s+(?:group|one|organi[sz]ation|faction)|nobody|none)\b[^.;]*?\bclaim(?:ed)?\b|\b(?:has|have|had)\s+(?:not|yet\s+to)\s+(?:\w+\s+)?claim/i;

/** Words before an event's noun that say of what kind it was, not what it struck ("the suicide attack"). */
const KIND_WORD =
	/^(?:same|other|latest|last|first|second|third|deadly|suicide|car|truck|twin|double|recent|earlier|brazen|terrorist|terror|militant|bomb|gun|knife|grenade|rocket|mortar|drone|coordinated|weekend|overnight|night|morning|evening)$/i;

/**
 * The one event whose target holds every word a claim puts before the claimed noun ("the police post raid" → "a
 * police post"), if exactly one does; none when the claim gives no such words.
 */
function targetNamed(claimed: string, events: readonly StoryEvent[]): StoryEvent | undefined {
	const words = targetWords(claimed);
	if (!words.length) return undefined;
	const hits = events.filter((e) => targets(e, words));
	return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The one event of the day a claimed noun is named by ("The Islamic State also claimed the October 23 bombing", after
 * a bus explosion two days later; review 38, AY min/03-12), if exactly one is of that day.
 */
function dayNamed(
	claimed: string,
	sentence: string,
	dates: readonly DateMatch[],
	events: readonly StoryEvent[]
): StoryEvent | undefined {
	const day = claimedDay(claimed, sentence, dates);
	const hits = day ? events.filter((e) => !e.within && e.date !== undefined && e.date === day.iso) : [];
	// ("claimed responsibility for the attacks on the afternoon of 22 March 2016", after the bombings at the airport and
	// in the metro that day: a claim of the attacks of a day is true of each, and is asked of the first.)
	return hits.length === 1 || (hits.length > 1 && /s$/.test(claimed)) ? hits[0] : undefined;
}

/** A list item headed by its day, with its year: "* Sept 1-3, 2004 - ", "- 7 July 2005: ". */
const ITEM_DAY =
	/^\s*[*•–—-]\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?\s+|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]{2,8}\.?\s+)(?:19|20)\d\d)\s*(?:[-–—:]|--)\s/;

/**
 * The day a claim gives what it claims: in its words ("the October 23 bombing"), right after them ("also claimed the
 * bombing on October 23", "the attacks on the afternoon of 22 March 2016"), or at the head of the list item it is in
 * ("* March 7, 2009 - Sappers … are shot dead …; the Real IRA says it carried out the attack").
 */
function claimedDay(
	claimed: string,
	sentence: string,
	dates: readonly DateMatch[],
	bound = false
): DateMatch | undefined {
	const at = sentence.indexOf(claimed);
	const end = at + claimed.length;
	// (Bound to it, for a day that may tell against the event read: "claimed the attack on Thursday" may give the day
	// of the claiming, "the attacks of 22 March" or "on the afternoon of 22 March" only the attacks'.)
	const after = bound
		? /^\s+(?:of|on\s+the\s+(?:morning|afternoon|evening|night)\s+of)\s+$/i
		: /^\s+(?:(?:on|of)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)?$/i;
	return at < 0
		? undefined
		: dates.find(
				(d) =>
					d.precision === 'day' &&
					// (Bound, only a day written out with its year: "the massacre the following day" may be the claim's, and a
					// timeline's "Saturday morning — … claims responsibility" is the entry's.)
					(!bound || (!d.resolvedFrom && /\b(?:19|20)\d\d\b/.test(d.text))) &&
					((d.index >= at && (d.index < end || after.test(sentence.slice(end, d.index)))) ||
						(bound &&
							/^[*•–—-]?\s*$/.test(sentence.slice(0, d.index)) &&
							/^\s*(?:[-–—:]|--)\s/.test(sentence.slice(d.index + d.text.length))))
			);
}

/** The words before a claimed noun that say what it struck: "police post" of "the police post raid". */
function targetWords(claimed: string): string[] {
	return (
		/^the\s+((?:[a-z][\w-]*\s+){1,3})(?:attacks?|bombings?|raids?|assaults?|sieges?|shootings?|massacres?|ambush(?:es)?|blasts?|explosions?)$/
			.exec(claimed)?.[1]
			?.trim()
			.split(/\s+/)
			// ("the three blasts": how many is no word of what they struck.)
			.filter(
				(w) =>
					!KIND_WORD.test(w) &&
					!/^(?:two|three|four|five|six|seven|eight|nine|ten|\d+|both|all|several|multiple|serial|coordinated)$/i.test(
						w
					)
			) ?? []
	);
}

/** A venue's noun: what a claim says its attacks struck ("church" of "the church attacks", not "cowardly"). */
const VENUE_WORD = pattern(`^(?:${VENUES})$`, 'i');

/** Whether an event's target holds every one of `words`. */
const targets = (e: StoryEvent, words: string[]) =>
	e.target !== undefined && words.every((w) => pattern(`\\b${w}\\b`, 'i').test(e.target!));

/** Relatives and the one before in office: roles that are someone's. */
const KIN_WORDS =
	'(?:mother|father|wife|husband|son|daughter|brother|sister|widow|widower|uncle|aunt|nephew|niece|cousin|grandfather|grandmother|grandson|granddaughter|parents?|partner|girlfriend|boyfriend|spouse|fianc[ée]e?|predecessor|successor)';
const KIN = pattern(`^(?:[\\w-]+\\s+)?${KIN_WORDS}$`, 'i');
/** Said as someone's ("His mother", "Her husband", "An older brother"), not with the owner named ("the mother of …"). */
const OWNED = /^(?:his|her|their|its|an?)\s/i;
/** A person's name: two to four capitalised words (particles between), not after "the" or a preposition of place. */
const PERSON_NAME = pattern(
	`(?<!\\b(?:the|The|in|at|of|from|into|on|near|In|At|network|group|organi[sz]ation|outfit|faction|movement|militia|charity|company|firm|agency|newspaper|channel|party)\\s)(?<!\\b[A-Z][\\w'’-]*\\s)\\b[A-Z]${NAME_CHAR}+(?:\\s+(?:al-|bin\\s+|de\\s+|van\\s+)?[A-Z]${NAME_CHAR}+){1,3}\\b`,
	'g'
);
/** Words that end a capitalised run naming a place, a body or a thing, not a person. */
const NOT_PERSON_END =
	/\b(?:Arena|Church|Cathedral|Mosque|Temple|Hall|Hotel|Station|Airport|Market|Mall|University|College|School|Hospital|Centre|Center|Street|Road|Avenue|Square|Park|Bridge|Province|District|Region|State|Front|Army|Police|Ministry|Council|Group|Brigades?|Movement|Party|City|Court|Agency|News|Post|Times)$/;
/** The people `text` names, other than `self`, each once, in the order it first names them. */
function peopleIn(text: string, self: string): string[] {
	const found = new Set<string>();
	for (const m of text.matchAll(PERSON_NAME)) {
		const name = m[0];
		if (
			name === self ||
			self.includes(name) ||
			NOT_PERSON_END.test(name) ||
			/^(?:On|In|At|The|His|Her|Their|An?|But|And)\s/.test(name) ||
			// ("Thirteen hours after El Paso, a gunman killed nine people, including his 22-year-old sister": a name after a
			// preposition of place or time is a place, or an event named by it; review 29, AE min/05-13.)
			/\b(?:in|at|near|from|after|before|since|outside|inside|across)\s+$/i.test(
				text.slice(Math.max(0, m.index! - 8), m.index)
			)
		)
			continue;
		found.add(name);
	}
	return [...found];
}

/** "His lawyer", "Its leader", "the group's spokesman": whose, by the possessive. */
/** A transcript's speaker label in capitals: "DET SUPT JASON MURPHY: ", "Q: ". */
const SPEAKER_LABEL = /^(?:[A-Z][A-Z.'’-]*\s+){0,5}[A-Z][A-Z.'’-]*:\s+/;
const POSSESSIVE = /^(his|her|its|their|(?:the\s+)?(?:group|movement|organi[sz]ation|militia|network|faction)['’]s)\s/i;

/** A group named by its common noun alone: "The group", "The organisation". */
const REFERRED_GROUP = /^the\s+(?:group|faction|organi[sz]ation|movement|militia|outfit|party)$/i;

/** Claim, blame, role and motive facts of one sentence, appended to `r.facts`. */
/** A day or a time after "said", read where a speaker would be: "officials said Thursday". */
const WHEN_SAID = pattern(`^(?:${[...WEEKDAYS, ...MONTHS].join('|')}|Today|Tonight|Yesterday)$`);

export function actorFacts(r: SentenceReading, v: Voices): void {
	const { s, facts, current, eventAt, meta } = r;
	// "No group has so far claimed responsibility": the event has no claimant, so a claim read elsewhere
	// contradicts the text and goes to a reviewer.
	const denial = /claim/i.test(s.text) ? DENIED.exec(s.text) : null;
	if (denial) {
		const at = eventAt(denial.index, false);
		if (at.event) v.unclaimed.add(at.event.id);
	}
	// What opens a paragraph before its story (a live entry's "11.20 GMT", a wire's dateline, a bullet) is no part of
	// the first clause: in "11.20 GMT Islamic State has claimed the bombing" the subject is Islamic State. Blanked,
	// not cut, so offsets still point into the sentence.
	const text = blankStart(s.text, storyStart(s.text));
	// (Else, in a report of sections, the event its section's heading told of: "BRIGHTON, 5 June 2017 ¶ Yacqub Khayre
	// shot dead the receptionist, Kai Hao" frames the receptionist by Brighton, not by the report's first attack.)
	const inSentence =
		r.mentions.find((m) => m.event && !m.anaphor && !m.recalled)?.event ??
		(current?.seen.some((x) => x.doc === meta.id && x.paragraph === s.paragraph) ? current : undefined);
	const told = inSentence ?? r.section;
	for (const a of findActors(text)) {
		// ("The organisation has publicly claimed responsibility": a group referred back to, which the referred claims
		// below resolve to the one the text named; review 41, BH min/04-2.)
		if (a.kind === 'claim' && REFERRED_GROUP.test(a.subject ?? '')) continue;
		// ("The party, whose leaders live in exile in Europe, denied any role": a denial by a group referred back to names
		// no one a card could ask for; review 47, CG min/03-5.)
		if (a.kind === 'denial' && REFERRED_GROUP.test(a.subject ?? '')) continue;
		const quote =
			a.quote.length <= 160 && s.text.includes(a.quote) ? a.quote : quoteAround(s.text, a.index, a.index + 20);
		let event: StoryEvent | undefined;
		let check: string | undefined;
		if (a.kind === 'claim' || a.kind === 'denial' || (a.kind === 'blame' && !a.reason)) {
			const target = a.kind === 'claim' ? a.value : '';
			const pronoun = /^(?:it|them|this|that)$/i.test(target);
			const at = eventAt(a.index, false);
			// "On 26 July 2008 some 20 bombs went off across Ahmedabad … A group … said that it was behind them": "them"
			// points at what the sentence before told of. (Only acts told in the plural: after "a bomb … in Karsk. Five
			// people were wounded in a second blast in Velda", "them" is both blasts, which no one event is, and a
			// reviewer checks the story's.)
			const them = target === 'them' ? (r.told?.plural ? r.told.event : r.toldPlural) : undefined;
			// "A spokesman for the Pakistani Taliban, which claimed responsibility for a failed car bombing in New York's Times
			// Square in May 2010, denied any role": what the group's relative clause says it claimed before is no event of
			// the denial (review 43, BO min/01-9).
			const claimedAside =
				a.kind === 'denial' &&
				/^[^.;]*?\bden(?:ied|ies|y|ying)\s+(?:any\s+|all\s+)?(?:role|part|involvement|responsibility|links?)\s*(?:[.,;]|$)/i.test(
					s.text.slice(a.index)
				) &&
				r.mentions.some(
					(m) =>
						m.event === at.event &&
						m.end < a.index &&
						/,\s+which\s+(?:(?:has|had|also|once|previously)\s+)*(?:claimed|carried\s+out|was\s+behind)\b[^,;]*$/.test(
							s.text.slice(0, m.index)
						) &&
						/,/.test(s.text.slice(m.end, a.index))
				);
			// "the Tehreek-e-Taliban Pakistan denied any part in it": a denial naming no event denies the one in view.
			const unnamed = pronoun || (a.kind === 'denial' && (!at.event || claimedAside));
			// ("On May 26, masked gunmen … opened fire, killing 29 people. Islamic State claimed it": "it" is what the
			// sentence before told, when that is not the event in view; review 36, AS min/04-18 gave the claim to Tanta.)
			// ("On 21 April a bomb tore through the Seh Dokan mosque in Mazar-i-Sharif; ISKP claimed it within hours": so is
			// the event the sentence itself has just told, in a clause before; review 43, BP min/03-12.)
			const itClaimed = target.toLowerCase() === 'it' && a.kind === 'claim';
			const ownTold = itClaimed
				? r.mentions.findLast(
						(m) =>
							m.event &&
							!m.anaphor &&
							!m.recalled &&
							m.end <= a.index &&
							// ("Residents compared it to the bombing of a Shia mosque in Kabul in 2017, and Islamic State claimed it".)
							!/\b(?:compared|likened|recalled|similar\s+to|reminiscent\s+of)\b[^.;]*$/i.test(
								s.text.slice(0, m.index)
							) &&
							// (Nor what "it", the event in view, did: "it targeted Shia Hazaras, and Lashkar-e-Jhangvi claimed it".)
							!/\b(?:it|they)\s+(?:[a-z]+\s+)?$/i.test(s.text.slice(Math.max(0, m.index - 20), m.index))
					)?.event
				: undefined;
			// ("On May 21, 2012, a suicide bomber … blew himself up among soldiers … in Sanaa's Sabeen Square, killing 96 …;
			// Ansar al-Sharia … claimed it": or the event its count placed, where no mention named it; review 49, CR
			// min/09-11 gave the claim to the embassy attack of the sentence before.)
			const countTold =
				itClaimed && !ownTold
					? r.facts.findLast((f) => {
							const at = s.text.indexOf(f.evidence.quote);
							return (
								f.kind === 'toll' &&
								f.sentence === s.text &&
								f.eventId !== undefined &&
								f.eventId !== current?.id &&
								!f.check &&
								at >= 0 &&
								at < a.index
							);
						})?.eventId
					: undefined;
			const countEvent = countTold ? r.events.find((e) => e.id === countTold) : undefined;
			const justTold = itClaimed ? (ownTold ?? countEvent ?? r.told?.event) : undefined;
			event = them ?? justTold ?? (unnamed && current ? current : at.event);
			check = justTold || (unnamed && current) ? undefined : at.check;
			// "The U.S. military blamed al-Qaeda in Iraq and said in September that it had killed the suspected organiser in
			// an air strike near Mosul": an event told in a later clause of saying is no event of the blame (review 42, BL
			// min/06-7).
			const saidLater = r.mentions.some(
				(m) => m.event === event && !m.anaphor && m.index > a.index && SAID_AFTER.test(s.text.slice(a.index, m.index))
			);
			// (Only another event than the one in view: "claimed responsibility and said one of its fighters had carried out
			// a suicide attack on a mosque in Quetta" names the story's own again.)
			if (saidLater && !them && !justTold && event !== current)
				[event, check] =
					current && current !== event
						? [current, undefined]
						: [event, `the event is told in a later clause of saying; read as ${describe(event!)}`];
			if (target === 'them' && !them && event) check ??= `the claim is of "them"; read as ${describe(event)}`;
			// "claimed the police post raid", after a car bomb at an army camp: the words before the claimed noun name the
			// target of one event the text told of, which the claim is of.
			const byTarget = targetNamed(target, r.events) ?? dayNamed(target, s.text, r.dates, r.events);
			// ("The Islamic State group claimed responsibility for the attacks on the afternoon of 22 March 2016", after the
			// Paris attacks of 13 November 2015: a claim giving a day of its own that is not the event's is of another
			// event; review 45, CA min/07-11 and BX min/02-11.)
			const day = byTarget ? undefined : claimedDay(target, s.text, r.dates, true);
			// (Nor of an event the text gives no day: "No group has yet said it carried out the shooting" under a Belfast
			// dateline, then a factbox's "March 7, 2009 - … the Real IRA says it carried out the attack".)
			if (day && !day.iso.startsWith(event?.date ?? '-'))
				check ??= `the claim is of what happened on ${formatDate(day.iso)}${event ? `; read as ${describe(event)}` : ''}`;
			// ("Here are some of the deadliest attacks in Russia: ¶ * Sept 1-3, 2004 - Beslan, North Ossetia: militants seize
			// School No. 1. Chechen warlord Shamil Basayev claims responsibility.": a claim in a dated list item, read as an
			// event the item does not tell of, may be the item's own; review 44, BU min/02-7.)
			const item = day ? null : ITEM_DAY.exec(r.paragraph);
			if (item && !event?.seen.some((x) => x.paragraph === s.paragraph))
				check ??= `the claim is told in a list item of its own ("${item[1]!.trim()}")${event ? `; read as ${describe(event)}` : ''}`;
			if (byTarget && byTarget !== event) [event, check] = [byTarget, undefined];
			// ("The Islamic State claimed the church attacks", after the bombing of a police headquarters: a claim naming
			// what its attacks struck, no word of which the event read names, is checked; review 37, AT min/05-14.)
			else if (!byTarget && event) {
				const struck = targetWords(target).filter((w) => VENUE_WORD.test(w));
				if (struck.length && !struck.some((w) => targets(event!, [w])))
					check ??= `the claim is of "${target}"; read as ${describe(event)}`;
			}
			// "The attack was the deadliest since March 2022, when gunmen attacked a concert hall … ¶ Officials blamed the
			// Eastern Shield": a sentence naming no event, after the story went back to an earlier one, may be of either.
			const story = mainEvent(r.events);
			if (
				!byTarget &&
				!pronoun &&
				event === current &&
				// (Not under a section heading of that earlier event: the section is on it.)
				event !== r.section &&
				story &&
				story !== event &&
				event?.date &&
				story.date &&
				before(event.date, story.date) &&
				!r.mentions.some((m) => m.event)
			)
				[event, check] = [
					story,
					`the sentence names no event, after one about ${describe(event)}; read as ${describe(story)}`
				];
			// "claimed the Harbour Street bombing": an event that does not carry that name may be another one.
			if (a.names && event && !keysOf(a.names).every((k) => keysOf(describe(event!)).includes(k)))
				check ??= `the claim names "${a.names}", which is not how the text names ${describe(event)}`;
			// ("A TTP commander claimed it on Monday, and then the TTP denied it": a claim the same sentence says was denied
			// is no settled claimant; review 53, FD min/04-4 trusted the TTP.)
			if (a.kind === 'claim' && RETRACTED.test(s.text.slice(a.index)))
				check ??= 'the text says the claim was then denied';
		}
		// ("Kari Berg, his lawyer,": the possessive opens the role.)
		const owned = a.kind === 'actor' ? (POSSESSIVE.exec(a.quote) ?? POSSESSIVE.exec(a.value)) : null;
		const possessive = owned?.[1]?.toLowerCase();
		const role = owned ? a.value.replace(POSSESSIVE, '') : a.value;
		const kin = KIN.test(role);
		let value = role;
		if (possessive || (kin && OWNED.test(a.quote))) {
			// "His lawyer, Kari Berg," and "Its leader, Simon Lindberg," are asked as whose ("the lawyer of Arne Holm",
			// "the leader of the Nordic Resistance Movement"): the person, or for "its" and "their" the organisation,
			// that the sentence names first before it ("Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, said
			// through its spokesman"), else the last the paragraph named before. Where more than one could be, the
			// reading is a guess a reviewer checks. "His mother, Esther Kerubo" is asked the same way ("the mother of
			// Dennis Ombati").
			// ("Sheikh Ali Mohamud Rage, the group's spokesman": "the group's" is "its".)
			const group = possessive === 'its' || possessive === 'their' || /['’]s$/.test(possessive ?? '');
			// (A place with a venue's noun is no organisation: "near the children's rides at Gulshan-e-Iqbal Park. … the
			// group's spokesman, Ehsanullah Ehsan"; review 43, BP min/09-5.)
			const whose = (text: string) =>
				group ? organisationsIn(text).filter((o) => !VENUE_NAME_END.test(o)) : peopleIn(text, a.subject!);
			// ("Karadag initially confessed but later told his lawyer, …": a surname opening the sentence is the person the
			// paragraph named in full.)
			const surname = group ? undefined : /^([A-Z][\w'’-]+)\s+[a-z]/.exec(s.text)?.[1];
			const earlier = r.paragraph.slice(0, Math.max(0, r.paragraph.indexOf(s.text)));
			const bySurname = surname ? peopleIn(earlier, a.subject!).filter((p) => p.split(/\s+/).at(-1) === surname) : [];
			// ("DET SUPT JASON MURPHY: Lyra was a journalist … who had moved to Derry to be with her partner, Sara
			// Canning": a transcript's speaker label in capitals is whose words, not whose partner; review 45, BX min/04-5.)
			const named = whose(s.text.slice(0, a.index).replace(SPEAKER_LABEL, (l) => ' '.repeat(l.length)));
			// ("AQAP claimed the assault … through its media arm, al-Malahem, … the group's military commander": "the
			// group" is the one the text last read claiming or blamed, not the last name the paragraph gave.)
			// (Only one named in the paragraph: across a heading, "the group" of an explainer may be its own subject.)
			const lastGroup =
				/^(?:the\s+)?group['’]s$/i.test(possessive ?? '') &&
				!named.length &&
				v.lastGroup &&
				r.paragraph.includes(v.lastGroup)
					? v.lastGroup
					: undefined;
			// ("… blew up over Avenida Bolivar in central Caracas as Maduro addressed a parade … Maduro and his wife, Cilia
			// Flores, were unhurt": the name right before "and his" is whose; review 52, EE min/08-5 asked the wife of the
			// avenue.)
			const pair = group
				? null
				: /\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+and\s+(?:(?:his|her)\s+)?$/.exec(s.text.slice(0, a.index));
			const inSentence = pair
				? [pair[1]!]
				: named.length
					? named
					: lastGroup
						? [lastGroup]
						: bySurname.length === 1
							? bySurname
							: [];
			const owners = inSentence.length ? inSentence : whose(earlier);
			const owner = inSentence.length ? owners[0] : owners.at(-1);
			// A relative with no one to be whose, or after another relative in the sentence ("Adrian Evans, his
			// nephew …, and his father, …"), makes no card.
			if (kin) {
				const otherKin = pattern(`\\b(?:his|her|their)\\s+(?:[a-z-]+\\s+)?${KIN_WORDS}\\b`, 'i').test(
					s.text.slice(0, a.index)
				);
				if (!owner || otherKin || group) continue;
			}
			if (owner) {
				// ("The UN mission in Afghanistan condemned all three attacks. Its head, Deborah Lyons, said": the body the
				// name heads, a mission or office of the organisation, is whose; review 43, BP min/05-17 asked of the UN.)
				// (Only where the name's last use before the role is in that phrase: "The UN office in Kabul said … The UN
				// condemned the bombing. Its spokesman, …" speaks for the UN.)
				const before = `${earlier} ${s.text.slice(0, a.index)}`;
				const lastUse = before.lastIndexOf(owner);
				const body =
					group && lastUse >= 0
						? pattern(
								`^${literal(owner)}\\s+(?:mission|office|agency|delegation|commission|envoy|team|branch|wing)(?:\\s+(?:in|to|for)\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,2})?`
							).exec(before.slice(lastUse))?.[0]
						: undefined;
				const the = group && !/^the\s/i.test(owner) && (body || r.paragraph.includes(`the ${owner}`)) ? 'the ' : '';
				value = `${role} of ${the}${(body ?? owner).replace(/^The\s/, 'the ')}`;
				if (new Set(owners).size > 1) check = `the text says "${possessive ?? 'whose'} ${role}"; read as ${value}`;
			}
		}
		facts.push({
			kind: a.kind,
			value,
			normalized: (a.kind === 'actor' || a.kind === 'denial' ? a.subject : a.value).toLowerCase(),
			subject: a.subject,
			aliases: a.aliases,
			qualifier: a.affiliation,
			...(a.past ? { past: true } : {}),
			written: a.reason,
			eventId: event?.id,
			// The event the sentence, or else its paragraph, tells of: where a title that says not whose it is may belong
			// (cards.ts weighs it against the report's own event).
			...(a.kind === 'actor' && told ? { frame: told.id, ...(inSentence ? {} : { sectionFrame: true }) } : {}),
			check,
			sentence: s.text,
			evidence: { doc: meta.id, paragraph: s.paragraph, quote }
		});
	}
	// "The group claimed the attack": the organisation the event names as its doer, or the last one the text
	// named claiming or blamed; a reviewer checks the reading.
	// (The paragraph's sentences before this one, where "The group claimed …" looks for the one group named.)
	const paragraphBefore = r.paragraph.slice(0, Math.max(0, r.paragraph.indexOf(s.text)));
	for (const c of referredClaims(text)) {
		const event = eventAt(c.index, false).event ?? current;
		// "He" speaks for the group named last ("Its spokesman, Mureed Baloch, … He also claimed …"), whoever did the
		// event by the text's first account.
		const spokesman = /^(?:he|she)$/i.test(c.word);
		// ("Doku Umarov proclaimed the Caucasus Emirate in 2007. The group claimed the bombing …": else, for a sentence
		// opening on "The group", the one group the paragraph's sentences before it named.)
		const named = c.index === 0 ? [...new Set(organisationsIn(paragraphBefore))] : [];
		const who = spokesman
			? v.lastGroup
			: ((event?.actor && organisationIn(event.actor, false)) ??
				v.lastGroup ??
				(/group|organi[sz]ation|movement/i.test(c.word) && named.length === 1 ? named[0] : undefined));
		if (event && who)
			facts.push({
				kind: 'claim',
				value: 'the attack',
				normalized: 'the attack',
				subject: who,
				eventId: event.id,
				check: `the text says "${c.word}" claimed it; read as ${who}`,
				sentence: s.text,
				evidence: { doc: meta.id, paragraph: s.paragraph, quote: c.quote }
			});
	}
	for (const f of facts.slice(-8))
		if (f.sentence === s.text && (f.kind === 'claim' || f.kind === 'blame'))
			v.lastGroup = organisationIn(f.kind === 'claim' ? f.subject! : f.value, false) ?? v.lastGroup;

	// Who speaks in this sentence: named, or "she said" for the last one named.
	const named = SAYS.test(s.text) ? speakerOf(s.text) : undefined;
	// ("officials said Thursday": the day it was said, no speaker.)
	// "The Velda Front said …": a group speaks by its whole name ("according to the Velda Front"), a person by surname.
	// ("Police said …": the police, not a name.)
	if (named === 'Police') [v.speaker, v.speakerSex] = ['the police', undefined];
	else if (named && !/^(?:Al Jazeera|The|It|He|She|They|We|I)$/.test(named) && !WHEN_SAID.test(named)) {
		const group = /\s/.test(named) ? organisationIn(named, false)?.replace(/^[Tt]he\s+/, '') : undefined;
		v.speaker = group
			? s.text.includes(`the ${group}`) || s.text.includes(`The ${group}`)
				? `the ${group}`
				: group
			: named.split(/\s+/).pop();
		v.speakerSex = v.speaker ? sexAfter(s.text, v.speaker) : undefined;
	}
	// (The person the pronoun is goes on speaking in the quotes after it.)
	const pronounFor = !named || named === 'He' || named === 'She' ? personJustNamed(r) : undefined;
	if (pronounFor) [v.speaker, v.speakerSex] = [pronounFor, undefined];
	// ("Superior Court Justice Renu Mandhane said in her decision. ¶ He told a detective that …": a pronoun of the other
	// sex than the text gave the last speaker is someone else; review 43, BO min/08-6 credited the killer's words to the
	// judge.)
	const pronoun = /^(He|She)\b/.exec(s.text)?.[1]?.toLowerCase();
	const otherSex = !pronounFor && pronoun !== undefined && v.speakerSex !== undefined && v.speakerSex !== pronoun;
	const saidBy = otherSex
		? undefined
		: (pronounFor ?? (named || PRONOUN_SAID.test(s.text) || /[“”]/.test(s.text) ? v.speaker : undefined));
	// "the Eastern Brigades claimed responsibility, saying …": the claimant gives the reason.
	const claimant = /,\s+saying\b/.test(s.text)
		? facts.findLast((f) => f.kind === 'claim' && f.sentence === s.text)?.subject
		: undefined;
	for (const m of findMotives(s.text)) {
		const who = claimant ?? saidBy ?? v.authorName;
		// A motive is asked as someone's reading of it ("Why, according to Byman, …?"): with no one named as saying so
		// the question would be the text's own sentence turned round, which a briefing does not ask.
		if (!who) continue;
		const question = motiveQuestion(s.text, m, who);
		if (!question) continue;
		facts.push({
			kind: 'motive',
			value: m.gap,
			normalized: m.gap.toLowerCase(),
			written: question,
			speaker: who,
			sentence: s.text,
			evidence: {
				doc: meta.id,
				paragraph: s.paragraph,
				quote: s.text.length <= 320 ? s.text : quoteAround(s.text, m.index, m.index + m.gap.length, 14)
			}
		});
	}
}

/** A later clause of saying, between a claim or a blame and an event: " and said in September that it had". */
const SAID_AFTER = /\band\s+(?:later\s+)?(?:said|says|added|announced|reported)\b/i;
