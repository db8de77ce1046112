/**
 * One document to events and candidate facts. Sentences are read in order; each sentence's event mentions are
 * resolved to events first (see model.ts), then every date, toll, claim and blame is attached to an event by what
 * the sentence itself says: a mention in the same clause, an anaphor ("the attack", "those attacks"), or — only when
 * the story is visibly still on it — the event of the sentence before. Anything else is kept but marked for checking.
 */
import { advance, aftermathOf, formatDate, type DateMatch, type Timeline } from './dates';
import { findActors } from './actors';
import { organisationIn, referredClaims } from './claims';
import { findMentions, keysOf, placeNear, whereOf, type Mention } from './events';
import { findFigures } from './figures';
import { OVER_TIME, SEVERAL, arrestNoun, asTotal, lastToll, settleParts } from './toll-facts';
import { followUpClause, statementDate } from './followup';
import { VENUE_ALONE as VENUE_KEY } from './event-patterns';
import { dateEvent, datesAgree, describe, enrich, eventFrom, fit, type StoryEvent } from './model';
import { findMotives, motiveQuestion } from './motives';
import { clauseAround, isClauseMark, quoteAround } from './quote';
import { creditsPublisher, storySentences, type StoryText } from './text';
import type { DocMeta, Fact, Sentence } from './types';

export { quoteAround };

export interface DocFacts {
	facts: Fact[];
	events: StoryEvent[];
	skipped: StoryText['skipped'];
}

/** Mentions of one sentence with the event each resolved to. */
interface Resolved extends Mention {
	event?: StoryEvent;
	/** Set when the mention could be more than one event. */
	doubt?: string;
}

const SPEAKER_AFTER =
	/\b(?:said|says|according\s+to|argued|wrote|added)\s+(?:(?:[a-z]+\s+){0,2})?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})/;
const SPEAKER_BEFORE = /\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:said|says|told|argued|wrote|added)\b/;
const PRONOUN_SAID = /\b(?:she|he|they)\s+(?:(?:\w+\s+){0,6}and\s+)?(?:said|says|told|added|argued)\b/i;
/** "Lena Fors, a researcher at the Baltic Energy Forum, said …" */
const SPEAKER_APPOSITIVE = /\b([A-Z][\w'’-]+\s+[A-Z][\w'’-]+),\s+[^,]{3,120},\s+(?:said|says|told|argued|added)\b/;

