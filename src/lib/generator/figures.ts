/**
 * Casualty figures (killed, dead, died, injured, wounded, arrested, abducted, missing) with their qualifier ("more
 * than", "at least", "nearly") and the victims they count, and other key figures. The patterns are in
 * toll-patterns.ts, counts that hang on another count in subcounts.ts, shares and "including" counts in shares.ts.
 */
import { MONTHS, WEEKDAYS, blankClockTimes } from '../lang';
import { NUMBER, NUMBER_END, QUALIFIER, QUALIFIER_AFTER, qualifierSign, readNumber } from './numbers';
import { findShares } from './shares';
import { findSubCounts } from './subcounts';
import { findHospitalCounts } from './hospital-counts';
import { partsOf } from './parts';
import {
	VERB_FIRST,
	NUMBER_FIRST,
	POLICE_SHOT,
	POLICE_KILLED_ALL,
	ACTIVE_OBJECT,
	UNIT_AFTER,
	NUMBER_PASSIVE,
	PASSIVE_AFTER_COUNT,
	WHERE_DIED,
	ACT_OF,
	AND_MORE,
	PAIR_FIRST,
	THOSE_NUMBERS,
	HEADLINE,
	LEFT,
	ROSE,
	NTH_DIED,
	NTH_COUNT,
	NTH_WORDS,
	AND_TO,
	REVISING,
	AMONG,
	LIVES,
	TREATED,
	PEOPLE_AFTER_VERB,
	harmOfVerb,
	TO_HOSPITAL,
	IN_HOSPITAL,
	noAttackCount,
	RECORDED_INCIDENTS,
	RECORDED_VERB,
	NO_ATTACK_CAUSE,
	bodiesAt,
	PUT_AT,
	DEATHS,
	TOLL_WAS,
	IN_ALL_AFTER,
	BODIES_OF,
	NUMBER_AT,
	INCLUDED,
	moreGroupsAfter,
	SELF_AND,
	BODIES,
	BLEW_UP,
	NOT_COUNTING,
	ESCAPED,
	DIED_LATER,
	FIRST_PUT,
	EARLIER_PUT,
	REPLACED_AFTER,
	REPLACED_BEFORE,
	HARM,
	plural,
	victimsAt
} from './toll-patterns';
import { matches } from './matches';
import { pattern } from '../lang/pattern';

export interface FigureMatch {
	kind: 'toll' | 'figure';
	/** "more than 130", "40 percent" — as written. */
	value: string;
	qualifier?: string;
	number: number;
	/** killed or injured for tolls; what was counted for figures ("of Iraq", "children"). */
	measure: string;
	index: number;
	/** The year a toll is for, when the sentence gives one per figure ("in 2015 and 2016, those numbers were …"). */
	year?: string;
	/** The count was revised ("the toll has risen to 37"): it is the latest. */
	update?: boolean;
	/** The text says the count was replaced ("the toll had stood at 36"): never the latest. */
	superseded?: boolean;
	/** The victims counted when the text names them ("civilians", "US soldiers"). */
	victims?: string;
	/** A count of "the dead" or "the injured": a group within a toll the text has already given. */
	back?: boolean;
	/** The noun after the count names those it harmed by where they were taken ("received three patients"), no group. */
	anyone?: boolean;
	/** A group within the count before it in the sentence ("29 of them children"). */
	within?: boolean;
	/** A count that revises one told before, named only as "that" or "that figure" ("we corrected that figure to five"). */
	referred?: boolean;
	/** Where a part of the count before it happened ("…: 30 in Karsk"), as written. */
	where?: string;
	/** The hospital or morgue a part of the toll was taken to ("Holy Family Hospital took in 35 wounded"). */
	hospital?: string;
	/** `killed:>130`: equal for "more than 130" and "over 130", different for "almost 100". */
	normalized: string;
}

/** "from at least seven countries", "of 18 nationalities": how many lands the counted came from. */
const FROM_COUNTRIES = pattern(
	`\\b(?:from|of)\\s+(?:(?:${QUALIFIER})\\s+)?${NUMBER}\\s+(?:different\\s+)?(?:countries|nations|nationalities)\\b`,
	'gi'
);

