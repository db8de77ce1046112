/**
 * The patterns casualty counts are read with: who can be counted (VICTIMS), the verbs of harm, and the phrases that
 * give a count — verb first ("killed 22"), number first ("22 people were killed"), headlines ("32 killed"), revised
 * tolls ("the toll has risen to 37") and groups within a toll ("Among the dead were 13 foreigners").
 */
import { MONTHS, TIME_UNIT, type DateMatch } from '../lang';
import { NUMBER, QUALIFIER } from './numbers';
import { pattern } from '../lang/pattern';

/**
 * Who can be counted: people by role, nationals by the usual demonyms ("Thirty-eight Indonesians"), and one person
 * by role ("One special forces officer is killed").
 */
/**
 * A word between a count and who it counts ("22 more people", "13 US service members"): it starts with a letter, so a
 * dateline's dash or date ("Feb 6 - Two men were killed") never joins the number before it to the count after it.
 */
const WORD = "[A-Za-z][\\w'’-]*";

export const VICTIMS =
	'(?:people|persons|person|civilians|volunteers|rescuers|firefighters|paramedics|soldiers|troops|peacekeepers|officers|policemen|police officers|personnel|jawans|students|teachers|children|women|men|worshippers|pilgrims|sailors|marines|others|fans|concertgoers|spectators|passengers|residents|villagers|fighters|militants|members\\s+of\\s+the\\s+public|members|staff|workers|journalists|guards|agents|citizens|tourists|cadets|recruits|pupils|shoppers|commuters|patients|girls|boys|schoolgirls|schoolchildren|hostages|foreigners|nationals|attackers|gunmen|assailants|suspects|bombers|hijackers|terrorists|insurgents|jihadists|extremists|kidnappers|perpetrators|officer|soldier|policeman|policewoman|civilian|child|' +
	'employees|guests|diners|customers|visitors|nuns|teenagers|youths|infants|babies|bystanders|passers-by|pedestrians|drivers|traders|vendors|labourers|laborers|farmers|miners|doctors|nurses|monks|priests|worshipers|parishioners|churchgoers|mourners|refugees|migrants|revellers|revelers|holidaymakers|athletes|players|crew(?:\\s+members)?|diplomats|engineers|contractors|' +
	'Americans|Russians|Iranians|Australians|Indonesians|Britons|Canadians|Pakistanis|Iraqis|Syrians|Israelis|Palestinians|Indians|Nigerians|Kenyans|Somalis|Germans|Italians|Spaniards|Egyptians|Turks|Europeans|Westerners|' +
	'Belgians|Swedes|Norwegians|Danes|Finns|Poles|Greeks|Ukrainians|Georgians|Chechens|Uzbeks|Tajiks|Kazakhs|Kurds|Yazidis|Jordanians|Saudis|Yemenis|Libyans|Tunisians|Algerians|Moroccans|' +
	// Words that are adjectives too name the people only when no word for people follows ("two French soldiers" are
	// soldiers; "three Chinese executives" are still counted as Chinese).
	`(?:French|Dutch|Swiss|Portuguese|Irish|Lebanese|Sudanese|Japanese|Chinese)(?!\\s+(?:people|nationals|citizens|civilians|soldiers|troops|officers|police|policemen|tourists|journalists|students|schoolchildren|pupils|teachers|workers|aid\\s+workers|women|men|children|pilgrims|worshippers|passengers|staff|engineers|sailors|marines|diplomats|hostages|nuns|priests|doctors|nurses|visitors)\\b)|` +
	'Ethiopians|Ugandans|Tanzanians|Malians|Chadians|Cameroonians|Bangladeshis|Sri\\s+Lankans|Nepalis|Afghans|Filipinos|Thais|Malaysians|Koreans|Mexicans|Brazilians|Argentines|New\\s+Zealanders|' +
	'Romanians|Bulgarians|Hungarians|Czechs|Slovaks|Austrians|Serbs|Croats|Bosnians|Albanians|Lithuanians|Latvians|Estonians|Armenians|Azerbaijanis|Emiratis|Qataris|Kuwaitis|Bahrainis|Omanis|Colombians|Venezuelans|Peruvians|Chileans|Ecuadorians|Cubans|Ghanaians|Ivorians|Nigeriens|Rwandans|Zimbabweans|Africans|Arabs|Singaporeans|Cambodians|Icelanders|Scots|Frenchmen|Dutchmen|Englishmen|Irishmen)';
// ("Four worshippers were hacked and shot to death": killed, however; review 44, BW min/06-3 read no toll of Har Nof.)
export const HARM =
	'((?:hacked|stabbed|beaten|bludgeoned|shot)(?:\\s+and\\s+(?:hacked|stabbed|beaten|shot))?\\s+to\\s+death|killed|killing|kill|kills|shot\\s+dead|murdered|massacred|massacring|slaughtered|martyred|perished|injured|injuring|wounded|wounding|hurt|dead|died|die|abducted|abducting|kidnapped|kidnapping|missing)';

export const VERB_FIRST = pattern(
	`\\b${HARM}\\s+(?:another\\s+|all\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b(?=(?:\\s+[\\w-]+){0,2}?\\s+${VICTIMS}\\b|[\\s,.;]|$)`,
	'gi'
);
/**
 * "22 people were killed", "the three who died" (the people left unsaid before "who died"), "12 of his family members
 * were killed", "seven worshippers were shot dead", "four people - two men and two women - were killed".
 */
