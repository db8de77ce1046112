/**
 * The counts of one sentence as facts: a toll is tied to the event its clause names, a revised count ("has risen to
 * 68") to the event the story is on, "the dead" to the last toll of that measure, each part of a split count ("30 in
 * Karsk and 22 on Tørvik") to the event at its place; other figures are kept as key figures.
 */
import { whereOf, type Mention } from './events';
import type { FigureMatch } from './figures';
import { TAKEN_TO } from './hospital-counts';
import { atSeveralSites, describe, mainEvent, type StoryEvent } from './model';
import { clauseAround } from './quote';
import type { Placed, Resolved, SentenceReading } from './reading';
import {
	SEVERAL,
	SPREAD,
	arrestNoun,
	asTotal,
	besideDoubt,
	claimedCount,
	countOf,
	lastToll,
	settleParts,
	moreNextDoubt,
	moreLaterDoubt,
	otherOperationsDoubt,
	partDoubt,
	rangeDoubt,
	respectiveDoubt,
	diedAtOnce,
	earlierDoubt,
	totalDoubt
} from './toll-facts';
import type { Fact } from './types';
import { NUMBER, QUALIFIER } from '../lang';
import { overTimeOrRegion } from './toll-patterns';
import { pattern } from '../lang/pattern';
import { SAID_ON } from '../lang/weekdays';

/** "bringing the toll from the two sites to ": a toll of all the sites the text told of. */
const ALL_SITES =
	/\b(?:toll|dead|count)\s+(?:from|of|for|at|in)\s+(?:the\s+)?(?:two|three|four|five|both|all)\s+(?:(?:the\s+)?(?:sites|blasts|explosions|bombs|bombings|attacks|places|locations|scenes))\s+(?:to|at|stood\s+at|rose\s+to)\s+$/i;

/**
 * Toll and figure facts of one sentence, appended to `r.facts`; `resolveAt` resolves a place the sentence gives a
 * count to an event (adding one to `events` when none fits), and a toll of another year adds that year's event.
 */
