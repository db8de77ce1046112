/**
 * The dates of one sentence as facts: each is tied to the event its clause names, or — when the sentence tells of the
 * attack the story is on without naming it — to that event; the days a statement was made, a report filed or a photo
 * taken are kept apart, so no card asks them as an event's date.
 */
import { DAY_AFTER, inOpenQuote, shift, stampLength, storyStart } from '../lang';
import { aftermathOf, formatDate } from './dates';
import { before } from './earlier-event';
import { NOUNS, VENUE_ALONE as VENUE_KEY, placeLike } from './event-patterns';
import { keysOf } from './events';
import { WHEN_AFTER, statementDate } from './followup';
import { dateEvent, datesAgree, isAt, type StoryEvent } from './model';
import { clauseAround } from './quote';
import { CAME_AFTER, PASSING, distance, sameClause, type Resolved, type SentenceReading } from './reading';
import type { DateMatch } from './dates';
import type { Mention } from './events';
import type { Fact } from './types';
import { pattern } from '../lang/pattern';
import { INVITED } from '../lang/weekdays';

/**
 * "Funerals continued Friday in Squirrel Hill, where mourners have gathered since a gunman opened fire … last
 * Saturday": "since" divides the time of what goes on now from the time of the event it counts from.
 */
function acrossSince(text: string, a: number, b: number, dates: readonly DateMatch[]): boolean {
	const between = text.slice(Math.min(a, b), Math.max(a, b));
	if (/\bsince\b/i.test(between)) return true;
	// "a grenade … early on Wednesday, three days after twin bombings at a church": a span counted to another event
	// says that event was on another day.
	if (/\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\b/i.test(between)) return true;
	// "The nation mourned on Wednesday after militants stormed the school yesterday": across "after", a date is the
	// main clause's when the event's own side gives another.
	if (!/\bafter\b/i.test(between)) return false;
	const side = b < a ? (x: number) => x > a : (x: number) => x < a;
	return dates.some(
		(d) => d.index !== b && side(d.index) && !/\bafter\b/i.test(text.slice(Math.min(a, d.index), Math.max(a, d.index)))
	);
}

/**
 * Date facts of one sentence, appended to `r.facts`. `years` are years the sentence's tolls are for (not questions of
 * their own); the index of a caption's date fact goes into `captionDates`.
 */
/**
 * Whether the sentence that gave `person` a role gave it as someone's ("decapitates his employer, Herve Cornara"): the
 * "he" of the next sentence is then the one "his" stands for.
 */