export const NUMBER_FIRST = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:(?:of\\s+(?:his|her|their)\\s+)?(?:${WORD}\\s+){0,2}?${VICTIMS}(?:\\s*,\\s*(?:including|among\\s+them)\\s+[^,;]{1,40},|\\s*[–—]\\s*[^–—;.]{1,60}?\\s*[–—]|\\s+-\\s+[^;.]{1,60}?\\s+-)?\\s+|(?=who\\s+died\\b))(?:(?:who|that)\\s+(?=(?:have|has|had|were|was|are|is|remain|remained)\\b|died\\b))?(?:(?:have|has|had)\\s+(?:(?:now|so\\s+far|since|already|also)\\s+)?(?:been\\s+)?|were\\s+|was\\s+|are\\s+|is\\s+|remain\\s+|remained\\s+|being\\s+)?(?:\\w+ly\\s+|still\\s+|also\\s+|now\\s+|reported\\s+)?${HARM}\\b`,
	'gi'
);
/** A count named by its act: "the seizure of 276 girls from a school", "the killing of 12 miners". */
export const ACT_OF = pattern(
	`\\b(abduction|kidnapping|seizure|killing|massacre|murder|martyrdom|deaths?)\\s+of\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:${WORD}\\s+){0,2}?${VICTIMS}\\b`,
	'gi'
);
/** The forces of order, as a subject: "officers", "police", "troops", "security forces". */
const FORCES = 'police(?:men)?|officers|troops|soldiers|forces|commandos';
/**
 * A character of the words between the forces of order and "shot" that starts neither a verb of saying nor another
 * shooter: "Police said a gunman shot dead five people" tells of the gunman's victims.
 */
const NOT_SAID =
	'(?!\\b(?:said|says|say|told|reported|added|gunm[ae]n|attackers?|assailants?|militants|bombers?|terrorists?)\\b)';
/**
 * Police or troops shooting, right before a count: "officers shot all three dead", "police shot dead", and with an aside
 * after them ("police in the seaside town of Cambrils, about 120 kilometers (75 miles) to the southwest, shot dead").
 */
export const POLICE_SHOT = pattern(
	`\\b(?:${FORCES}|snipers?)\\b(?:${NOT_SAID}[^,.;:]){0,50}?(?:,(?:${NOT_SAID}[^,.;:]){1,70},)?(?:${NOT_SAID}[^,.;:]){0,30}\\bshot\\s+(?:dead\\s+)?(?:all\\s+|both\\s+)?$`,
	'i'
);
/**
 * Police or troops who fought, stormed or raided, then killed "all" of a bare count: "Security forces fought them for
 * about four hours before killing all three". Not a count with its own people after it ("killed all six officers"),
 * which the caller reads first, nor one a doer named between killed ("Police said the gunman killed all three").
 */
export const POLICE_KILLED_ALL = pattern(
	`\\b(?:${FORCES})\\s+(?:(?!(?:gunm[ae]n|attackers?|assailants?|bombers?|militants?|insurgents?|jihadists?|shooter|suspect|teenager|he|she|they|who|said|says|told|believe|believed)\\b)[\\w'’-]+\\s+){0,3}?(?:fought|stormed|raided|engaged|surrounded|entered|returned\\s+fire)\\b[^,.;:]{0,60}\\b(?:before|after|,)?\\s*(?:killing|killed)\\s+(?:all|both)\\s+$`,
	'i'
);
/**
 * An object right after a verb: a count ("killed 52", "wounding at least 40") or a noun with its article ("two men
 * killed a priest", "Two gunmen killed the police chief"), though not a time ("two soldiers killed the day before").
 */
export const ACTIVE_OBJECT = pattern(
	`^\\s+(?:(?:another\\s+)?(?:(?:${QUALIFIER})\\s+)?${NUMBER}\\b|(?:a|an|the|his|her|their|its)\\s+(?!(?:day|night|week|month|year|morning|afternoon|evening|previous|same|following|next|last|first|other)\\b)[a-z])`,
	'i'
);
/** A unit after a number (the one reader's units of time, or a distance): it measures no people. */
export const UNIT_AFTER = pattern(`^\\s+(?:${TIME_UNIT}|metres?|meters?|kilometres?|kilometers?|miles?|km)\\b`, 'i');
/** What follows a count in NUMBER_PASSIVE; also the words its cheap test in figures.ts looks for. */
export const PASSIVE_AFTER_COUNT =
	'(?:others\\s*)?(?:,\\s*including\\s+[^,;]{1,40},\\s*)?(?:(?:were|have\\s+been|had\\s+been|was|(?:are|remain)\\s+still|are|remain)\\s+(?:(?<=\\b(?:killed|dead|died)\\s+and\\s+\\S+\\s+were\\s+)(?:seriously|critically|severely|badly|slightly|lightly|gravely)\\s+)?|(?<=(?:\\b(?:said|say|says|that|reported)\\s+|\\b(?:at\\s+least|more\\s+than|about|nearly|some|up\\s+to|over|almost|around)\\s+)\\S+\\s+)(?:have\\s+|had\\s+)?(?=died\\b))(killed|injured|wounded|hurt|abducted|kidnapped|missing|died)\\b';
/**
 * "14 were injured", "22 were seriously wounded" (after the dead), "At least 54 died": a bare count with a passive verb,
 * or "died", and no noun; a group set off by
 * commas may come between ("Four others, including a police officer, were wounded"). A bare count that died is one
 * only as a figure someone gave ("Police said 54 died") or with its qualifier ("At least 54 died"): "All four died",
 * "all but one died", "A mother of three died", "Of the 50 wounded, four died later" tell of people told of before.
 */
export const NUMBER_PASSIVE = pattern(`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+${PASSIVE_AFTER_COUNT}`, 'gi');
/**
 * "near Aldgate, where seven people died; at Edgware Road, where six died": after "where" (a place told just before),
 * a bare number that died is a count of the dead there, as "six were killed" would be. ("where four more died" adds to
 * a count, and is none of its own.)
 */
export const WHERE_DIED = pattern(`\\bwhere\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+died\\b`, 'gi');
export const AND_MORE = pattern(
	`^(?:\\s+[\\w.-]+){0,3}?\\s+${VICTIMS}\\s+and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:${WORD}\\s+){0,2}?${VICTIMS}\\b`,
	'i'
);
/**
 * "About 170 civilians and 13 US service members were killed", "Nine soldiers and two civilians died": two subjects
 * share one verb. ("Eight soldiers and a police officer died": the second may be one, which is asked of no one; review
 * 27, min/z10-2.)
 */
export const PAIR_FIRST = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:${WORD}\\s+){0,2}?${VICTIMS}\\s+and\\s+(?:(?:(${QUALIFIER})\\s+)?(${NUMBER})|an?)\\s+(?:${WORD}\\s+){0,2}?${VICTIMS}\\s+(?:(?:were|have\\s+been|had\\s+been)\\s+(?:also\\s+)?${HARM}|(?:have\\s+|had\\s+)?(died))\\b`,
	'gid'
);
export const THOSE_NUMBERS = pattern(
	`\\bin\\s+(\\d{4})\\s+and\\s+(\\d{4}),?\\s+(?:those|the|these)\\s+(?:numbers|figures|tolls)\\s+were\\s+(${NUMBER})\\s+and\\s+(${NUMBER})`,
	'i'
);

/** Headline counts with no verb: "32 killed, 100+ wounded", "34 killed and more than 100 injured". */
export const HEADLINE = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?(?<!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s)\\b(${NUMBER})\\+?\\s+(killed|dead|wounded|injured|hurt|missing)\\b(?!\\s+(?:in|by)\\s+(?:19|20)\\d\\d)`,
	'gi'
);
/** "left 22 dead", "leaving at least 40 people injured", "left two hostages and the gunman dead". */
export const LEFT = pattern(
	`\\b(?:left|leaving|leaves)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:${WORD}\\s+)?(?:${VICTIMS}\\s+)?(?:and\\s+(?:the|a|an|his|her|their)\\s+[\\w-]+\\s+)?(dead|killed|injured|wounded|hurt)\\b`,
	'gi'
);
/**
 * "the toll has risen to 37", "later rose to 143", "had risen by one to 14", "raised the figure to about 70", "was revised down to 253", "the dead now number 38", "bringing the toll of Friday's attacks
 * to four", "died in hospital on Friday, bringing it to 17" (figures.ts keeps "it" only after a death): a revised count,
 * the latest — a toll may
 * also be lowered when victims counted twice are found.
 */