export function countFacts(
	r: SentenceReading,
	figures: FigureMatch[],
	events: StoryEvent[],
	resolveAt: (m: Mention) => Resolved
): void {
	const { s, mentions, facts, current, meta, eventAt, evidence } = r;
	// The latest day the sentence names, up to publication: when its counts were given (a count comes after its event).
	// Read only for a sentence with a toll: most sentences have none.
	const hasToll = figures.some((f) => f.kind === 'toll');
	const days = !hasToll
		? []
		: r.dates.filter(
				// ("The death toll from Monday's bombing has risen to 31": a day owning the event is the event's, not the count's.)
				(d) =>
					d.precision === 'day' &&
					d.iso <= meta.published &&
					!d.after &&
					!/^['’]s\b/.test(s.text.slice(d.index + d.text.length))
			);
	const day = days
		.map((d) => d.iso)
		.sort()
		.pop();
	// A live entry's counts were told when it was posted ("10.42 GMT …"): on the day its stamp names ("Sat 22:45") or
	// the page's, or a later day the sentence names. An earlier day the sentence names is the attack's, not the
	// entry's: "18.35 GMT – … 129 people were killed … in six attacks on Friday night", posted on Saturday, was told after
	// Saturday morning's 127 (review 40, BB 02).
	// (A day something was said on is when the count was told, whatever the entry's day: "Police said on Monday night
	// that 19 people had died", in a recap posted on Tuesday.)
	const postedOn = r.postedOn ?? meta.published;
	// (Read only for a live entry's counts, whose day of telling it settles.)
	const saidOn = () =>
		days.some(
			(d) =>
				d.iso === day &&
				(SAID_ON.test(s.text.slice(Math.max(0, d.index - 40), d.index)) ||
					// ("on Friday night police said at least 40 …": the day opening the clause of saying.)
					/^,?\s+(?:[\w'’-]+\s+){0,3}(?:said|says|told|announced|reported|confirmed)\b/i.test(
						s.text.slice(d.index + d.text.length)
					))
		);
	const told = r.posted && hasToll ? `${day && (day > postedOn || saidOn()) ? day : postedOn}T${r.posted}` : day;
	/**
	 * "put the death toll at 23 on Saturday, but by Sunday the government said 29 people had been killed": where the
	 * sentence gives two counts of one measure, each was told on the day of its own part of the sentence (review 33, AL
	 * min/05-6, which asked Saturday's 23 as the toll).
	 */
	const toldOf = (f: FigureMatch) => {
		if (r.posted || days.length < 2) return told;
		if (!figures.some((g) => g !== f && g.kind === 'toll' && g.measure === f.measure)) return told;
		const before = s.text.slice(0, f.index);
		const from = Math.max(...[...before.matchAll(PART_MARK)].map((m) => m.index! + m[0].length), 0);
		const next = s.text.slice(f.index).search(PART_MARK);
		const to = next < 0 ? s.text.length : f.index + next;
		// (Only a part that tells a count: "in Nice on July 14, 2016, when a truck killed 86" gives the day of an event.)
		if (!TELLS.test(s.text.slice(from, to))) return told;
		const own = days.filter((d) => d.index >= from && d.index < to).map((d) => d.iso);
		return own.length ? own.sort().pop() : told;
	};
	const yearEvents = new Map<string, StoryEvent>();
	/** "killed 52 people: 30 in Karsk and 22 on Tørvik": each part is the toll of the event at its place. */
	const parts = new Set<Fact>();
	const partAt = (index: number, where: string): Placed => {
		const place = whereOf(where);
		if (!place.target && !place.place) return {};
		const r = resolveAt({ index, end: index, noun: 'attack', anaphor: false, ...place });
		return { event: r.event, check: r.doubt };
	};
	/** The toll fact each figure of this sentence became, so a group within a count finds its whole. */
	const made = new Map<FigureMatch, Fact>();
	for (let f of figures) {
		// "Yesterday we corrected that figure to five": with no count told just before, "that figure" is no toll; after
		// one, it is a count of what that one counted.
		if (f.kind === 'toll' && f.referred) {
			// (Told in this paragraph, or in the one before when nothing was read in this one yet.)
			const opening = !facts.some(
				(o) => o.evidence.doc === meta.id && o.evidence.paragraph === s.paragraph && !s.text.includes(o.evidence.quote)
			);
			const before = facts.findLast(
				(o) =>
					o.kind === 'toll' &&
					o.evidence.doc === meta.id &&
					(o.evidence.paragraph === s.paragraph || (opening && o.evidence.paragraph === s.paragraph - 1))
			);
			if (!before?.measure) continue;
			f = { ...f, measure: before.measure, normalized: f.normalized.replace(/^[^:]+/, before.measure) };
		}
		if (f.kind === 'figure') {
			const clause = clauseAround(s.text, f.index, f.index + f.value.length);
			facts.push({
				kind: 'figure',
				value: f.value,
				normalized: f.normalized,
				qualifier: f.qualifier,
				measure: f.measure,
				written: f.value,
				sentence: clause.text,
				evidence: { doc: meta.id, paragraph: s.paragraph, quote: clause.text }
			});
			continue;
		}
		// ("Two labourers died on the spot; three more … died on the way to hospital": no toll, wherever it would go.)
		if (f.measure === 'killed' && diedAtOnce(s.text, f.index + f.value.length)) continue;
		// ("A magnitude 7.4 earthquake struck off Hinatuan on Saturday night. At least one person was reported killed in
		// Davao del Norte": a count right after a disaster the sentence before told of, in words of no attack, is the
		// disaster's; review 45, CB min/05-12 asked it of an attack in Davao del Norte.)
		if (afterDisaster(r.paragraph, s.text)) continue;
		// ("We owe it to the 129 dead": "the" count of the dead the text has already given is that toll told again, no
		// count of its own to place; review 47, CK 07, after min/07-12, asked it of the police raid in view. Not "the three
		// killed at Gilroy", a part named by its place, which a total beside it counts in.)
		if (
			f.kind === 'toll' &&
			!f.victims &&
			/\bthe\s+$/i.test(s.text.slice(Math.max(0, f.index - 4), f.index)) &&
			/^\s+(?:dead|victims|killed|people\s+killed|people\s+who\s+died)\b(?!\s+(?:at|in|on)\s+\p{Lu})/iu.test(
				s.text.slice(f.index + f.value.length)
			) &&
			facts.some((o) => o.kind === 'toll' && o.measure === f.measure && o.eventId && countOf(o) === f.number)
		)
			continue;
		// "The death toll has risen to 68": a revised count is the toll of the story's event, not a new one.
		// "Of the dead, 27 were foreigners": "the dead" are those of the last toll of that measure, in this paragraph
		// or the one before, so the group shares its event.
		const whole = f.back && !mentions.length ? lastToll(facts, f.measure, s.paragraph, f.number) : undefined;
		// "…massacred 141 people, 132 of them children, in the deadliest attack": a group within the count before it
		// is of that count's event, whatever the words after it name.
		const within = f.within
			? made.get(figures.findLast((o) => o.kind === 'toll' && !o.within && o.index < f.index)!)
			: undefined;
		// "19 were treated at Bhayangkara Hospital and one at Pelamonia Army Hospital": where the hurt were treated is no
		// site of the attack, and a part by it no count of one.
		if (
			f.where &&
			/\b(?:hospitals?|clinics?|infirmary|morgues?|mortuary|medical\s+(?:centre|center|complex))\b/i.test(f.where)
		)
			continue;
		// "…raised the toll to 14, with 52 people wounded": a count told along with a revised one is of its revision.
		const revision = f.update ? undefined : alongRevision(s.text, figures, f, made);
		// "killing 15 Tanzanian peacekeepers and five Congolese soldiers": a second count sharing the first's verb is of
		// its event (review 25, min/w05-4: a comparison after it had given the five to another).
		const pair = revision ?? pairedWith(s.text, figures, f, made);
		const placed = f.where
			? partAt(f.index, f.where)
			: pair
				? { event: events.find((e) => e.id === pair.eventId), check: pair.check }
				: within
					? { event: events.find((e) => e.id === within.eventId), check: within.check }
					: whole
						? {
								event: events.find((e) => e.id === whole.eventId),
								check:
									whole.check ??
									recalledWhole(whole, f.measure, s.paragraph, r.paragraph, s.text, events) ??
									combinedWith(s.text, f.index)
							}
						: // A revised count naming no event is the story's, as the story flows ("…the toll has risen to 68"); no
							// place of its own moves it ("succumbed at the base hospital"), and a story that has moved on without
							// naming the event leaves it to be checked ("…at Grand-Bassam. It later rose to 19").
							f.update && current && !mentions.length
							? ((CORRECTED.test(s.text) ? revisedOf(facts, events, current, f.measure) : undefined) ??
								eventAt(f.index, false))
							: eventAt(f.index, true, f.measure === 'arrested' ? arrestNoun(s.text) : undefined);
		// "A second explosion at Sukedhara killed one man … and two others later, bringing the toll from the two sites to
		// four": a toll of all the sites is the whole's, not the site's the sentence names (review 28, min/ab08-1).
		const allSites = ALL_SITES.test(s.text.slice(0, f.index))
			? (events.find((e) => e.id === placed.event?.within) ?? events.find(atSeveralSites) ?? mainEvent(events))
			: undefined;
		const at: Placed = allSites && allSites !== placed.event ? { event: allSites } : placed;
		if (f.where && !at.event) continue;
		// "Al-Shabaab … claiming to have killed eight officers": the attackers' claim is no toll, nor a rival of one.
		if (claimedCount(s.text, f.index)) continue;
		const check =
			at.check ??
			(at.event && !f.where && !within
				? (respectiveDoubt(s.text, f.index + f.value.length) ??
					rangeDoubt(s.text, f.index, f.index + f.value.length) ??
					otherOperationsDoubt(s.text, f.index + f.value.length) ??
					(f.within
						? undefined
						: (moreNextDoubt(r.paragraph, s.text, f.measure) ??
							moreLaterDoubt(s.text, f.index + f.value.length, f.number, f.victims))) ??
					partDoubt(s.text, f.index + f.value.length, f.measure) ??
					bothSitesDoubt(r.paragraph, s.text, mentions.length > 0) ??
					besideDoubt(s.text, f.index, f.index + f.value.length) ??
					(f.update || revision ? undefined : earlierDoubt(s.text, f.index, r.dates, at.event)) ??
					totalDoubt(s.text, f.index, f.index + f.value.length, at.event))
				: undefined);
		// "…were killed, 29 of them children": a group within a count whose event is in doubt would only repeat the
		// doubt; it is asked once the whole count's event is settled.
		if (check && f.within) continue;
		let event = at.event;
		// "in 2015 and 2016, those numbers were 151 and 142": the same kind of event in another year.
		if (event && f.year && event.date !== f.year) {
			const base = event;
			event = yearEvents.get(f.year) ?? {
				...base,
				id: `${base.id}-${f.year}`,
				date: f.year,
				precision: 'year',
				qualifier: undefined,
				alsoIn: [...base.alsoIn],
				seen: [...base.seen]
			};
			yearEvents.set(f.year, event);
			if (!events.includes(event)) events.push(event);
		}
		facts.push({
			kind: 'toll',
			value: f.value,
			normalized: f.normalized,
			qualifier: f.qualifier,
			measure: f.hospital
				? `${f.measure}:${TAKEN_TO}${f.hospital}`
				: f.victims
					? `${f.measure}:${f.victims}`
					: f.measure,
			written: f.value,
			writtenAt: f.index,
			sentence: s.text,
			eventId: event?.id,
			check,
			update: f.update || !!revision,
			superseded: f.superseded,
			...withTold(toldOf(f), f.update ? event : undefined, meta.published),
			evidence: evidence(f.index, f.index + f.value.length)
		});
		const last = facts[facts.length - 1]!;
		made.set(f, last);
		const own = clauseAround(s.text, f.index, f.index + f.value.length).text;
		// "31 people were killed and around 270 injured in the two attacks": a count its clause gives for several of the
		// story's events, read as one's, is a guess (review 32, AJ min/04-3, 04-4: asked as the Maelbeek bombing's).
		const together = PLURAL_OF.exec(own);
		if (
			together &&
			event &&
			!last.check &&
			!isSeveral(event) &&
			// ("Police now say 207 people were killed … in the eight explosions", after the eighth was told: the only
			// event read is one blast of them; review 44, BS min/02-13.)
			(events.filter((e) => !e.within).length > 1 || !/\b(?:two|twin|both)\b/i.test(together[0]))
		)
			last.check = `the count is given for ${together[0].replace(/^\S+\s+/, '')}; read as ${describe(event)}`;
		// ("The death toll from last Thursday's attack and the shooting in Cambrils stands at 15": a toll of two events
		// joined by "and", read as one's, is a guess; review 45, CA min/06-4 and 06-6 trusted it as the shooting's.)
		const both = event && !last.check && !isSeveral(event) ? TOLL_OF_TWO.exec(s.text.slice(0, f.index)) : null;
		if (both) last.check = `the count is given for ${both[1]}; read as ${describe(event!)}`;
		// ("… stands at 15. More than 120 people were injured.": a count right after it, naming no event, follows it.)
		const toldBefore = facts.findLast((o) => o !== last && o.kind === 'toll' && o.evidence.doc === meta.id);
		if (
			!last.check &&
			!mentions.some((m) => m.event) &&
			toldBefore &&
			toldBefore.eventId === last.eventId &&
			toldBefore.evidence.paragraph === s.paragraph &&
			toldBefore.check?.startsWith('the count is given for ') &&
			!s.text.includes(toldBefore.evidence.quote)
		)
			last.check = toldBefore.check;
		// "Dec 29-30, 2013 - Two suicide bombers strike Volgograd's main railway station and a trolleybus on consecutive
		// days, killing 34 people": a count under a span of days, read as the event of its first, may be of every day's
		// (review 44, BU min/02-12 trusted the 34 as the 29 December bombing's).
		const days = last.check ? undefined : r.dates.find((d) => (d.days ?? 1) > 1);
		if (days && event?.date === days.iso && !isSeveral(event))
			last.check = `the count is told under "${days.text}", several days; read as ${describe(event)}`;
		// ("killing ten DRG men and their civilian driver": one more is named after the count, outside it, so a question
		// of all the dead may want eleven; review 44, BS min/03-2 trusted ten. A count of a named group, "four staff
		// members and a guard", is the group's.)
		const oneMore =
			!last.check && last.measure === 'killed' ? ONE_MORE.exec(s.text.slice(f.index + f.value.length)) : null;
		if (oneMore) last.check = `"${oneMore[1]}" is named after the count, and may be one more`;
		// ("The first bomb went off … on December 29 … That blast killed 18 people", of "the twin suicide bombings": a count
		// of one blast, read as the toll of several, is a part of it; review 49, CT min/03-3 trusted the 18 as both's.)
		const oneOf = !last.check && event && isSeveral(event) ? ONE_BLAST.exec(s.text) : null;
		if (oneOf) last.check = `the count is given for one of them ("${oneOf[0]}"); read as ${describe(event!)}`;
		if (f.where) parts.add(last);
		else if (
			(SPREAD.test(s.text) && SEVERAL.test(own)) ||
			overTimeOrRegion(s.text, f.index, f.index + f.value.length, f.measure, r.dates)
		)
			asTotal(last);
	}

	settleParts(facts, s.text, parts);
}

/** Words that correct a count already given, as a rise need not: "updated to", "revised down to". */
const CORRECTED = /\b(?:updated|revised|corrected|amended)\s+(?:(?:up|down)(?:wards?)?\s+)?to\b/i;
/**
 * "UPDATE: The number of wounded has been updated to seven", after the story has gone on to earlier attacks that
 * counted no wounded: the one event with a count of that kind is the one whose count is revised (review 50, CZ 04-13
 * gave the seven to a ramming of the month before).
 */
function revisedOf(facts: readonly Fact[], events: readonly StoryEvent[], current: StoryEvent, measure: string) {
	const counted = facts.filter((o) => o.kind === 'toll' && o.eventId && o.measure === measure);
	if (counted.some((o) => o.eventId === current.id)) return undefined;
	const owners = new Set(counted.map((o) => o.eventId));
	const event = owners.size === 1 ? events.find((e) => e.id === counted[0]!.eventId) : undefined;
	return event ? { event } : undefined;
}

/**
 * When a count was told. A revised count whose sentence names no day, in a report written more than a month after its
 * event ("The Iraqi Red Crescent put the death toll at 796", ten years on), is told as the report stands: after one the
 * report dates to the days of the event ("Officials first spoke of 175 dead, before the number rose to 250 the next
 * morning", review 24, min/u06-1).
 */
function withTold(told: string | undefined, event: StoryEvent | undefined, published: string): { told?: string } {
	if (told) return { told };
	const day = event?.precision === 'day' ? event.date : undefined;
	return day && Date.parse(published) - Date.parse(day) > 30 * 86_400_000 ? { told: published } : {};
}

/**
 * "A bomb exploded among marchers in Kharkiv on Sunday, … wounding at least ten. ¶ In January an explosion outside a
 * court building injured 14. ¶ Regional governor Ihor Baluta said six of the wounded were in a serious condition": "the
 * wounded" of a paragraph after one that recalled an earlier attack may be the story's own (review 31, AI min/01-12).
 * The reason to check a group read as of the whole `w`, a count of `measure`, in `sentence` of `paragraph` (whose
 * words are `text`); or undefined.
 */
function recalledWhole(
	w: Fact,
	measure: string,
	paragraph: number,
	text: string,
	sentence: string,
	events: StoryEvent[]
): string | undefined {
	const of = events.find((e) => e.id === w.eventId);
	const lead = events.find((e) => !e.within);
	return of &&
		lead &&
		of !== lead &&
		// (Or an earlier sentence of the same paragraph, with a sentence between: "…since the 1998 bombing of the US
		// embassy, in which 213 people were killed. The gunmen … went from hostel to hostel. Three police officers and three
		// soldiers were among the dead"; review 44, BT 07. Right after it, "Five of the dead were Argentine friends" are
		// its own.)
		(w.evidence.paragraph < paragraph ||
			(w.evidence.paragraph === paragraph && sentencesBetween(w, text, sentence) > 0)) &&
		of.date !== undefined &&
		lead.date !== undefined &&
		of.date.slice(0, 7) < lead.date.slice(0, 7)
		? `"of the ${measure === 'killed' ? 'dead' : measure}" is read as of ${describe(of)}, which an earlier ${w.evidence.paragraph < paragraph ? 'paragraph' : 'sentence'} recalled; the report is on ${describe(lead)}`
		: undefined;
}

/** How many sentences of a paragraph's `text` stand between the fact `w` told in it and `sentence`. */
function sentencesBetween(w: Fact, text: string, sentence: string): number {
	const from = text.indexOf(w.evidence.quote);
	const to = text.indexOf(sentence);
	if (from < 0 || to <= from) return 0;
	// (The first end is that of the fact's own sentence.)
	const ends = text.slice(from, to).match(/[.!?]["”’]?(?:\s+(?=["“‘]?[A-Z])|\s*$)/g) ?? [];
	return Math.max(0, ends.length - 1);
}

