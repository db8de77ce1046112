/**
 * Fact groups to deck cards: one card per question (prompts.ts words each), variants for differing sources, ids made
 * unique, a second card for the same question folded into the first, and choices of the same family (choices.ts).
 * No two cards ask the same question.
 */
import type { DeckCard, Variant } from '../decks/schema';
import { addChoices } from './choices';
import { plain as norm } from './text';
import { keysOf } from './events';
import { MONTHS, WEEKDAYS } from '../lang';
import type { FactGroup } from './merge';
import type { Fact } from './types';
import { describe, isAftermath, mainEvent, type StoryEvent } from './model';
import { affiliationCard, cardFor, cloze, countCloze, dateAnswer, slug, type Draft } from './prompts';
import { organisationIn, PERSON_NAME, PERSON_WORDS } from './claimants';
import { literal, pattern } from '../lang/pattern';

/** A digest's item under a topic label: "- Brexit: ", "• Colombia: ". */
const DIGEST_ITEM = /^\s*[-•*–]\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}):\s/;
/** A label of a story's own box of facts, not a digest's topic: "Reaction", "Casualties", "What we know". */
const STORY_LABEL =
	/^(?:Reactions?|Background|Casualties|Victims|Claims?|Responses?|Investigation|Suspects?|Attackers?|Timeline|Context|Aftermath|Security|Toll|Death\s+toll|Key\s+facts|What\s+we\s+know|Who|What|When|Where|Why|How)$/i;

/**
 * Another event of the draft that the question's words cannot be told from: every name of `e` is also a name of
 * it ("the attack on Moscow's metro" beside the 2010 Moscow metro bombings). A date or a doer in the question tells
 * events apart, except a date in the question that asks for it.
 */
function sameNames(e: StoryEvent, events: Map<string, StoryEvent>, asksDate: boolean): StoryEvent | undefined {
	const names = (x: StoryEvent) => [
		...keysOf(x.place),
		...keysOf(x.target),
		...keysOf(x.actor),
		...x.alsoIn.flatMap(keysOf)
	];
	const mine = names(e);
	if (!mine.length) return undefined;
	for (const other of events.values()) {
		if (other === e || !other.seen.some((s) => e.seen.some((t) => t.doc === s.doc))) continue;
		// A site and the event at all the sites are told apart by the question's words ("the explosion in Tanta", "the
		// two bombings in Tanta and Alexandria").
		if (other.id === e.within || other.within === e.id) continue;
		if (!asksDate && e.date && e.date !== other.date) continue;
		const theirs = names(other);
		if (mine.every((k) => theirs.includes(k))) return other;
	}
	return undefined;
}

/**
 * A date the text ties to no event, in a sentence that names nothing at all, on the very day of one of the story's
 * events: "Shortly before 8pm on Tuesday, a man armed with a pistol walked into the streets around the market". The
 * event's own card asks that day by the event's name; a cloze of the clause would ask it again, naming nothing. A
 * sentence with a name in it ("blew up … at the busy Zoobe junction") may name the event in words the story's event
 * does not carry, so its cloze stays.
 */
function repeatsEventDay(f: Fact, events: Map<string, StoryEvent>): boolean {
	if (f.precision !== 'day' || !f.written) return false;
	const rest = f.sentence.replace(f.written, ' ').replace(/^\W*\S+/, '');
	if (/\b[A-Z]/.test(rest.replace(CALENDAR, ''))) return false;
	// An event named only by its day ("the 15 January 2018 bombing") has no question of its own that asks the day.
	return [...events.values()].some(
		(e) => e.date === f.normalized && (e.place || e.target) && e.seen.some((s) => s.doc === f.evidence.doc)
	);
}
/**
 * What a cloze is placed by: a capitalised word after the first that is no day or month, an event's noun, or at least
 * no pronoun pointing back to what another clause named.
 */
const NAMED = pattern(`\\b(?!(?:${[...MONTHS, ...WEEKDAYS].join('|')})\\b)[A-Z]`);
const placeable = (prompt: string) =>
	NAMED.test(prompt.replace(/^\W*\S+/, '')) ||
	/\b(?:attacks?|bombings?|shootings?|blasts?|explosions?|sieges?|massacres?)\b/i.test(prompt) ||
	// "Separately, 9 people were killed overnight" says what it counts and is kept, marked for a check; "it later rose
	// to ____", "the ____ people who died there" only point back to what an earlier clause named.
	!/\b(?:it|its|they|them|there)\b/i.test(prompt);
const CALENDAR = pattern(`\\b(?:${[...MONTHS, ...WEEKDAYS].join('|')})\\b`, 'g');

export interface BuiltCards {
	cards: DeckCard[];
	/** Card id → why it needs a reviewer's check. */
	checks: Record<string, string>;
}