export const ROSE = pattern(
	`\\b(?:toll\\s+)?(?:has\\s+|had\\s+|later\\s+|then\\s+|since\\s+|(?:was|were)\\s+|(?:has|had|have)\\s+(?:(?:today|now|since|also|again|later)\\s+)?been\\s+)?(?:(?:bringing|brought|brings|raising|raised|raises|taking|took|takes|pushing|pushed|pushes|lowering|lowered|lowers|revising|revised|revises|cutting|cut|cuts|reducing|reduced|reduces)\\s+(?:it(?=\\s+to\\s)|that(?=\\s+to\\s)|(?:the\\s+)?(?:(?:army|military|police|government|official)['’]s\\s+)?dead(?=\\s+to\\s)|(?:the|that|this)\\s+(?:figure|count|tally|number)(?=\\s+to\\s)|(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+(?:(?:bombings?|blasts?|attacks?|explosions?|shootings?|massacre|siege)\\s+)?(?=(?:death\\s+)?toll\\s+to\\s))?(?:(?:total|overall|official|confirmed)\\s+)?(?:(?:death\\s+)?toll|number\\s+(?:of\\s+(?:(?:confirmed|known|reported)\\s+)?(?:dead|deaths|fatalities)|of\\s+(?:people\\s+killed|(?!(?:attackers|gunmen|militants|assailants|bombers|insurgents|fighters)\\b)(?:[\\w'’-]+\\s+){1,3}?killed(?=\\s+in\\s+(?:the|this|that|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\\s+(?:[\\w-]+\\s+)?(?:attack|bombing|blast|assault|raid|explosion|shooting|massacre|ambush|siege)s?\\b))|killed|dead)))(?:\\s+(?:of|from|in)\\s+(?:[\\w'’-]+\\s+){0,7}?[\\w'’-]+(?=\\s+to\\s))?|risen|rose|rises|climbed|climbs|increased|increases|jumped|jumps|reached|reaches|stands\\s+at|stood\\s+at|(?:dead|deaths|(?<!\\b(?:dead|killed)\\s+and\\s+)(?:injured|wounded))\\s+(?:now\\s+|so\\s+far\\s+)?(?:numbers?|numbered)|(?:put|puts|putting|placed|places)\\s+(?:the\\s+)?(?:(?:final|latest|official|new)\\s+)?(?:death\\s+)?toll(?:\\s+(?:of|from|in)\\s+(?!(?:the\\s+|those\\s+|people\\s+)?(?:injured|wounded|hurt|arrested|detained|missing|dead\\s+and|killed\\s+and)\\b)(?:[\\w'’-]+\\s+){0,5}?[\\w'’-]+(?=\\s+at\\s))?\\s+at|(?:gave|gives|giving|give)\\s+(?:the\\s+)?(?:(?:final|latest|official|new)\\s+)?(?:death\\s+)?toll\\s+as|(?<=\\b(?:toll|figure|count|dead|deaths|[Ii]t)\\s+(?:(?:from|of|in)\\s+(?:[\\w'’-]+\\s+){0,5}?)?(?:(?:has|had|have|was|were|is)\\s+)?(?:(?:today|now|since|also|again|later)\\s+)?(?:been\\s+)?)raised(?=\\s+to\\s)|fallen|fell|dropped|(?:revised|lowered|cut|reduced|corrected|updated)(?:\\s+(?:the\\s+|that\\s+|this\\s+)?(?:death\\s+)?(?:toll|figure|count)(?:\\s+from\\s+the\\s+\\w+)?)?(?:\\s+(?:down|downward|downwards|up|upward|upwards))?)(?:\\s+(?:again|further|sharply|steadily),?)?(?:\\s+by\\s+(?:a\\s+further\\s+|another\\s+)?${NUMBER}(?=\\s+to\\s))?\\s+(?:to\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b`,
	'gi'
);
/** The count of dead an ordinal death brings: "a third person has died", three. */
export const NTH_COUNT: Readonly<Record<string, string>> = {
	second: 'two',
	third: 'three',
	fourth: 'four',
	fifth: 'five',
	sixth: 'six',
	seventh: 'seven',
	eighth: 'eight',
	ninth: 'nine',
	tenth: 'ten',
	eleventh: 'eleven',
	twelfth: 'twelve',
	thirteenth: 'thirteen',
	fourteenth: 'fourteen',
	fifteenth: 'fifteen',
	sixteenth: 'sixteen',
	seventeenth: 'seventeen',
	eighteenth: 'eighteen',
	nineteenth: 'nineteen',
	twentieth: 'twenty'
};
/** The ordinal words of NTH_COUNT, as a pattern's alternatives. */
export const NTH_WORDS = Object.keys(NTH_COUNT).join('|');
/**
 * "A third person, a 17-year-old boy, has died in hospital", "Two rangers died at the scene. A third died of his wounds":
 * "A 15th victim died in hospital two weeks later": a death told by its place in a series counts the dead so far, and
 * replaces the count before it. (Only with "a": "the third victim" may be one of a list of who they were.)
 */
export const NTH_DIED = pattern(
	`\\bA\\s+(${NTH_WORDS}|\\d{1,3}(?:st|nd|rd|th))(?:\\s+((?:[a-z-]+\\s+){0,2}?(?:person|victim|man|woman|boy|girl|child|officer|policeman|policewoman|soldier|worshipper|pilgrim|student|passenger|civilian|tourist|guard|firefighter|teenager|member|patient))\\b)?(?:\\s*,[^,;.]{1,80},)?\\s+(?:has\\s+|had\\s+)?(?:also\\s+|since\\s+|now\\s+|later\\s+)?(?:died|succumbed)\\b`,
	'gi'
);
/**
 * After a revised count, a later one in the same clause: "rose to 28 within hours and to 29 late that night", "rose
 * to nine, with 57 injured, and later, as cadets died of their wounds, to 21". The last of the chain is the latest;
 * those before it were replaced.
 */
export const AND_TO = pattern(
	`^(?:\\s*,[^,;.]{0,40})?[^,;.]{0,40}?,?\\s+and\\s+(?:(?:then|later|finally)\\s*)?(?:,[^,;.]{0,60},\\s*)?to\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b`,
	'i'
);
export const REVISING =
	/\b(?:revis(?:ing|ed)|correct(?:ing|ed)|updat(?:ing|ed))\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:earlier|previous|initial|first)\s+(?:figures?|estimates?|tolls?|counts?|numbers?)\b/i;
/**
 * "Among the dead were 13 foreigners", "Of the injured, 27 were children" (or "12 are children"), "Among the 45 dead
 * were 12 children": a count of a group within a toll ("Of those killed, eleven were citizens of the host country":
 * with what they are of).
 */
export const AMONG = pattern(
	`\\b(?:[Aa]mong|[Oo]f)\\s+(?:the|those)\\s+(?:${NUMBER}\\s+)?(dead|killed|injured|wounded),?\\s+(?:were\\s+|was\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:were\\s+|was\\s+|are\\s+|is\\s+)?(?:[a-z]+\\s+)?(${VICTIMS}(?:\\s+of\\s+the\\s+[a-z]+(?:\\s+[a-z]+)?(?=\\s*[,;.]|\\s+and\\b))?)\\b`,
	'g'
);
/**
 * "Seventy people lost their lives", "claimed the lives of 90 people", "had claimed 166 lives", "eight have been
 * confirmed dead", "45 people are now known to have died" (not "feared" or "presumed" dead: a fear is no count).
 */