/** A sentence about one blast of several: "That blast killed …", "The second bomb killed …". */
const ONE_BLAST =
	/^(?:That|This|The\s+(?:first|second|third|earlier|later|other))\s+(?:blast|bomb|bombing|explosion|device|bomber|attack)\b(?!s)/;
/** One more person named after a count's people: " DRG men and their civilian driver". */
const ONE_MORE =
	/^\s+(?:[\w-]+\s+){0,3}?and\s+((?:their|his|her|the|a)\s+(?:[\w-]+\s+)?(?:driver|guide|interpreter|escort|pilot|bodyguard|cook|guard))\b(?!s)/i;

/** An event that is several already: of several sites, a plural ("the attacks on Pakistan"), "the two attacks". */
const isSeveral = (event: StoryEvent) =>
	(event.sites !== undefined && event.sites > 1) ||
	/s$/.test(event.noun) ||
	/\band\b|\btwo\b|\bthree\b|\bboth\b/i.test(describe(event));

/** Words of an attack, which a count after a disaster's sentence would need to be an attack's. */
const ATTACK_WORDS =
	/\b(?:attack\w*|bomb\w*|blasts?|explosions?|gun\w*|shoot\w*|shot|stabb\w*|militants?|insurgents?|jihadists?|rebels?|terror\w*|raid\w*|ambush\w*|massacre\w*|suicide)\b/i;