/** Reads a document and returns its events and candidate facts in reading order. */
export function extractFacts(text: string, meta: DocMeta): DocFacts {
	const story = storySentences(text, meta);
	const timeline: Timeline = { published: { iso: meta.published, precision: 'day' } };
	const facts: Fact[] = [];
	const events: StoryEvent[] = [];
	/** The event the story is on, and whether the sentence just read mentioned it. */
	let current: StoryEvent | undefined;
	let previous: { paragraph: number; mentioned: boolean } | undefined;
	let speaker: string | undefined;
	const authorName = meta.author?.split(/\s+/).pop();
	/** The organisation the text last named claiming an attack or blamed for one, for "the group claimed it". */
	let lastGroup: string | undefined;
	/** The last sentence of a sentence's paragraph, where a caption's credit stands. */
	const lastOf = new Map(story.sentences.map((x) => [x.paragraph, x.text]));
	const paragraphEnd = (s: Sentence) => lastOf.get(s.paragraph) ?? s.text;
	/** Facts (by index) of dates in photo captions: the photo's day, a card only when it is an event's day. */
	const captionDates = new Set<number>();
	/** Events the text says no one has claimed. */
	const unclaimed = new Set<string>();

	const resolve = (s: Sentence, m: Mention, dates: DateMatch[]): Resolved => {
		// "one of the deadliest attacks in Ostrania" before any event is named: the comparison's place is all there is.
		if (m.anaphor && !current && m.wider) m = { ...m, ...m.wider, anaphor: false, wider: undefined };
		if (m.anaphor) {
			if (current) enrich(current, m, meta.id, s.paragraph);
			return { ...m, event: current, doubt: current ? undefined : 'the text refers back to an event it has not named' };
		}
		const date = dates.find((d) => !d.after && !d.background && sameClause(s.text, d.index, m.index))?.iso;
		// Ties go to the event the document refers to most often (the story's main event), then to the first named.
		const scored = events
			.map((e) => ({ e, score: fit(e, m, date) }))
			.filter((x) => x.score > 0)
			.sort(
				(a, b) =>
					b.score - a.score || (b.e.mentions ?? 1) - (a.e.mentions ?? 1) || events.indexOf(a.e) - events.indexOf(b.e)
			);
		const best = scored[0];
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
		const e = eventFrom(m, meta.id, s.paragraph);
		events.push(e);
		return { ...m, event: e };
	};

	// The headline names the story's event ("Istanbul nightclub attack: 39 killed"), so a count in the first
	// sentences that names no event is about it; the body's own words name it once they come.
	const title = story.skipped.find((p) => p.why === 'title')?.paragraph ?? 1;
	for (const m of findMentions(meta.title, true))
		if (!m.anaphor) {
			const r = resolve({ paragraph: title, text: meta.title }, m, []);
			if (r.event && !current) (current = r.event).headline = true;
		}
	if (current) previous = { paragraph: title, mentioned: true };

	/** The paragraph the story's clock was last set in, so "a day earlier" can tell how far back it counts from. */
	let anchorParagraph: number | undefined;
	for (const s of story.sentences) {
		const anchorBefore = timeline.anchor;
		const countedFrom = anchorParagraph;
		const dates = advance(s.text, timeline);
		if (timeline.anchor !== anchorBefore) anchorParagraph = s.paragraph;
		const mentions = findMentions(s.text).map((m) => resolve(s, m, dates));
		const continuing = Boolean(previous?.mentioned && current);
		const sameParagraph = previous?.paragraph === s.paragraph;

		/** The event a fact at `index` belongs to, with a reason to check it when the text does not settle it. */
		const eventAt = (index: number, strict: boolean, noun = 'attack'): { event?: StoryEvent; check?: string } => {
			const inClause = mentions.filter((m) => sameClause(s.text, m.index, index));
			const pool = inClause.length ? inClause : mentions.filter((m) => m.event);
			const near = pool.sort((a, b) => distance(a, index) - distance(b, index))[0];
			// "a drone strike in Kabul aimed at what was believed to be a car bomb killed 10": two events in the
			// clause of one count, and nearness does not say whose it is.
			const other = pool.find((m) => m.event && near?.event && m.event !== near.event && !m.anaphor);
			if (near?.event && other?.event && strict)
				return {
					event: near.event,
					check:
						near.doubt ??
						`the clause names two events (${describe(near.event)}; ${describe(other.event)}); read as the nearer`
				};
			if (near?.event) return { event: near.event, check: near.doubt };
			// "… killed three sailors at the Naval Air Station in Pensacola": a place of its own that is not the
			// current event's is another event, named by that place.
			const where = strict ? placeNear(s.text, index) : undefined;
			if (where && (!current || fit(current, where) === 0)) {
				const m: Mention = { index, end: index, noun, anaphor: false, ...where };
				const r = resolve(s, m, dates);
				// An arrest names where the police went, not an event the story moves on to.
				if (noun === 'attack') mentions.push(r);
				return { event: r.event, check: r.doubt };
			}
			if (!current) return { check: NONE_BEFORE };
			// A document that has named one event only leaves no doubt which event a figure is about.
			const elsewhere =
				/^(?:Separately|Elsewhere|In (?:a|another) (?:separate )?(?:attack|incident)|Meanwhile, in)\b/.test(s.text);
			if (!elsewhere && (events.length === 1 || (continuing && (sameParagraph || !strict)))) return { event: current };
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
		const caption = creditsPublisher(s.text, meta.publisher) || creditsPublisher(paragraphEnd(s), meta.publisher);
		const figures = findFigures(s.text);
		const years = new Set(figures.map((f) => f.year).filter(Boolean));
		for (const d of dates) {
			// A dateline or a report's own time ("MANCHESTER, May 23 (Meridian Wire) -", "police said on Tuesday"):
			// when the story was told, not when anything in it happened.
			if (toldAt(s.text, d.index, d.index + d.text.length)) continue;
			// "comes two months after suicide bombings in Kerman": the date belongs to the event named after "after".
			const after = d.after ? mentions.find((m) => m.index >= d.index + d.text.length) : undefined;
			// "The Islamic State on Monday claimed the attack": the day of the claim, not of the attack.
			const clause = clauseAround(s.text, d.index, d.index + d.text.length);
			const said = caption ? undefined : statementDate(s.text, d.index, d.index + d.text.length);
			const statement = caption || Boolean(said);
			const own = statement
				? undefined
				: (after ??
					mentions
						.filter(
							(m) =>
								!m.anaphor &&
								m.event &&
								sameClause(s.text, m.index, d.index) &&
								!aftermathOf(clause.text, s.text.slice(m.index, m.end))
						)
						.sort((a, b) => distance(a, d.index) - distance(b, d.index))[0]);
			// "Officers were called to the foyer at 10:33 p.m. on Monday": a sentence that names no other event and gives
			// the day of the attack the story is on dates that attack, not a cloze of its own.
			const told =
				!own?.event && !statement && !d.after && current && d.precision === 'day'
					? storyDay(current, d, s.text, clause.text, mentions, continuing && sameParagraph)
					: undefined;
			const dated = own?.event ?? told;
			if (dated) dateEvent(dated, d.iso, d.precision, d.qualifier);
			if (caption) captionDates.add(facts.length);
			facts.push({
				kind: 'date',
				value: d.resolvedFrom ? formatDate(d.iso) : d.text.replace(/^(?:in|since|by|on)\s+/i, ''),
				normalized: d.iso,
				precision: d.precision,
				qualifier: d.qualifier,
				// "in 2015 and 2016, those numbers were …": the years belong to the tolls, not to a question of their own.
				measure: years.has(d.iso) ? 'toll-year' : said ? 'statement' : d.after ? 'after' : undefined,
				written: d.text,
				sentence: clause.text,
				eventId: dated?.id,
				check:
					own?.doubt ??
					// "A day earlier, officers raided …" a paragraph after "on Saturday": the day it counts from is a guess.
					// An event named beside it ("a day later, gunmen attacked the hall") is the text's own sequence.
					(!dated && d.resolvedFrom && RELATIVE.test(d.text) && countedFrom !== s.paragraph
						? `"${d.text}" counts from ${d.resolvedFrom}, a date of an earlier paragraph`
						: undefined),
				evidence: own?.event
					? evidence(Math.min(d.index, own.index), Math.max(d.index + d.text.length, own.end), 0)
					: { doc: meta.id, paragraph: s.paragraph, quote: clause.text }
			});
		}

		const yearEvents = new Map<string, StoryEvent>();
		/** "killed 52 people: 30 in Karsk and 22 on Tørvik": each part is the toll of the event at its place. */
		const parts = new Set<Fact>();
		const partAt = (index: number, where: string): { event?: StoryEvent; check?: string } => {
			const place = whereOf(where);
			if (!place.target && !place.place) return {};
			const r = resolve(s, { index, end: index, noun: 'attack', anaphor: false, ...place }, dates);
			return { event: r.event, check: r.doubt };
		};
		for (const f of figures) {
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
			// "The death toll has risen to 68": a revised count is the toll of the story's event, not a new one.
			// "Of the dead, 27 were foreigners": "the dead" are those of the last toll of that measure, in this paragraph
			// or the one before, so the group shares its event.
			const whole = f.back && !mentions.length ? lastToll(facts, f.measure, s.paragraph) : undefined;
			const at = f.where
				? partAt(f.index, f.where)
				: whole
					? { event: events.find((e) => e.id === whole.eventId), check: whole.check }
					: f.update && current && !mentions.length
						? { event: current }
						: eventAt(f.index, true, f.measure === 'arrested' ? arrestNoun(s.text) : undefined);
			if (f.where && !at.event) continue;
			const check = at.check;
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
				measure: f.victims ? `${f.measure}:${f.victims}` : f.measure,
				written: f.value,
				sentence: s.text,
				eventId: event?.id,
				check,
				update: f.update,
				superseded: f.superseded,
				evidence: evidence(f.index, f.index + f.value.length)
			});
			if (f.where) parts.add(facts[facts.length - 1]!);
			else if (
				SEVERAL.test(clauseAround(s.text, f.index, f.index + f.value.length).text) ||
				OVER_TIME.test(s.text.slice(f.index + f.value.length))
			)
				asTotal(facts[facts.length - 1]!);
		}

		settleParts(facts, s.text, parts);

		// "No group has so far claimed responsibility": the event has no claimant, so a claim read elsewhere
		// contradicts the text and goes to a reviewer.
		const denial = DENIED.exec(s.text);
		if (denial) {
			const at = eventAt(denial.index, false);
			if (at.event) unclaimed.add(at.event.id);
		}
		for (const a of findActors(s.text)) {
			const quote =
				a.quote.length <= 160 && s.text.includes(a.quote) ? a.quote : quoteAround(s.text, a.index, a.index + 20);
			let event: StoryEvent | undefined;
			let check: string | undefined;
			if (a.kind === 'claim' || (a.kind === 'blame' && !a.reason)) {
				const target = a.kind === 'claim' ? a.value : '';
				const pronoun = /^(?:it|them|this|that)$/i.test(target);
				const at = eventAt(a.index, false);
				event = pronoun && current ? current : at.event;
				check = pronoun && current ? undefined : at.check;
				// "claimed the Harbour Street bombing": an event that does not carry that name may be another one.
				if (a.names && event && !keysOf(a.names).every((k) => keysOf(describe(event!)).includes(k)))
					check ??= `the claim names "${a.names}", which is not how the text names ${describe(event)}`;
			}
			facts.push({
				kind: a.kind,
				value: a.value,
				normalized: (a.kind === 'actor' ? a.subject : a.value).toLowerCase(),
				subject: a.subject,
				aliases: a.aliases,
				qualifier: a.affiliation,
				written: a.reason,
				eventId: event?.id,
				check,
				sentence: s.text,
				evidence: { doc: meta.id, paragraph: s.paragraph, quote }
			});
		}
		// "The group claimed the attack": the organisation the event names as its doer, or the last one the text
		// named claiming or blamed; a reviewer checks the reading.
		for (const r of referredClaims(s.text)) {
			const event = eventAt(r.index, false).event ?? current;
			const who = (event?.actor && organisationIn(event.actor, false)) ?? lastGroup;
			if (event && who)
				facts.push({
					kind: 'claim',
					value: 'the attack',
					normalized: 'the attack',
					subject: who,
					eventId: event.id,
					check: `the text says "${r.word}" claimed it; read as ${who}`,
					sentence: s.text,
					evidence: { doc: meta.id, paragraph: s.paragraph, quote: r.quote }
				});
		}
		for (const f of facts.slice(-8))
			if (f.sentence === s.text && (f.kind === 'claim' || f.kind === 'blame'))
				lastGroup = organisationIn(f.kind === 'claim' ? f.subject! : f.value, false) ?? lastGroup;

		// Who speaks in this sentence: named, or "she said" for the last one named.
		const named =
			SPEAKER_AFTER.exec(s.text)?.[1] ?? SPEAKER_APPOSITIVE.exec(s.text)?.[1] ?? SPEAKER_BEFORE.exec(s.text)?.[1];
		if (named && !/^(?:Al Jazeera|The|It)$/.test(named)) speaker = named.split(/\s+/).pop();
		const saidBy = named || PRONOUN_SAID.test(s.text) || /[“”]/.test(s.text) ? speaker : undefined;
		// "the Eastern Brigades claimed responsibility, saying …": the claimant gives the reason.
		const claimant = /,\s+saying\b/.test(s.text)
			? facts.findLast((f) => f.kind === 'claim' && f.sentence === s.text)?.subject
			: undefined;
		for (const m of findMotives(s.text)) {
			const who = claimant ?? saidBy ?? authorName;
			const question = motiveQuestion(s.text, m, who);
			if (!question) continue;
			facts.push({
				kind: 'motive',
				value: m.gap,
				normalized: m.gap.toLowerCase(),
				written: question,
				speaker: who,
				check: who ? undefined : 'no one is named as saying so',
				sentence: s.text,
				evidence: {
					doc: meta.id,
					paragraph: s.paragraph,
					quote: s.text.length <= 320 ? s.text : quoteAround(s.text, m.index, m.index + m.gap.length, 14)
				}
			});
		}

		// A caption sits beside the story, not in its flow: it moves the story to no event.
		if (caption) continue;
		const namedEvents = mentions.filter((m) => m.event && !m.anaphor && !/arrests/.test(m.noun));
		const last = namedEvents[namedEvents.length - 1];
		if (last) current = last.event;
		previous = { paragraph: s.paragraph, mentioned: mentions.some((m) => m.event && m.event === current) };
	}
	// "Mourners lay flowers outside the club on January 2": a caption's day that is no event's day is the photo's.
	for (const i of captionDates)
		if (!facts[i]!.eventId && !events.some((e) => e.date === facts[i]!.normalized)) facts[i]!.measure ??= 'statement';
	// A date of the aftermath (a count, an arrest, mourning) in a clause naming no event of the story.
	for (const f of facts)
		if (f.kind === 'date' && !f.eventId && !f.measure && followUpClause(f.sentence, f.written ?? '', events))
			f.measure = 'follow-up';
	for (const f of facts)
		if (f.kind === 'claim' && f.eventId && unclaimed.has(f.eventId))
			f.check ??= 'the text also says that no one has claimed this event';
	// "19:40 - The death toll has risen to 68": a count before any event is named is the lead event's, the first
	// the text names; only a document that names one event leaves no doubt.
	// Raids and arrests follow an attack; they are never the lead event a count is about.
	const lead = events.find((e) => !/\b(?:raids?|arrests)$/.test(e.noun));
	for (const f of facts)
		if (
			lead &&
			f.kind === 'toll' &&
			!f.eventId &&
			f.check === NONE_BEFORE &&
			lead.seen[0]!.paragraph - f.evidence.paragraph <= 2
		) {
			f.eventId = lead.id;
			f.check =
				events.length === 1
					? undefined
					: `the sentence names no event; read as ${describe(lead)}, the first event the text names`;
		}
	return { facts, events, skipped: story.skipped };
}