export const LIVES = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:${WORD}\\s+){0,2}?${VICTIMS}\\s+(?:have\\s+|had\\s+)?lost\\s+their\\s+lives\\b|\\bclaim(?:ed|ing|s)?\\s+(?:(?:the\\s+)?lives\\s+of\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b|(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:more\\s+)?lives\\b)|(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:${WORD}\\s+){0,2}?(?:${VICTIMS}\\s+)?(?:(?:have|had|has)\\s+been|are|were)\\s+(?:now\\s+)?(?:confirmed\\s+(?:dead|killed)|(?:confirmed|known|reported)\\s+to\\s+have\\s+(?:died|been\\s+killed))\\b`,
	'gi'
);
/**
 * A verb whose count is of people only when people follow it: "stabbed six people" (the wounded; "stabbed three people
 * to death", the dead), "seized 276 girls from Chibok" (those abducted), "treated 40 people for injuries", "received
 * three patients" (the wounded), "shot 23 of them dead". Groups: the verb, qualifier, number, the words between the
 * number and the people, the people, and "to death" or "dead".
 */
export const PEOPLE_AFTER_VERB = pattern(
	`\\b(stabb(?:ed|ing)|seiz(?:ed|ing)|treat(?:ed|ing)|receiv(?:ed|ing)|admitt(?:ed|ing)|shot)\\s+(?:another\\s+|a\\s+further\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:more\\s+|other\\s+)?(?:of\\s+them|((?:(?!of\\b)${WORD}\\s+){0,2}?)(${VICTIMS}|wounded|injured|casualties)\\b)(\\s+(?:to\\s+death|dead)\\b)?`,
	'gi'
);
/** Those seizing who arrest, not abduct: "Israeli troops seized 12 children", "Police seized 30 women from a hostel". */
export const SEIZERS = pattern(
	`\\b(?:${FORCES}|army|military|coastguard|authorities|agents|security|gendarmes)\\b[^.;]{0,40}$`,
	'i'
);
/** Those seized who are abducted, not arrested: people taken from their homes, schools, fields or prayers. */
export const TAKEN =
	'girls|boys|schoolgirls|schoolboys|schoolchildren|pupils|students|women|children|villagers|passengers|hostages|worshippers|farmers';
const TAKEN_ALONE = pattern(`^(?:${TAKEN})$`, 'i');
/** Those a hospital takes in from an attack; "received 500 refugees", "admitted 12 students" are no wounded. */
const TAKEN_IN = /^(?:wounded|injured|casualties|patients|victims)$/i;
/**
 * The measure a match of PEOPLE_AFTER_VERB counts, read with the words before and after it; undefined for no count of
 * harm.
 */
export function harmOfVerb(m: RegExpMatchArray, before: string, after: string): string | undefined {
	const v = m[1]!.toLowerCase();
	const gap = (m[4] ?? '').trim();
	const people = m[5];
	const dead = m[6] !== undefined;
	if (v === 'shot') return dead ? 'killed' : undefined;
	if (v.startsWith('stab')) {
		if (dead) return 'killed';
		// "stabbed eight people at a festival, killing three of them": those stabbed are the dead and the wounded
		// together, a count of neither.
		return /\b(?:killing|killed|died|dead|fatally|death)\b/i.test(after.split(/[.;]/)[0]!) ? undefined : 'injured';
	}
	if (dead || gap) return undefined;
	if (v.startsWith('seiz')) return people && TAKEN_ALONE.test(people) && !SEIZERS.test(before) ? 'abducted' : undefined;
	// ("treating 40 patients a day", "received 500 refugees a day": a rate of work, no count of an attack's wounded.)
	if (/^\s+(?:a|per|each|every)\s+(?:day|week|month|night|year)\b/i.test(after)) return undefined;
	if (v.startsWith('treat'))
		return /^(?:wounded|injured|casualties)$/i.test(people ?? '') ||
			/^\s+for\s+(?:[a-z-]+\s+){0,3}?(?:injuries|wounds|burns)\b/i.test(after)
			? 'injured'
			: undefined;
	// ("admitted 45 people with blast injuries": people said to be hurt are the wounded whatever the noun.)
	const hurt =
		/^\s+(?:with\s+(?:[a-z-]+\s+){0,3}?(?:injuries|wounds|burns)|(?:who\s+were\s+)?(?:wounded|injured|hurt))\b/i;
	return people && (TAKEN_IN.test(people) || hurt.test(after)) ? 'injured' : undefined;
}
/**
 * "More than 300 people were treated for injuries", "30 others sustained wounds", "30 others are receiving treatment",
 * "Thirty people were treated in hospital", "More than 30 people, most of them police, are being treated in hospital".
 */
export const TREATED = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:${WORD}\\s+){0,2}?${VICTIMS}(?:\\s*,\\s*(?:including|among\\s+them|(?:most|many|all|some|several)\\s+of\\s+them)\\s+[^,;]{1,40},)?\\s+(?:(?:are|were)\\s+(?:still\\s+)?receiving\\s+treatment|(?:are|were|have\\s+been|had\\s+been)\\s+(?:still\\s+)?(?:being\\s+)?treated\\s+(?:in|at)\\s+(?:${WORD}\\s+){0,3}?hospitals?|(?:(?:are|were)\\s+(?:still\\s+)?(?:being\\s+)?treated\\s+for|(?:have\\s+|had\\s+)?(?:sustained|suffered))\\s+(?:[a-z]+\\s+){0,3}?(?:injuries|wounds))\\b`,
	'gi'
);
/**
 * "149 are in hospital", "60 are in hospital in a serious condition": a bare count in hospital is of the wounded, as
 * "69 people were treated in hospital" is (not "two are in hospital under police guard", "in hospital with cholera", "in
 * hospital in Ouagadougou", which say who they are or where; nor "18 were still in hospital", "61 remain in hospital",
 * those left of the wounded on a later day, no rival of their count).
 */
export const IN_HOSPITAL = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:others\\s+)?(?:are|were)\\s+(?:now\\s+)?(?:being\\s+treated\\s+)?in\\s+hospitals?\\b(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|but|after|in\\s+(?:a\\s+)?(?:serious|critical|stable|grave)\\s+condition|with\\s+(?:[a-z]+\\s+)?(?:injuries|wounds|burns))\\b)`,
	'gi'
);
/** "the bodies of four victims were taken to a hospital": a count right after "the bodies of" counts the dead. */
export const bodiesAt = (sentence: string, index: number) =>
	/\b(?:bodies|remains|corpses)\s+of\s+(?:all\s+)?(?:the\s+)?$/i.test(sentence.slice(Math.max(0, index - 28), index));
/** "Of the 125 people taken to hospital", "40 others were admitted to hospitals": those taken in are the wounded. */
export const TO_HOSPITAL = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:${WORD}\\s+){0,2}?${VICTIMS}\\s+(?:(?:were|had\\s+been|have\\s+been)\\s+)?(?:taken|admitted|rushed|brought)\\s+to\\s+(?:${WORD}\\s+){0,2}?hospitals?\\b`,
	'gi'
);
/**
 * "put the dead at 77 and the wounded at 255", "put the number of dead at 45": a count of the dead or the wounded given
 * as someone's figure.
 */
export const PUT_AT = pattern(
	`\\b(?:put|puts|putting|placed|places)\\s+the\\s+(?:number\\s+of\\s+)?(dead|wounded|injured)\\s+at\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b(?:\\s+and\\s+the\\s+(dead|wounded|injured)\\s+at\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b)?`,
	'gi'
);
/**
 * "The number of wounded was unchanged at 216", "the number of dead stood at 61", "the number of injured is 157": a
 * count standing where it is said to. (Not a comparison: "was one of the highest", "was 12 times higher".)
 */
export const NUMBER_AT = pattern(
	`\\bnumber\\s+of\\s+(?:people\\s+)?(dead|killed|wounded|injured)\\s+(?:(?:was|is|has\\s+been|had\\s+been|remained|remains|stood|stands)\\s+(?:unchanged\\s+|steady\\s+|still\\s+)?at|(?:is|was)(?:\\s+now)?)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b(?!\\s+(?:of|times|per|percent|higher|lower|more|fewer|greater)\\b|\\s*%)`,
	'gi'
);
/**
 * The groups a list goes on with after its first ("The dead included nine policemen, four volunteers and three media
 * workers"), read one at a time from where the one before ended, past an aside on the one before (", among them a
 * deputy superintendent", ", one of them a diplomat"). ("25 of them children" is a part of the group before, not a group of the list.)
 */
const MORE_GROUPS = pattern(
	`^(?:,\\s+(?:among\\s+them|including|(?:one|two|three|${NUMBER})\\s+of\\s+(?:them|whom))\\s+[^,;]{1,40})?(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:(?!(?:of|them|whom)\\b)${WORD}\\s+){0,2}?${VICTIMS})\\b`,
	'i'
);
/** One group a list goes on with: its qualifier, number, where it starts in the sentence, and who it counts. */
export interface MoreGroup {
	qualifier?: string;
	num: string;
	index: number;
	victims: string;
}
/** The groups (up to eight) a list goes on with after its first, which ends at `end` of `sentence`. */
export function moreGroupsAfter(sentence: string, end: number): MoreGroup[] {
	const out: MoreGroup[] = [];
	for (let at = end, i = 0; i < 8; i++) {
		const g = MORE_GROUPS.exec(sentence.slice(at));
		if (!g) break;
		out.push({ qualifier: g[1], num: g[2]!, index: at + g[0].indexOf(g[1] ?? g[2]!, 1), victims: g[3]!.trim() });
		at += g[0].length;
	}
	return out;
}

/**
 * "The dead included three police officers", "The dead: 217 passengers, …", "Those killed included two Americans", "The
 * 26 dead include seven Americans", "The victims included seven foreigners", "The dead comprised 20 soldiers and …",
 * "The victims were 12 soldiers, four policemen and two civilians" (victims are the dead), "Those hurt include 12 British
 * nationals" (the hurt are the injured).
 */