/**
 * Builds the cards: one per question, variants for differing sources, ids made unique, a second card for the same
 * question folded into the first, and up to three choices of the same family — never the answer, an accepted answer
 * or a variant.
 */
/** What a fact answers as a card: a date in words, a claimant or denier, else its value. */
const answerOf = (f: Fact) =>
	f.kind === 'date' ? dateAnswer(f) : f.kind === 'claim' || f.kind === 'denial' ? f.subject! : f.value;

/**
 * A part played in an attack, not an office or a trade: "suspect", "gunman", "suicide bomber", and with its article,
 * as "TAK named the bomber as Seher Cagla Demir" gives it (review 30, AF min/08-15).
 */
const ATTACK_PART =
	/^(?:the\s+)?(?:(?:suspected|alleged|lone|main|second|third|surviving|would-be)\s+)?(?:suspect|gunman|attacker|assailant|bomber|suicide\s+bomber|shooter|perpetrator|ringleader|mastermind|hostage-taker)s?$/i;

export function buildCards(
	groups: FactGroup[],
	titles: Record<string, string>,
	events: Map<string, StoryEvent>
): BuiltCards {
	const cards: DeckCard[] = [];
	const checks: Record<string, string> = {};
	const ids = new Set<string>();
	const byPrompt = new Map<string, DeckCard>();
	/**
	 * Events the text gives two days ("said in a video posted on a militant website on Monday that he had ordered last
	 * month's bombing"): their date card is checked, and a count's question names them without a day, which may be the
	 * wrong one.
	 */
	const twoDays = new Set(
		groups
			.filter(
				(g) =>
					g.main.kind === 'date' &&
					g.check &&
					// (A less precise form of the same day, "March 2024" beside "22 March 2024", is no second day.)
					g.agreeing.some((f) => f.kind === 'date' && !g.main.normalized.startsWith(f.normalized))
			)
			.map((g) => g.main.eventId)
	);
	const same = new Map<DeckCard, string>();
	/** Toll cards whose event is only guessed, with their group. */
	const guessed = new Map<DeckCard, FactGroup>();
	/**
	 * The event each document is about (told most often), for a role that says not whose it is; one its words do not
	 * name ("the attack") would tell a reader nothing.
	 */
	const stories = new Map<string, StoryEvent | undefined>();
	const storyOf = (doc: string) => {
		if (!stories.has(doc)) {
			const own = [...events.values()].filter((e) => e.seen.some((s) => s.doc === doc));
			const main = mainEvent(own);
			// ("Nine journalists were among the 25 people killed on Monday … in Kabul" opens a report that later recalls the
			// Serena Hotel attack of 2014, and counts it once more by a stray "the second bomb": an event of an earlier year,
			// told after the lede's and no more than once more often, is no story's own; review 49, CU min/06-7 framed the
			// day's dead by it.)
			const firstAt = (e: StoryEvent) => Math.min(...e.seen.filter((s) => s.doc === doc).map((s) => s.paragraph));
			const lede = own
				.filter((e) => (e.place || e.target) && !e.within && !e.aside && !isAftermath(e))
				.sort((a, b) => firstAt(a) - firstAt(b))[0];
			const story =
				main &&
				lede &&
				lede !== main &&
				lede.date !== undefined &&
				firstAt(lede) < firstAt(main) &&
				(main.mentions ?? 1) - (lede.mentions ?? 1) <= 1 &&
				(!main.date || lede.date.slice(0, 4) > main.date.slice(0, 4))
					? lede
					: main;
			stories.set(doc, story && (story.place || story.target) ? story : undefined);
		}
		return stories.get(doc);
	};
	/** Whether two places name one town: "Tunis" and "central Tunis", not "Tunis" and "Bourj al-Barajneh". */
	const sharePlace = (a: string, b: string) => keysOf(a).some((k) => keysOf(b).includes(k));
	/**
	 * The event a title that says not whose it is is asked within: the report's own, unless the title's paragraph tells
	 * of another event of the same weeks ("Eight days earlier, two suicide bombers killed 43 people in Beirut. Interior
	 * Minister Nohad Machnouk said …", in a report on Bamako), or of a later one: a round-up's officials are each of
	 * their own attack.
	 * (An event of another year, told for background, leaves the title to the report's event.)
	 */
	const frameOf = (f: Fact) => {
		const main = storyOf(f.evidence.doc);
		const own = f.frame ? events.get(f.frame) : undefined;
		// ("- Brexit: Prime Minister Theresa May will continue cross-party talks", in a digest whose other item told of
		// a car bomb in Bogotá: an item under a topic label of its own, telling of no event, is no part of another item's
		// story; review 38, AY min/02-19.)
		// (Not a story's own box of labelled facts: "• Reaction: Interior Ministry spokesman Tariq Arian said …".)
		const label = DIGEST_ITEM.exec(f.sentence)?.[1];
		if (!own && label && !STORY_LABEL.test(label)) return undefined;
		if (!own || own === main || !main || !(own.place || own.target) || isAftermath(own)) return main;
		// (A section's people are of its own attack, whatever its year: "BRIGHTON, 5 June 2017 ¶ … the receptionist".)
		if (f.sectionFrame) return own;
		// (Both dated to the day, so "the same weeks" is measured, not guessed. A report's event the text never dates,
		// beside one of the paragraph's own that it dates to the day, is no measure: the paragraph's frames its titles,
		// as in a roundup whose first item's heading went unread.)
		// (Nor is one the report names by its venue alone: "the attack on the Cielo Vista Mall", beside the Dayton
		// section's own; review 29, AE 05.)
		if (own.date?.length === 10 && !main.date && own.place && !(main.place && sharePlace(own.place, main.place)))
			return own;
		// ("On 6 June 2016 a gunman opened fire on an intelligence office at the Baqaa camp … The suspect, Mahmoud
		// Masharfeh, was arrested days later", in a report on the Karak siege six months on: a part in an attack is in the
		// attack its paragraph tells of, whatever its date; review 27, min/aa03-1.)
		if (ATTACK_PART.test(f.value)) return own;
		if (own.date?.length !== 10 || main.date?.length !== 10) return main;
		// ("On Sunday, 27 July, ADF fighters attacked worshippers at a church in Komanda … The parish priest, Father Aimé
		// Lokana Dhego, said …", in a report that tells more often of a bombing in Kasindi in 2023: a paragraph's own event
		// later than the one told most is the news the report is written for, and its people are of it; review 25,
		// min/w03-2.)
		return Date.parse(own.date) - Date.parse(main.date) >= -31 * 86_400_000 ? own : main;
	};
	for (const g of groups) {
		const told = g.main.eventId ? events.get(g.main.eventId) : undefined;
		// (Only a count's, and only of an event its place or target names without the day: "Who claimed … the attack?"
		// would name none.)
		const event =
			told && g.main.kind === 'toll' && twoDays.has(told.id) && (told.place || told.target)
				? { ...told, date: undefined, precision: undefined }
				: told;
		const story = event
			? undefined
			: g.main.kind === 'actor'
				? frameOf(g.main)
				: g.main.story
					? events.get(g.main.story)
					: undefined;
		for (const card of [cardFor(g.main, event, story), affiliationCard(g.main)]) {
			if (!card || (card.kind === 'date' && !event && repeatsEventDay(g.main, events))) continue;
			// A second group claiming the same attack is asked beside the first, so the two questions differ.
			if (g.besides)
				card.prompt = card.prompt.replace(
					/^Who (claimed|denied)/,
					`Besides ${g.besides.replace(/^The\s/, 'the ')}, who else $1`
				);

			let twin = byPrompt.get(norm(card.prompt));
			// A count tied to its event only by a guess asks from its own clause when the guessed question is taken.
			if (twin && g.check && card.kind === 'toll') {
				// A clause that names nothing ("it later rose to ____.") cannot be placed by anyone drilling it.
				const near = cloze(g.main.evidence.quote, g.main.written);
				if (near && !placeable(near)) continue;
				const prompt = near && countCloze(g.main);
				if (prompt) {
					card.prompt = prompt;
					card.format = 'cloze';
					twin = undefined;
				}
			}
			// "The three attacks together killed 69 … Twenty people were killed [at the Radisson Blu]": a count the text
			// ties to the event takes its question from one only guessed to be of it, which then asks from its clause.
			const guess = twin && !g.check && card.kind === 'toll' ? guessed.get(twin) : undefined;
			const own = guess && cloze(guess.main.evidence.quote, guess.main.written);
			if (twin && own) {
				byPrompt.delete(norm(twin.prompt));
				// A guessed count whose own clause names nothing ("it later rose to ____.") cannot be placed by anyone
				// drilling it: the count the text ties to the event takes the question, and the guess goes. So does one
				// that only says the same count again ("One of the two people killed has been named as …", before "opened
				// fire on diners in Greektown, killing two people"): it would ask it twice.
				if (placeable(own) && guess.main.normalized !== g.main.normalized)
					Object.assign(twin, { prompt: countCloze(guess.main), format: 'cloze' });
				else {
					cards.splice(cards.indexOf(twin), 1);
					delete checks[twin.id];
				}
				twin = undefined;
			}
			if (twin) {
				// The same question from another fact: one card, the other answer accepted, and a check if they differ.
				if (
					norm(twin.answer) !== norm(card.answer) &&
					!(twin.accept ?? []).some((a) => norm(a) === norm(card.answer))
				) {
					twin.accept = [...(twin.accept ?? []), card.answer];
					checks[twin.id] ??= `the text gives more than one answer to this question (${twin.answer}; ${card.answer})`;
				}
				continue;
			}
			let id = card.id.slice(0, 64).replace(/-+$/, '');
			for (let n = 2; ids.has(id); n++) id = `${card.id.slice(0, 60).replace(/-+$/, '')}-${n}`;
			ids.add(id);
			const isMain = card.kind !== 'actor' || !card.id.endsWith('-affiliation');
			const accept = [
				...(card.accept ?? []),
				...(isMain && card.kind !== 'motive' ? g.agreeing.map(answerOf) : [])
			].filter((a, i, all) => norm(a) !== norm(card.answer) && all.findIndex((b) => norm(b) === norm(a)) === i);
			const variants: Variant[] = isMain
				? g.differing.map((f) => ({
						answer: answerOf(f),
						source: f.evidence
					}))
				: [];
			const context =
				isMain && g.earlier.length
					? `Earlier the text gave ${g.earlier.map((f) => f.value).join(', then ')}; the latest count is ${card.answer}.`
					: undefined;
			const explanation = variants.length
				? `The sources differ: ${[{ answer: card.answer, source: card.source }, ...variants].map((v) => `${titles[v.source.doc] ?? v.source.doc} gives ${v.answer}`).join('; ')}.`
				: (context ?? card.explanation);
			const built = clean({
				...card,
				id,
				accept: accept.length ? accept : undefined,
				...(variants.length ? { variants } : {}),
				explanation
			});
			if (isMain && g.check) checks[id] = g.check;
			else if (isMain && event && (card.kind === 'date' || card.kind === 'toll')) {
				const twin = sameNames(told!, events, card.kind === 'date');
				if (twin) checks[id] = `the question may also name ${describe(twin)}, which the text places alike`;
			}
			if (g.check && card.kind === 'toll') guessed.set(built, g);

			same.set(built, `${g.main.kind}:${g.main.normalized}:${card.id}`);
			byPrompt.set(norm(card.prompt), built);
			cards.push(built);
		}
	}
	for (const card of doerCards(groups, events, cards, ids)) {
		same.set(card, `doer:${card.answer}`);
		cards.push(card);
	}
	addChoices(cards, same);
	return { cards, checks };
}

