/**
 * Counts that hang on another count or on no verb of harm: arrests ("arrested 12 people", "eight people had been
 * detained"), people taken to hospital, a group within a toll ("29 of them children", "17 of the injured were in
 * critical condition", "Two cameramen were among the dead") and two subjects sharing one verb ("About 170 civilians
 * and 13 soldiers were killed"). Each rule returns raw matches; figures.ts turns them into tolls.
 */
import { NUMBER, NUMBER_END, QUALIFIER, readNumber } from './numbers';
import { VICTIMS, bodiesAt, moreGroupsAfter, overTimeOrNoAttack } from './toll-patterns';
import { matches, type KeyWords } from './matches';
import { MONTHS, WEEKDAYS } from '../lang/english';
import { pattern } from '../lang/pattern';

/** One count read by a rule here: the qualifier and number as written, what it counts, and of whom. */
export interface SubCount {
	qualifier?: string;
	num: string;
	/**
	 * The harm, as a word figures.ts reads as a measure (killed, injured, arrested…, or as written: "dead", "wounded",
	 * "lost their lives"), or `of` for "N of them …", which takes the measure of the count before it.
	 */
	verb: string;
	/** Where the count (its qualifier included) starts in the sentence. */
	index: number;
	victims?: string;
	/** The count is of "the dead" or "the injured": a toll the text has already given, whose event it shares. */
	back?: boolean;
	/** For a part of a toll listed by place ("…: 30 in Karsk and 22 on Tørvik"): the place, as written. */
	where?: string;
}

/** Who may be counted as arrested: people ("30 Afghan refugees"), never things ("seized 12 weapons"). */
const HELD = `(?:${VICTIMS}|individuals|relatives|youths|teenagers|brothers|refugees|migrants)`;
const WORDS = '(?:[\\w-]+\\s+){0,2}?';

/** "arrested 12 people", "detained at least five suspects". */
const ARREST_VERB_FIRST = pattern(
	`\\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|rounded\\s+up)\\s+(?:another\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:more\\s+)?${WORDS}${HELD}\\b`,
	'gid'
);
/**
 * "eight people had been detained", "12 suspects were arrested", "five were arrested", "Police: 8 arrested", "Eight people
 * have since been arrested", "13 suspects were in custody".
 */
const ARREST_NUMBER_FIRST = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:${WORDS}${HELD}\\s+)?(?:(?:have|has|had)\\s+(?:(?:now|since|so\\s+far|already)\\s+)?been\\s+|were\\s+(?:still\\s+)?|are\\s+(?:being\\s+|still\\s+)?|was\\s+|remain(?:ed)?\\s+)?(?:also\\s+)?(?:arrested|detained|taken\\s+into\\s+custody|in\\s+(?:police\\s+)?custody)\\b`,
	'gi'
);
/** After a count of people held, how many of them were arrested: " and 216 of them formally arrested". */
const FORMALLY_ARRESTED = pattern(
	`^\\s*,?\\s+(?:and|of\\s+whom)\\s+(?:(${NUMBER})\\s+of\\s+them\\s+|(${NUMBER})\\s+)(?:(?:were|have\\s+been|had\\s+been)\\s+)?(?:later\\s+|formally\\s+|subsequently\\s+)?arrested\\b`,
	'i'
);
/** "took 800 people hostage", "seized 41 foreign hostages", "holding at least 30 hostages". */
const HOSTAGES_TAKEN = pattern(
	`\\b(?:took|taken|taking|seized|seizing|held|holding)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?(?:hostages|hostage|captives)\\b`,
	'gid'
);
/** "132 foreigners were taken hostage". */
const TAKEN_HOSTAGE = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?(?:were|had\\s+been|have\\s+been)\\s+(?:taken|held)\\s+(?:hostage|captive)\\b`,
	'gi'
);
/**
 * "Forty-eight people were taken to hospital", "60 were hospitalised": the injured, counted by where they went; "182
 * people had been treated for wounds", by their care (review 48, CO min/01-3).
 */