export const INCLUDED = pattern(
	`\\b(?:the\\s+(?:${NUMBER}\\s+)?(dead|injured|wounded|victims)|those\\s+(?=killed|injured|wounded|hurt)(killed|injured|wounded|hurt))(?:\\s+(?:included|include|includes|comprised|(?<=\\b(?:dead|victims)\\s+)were)|:)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:${WORD}\\s+){0,2}?${VICTIMS})\\b`,
	'gi'
);
/** "The bomber killed himself and 22 others": the count after the attacker is the toll. */
export const SELF_AND = pattern(
	`\\b(kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es))\\s+(?:himself|herself|themselves)\\s+and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b`,
	'gi'
);
/** "Fifty-three escaped in the following days", "12 of the hostages had escaped": a count of those who got away. */
export const ESCAPED = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:(?:${WORD}\\s+){0,2}?${VICTIMS}\\s+)?(?:have\\s+|had\\s+|later\\s+)?(escaped)\\b`,
	'gi'
);
/**
 * "put the toll at 30, not counting the three bombers", "a figure that does not include the six attackers": the
 * attackers left out of a toll of the dead are dead themselves.
 */
export const NOT_COUNTING = pattern(
	`\\b(?:not\\s+counting|not\\s+including|excluding|(?:does|did|do)\\s+not\\s+include)\\s+(?:the\\s+|all\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:suicide\\s+)?(?:attackers|bombers|gunmen|assailants|militants|terrorists|hijackers|insurgents))\\b`,
	'gi'
);
/** "Seven suspects blow themselves up", "Three bombers blew themselves up": those who did are counted dead. */
export const BLEW_UP = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+((?:${WORD}\\s+)?${VICTIMS})\\s+(?:had\\s+|then\\s+)?(?:blew|blow|blown)\\s+themselves\\s+up\\b`,
	'gi'
);
/** Causes of death that are no attack's. */
export const NO_ATTACK_CAUSE =
	'Covid(?:-19)?|coronavirus|cholera|malaria|measles|Ebola|disease|illness|hunger|starvation|heat(?:stroke)?|floods?|natural\\s+causes|old\\s+age|exposure';
/** The months by name, for "since January". */
const MONTH_NAMES = MONTHS.join('|');
/** "across the country", "across the Sahel": a count over a whole country or region. */
// ("three killed and 17 injured across the three attacks this week": a sum over several attacks; review 50, CV
// min/05-17.)
const ACROSS_THE =
	'\\bacross\\s+the\\s+(?:country|region|province|state|north|south|east|west|Sahel)\\b|\\bacross\\s+(?:the|all)\\s+(?:(?:two|three|four|five|six|\\d+)\\s+)?(?:attacks|bombings|incidents)\\b';
/**
 * After a count, in its own clause: a stretch of time or a whole country or region it runs over ("this year", "so
 * far this year", "since 2015", "across the Sahel", "since the conflict began").
 */
const OVER_SPAN = `\\b(?:this|last)\\s+year\\b|\\bso\\s+far\\s+(?:this|in)\\b|\\bsince\\s+(?:(?:19|20)\\d\\d|${MONTH_NAMES}|records\\s+began|the\\s+(?:start|beginning|conflict|war|insurgency))\\b|${ACROSS_THE}`;
/** After a count: a stretch of time or a region, a year ("in 2023"), or a cause that is no attack ("from cholera"). */
const NO_ATTACK_AFTER = pattern(
	`${OVER_SPAN}|\\bin\\s+(?:19|20)\\d\\d\\b|\\b(?:from|of|with)\\s+(?:${NO_ATTACK_CAUSE})\\b|\\bfrom\\s+(?:terrorism|(?:jihadist|militant|terrorist|political)\\s+violence)\\b|\\bon\\s+the\\s+roads\\b|\\bin\\s+(?:custody|floods?|(?:road\\s+)?accidents?)\\b|\\bline\\s+of\\s+duty\\b`,
	'i'
);
/** Whether words after a count say it runs over time or a region, or counts deaths no attack caused. */
export const overTimeOrNoAttack = (words: string) => NO_ATTACK_AFTER.test(words);
/**
 * Before a count, in its own clause: a total over a conflict ("The overall toll of the insurgency … is"), but not the
 * total an attack's toll is brought to ("…, bringing the total death toll to 12").
 */
const NO_ATTACK_BEFORE =
	/(?<!\b(?:bringing|brought|brings|raising|raised|taking|took|pushing|pushed)\s+the\s+)\b(?:overall|total|cumulative|annual)\s+(?:death\s+)?toll\b|\b(?:overall|total|cumulative|combined)\s+(?:death\s+)?toll\s+(?:in\s+(?:the\s+)?[A-Z]|across\b|(?:of|from|for)\s+(?:the\s+|both\s+)?(?:two|three|four|five|both|twin|all)\b)|\bcombined\s+(?:death\s+)?toll\b|\btoll\s+of\s+the\s+(?:insurgency|conflict|war|violence|campaign)\b|\b(?:road|traffic)\s+(?:deaths|fatalities)\b|\bfatalities\s+from\s+terrorism\b/i;
/** A sentence that opens on a year: "In 2023, the region recorded 900 fatalities", "Last year, 1,100 people perished". */
const OPENS_ON_YEAR = /^\s*(?:(?:In|During|Since|By)\s+(?:19|20)\d\d\b|(?:Last|This)\s+year\b)/;
/**
 * Whether the count whose words are [start, end) of `sentence` is no toll of an attack: a count over time or a region,
 * or of deaths no attack caused. Read in the count's own clause only, so a comparison after a comma ("…, the deadliest
 * attack since the war began") leaves the count alone. The newer count readers (deaths reported, "the toll was", "the
 * number of dead", bodies found, two groups that died, those in hospital, a group after "including", "fatalities")
 * read no toll where it holds.
 */
export function noAttackCount(sentence: string, start: number, end: number): boolean {
	const { before, after } = clauseOfCount(sentence, start, end);
	return (
		NO_ATTACK_BEFORE.test(before) ||
		NO_ATTACK_AFTER.test(sentence.slice(start, end) + after) ||
		OPENS_ON_YEAR.test(sentence.slice(0, start))
	);
}
/** Verbs of keeping a count over a stretch of time. */
const RECORDED = 'recorded|counted|registered|logged|reported';
/**
 * Before a count, the incidents of a year it is counted over: "police recorded 10 shooting incidents last year, in which"
 * (review 54, GA min/08-8 gave a year's gun deaths in Japan to the Abe shooting).
 */
export const RECORDED_INCIDENTS = pattern(
	`\\b(?:${RECORDED})\\s+(?:[\\d,]+|[a-z]+)\\s+(?:[a-z]+\\s+)?(?:incidents|attacks|shootings|cases|killings)\\s+(?:last\\s+year|this\\s+year|in\\s+(?:19|20)\\d\\d)\\b[^.;]*$`,
	'i'
);
/** The verb every RECORDED_INCIDENTS match opens on, tested once per sentence before each count is. */
export const RECORDED_VERB = pattern(`\\b(?:${RECORDED})\\s`, 'i');

/**
 * How far past a count its clause is read for a stretch of time or a region by every count reader: past it a clause
 * has moved on ("wounded two others on the Champs-Elysees on Thursday night had spent years in prison … since 2001").
 */
const SPAN_REACH = 60;

/** Right after a count of any kind, a stretch of time: "has killed more than 1,500 people this year", "… since 2014". */
const OVER_TIME = pattern(
	`^(?:\\s+[\\w-]+){0,2}?\\s+(?:(?:so\\s+far\\s+)?this\\s+year|since\\s+(?:${MONTH_NAMES}|\\d{4})|(?:in|over|during)\\s+(?:the\\s+)?(?:past|last)\\s+(?:\\w+\\s+)?(?:years?|months?|decades?))\\b`,
	'i'
);
/**
 * A stretch of time or a region after a count that makes it a total whatever the verb's tense ("… in Turkish cities in
 * under a year": review 30, AF min/08-24 gave it to an air strike).
 */