/** Whom someone leaves behind, right before a count: "is survived by ", "is mourned by a wife and " ("left behind 148 dead" is a toll). */
const SURVIVED_BY = /\b(?:survived\s+by|is\s+mourned\s+by)\s+(?:(?:a|his|her|their)\s+[a-z]+\s+and\s+)?$/i;
/** A month's name right before a number: "October 31", "Oct. 31". */
const MONTH_BEFORE = pattern(`\\b(?:${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+$`);
/** Capitalised words a count may follow that name no unit: days, months, and words that open a clause. */
const NOT_A_NAME_BEFORE = pattern(
	`^(?:${[...WEEKDAYS, ...MONTHS].join('|')}|In|On|At|By|Of|For|Some|About|Around|Nearly|Only|Just|Over|Under|All|And|But|The|A|An|Another|Police|Officials|Overall|Altogether|Initially|Later|Earlier|Now|Today|Yesterday|Tonight|Since|Until|After|Before|Then|While|When|Where|To|With|From|That|This|Those|These|Its|Their|His|Her|Our|Reuters|AFP|AP)$`
);
/** "the count had risen to five", "the tally rose to 12": a count whose measure the sentence before gave. */
/** "in Karsk", "at Orsa" right after a count: a place's count, another event's (not "in May 2019", a time). */
const IN_PLACE = pattern(`^\\s+(?:in|at)\\s+(?!(?:${MONTHS.join('|')})\\b)[A-Z]`);
const COUNT_ROSE =
	/\bthe\s+(?:[\w'’-]+\s+)?(?:[\w'’-]+['’]s\s+|(?:official|hospital|final|latest|overall|confirmed|police)\s+)?(?:count|tally)\s+(?:has\s+|had\s+)?(?:now\s+|since\s+|later\s+)?(?:risen|rose|climbed|reached)\s+(?:to\s+)?|\b(?:lowered|raised|revised|corrected|cut|reduced)\s+(?:that|(?:that|this)\s+(?:figure|number|count))\s+to\s/i;

/** What "members" are of: "of the security forces", "of a local militia" (not past a verb or a conjunction). */
const MEMBERS_OF =
	/^\s+(of\s+(?:the|a|an|its|their)\s+(?:(?!(?:and|or|were|was|who|in|on|at|after|during|by|when|while)\b)[A-Za-z][\w'’-]*\s*){1,3})(?=[\s,.;:]|$)/;

/** "333 of the school's" before a number: the share of a whole, which is what is counted. */
const SHARE_OF = pattern(`(?:^|\\s)(${NUMBER})\\s+of\\s+(?:(?:the|its|their|[\\w'’-]+['’]s)\\s+){1,2}$`, 'i');
/** The verb a share's whole is the subject of: "… 839 pupils were still missing". */
const SHARE_VERB = /^\s+(?:[\w'’-]+\s+){0,2}(?:were|are|remain|remained|have\s+been|had\s+been)\b/i;
const NO_ONE = /\b(?:no|not)\s+$/i;
/** A verb of freeing right before a count: those it counts were freed, whatever the words after say they had been. */
const FREED_BEFORE = /\b(?:freed|rescued|released|recovered|reunited|returned)\s+$/i;
/** What an attack was told to answer for, right before a count: "to avenge the killing of", "in revenge for". */
const AVENGED =
	/\b(?:avenge|avenging|revenge\s+for|retaliation\s+for|reprisal\s+for)\s+(?:the\s+)?(?:killings?|deaths?|murders?|arrests?)?\s*(?:of\s+)?$/i;
/** A denial of figures or reports, or a rumour, before the count they give: "denies figures … claiming that". */
const DENIED_FIGURE =
	/(?:\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|false|unconfirmed|unverified)\b[^.;]{0,100}?\b(?:figures?|reports?|claims?|rumou?rs?|numbers?|tolls?|posts?)|\brumou?rs?)\b[^.;]{0,80}$/i;
/** Right before an age: "aged 14 and", "aged between 12 and", "ages of". */
const AGED = pattern(
	`\\b(?:aged|ages?\\s+of)\\s+(?:(?:between|from)\\s+)?(?:(?:${NUMBER})\\s+(?:and|to|or)\\s+)?$`,
	'i'
);
/** A count of a whole conflict, since it began: "have been killed since the insurgency flared up", "since 2015". */
const RUNNING_TOTAL =
	/^[^.;]{0,80}?\b(?:have|has|had)\s+(?:been\s+)?(?:killed|died|lost\s+their\s+lives|wounded|injured)\b[^.;]{0,50}?\bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?:insurgency|conflict|war|violence|fighting|uprising|rebellion|campaign|crisis|(?:19|20)\d\d)\b/i;
/** A count over years, after it in its clause: "… between January 2012 and December 2017", "from 2015 to 2019". */
const YEARS_TOTAL = pattern(
	`^(?:(?!\\b(?:who|whom|whose|which)\\b)[^.;]){0,80}?\\b(?:between|from)\\s+(?:(?:${MONTHS.join('|')})\\s+)?(?:19|20)\\d\\d\\s+(?:and|to|until|through)\\s+(?:(?:${MONTHS.join('|')})\\s+)?(?:19|20)\\d\\d\\b`,
	'i'
);
/** After a count, in its clause: the first exchange of fire, a part of an attack ("in an initial exchange of gunfire"). */
const FIRST_EXCHANGE =
	/^[^.;]{0,60}?\bin\s+(?:an?|the)\s+(?:initial|first|opening|early)\s+(?:(?:exchange|burst|round|volley)\s+of\s+(?:gun)?fire|shoot-?out|gunfight|gun\s+battle|firefight)\b/i;
/** A sentence that opens on the start of a stretch of time: "Since 2011, ", "Since early 2019, ". */
/** A bare plural of attacks in the perfect, up to its count: "where single raids have killed more than ". */
const GENERIC_PERFECT =
	/(?:^|[,;:]\s+|\b(?:where|while|and|but)\s+)(?:(?:single|such|similar|many|some|other|previous|past|earlier|recent|individual|larger|bigger)\s+)?(?:raids|attacks|bombings|ambushes|massacres|assaults)(?:\s+(?:in|across|on|by|of)\s+[^,;.]{1,40}?)?\s+(?:have|had)\s+(?:(?:already|often|regularly|sometimes|routinely)\s+)?killed\s+(?:(?:more|fewer)\s+than\s+|up\s+to\s+|over\s+|as\s+many\s+as\s+)?$/i;
const SINCE_OPENING = /^\s*Since\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b[^.;]*$/;
/** A count harmed in the present perfect: "… have been killed", "… have died". */
const PERFECT_HARM =
	/^[^.;]{0,80}?\b(?:have|has)\s+(?:been\s+)?(?:killed|died|lost\s+their\s+lives|wounded|injured)\b/i;
/**
 * "Three of the four gunmen were killed": the part counted before "of the", the whole after it. Only of attackers or
 * hostages: a share of the dead ("two of the 12 dead were children") is a group the subcounts read.
 */
const ATTACKERS_AFTER =
	/^\s+(?:[a-z-]+\s+)?(?:gunm[ae]n|attackers?|assailants?|militants|bombers?|hijackers|hostage-takers|hostages|suspects|fighters)\b/i;
const PART_OF = pattern(`\\b(${NUMBER})\\s+of\\s+(?:the|its|their|those)\\s+$`, 'i');
/** "None of the 300 guests", "neither of the two guards": the count of those who were not harmed. */
const NONE_OF = /\b(?:none|neither|no\s+one)\s+of\s+(?:the|its|their|his|her)\s+$/i;
/** Attackers a toll leaves out who are then said to have lived: "…, who were arrested", "… arrested at the scene". */
const LIVED_AFTER =
	/^,?\s+(?:who\s+(?:were|was|are|is|had\s+been|have\s+been)\s+|(?:were|was)\s+)?(?:(?:all|both|later|also)\s+)?(?:wounded|injured|hurt|arrested|detained|captured|held|caught|taken\s+alive|in\s+custody|alive)\b/i;

/**
 * "333 of the school's 839 pupils were still missing": the count is the share, the number after "of" its whole, named
 * by the group after the whole. Only for the missing, abducted or escaped, where the verb tells of the share: in "20 of
 * the 50 wounded were children" and "One of the two people killed has been named" the whole is the toll. Gives `f`
 * itself where there is no share, and null where the share is no count.
 */
function shareOf(f: FigureMatch, sentence: string): FigureMatch | null {
	if (f.kind !== 'toll' || f.qualifier || !/^(?:missing|abducted|escaped)$/.test(f.measure)) return f;
	if (!SHARE_VERB.test(sentence.slice(f.index + f.value.length))) return f;
	const before = sentence.slice(Math.max(0, f.index - 60), f.index);
	const share = SHARE_OF.exec(before);
	if (!share) return f;
	const at = f.index - before.length + share.index + share[0].indexOf(share[1]!);
	const part = toll(undefined, share[1]!, f.measure, at);
	if (!part || part.number >= f.number) return null;
	const victims = f.victims ?? victimsAt(sentence, f.index);
	return { ...part, normalized: `${f.measure}:${part.number}`, ...(victims ? { victims } : {}) };
}

/** The count a verb gives: killed, injured, abducted, missing, escaped or arrested. */
const measureOf = (verb: string) =>
	/^arrest/i.test(verb)
		? 'arrested'
		: /^(injur|wound|hurt)/i.test(verb)
			? 'injured'
			: /^(abduct|kidnap)/i.test(verb)
				? 'abducted'
				: /^missing/i.test(verb)
					? 'missing'
					: /^escap/i.test(verb)
						? 'escaped'
						: 'killed';

function toll(qualifier: string | undefined, num: string, verb: string, index: number): FigureMatch | undefined {
	const n = readNumber(num);
	if (n === undefined || (n >= 1900 && n <= 2099 && !qualifier)) return undefined;
	const measure = measureOf(verb);
	const value = qualifier ? `${qualifier.toLowerCase()} ${num}` : num;
	return {
		kind: 'toll',
		value,
		qualifier: qualifier?.toLowerCase(),
		number: n,
		measure,
		index,
		normalized: `${measure}:${qualifierSign(qualifier)}${n}`
	};
}

/**
 * Words every match of a pattern holds (as its flags read them), tested before the pattern's scan: a sentence about
 * casualties rarely holds them, and the test costs far less than the scan — most of all the first time a pattern runs,
 * when it is compiled (the long patterns take milliseconds each). Keyed by the pattern, so no name ships to the
 * browser; tests/unit/generator/key-words.spec.ts names each pattern by its export from toll-patterns.ts and keeps each
 * pair in step.
 */
export const KEY_WORDS = new Map<RegExp, RegExp>([
	// A count right before the passive: "14 were injured", "Four others, including a police officer, were wounded".
	[NUMBER_PASSIVE, pattern(`${NUMBER_END}\\s+${PASSIVE_AFTER_COUNT}`, 'i')],
	[LEFT, /\b(?:left|leaving|leaves)\s/i],
	[NTH_DIED, pattern(`\\bA\\s+(?:${NTH_WORDS}|\\d{1,3}(?:st|nd|rd|th))\\s`, 'i')],
	[WHERE_DIED, /\bwhere\s[^;]*?\bdied\b/i],
	// How every number ends (a digit, "twenty", "forty-two", "fourteen", "a hundred", "dozens") and the headline verb.
	[HEADLINE, pattern(`${NUMBER_END}\\+?\\s+(?:killed|dead|wounded|injured|hurt)\\b`, 'i')],
	[BODIES, /bodies/i],
	[INCLUDED, /\b(?:dead|injured|wounded|killed|hurt|victims)(?:\s+(?:includ|comprised|were)|:)/i],
	[TO_HOSPITAL, /\b(?:taken|admitted|rushed|brought)\s+to\s+(?:\S+\s+){0,2}?hospitals?\b/i],
	// The group, then the count's last word at most seven words on ("were", a qualifier of up to three, a number of up
	// to four): "Among the dead were 13 foreigners".
	[
		AMONG,
		pattern(
			`\\b(?:[Aa]mong|[Oo]f)\\s+(?:the|those)\\s+(?:\\S+\\s+)?(?:dead|killed|injured|wounded),?\\s+(?:\\S+\\s+){0,7}?\\S*?${NUMBER_END}\\s`
		)
	],
	// "… and 13 US service members were killed": "and", the second count's last word at most six words on (a qualifier
	// of up to three, a number of up to four), then at most four words (two of description, a victim noun of one or
	// two) before the passive verb.
	[
		PAIR_FIRST,
		pattern(
			`\\sand\\s+(?:(?:\\S+\\s+){0,6}?\\S*?${NUMBER_END}|an?)\\s+(?:\\S+\\s+){1,4}?(?:(?:were|have\\s+been|had\\s+been)\\s+(?:also\\s+)?${HARM}|(?:have\\s+|had\\s+)?died)\\b`,
			'i'
		)
	],
	// The verb of every revision: "risen to", "bringing the toll to", "put the toll at", "revised down to", "the dead
	// now number".
	[
		ROSE,
		/\b(?:bringing|brought|brings|raising|raised|raises|taking|took|takes|pushing|pushed|pushes|risen|rose|rises|climbed|climbs|increased|increases|jumped|jumps|reached|reaches|stands|stood|put|puts|putting|placed|places|gave|gives|giving|give|fallen|fell|dropped|revised|revises|lowered|lowers|cut|cuts|reduced|reduces|corrected|updated|numbers?|numbered)\b/i
	],
	[THOSE_NUMBERS, /\b(?:numbers|figures|tolls)\s+were\s/i],
	// The "and" after the first count's victims, within its first six words: "killed 175 civilians and 13 US soldiers".
	[AND_MORE, /^(?:\s+\S+){1,5}?\s+and\s/i]
]);

/** The measure a stretch of text counts: the wounded if it names only them, else the dead if it names them. */
function measureNamed(text: string): 'killed' | 'injured' | undefined {
	// ("The number of martyrs has risen to 305": agency copy's word for the dead; review 33, AM min/04-5.)
	const dead = /\b(?:toll|dead|killed|died|martyrs)\b/i.test(text);
	return /\b(?:injured|wounded)\b/i.test(text) && !dead ? 'injured' : dead ? 'killed' : undefined;
}

/** The measure named last in `text`, the dead when it names none. */
function lastMeasure(text: string): 'killed' | 'injured' {
	const last = [...text.matchAll(/\b(?:injured|wounded|toll|dead|killed|died|martyrs)\b/gi)].pop()?.[0];
	return last && /^(?:injured|wounded)$/i.test(last) ? 'injured' : 'killed';
}

/** A count given only as "dozens" (or "scores", "many"), then a part of it: "dozens …, including ". */
const PART_OF_VAGUE =
	/\b(?:dozens|scores|hundreds|thousands|many|several|numerous)\b[^.;]{0,80}?,?\s+(?:including|among\s+them)\s+$/i;

/** A headline's first count: a number, whom it counts, and "killed" with no "were" ("7 Japanese killed"). */
const HEADLINE_FIRST = /^[\w,.-]+\s+(?:(?!(?:were|was|had|have|has|been|are|is)\b)[A-Za-z][\w'’-]*\s+){1,2}killed\b/;
/** Right after a count: its verb of harm, no people named ("1 injured", "one wounded"). */
const BARE_SECOND = /^\s+(?:injured|wounded|hurt)\b/i;

/** Right before a count: a final or revised report or toll, then a colon ("its final report: "). */
const FINAL_BEFORE =
	/\b(?:final|revised|updated|official|latest|new)\s+(?:death\s+)?(?:report|toll|count|tally|figures?)\b[^.;:]{0,40}:\s*(?:(?:at\s+least|more\s+than|about|some|nearly)\s+)?$/i;
/** Words of the hurt, who are no dead: "taken to hospital with minor injuries". */
const HURT = /\b(?:injur(?:y|ies|ed)|wounded|hurt|hospital)\b/i;
/**
 * Right before a count: the toll the authorities came to in the end ("then revised it to 84 and, after several of the
 * injured died, settled on 95 dead"; review 41, BG min/03-2 asked the 84), or one counted later ("officials put the
 * toll at more than 500, and the Iraqi Red Crescent later counted 796 people killed"; review 48, CM min/10-3 asked the
 * 500).
 */
const SETTLED_BEFORE = pattern(
	`\\b(?:settl(?:ed|ing)\\s+(?:on|at)|(?:finally|later)\\s+(?:put|set|gave)\\s+(?:the\\s+(?:death\\s+)?toll|it)\\s+at|(?<!\\b(?:[Hh]ospital|[Mm]orgue|[Cc]linic|[Cc]entre|[Cc]enter)\\s+)later\\s+(?:counted|recorded))\\s+(?:(?:${QUALIFIER})\\s+)?$`,
	'i'
);
/** Whether a count stands after a final report's colon, and not one of a span ("official figures for last year: 120"). */
const finalBefore = (before: string) => {
	const m = FINAL_BEFORE.exec(before);
	return m !== null && !/\b(?:last|this|past)\s+(?:year|month|decade)\b|\b(?:19|20)\d\d\b/i.test(m[0]);
};

/**
 * A count a threat or a vow names: "threatened to execute 20 soldiers", "vowed to kill all 20 hostages", and "would
 * kill 10 hostages for every one of their fighters killed" (review 39, BA min/10-2, 10-3). A bare "would" is the
 * future of a past story as often ("detonated a bomb that would kill 22 people"), so it is a threat only with a
 * condition after the count ("for every", "unless", "if") or a verb of saying or warning before it.
 */
function threatened(sentence: string, start: number, end: number): boolean {
	const before = sentence.slice(Math.max(0, start - 120), start);
	if (THREAT_TO.test(before)) return true;
	// (Nor what the threat is set against: "… 10 hostages for every one of their fighters killed".)
	if (/\bfor\s+(?:every|each)\s+$/i.test(before) && THREAT_BEFORE.test(before)) return true;
	if (!WOULD_KILL.test(before)) return false;
	return THREAT_CONDITION.test(sentence.slice(end, end + 60)) || THREAT_SAID.test(before);
}
const HARM_VERB = '(?:kill|execute|shoot|behead|murder|hurt|harm)(?:ing)?';
const COUNT_LEAD = '(?:(?:all(?:\\s+the)?|the|at\\s+least|up\\s+to|some|about)\\s+)?';
/** Up to the count: "threatened to kill ", "vowed to execute all the ". */
const THREAT_TO = new RegExp(
	`\\b(?:threat(?:ened|ening|s)?|vow(?:ed|ing|s)?|promis(?:ed|ing|es)?|pledg(?:ed|ing|es)?)\\s+to\\s+(?:(?:start|begin)\\s+)?${HARM_VERB}\\s+${COUNT_LEAD}$`,
	'i'
);
/** Up to the count: "would kill ", "will start killing ". */
const WOULD_KILL = new RegExp(`\\b(?:would|will|'d)\\s+(?:(?:start|begin)\\s+)?${HARM_VERB}\\s+${COUNT_LEAD}$`, 'i');
/** A threat or a vow anywhere before: "would kill", "threatened to execute". */
const THREAT_BEFORE = /\b(?:would|will|threat\w*|vow\w*)\s+(?:to\s+)?(?:kill|execute|shoot|behead)\b/i;
/** After the count: what the threat is set against ("hostages for every one of …", "unless …"). */
const THREAT_CONDITION = /^[^.;]{0,40}?\b(?:for\s+(?:every|each)|unless|if)\b/i;
/** Before "would": a verb that reports a threat ("the captors had said they would kill "). */
const THREAT_SAID = /\b(?:said|says|warned|warns|threatened|vowed|told)\b[^.;]{0,60}$/i;

/** A qualifier right after a count: " or more", " or so". */
const afterCount = pattern(`^\\s+(${QUALIFIER_AFTER})`, 'i');

/** Every figure in a sentence: tolls (killed, injured) with qualifiers, and shares and counts within a toll. */
export function findFigures(text: string): FigureMatch[] {
	// "seventy-one (71) persons": numerals in brackets repeat the words before them; blanked to spaces, so every
	// index still points into the sentence as written.
	// The Unicode lookbehind is slow, so it runs only on sentences with a bracket.
	const bracketed = text.includes('(')
		? text.replace(/(?<=\p{L})\s\(\d[\d,]*\)(?=\s)/gu, (m) => ' '.repeat(m.length))
		: text;
	// "16:00 Ten people were killed": a clock time is no count, and blanked the same way.
	// "30 people from at least seven countries had been killed": where the counted came from is no count of them.
	const clocked = blankClockTimes(bracketed);
	const sentence = /\b(?:countries|nations|nationalities)\b/i.test(clocked)
		? clocked.replace(FROM_COUNTRIES, (m) => ' '.repeat(m.length))
		: clocked;
	const out: FigureMatch[] = [];
	const seen = new Set<number>();
	/** The groups a list of the dead or injured goes on with after its first, from `end` on, each a count of its own. */
	const moreGroups = (end: number, measure: string) => {
		for (const g of moreGroupsAfter(sentence, end)) {
			const f = toll(g.qualifier, g.num, measure, g.index);
			if (f) push({ ...f, back: true, victims: g.victims });
		}
	};
	const push = (found: FigureMatch | undefined) => {
		if (!found || seen.has(found.index)) return;
		// "they would kill 10 hostages for every one of their fighters killed": a threat counts no one killed, nor does
		// what it is set against (review 39, BA min/10-2, 10-3).
		if (found.kind === 'toll' && threatened(sentence, found.index, found.index + found.value.length)) return;
		// "no one was killed", "not one was hurt": a denial, no count of one.
		if (
			found.kind === 'toll' &&
			/^one$/i.test(found.value) &&
			NO_ONE.test(sentence.slice(Math.max(0, found.index - 20), found.index))
		)
			return;
		// ("She is survived by three children, one of whom … was also wounded": those a victim leaves are no count of the
		// harmed; review 49, CS min/06-12.)
		if (found.kind === 'toll' && SURVIVED_BY.test(sentence.slice(Math.max(0, found.index - 40), found.index))) return;
		// "the airliner that crashed in Sinai on October 31 were killed": a number after a month is its day, no count.
		if (
			found.kind === 'toll' &&
			!found.qualifier &&
			MONTH_BEFORE.test(sentence.slice(Math.max(0, found.index - 12), found.index))
		)
			return;
		// "and three more men died overnight", "Two more people died in hospital": the wounded who died since, which add
		// to a count the text gives and are no count of their own. ("Two more soldiers were killed on Monday" may be a
		// new attack's.)
		if (
			found.kind === 'toll' &&
			found.measure === 'killed' &&
			/^\s+(?:more|further|additional)\s+(?:[a-z]+\s+){0,2}?(?:(?:have|had|later)\s+)?(?:died|succumbed)\b/i.test(
				sentence.slice(found.index + found.value.length)
			)
		)
			return;
		// "More than 7,300 people have been killed since the insurgency flared up in 2004": a running total of a conflict,
		// no toll of one attack.
		if (found.kind === 'toll' && RUNNING_TOTAL.test(sentence.slice(found.index, found.index + 160))) return;
		// ("counted 509 Hazaras killed in Quetta and 627 wounded between January 2012 and December 2017": so is a count
		// over years; review 49, CU min/10-21.)
		if (found.kind === 'toll' && YEARS_TOTAL.test(sentence.slice(found.index, found.index + 160))) return;
		// ("Two officers were wounded in an initial exchange of gunfire outside the building", after "wounding six
		// people, including four police officers": a count of the first exchange of fire is part of the attack's; review
		// 29, AE min/01-8 asked it as the officers injured.)
		if (found.kind === 'toll' && FIRST_EXCHANGE.test(sentence.slice(found.index, found.index + 120))) return;
		// ("Since 2011, more than a dozen members of the security forces have been killed in such attacks": so is one
		// told in the present perfect after a "since" the sentence opens on; review 29, AD min/04-11 asked it of "the
		// attack in 2011".)
		if (
			found.kind === 'toll' &&
			SINCE_OPENING.test(sentence.slice(0, found.index)) &&
			PERFECT_HARM.test(sentence.slice(found.index, found.index + 160))
		)
			return;
		// ("The number is small by the standards of the Sahel, where single raids have killed more than a hundred": a count
		// of what attacks of a kind have done, told of a bare plural, is no toll of one; review 31, AH min/03-24.)
		if (found.kind === 'toll' && GENERIC_PERFECT.test(sentence.slice(0, found.index))) return;
		// "said it had carried out the bombing to avenge the killing of two of its members in a raid": a count the attack
		// avenged is another event's.
		if (found.kind === 'toll' && AVENGED.test(sentence.slice(Math.max(0, found.index - 60), found.index))) return;
		// "The Ministry denies figures circulating on social media claiming that more than 50 people were killed": a count
		// the sentence denies or calls a rumour is no toll.
		if (found.kind === 'toll' && DENIED_FIGURE.test(sentence.slice(Math.max(0, found.index - 160), found.index)))
			return;
		// "One of the gunmen killed in the siege was identified as …": one of a group the harm names, told of for who
		// they were ("One of the attackers was killed" is a count).
		if (
			found.kind === 'toll' &&
			found.number === 1 &&
			!found.qualifier &&
			// ("Father Célestin Ngoumbango, one of two priests killed in the attack": so is one of a counted group; review 50,
			// CX min/10-7 asked "one" as the toll.)
			/^\s+of\s+(?:(?:the|those|these)\s+|(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s))(?:(?!(?:was|were|had|have|has|been|is|are)\s)[a-z0-9-]+\s+){1,2}?(?:killed|wounded|injured|shot|abducted|kidnapped|seized|taken)\b/i.test(
				sentence.slice(found.index + found.value.length)
			)
		)
			return;
		// "the counterterrorism squad Densus 88 arrested four suspects": a number right after a capitalised name (not a
		// day's or a month's, nor a word opening the sentence) is part of the name.
		// (A hospital's count after its name, "St George's Hospital nine", was read with the name.)
		if (found.kind === 'toll' && !found.qualifier && !found.hospital) {
			const word = /(?:^|[^,;:(]\s)([A-Z][A-Za-z]+)\s+$/.exec(
				sentence.slice(Math.max(0, found.index - 30), found.index)
			)?.[1];
			if (word && !NOT_A_NAME_BEFORE.test(word) && !/^\s*[A-Z][A-Za-z]+\s+$/.test(sentence.slice(0, found.index)))
				return;
		}
		// "Three boys aged 14 and 15 were taken to hospital": an age is no count.
		if (found.kind === 'toll' && AGED.test(sentence.slice(Math.max(0, found.index - 40), found.index))) return;
		// "None of the 300 guests were injured": a count no one of whom was harmed.
		if (found.kind === 'toll' && NONE_OF.test(sentence.slice(Math.max(0, found.index - 30), found.index))) return;
		// "Three of the four gunmen were killed": the harm is the part's, three, not the four there were.
		const part =
			found.kind === 'toll' &&
			!found.qualifier &&
			ATTACKERS_AFTER.test(sentence.slice(found.index + found.value.length))
				? PART_OF.exec(sentence.slice(0, found.index))
				: null;
		const partN = part ? readNumber(part[1]!) : undefined;
		if (part && partN !== undefined && partN < found.number!)
			found = {
				...found,
				value: part[1]!,
				number: partN,
				normalized: found.normalized.replace(/\d+$/, String(partN))
			};
		const f = shareOf(found, sentence);
		if (!f || seen.has(f.index)) return;
		// Two rules reading one count ("left 22 dead" is also a headline "22 dead") give one figure; two groups of the same
		// size ("Two Swiss, two Canadians") are two.
		if (
			out.some(
				(o) =>
					o.number === f.number &&
					o.measure === f.measure &&
					Math.abs(o.index - f.index) < 20 &&
					(!o.victims || !f.victims || o.victims === f.victims)
			)
		)
			return;
		// "dozens of people had been killed, including seven who died when a convoy … was ambushed": a part of a count
		// the text gives only as "dozens" is no toll of the event (review 25, min/w01-1).
		if (f.kind === 'toll' && PART_OF_VAGUE.test(sentence.slice(Math.max(0, f.index - 120), f.index))) return;
		seen.add(f.index);
		// "Armed officers shot all three dead": those the police shot are the attackers, not their victims. ("police in the
		// seaside town of Cambrils, about 120 kilometers (75 miles) to the southwest, shot dead five people": whatever the
		// aside after the police; review 37, AU 08.)
		if (f.kind === 'toll' && !f.victims && POLICE_SHOT.test(sentence.slice(Math.max(0, f.index - 180), f.index)))
			f.victims = 'attackers';
		if (f.kind === 'toll' && !f.anyone)
			f.victims ??= victimsAt(sentence, f.index + (f.qualifier ? f.qualifier.length + 1 : 0));
		// "Eight other people were wounded", after the dead: the others are everyone hurt, not a group of them. (Of the
		// dead or the arrested, "20 other people were killed" after one named victim is a part: the count is one short.)
		if (
			f.kind === 'toll' &&
			f.measure === 'injured' &&
			/^other\s+(?:people|persons)$/i.test(f.victims ?? '') &&
			// (Not "… and wounded three more. Eight other people were also injured": others besides those counted.)
			!/\b(?:also|too|further|additional)\b|\bmore\b(?!\s+than)/i.test(sentence) &&
			!out.some((o) => o.kind === 'toll' && o.measure === 'injured')
		)
			delete f.victims;
		// "Security forces fought them … before killing all three": a bare count the forces of order killed.
		if (f.kind === 'toll' && !f.victims && POLICE_KILLED_ALL.test(sentence.slice(Math.max(0, f.index - 120), f.index)))
			f.victims = 'attackers';
		// "the three people who were hurt, one of whom is still seriously ill": a verb read as the group is no group, and
		// the count is a part of one told before.
		if (f.kind === 'toll' && f.victims && /^(?:is|are|was|were|has|have|had|still|remains?|remained)$/i.test(f.victims))
			return;
		// "three members of the security forces": whose members they were is part of who they were.
		if (f.kind === 'toll' && f.victims && /\bmembers$/i.test(f.victims)) {
			const at = sentence.indexOf(f.victims, f.index);
			const of = at < 0 ? null : MEMBERS_OF.exec(sentence.slice(at + f.victims.length));
			if (of) f.victims = `${f.victims} ${of[1]}`;
		}
		// "one child", "an Indian student": a question asks how many children, how many Indian students.
		if (f.kind === 'toll' && f.victims) f.victims = plural(f.victims);
		// "including two men believed to have carried the bombs into the hotels": people the text says did it are the
		// attackers, whatever word first names them.
		if (f.kind === 'toll' && f.victims && /^(?:men|women|people|persons)$/i.test(f.victims)) {
			const after = sentence.slice(f.index + f.value.length).replace(/^\s+\S+/, '');
			const did = DID_IT.exec(after);
			if (did) f.victims = /bomb|explosive|vest|device/i.test(did[0]) ? 'bombers' : 'attackers';
		}
		if (
			f.kind === 'toll' &&
			(REPLACED_BEFORE.test(sentence.slice(Math.max(0, f.index - 80), f.index)) ||
				REPLACED_AFTER.test(sentence.slice(f.index + f.value.length)))
		)
			f.superseded = true;
		// "published its final report: 587 people were killed": a count a final or revised report gives, after its colon,
		// is the one the text now stands by (review 38, AX min/06-2 asked the first count of 358).
		else if (
			f.kind === 'toll' &&
			(finalBefore(sentence.slice(Math.max(0, f.index - 80), f.index)) ||
				SETTLED_BEFORE.test(sentence.slice(Math.max(0, f.index - 60), f.index)))
		)
			f.update = true;
		out.push(f);
	};
	const numAt = (m: RegExpMatchArray, q: number, n: number) =>
		m.index! + (m[q] ? m[0].indexOf(m[n]!, m[0].indexOf(m[q]!) + m[q]!.length) : m[0].indexOf(m[n]!));
	// Cheap tests first: most sentences hold no count of casualties, no share and no "including".
	const harm =
		/\b(?:kill|dead|die|injur|wound|hurt|bodies|toll|abduct|kidnap|missing|massacr|slaughter|martyr|perish|murder|to\s+death)/i.test(
			sentence
		);
	// The newer count readers read no count over time or a region, nor of deaths no attack caused (in the count's own
	// clause, see noAttackCount).
	const newer = (m: RegExpMatchArray) => !noAttackCount(sentence, m.index!, m.index! + m[0].length);
	const lives = /\blives\b|\bconfirmed\s+(?:dead|killed)|\b(?:confirmed|known|reported)\s+to\s+have\b/i.test(sentence);
	// Read first, so a rule that reads the same count as a toll of its own ("received 19 bodies") finds it taken: what a
	// hospital took in is a part of the toll, never a rival of it.
	for (const h of findHospitalCounts(sentence)) {
		const f = toll(h.qualifier, h.num, h.measure, h.index);
		if (f) push({ ...f, anyone: true, back: true, hospital: h.hospital });
	}
	for (const m of harm ? matches(sentence, VERB_FIRST) : []) {
		// "missing 40 minutes": only a count that is missing, never "missing" before a number, counts the missing.
		// "shot him dead eight minutes later": a count of time or distance is no count of people.
		if (/^missing$/i.test(m[1]!) || UNIT_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
		const numIndex = m.index + m[0].lastIndexOf(m[3]!);
		const start = m[2] ? numIndex - m[2].length - 1 : numIndex;
		push(toll(m[2], m[3]!, m[1]!, start));
		// "killed at least 175 civilians and 13 US soldiers": the second count shares the verb.
		const after = sentence.slice(m.index + m[0].length);
		const more = KEY_WORDS.get(AND_MORE)!.test(after) ? AND_MORE.exec(after) : null;
		if (more) {
			const at = m.index + m[0].length + more.index + more[0].indexOf(' and ') + 5;
			push(toll(more[1], more[2]!, m[1]!, at));
		}
	}
	for (const m of harm ? matches(sentence, NUMBER_FIRST) : []) {
		// "four suicide bombers killed 52 people": a count right after an active verb is its object, so the count
		// before the verb is of those who did it.
		const rest = sentence.slice(m.index + m[0].length);
		if (ACTIVE_OBJECT.test(rest) && !/\b(?:were|was|been|are|is)\b/i.test(m[0])) continue;
		// "Two more people wounded in Saturday's shooting died on Monday": the wounded who died are no count of the
		// wounded; the participle only says who they were.
		if (
			DIED_LATER.test(rest) &&
			/^(?:injur|wound|hurt)/i.test(m[m.length - 1]!) &&
			!/\b(?:were|was|been|are|is|have|has|had)\b/i.test(m[0])
		)
			continue;
		// "freed 66 women and children who were abducted": those freed are some of those taken, no count of the taking.
		if (
			/^(?:abduct|kidnap)/i.test(m[m.length - 1]!) &&
			FREED_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))
		)
			continue;
		// ("Last year, 1,100 people perished in attacks across the province": the newer words of death, as the newer
		// readers, read no count over time or a region.)
		if (/^(?:perished|martyred)$/i.test(m[m.length - 1]!) && !newer(m)) continue;
		push(toll(m[1], m[2]!, m[m.length - 1]!, m.index));
	}
	for (const m of harm && / and /.test(sentence) && KEY_WORDS.get(PAIR_FIRST)!.test(sentence)
		? matches(sentence, PAIR_FIRST)
		: []) {
		const verb = (m[5] ?? m[6])!;
		// ("Nine police officers and two security guards died in the line of duty this year": no attack's.)
		if (m[6] && !newer(m)) continue;
		push(toll(m[1], m[2]!, verb, m.index));
		if (m[4]) push(toll(m[3], m[4], verb, m.indices![m[3] ? 3 : 4]![0]));
	}
	for (const m of /\b(?:abduction|kidnapping|seizure|killing|massacre|murder|martyrdom|deaths?)\s+of\s/i.test(sentence)
		? matches(sentence, ACT_OF)
		: [])
		// ("convicted of the attempted murder of two police officers": an attempt killed no one.)
		if (!/\battempted\s+$|\battempt(?:ed|s)?\s+(?:at\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index)))
			push(toll(m[2], m[3]!, /^(?:abd|kid|sei)/i.test(m[1]!) ? 'abducted' : 'killed', numAt(m, 2, 3)));
	for (const m of /\bescaped\b/i.test(sentence) ? matches(sentence, ESCAPED) : [])
		push(toll(m[1], m[2]!, m[3]!, m.index));
	for (const re of harm ? [NUMBER_PASSIVE, LEFT, HEADLINE, BODIES, WHERE_DIED] : [])
		for (const m of !KEY_WORDS.has(re) || KEY_WORDS.get(re)!.test(sentence) ? matches(sentence, re) : []) {
			// "left two hostages … dead": the count starts at its qualifier or number, where its victims are read.
			// ("taken to hospitals in Mosul, where two died": the wounded who died where they were taken.)
			if (
				re === WHERE_DIED &&
				/\b(?:taken|flown|airlifted|rushed|transferred|evacuated|brought|hospitals?)\b[^.;]{0,60}$/i.test(
					sentence.slice(0, m.index)
				)
			)
				continue;
			// ("found two bodies near the Nelson River that they believe are those of Kam McLeod, 19, and Bryer Schmegelsky":
			// bodies said to be of people named are those people found, no toll of an attack; review 47, CI min/05-16.)
			if (re === BODIES && NAMED_BODIES.test(sentence.slice(m.index + m[0].length))) continue;
			const at = re === LEFT || re === WHERE_DIED ? m.index + m[0].indexOf(m[1] ?? m[2]!, 4) : m.index;
			push(toll(m[1], m[2]!, m[3] ?? 'killed', at));
		}
	for (const m of harm && /\b(?:himself|herself|themselves)\s+and\b/i.test(sentence) ? matches(sentence, SELF_AND) : [])
		push(toll(m[2], m[3]!, m[1]!, m.index + m[0].lastIndexOf(m[2] ?? m[3]!)));
	for (const m of /\bthemselves\s+up\b/i.test(sentence) ? matches(sentence, BLEW_UP) : []) {
		const f = toll(m[1], m[2]!, 'killed', m.index + m[0].indexOf(m[1] ?? m[2]!));
		// "two women blew themselves up": whoever they were, those who blew themselves up are the bombers.
		const who = plural(m[3]!.split(/\s+/).pop()!);
		if (f) push({ ...f, victims: /^(?:bombers|attackers|assailants|militants|gunmen)$/i.test(who) ? who : 'bombers' });
	}
	// Only after a toll of the dead, and only of attackers the sentence does not go on to say lived ("…, who were
	// arrested"): "not counting the three bombers" says the bombers died too.
	for (const m of /\b(?:counting|including|include|excluding)\s/i.test(sentence)
		? matches(sentence, NOT_COUNTING)
		: []) {
		if (!/\b(?:toll|dead|killed|died|deaths)\b/i.test(sentence.slice(0, m.index))) continue;
		if (LIVED_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
		const f = toll(m[1], m[2]!, 'killed', m.index + m[0].indexOf(m[1] ?? m[2]!));
		if (f) push({ ...f, victims: m[3]!.toLowerCase() });
	}
	for (const m of /\b(?:injuries|wounds|treatment|treated)\b/i.test(sentence) ? matches(sentence, TREATED) : [])
		push(toll(m[1], m[2]!, 'injured', m.index));
	for (const m of /\b(?:stabb|seiz|treat|receiv|admitt|shot\s)/i.test(sentence)
		? matches(sentence, PEOPLE_AFTER_VERB)
		: []) {
		const measure = harmOfVerb(
			m,
			sentence.slice(Math.max(0, m.index - 60), m.index),
			sentence.slice(m.index + m[0].length)
		);
		const f =
			measure && newer(m) ? toll(m[2], m[3]!, measure, m.index + m[0].indexOf(m[2] ?? m[3]!, m[1]!.length)) : undefined;
		// ("received three patients": those a hospital took in are the wounded, not a group of them.)
		if (f) push(/^(?:patients|wounded|injured|casualties)$/i.test(m[5] ?? '') ? { ...f, anyone: true } : f);
	}
	for (const m of /\bin\s+hospital/i.test(sentence) ? matches(sentence, IN_HOSPITAL) : [])
		if (newer(m)) push(toll(m[1], m[2]!, 'injured', m.index));
	for (const m of KEY_WORDS.get(TO_HOSPITAL)!.test(sentence) ? matches(sentence, TO_HOSPITAL) : [])
		// "the bodies of four victims were taken to a hospital": the dead, taken to its morgue, are no wounded.
		if (!bodiesAt(sentence, m.index)) push(toll(m[1], m[2]!, 'injured', m.index));
	for (const m of harm && /\b(?:put|puts|putting|placed|places)\s+the\s/i.test(sentence)
		? matches(sentence, PUT_AT)
		: [])
		for (const [measure, q, n] of [m.slice(1, 4), m.slice(4, 7)])
			if (measure && n && (!/\bnumber\s+of\s/i.test(m[0]) || newer(m))) {
				const f = toll(q, n, measure, m.index + m[0].indexOf(`${measure} at ${q ?? n}`) + measure.length + 4);
				// ("An early police estimate put the dead at 27": a first count, since replaced.)
				push(f && FIRST_PUT.test(sentence.slice(0, m.index)) ? { ...f, superseded: true } : f);
			}
	for (const m of /\b(?:deaths|fatalities)\b/i.test(sentence) ? matches(sentence, DEATHS) : [])
		if (newer(m))
			push(toll(m[1] ?? m[3], (m[2] ?? m[4])!, 'killed', m.index + m[0].indexOf((m[1] ?? m[2] ?? m[3] ?? m[4])!)));
	for (const m of /\b(?:in\s+all|in\s+total|altogether)\b/i.test(sentence) ? matches(sentence, IN_ALL_AFTER) : [])
		// ("All the attackers were killed, seven in all": the attackers' count is no toll of their victims.)
		if (
			newer(m) &&
			!/\b(?:attackers|gunmen|militants|assailants|bombers|insurgents|terrorists|fighters)\s+$/i.test(
				sentence.slice(Math.max(0, m.index - 30), m.index)
			)
		)
			push(
				toll(
					m[2],
					m[3]!,
					/^(?:killed|martyred)$/i.test(m[1]!) ? 'killed' : 'injured',
					m.index + m[0].lastIndexOf(m[3]!)
				)
			);
	for (const m of /\btoll\s/i.test(sentence) ? matches(sentence, TOLL_WAS) : [])
		if (newer(m)) push(toll(m[1], m[2]!, 'killed', m.index + m[0].lastIndexOf(m[1] ?? m[2]!)));
	for (const m of /\b(?:bodies|remains)\s+of\s/i.test(sentence) ? matches(sentence, BODIES_OF) : [])
		if (newer(m)) {
			const [q, n] = m[2] ? [m[1], m[2]] : [m[3], m[4]!];
			push(toll(q, n, 'killed', m.index + m[0].indexOf(q ?? n, m[2] ? 0 : m[0].indexOf(' of ') + 4)));
		}
	for (const m of /\bnumber\s+of\s/i.test(sentence) ? matches(sentence, NUMBER_AT) : [])
		push(toll(m[2], m[3]!, m[1]!, m.index + m[0].lastIndexOf(m[2] ?? m[3]!)));
	for (const m of KEY_WORDS.get(INCLUDED)!.test(sentence) ? matches(sentence, INCLUDED) : []) {
		// "the dead included …" or "those killed included …".
		// ("The victims were two women …, who were taken to hospital with minor injuries": victims are the dead only where
		// the sentence tells of no hurt.)
		if (m[1] === 'victims' && HURT.test(sentence)) continue;
		const measure = m[1] === 'victims' ? 'killed' : m[2] === 'hurt' ? 'injured' : (m[1] ?? m[2])!;
		const f = toll(m[3], m[4]!, measure, m.index + m[0].lastIndexOf(m[3] ?? m[4]!, m[0].length - m[5]!.length));
		const victims = m[5]!.trim();
		if (f) push({ ...f, back: true, ...(/^(?:people|persons|person|others)$/i.test(victims) ? {} : { victims }) });
		if (f) moreGroups(m.index + m[0].length, measure);
	}
	for (const m of lives ? matches(sentence, LIVES) : []) {
		const [q, n] = m[2] ? [m[1], m[2]] : m[4] ? [m[3], m[4]] : m[6] ? [m[5], m[6]] : [m[7], m[8]];
		push(toll(q, n!, 'killed', q ? m.index + m[0].indexOf(q) : m.index + m[0].indexOf(n!)));
	}
	// A revised count is a toll only where the sentence is about one ("toll", "dead", "killed", "died").
	const revised =
		((harm || /\bfatalities\b/i.test(sentence)) &&
			/\b(?:toll|dead|killed|died|deaths|fatalities|martyrs|injured|wounded)\b/i.test(sentence)) ||
		// "By Saturday morning the count had risen to five", after a sentence of the dead: the count is the toll's.
		COUNT_ROSE.test(sentence);
	for (const m of revised && KEY_WORDS.get(ROSE)!.test(sentence) ? matches(sentence, ROSE) : []) {
		// "bringing it to 17" counts the dead only after a death in its sentence ("died in a Zurich hospital, bringing it
		// to 17"); elsewhere "it" may be any number.
		// ("The government gave a toll of 23 dead on Saturday and raised it to 30 on Sunday": so is "it" after a toll.)
		// ("put the dead at 27, but the army later lowered it to 20": so is "it" after a count of the dead.)
		if (
			/\sit\s+to\s/.test(m[0]) &&
			!/\b(?:died|succumbed|toll\s+of\s+\S+\s+dead|(?:dead|toll)\s+at\s+\S+)\b/i.test(sentence.slice(0, m.index))
		)
			continue;
		// ("Fatalities from terrorism rose to 1,500 in 2023": a count of fatalities over time or a region is no toll.)
		if (/\bfatalities\b/i.test(sentence) && !newer(m)) continue;
		// ("The Court of Appeal cut that to 25 years": a term, no count of people.)
		if (UNIT_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
		// Read in the count's own part of the sentence: "It later rose to 54; 266 people were wounded" is the dead.
		const start = sentence.lastIndexOf(';', m.index) + 1;
		const end = sentence.indexOf(';', m.index);
		const own = sentence.slice(start, end < 0 ? undefined : end);
		// One naming no measure goes on from the measure named last before it ("11 people had been injured; by Wednesday the
		// count stood at 12").
		// The words of the revision itself come first: "The wounded now number 130, and the dead 25" counts the wounded.
		// A count after it with its own measure is another count: "figures later rose to at least 43, with 73 wounded"
		// goes on from "put the dead at 25" before it, so only the words up to the revised number name what rose.
		const upTo = sentence.slice(start, m.index + m[0].length);
		const earlierPart = sentence.slice(0, start);
		// ("put the toll at 19 dead, and a hospital source said the number of wounded had risen to 46": a clause of its own
		// after ", and" names what rose before the sentence's first words do; review 26, min/x01-1.)
		const joined = Math.max(upTo.lastIndexOf(', and '), upTo.lastIndexOf(', while '), upTo.lastIndexOf(', but '));
		const verb =
			measureNamed(m[0]) ??
			(joined > 0 ? measureNamed(upTo.slice(joined)) : undefined) ??
			measureNamed(upTo) ??
			(measureNamed(earlierPart) ? lastMeasure(earlierPart) : undefined) ??
			measureNamed(own) ??
			lastMeasure(earlierPart);
		const f = toll(m[1], m[2]!, verb, numAt(m, 1, 2) - (m[1] ? m[1].length + 1 : 0));
		// "The overnight toll had stood at 36", "State media had put the toll at 235", "at first put the toll at 16": a
		// count the text has since replaced, not the latest.
		const before = sentence.slice(0, m.index);
		if (
			f &&
			((/\bhad\s+(?:stood|put|placed)\b/i.test(m[0]) && !BY_THEN.test(before)) ||
				FIRST_PUT.test(before) ||
				(EARLIER_PUT.test(before) && /^(?:put|puts|placed|places|stood)\b/i.test(m[0])))
		) {
			const dup = out.find((o) => o.kind === 'toll' && o.number === f.number);
			if (dup) dup.superseded = true;
			else push({ ...f, superseded: true });
			continue;
		}
		// "rose to 28 within hours and to 29 late that night": the chain's last count replaced those before it.
		// ("had risen to 28 in Kabul and to 12 in Kandahar": counts of two places, no chain.)
		const rest = sentence.slice(m.index + m[0].length);
		const chained = f && AND_TO.exec(rest);
		const next =
			chained && !IN_PLACE.test(rest) && !IN_PLACE.test(rest.slice(chained.index + chained[0].length)) ? chained : null;
		const later =
			next && toll(next[1], next[2]!, verb, m.index + m[0].length + next[0].lastIndexOf(next[1] ?? next[2]!));
		// ("Yesterday we corrected that figure to five": the figure is one told before, of a measure the sentence does not
		// say.)
		if (f && !measureNamed(sentence) && /\b(?:that|this)(?:\s+(?:figure|number|count))?\s+to\s/i.test(m[0]))
			f.referred = true;
		if (f) {
			const dup = out.find((o) => o.kind === 'toll' && o.number === f.number);
			if (dup) dup[later ? 'superseded' : 'update'] = true;
			else push({ ...f, ...(later ? { superseded: true } : { update: true }) });
		}
		if (later) push({ ...later, update: true });
	}
	for (const m of harm && KEY_WORDS.get(NTH_DIED)!.test(sentence) ? matches(sentence, NTH_DIED) : []) {
		const nth = NTH_COUNT[m[1]!.toLowerCase()] ?? m[1]!.replace(/(?:st|nd|rd|th)$/i, '');
		const f = toll(undefined, nth, 'died', m.index + m[0].indexOf(m[1]!));
		// ("a second wounded soldier" counts soldiers.)
		const noun = (m[2] ?? 'person')
			.trim()
			.replace(/^(?:(?:critically|seriously|badly|gravely)\s+)?(?:wounded|injured|hurt)\s+/i, '');
		if (f)
			push({ ...f, update: true, ...(/^(?:person|victim|patient)$/i.test(noun) ? {} : { victims: plural(noun) }) });
	}
	for (const m of harm && KEY_WORDS.get(AMONG)!.test(sentence) ? matches(sentence, AMONG) : []) {
		const f = toll(m[2], m[3]!, m[1]!, m.index + m[0].lastIndexOf(m[3]!) - (m[2] ? m[2].length + 1 : 0));
		const victims = m[0]
			.slice(m[0].lastIndexOf(m[3]!) + m[3]!.length)
			.replace(/^\s+(?:were|was|are|is)\s+/, '')
			.trim();
		if (f && !/^(?:people|persons|person|others)$/i.test(victims)) {
			push({ ...f, victims, back: true });
			moreGroups(m.index + m[0].length, m[1]!);
		}
	}
	// "in which 150 people, most of them children, were killed", "Five people, the driver among them, were hurt": words
	// set off by commas between a count and its verb are read past, as a reader does, by reading the sentence again
	// with them blanked to spaces (so every index still points into the sentence as written).
	// Only the count before the words set off is taken from the second reading; and not a number that is part of a
	// name or a date ("Flight 93 passengers, who fought the hijackers, were killed", "The 7 July bombers, all four of
	// them British, were killed", "Grade 9 pupils, …").
	// "At least five senior commanders died", "some 30 soldiers of KFOR were injured": people the word list does not
	// name, counted by a plural noun before a passive harm (or "died"), which only people undergo.
	for (const m of harm && PLURAL_PASSIVE_WORD.test(sentence) ? matches(sentence, PLURAL_PASSIVE) : []) {
		const noun = m[3]!.split(/\s+/).pop()!;
		// ("Two more mourners died", "Another two bodyguards died" add to a count, and are none of their own; "On 7 July
		// Londoners were killed" is a day.)
		if (THINGS.test(noun) || !PEOPLE_ENDING.test(noun) || /^(?:more|other|further|additional)\b/i.test(m[3]!)) continue;
		if (/\b(?:another|further|additional)\s+$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
		if (MONTH_AFTER.test(sentence.slice(m.index + m[0].indexOf(m[2]!)))) continue;
		const f = toll(m[1], m[2]!, m[5] ?? m[6]!, m.index + (m[1] ? m[0].indexOf(m[1]) : m[0].indexOf(m[2]!)));
		// ("three members of the security forces were wounded": the group is named whole.)
		if (f) push({ ...f, victims: m[4] ? `${m[3]!}${m[4]}` : (f.victims ?? victimsAt(sentence, f.index) ?? m[3]!) });
	}
	for (const apposed of harm && /,\s/.test(sentence) ? matches(sentence, APPOSED) : []) {
		const before = /(\S+)\s+$/.exec(sentence.slice(Math.max(0, apposed.index - 30), apposed.index))?.[1];
		const named = before !== undefined && /^\p{Lu}[\p{L}'’-]*$/u.test(before) && !NOT_A_NAME.test(before);
		if (named || MONTH_AFTER.test(sentence.slice(apposed.index))) continue;
		const from = apposed.index + apposed[0].lastIndexOf(apposed[1]!);
		const to = from + apposed[1]!.length;
		const blanked = sentence.slice(0, from) + ' '.repeat(to - from) + sentence.slice(to);
		// (The count's qualifier, if any, stands before it: "More than 30 people, most of them police, …".)
		for (const f of findFigures(blanked))
			if (f.index <= apposed.index && f.index + f.value.length >= apposed.index) push(f);
	}
	// "at least 14 were killed at the consulate, …, and at least 13 at the bank", "Seven died in Kabul and three in
	// Kandahar": a second count by place that leaves out the verb it shares with the count before it.
	if (harm && / and /.test(sentence) && GAPPED_WORDS.test(sentence))
		for (const f of out.filter((o) => o.kind === 'toll' && !o.victims && !o.superseded)) {
			const from = f.index + f.value.length;
			const g = GAPPED.exec(sentence.slice(from));
			// (A place holds no verb, and "in hospital", "in custody" are states: "and 30 in hospital were treated".)
			// A place is named (capitalised): "the bank" alone would ask about "the attack in the bank".
			if (!g || /\d/.test(g[1]!) || !AT_PLACE.test(g[1]!) || NO_PLACE.test(g[4]!) || !/\p{Lu}/u.test(g[4]!)) continue;
			const at = from + g.index + g[0].lastIndexOf(g[2] ?? g[3]!, g[0].length - g[4]!.length);
			const gap = toll(g[2], g[3]!, f.measure, at);
			if (gap) push({ ...gap, where: g[4]!.trim() });
		}
	// "54 bodies, 53 of them soldiers and one a civilian": counts in a row that add up to a count before them are its
	// groups, however the list is worded.
	if (/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b.*[,:;–—(]/i.test(sentence))
		// (The groups of a count the text replaced are as old as it is, and no newer split is given: not read.)
		for (const f of out.filter((o) => o.kind === 'toll' && !o.superseded))
			for (const p of partsOf(sentence, f.number, f.index + f.value.length)) {
				const part = toll(undefined, p.num, f.measure, p.index);
				if (part && p.where) push({ ...part, where: p.where });
				else if (part) push({ ...part, victims: p.victims, within: true });
			}
	for (const c of findSubCounts(sentence)) {
		// "29 of them children", "…: 90 at the Velda Stadium": a group or a part is counted in the measure of the count
		// before it.
		const part = c.verb === 'of' || c.verb === 'part';
		const whole = part ? out.filter((o) => o.kind === 'toll' && o.index < c.index).pop() : undefined;
		// "50 people were injured. Thirty-four of them remain in hospital, twelve in intensive care.": a state only the
		// injured are in, opening its sentence, counts the injured the text has just given.
		const cared =
			!whole && c.verb === 'of' && /^people in/.test(c.victims ?? '') && /^\S+\s+of\s+them\b/i.test(sentence);
		if (part && !whole && !cared) continue;
		// "12 people are now dead, and 149 are in hospital, 22 of them in a serious condition": a state only the living
		// are in is no part of the dead, whatever count came before it.
		// ("Seven people were detained, two of whom were taken to hospital": nor of those arrested.)
		if (whole && whole.measure !== 'injured' && LIVING.test(c.victims ?? '')) continue;
		const f = toll(c.qualifier, c.num, whole ? whole.measure : cared ? 'injured' : c.verb, c.index);
		const victims = c.victims && !/^(?:people|persons|person|others|victims)$/i.test(c.victims) ? c.victims : undefined;
		if (f && c.where) push({ ...f, where: c.where });
		// ("had put the toll at 71, including 59 attackers": a group of a count since replaced is as old as the count;
		// review 47, CH min/01-4 asked the 59 over the newer 77.)
		else if (f)
			push(
				victims
					? {
							...f,
							victims,
							back: c.back || cared,
							within: Boolean(whole),
							...(whole?.superseded ? { superseded: true } : {})
						}
					: f
			);
	}
	// "Two children and three women have died of cholera", "nine soldiers and two civilians died when their truck
	// overturned": those who died of an illness or in an accident are no toll of an attack.
	if (/\bdied\b/.test(sentence))
		for (const f of out.filter((o) => o.kind === 'toll' && o.measure === 'killed'))
			if (DIED_OF_NO_ATTACK.test(sentence.slice(f.index + f.value.length))) out.splice(out.indexOf(f), 1);
	// "the 16th anniversary of Hurricane Katrina, which killed more than 1,800 people": what a storm, a quake or a
	// flood killed is no toll of an attack (review 42, BM min/05-16).
	if (NATURAL.test(sentence))
		for (const f of out.filter((o) => o.kind === 'toll' && o.measure === 'killed'))
			if (NATURAL_KILLED.test(sentence.slice(Math.max(0, f.index - 70), f.index))) out.splice(out.indexOf(f), 1);
	// "well over 1,000 people killed or missing": a count of the dead and others at once is no count of the dead.
	if (/\b(?:killed|dead)\s+or\s/i.test(sentence))
		for (const f of out.filter((o) => o.kind === 'toll' && o.measure === 'killed'))
			if (DEAD_OR_OTHER.test(sentence.slice(f.index + f.value.length))) out.splice(out.indexOf(f), 1);
	// "Fifty-eight people died at the station alone": a count said of one place "alone" is that place's part of the
	// event's toll, not the toll; the place is rarely an event of its own, so the count is left for the reviewer.
	if (/\balone\b/.test(sentence))
		for (const f of out.filter((o) => o.kind === 'toll' && !o.where && !o.victims && !o.superseded))
			if (ALONE_AT.test(sentence.slice(f.index + f.value.length))) out.splice(out.indexOf(f), 1);
	// "276 girls had been abducted, revising earlier figures": the sentence says its count replaces another.
	if (harm && REVISING.test(sentence)) for (const f of out) if (f.kind === 'toll' && !f.superseded) f.update = true;
	const those = harm && KEY_WORDS.get(THOSE_NUMBERS)!.test(sentence) ? THOSE_NUMBERS.exec(sentence) : null;
	const first = out.find((f) => f.kind === 'toll');
	if (those && first) {
		// "In 2022, two people died…; in 2015 and 2016, those numbers were 151 and 142": same measure, other years.
		first.year ??= /^In (\d{4}),/.exec(sentence)?.[1];
		[3, 4].forEach((g, i) => {
			const at = those.index + (g === 3 ? those[0].lastIndexOf(`${those[3]} and`) : those[0].lastIndexOf(those[4]!));
			const f = toll(undefined, those[g]!, first.measure === 'injured' ? 'injured' : 'killed', at);
			if (f) push({ ...f, year: those[i + 1] });
		});
	}
	for (const f of findShares(sentence)) push(f);
	// "Eighty-seven schoolgirls who were abducted … have been released", "Two aid workers kidnapped … were released on
	// Friday": those freed are counted, not those taken.
	// (The subject of the release only: no other count and no clause break stand between them.)
	const freed = FREED.exec(sentence);
	if (freed)
		for (let i = out.length - 1; i >= 0; i--) {
			const f = out[i]!;
			const between = sentence.slice(f.index, freed.index);
			if (
				f.kind === 'toll' &&
				f.measure === 'abducted' &&
				f.index < freed.index &&
				!/[;:]|,\s+(?:and|but)\s/.test(between) &&
				!out.some((o) => o !== f && o.index > f.index && o.index < freed.index)
			)
				out.splice(i, 1);
		}
	// "23 people died in the blast, not 31 as reported earlier": a count set against the one it corrects is the latest.
	for (const f of out)
		if (f.kind === 'toll' && CORRECTS.test(sentence.slice(f.index + f.value.length, f.index + f.value.length + 90)))
			f.update = true;
	// "put the number of dead at 400 or more": a qualifier after the count bounds it as one before it would.
	for (const f of out) {
		const after = f.kind === 'toll' && !f.qualifier ? afterCount.exec(sentence.slice(f.index + f.value.length)) : null;
		if (!after) continue;
		f.qualifier = after[1]!.toLowerCase().replace(/\s+/g, ' ');
		f.value = `${f.value} ${f.qualifier}`;
		f.normalized = `${f.measure}:${qualifierSign(f.qualifier)}${f.number}`;
	}
	out.sort((a, b) => a.index - b.index);
	// "7 Japanese killed in Dhaka restaurant attack, 1 injured": a headline's bare second count counts the first's victims
	// (review 37, AU min/06-2 asked "How many people were injured? 1"). (Only a headline that opens on its count: in
	// prose, "had risen to 29 civilians killed and 143 wounded" may count others too.)
	for (let i = 1; i < out.length; i++) {
		const [first, second] = [out[i - 1]!, out[i]!];
		if (
			first.kind === 'toll' &&
			second.kind === 'toll' &&
			first.victims &&
			!second.victims &&
			first.measure === 'killed' &&
			second.measure === 'injured' &&
			BARE_SECOND.test(sentence.slice(second.index + second.value.length)) &&
			// (A headline's counts only, verbs without "were": in prose, "killed 16, most of them policemen, and injured
			// more than 130" counts others too.)
			first.index <= 2 &&
			HEADLINE_FIRST.test(sentence.slice(first.index)) &&
			/^[^;.]*?(?:,|\band\b)[^;.]*$/.test(sentence.slice(first.index + first.value.length, second.index))
		)
			second.victims = first.victims;
	}
	// ("The first figures, announced on Sunday evening by President Alassane Ouattara …, had spoken of 14 civilians and two
	// soldiers killed": every count of what the first figures had said was since replaced; review 53, FB min/09-6 trusted
	// the two soldiers against the revised three.)
	if (FIRST_FIGURES_HAD.test(sentence)) for (const f of out) if (f.kind === 'toll') f.superseded = true;
	// (Counts over a year's incidents are no attack's, whichever reader found them.)
	if (RECORDED_VERB.test(sentence))
		for (let i = out.length - 1; i >= 0; i--)
			if (out[i]!.kind === 'toll' && RECORDED_INCIDENTS.test(sentence.slice(0, out[i]!.index))) out.splice(i, 1);
	// ("Four of the seven were killed", "Three of the 12 passengers were wounded": the count harmed is the part, the
	// whole only who they were among; review 54, GE min/06-2 asked seven killed.)
	for (const [i, f] of out.entries()) {
		if (f.kind !== 'toll' || f.qualifier) continue;
		const start = Math.max(0, f.index - 30);
		// (Only where the harm's verb follows the whole: in "Twenty of the 35 killed were women" the part is a group of
		// the dead, counted elsewhere.)
		const verbAfter = WERE_HARMED.test(sentence.slice(f.index + f.value.length));
		const part = verbAfter ? PART_OF_BEFORE.exec(sentence.slice(start, f.index)) : null;
		const read = part ? toll(undefined, part[1]!, f.measure, start + part.index) : undefined;
		if (read) out[i] = { ...f, ...read };
	}
	return out;
}

/** After a count, its own passive verb of harm: " were killed", " passengers were wounded". */
const WERE_HARMED =
	/^\s+(?:[a-z]+\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:killed|wounded|injured|hurt|shot\s+dead)\b/i;
/** Right before a count, the part of it the sentence counts: "Four of the ". */
const PART_OF_BEFORE = pattern(`\\b(${NUMBER})\\s+of\\s+the\\s+$`, 'i');
/** A sentence that tells what the first figures had said: "The first figures, announced …, had spoken of". */
const FIRST_FIGURES_HAD =
	/^(?:[^.;]{0,30}?\b)?[Tt]he\s+(?:first|initial|earliest|preliminary)\s+(?:figures|count|counts|toll|tally|reports?|estimates?)\b[^.;]{0,120}?\bhad\s+(?:spoken\s+of|given|said|put|mentioned|reported|counted)\b/;

/** After bodies found, that they are of people named: "… that they believe are those of Kam McLeod". */
const NAMED_BODIES =
	/^[^.;]{0,60}?\b(?:(?:are|were|to\s+be)\s+(?:those|the\s+bodies)\s+of|identified\s+as)\s+(?:the\s+)?\p{Lu}/u;

/** A disaster no one carried out. */
const NATURAL =
	/\b(?:[Hh]urricane|[Cc]yclone|[Tt]yphoon|[Tt]ropical\s+storm|[Ee]arthquake|[Qq]uake|[Tt]sunami|[Ff]loods?|[Ff]looding|[Ll]andslides?|[Mm]udslides?|[Pp]andemic|[Ee]pidemic|[Ff]amine|[Hh]eatwave|[Ww]ildfires?|[Aa]valanche)s?\b/;
/**
 * The disaster as the subject of a count's verb: "Hurricane Katrina, which killed more than ", "floods that killed ".
 * (Its name capitalised, told apart from a common noun the disaster word qualifies: "a tsunami shelter that killed 20",
 * "earthquake aid, which killed nine" are attacks on them.)
 */
const NATURAL_KILLED = pattern(
	`(?:${NATURAL.source}|\\b(?:[Hh]urricane|[Cc]yclone|[Tt]yphoon|[Ss]torm)\\s+[A-Z][a-z]+),?\\s+(?:which|that)\\s+(?:had\\s+)?(?:killed|left)\\s+(?:(?:more|fewer)\\s+than\\s+|at\\s+least\\s+|over\\s+|about\\s+|nearly\\s+|almost\\s+|some\\s+)?$`
);
/** Right after a count's words, the dead told together with others: "people killed or missing", "were dead or wounded". */
const DEAD_OR_OTHER =
	/^\s+(?:[\w'’-]+\s+){0,3}?(?:killed|dead)\s+or\s+(?:(?:went|gone|are|were)\s+)?(?:missing|wounded|injured|hurt|abducted|kidnapped|disappeared|displaced)\b/i;

/** A release as a sentence's main verb, after those released: "have been released", "were freed on Friday". */
const FREED = /\b(?:(?:have|has|had)\s+(?:now\s+)?been|were|was)\s+(?:released|freed|rescued|set\s+free)\b/i;

/** After a count, the one it corrects: ", not 31 as reported earlier", ", not 31 as first announced". */
const CORRECTS =
	/^[^,.;]{0,50},\s+not\s+(?:the\s+)?[\w,-]+\s+(?:as\s+)?(?:was\s+|had\s+been\s+)?(?:first\s+|earlier\s+|initially\s+|previously\s+)?(?:reported|stated|said|announced|given|feared|thought)\b/i;

/**
 * "died of cholera", "died when their truck overturned", "died in a stampede" (review 44, BW min/01-19 gave a funeral's
 * crush to the drone strike it mourned), right after a count's words (not "died of their wounds", not
 * "died when their bus overturned after gunmen opened fire on it", nor a later clause's "and two others died …").
 */
const DIED_OF_NO_ATTACK = pattern(
	`^\\s+(?:[\\w'’-]+\\s+){0,4}?(?:have\\s+|had\\s+|has\\s+)?died\\s+(?:(?:of|from)\\s+(?:${NO_ATTACK_CAUSE})\\b|in\\s+(?:a|the)\\s+(?:[\\w-]+\\s+)?(?:stampede|crush)\\b|when\\s+(?:their|his|her|a|the)\\s+(?:[\\w-]+\\s+)?(?:overturned|capsized|sank|collided|crashed(?!\\s+(?:into|through)))\\b(?![^.;]*\\b(?:fire|gunmen|attack|attackers|hit|struck|ambush|bomb|blast|explosion|shot|shelling)\\b))`,
	'i'
);
/** Words after a group that say its people did the attack: "believed to have carried the bombs", "who carried out". */
const DID_IT =
	/^,?\s+(?:(?:believed|thought|suspected|said|understood)\s+to\s+(?:have\s+)?|who\s+(?:had\s+)?)(?:carried|planted|detonated|set\s+off|blown|blew|launched|been\s+(?:the\s+)?(?:attackers|bombers|gunmen))\b[^,.;]*/i;
/**
 * The place a count is said of "alone", in the count's own clause: "died at the station alone" (not a time: "on
 * Sunday afternoon alone").
 */
const ALONE_AT = pattern(
	`^[^,.;:]*?\\b(?:at|in|on)\\s+(?!(?:${[...MONTHS, ...WEEKDAYS].join('|')}|that|this|the\\s+(?:first|same|next)|(?:\\w+\\s+){0,2}(?:day|night|morning|afternoon|evening|week|month|year|hours?))\\b)(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}?\\s+alone\\b`,
	'u'
);
/**
 * A count, up to two words, a plural noun (what it counts), its group ("of KFOR", "of the Revolutionary Guards"), then a
 * passive harm or "died": "five senior commanders died", "30 soldiers of KFOR were injured".
 */
const PLURAL_PASSIVE = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+((?:(?!(?:of|the|his|her|their|its|a|an|one)\\s)[a-z][\\w-]*\\s+){0,2}?[a-z][a-z-]{2,}s)((?:\\s+of\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}?)?)\\s+(?:(?:(?:were|are|was)|(?:have|has|had)\\s+(?:also\\s+)?been)\\s+(?:also\\s+|reportedly\\s+|\\w+ly\\s+)?(killed|injured|wounded|shot\\s+dead)|(?:also\\s+|later\\s+)?(died))\\b`,
	'giu'
);
/**
 * The endings of nouns for people ("commanders", "journalists", "Afghans", "employees", "residents", "policemen"): a
 * plural the word list does not hold is read as people only with one ("Twelve camels were killed" is no toll).
 */
const PEOPLE_ENDING =
	/(?:ers|ors|ists|ians|ans|ees|men|ants|ents|ites|ards|ies|ics|ats|ets|ims|ars|ins|relatives|detectives|representatives|natives|captives|executives|operatives)$/i;
/** The words PLURAL_PASSIVE needs: a harm after a plural, tested before the long scan. */
const PLURAL_PASSIVE_WORD =
	/s\s+(?:(?:of\s+)?[\w'’ -]{0,40}?\s)?(?:were|are|was|been|also|later)?\s*(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|shot|died)\b/;
/**
 * Plural nouns that are no people, what a count of harm may be near but never counts; and those hurt in clashes with
 * the police rather than in an attack ("40 protesters were injured as police fired on crowds"), whom the word list
 * leaves out for that reason.
 */
const THINGS =
	/^(?:protesters|demonstrators|rioters|marchers|camels|goats|sheep|livestock|animals|donkeys|horses|cows|dogs|years|months|weeks|days|hours|minutes|seconds|times|vehicles|cars|trucks|buses|buildings|houses|homes|shops|stores|bombs|rounds|shots|bullets|explosions|blasts|attacks|rockets|shells|mortars|grenades|kilometres|kilometers|metres|meters|miles|kilograms|kilos|pounds|percent|points|places|sites|towns|villages|cities|districts|provinces|areas|incidents|cases|cattle|others)$/i;

/**
 * How far a named place is from another, told after it: "at the Linwood Islamic Centre about five kilometres to the
 * east" ends the place at its name.
 */
const DISTANCE =
	'\\s+(?:about|some|around|roughly|nearly|almost|just|several|a\\s+few|\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\\s+(?:kilometres|kilometers|km|miles|metres|meters|blocks))\\b';

/**
 * What follows a count when a second count shares its verb and differs by place: the words between (group 1, which
 * must place the first count), "and", the second count and its place (group 4). The place is a few words, up to the
 * next clause.
 */
const GAPPED = pattern(
	`^(.{0,120}?)(?:,\\s*|\\s+)and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:more\\s+)?(?:at|in|on|inside|outside|near)\\s+((?:the\\s+)?[\\p{L}][\\p{L}'’ -]{1,40}?)(?=\\s*[,.;]|\\s*$|\\s+(?:and|where|when|which|after|before)\\b|(?<=\\p{Lu}[\\p{L}'’-]*)${DISTANCE})`,
	'iu'
);
/** Words no place of a count holds: a verb, or a state the living are in. */
const NO_PLACE =
	/\b(?:were|was|are|is|been|had|have|has|said|says|\w+ed|hospitals?|custody|care|condition|critical|serious)\b/i;
/** What every GAPPED match holds, tested once per sentence before the scan: "and", a count, a place's preposition. */
const GAPPED_WORDS = pattern(
	`\\sand\\s+(?:\\S+\\s+){0,3}?\\S*?${NUMBER_END}\\s+(?:more\\s+)?(?:at|in|on|inside|outside|near)\\s`,
	'i'
);
/** A place phrase: what makes the words before "and" say where the first count was. */
const AT_PLACE = /\b(?:at|in|on|inside|outside|near)\s+(?:the\s+)?\p{L}/u;

/**
 * Capitalised words before a number that make no name of it: a qualifier ("Some 30 people") or a word that opens a
 * sentence or a clause ("In all, …", "But 30 …"). Any other capitalised word before a number names something with
 * it: "Flight 93", "Grade 9", "Ward 6", "Route 66".
 */
const NOT_A_NAME = pattern(
	`^(?:${QUALIFIER}|The|A|An|In|On|At|Of|For|By|And|But|All|Only|Just|Exactly|Another|Those|These|Its|Their|His|Her|With|After|Before|Then|Now|Yet|Still|Police|Officials)$`,
	'i'
);
/** A month after a number: the number is a day ("The 7 July bombers"). */
const MONTH_AFTER = pattern(`^\\S+\\s+(?:${MONTHS.join('|')})\\b`);
/**
 * A count, up to three words naming who, then words set off by commas (one or two stretches, no sentence's end in
 * them), then the count's verb: "150 people, most of them children, were killed". The second group is what is set off.
 */
const APPOSED = pattern(
	`\\b${NUMBER}\\s+(?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+(,\\s+[^,;.:]{1,60}(?:,\\s+[^,;.:]{1,40})?,)\\s+(?:\\w+ly\\s+|also\\s+|still\\s+|now\\s+)?(?:were|was|are|is|have|has|had|remain|remained|died)\\b`,
	'gi'
);

/**
 * "By the afternoon the agency had put the toll at 30": a count told as where the story had got to by a later time is
 * the latest, not one since replaced ("State media had put the toll at 235").
 */
const BY_THEN = pattern(
	`\\bBy\\s+(?:the\\s+)?(?:(?:following|next)\\s+)?(?:afternoon|evening|morning|night|nightfall|midday|noon|dawn|end\\s+of\\s+the\\s+day|then|${WEEKDAYS.join('|')})\\b`,
	'i'
);

/** A state only the living are in: "in a serious condition", "in intensive care", "in hospital". */
const LIVING = /\b(?:condition|intensive\s+care|hospital|stable|critical)\b/i;