const DENIED =
	/\b(?:no\s+(?:group|one|organi[sz]ation|faction)|nobody|none)\b[^.;]*?\bclaim(?:ed)?\b|\b(?:has|have|had)\s+(?:not|yet\s+to)\s+(?:\w+\s+)?claim/i;
const RELATIVE = /\b(?:later|earlier)$/i;
const NONE_BEFORE = 'the sentence names no event and none came before it';

/** Whether a date tells when the report or a statement was made rather than when an event happened. */
function toldAt(sentence: string, start: number, end: number): boolean {
	const before = sentence.slice(Math.max(0, start - 24), start);
	const after = sentence.slice(end, end + 40);
	if (/\b(?:said|says|told|added|announced|confirmed|reported|stated)\s+(?:on\s+|late\s+|early\s+)?$/i.test(before))
		return true;
	if (/^\s*(?:\([^)]{2,40}\)\s*)?[-–—]\s/.test(after) && start < 60) return true;
	// "a video obtained by news agencies on Monday": when something was made public.
	if (
		/\b(?:obtained|released|posted|published|circulated|broadcast|aired)\s+(?:by\s+(?:[\w-]+\s+){1,3})?(?:on\s+|late\s+|early\s+)?$/i.test(
			sentence.slice(Math.max(0, start - 60), start)
		)
	)
		return true;
	// "at a news conference in Brussels on Friday", "in a televised address on Sunday": when something was said.
	const lead = sentence.slice(Math.max(0, start - 60), start);
	if (
		/\b(?:news|press)\s+conference|\b(?:televised|national|radio)\s+address|\bin\s+an?\s+(?:statement|interview|speech)\b/i.test(
			lead
		) &&
		/\b(?:conference|address|statement|interview|speech)(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+(?:on\s+)?$/i.test(
			lead
		)
	)
		return true;
	return /\|/.test(sentence) || /^(?:Issued by|Published|Updated|Posted)\b|\blive updates\b/i.test(sentence);
}