const SPAN_ALWAYS = pattern(
	`\\bso\\s+far\\s+(?:this|in)\\b|\\bin\\s+(?:less\\s+than|under|just\\s+over|more\\s+than|over)\\s+(?:a|an|one|two|three|four|five|six|\\d+)\\s+(?:years?|months?|decades?)\\b|\\bsince\\s+then\\b|\\bsince\\s+an?\\s+(?:[a-z]+\\s+)?(?:insurgency|conflict|war|uprising|rebellion|campaign)\\b|\\bsince\\s+(?:(?:19|20)\\d\\d|${MONTH_NAMES}|records\\s+began|the\\s+(?:conflict|war|insurgency)\\s+began|the\\s+(?:start|beginning)\\s+of\\s+(?:the\\s+)?(?:year|conflict|war|insurgency|campaign|crisis|uprising|month|(?:19|20)\\d\\d))\\b`,
	'i'
);
/**
 * A conflict as the killer, before a count: "The insurgency in Cabo Delgado, which began …, has killed more than", "in
 * a conflict that has killed more than", "the war has so far claimed the lives of"; so is a series of attacks ("A wave
 * of bombings across Pakistan and Afghanistan over the past ten days has killed more than", "the latest in a series of
 * massacres that has killed more than 200 people in a week": review 38, AV min/05-3).
 */
const CONFLICT_KILLED =
	/\b(?:insurgency|conflict|war|violence|fighting|uprising|rebellion|campaign|crisis|(?:wave|spate|string|series|rash|flurry)\s+of\s+(?:[a-z-]+\s+)?(?:bombings|attacks|blasts|explosions|shootings|killings|raids|stabbings|massacres|ambushes))\b[^.;]{0,160}?\b(?:has|have|had)\s+(?:so\s+far\s+|now\s+)?(?:killed|claimed(?:\s+the\s+lives\s+of)?|left)\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|nearly\s+|about\s+|some\s+|over\s+|almost\s+)?$/i;
/** A conflict, then a relative clause up to a count: "the Hema-Lendu conflict of 1999 to 2003, in which an estimated ". */
const CONFLICT_WHICH =
	/\b(?:conflict|war|insurgency|uprising|rebellion|genocide)(?:\s+(?:of|in|from|between)\s+[^,;.]{1,40})?,?\s+(?:in\s+which|during\s+which|which|that)\s+[^.;,]{0,40}$/i;
/**
 * A sentence that opens on a span up to now or between two years: "Since the start of the year, 34 Israelis …", "Over
 * the same period, …", "Between 2000 and 2007 the National Socialist Underground murdered ten people" (the span may
 * stand a long subject away from the count: "Between 2000 and 2007, the neo-Nazi National Socialist Underground (NSU)
 * murdered nine men"; review 42, BI min/05-16).
 */
const OPENS_ON_SPAN =
	/^\s*(?:Since\s+(?:then|the\s+(?:start|beginning)\s+of\s+the\s+(?:year|month|war|conflict|insurgency))|So\s+far\s+this\s+year|Over\s+the\s+same\s+period|In\s+the\s+same\s+period|By\s+the\s+end\s+of\s+(?:(?:that|the|this|last)\s+(?:year|month|decade)|(?:19|20)\d\d)|Between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|From\s+(?:19|20)\d\d\s+(?:to|until)\s+(?:19|20)\d\d)\b(?:(?!,\s+(?:but|yet|and|while)\b)[^.;]){0,100}$/;
/** A clause opening on a span from a year, up to a count: "…recalls that since 2015, terrorist attacks have killed ". */
const SINCE_YEAR = pattern(
	`(?:^|[,;:]\\s*|\\bthat\\s+)Since\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:${MONTHS.join('|')})\\s+)?(?:19|20)\\d\\d\\b(?:(?!,?\\s+(?:but|yet|while|although|though)\\b|,?\\s+and\\s+(?:the|a|an|this|that)\\s)[^.;]){0,100}$`,
	'i'
);
/** A sentence opening on a span from an event, up to a count after its comma: "Since the abduction of … in April 2014, more than ". */
const SINCE_EVENT = /^\s*Since\s+(?:the|a|an|its|their)\s+[^,;.]{3,160},\s*(?:[\w-]+\s+){0,3}$/;
/** The perfect of a count's verb, right after it: "students have been kidnapped", "have died". */
const PERFECT_SINCE =
	/^\s+(?:[\w-]+\s+){0,3}?(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:been\s+(?:killed|kidnapped|abducted|seized|wounded|injured|arrested|detained)|killed|died|kidnapped|abducted)\b/i;