/** The sentence before `sentence` in its paragraph, or "" for the paragraph's first. */
function sentenceBefore(paragraph: string, sentence: string): string {
	const at = paragraph.indexOf(sentence);
	if (at <= 0) return '';
	return (
		paragraph
			.slice(0, at)
			.trim()
			.split(/(?<=[.!?])\s+/)
			.pop() ?? ''
	);
}
/**
 * "…when police stormed both sites shortly after 5 p.m. All three gunmen were killed.": a count naming no event, right
 * after a sentence that told of two sites at once, may be of both (review 47, CK min/03-13 asked the three of the
 * supermarket alone). The reason to check it, or undefined.
 */
function bothSitesDoubt(paragraph: string, sentence: string, mentioned: boolean): string | undefined {
	if (mentioned) return undefined;
	const before = sentenceBefore(paragraph, sentence);
	return /\b(?:both\s+(?:sites|places|buildings|locations|scenes)|the\s+two\s+(?:sites|places|buildings|locations|scenes))\b/i.test(
		before
	) ||
		// ("42 people died at the Al Noor mosque on Deans Avenue, seven at the Linwood Islamic Centre … Fifty people were
		// wounded": so does one that counts the dead site by site; review 48, CO min/06-4 gave the 50 to Al Noor.)
		SITE_BY_SITE.test(before)
		? 'the sentence before tells of two sites at once; the count may be of both'
		: undefined;
}
/** A count told site by site: "42 people died at the Al Noor mosque on Deans Avenue, seven at the Linwood …". */
const SITE_BY_SITE = pattern(
	`\\b${NUMBER}\\s+(?:people\\s+)?(?:died|were\\s+killed|killed|dead|were\\s+(?:wounded|injured)|wounded|injured)\\s+(?:at|in|inside|on)\\s+[^,;.]{3,80},\\s+(?:and\\s+)?${NUMBER}\\s+(?:(?:more|others)\\s+)?(?:at|in|inside|on)\\s`,
	'i'
);
/** The sentence before in its paragraph, when it tells of a disaster no one carried out: "A magnitude 7.4 earthquake struck". */
function afterDisaster(paragraph: string, sentence: string): boolean {
	if (ATTACK_WORDS.test(sentence)) return false;
	const previous = sentenceBefore(paragraph, sentence);
	return DISASTER_STRUCK.test(previous) && !ATTACK_WORDS.test(previous);
}
/** A disaster as what struck or hit: "A magnitude 7.4 earthquake struck off Hinatuan", "Floods swept through". */
const DISASTER_STRUCK =
	/\b(?:earthquake|quake|tsunami|typhoon|cyclone|hurricane|tropical\s+storm|storm|floods?|landslides?|mudslides?|avalanche|wildfires?|tornado)\s+(?:[\w-]+\s+){0,2}?(?:struck|hit|swept|slammed|battered|ravaged|rocked|jolted|shook|triggered|killed|left)\b/i;

