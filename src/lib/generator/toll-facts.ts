/**
 * Toll facts that need more than one sentence's reading: parts of a count split by place, totals over several events
 * or over a stretch of time (key figures, not any event's toll), the group of "the dead" that shares the event of the
 * toll before it, and the place an arrest count names.
 */
import { TAKEN_TO } from './hospital-counts';
import { NUMBER, QUALIFIER } from './numbers';
import { matches, type KeyWords } from './matches';
import { ORDINAL_OF, WHERE_RE, clean, placeLike } from './event-patterns';
import { describe, isAt, type StoryEvent } from './model';
import type { DateMatch } from './dates';
import { before } from './earlier-event';
import type { Fact } from './types';
import { pattern } from '../lang/pattern';
import { readNumber } from '../lang';

/** The number of a toll's normal form (`killed:>130` → 130). */
export const countOf = (f: Fact) => Number(/[\d.]+$/.exec(f.normalized)?.[0] ?? 0);

/**
 * "killed 130 people: 90 at the concert hall, …": parts of a count at the count's own event say nothing more and are
 * dropped; but where one part is at the count's event and another elsewhere ("The two attacks killed 61: 44 at the
 * hall and 17 in Karsk"), the count is the total of several events, and no event's toll.
 */
export function settleParts(facts: Fact[], sentence: string, isPart: Set<Fact>): void {
	const here = facts.filter((f) => f.kind === 'toll' && f.sentence === sentence);
	const whole = here.find((f) => !isPart.has(f));
	const parts = here.filter((f) => isPart.has(f));
	if (!whole || !parts.length) return;
	// ("six attackers have been killed, four in Makhachkala and two in Derbent": the parts are of the whole's group;
	// review 54, GE min/08-8 asked four people killed in the attacks.)
	const group = /^([a-z]+):(?!.*\bin several events$)(.+)$/.exec(whole.measure ?? '');
	if (group) for (const p of parts) if (p.measure === group[1]) p.measure = whole.measure;
	const same = parts.filter((p) => p.eventId === whole.eventId);
	if (same.length && same.length < parts.length) asTotal(whole);
	else for (const p of same) facts.splice(facts.indexOf(p), 1);
}

/**
 * "Three bombings in three countries have killed more than 100 people": a count over several events is no event's
 * toll. It stays a key figure of the document, asked in the sentence's own words.
 */
export function asTotal(f: Fact): void {
	f.kind = 'figure';
	f.eventId = undefined;
	f.check = undefined;
	f.normalized = `total:${f.normalized}`;
	f.measure = `${f.measure} in several events`;
}

/** The subject of a count that spans several events: "three bombings in three countries", "both attacks". */
export const SEVERAL = pattern(
	`\\b(?:${NUMBER}|several|separate|multiple)\\s+(?:[a-z]+\\s+)?(?:attacks|bombings|shootings|assaults)\\s+(?:in|on|across)\\s+(?:${NUMBER}|several|different|separate|multiple)\\s+(?:countries|cities|continents|places|towns|provinces|states|regions)\\b`,
	'i'
);

/** The words every SEVERAL match holds, tested in the sentence before its clause is cut out and scanned. */
export const SPREAD = /\b(?:attacks|bombings|shootings|assaults)\s+(?:in|on|across)\s/i;
/** SEVERAL with what it needs, kept in step by tests/unit/generator/key-words.spec.ts. */
export const KEY_WORDS: readonly KeyWords[] = [{ name: 'SEVERAL', pattern: SEVERAL, needs: SPREAD }];

/** What a place named beside an arrest count is the place of: a raid when the sentence tells of one. */
export const arrestNoun = (sentence: string) => (/\braid(?:s|ed)?\b/i.test(sentence) ? 'raid' : 'arrests');