/** "this year" or "last year" (not "last year's Boston Marathon"), a span unless the one reader of dates reads it as part of a day or month. */
const YEAR_SPAN = /\b(?:this|last)\s+year\b(?!['’]s)/i;
/**
 * Attacks told as a kind, up to the count they killed: "ADF attacks killed more than ", "Attacks by the group killed
 * ". Not attacks the text has told of ("The attacks killed", "the two bombings killed").
 */
/** Two places joined, or a region's word: "in North Kivu and Ituri", "in the province". */
const SEVERAL_PLACES =
	/\bin\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?:the\s+)?[A-Z]|\b(?:provinces?|regions?|districts|states|countries)\b/;
const KIND_OF_ATTACKS =
	/^\s*(?:(?!(?:the|these|those|both|twin|its|their|his|her|all|one|two|three|four|five|six|seven|eight|nine|ten|coordinated|simultaneous|suicide|truck|\d[\d,]*)\b)[\w'’-]+\s+){0,3}?(?:attacks|raids|bombings|ambushes|massacres|assaults)\s+(?:(?:by|of)\s+[^,;]{1,40}?\s+)?(?:have\s+|had\s+)?killed\s+(?:(?:more|fewer)\s+than\s+|at\s+least\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+|up\s+to\s+)?$/i;
/** A perfect tense of harm, which sums up to now: "have been killed", "has killed", "had died". */
const PERFECT =
	/\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:been\s+)?(?:killed|died|wounded|injured|murdered)\b/i;
const ACROSS = pattern(ACROSS_THE, 'i');

/**
 * Whether the count whose words are [start, end) of `sentence` runs over a stretch of time or a region ("More than
 * 5,000 people have been killed across the Sahel so far this year", "The overall toll of the insurgency is 20,000"):
 * a key figure of the document, not the toll of any one attack. Not a count of one attack told with a year or a
 * region ("killed 50 people in Kerman in January this year", "killed at least 41 people across the country on Monday",
 * "since the start of the siege on Saturday"). Any count (`measure`, as figures.ts names it) followed at once by a
 * stretch of time runs over it; the clause's time and region words are read only for the dead and injured. `dates` are
 * the sentence's, as the one reader of dates read them: a day or month there tells one attack from a span.
 */
export function overTimeOrRegion(
	sentence: string,
	start: number,
	end: number,
	measure: string,
	dates: readonly DateMatch[]
): boolean {
	if (OVER_TIME.test(sentence.slice(end))) return true;
	// ("Since the abduction of 276 schoolgirls from Chibok in April 2014, more than 1,400 students have been kidnapped":
	// after a span opened by an event, a count in the perfect sums up to now, of any measure; review 33, AL min/10-14.)
	if (SINCE_EVENT.test(sentence.slice(0, start)) && PERFECT_SINCE.test(sentence.slice(end, end + 80))) return true;
	// (Of arrests and the rest, only the words right after the count: "arrested 300 people this year".)
	if (!/^(?:killed|injured)/.test(measure)) return false;
	const { before, after } = clauseOfCount(sentence, start, end);
	if (NO_ATTACK_BEFORE.test(before) || CONFLICT_KILLED.test(sentence.slice(Math.max(0, start - 220), start)))
		return true;
	if (OPENS_ON_SPAN.test(sentence.slice(0, start))) return true;
	// ("the Hema-Lendu conflict of 1999 to 2003, in which an estimated 50,000 people died": so is a count told in a
	// relative clause of a conflict; review 50, CX min/09-16 asked it of an attack in 1999.)
	if (CONFLICT_WHICH.test(sentence.slice(Math.max(0, start - 160), start))) return true;
	// ("Taken together they killed at least 87 people", after a week's three attacks: a sum of several; review 50, after
	// CV min/05-17 read r207's Ghazni attack as one. "Together they killed 23 people", of one event's two bombs, is its
	// toll.)
	if (
		/^\s*Taken\s+together,?\s+(?:they|these\s+attacks|the\s+(?:[a-z]+\s+)?attacks)\b[^.;]{0,60}$/i.test(
			sentence.slice(0, start)
		)
	)
		return true;
	// ("The Government recalls that since 2015, terrorist attacks in our country have killed more than 1,400 people": a
	// clause opening on a span from a year, its count in the perfect, sums up to now; review 43, BN min/04-11.)
	if (SINCE_YEAR.test(sentence.slice(0, start)) && PERFECT.test(sentence.slice(Math.max(0, start - 40), end + 40)))
		return true;
	// ("ETA's deadliest year was 1980, when it killed about 90 people": what a year held; review 42, BI min/08-5.)
	// (Only a count in its "when" clause: "In 2007, the deadliest year of the war, a truck bomb killed 135" is the bomb's.)
	if (
		/\b(?:deadliest|bloodiest|worst|most\s+violent)\s+year\b(?:\s+(?:was|came\s+in)\s+[^,;.]{1,20})?,?\s+(?:when|in\s+which)\s+[^.;,]{0,40}$/i.test(
			sentence.slice(0, start)
		)
	)
		return true;
	const clause = sentence.slice(start, end) + after.slice(0, SPAN_REACH);
	if (SPAN_ALWAYS.test(clause)) return true;
	// ("in January this year", "on March 3 this year": a month or day, not the year so far.)
	const inClause = (d: DateMatch) => d.index >= start && d.index + d.text.length <= start + clause.length;
	if (
		YEAR_SPAN.test(clause) &&
		PERFECT.test(before + clause) &&
		!dates.some((d) => inClause(d) && d.precision !== 'year' && YEAR_SPAN.test(d.text))
	)
		return true;
	// "ADF attacks killed more than 1,200 civilians in North Kivu and Ituri in 2022": attacks told as a kind, by no
	// article or count, over a whole year, are a year's sum, not two attacks (review 42, BJ min/03-20).
	// (Its year may follow the region's "and": up to the clause's mark.)
	const upTo = end + sentence.slice(end).search(/[,;.]|$/);
	const inRest = (d: DateMatch) => d.index >= end && d.index < upTo;
	// (Over several places or a region: "Coordinated attacks by Islamic State militants killed 130 people in Paris in 2015"
	// is one event's toll.)
	const rest = sentence.slice(end, upTo);
	if (
		KIND_OF_ATTACKS.test(before.slice(0, start - end)) &&
		(SEVERAL_PLACES.test(rest) || /\b(?:across|throughout)\b/i.test(rest)) &&
		dates.some((d) => inRest(d) && d.precision === 'year') &&
		!dates.some((d) => inRest(d) && d.precision !== 'year')
	)
		return true;
	// ("killed at least 41 people across the country on Monday": one day's attack, told across the country.)
	return ACROSS.test(clause) && !/\bovernight\b/i.test(sentence) && !dates.some((d) => d.precision === 'day');
}

/**
 * The words of a count's own clause before and after it: from the last comma, semicolon or colon before it, to the
 * next one, a conjunction or relative word, or a comparison ("…, the deadliest attack since the war began", "in the
 * deadliest bombing in the capital this year", "in Russia's deadliest attack this year", "in the first attack on the
 * capital this year"), which measures the count against others and leaves it its own.
 */
function clauseOfCount(sentence: string, start: number, end: number): { before: string; after: string } {
	const from = Math.max(
		sentence.lastIndexOf(',', start),
		sentence.lastIndexOf(';', start),
		sentence.lastIndexOf(':', start)
	);
	const rest = sentence.slice(end);
	const stop = rest.search(
		/[,;:]|\s(?:and|but|while|as|which|who)\s|\b(?:the|[\w-]+['’]s)\s+(?:deadliest|worst|bloodiest|biggest|largest|most)\b|\bthe\s+(?:first|second|third|fourth|fifth|latest|last)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|assault|strike|shooting|raid)s?\b/
	);
	return { before: sentence.slice(from + 1, end), after: stop < 0 ? rest : rest.slice(0, stop) };
}
/**
 * "Hospital officials reported 45 deaths", "confirmed 45 fatalities", "Forty-five deaths have been confirmed": a count
 * of deaths someone gave.
 */
export const DEATHS = pattern(
	`\\b(?:reported|confirmed|recorded|registered|counted)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:deaths|fatalities)\\b|(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:deaths|fatalities)\\s+(?:have\\s+been|had\\s+been|were|are)\\s+(?:now\\s+)?(?:confirmed|reported|recorded)\\b`,
	'gi'
);
/**
 * A total after a verb of death and its comma: "132 children and nine members of the school staff were martyred, 141 in
 * all" (review 40, BC min/02-6 kept the live page's earlier 104); "were killed – at least 30 people in all".
 */
export const IN_ALL_AFTER = pattern(
	`\\b(?:were|was|have\\s+been|had\\s+been)\\s+(killed|martyred|wounded|injured)\\s*[,–—-]\\s*(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:(?:people|persons|victims)\\s+)?(?:in\\s+all|in\\s+total|altogether)\\b`,
	'gi'
);
/** "The death toll was 45 on Tuesday", "The toll from Monday's blast is 45": the toll said as what it is. */
export const TOLL_WAS = pattern(
	`\\b(?:death\\s+)?toll\\s+(?:(?:from|of|in)\\s+(?:[\\w'’-]+\\s+){1,5}?)?(?:was|is|now\\s+is|remained|remains)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b(?!\\s*(?:%|percent|per\\s+cent|years?|times)\\b)`,
	'gi'
);
/**
 * "The bodies of 12 victims were recovered from the rubble", "marines found the bodies of 72 migrants on a ranch" (review
 * 27, min/z06-1): those whose bodies were found are the dead.
 */
export const BODIES_OF = pattern(
	`\\b(?:bodies|remains)\\s+of\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:victims|people)\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:recovered|found|pulled|retrieved)\\b|\\b(?:found|recovered|discovered|retrieved|exhumed|uncovered)\\s+the\\s+(?:bodies|remains)\\s+of\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?=[a-z])`,
	'gi'
);
/** "received 33 bodies", "recovered 12 bodies". */
export const BODIES = pattern(
	`\\b(?:received|recovered|counted|found|pulled)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+bodies\\b`,
	'gi'
);
/** A finite "died" after a participle's phrase: "(Two more people wounded) in the shooting died on Monday". */
export const DIED_LATER = /^[^,;.]*?\b(?:died|succumbed)\b/i;
/** "Officials at first put the toll at 16": the first count, which a later one in the text replaces. */
export const FIRST_PUT =
	/\b(?:at\s+first|initially|first|(?:early|earlier|first|initial|preliminary)\s+(?:[\w-]+\s+){0,2}?(?:estimates?|counts?|figures?|reports?|tolls?|tally|tallies)(?:\s+(?:given|issued|released|announced|published)\s+(?:by|on)\s+(?:[\w'’.-]+\s+){1,5}?[\w'’.-]+)?)\s+$/i;
/**
 * "had earlier put the toll at 27": before a verb of putting, "earlier" says the count was replaced; before "rose"
 * ("The death toll earlier rose to 30") it only says when the rise was told.
 */
export const EARLIER_PUT = /\b(?:earlier|previously|originally)\s+$/i;
/**
 * "Officials first said 25 people had died", "had earlier put the dead at 27", "up from 26 dead in its first figures",
 * "An earlier figure of 67 dead", "The provisional figure of 43 dead", "Initial reports said 40 people had been killed",
 * "The figures released on Thursday were provisional: eight dead", "Earlier figures that gave 27 dead have been corrected",
 * "Earlier it had said 72 people died":
 * words right before a count that say a later count in the text replaces it.
 */
export const REPLACED_BEFORE =
	/(?:\b(?:at\s+first|initially|first|originally|earlier|previously)\s+(?:(?:it|they|he|she|officials|police|the\s+[a-z]+)\s+)?(?:had\s+)?(?:said|reported|announced|gave|counted|put)\b[^.;,]*|\b(?:up|down)\s+from\s+|\b(?:an?|the|its|their)\s+(?:earlier|first|initial|provisional|preliminary|original|previous)\s+(?:figure|count|toll|death\s+toll|estimate|tally)\s+(?:of|was|stood\s+at|had\s+been)\s+|\b(?:initial|first|early|earlier|preliminary|provisional)\s+(?:reports?|figures?|counts?|estimates?|tallies)\s+(?:(?:that|which)\s+)?(?:(?:had|have)\s+)?(?:said|put|gave|given|showed|shown|were|spoke\s+of|reported|mentioned|cited)\b[^.;,]*|\b(?:were|was)\s+provisional\s*:[^.;]*|\bhad\s+(?:given|reported|announced)\s+(?:a|the|its)\s+(?:death\s+)?toll\s+of\s+)$/i;

/**
 * After a count, the clause that says it was replaced, giving no count of its own: "state media had reported 235 dead;
 * the figure was raised the next day", "…, a figure later revised".
 */
export const REPLACED_AFTER =
	/^[^.;]{0,40}?(?:;|,|\s+but|\s+and)\s+(?:the|that|this|a)\s+(?:figure|toll|count|number|tally|estimate)\s+(?:(?:was|has\s+been|had\s+been|that\s+was)\s+)?(?:later\s+|since\s+|subsequently\s+)?(?:revised|raised|corrected|updated|lowered|increased)\b[^\d]*$/i;

/** "One special forces officer": the group is asked in the plural ("How many special forces officers…"). */
const PLURAL: Record<string, string> = {
	child: 'children',
	man: 'men',
	woman: 'women',
	person: 'people',
	thief: 'thieves',
	wife: 'wives',
	life: 'lives',
	czech: 'Czechs'
};
/**
 * Words that already name many, or are the same in both numbers: "police", "Japanese", "Swiss", "staff", "Taliban",
 * "mujahideen", "sheep".
 */
const MANY =
	/(?:s|people|men|women|children|police|personnel|staff|crew|clergy|militia|ese|Swiss|Taliban|mujahideen|mujahedeen|mujahidin|Janjaweed|sheep|fish|aircraft|cattle|offspring)$/i;
/** Words of a compound whose "-man" is the word man: "policeman", "gunman", "Frenchman" (not "human", "German"). */
const MAN_COMPOUND =
	/(?:police|fire|gun|French|Dutch|English|Irish|Welsh|Scots|chair|spokes|service|fisher|clans|tribes|camera|work|post|watch|boat|country|kins|sales|business|church|lay|horse|sea|air|fore|guards|yachts|crafts|trades|noble|gentle|states|militia|bats|marks|herds|husband)(?:wo)?man$/i;
/**
 * A group as "How many …" asks about it: "one child" and "an Indian student" ask about children and Indian students.
 * The word pluralised is the head of the group, the last before what it is of or from ("member of the Security
 * Directorate", "boy of two"), or before a participle ("bystander caught in crossfire"); a word that already names
 * many, one that is the same in both numbers ("Japanese", "Taliban") or a state ("people in serious condition") stays
 * as it is, and so does a group of two ("a man and a woman"), which no one word names.
 */
export function plural(victims: string): string {
	if (/\s(?:and|or)\s/i.test(victims)) return victims;
	const of = /\s(?:of|from|in|at|on|with|aged|under|over|near|who|caught|killed|wounded|injured|shot)\s/i.exec(victims);
	const head = of ? victims.slice(0, of.index) : victims;
	// ("passer-by", "son-in-law": the first part is the noun.)
	const word = /([\p{L}'’]+)((?:-by|-in-law|-of-war)?)$/u.exec(head);
	// ("UN", "NATO": an acronym names a body, not one of many.)
	if (!word || /['’]/.test(word[0]) || /^\p{Lu}{2,}$/u.test(word[1]!)) return victims;
	const [, w, tail] = word as unknown as [string, string, string];
	// ("French", "British", "Dutch" name a nation's people.)
	const irregular = PLURAL[w.toLowerCase()];
	if (!irregular && (MANY.test(w) || /^\p{Lu}.*(?:ch|sh)$/u.test(w))) return victims;
	const many =
		irregular ??
		(MAN_COMPOUND.test(w)
			? w.replace(/an$/i, 'en')
			: /(?:sh|ch|x|z)$/i.test(w)
				? `${w}es`
				: /[^aeiou]y$/i.test(w)
					? `${w.slice(0, -1)}ies`
					: `${w}s`);
	return victims.slice(0, word.index) + many + tail + victims.slice(head.length);
}

/** The victims named right after a count ("175 civilians and 13 US soldiers"), when they are not just people. */
export function victimsAt(sentence: string, at: number): string | undefined {
	VICTIMS_AT.lastIndex = at;
	const m = VICTIMS_AT.exec(sentence);
	// ("14 innocent people were killed": a word of pity names no group; review 38, AX min/02-7 asked Kenyatta's early
	// count of "innocent people" beside the later toll of all.)
	const v = m?.[1]?.replace(/^(?:innocent|ordinary)\s+/i, '');
	// "at least 40 civilians and volunteer fighters": one count of two groups is no count of either.
	if (m && MIXED_AFTER.test(sentence.slice(m.index + m[0].length))) return undefined;
	// "six deaths among civilians and security forces": deaths among two groups are no count of either.
	if (m && /^deaths?\s+among\s/i.test(v ?? '') && /^\s+(?:and|or)\s/i.test(sentence.slice(m.index + m[0].length)))
		return undefined;
	// (findFigures asks every group in the plural: "one child" is counted among children.)
	return v && !/^(?:people|persons|person|others)$/i.test(v) ? v : undefined;
}
/**
 * A second group joined to the first with no count of its own: "… civilians and volunteer fighters" (not "12 soldiers
 * and a civilian employee", one more, or "two guests and three passers-by", counted apart).
 */
const MIXED_AFTER = pattern(
	`^\\s+(?:and|or)\\s+(?:(?!(?:${NUMBER}|an?|another|other|more)\\b)[a-z-]+\\s+){0,2}?(?!(?:${NUMBER})\\b)${VICTIMS}\\b`,
	'i'
);
/**
 * A count and the victims right after it, read where the count starts (sticky, so no copy of the sentence). ("eight
 * more girls" are girls: a group is asked "How many girls …", not "How many more girls …".) Up to three words before
 * who they were: "four U.S. special forces soldiers" (review 47, CJ min/03-10 asked the four as all the dead).
 */
const VICTIMS_AT = pattern(
	`(?:${NUMBER})\\+?\\s+(?:(?:more|further)\\s+)?(?:of\\s+(?:the|its|their|his|her)\\s+)?((?:(?!(?:killed|dead|died|injured|wounded|hurt|as|and|or|were|was|are|is|in|on|at|of|after|before|until|when|while|by|from|more|further)\\b)[A-Za-z][\\w.-]*\\s+){0,3}?${VICTIMS})\\b`,
	'iy'
);