function possessedRole(facts: readonly Fact[], person: string, paragraph: number): boolean {
	const f = facts.findLast((x) => x.kind === 'actor' && x.subject === person && x.evidence.paragraph === paragraph);
	const at = f ? f.sentence.indexOf(person) : -1;
	return at > 0 && /\b(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+$/.test(f!.sentence.slice(0, at));
}

/** A span counted on from another day: "a month later", "a week afterwards". */
const LATER_SPAN = /\b(?:later|afterwards)\b/i;

export function dateFacts(r: SentenceReading, years: Set<string | undefined>, captionDates: Set<number>): void {
	const { s, mentions, facts, current, caption, meta, evidence } = r;
	// A dateline or a report's own time ("MANCHESTER, May 23 (Meridian Wire) -", "police said on Tuesday") tells when
	// the story was told, not when anything in it happened: no fact, and no event's own date either.
	// ("Next report: 27 January 2023": when the publisher writes again, no day of the story.)
	// ("Wednesday 14:58 — The toll has risen again": the weekday of a live entry's stamp is when the entry was posted, no
	// day to ask; but "Wednesday 14:58 — A car has hit pedestrians on Westminster Bridge" tells the attack on that day.)
	const opening = storyStart(s.text);
	// (A wire's dateline is when it was filed, never the attack's day: "TOKYO, July 3 Kyodo - Seven Japanese nationals
	// were killed in an attack …" was asked as an attack in Tokyo on 3 July; review 37, AU min/06-3.)
	const stamped =
		stampLength(s.text) > 0
			? (mentions.find((m) => m.event && !m.anaphor && !m.recalled)?.event ??
				(current &&
				!current.date &&
				(ATTACK_ACT.test(s.text) || /\bha(?:s|ve)\s+(?:hit|struck|attacked)\b/.test(s.text))
					? current
					: undefined))
			: undefined;
	// ("What happened on Easter Sunday?": an explainer's heading asks; its day is the answer's to tell, no card's.)
	const dates =
		NEXT_ISSUE.test(s.text) || INVITED.test(s.text) || /^[A-Z][^.!?]{0,80}\?$/.test(s.text.trim())
			? []
			: r.dates.filter(
					(d) =>
						(d.index >= opening || (stamped && d.precision === 'day' && datesAgree(stamped.date, d.iso))) &&
						!toldAt(s.text, d.index, d.index + d.text.length) &&
						// ("Few years … brought as many mass-casualty attacks to as many places as 2016": a year a comparison
						// measures by dates nothing; drilled, its cloze asked only for the year the report is about.)
						!(d.precision === 'year' && /\b(?:as|than)\s+$/i.test(s.text.slice(0, d.index))) &&
						// ("2016 in review: the year's deadliest attacks": the year a review covers is its subject, no date.)
						!(
							d.precision === 'year' &&
							/^\s+in\s+(?:review|retrospect|pictures|numbers|focus)\b/i.test(s.text.slice(d.index + d.text.length))
						)
				);
	/** Months written out that a day counted before them was narrowed to: said by that day's fact. */
	const narrowedTo = new Set<DateMatch>();
	for (const [i, read] of dates.entries()) {
		if (narrowedTo.has(read)) continue;
		// (A copy where its precision is narrowed below: the reading is shared with the counts of the sentence.)
		let d = read;
		// "Three days later, on Tuesday, March 22": a date written out beside a counted one is the same day, and says
		// it without the counting.
		// ("on Tuesday, ten years to the day after …": a span to another event is no writing out of the same day.)
		const next = dates[i + 1];
		if (d.resolvedFrom && next && !next.after && APPOSED.test(s.text.slice(d.index + d.text.length, next.index)))
			continue;
		// "Kathua, July 8. A month later, militants … ambushed two army trucks": a span counted on from a day that lands
		// after the report was written was counted from the wrong day (here the section's own, not the one before it;
		// review 44, BS min/05-6, 05-11). Nothing says from which, so it dates nothing.
		if (LATER_SPAN.test(d.text) && d.iso > meta.published.slice(0, d.iso.length)) continue;
		// "known as "Comprehensive Operation Sinai 2018"": a year in a quoted name is part of the name.
		if (/^\d{4}$/.test(d.text) && /[A-Z][\w'’-]*\s+$/.test(s.text.slice(0, d.index)) && inOpenQuote(s.text, d.index))
			continue;
		// "A week ago, shortly after 9:30 a.m. on January 17, a pickup … exploded": a span counted back from publication
		// beside a day the sentence writes out, which it agrees with, is said by that day.
		if (
			d.resolvedFrom === 'publication date' &&
			/\bago\b/i.test(d.text) &&
			d.precision !== 'day' &&
			dates.some(
				(o) => o !== d && !/\b(?:ago|later|earlier)\b/i.test(o.text) && o.precision === 'day' && o.iso.startsWith(d.iso)
			)
		)
			continue;
		// "For roughly 12 hours on Friday night and Saturday morning, gunmen held the centre": a span's end, joined to the
		// day before it by "and", is no day the event began on.
		const prev = dates[i - 1];
		if (
			prev &&
			prev.precision === 'day' &&
			d.precision === 'day' &&
			prev.iso < d.iso &&
			/^\s+(?:and|to|until|through|into)\s+(?:early\s+|late\s+)?$/i.test(
				s.text.slice(prev.index + prev.text.length, d.index)
			)
		)
			continue;
		// "came a week after gunmen stormed the hotel on Jan. 20": the day the text writes out is the recalled event's;
		// the one counted back from where the story stands is only a guess at it.
		// ("A day after a gunman opened fire …, residents brought flowers … on Monday": a span opening the sentence is set
		// after the clause its comma closes, and the day of the main clause beyond it is the one it counts back from.)
		const opensSentence = d.after && /^\s*(?:[-–—•*]\s*)?$/.test(s.text.slice(0, d.index));
		const spanEnd = opensSentence ? s.text.indexOf(', ', d.index) : -1;
		if (
			d.after &&
			dates.some((o) => o.index > d.index && !o.after && o.precision === 'day' && (spanEnd < 0 || o.index < spanEnd))
		)
			continue;
		// ("It came a year after the assault on the army camp at Chinagodrar in January 2020": a month written out says
		// no day, and the counted one is only as good as that month.)
		const month = d.after
			? dates.find((o) => o.index > d.index && !o.after && o.precision === 'month' && o.iso === d.iso.slice(0, 7))
			: undefined;
		if (month) {
			d = { ...d, iso: month.iso, precision: 'month' };
			narrowedTo.add(month);
		}
		// The day a span over two days ends on, joined by "and": "on Thursday and Friday".
		const following = dates[i + 1];
		const nextDay =
			following &&
			d.precision === 'day' &&
			following.precision === 'day' &&
			following.iso > d.iso &&
			Date.parse(following.iso) - Date.parse(d.iso) <= 3 * 86_400_000 &&
			/^\s+and\s+$/i.test(s.text.slice(d.index + d.text.length, following.index)) &&
			// (Not a span "between Sunday morning and Monday morning", whose acts each have a day of their own.)
			!/\bbetween\s+$/i.test(s.text.slice(Math.max(0, d.index - 9), d.index))
				? following
				: undefined;
		// "Attackers stormed the villages on Sunday afternoon, the government said in a statement read on Monday. ¶ The raids
		// came six days after a similar attack": days counted from the event the subject names, from that event's day, not
		// from the day of the statement the story last stood on (review 43, BN min/05-6 counted from the Monday).
		const span =
			d.after && d.precision === 'day' && d.span && /^(?:day|week)s?$/i.test(d.span.unit) ? d.span : undefined;
		const subjectDay = span
			? mentions.find(
					(m) =>
						m.anaphor &&
						m.event?.date?.length === 10 &&
						m.end <= d.index &&
						/^(?:The|This|That|These|Those|Its|Their)\s/.test(s.text.slice(m.index)) &&
						!/\S/.test(s.text.slice(0, m.index)) &&
						/^\s+(?:(?:came|comes|happened|occurred|followed)\s+)?$/i.test(s.text.slice(m.end, d.index))
				)?.event?.date
			: undefined;
		if (subjectDay) d = { ...d, iso: shift({ iso: subjectDay, precision: 'day' }, -span!.n, span!.unit).iso };
		// "comes two months after suicide bombings in Kerman": the date belongs to the event named after "after".
		// (Not past an act of its own before the mention: "come four days after police in Molenbeek arrested Salah Abdeslam,
		// the last surviving suspect of the attacks in Paris last November" dates the arrest; review 32, AJ min/04-11.)
		const afterMention = d.after ? mentions.find((m) => m.index >= d.index + d.text.length) : undefined;
		const after =
			afterMention && !ACT_BETWEEN.test(s.text.slice(d.index + d.text.length, afterMention.index))
				? afterMention
				: undefined;
		// "The Islamic State on Monday claimed the attack": the day of the claim, not of the attack.
		const clause = clauseAround(s.text, d.index, d.index + d.text.length);
		const said = caption ? undefined : statementDate(s.text, d.index, d.index + d.text.length, d.precision === 'day');
		const statement = caption || Boolean(said);
		// "a 20-year-old Syrian arrested on 20 October was behind a knife attack in Dresden": the day of the act the
		// date follows (an arrest, a charge), not of the event named after it.
		// ("A special terrorism court in Paris on Tuesday found eight people guilty over the 2016 … attack": so is the day
		// right before such a verb.)
		const inWhoClause = /\b(?:who|whom)\s+(?:had\s+|has\s+|later\s+)?[a-z]+ed\b[^,;]*$/.test(s.text.slice(0, d.index));
		const heldOn = HELD_ON.test(s.text.slice(Math.max(0, d.index - 70), d.index));
		const ofAct =
			ACT_DAY.test(s.text.slice(Math.max(0, d.index - 45), d.index)) ||
			PROCESS_BEGAN.test(s.text.slice(Math.max(0, d.index - 45), d.index)) ||
			// ("… on the same day that results of the presidential election held on 27.12.2020 were announced": the day of
			// an election, a vote or a meeting is its own.)
			heldOn ||
			ACT_NOUN_DAY.test(s.text.slice(Math.max(0, d.index - 60), d.index)) ||
			OFFENSIVE_LAUNCHED.test(s.text.slice(Math.max(0, d.index - 90), d.index)) ||
			ACT_AFTER.test(s.text.slice(d.index + d.text.length));
		// "over Sunday's bombing of a market": a day that owns the event's noun is its day, whatever the clause is about.
		const possessed = mentions.find(
			(m) =>
				m.event &&
				!m.anaphor &&
				d.index >= m.index &&
				d.index < m.end &&
				/^['’]s\s/.test(s.text.slice(d.index + d.text.length))
		);
		// "will go on trial in September", "are due in court on 21 November": a day still to come when the report was
		// written dates nothing that has happened.
		const ahead = before(meta.published, d.iso);
		// "- December 11, 2016: a suicide bomber killed 29 worshippers at …": a list item opening on its day, then a colon,
		// is dated by it, though the colon parts them.
		const dayOpensItem =
			/^\s*(?:[-–—•*]\s*|\d{1,2}[.)]\s*)?$/.test(s.text.slice(0, d.index)) &&
			/^\s*:\s/.test(s.text.slice(d.index + d.text.length));
		// "Those talks ended on 30 December 2006, when a van packed with explosives blew up in the car park of Terminal 4":
		// the day a "when" clause opens on is the day of the event it tells, whatever the main clause did on it (review
		// 42, BI min/08-4).
		// (Only where the main clause did something else on it: "At least 93 people were killed in three bomb blasts … on
		// Thursday, when a suicide bomber … tore through a snooker hall" tells the main clause's event again.)
		const whenClause =
			(statement || ofAct) && !ahead && WHEN_AFTER.test(s.text.slice(d.index + d.text.length))
				? mentions.find(
						(m) =>
							m.event &&
							!m.anaphor &&
							m.index > d.index &&
							!/[;:]/.test(s.text.slice(d.index, m.index)) &&
							!dates.some((o) => o.index > d.index && o.index < m.index)
					)
				: undefined;
		// ("The attack, the deadliest in Kenya since the 1998 US embassy bombing, began at dawn": a year inside the words of
		// an event recalled for comparison is that event's, never the subject's; review 44, BT min/08-9 dated Garissa 1998.)
		const inRecalled = mentions.find((m) => m.recalled && d.index >= m.index && d.index < m.end);
		const own = inRecalled
			? inRecalled.event
				? inRecalled
				: undefined
			: (whenClause ??
				(statement || ofAct || ahead
					? undefined
					: (after ??
						possessed ??
						mentions
							.filter(
								(m) =>
									// ("in that attack, on 4 December 2014, 14 police officers were killed": a day set right after
									// an anaphor is the day of the event it points at.)
									(!m.anaphor || (m.end <= d.index && APPOSED.test(s.text.slice(m.end, d.index)))) &&
									m.event &&
									(sameClause(s.text, m.index, d.index) || dayOpensItem) &&
									!aftermathOf(clause.text, s.text.slice(m.index, m.end)) &&
									!acrossSince(s.text, m.index, d.index, dates) &&
									!spanFrom(s.text, m, d) &&
									!ownDate(m, d, dates, s.text) &&
									!laterAct(s.text, m, d) &&
									!spanTo(s.text, m, d) &&
									!opensNext(s.text, m, d) &&
									!beforeNext(s.text, m, d, dates) &&
									!reportedAfter(s.text, d.index + d.text.length, m.index) &&
									// "lined the streets on Thursday as the first funerals were held for victims of the shooting",
									// "gathered today to mark the first anniversary of the bombing": the day of the mourning.
									!mourning(s.text.slice(Math.min(d.index, m.index), Math.max(d.index, m.index))) &&
									// "took over the investigation into a knife attack", "ended a 30-hour siege at a hotel": the day of
									// what was done about the event, which the sentence names as its object.
									!DONE_ABOUT.test(s.text.slice(Math.max(0, m.index - 40), m.index)) &&
									// "The Quetta bombing was the deadliest attack in Balochistan since April", "… is the deadliest
									// attack in Mindanao this year": a comparison's time measures the subject against others, and
									// never dates it.
									!(m.index < d.index && COMPARED_SINCE.test(s.text.slice(m.end, d.index))) &&
									// "The attack in Amiens came four months after an asylum-seeker stabbed … in Tours on 5 June": what
									// the subject came after is another event, and its day is that event's.
									!(m.index < d.index && CAME_AFTER.test(s.text.slice(m.end, d.index))) &&
									// (So does one its count passes: "passing the 32 killed at Virginia Tech on April 16, 2007".)
									!(m.index < d.index && PASSING.test(s.text.slice(m.end, d.index))) &&
									// "after the murder of … Walter Lübcke in June 2019 and the shooting near a synagogue in Halle in
									// October": a day that ends one item of a list is not the next item's (review 40, BB min/10-7).
									!(
										d.index < m.index &&
										/^\s*,?\s+and\s+(?:the\s+|a\s+|an\s+)?$/i.test(s.text.slice(d.index + d.text.length, m.index))
									) &&
									// "At 2:49 p.m. on Tuesday, the moment the first of two bombs exploded near the finish line of the Boston
									// Marathon a year ago, the city fell silent": a day set off by a comma before the event, whose own
									// words go on to another time, is of the main clause (review 41, BF min/06-1 dated the bombings by the
									// day of the silence).
									!ownTimeAfter(s.text, m, d, dates) &&
									// "Police on Friday were hunting the driver of a van that ploughed into crowds on Las Ramblas": a day
									// of the main clause, before a relative clause that tells the event, is the main verb's.
									!(d.index < m.index && RELATIVE_BETWEEN.test(s.text.slice(d.index + d.text.length, m.index))) &&
									// "The government banned the JMB on 23.02.2005 after a series of bomb attacks": what the main
									// clause's act came after is another time.
									!(d.index < m.index && AFTER_BETWEEN.test(s.text.slice(d.index + d.text.length, m.index))) &&
									// ("The death toll from last Thursday's attack and the shooting in Cambrils": the day owns the
									// attack, not the shooting joined to it; review 45, CA min/06-3 dated the Cambrils shooting by it.)
									!(d.index < m.index && OWNS_OTHER.test(s.text.slice(d.index + d.text.length, m.index))) &&
									// "on Thursday 23 March, the morning after a man drove a car into pedestrians": the day told as the
									// morning after an event is no day of that event (review 42, BM min/07-2).
									!(
										d.index < m.index &&
										dates.some((o) => o.after && o.index > d.index && o.index < m.index && DAY_AFTER.test(o.text))
									) &&
									// "This small town woke up on Saturday to find that most of the young men sought over the attacks in
									// Barcelona and Cambrils had grown up here": the day of the finding out, which came after the event.
									!(d.index < m.index && FOUND_OUT_BETWEEN.test(s.text.slice(d.index + d.text.length, m.index))) &&
									// "Pechenkin, … who joined an illegal armed group in Dagestan in 2012, in the attack at the
									// railway station": a day in a relative clause about someone, closed by a comma before the
									// event, is of what that person did.
									!(d.index < m.index && inWhoClause && /^[^,;]*,/.test(s.text.slice(d.index, m.index))) &&
									// ("Ninety-two soldiers were killed in an attack on the base in Lac province, according to President
									// Idriss Déby Itno, who visited the site the following day": and one in such a clause after the
									// event; review 45, BY min/03-2 dated the attack by the visit.)
									// (Set off by its comma: "among supporters who had gathered in Quetta on Sunday" tells the victims'
									// day, the bombing's.)
									!(d.index > m.end && inWhoClause && /,\s+(?:who|whom)\s/.test(s.text.slice(m.end, d.index))) &&
									// "was killed on October 16, 2017 during the Marawi siege": a day within a siege (a battle, a
									// campaign) that went on for days is of what happened in it, never the siege's own (review 26,
									// min/y10-5).
									!(
										d.index < m.index &&
										LASTING.test(m.noun) &&
										DURING_BEFORE.test(s.text.slice(d.index + d.text.length, m.index))
									)
							)
							.sort((a, b) => distance(a, d.index) - distance(b, d.index))[0])));
		// "Officers were called to the foyer at 10:33 p.m. on Monday": a sentence that names no other event and gives
		// the day of the attack the story is on dates that attack, not a cloze of its own.
		// "The trial of 19 people accused over last year's massacre … began on Monday": a day in a clause about what was
		// done over an event is that act's, and no day of the story's event either.
		const doneOver = mentions.some(
			(m) =>
				m.event &&
				sameClause(s.text, m.index, d.index) &&
				DONE_ABOUT.test(s.text.slice(Math.max(0, m.index - 40), m.index))
		);
		const told =
			!own?.event &&
			!doneOver &&
			!statement &&
			!heldOn &&
			!ahead &&
			!d.after &&
			current &&
			d.precision === 'day' &&
			// (Nor a day told as the one after the event: "on Tuesday 23 May, the morning after a bomb exploded".)
			!dates.some((o) => o.after && o.index > d.index && DAY_AFTER.test(o.text)) &&
			!spannedTo(s.text.slice(Math.max(0, d.index - 100), d.index)) &&
			// ("It was the deadliest terrorist attack in Boston since 15 April 2013": the day of the one compared with.)
			!COMPARED_SINCE.test(s.text.slice(Math.max(0, d.index - 120), d.index)) &&
			// (Nor "came four months after an asylum-seeker stabbed … in Tours on 5 June", where what the story came after
			// is told by no mention the day could be the day of.)
			!cameAfterUnnamed(s.text, d.index, mentions) &&
			!mentions.some((m) => m.event === current && ownTimeAfter(s.text, m, d, dates))
				? storyDay(
						current,
						d,
						s.text,
						clause.text,
						mentions,
						r.inFlow,
						subjectAnaphor(mentions, clause.offset, d.index)
					)
				: undefined;
		const dated = ((d.index < opening ? stamped : undefined) ?? own?.event ?? told) as StoryEvent | undefined;
		// ("A final assault on the processing plant on Saturday ended the standoff": the day a siege ended is no day it
		// began; review 33, AL min/01-6 dated the In Amenas siege by its last day.)
		// ("The final assault on the gas plant took place on Saturday", of the In Amenas attack: the forces' last assault
		// is no day of the attack, whatever noun the attack was read with; review 52, ED min/07-5.)
		const ended =
			dated && ((LASTING.test(dated.noun) && ENDED.test(clause.text)) || FINAL_PUSH.test(clause.text))
				? undefined
				: dated;
		// (A doubt about the year or the reading of the date keeps it out of the event's name; a clock time read on the
		// day of its entry or of publication is the day the story is on, and names it.)
		if (ended)
			dateEvent(
				ended,
				d.iso,
				d.precision,
				d.qualifier,
				/^a time of day/.test(d.unsettled ?? '') && r.posted ? undefined : d.unsettled
			);
		if (caption) captionDates.add(facts.length);
		// "The gunman has been named as Kujtim Fejzulai. He was sentenced in April 2019 …": a gap in a clause that opens on
		// "He" or "She" names the one person the paragraph has given a role before it, where it has given one.
		// (Not where the clause speaks of someone of the other pronoun too: "She was released …, but he is still held".)
		const pronoun =
			/^(?:He|She)\s/.test(clause.text) &&
			!(clause.text.startsWith('He ') ? /\b(?:she|her)\b/i : /\b(?:he|him|his)\b/i).test(clause.text.slice(3))
				? [
						...new Set(
							facts
								.filter((f) => f.kind === 'actor' && f.evidence.paragraph === s.paragraph && f.sentence !== s.text)
								.map((f) => f.subject)
						)
					]
				: [];
		// ("on March 22, and a third struck Maelbeek metro station an hour later": a date counted from a day the sentence
		// wrote is quoted with that day, so the answer can be read in its evidence.)
		const countedIn = d.inSentence && !/^publication/.test(d.resolvedFrom ?? '') ? countedFrom(dates, d) : undefined;
		// ("The lorry's Polish driver, Lukasz Urban, was found shot dead … The real attacker, the Tunisian Anis Amri, had
		// already fled. He was shot dead by Italian police": not where another name stands between the one given a role
		// and the pronoun; review 34, AO min/03-9.)
		// ("Delivery driver Yassin Salhi decapitates his employer, Herve Cornara. He hangs himself …": nor where the one
		// given a role was given it as someone's; review 37, AU min/03-9.)
		const he =
			pronoun.length === 1 &&
			pronoun[0] &&
			!namedSince(r.paragraph, pronoun[0], s.text) &&
			!possessedRole(facts, pronoun[0], s.paragraph)
				? pronoun[0]
				: undefined;
		facts.push({
			...(he ? { subject: he } : {}),
			kind: 'date',
			value: d.resolvedFrom ? formatDate(d.iso) : d.text.replace(/^(?:in|since|by|on)\s+/i, ''),
			normalized: d.iso,
			precision: d.precision,
			qualifier: d.qualifier,
			// "in 2015 and 2016, those numbers were …": the years belong to the tolls, not to a question of their own.
			measure: years.has(d.iso) ? 'toll-year' : said && !whenClause ? 'statement' : d.after ? 'after' : undefined,
			written: d.text,
			writtenAt: d.index - clause.offset,
			sentence: clause.text,
			eventId: ended?.id,
			// ("The claim came on Tuesday", "The attack came at about 11:45 a.m. on Sunday": a clause that names no event, or
			// only points back at the one the story is on.)
			story:
				!dated &&
				current &&
				// ("In Stockholm in April, a rejected asylum seeker … killed five people": a place of its own, not the story's.)
				!elsewhere(clause.text, current) &&
				mentions.every(
					(m) =>
						m.index >= clause.offset + clause.text.length ||
						m.end <= clause.offset ||
						(m.anaphor && m.event === current)
				)
					? current.id
					: undefined,
			check:
				own?.doubt ??
				d.unsettled ??
				// ("A string of bombings over less than 24 hours struck tourist and provincial towns … on Thursday and Friday": a
				// series told over two days began on the first; a reviewer decides whether the card asks for one or both;
				// review 43, BQ min/05-2.)
				(nextDay && SERIES.test(s.text)
					? `the text gives two days, "${d.text} and ${nextDay.text.replace(/^on\s+/i, '')}"; the first is asked`
					: undefined) ??
				// "A day earlier, officers raided …" a paragraph after "on Saturday": the day it counts from is a guess.
				// An event named beside it ("a day later, gunmen attacked the hall") is the text's own sequence.
				(!dated && d.resolvedFrom && RELATIVE.test(d.text) && r.countedFrom !== s.paragraph && !d.inSentence
					? `"${d.text}" counts from ${d.resolvedFrom}, a date of an earlier paragraph`
					: undefined),
			evidence: own?.event
				? evidence(
						Math.min(d.index, own.index, countedIn?.index ?? Infinity),
						Math.max(d.index + d.text.length, own.end),
						0
					)
				: { doc: meta.id, paragraph: s.paragraph, quote: clause.text }
		});
	}
}

/**
 * Whether a clause opens on a place the event is not at: "In Stockholm in April, a rejected asylum seeker … killed five
 * people" under a story on Berlin tells of another scene.
 */
function elsewhere(clause: string, e: StoryEvent): boolean {
	const w = /^\s*In\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\b/.exec(clause);
	const place = w ? placeLike(w[1]) : undefined;
	return place !== undefined && !isAt(e, place);
}
/**
 * "On Wednesday the group released a video in which it said it had planned the Charlie Hebdo attack": an event told
 * after a verb of saying is what was said; the date is the saying's.
 */
function reportedAfter(text: string, dateEnd: number, mentionAt: number): boolean {
	return (
		mentionAt > dateEnd &&
		/\b(?:said|says|told|announced|released|posted|published)\b/i.test(text.slice(dateEnd, mentionAt))
	);
}

/**
 * "wept on Wednesday as the 110 schoolgirls abducted from their school last month were brought back": an event with
 * a date of its own on its other side, nearer to it than this one, is not dated by this one.
 */
function ownDate(m: Resolved, d: DateMatch, dates: readonly DateMatch[], text: string): boolean {
	const side = (i: number) => Math.sign(i - m.index);
	// "questioning two men on Monday over the bomb that partly exploded … on Friday morning": a day in the relative
	// clause of the event's own noun is its day, however near another day stands.
	const relative = (o: DateMatch) =>
		o.index > m.end && /^\s+(?:that|which)\s+[^,;]*$/i.test(text.slice(m.end, o.index));
	// ("hanged in April last year for a separate grenade attack on the British high commissioner in Sylhet in May 2004": so
	// is a day right after the place the mention is told at, however long its words; review 47, CH min/03-9.)
	const afterPlace = (o: DateMatch) =>
		o.index > m.end && m.place !== undefined && placeThenDay(text.slice(m.end, o.index), m.place);
	return dates.some(
		(o) =>
			o.iso !== d.iso &&
			!dates.some((n) => n.index <= o.index && opensNext(text, m, n)) &&
			((side(o.index) === -side(d.index) && distance(m, o.index) < distance(m, d.index)) ||
				(relative(o) && !relative(d)) ||
				(afterPlace(o) && d.index < m.index) ||
				// ("Relatives laid carnations on Wednesday at the memorial to the police officers who died when militants
				// fought their way into … ten years ago, in the last large-scale rebel attack": a day in the "when" or "who"
				// clause that runs on to the mention is the mention's, and the day of the main clause is not; review 51, DA
				// min/07-1 dated the Grozny attack by the day of the carnations.)
				(d.index < o.index &&
					o.index < m.index &&
					/\b(?:when|who|which|where)\b/i.test(text.slice(d.index + d.text.length, o.index)) &&
					!/[;.]/.test(text.slice(o.index, m.index))))
	);
}

/** Whether the words between a mention and a day end on the place the mention is told at: " … in Sylhet in ". */
export const placeThenDay = (between: string, place: string) =>
	/^[^,;:.]*$/.test(between) &&
	between
		.replace(/\s+(?:in|on)\s*$/i, '')
		.trimEnd()
		.endsWith(place);

/**
 * "killed five of our citizens in Akçakale, and on 11 February a car bomb was set off at the Cilvegözü border gate": a
 * day past ", and" right after the event is in the clause that opens, and is neither the event's nor a rival of its day.
 */
function opensNext(text: string, m: Resolved, d: DateMatch): boolean {
	// ("attacked Gubio, in Gubio LGA, and in February, 30 motorists were killed": past the mention's own place, too.)
	return (
		d.index > m.end &&
		/^(?:,\s+in\s+[^,;.]{1,40})?,\s+and\s+(?:(?:on|in|early|late)\s+)?$/i.test(text.slice(m.end, d.index))
	);
}

/**
 * "On August 24, 2004, two jets exploded in flight, …, and on the evening of August 31 a woman blew herself up outside
 * the Rizhskaya station": a day before ", and on <another day>" is not the day of the event that clause tells of.
 */
function beforeNext(text: string, m: Resolved, d: DateMatch, dates: readonly DateMatch[]): boolean {
	if (d.index > m.index) return false;
	const gap = /,\s+and\s+(?:on|in)\s/.exec(text.slice(d.index + d.text.length, m.index));
	const from = d.index + d.text.length + (gap?.index ?? 0);
	return Boolean(gap) && dates.some((o) => o !== d && o.index > from && o.index < m.index);
}

/** The day written earlier in the sentence that `d`, a span, was counted from (lang's `within` reads the same one). */
const countedFrom = (dates: readonly DateMatch[], d: DateMatch) =>
	dates.findLast((o) => o.index < d.index && !o.background && o.precision === 'day');

/** An act told between a span's "after" and an event named later: "police in Molenbeek arrested Salah Abdeslam, …". */
const ACT_BETWEEN = /\b(?:arrested|detained|caught|captured|charged|extradited|convicted|sentenced|jailed)\b/i;

/**
 * "344 boys abducted from their school in Kankara were brought back to the state capital on Friday morning": the
 * event's noun phrase is the subject, and the day after its verb is when they came back, not when they were taken.
 */
const LATER_ACT =
	/\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:brought\s+back|freed|released|rescued|returned|reunited|handed\s+over|flown\s+home|buried|laid\s+to\s+rest|discharged|sentenced|convicted|jailed)\b/i;
/** Those who stop an attack, acting: "police", "special forces". */
const FORCES = '(?:police|officers|troops|soldiers|security\\s+forces|special\\s+forces|commandos|army|military)';
/** The doers: "gunmen", "the attackers". */
const DOERS_OF = '(?:gunm[ae]n|attackers?|bombers?)';
/**
 * Up to a day: a clause of what those who stopped the attack, or its doers, did after it (", before police shot him");
 * with no comma, only what the forces did or what befell the doers ("before he was shot dead", "before being caught").
 */
const BEFORE_ENDED = pattern(
	`,\\s+(?:just\\s+|shortly\\s+)?before\\s+(?:the\\s+)?(?:${FORCES}|he|she|they|${DOERS_OF})\\s+[a-z]+\\b[^,;]*$|\\s(?:just\\s+|shortly\\s+)?before\\s+(?:(?:the\\s+)?${FORCES}\\s+[a-z]+|(?:(?:he|she|they|(?:the\\s+)?${DOERS_OF})\\s+(?:was|were)|being)\\s+(?:shot|killed|arrested|captured|detained|overpowered))\\b[^,;]*$`,
	'i'
);
function laterAct(text: string, m: Resolved, d: DateMatch): boolean {
	// ("A car bomb exploded … as worshippers were released from prayers on Monday": past "as" or "when" the clause is
	// the event's own time.)
	const gap = text.slice(m.end, d.index);
	if (d.index > m.end && LATER_ACT.test(gap) && !/\b(?:as|when|while|who|which)\b/i.test(gap)) return true;
	// "in attacks on a free-speech debate and a synagogue … over the weekend, before police shot him dead in the early
	// hours of Sunday": the day of what ended it (review 47, CK min/02-1 dated the attacks by the gunman's death).
	// ("in two shootings in Copenhagen over the weekend before he was shot dead by police early on Sunday": with no
	// comma too, where the forces act or the doers were stopped; review 51, DD min/05-3. Not "killed 12 villagers …
	// before they fled into the forest on Monday", the doers' own getaway, told with the killing.)
	if (d.index > m.end && BEFORE_ENDED.test(gap)) return true;
	// "The toll from the attack on Crocus City Hall rose on Sunday to 137": the day the count of the event's dead rose.
	if (
		d.index > m.end &&
		TOLL_OF.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
		/^[^,;.]*?\b(?:rose|risen|climbed|jumped|increased|reached|stood|stands|was\s+raised|was\s+revised|fell|dropped)\b/i.test(
			gap
		)
	)
		return true;
	// "A soldier wounded in the pre-dawn raid on … Uri died in hospital … on Monday": the event names how the subject
	// was hurt, and the day is of what befell them since.
	// ("… injured in the bombing at a mosque in Kabul in which 18 worshippers died on Friday": past "which" the day is
	// the event's own.)
	return (
		d.index > m.end &&
		WOUNDED_IN.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
		DIED_SINCE.test(gap) &&
		!/\b(?:as|when|while|who|which|where)\b/i.test(gap)
	);
}
/** Right before a mention: the count of its dead ("The toll from …", "the number of dead in …"). */
const TOLL_OF =
	/\b(?:toll|number\s+of\s+(?:dead|deaths|victims|people\s+killed)|count\s+of\s+(?:the\s+)?dead)\s+(?:from|of|in)\s+(?:the\s+)?$/i;
/** Right before a mention: those hurt in it ("wounded in the raid on …", "injured in Sunday's blast"). */
/** An event that goes on for days: a siege, a battle, a campaign. */
/** A clause that tells how a lasting event ended: "ended the standoff", "brought the siege to an end", "final assault". */
const ENDED =
	/\b(?:ended|ending|ends)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:siege|standoff|stand-off|hostage\s+crisis|crisis)\b|\bbrought\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:siege|standoff|stand-off)\s+to\s+an\s+end\b|\bfinal\s+(?:assault|raid|push|storming)\b/i;