/** The last toll of a measure with an event, given in `paragraph` or the one before. */
export function lastToll(facts: Fact[], measure: string, paragraph: number, part?: number): Fact | undefined {
	// (A toll of a named group is a whole too: "killed 38 tourists … at least 15 of the dead were British"; review 41,
	// BE min/05-5. Never the attackers': "the dead" are their victims.)
	// (Nor what one hospital took in: "GT Hospital has 19" is no part of JJ Hospital's 17.)
	const whole = (m: string | undefined) =>
		m === measure ||
		(m?.startsWith(`${measure}:`) &&
			!ATTACKERS.test(m.slice(measure.length + 1)) &&
			!m.startsWith(`${measure}:${TAKEN_TO}`));
	// (Nor a toll smaller than the part: "Twelve of the dead were women" is no part of another attack's two police
	// officers.)
	const holds = (f: Fact) => part === undefined || countOf(f) >= part;
	const f = facts.findLast((f) => f.kind === 'toll' && whole(f.measure) && holds(f) && f.eventId);
	return f && f.evidence.paragraph >= paragraph - 1 ? f : undefined;
}

/** Those who carried out an attack, as a toll's group names them. */
const ATTACKERS =
	/^(?:attackers|(?:suicide\s+)?bombers|gunmen|terrorists|militants|assailants|perpetrators|hijackers|insurgents|fighters|jihadists|extremists|rebels)$/i;

/** Said of a count right after it: the count adds up more than one thing ("wounded seven people in all"). */
const IN_ALL = /^(?:\s+[\w-]+){0,3}?\s+(?:in\s+all|in\s+total|altogether|between\s+them|combined)\b/i;
/** How far before a count its sentence is read for places: a subject with its places, not a whole long sentence. */
const PLACES_BEFORE = 400;

/**
 * "The three attacks, in Jeddah before dawn and in Qatif and Medina around sunset, wounded seven people in all": a
 * count given "in all" after naming several places adds up more than the one event it was read as, unless that
 * event is itself at those places. The reason to check it, or undefined.
 */
export function totalDoubt(sentence: string, index: number, end: number, event: StoryEvent): string | undefined {
	if (!IN_ALL.test(sentence.slice(end))) return undefined;
	const named = [
		...new Set(
			matches(sentence.slice(Math.max(0, index - PLACES_BEFORE), index), WHERE_RE).flatMap(
				(w) => placeLike(clean(w[1])) ?? []
			)
		)
	];
	const elsewhere = named.filter((n) => !isAt(event, n));
	if (named.length < 2 || !elsewhere.length) return undefined;
	return `the count is given in all for several places (${named.join(', ')}); it may be no one attack's`;
}

/**
 * "Al-Shabaab … claiming to have killed eight officers", "JNIM … saying it had killed about 300 members of the army",
 * "saying its fighters had taken control of Palma and killed 55 people", "Islamic State claimed on March 29 that its fighters
 * had killed 55 people" (review 50, CX min/03-3),
 * "al-Shabaab says it killed more than 100 soldiers, a claim that cannot be verified": a count the attackers claim, or
 * one the text says no one could check, is not the toll the text gives.
 */
export const claimedCount = (sentence: string, index: number): boolean =>
	CLAIMED_KILLED.test(sentence.slice(Math.max(0, index - 90), index)) ||
	CLAIMED_AFTER_DEED.test(sentence.slice(Math.max(0, index - 150), index)) ||
	UNVERIFIED.test(sentence.slice(index, index + 120));
/** A count the text says no one could check: "…more than 100 soldiers, a claim that cannot be verified". */
const UNVERIFIED =
	/^[^.;]{0,60}?,\s+(?:a\s+(?:claim|figure|number|toll)\s+(?:that|which)|which)\s+(?:cannot|could\s+not|can't|couldn't|has\s+not|had\s+not)\s+(?:yet\s+)?(?:be|been)\s+(?:independently\s+)?(?:verified|confirmed)\b/i;
/**
 * The claimant's own words, another deed between: "saying its fighters had taken control of Palma and killed ". Only the
 * claimant speaking of itself ("it", "its fighters"): "The governor said they had entered the dormitories and killed"
 * is an official's account of the toll.
 */