const HOSPITAL = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:people\\s+|others\\s+|victims\\s+)?(?:were|have\\s+been|had\\s+been)\\s+(?:taken|rushed|admitted|brought|airlifted)\\s+to\\s+(?:a\\s+|the\\s+)?(?:hospitals?|[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3}\\s+Hospital)\\b|(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:people\\s+|others\\s+)?(?:(?:were|have\\s+been)\\s+hospitali[sz]ed|(?:were|have\\s+been|had\\s+been)\\s+treated\\s+for\\s+(?:wounds|injuries))\\b`,
	'gi'
);
/** The verb every HOSPITAL match holds, tested before the long pattern runs (and, the first time, compiles). */
const TAKEN_IN =
	/\b(?:(?:taken|rushed|admitted|brought|airlifted)\s+to|hospitali[sz]ed|treated\s+for\s+(?:wounds|injuries))\b/i;
/**
 * "…claimed 166 lives, among them 18 security personnel", "killing 45, including 12 children": a group within the count
 * before it.
 */
const AMONG_THEM = pattern(
	`\\b(?:among\\s+them|including)\\s+(?:were\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:[a-z-]+\\s+)?${VICTIMS})\\b(?!\\s+(?:carriers?|vehicles?|trucks?|buses|camps?|quarters|houses|homes|compounds|barracks)\\b)`,
	'gi'
);
/**
 * A condition the injured are in, which a briefing asks about ("How many were in critical condition?"). (Those "still
 * in hospital on Saturday" of a toll are a count of one day, not of how badly they were hurt.)
 */
const CONDITION_STATE = 'in\\s+(?:a\\s+)?(?:critical|serious)\\s+condition|in\\s+intensive\\s+care';
/** A state the injured are in: a condition, or where they are cared for ("in Christchurch Hospital"). */
const STATE = `${CONDITION_STATE}|critically|seriously|in\\s+(?:[A-Z][\\w'’-]*\\s+){0,3}[Hh]ospital`;
/**
 * A group within the count before it: "…were killed, 29 of them children", "21 of them remain in a critical
 * condition", "seven of them critically", "about 40 of them seriously".
 */
const OF_THEM = pattern(
	`\\b(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+of\\s+(?:them|whom)\\s+(?:(?:(?:have|has|had)\\s+been|were|are\\s+being)\\s+(?:taken|admitted|rushed|airlifted)\\s+(to\\s+(?:a\\s+|the\\s+)?hospital)|(?:(?:are|were|remain|remained|still)\\s+)*(?:(${STATE})|([a-z]+(?:\\s+[a-z]+)?)))\\b`,
	'gi'
);
/**
 * The group of "N of them …" as the question should name it: its first word, or with what it is part of when the
 * text says ("four of them members of a family from Hong Kong": "members" alone would ask about no one).
 */
function whole(sentence: string, m: RegExpExecArray, group: string): string {
	// "23 of them under the age of 18", "six of them aged under five": an age names the group, as people of that age.
	const age = AGE.exec(sentence.slice(m.index + m[0].length - group.length));
	if (age) return `people ${age[0]}`;
	// "30 of them police officers": a group of two words that is one noun stays whole, so its question is the one a
	// list of the same dead asks ("How many police officers were killed …"), and the two are one card.
	const word = /^police\s+officers\b/i.test(group) ? 'police officers' : group.split(/\s+/)[0]!;
	const after = sentence.slice(m.index + m[0].length - group.length + word.length);
	const of =
		/^\s+of\s+(?:a\s+single|a|an|the|one)\s+(?:same\s+)?[a-z]+(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?/.exec(
			after
		);
	return of ? `${word}${of[0]}` : word;
}
/**
 * An age a group is of: "under the age of 18", "aged under five", "aged between 12 and 15", "aged 10 to 19", "aged 8
 * and 14", "in their teens", "over 60".
 */
const AGE = pattern(
	`^(?:aged\\s+)?(?:(?:under|over|below|above)\\s+(?:the\\s+age\\s+of\\s+)?${NUMBER}|between\\s+${NUMBER}\\s+and\\s+${NUMBER}|in\\s+their\\s+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)|(?:just\\s+|only\\s+)?${NUMBER}(?:\\s*(?:to|-|–|and)\\s*${NUMBER}|\\s+or\\s+(?:under|younger|over|older))?)\\b`,
	'i'
);
/** "…, twelve in intensive care": a second group in a state, sharing the "N of them" before it. */
const AND_STATE = pattern(`^,\\s*(?:and\\s+)?(${NUMBER})\\s+(${STATE})\\b`, 'i');
/**
 * "three of the dead were children", "Twelve of the 45 dead were children", "17 of the injured were in critical condition", "14 of the wounded were in
 * intensive care", "At least nine of those killed were children": a group of a toll already given, by who they were or, for the injured, by their state (as "17 of
 * them in a serious condition" is). ("18 of the wounded were brought to …" tells where they went, no group.)
 */
const OF_THE = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+of\\s+(?:the\\s+(?:${NUMBER}\\s+)?|those\\s+(?=killed|injured|wounded))(dead|killed|injured|wounded|victims)\\s+(?:were|are|remain|remained)\\s+(?:still\\s+)?(?:(${CONDITION_STATE})|((?!in\\b|[a-z]+ed\\b|(?:brought|taken|flown|sent|given|held|kept|being)\\b)[a-z]+(?:\\s+[a-z]+)?))\\b`,
	'gi'
);
/**
 * "Of the 125 people taken to hospital, 19 were still in a serious condition": a count in a state after the whole it
 * is part of, the injured.
 */
const OF_WHOLE_STATE = pattern(
	`\\b[Oo]f\\s+(?:the|those|these)\\s+[^,;.]{1,60},\\s+(${NUMBER})\\s+(?:were|are|remain|remained)\\s+(?:still\\s+)?(${CONDITION_STATE})\\b`,
	'g'
);
/** A second group after OF_THE, sharing its whole: "… and five were soldiers" (people, never "… two were pregnant"). */
const AND_WERE = pattern(`^,?\\s+and\\s+(${NUMBER})\\s+(?:were|are)\\s+((?:[a-z-]+\\s+)?${VICTIMS})\\b`, 'i');
/**
 * "Two television cameramen were also among the dead", "Nine members of the staff, including the principal, were…",
 * "Twelve children were among the 45 dead", "Two policemen were among those killed", "Nineteen security personnel were
 * among the 31 people killed", "Five members of a single family were among the victims" (the dead).
 */
const AMONG_THE = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+((?:[\\w-]+\\s+){0,4}[a-z]+)(?:,\\s+including\\s[^.;]*?,)?\\s+(?:were|are)\\s+(?:also\\s+)?among\\s+(?:the\\s+(?:${NUMBER}\\s+(?:people\\s+|persons\\s+)?)?|those\\s+(?=killed|injured|wounded))(dead|killed|injured|wounded|victims)\\b`,
	'gi'
);

/** One nation's count in a list: "two Canadians", "Three Germans" (a lone "a Briton" is named, not counted). */
const NATION_ITEM = pattern(`(?<![\\w-])(${NUMBER})\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'giu');
/** A group a count names by one word: "children", "women", "policemen". */
const GROUP_WORD = pattern(`^${VICTIMS}$`, 'i');
/** Capitalised words after a number that name no people: "14 July", "9 PM", "2 Sunday". */
const NOT_PEOPLE = pattern(`^(?:${MONTHS.join('|')}|${WEEKDAYS.join('|')}|[ap]\\.?m\\.?|GMT|UTC|BST|CET)$`, 'i');
/**
 * Whether a word after a number in a list names people: a nation ("Canadians", "Swiss") or a group ("children"); never
 * a month, a weekday or a time.
 */
const isGroup = (word: string) => !NOT_PEOPLE.test(word) && (/^\p{Lu}/u.test(word) || GROUP_WORD.test(word));
/**
 * The group a count "among the dead" names: "two cadets from Panama", the people with where they come from; "two police
 * officers", by their force; else the last word ("Two television cameramen").
 */
const amongGroup = (words: string) =>
	/^[A-Za-z]+\s+(?:from|of)\s+[A-Z][\w-]*$/.test(words) ||
	// ("Five members of a single family": what they were members of.)
	/^[a-z]+\s+of\s+(?:a|an|one|a\s+single|the\s+same)\s+[a-z]+$/.test(words)
		? words
		: // ("two police officers", "three security guards": the force or service is part of who they were; "five British
			// nationals": so is their nation, or "nationals" would ask about no one; review 48, CP min/02-4.)
			(FORCE_GROUP.exec(words)?.[0] ??
			SERVICE_GROUP.exec(words)?.[0] ??
			NATIONALS.exec(words)?.[0] ??
			words.split(/\s+/).pop()!);
/**
 * A group named by the armed service it belongs to: "one Army soldier", after "11 Marines, one Navy sailor and" (review
 * 53, FD min/01-7 asked one soldier of the 13 service members killed).
 */
const SERVICE_GROUP = /\b(?:Army|Navy|Marine|Air\s+Force|Coast\s+Guard|National\s+Guard)\s+[a-z]+$/;
/** A group named by the force or service it belongs to, at the end of a count's words: "police officers". */
const FORCE_GROUP =
	/\b(?:police|security|army|border|traffic|prison|navy|air\s+force|fire|rescue|health|aid)\s+(?:officers|officer|guards|guard|personnel|officials|workers|staff)$/;
/**
 * A group named by its nation, at the end of a count's words: "British nationals", "French citizens"; or as no nation's
 * own ("eight foreign citizens were among the dead": not "citizens", who would be every victim; review 53, FC min/01-6).
 */
const NATIONALS = /\b(?:[A-Z][a-z]+|foreign)\s+(?:nationals|citizens)$/;
/** A second count inside what looked like one group: "children and two women". */
const AND_COUNT = pattern(`\\band\\s+(${NUMBER})\\s`, 'i');
/** The words a list of nations needs: a harm after "were". */
const NATIONS_BEFORE_HARM = /\bwere\s+(?:also\s+)?(?:killed|among\s+the\s+(?:dead|injured|wounded))\b/i;
/**
 * A list of two or more nations' counts before the harm they share: "Two Swiss, two Canadians, a Briton and a Dutchman
 * were also killed".
 */
const NATION_LIST = pattern(
	`((?:(?:${NUMBER}|an?)\\s+\\p{Lu}[\\p{L}'’-]+(?:,\\s+|\\s+and\\s+|,\\s+and\\s+)){1,8}(?:${NUMBER}|an?)\\s+\\p{Lu}[\\p{L}'’-]+)\\s+were\\s+(?:also\\s+)?(killed(?!\\s+or\\s)|among\\s+the\\s+(?:dead|injured|wounded))\\b`,
	'iu'
);

/**
 * A toll split by place after a colon or a dash: "killed 52 people: 30 in Karsk and 22 on Tørvik", "130 dead — 90 at
 * the Velda Stadium, 40 at the Central Market". Each part names where it happened by a capitalised name.
 */
const PART = pattern(
	`(?:^\\s*|,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:people\\s+|victims\\s+|of\\s+them\\s+)?(?:at|on|in|inside|outside|near)\\s+((?:the\\s+)?\\p{Lu}[^,;:.]*?)(?=\\s*(?:,|;|\\.|$|\\s+and\\s+(?:${QUALIFIER}\\s+)?(?:${NUMBER})\\b))`,
	'gu'
);

/**
 * Groups listed after a colon: "Twenty people were killed: 15 Indonesians, four Australians and a Japanese tourist",
 * "ten dead: seven members of the Public Security Directorate, two Jordanian citizens and one tourist of Canadian
 * nationality" — up to three words before who is counted, and what they are "of" after it.
 */
const GROUP = pattern(
	`(?:^\\s*|,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:(?:[a-z-]+|[A-Z][\\w'’-]*)\\s+){0,3}?(?:${VICTIMS}|tourist|citizen|member|worker|journalist|student)(?:\\s+of\\s+(?:the\\s+)?[A-Za-z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,4})?)(?=\\s*(?:,|;|\\.|$|\\s+and\\b))`,
	'g'
);
const HAS_NUMBER = pattern(NUMBER);
/** Who a group of the harmed is, after "were" or "are": "foreign nationals", "Syrian nationals", "citizens of the Republic of Turkey". */
const WHO_WERE = `(?:(?:foreign|[A-Z][\\w'’-]*)\\s+)?${VICTIMS}(?:\\s+and\\s+${VICTIMS})?(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+(?:of\\s+)?[A-Z][\\w'’-]*){0,3})?`;
/**
 * A whole of the harmed, split into groups after it: "Of the 39 people who lost their lives, 27 were …", "Thirty-eight of
 * the dead have so far been identified: 35 are …".
 */
const SPLIT_HEAD = pattern(
	`(?:\\b[Oo]f\\s+(?:the|those)\\s+(?:${NUMBER}\\s+)?(?:people\\s+|persons\\s+|victims\\s+)?(?:(dead|killed|injured|wounded|victims)|who\\s+(?:(lost\\s+their\\s+lives|died|were\\s+killed)|were\\s+(injured|wounded|hurt)))\\b[^,;:]{0,40}?,|\\bof\\s+the\\s+(?:${NUMBER}\\s+)?(dead|victims|injured|wounded)\\s+(?:have|had)\\s+(?:so\\s+far\\s+|now\\s+|since\\s+)?been\\s+identified\\s*[:;,])\\s+`
);
/** One group of such a split: "27 were foreign nationals", ", and 12 were Turkish citizens". */
const SPLIT_ITEM = pattern(
	`^(?:,\\s+(?:and\\s+)?|\\s+and\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:are|were)\\s+(${WHO_WERE})(?=\\s*(?:,|;|\\.|$|\\s+and\\b))`
);
/**
 * More people said to share a harm told of others: "…were also killed, along with two Moroccans", "A Belgian woman was also
 * killed, as were two Americans".
 */
const ALONG_WITH = pattern(
	`\\b(?:was|were)\\s+(?:also\\s+)?(killed|injured|wounded|among\\s+the\\s+(?:dead|injured|wounded))\\b[^.;,]{0,80}?,\\s+(?:along\\s+with|as\\s+were|together\\s+with)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:[A-Za-z][\\w'’-]*\\s+){0,2}?${VICTIMS})\\b`,
	'i'
);
/** A group "among the dead" as a list gives it: "listed seven foreigners among the dead". */
const LISTED_AMONG = pattern(
	`\\b(?:listed|counted|named|identified)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:[A-Za-z][\\w'’-]*\\s+){0,2}?${VICTIMS})\\s+among\\s+the\\s+(dead|injured|wounded|victims)\\b(?!\\s+(?:of|in|from)\\s)`,
	'gi'
);
/** "…were among the dead, including two Canadians": the groups of the harmed the clause before names. */
const AMONG_THE_BEFORE = /\b(?:were|are)\s+(?:also\s+)?among\s+the\s+(dead|injured|wounded|victims),\s+$/i;
/** Attackers a sentence tells died: "All four attackers there are dead". */
const ALL_DEAD = pattern(
	`\\b[Aa]ll\\s+(?:the\\s+)?(${NUMBER})\\s+(attackers|gunmen|militants|bombers|assailants|hijackers)\\s+(?:there\\s+|inside\\s+)?(?:are|were)\\s+(?:now\\s+)?dead\\b(?!\\s+(?:but|except|save)\\b)`
);
/**
 * Attackers counted as the subject of what they did, who the sentence ends by killing (with no other clause's subject
 * and verb between: "some guests were questioned … before being killed" are the guests): "Three gunmen disguised in burqas
 * attacked the hostel, killing nine people and wounding 37 before they were shot dead".
 */
const BEFORE_KILLED = pattern(
	`^(?:[^.;,]{0,40}?\\s)?(${NUMBER})\\s+(?:[a-z-]+\\s+){0,2}?(attackers|gunmen|militants|bombers|assailants)\\b(?:(?!\\b(?:were|was|are|is)\\b)[^;]){0,200}?,?\\s+before\\s+(?:they\\s+were|being)\\s+(?:shot\\s+dead|killed)\\b`,
	'i'
);
/** A count of the dead and the comma after it, where a list of its groups may start: "14 people were killed, …". */
const LIST_AFTER = pattern(
	`\\b(${NUMBER})\\s+(?:people\\s+|persons\\s+)?(?:(?:were|had\\s+been|have\\s+been)\\s+killed|died|(?:were|are)\\s+dead|dead)\\s*,\\s+`,
	'i'
);
/** Where such a list ends: at the next clause ("…, and 45 were wounded"), a semicolon or the sentence's end. */
const LIST_END = pattern(
	`,\\s+and\\s+(?:${QUALIFIER}\\s+)?(?:${NUMBER})\\b|;|,\\s+(?:according|police|officials|the\\s+\\w+\\s+said)\\b`,
	'i'
);

/** A count and the place every PART match names, tested before the long pattern runs (and, the first time, compiles). */
const COUNT_AT_NAME = pattern(
	`${NUMBER_END}\\s+(?:people\\s+|victims\\s+|of\\s+them\\s+)?(?:at|on|in|inside|outside|near)\\s+(?:the\\s+)?\\p{Lu}`,
	'u'
);
/** The long patterns above with the words they need, kept in step by tests/unit/generator/key-words.spec.ts. */
export const KEY_WORDS: readonly KeyWords[] = [
	{ name: 'HOSPITAL', pattern: HOSPITAL, needs: TAKEN_IN },
	{ name: 'PART', pattern: PART, needs: COUNT_AT_NAME }
];
/** Groups told before "among them": "which killed 17 people, two women and four children among them". */
const THEM_AMONG = pattern(
	`,\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:[a-z-]+\\s+)?${VICTIMS})(?:\\s+and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:[a-z-]+\\s+)?${VICTIMS}))?\\s+among\\s+them\\b`,
	'gi'
);
/** A second group sharing "among them": "…, among them six Russians and three Chinese executives". */
/** A second group a count shares, with no count of its own: " and community workers". */
const AND_UNCOUNTED = pattern(
	`^\\s+and\\s+(?!(?:${QUALIFIER}|${NUMBER}|several|many|some|dozens|scores|hundreds|other|more|an?|the|their|his|her|civilians|others|people|passers-by|residents|[a-z]+ing)\\b)((?:[a-z-]+\\s+)?${VICTIMS})\\b`,
	'i'
);
const AND_GROUP = pattern(`^\\s+and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:[a-z-]+\\s+)?${VICTIMS})\\b`, 'i');

/** After "N of them …,", that the whole was saved: "had been brought out of the building alive", "were rescued". */
const SAVED_AFTER =
	/^[^.;]{0,20}?,\s+(?:(?:had|have|has)\s+been|were|was|are)\s+(?:safely\s+)?(?:brought\s+out|rescued|evacuated|freed|released|saved|pulled\s+out\s+alive|led\s+to\s+safety)\b/i;
/** Words that are no group of people after "N of them" ("three of them were released"). */
const NOT_GROUP =
	/^(?:a|an|the|were|are|was|had|have|has|remain|remained|still|died|killed|injured|wounded|dead|released|later|in|at|on|near|outside|inside|into|to|after|before|during|across|around|from|and|by|with|being|now|treated|taken|admitted|discharged|transferred|flown|airlifted|shot|stabbed|hit|hurt|arrested|detained|freed|rescued|missing|found|named|identified|known)\b/;
/** Clashes and protests, whose hurt are no victims of an attack. */
const CLASHES = /\b(?:clash(?:es|ed)?|protest(?:s|ers)?|demonstrat(?:ions?|ors)|riot(?:s|ing|ers)?)\b/i;
/** Who did it or was held for it: a whole of them is no whole of the wounded. */
const DOERS = /\b(?:attackers?|gunm[ae]n|assailants?|suspects?|arrested|detained|militants|bombers?)\b/i;
/**
 * Words after "N of the dead were" that say what befell them, how old or how they were, not who: "still unidentified",
 * "buried", "under 20".
 */
const BEFELL =
	/^(?:still|later|also|now|then|being|not|no|all|both|mostly|under|over|aged|between|from|in|at|of|on|with|without|among|about|around|[a-z]+ed|[a-z]+ly)\b/;
/** The group a critical or serious condition names: the injured in that state. */
const CONDITION = (words: string) =>
	/serious/i.test(words)
		? 'people in serious condition'
		: /intensive/i.test(words)
			? 'people in intensive care'
			: /hospital/i.test(words)
				? 'people in hospital'
				: 'people in critical condition';

const at = (m: RegExpMatchArray, q: string | undefined) => m.index! + (q ? m[0].indexOf(q) : 0);

/** Every count of these kinds in a sentence, in no order; a sentence with none of their words is not searched. */
export function findSubCounts(sentence: string): SubCount[] {
	const out: SubCount[] = [];
	if (/\b(?:arrest|detain|rounded up|custody)/i.test(sentence)) {
		for (const m of matches(sentence, ARREST_VERB_FIRST))
			out.push({ qualifier: m[1], num: m[2]!, verb: 'arrested', index: m.indices![m[1] ? 1 : 2]![0] });
		for (const m of matches(sentence, ARREST_NUMBER_FIRST)) {
			// ("more than 5,000 people had been detained and 216 of them formally arrested": those held for questioning are
			// no count of arrests when the text says how many of them were arrested; review 53, FD min/03-13.)
			const formally = FORMALLY_ARRESTED.exec(sentence.slice(m.index + m[0].length));
			if (formally && /detain|custody/i.test(m[0])) {
				const num = (formally[1] ?? formally[2])!;
				out.push({ num, verb: 'arrested', index: sentence.indexOf(num, m.index + m[0].length) });
				continue;
			}
			out.push({ qualifier: m[1], num: m[2]!, verb: 'arrested', index: at(m, m[1]) });
		}
	}
	if (/\b(?:hostage|captive)/i.test(sentence)) {
		for (const m of matches(sentence, HOSTAGES_TAKEN))
			out.push({ qualifier: m[1], num: m[2]!, verb: 'abducted', index: m.indices![m[1] ? 1 : 2]![0] });
		for (const m of matches(sentence, TAKEN_HOSTAGE))
			out.push({ qualifier: m[1], num: m[2]!, verb: 'abducted', index: at(m, m[1]) });
	}
	if (/\b(?:hospit|treated\s+for)/i.test(sentence) && TAKEN_IN.test(sentence))
		for (const m of matches(sentence, HOSPITAL)) {
			const q = m[1] ?? m[3];
			// The dead are taken to a hospital's morgue: "the bodies of four victims were taken to a hospital".
			if (!bodiesAt(sentence, m.index))
				out.push({ qualifier: q, num: (m[2] ?? m[4])!, verb: 'injured', index: at(m, q) });
		}
	// "of the" is in most sentences, so each pattern is tested for its own words.
	if (/\bof\s+(?:them|whom)\b/i.test(sentence))
		for (const m of matches(sentence, OF_THEM)) {
			// ("eight of whom have been taken to hospital": those in hospital.)
			const state = m[4] ?? m[3];
			// ("Doctors at Bharatpur Hospital said 41 of the wounded were being treated there, 12 of them in a critical
			// condition": the state of some of those one hospital took in is no count of all the wounded; review 50, CY
			// min/09-8.)
			if (
				(m[4] ?? m[3]) &&
				/\b(?:treated|admitted|taken|brought|rushed)\s+(?:there|to\s+[^,;.]*?(?:[Hh]ospital|[Cc]linic|[Mm]edical)[^,;.]*)\s*,\s*$/.test(
					sentence.slice(0, m.index)
				)
			)
				continue;
			// "which left eight people dead, four of them the attackers themselves": the attackers among the dead.
			const doers = !state && m[5] ? /^the\s+(attackers|gunmen|bombers|assailants|militants)$/i.exec(m[5]) : null;
			const group = state ? CONDITION(state) : (doers?.[1] ?? m[5]);
			// "two of them badly": an adverb is how they were hurt, not who they were.
			// ("18 of whom worked at the factory": a verb says what they did, not who they were.)
			if (!group || NOT_GROUP.test(group) || /^(?!aged\b)[a-z]+(?:ly|ed)\b/i.test(group)) continue;
			// ("more than 100 people, three of them foreigners, had been brought out of the building alive": a group of those
			// saved is no group of the dead or the hurt; review 53, FD min/09-6 asked three foreigners injured.)
			if (SAVED_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
			// ("about 40 of them seriously": the group's count keeps its qualifier.)
			// ("eight French nationals had been injured, four of them seriously": the state of some of a group is that
			// group's, and no count of all the injured in it.)
			const of = state
				? /\b[\w-]+\s+((?:[A-Z][\w-]*\s+)?[a-z]+s)\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?(?:injured|wounded|hurt)\s*,\s*$/.exec(
						sentence.slice(Math.max(0, m.index - 80), m.index)
					)?.[1]
				: undefined;
			const own = of && !/^(?:people|others|persons)$/i.test(of) ? group.replace(/^people\b/, of) : group;
			out.push({
				...(m[1] ? { qualifier: m[1] } : {}),
				num: m[2]!,
				verb: 'of',
				index: m.index,
				victims: state ? own : whole(sentence, m, group)
			});
			// A second group of the same whole: "…, twelve in intensive care" (a state), or "Five of them were in a critical
			// condition, and 21 were police officers" (who they were).
			const rest = sentence.slice(m.index + m[0].length);
			const inState = state ? AND_STATE.exec(rest) : null;
			const were = state && !inState ? AND_WERE.exec(rest) : null;
			const second = inState ?? (were && !NOT_GROUP.test(were[2]!) ? were : null);
			if (second)
				out.push({
					num: second[1]!,
					verb: 'of',
					index: m.index + m[0].length + second.index + second[0].indexOf(second[1]!),
					victims: inState ? CONDITION(inState[2]!) : second[2]!
				});
		}
	if (/\bof\s+th(?:e|ose)\s+(?:\S+\s+)?(?:dead|killed|injured|wounded|victims)\s/i.test(sentence))
		for (const m of matches(sentence, OF_THE)) {
			const verb = m[3] === 'victims' ? 'killed' : m[3]!;
			// ("at least 15 of the dead were British": the group's count keeps its qualifier.)
			const q = m[1] ? { qualifier: m[1] } : {};
			if (m[4]) {
				// (The dead are in no condition.)
				if (/^(?:injured|wounded)$/i.test(verb))
					out.push({ ...q, num: m[2]!, verb, index: m.index, victims: CONDITION(m[4]), back: true });
				continue;
			}
			const words = m[5]!;
			// "Eleven of the victims were under 18": an age names the group, as people of that age.
			const age = AGE.exec(sentence.slice(m.index + m[0].length - words.length));
			if (age && /^(?:under|over|below|above|aged|between)\b/i.test(words)) {
				out.push({ ...q, num: m[2]!, verb, index: m.index, victims: `people ${age[0]}`, back: true });
				continue;
			}
			if (NOT_GROUP.test(words)) continue;
			// "Twelve of the 45 dead were still unidentified", "… were buried on Tuesday": what befell them, not who they were.
			if (BEFELL.test(words)) continue;
			// The group is its first word, which may be all of the pattern's two words there are ("civilians and"), or both
			// when the second is who they were ("navy personnel", "police officers").
			const [first, second] = words.split(/\s+/) as [string, string | undefined];
			const group = second && GROUP_WORD.test(second) ? `${first} ${second}` : first;
			// ("Seven of the victims were members of one family": what they were members of names them.)
			const victims = second === 'of' ? whole(sentence, m, words) : group;
			out.push({ ...q, num: m[2]!, verb, index: m.index, victims, back: true });
			// "Fifteen of the dead were civilians and five were soldiers": a second group of the same dead.
			const after = m.index + m[0].length - words.length + group.length;
			const next = AND_WERE.exec(sentence.slice(after));
			if (next && !NOT_GROUP.test(next[2]!))
				out.push({
					num: next[1]!,
					verb,
					index: after + next.index + next[0].indexOf(next[1]!),
					victims: next[2]!,
					back: true
				});
		}
	if (/\b(?:condition|intensive)\b/.test(sentence) && /\b[Oo]f\s+th/.test(sentence))
		for (const m of matches(sentence, OF_WHOLE_STATE))
			// ("Of the five attackers, two were in a serious condition", "Of those arrested, …": no wounded of the attack.)
			if (!DOERS.test(m[0]))
				out.push({
					num: m[1]!,
					verb: 'injured',
					index: m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[2]!.length),
					victims: CONDITION(m[2]!),
					back: true
				});
	if (/\b(?:among\s+them|including)\b/i.test(sentence))
		for (const m of matches(sentence, AMONG_THEM)) {
			// ("More than 1,000 people have been killed in the province this year, including 300 children": a group of a
			// count over time is no group of an attack's toll.)
			const comma = sentence.lastIndexOf(',', m.index);
			const whole = sentence.slice(
				Math.max(sentence.lastIndexOf(',', comma - 1), sentence.lastIndexOf(';', comma - 1)) + 1,
				comma
			);
			if (/^including/i.test(m[0]) && comma > 0 && overTimeOrNoAttack(whole)) continue;
			// "including 15 police officers and community workers": one count of both groups (review 42, BK min/01-12 asked
			// it of the police alone).
			const both = AND_UNCOUNTED.exec(sentence.slice(m.index + m[0].length));
			// ("Foreigners were among the dead, including two Canadians": groups of a toll already given.)
			// (Not "including 23 people from Puerto Rico": people are no group, but a part the text leaves unnamed.)
			const among = /^(?:people|persons|others)$/i.test(m[3]!)
				? null
				: AMONG_THE_BEFORE.exec(sentence.slice(Math.max(0, m.index - 60), m.index));
			out.push({
				qualifier: m[1],
				num: m[2]!,
				verb: among?.[1] ?? 'of',
				...(among ? { back: true } : {}),
				index: m.index + m[0].indexOf(m[1] ?? m[2]!),
				victims: both ? `${m[3]} and ${both[1]}` : m[3]
			});
			const next = AND_GROUP.exec(sentence.slice(m.index + m[0].length));
			if (next) {
				const i = m.index + m[0].length + next.index + next[0].indexOf(next[1] ?? next[2]!);
				out.push({ qualifier: next[1], num: next[2]!, verb: 'of', index: i, victims: next[3] });
			}
			// ("…, including two Canadians, one of them a diplomat, two French women and at least three Britons": the
			// list goes on past an aside.)
			if (among && !next)
				for (const g of moreGroupsAfter(sentence, m.index + m[0].length))
					out.push({ ...g, verb: among[1]!, back: true });
		}
	if (/\bamong\s+them\b/i.test(sentence))
		for (const m of matches(sentence, THEM_AMONG)) {
			out.push({ qualifier: m[1], num: m[2]!, verb: 'of', index: at(m, m[1] ?? m[2]), victims: m[3] });
			if (m[5])
				out.push({
					qualifier: m[4],
					num: m[5],
					verb: 'of',
					index: m.index + m[0].lastIndexOf(m[4] ?? m[5]),
					victims: m[6]
				});
		}
	// "Two Swiss, two Canadians, a Briton and a Dutchman were also killed", "Three Germans and two Britons were among the
	// dead": people of several nations, each counted.
	const list = NATIONS_BEFORE_HARM.test(sentence) ? NATION_LIST.exec(sentence) : null;
	// (The flag that lets "Two" be a number also lets \p{Lu} match any letter: a nation is capitalised.)
	const items = list ? matches(list[1]!, NATION_ITEM).filter((m) => isGroup(m[2]!)) : [];
	const nations = items.length >= 2 ? list : null;
	if (nations) {
		const measure = /injured|wounded|hurt/i.test(nations[2]!) ? 'injured' : 'killed';
		for (const m of items)
			// ("among the dead" are those of a toll already given; "were also killed" are counted here.)
			out.push({
				num: m[1]!,
				verb: measure,
				index: nations.index + m.index,
				victims: m[2]!,
				back: /^among/i.test(nations[2]!)
			});
	}
	if (/\bamong\s+th(?:e|ose)\b/i.test(sentence))
		for (const m of matches(sentence, AMONG_THE)) {
			// (Each nation of a list is counted above; "Three Germans and two Britons" is no count of three Britons.)
			if (nations && m.index >= nations.index && m.index < nations.index + nations[0].length) continue;
			// ("Two policemen were among those injured in clashes with protesters": hurt in no attack.)
			if (/\bamong\s+those\b/i.test(m[0]) && CLASHES.test(sentence)) continue;
			// "Two soldiers and two interpreters were among the dead": two groups, each with its own count (not "two
			// interpreters" read from the first number).
			const and = AND_COUNT.exec(m[3]!);
			const group = and ? m[3]!.slice(0, and.index).trim() : m[3]!;
			const verb = m[4] === 'victims' ? 'killed' : m[4]!;
			out.push({
				qualifier: m[1],
				num: m[2]!,
				verb,
				index: at(m, m[1]),
				victims: amongGroup(group),
				back: true
			});
			if (and)
				out.push({
					num: and[1]!,
					verb,
					index: m.index + m[0].indexOf(m[3]!) + and.index,
					victims: amongGroup(m[3]!.slice(and.index + and[0].length).trim()),
					back: true
				});
		}
	// "14 people were killed, 12 civilians and two traffic policemen, and 45 were wounded": groups listed after a comma
	// are read only when they add up to the count before them, which is what makes them its parts and not other counts.
	const listHead = /,\s/.test(sentence) ? LIST_AFTER.exec(sentence) : null;
	if (listHead) {
		const from = listHead.index + listHead[0].length;
		const rest = sentence.slice(from);
		const end = rest.search(LIST_END);
		const list = end < 0 ? rest : rest.slice(0, end);
		const groups = matches(list, GROUP);
		const total = readNumber(listHead[1]!);
		const sum = groups.reduce((n, m) => n + (m[1] ? NaN : (readNumber(m[2]!) ?? NaN)), 0);
		if (groups.length >= 2 && total !== undefined && sum === total)
			for (const m of groups)
				out.push({ num: m[2]!, verb: 'of', index: from + m.index + m[0].indexOf(m[2]!), victims: m[3] });
	}
	const split = /\bof\s+th/i.test(sentence) ? SPLIT_HEAD.exec(sentence) : null;
	// ("Of the 3,000 people killed in Boko Haram attacks last year, 1,200 were women": a total over time has no groups
	// of an attack.)
	const splitHead =
		split &&
		!overTimeOrNoAttack(split[0]) &&
		!/\b(?:attacks|last\s+year|this\s+year|since|in\s+(?:19|20)\d\d)\b/i.test(split[0])
			? split
			: null;
	// (The harm's own word: figures.ts reads "dead", "lost their lives" or "wounded" as its measure.)
	const splitHarm = splitHead ? (splitHead[1] ?? splitHead[2] ?? splitHead[3] ?? splitHead[4])! : '';
	for (let from = splitHead ? splitHead.index + splitHead[0].length : -1, i = 0; splitHead && i < 6; i++) {
		const g = SPLIT_ITEM.exec(sentence.slice(from));
		if (!g) break;
		out.push({
			qualifier: g[1],
			num: g[2]!,
			verb: splitHarm,
			index: from + g[0].indexOf(g[1] ?? g[2]!),
			victims: g[3]!,
			back: true
		});
		from += g[0].length;
	}
	if (/\b(?:along\s+with|as\s+were|together\s+with)\s/i.test(sentence)) {
		const m = ALONG_WITH.exec(sentence);
		// ("was killed at the Bataclan …, along with 89 others": those of one site, no group of the toll.)
		if (m && !/^(?:[\w-]+\s+)?(?:others|people|persons)$/i.test(m[4]!.trim()))
			out.push({
				qualifier: m[2],
				num: m[3]!,
				verb: m[1]!.split(/\s+/).pop()!,
				index: at(m, m[2] ?? m[3]),
				victims: m[4]!.trim(),
				back: true
			});
	}
	if (/\bamong\s+the\b/i.test(sentence))
		for (const m of matches(sentence, LISTED_AMONG))
			out.push({
				qualifier: m[1],
				num: m[2]!,
				verb: m[4]!,
				index: at(m, m[1] ?? m[2]),
				victims: m[3]!,
				back: true
			});
	if (/\bdead\b/.test(sentence) && /\ball\s/i.test(sentence)) {
		const m = ALL_DEAD.exec(sentence);
		if (m) out.push({ num: m[1]!, verb: 'killed', index: at(m, m[1]), victims: m[2]! });
	}
	if (/\bbefore\s+(?:they\s+were|being)\s+(?:shot\s+dead|killed)\b/.test(sentence)) {
		const m = BEFORE_KILLED.exec(sentence);
		if (m) out.push({ num: m[1]!, verb: 'killed', index: at(m, m[1]), victims: m[2]! });
	}
	const colon = /[:–—]\s/.exec(sentence);
	// Parts and groups are counts, so the words after the colon are read only when they hold a number: a dash is
	// common in analysis, a count after it is not.
	const listed = colon ? sentence.slice(colon.index + 1) : '';
	if (colon && HAS_NUMBER.test(listed) && COUNT_AT_NAME.test(listed))
		for (const m of matches(listed, PART)) {
			// "20 in March, 15 in June", "eight on Monday": when, not where.
			if (NOT_PEOPLE.test(m[3]!.replace(/^the\s+/i, '').split(/\s+/)[0]!)) continue;
			const at = colon.index + 1 + m.index + m[0].indexOf(m[1] ?? m[2]!);
			out.push({ qualifier: m[1], num: m[2]!, verb: 'part', index: at, where: m[3]!.trim() });
		}
	if (colon && HAS_NUMBER.test(listed))
		for (const m of matches(listed, GROUP)) {
			const at = colon.index + 1 + m.index + m[0].indexOf(m[1] ?? m[2]!);
			out.push({ qualifier: m[1], num: m[2]!, verb: 'of', index: at, victims: m[3] });
		}
	return out;
}