/** Events counted together after the count: "in the two attacks", "in both bombings", "across the three attacks". */
const PLURAL_OF =
	/\b(?:in|from|across|during)\s+(?:the\s+(?:two|three|four|five|six|seven|eight|nine|ten|twin|\d+)|both(?:\s+the)?)\s+(?:[a-z]+\s+)?(?:attacks|bombings|blasts|explosions|shootings|assaults)\b/i;

/**
 * "That puts the combined toll at 34 …: about 25 of the injured remain in a serious condition": a group of "the
 * injured" told with a combined toll is of the events combined, not of the last one counted (review 44, BU min/05-9).
 */
function combinedWith(sentence: string, at: number): string | undefined {
	const combined = /\b(?:combined|overall|total|joint)\s+(?:death\s+)?toll\b/i.exec(sentence.slice(0, at));
	return combined ? `the sentence gives the ${combined[0]}; the group may be of every event it combines` : undefined;
}

/** A toll of two events joined by "and", before its count: "The death toll from last Thursday's attack and the shooting". */
const TOLL_OF_TWO =
	/\b(?:toll|dead|casualties)\s+(?:from|of|in)\s+((?:the\s+|[\w'’-]+['’]s\s+|last\s+[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|shootings?|stabbings?|blasts?|massacre|rampage|assault)\s+(?:(?:in|at|on)\s+[^,;]{1,40}?\s+)?and\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|shootings?|stabbings?|blasts?|massacre|rampage|assault)\b[^,;]{0,40}?)\s+(?:stands|stood|has|had|rose|is|was|reached|climbed)\b/i;