/** The act of the attack itself, told without naming it: "a bomber … detonated a vest", "shot dead a guard". */
const ATTACK_ACT =
	/\b(?:detonated|blew\s+(?:himself\s+|herself\s+|themselves\s+)?up|opened\s+fire|shot\s+dead|set\s+off|stabbed|rammed|went\s+off|exploded)\b/i;
/** The attackers as the subject of what they did: "Gunmen in trucks arrived at the school". */
const DOERS = /^(?:[A-Z][\w-]*\s+)?(?:gunm[ae]n|bombers?|attackers?|assailants?|militants|fighters)\b/i;
/** What follows an attack (arrests, courts, mourning, hospitals): a day of that is not the attack's. */
const AFTERMATH_WORD =
	/\b(?:arrest|charg|detain|mourn|vigil|funeral|court|trial|sentenc|protest|condolence|tribute|wreath|flowers|hospital|identif|visit|still|remain)/i;

/**
 * The event `current` when a dated sentence names no other event and the text ties the date to it: the very day
 * `current` happened on; or a sentence that tells of the attack itself — its act ("detonated a vest", "shot dead a
 * guard") or its doers as the subject ("Gunmen in trucks arrived …"), never the aftermath — and ties it to `current`
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
	inFlow: boolean
): StoryEvent | undefined {
	if (!mentions.every((m) => m.event === current)) return undefined;
	if (current.date === d.iso) return current;
	if (!datesAgree(current.date, d.iso)) return undefined;
	// The sentence must tell of the attack itself, by its act or its doers, and not of what came after.
	if (AFTERMATH_WORD.test(clause) || !(ATTACK_ACT.test(sentence) || DOERS.test(clause))) return undefined;
	if (inFlow) return current;
	const names = [current.place, current.target, ...current.alsoIn].flatMap(keysOf);
	const words = new Set(keysOf(clause.match(/\b[A-Z][\w'’-]+/g)?.join(' ')));
	if (names.some((k) => words.has(k))) return current;
	const venues = keysOf(current.target).filter((k) => VENUE_KEY.test(k));
	return venues.some((v) => new RegExp(`\\bthe\\s+(?:\\w+\\s+)?${v}s?\\b`, 'i').test(clause)) ? current : undefined;
}

const distance = (m: Mention, i: number) =>
	i >= m.index && i <= m.end ? 0 : Math.min(Math.abs(i - m.index), Math.abs(i - m.end));

/** Whether two positions of a sentence are in one clause (no dash, semicolon or colon between them). */
function sameClause(sentence: string, a: number, b: number): boolean {
	const [x, y] = a < b ? [a, b] : [b, a];
	for (let i = x; i < y; i++) if (isClauseMark(sentence, i)) return false;
	return true;
}