const CLAIMED_AFTER_DEED =
	/\b(?:claim(?:ed|ing|s)?|saying|said|says)\s+(?:that\s+)?(?:it|its\s+(?:fighters|men|militants|members))\s+(?:had|have|has)\s+[^.;]{1,60}?\s+and\s+(?:killed|wounded|injured)\s+(?:about\s+|at\s+least\s+|more\s+than\s+|some\s+|nearly\s+|over\s+)?["“]?$/i;
const CLAIMED_KILLED =
	/\b(?:claim(?:ed|ing|s)?(?:\s+(?:late\s+|early\s+)?on\s+[A-Z][\w]*(?:\s+\d{1,2})?)?\s+(?:to\s+have|(?:that\s+)?(?:it|they)\s+had|(?:that\s+)?its\s+(?:fighters|men|militants)\s+had)|(?:saying|said|says)\s+(?:that\s+)?(?:it|they|its\s+(?:fighters|men|militants|members))\s+(?:had|have|has)|boasted\s+of\s+having)\s+(?:killed|wounded|injured)\s+(?:about\s+|at\s+least\s+|more\s+than\s+|some\s+|nearly\s+|over\s+)?["“]?$/i;

/**
 * "Hemant Karkare, the head of the Anti-Terrorism Squad, and two other senior officers are among those killed", "JUI-F
 * leader Hafiz Hamdullah and 11 others were injured": a count of others beside someone named leaves that person out,
 * so it is not the whole count. The reason to check it, or undefined.
 */
export function besideDoubt(sentence: string, index: number, end: number): string | undefined {
	if (!/^\s+others?\b/i.test(sentence.slice(end))) return undefined;
	const before = sentence.slice(Math.max(0, index - 160), index);
	const and = /(?:^|[,;:]\s*|\s)([^,;:]*?)(?:,\s+[^,;:]{1,80},)?\s+and\s+$/.exec(before);
	if (!and || !/\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+/.test(and[1] ?? '')) return undefined;
	return 'the count is of others beside someone the sentence names; the whole count may be one more';
}

/**
 * "In January 2021 Densus 88 shot dead two members of the Makassar cell during raids in the city", in a report on the
 * cathedral bombing of 28 March 2021: a count whose clause names a time before its event's is of something earlier,
 * whatever event the story is on (review 37, AT min/03-7). The reason to check it, or undefined. (Not a day counted
 * from ("since January"), and not a count told as revised.)
 */
export function earlierDoubt(
	sentence: string,
	index: number,
	dates: readonly DateMatch[],
	event: StoryEvent
): string | undefined {
	if (!event.date) return undefined;
	// (The time nearest before the count: "in March …, and in June a gunman shot dead 38" is June's.)
	const d = dates.findLast((d) => d.index < index);
	const own =
		d &&
		!d.after &&
		!d.background &&
		!sentence.slice(d.index, index).includes(';') &&
		!SINCE.test(sentence.slice(Math.max(0, d.index - 12), d.index)) &&
		!/^['’]s\b/.test(sentence.slice(d.index + d.text.length)) &&
		// (Not a year in a relative clause about the doer: "Boko Haram, which began its insurgency in 2009, killed 30 …",
		// nor one a day after the count answers: "… killed 30 people in an attack on a village on Sunday".)
		!/,\s+(?:which|who)\b[^,;]*$/i.test(sentence.slice(0, d.index)) &&
		!dates.some((x) => x.index > index && !sentence.slice(index, x.index).includes(';') && !before(x.iso, event.date!));
	return own && before(d.iso, event.date)
		? `the sentence tells of ${d.text.replace(/^(?:in|on)\s+/i, '')}, before ${describe(event)}`
		: undefined;
}
/** Before a date a count runs from or to, not the time of its clause: "since", "from", "until", "by". */
const SINCE = /\b(?:since|from|until|till|by|after|before)\s+(?:(?:early|late|mid)[\s-])?$/i;

/**
 * "independent estimates range from about 140 to nearly 200 dead": a count that ends (or opens) a range is no toll the
 * text gives (review 34, AO min/08-13 asked "nearly 200" as the El Adde toll).
 */
export function rangeDoubt(sentence: string, index: number, end: number): string | undefined {
	const before = sentence.slice(Math.max(0, index - 80), index);
	const after = sentence.slice(end, end + 40);
	return RANGE_END.test(before) || (RANGE_OPEN.test(before) && RANGE_START.test(after))
		? 'the count is one end of a range the text gives; the toll itself is not known'
		: undefined;
}
/** Up to a range's first number: "range from about ", "between ". */
const RANGE_FROM = `\\b(?:rang(?:e|es|ed|ing)\\s+from|between)\\s+(?:${QUALIFIER}\\s+)?`;
const RANGE_OPEN = pattern(`${RANGE_FROM}$`, 'i');
/** Up to a range's second number: "range from about 140 to nearly ", "between 10 and ". */
const RANGE_END = pattern(`${RANGE_FROM}${NUMBER}\\s+(?:\\S+\\s+)?(?:to|and)\\s+(?:${QUALIFIER}\\s+)?$`, 'i');
/** After a range's first number, its second: " to nearly 200". */
const RANGE_START = pattern(`^\\s+(?:\\S+\\s+)?(?:to|and)\\s+(?:${QUALIFIER}\\s+)?${NUMBER}\\b`, 'i');

/**
 * "Five hostages escaped in the afternoon. Six more ran from the building shortly after 2am.": a count the next sentence
 * of its paragraph adds more to is not the whole (review 33, AL min/06-10 asked five as all who escaped).
 */
export function moreNextDoubt(paragraph: string, sentence: string, measure: string): string | undefined {
	const at = paragraph.indexOf(sentence);
	if (at < 0) return undefined;
	const next = paragraph.slice(at + sentence.length).split(/[.;!?]/)[0]!;
	if (!MORE_NEXT.test(next)) return undefined;
	// (Of the same measure: "bringing it to 17. Another 21 people were wounded" adds to no count of the dead.)
	const dead = /\b(?:died|killed|dead|perished)\b/i.test(next);
	const hurt = /\b(?:wounded|injured|hurt)\b/i.test(next);
	const same = measure.startsWith('killed') ? dead : measure.startsWith('injured') ? hurt : !dead && !hurt;
	return same ? 'the next sentence adds more to the count; it may not be the whole' : undefined;
}
/**
 * "Two suicide bombers blew themselves up at Zaventem airport and a third struck a metro train", "shot dead four of the
 * attackers; a fifth was shot moments later", "Four bombers blew themselves up at dawn; four more detonated their
 * belts that evening": a later clause of the sentence adds one after the count, or more after a semicolon, so the
 * count is not the whole (review 42, BM min/02-13 and 09-8, BL min/03-2). ("Five hostages escaped, three at 3.37pm and
 * two more an hour later": "and … more" may be a part of the count.)
 */
export function moreLaterDoubt(
	sentence: string,
	end: number,
	count: number,
	victims: string | undefined
): string | undefined {
	const after = sentence.slice(end, end + 160);
	// ("Two attackers were shot dead by police and the others died from their own explosives": the rest died too, so
	// the count is a part; review 48, CO min/04-7 asked it as all the attackers killed.)
	const others = OTHERS_DIED.exec(after);
	// ("killed 12 people at a hotel, while the other attackers were shot dead": the others named must be of the group
	// counted.)
	const of = others?.[1]?.replace(/s$/, '');
	if (others && (!of || of === victims?.replace(/s$/, '')))
		return 'a later clause of the sentence adds to the count; it may not be the whole';
	const clause = MORE_LATER.exec(after);
	if (!clause) return undefined;
	// ("N more" only of attackers, who are told in turn, past their victims' counts: "Four bombers blew themselves up …,
	// killing five residents and wounding around 15 others; four more detonated their belts" adds bombers to bombers.
	// An ordinal right after the count's own clause, with no other count between.)
	if (clause[2] && !/^(?:bombers|attackers|gunmen|assailants|militants|hijackers)$/i.test(victims ?? ''))
		return undefined;
	if (
		clause[1] &&
		/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores?)\b/i.test(after.slice(0, clause.index))
	)
		return undefined;
	const nth = clause[1] ? ORDINALS[clause[1].toLowerCase()] : undefined;
	if (nth !== undefined ? nth !== count + 1 : readNumber(clause[2]!) === undefined) return undefined;
	// ("Nine of the attackers were killed by commandos; the tenth, …, was caught alive": the one more lived.)
	const rest = after.slice(clause.index + clause[0].length).split(/[.;]/)[0]!;
	return LIVED.test(rest) ? undefined : 'a later clause of the sentence adds to the count; it may not be the whole';
}
/**
 * The ordinals of sites and series, and the ones past them an attacker may be counted by ("the tenth, Ajmal Kasab, was
 * caught alive"); not shared, since "an eighth blast" would make sites of a series' items.
 */
const ORDINALS: Readonly<Record<string, number>> = { ...ORDINAL_OF, eighth: 8, ninth: 9, tenth: 10 };
/** A later clause's one more ("and a third", not "a third device") or more ("; four more"), after a count. */
const MORE_LATER = pattern(
	`(?:;\\s+|,?\\s+and\\s+)(?:a|the)\\s+(${Object.keys(ORDINALS).join('|')})\\b(?!\\s+(?:blast|bomb|device|explosion|attack|car|vehicle|suicide\\s+vest)s?\\b)|;\\s+(\\S+)\\s+more\\b(?!\\s+than\\b)`,
	'i'
);
/** A later clause in which the rest of those counted died as well: "… and the others died from their own explosives". */
const OTHERS_DIED =
	/^[^.;]{0,80}?,?\s+(?:and|while|whereas)\s+the\s+(?:others|rest|(?:remaining|other)\s+([a-z]+))\s+(?:also\s+)?(?:died|were\s+killed|blew\s+themselves\s+up|killed\s+themselves|were\s+shot\s+dead)\b/i;
/** What those who lived through an attack did: "was caught alive", "was captured", "escaped". */
const LIVED =
	/\b(?:caught|captured|arrested|detained|survived|escaped|fled|alive|held|in\s+custody|injured|wounded|hurt|critical|condition|surrendered|large|remains?|sought|run)\b/i;

const MORE_NEXT = pattern(`^\\s+(?:(?:another|a\\s+further)\\s+${NUMBER}\\b|${NUMBER}\\s+(?:more|others)\\b)`, 'i');

/**
 * "Eight other suspects were killed in later raids", "13 were killed in different drives of the law enforcers": a count
 * of several operations other than the one the story names, which the count is not of (review 33, AL min/07-16 and AM
 * min/07-16 asked them of a single raid).
 */
export function otherOperationsDoubt(sentence: string, end: number): string | undefined {
	const after = sentence.slice(end);
	if (OTHER_OPERATIONS.test(after)) return 'the count is of other operations than the one the question names';
	if (RESISTING_ARREST.test(after)) return 'the count is of those killed resisting arrest, after the attack';
	return SIEGE_END.test(after) ? 'the count is of how the siege ended, not of the whole siege' : undefined;
}
/**
 * "the attackers killed seven hostages before they were overrun", "in the final assault": a count of a siege's end,
 * not of the whole siege (review 33, AL min/01-7 asked it as the In Amenas toll; 37 foreigners died in all). (Not
 * "killed 14 people before he was shot dead by police": a lone attacker's toll is the whole.)
 */
const SIEGE_END =
	/^[^.;]{0,60}?\b(?:before\s+(?:they|he|she)\s+(?:were|was)\s+(?:overrun|overpowered)|(?:in|during)\s+the\s+(?:final|last)\s+(?:assault|raid|storming|rescue))\b/i;
/**
 * "four suspects had been shot dead while resisting arrest", "four suspects were killed after they resisted arrest": those
 * killed when the police came for them, after the attack (review 47, CG min/03-6 asked them as killed in the Danghara
 * attack; review 48, CL min/04-7 as killed in "the attacks in Nansana").
 */
const RESISTING_ARREST =
	/^\s+(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:shot\s+dead|killed|shot)\s+(?:while|when|as|after)\s+(?:resisting|trying\s+to\s+(?:resist|evade|avoid)|attempting\s+to\s+(?:resist|evade|avoid)|(?:they|he|she)\s+(?:had\s+)?resisted)\s+(?:arrest|capture)\b/i;
const OTHER_OPERATIONS =
	/^\s+(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:(?:shot\s+)?(?:killed|dead|arrested|detained|captured)|shot\s+dead)\s+in\s+(?:(?:later|subsequent|other|separate|further|different|several|various)\s+)(?:[\w-]+\s+){0,2}?(?:raids|operations|drives|clashes|encounters|attacks|shootouts|gunfights)\b/i;

/**
 * "in the northern city of Kunduz on Oct. 8 and in the southern city of Kandahar a week later, killing over 50 and more
 * than 40 worshippers respectively": counts given in the order of the places before them, which a count's event is not
 * read from (review 33, AM min/08-18 asked Kunduz's 50 of Kandahar).
 */
export function respectiveDoubt(sentence: string, end: number): string | undefined {
	return /^[^.;]*\brespectively\b/i.test(sentence.slice(end))
		? 'the sentence gives its counts "respectively", in the order of several places or events; this one may be another\'s'
		: undefined;
}

/**
 * "Three of the attackers were shot dead at the scene and the fourth died later in hospital": a count of some of a
 * group, in a sentence that goes on to tell of others of it who died, is not the group's toll.
 */
export function partDoubt(sentence: string, end: number, measure: string): string | undefined {
	const after = sentence.slice(end);
	// "Three other people have been arrested", "two more suspects were detained": arrests added to others, not all of
	// them. (Of the dead and hurt, "killing 15 more people" in the next village is that raid's own count.)
	if (measure === 'arrested' && /^\s+(?:more|other|further|additional)\s+[a-z]/i.test(after))
		return 'the count adds to others told of before; it may not be the whole count';
	// "One officer was seriously wounded in the face and the other suffered light injuries": one of a pair, the other
	// hurt too, is not the pair's count (review 25, min/v07-2).
	if ((measure === 'injured' && OTHER_HURT.test(after)) || (measure === 'killed' && OTHER_DIED.test(after)))
		return 'the count is of one of two, and the sentence says the other was harmed too';
	if (measure !== 'killed') return undefined;
	// ("Three attackers, including two women according to the first reports, were killed, and a fourth was killed later
	// at the nearby Yibi hotel": the next of the group, died too; review 33, AL min/05-9. "Two suicide bombers blew
	// themselves up in the courtyard, and a third detonated explosives outside": review 38, AV min/10-2.)
	// (A bomber who detonated is one more of bombers only: "A suicide bomber killed 14 people …, and a second detonated a
	// car bomb" adds no victim.)
	if (
		/^\s+[a-z]/.test(after) &&
		(NEXT_DIED.test(after) ||
			(/^\s+(?:[a-z]+\s+)?(?:bombers|attackers|assailants|gunmen|militants)\b/i.test(after) &&
				NEXT_DETONATED.test(after)))
	)
		return 'the count is of some of a group, and the sentence tells of one more of them who died';
	if (!/^\s+of\s+(?:the|them|those|these)\b/i.test(after)) return undefined;
	return MORE_DIED.test(after)
		? 'the count is of some of a group, and the sentence tells of more of them who died'
		: undefined;
}

/** Others of a group said to have died too, after "and": "and the fourth died later", "and the rest were shot". */
const MORE_DIED =
	/^[^.;]*?\band\s+(?:the\s+)?(?:other|others|rest|remaining|last|another|second|third|fourth|fifth|sixth)\b[^.;]{0,60}?\b(?:died|killed|dead|shot)\b/i;
/** ", and a fourth was killed later": one more of the group who died, told after its count. */
const NEXT_DIED =
	/^[^.;]*?,?\s+and\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth)\s+(?:was|were|had\s+been|died)\b[^.;]{0,30}?\b(?:died|killed|dead|shot)\b/i;
/** "…, and a third detonated explosives outside", after a count of bombers. */
const NEXT_DETONATED =
	/^[^.;]*?,?\s+and\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth)\s+(?:[a-z]+\s+)?(?:detonated|blew\s+(?:himself|herself)\s+up|set\s+off)\b/i;

/**
 * "Two labourers died on the spot; three more workers and the doctor died on the way to hospital", "Seven were killed on
 * the spot and one more died later", "killed one man on the spot and two others later": those who died at once, in a
 * sentence that goes on to more who died, are no toll (review 28, min/ab02-1 asked the two as the labourers' toll).
 * Whether the count ending at `end` is such a count.
 */
export const diedAtOnce = (sentence: string, end: number) => AT_ONCE_THEN_MORE.test(sentence.slice(end));
const AT_ONCE_THEN_MORE =
	/^[^.;]{0,40}?\b(?:on\s+the\s+spot|instantly|at\s+the\s+scene)\b[^.]*?\b(?:(?:more|others?|later)\b[^.]{0,60}?\b(?:died|succumbed)|others?\s+later)\b/i;
/** The other of a pair hurt too, later in the sentence: "… and the other suffered light injuries". */
const OTHER_HURT = /^[^.;]*?\band\s+the\s+other\b[^.;]{0,40}?\b(?:injur\w*|wound\w*|hurt)\b/i;
/** The other of a pair killed too: "… and the other died in hospital". */
const OTHER_DIED = /^[^.;]*?\band\s+the\s+other\b[^.;]{0,40}?\b(?:died|killed|dead)\b/i;