/** Drops empty optional fields, so the YAML shows only what a card has. */
function clean(card: Draft & Partial<DeckCard>): DeckCard {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(card)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
	return out as DeckCard;
}

/**
 * "Who carried out the attack on Streatham High Road?": an event the text tells as done by a person it names ("Sudesh
 * Amman stabbed two people on Streatham High Road") asks who did it, unless a card already answers with that person
 * ("Who is the bomber? => Salman Abedi"). The question names the event by its place or target, without the doer; its
 * evidence is a sentence of the event's that names the doer.
 */
function doerCards(
	groups: FactGroup[],
	events: Map<string, StoryEvent>,
	cards: DeckCard[],
	ids: Set<string>
): DeckCard[] {
	const out: DeckCard[] = [];
	for (const e of events.values()) {
		const who = e.actor;
		if (!who || !PERSON_NAME.test(who) || organisationIn(who, false) || !(e.place || e.target)) continue;
		if (cards.some((c) => norm(c.answer) === norm(who))) continue;
		const told = groups.find((g) => g.main.eventId === e.id && g.main.sentence.includes(who))?.main;
		if (!told) continue;
		// "Ibrahim El Bakraoui and Najim Laachraoui blew themselves up": the event's doer was read as the last name; the
		// one joined to it by "and" did it too, and the answer names both.
		const escaped = literal(who);
		const pair =
			pattern(`(${PERSON_WORDS})\\s+and\\s+${escaped}`).exec(told.sentence)?.[1] ??
			pattern(`${escaped}\\s+and\\s+(${PERSON_WORDS})`).exec(told.sentence)?.[1];
		const partner = pair && PERSON_NAME.test(pair) && !organisationIn(pair, false) ? pair : undefined;
		const answer = partner
			? told.sentence.indexOf(partner) < told.sentence.indexOf(who)
				? `${partner} and ${who}`
				: `${who} and ${partner}`
			: who;
		if (partner && cards.some((c) => norm(c.answer) === norm(partner))) continue;
		// (One doer of two events, "Breivik" at Oslo and on Utøya, is asked of each, under ids of their own.)
		let id = `${slug(who, 3)}-doer`;
		for (let n = 2; ids.has(id); n++) id = `${slug(who, 3)}-doer-${n}`;
		ids.add(id);
		out.push({
			id,
			kind: 'actor',
			format: 'qa',
			prompt: `Who carried out ${describe({ ...e, actor: undefined })}?`,
			answer,
			source: { ...told.evidence, quote: told.sentence }
		});
	}
	return out;
}