/** Between two counts of one verb: " Tanzanian peacekeepers and ", " people and at least ". */
const AND_NEXT = pattern(`^\\s+(?:[\\w'’-]+\\s+){1,3}and\\s+(?:(?:${QUALIFIER})\\s+)?$`, 'i');

/** The toll fact of the count right before `f` that `f` shares a verb with ("killing 15 … and five …"), if any. */
function pairedWith(
	sentence: string,
	figures: FigureMatch[],
	f: FigureMatch,
	made: Map<FigureMatch, Fact>
): Fact | undefined {
	if (f.kind !== 'toll' || f.within || f.where) return undefined;
	const before = figures.findLast((o) => o.kind === 'toll' && o.index < f.index);
	const fact = before ? made.get(before) : undefined;
	if (!before || !fact?.eventId || before.measure !== f.measure || before.update || f.update) return undefined;
	return AND_NEXT.test(sentence.slice(before.index + before.value.length, f.index)) ? fact : undefined;
}

/** Where one part of a sentence gives way to another: ", but", "; ", ", while", ", and". */
const PART_MARK = /,\s+(?:but|while|whereas|and)\s|;\s/g;

/** A verb of telling a count: "said", "put the death toll at", "raised it to". */
const TELLS =
	/\b(?:said|says|put|puts|gave|gives|reported|reports|announced|told|raised|revised|lowered|confirmed|stood|stands)\b/i;

/** What may stand between a revised count and one told along with it: ", with", " and", ", while". */
const ALONG = /^\s*,?\s*(?:with|and|while)\s+(?:[\w-]+\s+){0,2}$/i;

/** The revised toll fact a count of this sentence is told along with ("raised the toll to 14, with 52 wounded"). */
function alongRevision(
	sentence: string,
	figures: FigureMatch[],
	f: FigureMatch,
	made: Map<FigureMatch, Fact>
): Fact | undefined {
	const before = figures.findLast((o) => o.kind === 'toll' && o.update && o.index < f.index);
	const fact = before ? made.get(before) : undefined;
	if (!before || !fact?.eventId || before.measure === f.measure) return undefined;
	return ALONG.test(sentence.slice(before.index + before.value.length, f.index)) ? fact : undefined;
}