/** The forces' last push that ended a siege: "The final assault on the gas plant". */
const FINAL_PUSH = /\b[Ff]inal\s+(?:assault|raid|push|storming)\b/;
const LASTING = /\b(?:sieges?|battles?|campaigns?|offensives?|occupation|insurgency|war|hostage\s+crisis)$/i;
/** Between a day and an event it falls within: " during the ", " in the course of the ". */
const DURING_BEFORE = /^\s+(?:during|amid|in\s+the\s+course\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const WOUNDED_IN = /\b(?:wounded|injured|hurt)\s+(?:in|during|by)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** What befell the wounded since: a death, or leaving hospital. */
const DIED_SINCE = /\b(?:died|succumbed|passed\s+away|was\s+discharged|were\s+discharged)\b/i;

/**
 * "The shooting came three days before the first round of the presidential election on Sunday": a day past a span
 * counted to something else is that thing's day, not the event's. (event-patterns' SPAN_TO, with "ahead of" and the
 * article that opens what the span is counted to, where the words that name it start.)
 */
const SPAN_TO_THING =
	/\b(?:hours?|days?|weeks?|fortnight|months?|years?)\s+(?:before|after|ahead\s+of)\s+(?:the|a|an|his|her|its|their)\s/gi;
function spanTo(text: string, m: Resolved, d: DateMatch): boolean {
	return d.index > m.end && spannedTo(text.slice(m.end, d.index));
}
/**
 * Whether the words before a day count a span to something that is no attack ("three days before the first round of
 * the presidential election on Sunday"); one counted to an attack ("three years after the bombings of 12 October
 * 2002") is dated by the day, as that attack. `ahead`: only a span to something after ("days before the election").
 */
export function spannedTo(before: string, ahead = false): boolean {
	const span = [...before.matchAll(SPAN_TO_THING)].pop();
	if (!span || (ahead && !/\b(?:before|ahead\s+of)\s/i.test(span[0]))) return false;
	// The day must stand in the span's own words: past a comma ("three days before the election, happened on Tuesday",
	// "Weeks before the summit, gunmen killed 12 on Monday") it is the clause's.
	const target = before.slice(span.index + span[0].length);
	return !ATTACK_WORD.test(target) && !/[,;:]/.test(target);
}
/**
 * An inquiry into, a trial over or the end of an event, right before its mention; or those behind it ("fired six ballistic
 * missiles at the headquarters of the masterminds of the Ahvaz terrorist attack": review 33, AM min/06-7 dated the
 * attack by the strike).
 */
const DONE_ABOUT =
	/\b(?:(?:investigation|inquiry|probe|trial|case|hearing|inquest|retraction|claim)\s+(?:into|of|over|for|about)|(?:masterminds?|perpetrators?|planners?|organi[sz]ers?)\s+of|(?:ended|lifted|broke|end)(?:\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2})?|(?:accused|charged|convicted|suspected|tried|jailed|sentenced|detained|arrested)\s+(?:over|in\s+connection\s+with)(?:\s+(?:the|last\s+(?:year|month|week)(?:['’]s)?))?)\s*$/i;

/** Mourning and remembrance between a day and an event: the day is theirs, the event what they are for. */
const MOURNING =
	/\b(?:funerals?|vigils?|memorial|mourn\w*|anniversary|victims\s+of|commemorat\w*|tributes?|wreaths?|burial|buried)\b/i;

/**
 * Whether words tell of mourning, not of mourners an attack struck: "Two suicide bombings struck mourners in Kerman on
 * Wednesday", "a bomber blew himself up at a funeral" name whom and where the attack hit, and date it.
 */
function mourning(words: string): boolean {
	for (const m of words.matchAll(MOURNING_ALL))
		if (!STRUCK_BEFORE.test(words.slice(Math.max(0, m.index - 40), m.index))) return true;
	return false;
}
const MOURNING_ALL = pattern(MOURNING.source, 'gi');
/** An attack's verb or preposition right before what it hit: "struck", "among", "at a". */
const STRUCK_BEFORE =
	/\b(?:struck|strikes?|hit|hits|attacked|targeted|targeting|bombed|among|into|at|inside)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$/i;

/** An event's noun, as the mentions are read by (event-patterns' NOUNS). */
const ATTACK_WORD = pattern(`\\b(?:${NOUNS})\\b`, 'i');

/**
 * "Thirteen hours after the El Paso attack, early Sunday, a gunman opened fire in Dayton": an event a span is counted
 * from is the point of reference; the day beside it is that of what the sentence goes on to tell.
 */
const SPAN_FROM =
	/\b(?:hours?|days?|weeks?|fortnight|months?|years?)\s+(?:after|before)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** Whether `m` is counted from, and the date stands outside that phrase ("after the attack on May 11" is its own). */
function spanFrom(text: string, m: Resolved, d: DateMatch): boolean {
	if (!SPAN_FROM.test(text.slice(Math.max(0, m.index - 60), m.index))) return false;
	return d.index < m.index || /[,;:]/.test(text.slice(m.end, d.index));
}
const RELATIVE = /\b(?:later|earlier)$/i;
/**
 * A participle of what is done to a suspect, right before its date or after a short object: "arrested on", "charged
 * in", "found guilty on", "went on trial on", "detained 14 people on", "sentenced to death in" (review 30, AG
 * min/03-18 dated the Thamrin attack by its inspirer's sentence); "hanged in April last year for the Sylhet attack" (review
 * 50, CY min/03-14).
 */
const ACT_DAY =
	/\b(?:arrested|detained|charged|convicted|sentenced|jailed|imprisoned|hanged|executed|indicted|acquitted|extradited|released|banned|outlawed|proscribed|found\s+guilty|cleared|pleaded\s+(?:not\s+)?guilty|(?:went|goes|go|gone)\s+on\s+trial|(?:brought|appeared|appear|appearing)\s+(?:before|in)\s+(?:a\s+|the\s+)?(?:[A-Za-z]+\s+)?(?:court|judge|magistrates?))(?:\s+(?:\d+|a|an|the|two|three|four|five|six|seven|eight|nine|ten)(?:\s+[a-z]+){1,2}?|\s+the\s+[A-Z][\w-]*)?(?:\s+to\s+(?:death|life(?:\s+imprisonment|\s+in\s+(?:prison|jail))?|(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years(?:\s+in\s+(?:prison|jail))?))?\s+(?:(?:later|earlier|also|then|late|early)\s+)?(?:on\s+|in\s+)?$/i;
/**
 * What was done after an attack, named by its noun, then its day set off by commas: "and on the release, last Wednesday, "
 * (review 53, FB min/07-2 dated the Abuja-Kaduna train attack by the day its last hostages were freed). (Not a funeral
 * or a burial, where attacks happen: "struck mourners at the funeral, on 13 May, of a tribal elder".)
 */
const ACT_NOUN_DAY =
	/\bthe\s+(?:release|freeing|rescue|return|handover|arrest|capture|sentencing|verdict)\s*,\s+(?:(?:last|on|this)\s+(?:[A-Z][a-z]+,?\s+)?)?$/;
/**
 * An army's offensive or operation, then when it was launched: "Operation Zarb-e-Azb, the military offensive launched
 * in North Waziristan in " (review 43, BP min/07-6 dated the airport attack it came after by it).
 */
const OFFENSIVE_LAUNCHED =
	/\b(?:(?:military|army|government|security|joint|counter-?terrorism|air)\s+(?:offensive|operation|campaign|crackdown|sweep)|Operation\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+the\s+(?:[a-z]+\s+)?(?:offensive|operation|campaign))\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|it|they)\s+)?(?:launched|began|begun|started|opened|mounted)\b[^,;.]{0,50}?\s+(?:on|in)\s+$/i;
/**
 * A trial, hearing or inquiry, then when it began or ended: "During the trial, which began in " (review 30, AF
 * min/07-10 dated an attack by the trial of its gunman); a truce or a law, then when it took effect: "a partial truce
 * that took effect on " (review 39, AZ min/05-13 dated two Syrian bombings by it).
 */
const PROCESS_BEGAN =
	/\b(?:trial|hearing|inquiry|inquest|case|retrial)\s*,?\s+(?:which|that)\s+(?:began|opened|started|resumed|ended|closed|concluded)\s+(?:on\s+|in\s+)?$|\b(?:truce|ceasefire|cease-fire|armistice|deal|agreement|accord|law|ban|curfew|state\s+of\s+emergency)\s*,?\s+(?:which|that)\s+(?:had\s+)?(?:took|takes|came|comes|went|goes|entered|enters)\s+(?:effect|into\s+(?:force|effect))\s+(?:on\s+|in\s+)?$/i;
/**
 * The words before the day of something held that is no attack: "the presidential election held on "; nor the start
 * or end of such a thing: "before the opening of the Sochi Winter Olympics on " (review 49, CT min/03-1 dated the
 * Volgograd bombings by it).
 */
const HELD_ON =
	/\b(?:elections?|vote|polls?|referendum|summit|meeting|talks|conference|match|ceremony|festival|Olympics|Games|tournament)\s+(?:(?:was|were|had\s+been)\s+)?(?:held|staged|that\s+took\s+place|which\s+took\s+place)\s+(?:on|in)\s+$|\b(?:before|ahead\s+of|until)\s+the\s+(?:opening|start|launch|kick-off|inauguration)\s+(?:ceremony\s+)?of\s+(?:the\s+)?(?:[A-Z0-9][\w'’-]*\s+){1,5}(?:on|in)\s+$/i;
/**
 * What is done to a suspect, told right after its day: "on Tuesday found eight people guilty", "on Monday charged",
 * "Wednesday's death sentences for seven men over the 2016 … massacre".
 */
// (And "The health ministry on Monday raised to 25 the number of people killed in a suicide attack on a church": the
// day a toll was revised; review 24, min/u08-1. "Thai police on Tuesday were hunting a man seen leaving a backpack …
// minutes before a bomb exploded there": the day of a manhunt; review 30, AG min/01-2.)
const ACT_AFTER =
	/^(?:['’]s\s+(?:death\s+)?(?:sentences?|sentencing|verdicts?|convictions?|trial|hearing|arrests?|ruling|judgment|judgement)\b|\s+(?:(?:also|later|then)\s+)?(?:found\s+(?:[\w-]+\s+){0,3}?guilty|convicted|sentenced|jailed|charged|acquitted|indicted|arrested|detained|extradited|(?:were|was)\s+(?:still\s+)?(?:hunting|searching|looking)\s+for|(?:were|was)\s+(?:still\s+)?hunting|hunted|searched\s+for)\b|\s+(?:raised|revised|lowered|increased|updated|put)\s+(?:to\s+[\w,]+\s+)?the\s+(?:death\s+)?(?:toll|number|count|figure)\b|\s+(?:raised|revised|lowered)\s+to\s)/i;
/**
 * A report's note of when the next one comes out: "Next report: 27 January 2023", "The next update is due on …"; an
 * invitation to come back ("Follow TASS for updates on Tuesday", INVITED) is none of the story's days either.
 */
// ("This page is no longer being updated; follow our continuing coverage on Monday": nor is a live page's farewell;
// review 44, BS min/02-2.)
const NEXT_ISSUE =
	/^(?:the\s+)?next\s+(?:report|update|edition|issue|briefing|situation\s+report)s?\b|\b(?:page|blog|feed)\s+is\s+no\s+longer\s+being\s+updated\b/i;

/**
 * Whether the sentence right before `sentence` in its paragraph names someone other than `person` (two capitalised
 * words, not opening it) and not `person`: a pronoun after it may be that other one's.
 */
function namedSince(paragraph: string, person: string, sentence: string): boolean {
	const end = paragraph.indexOf(sentence);
	if (end <= 0) return false;
	const before = paragraph.slice(0, end).trimEnd();
	const previous = before.slice(Math.max(before.lastIndexOf('. ', before.length - 2), 0));
	return !previous.includes(person) && /[^.!?\s]\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+/.test(previous);
}

/** Whether the words before `at` tell what the event came after, with no event mention after "after". */
function cameAfterUnnamed(sentence: string, at: number, mentions: readonly Resolved[]): boolean {
	const after = CAME_AFTER.exec(sentence.slice(0, at));
	return after !== null && !mentions.some((m) => m.index > after.index && m.index < at);
}

/** Between a day and the event its clause's act came after: " after a series of ", ", following the ". */
/** Acts told as a series or in the plural: "A string of bombings", "a wave of attacks", "the blasts". */
const SERIES = /\b(?:string|series|wave|spate|chain)\s+of\b|\b(?:bombings|blasts|explosions|attacks)\b/i;
const AFTER_BETWEEN = /^,?\s+(?:after|following)\s+(?:(?:a|an|the)\s+)?(?:(?:series|wave|string|spate)\s+of\s+)?$/i;

/** Between a day and another event joined to the one it owns: "'s attack and the ". */
const OWNS_OTHER =
	/^['’]s\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|shootings?|stabbings?|blasts?|explosions?|massacre|rampage|assault)\s+and\s+(?:the\s+|a\s+)?$/i;

/** Between a day and the event a sentence's subject learned of then: " to find that most of the men sought over". */
const FOUND_OUT_BETWEEN =
	/^,?\s+(?:to\s+(?:find|learn|discover|hear)|(?:found|learned|learnt|discovered|heard))(?:\s+out)?\s+(?:that\s+)?[^,;.]*$/i;

/**
 * A comparison that runs up to a date: "was the deadliest attack in Balochistan since", "the worst in Mindanao". (Not
 * a place's size: "in Nazran, the largest town in Ingushetia, on Monday"; review 42, BK min/10-9.)
 */
const COMPARED_SINCE =
	/\b(?:deadliest|worst|bloodiest|(?:biggest|largest)(?!\s+(?:town|city|village|port|island|province|region|state|country|district|market|mosque|church|camp)\b)|most\s+(?:deadly|lethal|serious))\b[^.;]{0,80}?(?:\bsince|\bin|\bthis|\bof)?\s*$/i;
/** What stands between a counted date and the same day written out after it: ", on ", ", ". */
const APPOSED = /^,\s*(?:on\s+|in\s+)?$/;

/** Whether a date tells when the report or a statement was made rather than when an event happened. */
function toldAt(sentence: string, start: number, end: number): boolean {
	const before = sentence.slice(Math.max(0, start - 24), start);
	const after = sentence.slice(end, end + 40);
	if (
		/\b(?:said|says|told|added|announced|confirmed|reported|stated|ruled)\s+(?:on\s+|late\s+|early\s+)?$/i.test(
			before
		) ||
		// ("Amaq declared on Saturday evening that the man who stabbed three people … was 'a soldier'": what was declared
		// follows the day; review 45, CA min/09-1 dated the stabbing by the claim. Not "the ceasefire it declared on March
		// 1", whose day is the ceasefire's.)
		(/\b(?:declared|insisted|wrote|admitted)\s+(?:on\s+)?$/i.test(before) &&
			/^(?:\s+(?:morning|afternoon|evening|night))?\s+that\b/i.test(after)) ||
		// ("said on Donnerstag (Thursday)": the English weekday in brackets after the one the text wrote.)
		/\b(?:said|says|told|added|announced|confirmed|reported|stated|ruled)\s+on\s+[A-Z][a-z]+\s+\(\s*$/.test(
			sentence.slice(Math.max(0, start - 40), start)
		)
	)
		return true;
	// "security sources told AFP on Monday", "officials told reporters on Tuesday": whom it was told to, then the day.
	if (
		/\btold\s+(?:(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}|reporters|journalists|(?:a|the)\s+(?:news\s+)?(?:agency|newspaper|broadcaster|radio|television|conference|briefing))\s+(?:on\s+|late\s+|early\s+)?$/.test(
			sentence.slice(Math.max(0, start - 60), start)
		)
	)
		return true;
	// "MOGADISHU, Oct. 31 (Xinhua) -- ": a wire's dateline, its dash sometimes typed as two hyphens.
	// "SRINAGAR, Feb 15 (Bharat News Service): …": or a colon after the agency; "MADRID, Jul 18 (EFE).-", "MOSCOW, April
	// 27. /TASS/.": or as the Spanish and Russian agencies write it.
	if (/^\s*(?:\([^)]{2,40}\)\.?\s*(?:[-–—:]|--)|[-–—]|--|\.\s*\/[A-Z]{2,8}\/\.)\s?/.test(after) && start < 60)
		return true;
	// ("HYDERABAD, December 19: A court …": or a colon with no agency, after the city in capitals; "- 13 March 2004:" is
	// a list item's day.)
	if (/^:\s/.test(after) && /^[A-Z]{3,}(?:[ -][A-Z]{2,})*,\s*$/.test(sentence.slice(0, start))) return true;
	// "a video obtained by news agencies on Monday": when something was made public.
	// (Not "a statement posted on a rebel website on September 17": the day a claim was made is a date to ask.)
	if (
		/\b(?:obtained|released|posted|published|circulated|broadcast|aired)\s+(?:by\s+(?:[\w-]+\s+){1,3})?(?:on\s+|late\s+|early\s+)?$/i.test(
			sentence.slice(Math.max(0, start - 60), start)
		)
	)
		return true;
	// "at a news conference in Brussels on Friday", "in a televised address on Sunday", "in a video message on Monday":
	// when something was said.
	const lead = sentence.slice(Math.max(0, start - 60), start);
	if (
		/\b(?:news|press)\s+conference|\b(?:televised|national|radio)\s+address|\bin\s+an?\s+(?:statement|interview|speech|video|(?:video|audio)\s+message|recording)\b/i.test(
			lead
		) &&
		/\b(?:conference|address|statement|interview|speech|video|message|recording)(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+(?:on\s+)?$/i.test(
			lead
		)
	)
		return true;
	return (
		/\|/.test(sentence) ||
		/^(?:Issued by|Published|Updated|Posted)\b|\blive\s+(?:updates|page|blog|coverage)\b|\bpress\s+release\b/i.test(
			sentence
		)
	);
}

/** A verb of its own after a day, then a relative clause the event is told in: " were hunting the driver of a van that ". */
const RELATIVE_BETWEEN = /^\s+(?:were|was|are|is)\s+[a-z]+ing\b[^,;.]*\b(?:that|which|who)\s+$/;

/**
 * The act of the attack itself, told without naming it: "a bomber … detonated a vest", "shot dead a guard", "drove a
 * hired van into pedestrians".
 */
const ATTACK_ACT =
	/\b(?:detonated|blew\s+(?:himself\s+|herself\s+|themselves\s+)?up|opened\s+fire|shot\s+dead|set\s+off|stabbed|rammed|went\s+off|exploded|took\s+(?:[\w-]+\s+)?(?:people\s+)?hostage|(?:drove|ploughed|plowed|crashed|smashed)\s+(?:[\w-]+\s+){0,4}?into\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:crowds?|pedestrians|people|shoppers|revellers|spectators))\b/i;
/** The attackers as the subject of what they did: "Gunmen in trucks arrived at the school". */
const DOERS =
	/^(?:[A-Z][\w-]*\s+)?(?:gunm[ae]n|bombers?|attackers?|assailants?|militants|fighters|(?:a|an)\s+(?:[\w-]+\s+)?(?:man|woman|youth|teenager)\s+(?:armed|carrying|wielding)\s+with)\b/i;
/** What follows an attack (arrests, courts, mourning, hospitals): a day of that is not the attack's. */
const AFTERMATH_WORD =
	/\b(?:arrest|charg|detain|mourn|vigil|funeral|court|trial|sentenc|protest|condolence|tribute|wreath|flowers|hospital|identif|visit|still|remain)/i;

/**
 * "The blast tore through the hall at 8 p.m. on Sunday": the clause's subject refers back to the event the story is
 * on, so the clause goes on telling of it.
 */
function subjectAnaphor(mentions: Resolved[], clauseStart: number, dateAt: number): boolean {
	return mentions.some(
		(m) => m.anaphor && m.event && m.index >= clauseStart && m.index - clauseStart <= 8 && m.index < dateAt
	);
}

/**
 * The event `current` when a dated sentence names no other event and the text ties the date to it: the very day
 * `current` happened on; or a sentence that tells of the attack itself — its act ("detonated a vest", "shot dead a
 * guard"), its doers as the subject ("Gunmen in trucks arrived …") or the attack itself as the subject ("the blast
 * tore through …"), never the aftermath — and ties it to `current` (the last by its own words)
 * by going on in the paragraph that is telling of it, by a name of the event in the clause ("… at the school in
 * Kelo late on 14 April"), or by its venue named again with "the" ("he arrived at the club on Sunday"). A date that
 * disagrees with a date `current` already has is never its.
 */
function storyDay(
	current: StoryEvent,
	d: DateMatch,
	sentence: string,
	clause: string,
	mentions: Resolved[],
	inFlow: boolean,
	subject: boolean
): StoryEvent | undefined {
	if (!mentions.every((m) => m.event === current)) return undefined;
	if (current.date === d.iso) return current;
	if (!datesAgree(current.date, d.iso)) return undefined;
	// "The toll from the car bomb that tore through a crowded square on Sunday evening rose to 41 on Monday": a day in
	// the relative clause of the event's own noun dates the event, whatever the sentence goes on to tell.
	const relative = (m: Resolved) =>
		m.end <= d.index &&
		/^\s+(?:that|which)\s+(?![^,;]*\b(?:rose|risen|climbed|reached|stood)\b)[^,;]*$/i.test(
			sentence.slice(m.end, d.index)
		);
	if (mentions.some((m) => m.event === current && relative(m))) return current;
	// The sentence must tell of the attack itself — its act, its doers, or the attack as the subject — and not of
	// what came after.
	if (AFTERMATH_WORD.test(clause)) return undefined;
	if (subject) return current;
	// "Shortly before 8pm on Tuesday, a man armed with a pistol …": the doers may open the clause after its date.
	const next = sentence.slice(d.index + d.text.length).replace(/^\s*,\s*/, '');
	if (!(ATTACK_ACT.test(sentence) || DOERS.test(clause) || DOERS.test(next))) return undefined;
	if (inFlow) return current;
	const names = [current.place, current.target, ...current.alsoIn].flatMap(keysOf);
	const words = new Set(keysOf(clause.match(/\b[A-Z][\w'’-]+/g)?.join(' ')));
	if (names.some((k) => words.has(k))) return current;
	// ("walked into the second-hand clothes market … and set off his explosives belt": the venue the story is on, with
	// up to two words before it.)
	const venues = keysOf(current.target).filter((k) => VENUE_KEY.test(k));
	if (venues.some((v) => pattern(`\\bthe\\s+(?:[\\w-]+\\s+){0,2}${v}s?\\b`, 'i').test(clause))) return current;
	// ("detonated a home-made device in the foyer of the venue": "the venue" is the target the story is on.)
	return (current.target ?? current.place) && /\b(?:of|at|in|inside|outside)\s+the\s+venue\b/i.test(clause)
		? current
		: undefined;
}

/**
 * Whether a day `d`, set off by a comma before mention `m`, is of the main clause because the mention's own words go on
 * to another time: "At 2:49 p.m. on Tuesday, the moment the first of two bombs exploded near the finish line of the
 * Boston Marathon a year ago, the city fell silent" (review 41, BF min/06-1 dated the bombings by the day of the
 * silence).
 */
function ownTimeAfter(sentence: string, m: Mention, d: DateMatch, dates: DateMatch[]): boolean {
	return (
		d.index < m.index &&
		sentence.slice(d.index + d.text.length, m.index).includes(',') &&
		dates.some(
			(o) =>
				o.index >= m.end &&
				!/[,;]/.test(sentence.slice(m.end, o.index)) &&
				// (Not a time a comparison measures from: "stormed a hotel in Kabul in the worst attack … since 2014", "two
				// years after a similar attack in October 2017".)
				!/\b(?:since|after|before|than|until|till|compared)\b/i.test(sentence.slice(m.end, o.index)) &&
				!datesAgree(o.iso, d.iso)
		)
	);
}
