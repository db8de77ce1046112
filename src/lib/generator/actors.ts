/**
 * Actors: people with their role and affiliation ("Amira Jadoon, assistant professor of political science at …",
 * "US State Department official Ian McCary"), and who claimed an attack, who blamed whom, who warned whom.
 */
import { describedAfter, describedBare, describedBefore, LABEL } from './appositions';
import { claimantBefore, KNOWN_GROUP, organisationIn, TIED } from './claimants';
import { isStateOffice } from './countries';
import { denied, findClaims } from './claims';
import { AND_PLACE_NAMES, NAME_CHAR } from './event-patterns';
import { keyedMatches, matches } from './matches';
import { MONTHS, WEEKDAYS } from '../lang';
import { pattern } from '../lang/pattern';

/** The last word of an institution's or a place's name, which names no person: "Easton Crown Court". */
const INSTITUTION_END =
	/\b(?:Court|Hospital|School|University|Academy|College|Station|Airport|Stadium|Hotel|Mosque|Church|Cathedral|Centre|Center|Ministry|Council|Square|Street|Road|Market|Prison|Barracks|Division|Department|Office|Bureau|Agency|Unit|Service|Corporation|Corp|Company|Group|Holdings|PLC|LLC|Bank|Airlines|Airways|Ltd|Limited|Inc)$/;

/**
 * A group told only by what it is: "the al Qaeda-linked group", "an armed faction" (not "the al-Qaida-linked al-Shabab
 * militant group", which names it).
 */
const UNNAMED_GROUP = pattern(
	`^(?:the|an?)\\s+(?:(?:(?:al|el)\\s+)?[\\w'’]+-${TIED}\\s+|(?!(?:al|el)-)[a-z][\\w'’-]*\\s+){1,3}(?:group|faction|organi[sz]ation|movement|militia|outfit)$`,
	'i'
);

export interface ActorMatch {
	kind: 'actor' | 'claim' | 'blame' | 'warning' | 'denial';
	/** The person for roles; the claimant, blamer, warner or denier otherwise. */
	subject: string;
	/** The role for people; what was claimed; who was blamed or warned. */
	value: string;
	/** Other names the text gives the subject ("also known as … ISKP (ISIS-K)"). */
	aliases?: string[];
	/** For blame: what the blame is for, when it is not an attack ("cutting police patrols in the harbour"). */
	reason?: string;
	/** For roles: the institution the person works for ("Clemson University", "Wilson Center"). */
	affiliation?: string;
	/** For roles: one its holder left by dying ("The death of AQAP's leader Khalid Batarfi"), asked as "Who was …". */
	past?: boolean;
	/** For claims: the name the claimed object gives its event ("the Harbour Street bombing"). */
	names?: string;
	/** The exact words to quote, a substring of the sentence. */
	quote: string;
	index: number;
}

/** A capitalised name word: "Jadoon", "McCary", "O’Brien", "Al-Shamrani". */
const NAME_WORD =
	"[A-ZÀ-ÖØ-ÞĀ-ſ](?:[a-zß-öø-ÿĀ-ſ]+(?:['’]?[A-Z][a-zß-öø-ÿĀ-ſ]+|['’](?!s\\b)[a-z](?![a-z]))?|['’][A-Z][a-zß-öø-ÿĀ-ſ]+)(?:-[A-Z]?[a-zß-öø-ÿĀ-ſ]+)?";
/**
 * Capitalised words that open a sentence or belong to the name of a body, never a person's first or later name:
 * "Meanwhile Abdul Rahman Khan", "Director General Inter-Services Public Relations Major General Asif Ghafoor".
 */
const NOT_NAME =
	'(?!(?:Meanwhile|However|Separately|Also|Later|Earlier|Then|But|And|Yet|Still|Now|Instead|Elsewhere|Public|Relations|Services|Forces|Directorate|Agency|Ministry|Department|Police|Army|Institute|Centre|Center|Council|Committee|Commission|Front|Party|Movement|Complex|Hospital|University|Stadium|Airport|Station|Avenue|Square|Hotel|Mosque|Cathedral|Palace|Causeway|Memorial|Terminal|Restaurant|Cinema|Corps|Building|Distillery|Comics|Company|Academy|College|School|Quarters|Training|Military|Economic|Medical|Shipping|Motors|Holdings|Properties|Plaza|Prize|Foundation|Cruises?|Zone|Range|Sector|Command|Supreme)\\b)';
const PERSON = `((?:(?:Gen|Lt|Col|Maj|Adm|Dr|Prof|Mr|Ms|Mrs|Sen|Gov)\\.?\\s+|(?:Sheikh|Shaikh|Mullah|Maulana|Haji|Shri|Smt)\\s+)?(?:(?:[A-Z]\\.){1,3}\\s?${NAME_WORD}(?:\\s+${NOT_NAME}${NAME_WORD}){0,2}|${NOT_NAME}${NAME_WORD}(?:\\s+[A-Z]\\.(?=,)|(?:\\s+(?:al-|el-|bin\\s+|de\\s+|van\\s+|der\\s+|den\\s+|du\\s+|da\\s+|di\\s+|del\\s+|dela\\s+|von\\s+)?${NOT_NAME}${NAME_WORD}){1,5})))`;
const ROLE_NOUN =
	'(?:professor|director|fellow|head|chief|minister|president|official|spokesperson|spokesman|spokeswoman|analyst|researcher|leader|commander|general|secretary|ambassador|editor|expert|co-founder|founder|author|lecturer|adviser|advisor|chair|chairman|chairwoman|correspondent|governor|mayor|member|scholar|officer|coordinator|manager|deputy|envoy|investigator|prosecutor|historian|economist|partner|dean|vice|associate|commissioner|lawyer|attorney|agent|coroner|justice|judge|sheriff|superintendent|inspector|barrister|principal|suspect|mastermind|ringleader|driver|engineer|cartoonist|owner|shopkeeper|trader|pilgrim|witness|survivor|student|teacher|doctor|surgeon|nurse|imam|priest|bishop|guard|journalist|reporter|photographer|activist|speaker|emir)';
/**
 * Words that never open or run a role: a verb or a conjunction after the comma ("Néstor Martínez, has identified the
 * driver", "Shelby, North Carolina, after a driver recognized his car") goes on with the sentence, and a participle or
 * preposition ("Ahmed Musa, shot by a guard,", "…, like every trader in the market,", "…, then a student,") says what
 * befell the person or what they were like, not what they are.
 */
const NOT_ROLE_WORD =
	'(?!(?:has|have|had|was|were|is|are|will|would|said|says|told|after|before|when|while|where|who|which|whose|and|but|as|because|since|until|if|by|like|unlike|once|then|formerly|with|from|at|in|on|of|to|a|an|the|every|each|shot|interviewed|killed|wounded|injured|seen|named|identified|described)\\b)';
/** "Amira Jadoon, assistant professor … University," — the role runs to the next comma. */
const AFTER_NAME = pattern(
	`${PERSON},\\s+(?:\\d{1,3},\\s+(?!(?:a|an|the)\\s))?((?:a|an|the)\\s+)?((?:(?:[A-Z][\\w.-]*\\s+){0,3}[A-Z][\\w.-]*(?:['’]s|s['’])\\s+|(?<=(?:a|an|the)\\s+)(?:[A-Z][\\w.-]*\\s+){1,3})?(?:${NOT_ROLE_WORD}[a-z][\\w-]*\\s+){0,3}${ROLE_NOUN}\\b(?!\\s+(?:office|offices|building|department|quarters))(?:[^,.;:“”"()]|(?<=\\b[A-Z])\\.)*?)(?=,|(?<!\\b[A-Z])\\.(?:\\s|$)|;|\\s+(?:said|says|told)\\b|$)`,
	'g'
);
/**
 * Whose office a title names, after "of", where a comma then sets the person apart ("The Minister of Interior, Salameh
 * Hammad,"), or a minister's ministry in its one or two words ("Minister of Information Daud Aweis"). Otherwise the
 * words after "of" may run on into the name ("Inspector General of Police Sindh Syed Kaleem Imam"), so the title is
 * read without them.
 */
const OF_OFFICE = `(?:\\s+of\\s+(?:the\\s+)?(?:[A-Z]${NAME_CHAR}*\\s+){0,3}[A-Z]${NAME_CHAR}*(?:\\s+police)?(?=,)|(?<=Minister|Secretary)\\s+for\\s+(?:[A-Z]${NAME_CHAR}*\\s+){0,2}[A-Z]${NAME_CHAR}*(?=,)|(?<=Minister|Secretary)\\s+of\\s+(?:Interior|Defen[cs]e|Health|Information|Justice|Finance|Education|Foreign\\s+Affairs|Home\\s+Affairs)\\b)?`;
/**
 * "US State Department official Ian McCary", "Russian President Vladimir Putin", "State Coroner Michael Barnes",
 * "U.S. Attorney Scott Brady", "Quebec Superior Court Justice Francois Huot", and in apposition as British and
 * Australian copy has it: "The Foreign Minister, Alexander Downer, said", "The Minister of Interior, Salameh Hammad",
 * "The vice chancellor of Pims, Prof Javed Akram".
 */
const TITLE = `(?:(?:Deputy\\s+|Assistant\\s+)?Chief\\s+(?:Constable|Inspector|Superintendent)|Detective\\s+(?:Chief\\s+)?(?:Inspector|Superintendent|Sergeant|Constable)|Constable|Chief Executive|High Commissioner|Speaker|King|Queen|Pope|(?:(?:Chief|Deputy|Senior)\\s+)?(?:Police|Fire|Warrant|Petty|Executive|Medical|Press|Information)\\s+Officer|Head\\s+(?:Coach|Nurse|Imam|Teacher|of\\s+(?:Government|State))|(?:Lieutenant[\\s-])?Colonel|Lieutenant|Captain|Sergeant\\s+Major|Sergeant|Adviser|Advisor|prosecutor|attorney|(?:operation\\s+)?leader|official|President|Prime Minister|Minister|Foreign Minister|spokesperson|spokesman|spokeswoman|Secretary|Ambassador|Chancellor|[Vv]ice[- ][Cc]hancellor|analyst|researcher|envoy|commander|General|Gen\\.|Commissioner|commissioner|Governor|governor|Mayor|mayor|Senator|Prosecutor|director|chief|Chief|Director|Coroner|Attorney|Justice|Judge|(?:Chief\\s+|Senior\\s+|Resident\\s+)?Magistrate|Inspector[- ]General|Superintendent|Sheriff)${OF_OFFICE}`;
/** A common noun that says whose a lowercase title is: "police chief David Kimaiyo", "army spokesman …". */
export const TITLE_OWNER =
	'(?:police|army|military|security|intelligence|opposition|party|government|rebel|militant|defence|defense|interior|foreign|prison|fire|district|county|city|regional|provincial|local|senior|deputy|former|acting|top|health|hospital|emergency|rescue|justice|information|national|federal|state|ministry|services|navy|naval|airport|railway|transport|[Cc]oast\\s+guard|border|customs|unit|squad|cell|branch|wing)';
/** Places whose names hold "and", whole before a title: "Jammu and Kashmir Chief Minister Omar Abdullah". */
const AND_PLACES = `(?:${[...AND_PLACE_NAMES.map((n) => n.replace(/ /g, '\\s+')), 'Kabardino-Balkaria'].join('|')})`;
/**
 * A rank between a post and the name: "East Java Regional Police chief Inspector General (Irjen) Machfud Arifin" (review
 * 33, AM min/09-3, which read the rank as the chief's name). Neither the post's words nor the name's.
 */
const RANK =
	'(?:(?:Inspector|Police|Major|Lieutenant|Brigadier|Air|Vice|Rear)[\\s-]+(?:General|Marshal|Admiral)|Brigadier|(?:Lieutenant[\\s-]+)?Colonel|Commissioner|Superintendent)';
const BEFORE_NAME = pattern(
	`((?:(?:(?:al|el)-[A-Z]${NAME_CHAR}*|${AND_PLACES}|[A-Z][\\w.'’-]*|\\([A-Z]{2,}\\)|of|the|de|del|da|dos|du|des|la)\\s+){0,5}(?:(?:${TITLE_OWNER}|[a-z]+['’]s(?:\\s+(?:chief|senior|deputy|top))?)\\s+(?:${TITLE_OWNER}\\s+)?)?${TITLE}(?:\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,2}(?=\\s+(?:Mr|Mrs|Ms|Dr)\\.?\\s+[A-Z]))?)(?:\\s+${RANK}(?:\\s+\\([A-Z][A-Za-z]*\\))?)?,?\\s+${PERSON}(?![\\wÀ-ÖØ-öø-ÿĀ-ſ])`,
	'g'
);
/** The title every BEFORE_NAME match holds, after at most six words (five, then whose title it is). */
const TITLE_WORD = pattern(TITLE, 'g');
/**
 * "Gulnara Tashieva of the Osh Migration Project, which works with …", "Omar Dahir of the Brookings Institution said":
 * a person given by the institution they are with, an institution by the word its name ends in.
 */
const OF_INSTITUTION = pattern(
	`(?<![A-Z][\\w.'’-]*\\s)${PERSON}\\s+of\\s+the\\s+((?:[A-Z][\\w'’&-]*\\s+){0,5}(?:Project|Institute|Institution|Centre|Center|Foundation|Council|University|Programme|Program|Forum|Endowment|Commission|Initiative|Observatory|Network|Group|Society|Association|Trust|Fund|Watch))(?=\\s*[,.;]|\\s+(?:said|says|told|argued|wrote|added|which|who)\\b)`,
	'g'
);
/** Words of places and firms named after kings and captains that may also be surnames ("Park", "Hall", "Port"). */
const THING_WORD =
	/\b(?:Port|City|Street|Park|Hall|Church|Ferry|Bank|Lines|United|Road|Bridge|Market|Humanitarian|Petroleum|Aid|Studies|Relief)\b/;
/** Words that open a title or a name of a thing, never a person's name: the person "of" an institution is not them. */
const TITLE_WORDS =
	/\b(?:Director|General|President|Senior|Fellow|Research|Associate|Assistant|Executive|Managing|Saint|St|Chairman|Chairwoman|Secretary|Minister|Professor|Lord|Sir|Head|Chief|Deputy|Vice|Friends|Rights|Watch|Society|Crescent|Cross)\b/;
/** "Lena Fors is director of the energy programme at the Baltic Forum": a role given with "is". */
const IS_ROLE = pattern(
	`${PERSON}\\s+(?:is|was)\\s+((?:a|an|the)\\s+)?((?:[a-z][\\w-]*\\s+){0,3}${ROLE_NOUN}\\b[^,.;:“”"()]*?)(?=[,.;]|\\s+(?:who|and|but|since)\\b|$)`,
	'g'
);
/** "Qassem Soleimani—the Islamic Revolutionary Guard Corps leader whom …" */
const DASH_ROLE = pattern(`${PERSON}\\s*[—–]\\s*(the\\s+(?:${NAME_CHAR}+\\s+){0,6}${ROLE_NOUN})\\b`, 'g');
/** "Abdi's lawyer, Sara Lind, said …", "al-Qaeda's leader, Ayman al-Zawahiri,": a role held for someone, given before the name. */
const OWNER_ROLE = pattern(
	`\\b((?:(?:al|el)-)?[A-Z]${NAME_CHAR}*(?:\\s+[A-Z]${NAME_CHAR}*){0,2}['’]s\\s+(?:[a-z][\\w-]*\\s+){0,2}${ROLE_NOUN}(?:-[a-z]+)?),\\s+${PERSON},`,
	'g'
);
/** "Mara Voss, who heads the security programme at the Tarn Institute,": a role given by its verb. */
const WHO_ROLE = pattern(
	`${PERSON},\\s+who\\s+(heads|leads|directs|chairs|runs)\\s+((?:the|a|an)\\s+[^,.;:?!“”"()]+?)(?=[,.;?!]|\\s+(?:and|said|says)\\b|$)`,
	'g'
);
const ROLE_OF_VERB: Record<string, string> = {
	heads: 'head',
	leads: 'leader',
	directs: 'director',
	chairs: 'chair',
	runs: 'head'
};
/**
 * "Police named the gunman as Omar Haddad", "Police name the attacker as …" (a live entry's present), "The gunman has
 * been named as Omar Haddad", "the attacker was identified by police as …", "named the assailant in the attack outside
 * parliament on Wednesday as 52-year-old Khalid Masood": the part a person played in the attack, as the police give it.
 */
const NAMED_AS = pattern(
	`\\b(?:(?:name[ds]?|identif(?:y|ies|ied))\\s+the\\s+|[Tt]he\\s+(?=(?:suicide\\s+)?(?:bomber|attacker|gunman|assailant|shooter|driver|suspect)\\s+(?:has|had|have|was|were|is)\\s))((?:suicide\\s+)?(?:bomber|attacker|gunman|assailant|shooter|driver|suspect))(?:\\s+(?:in|behind)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:attacks?|bombings?|shootings?|stabbings?|assault|massacre|siege)(?:\\s+(?:on|at|in|outside|near)\\s+[^,;.]{1,40}?)?)?\\s+(?:(?:has|had|have)\\s+been\\s+|was\\s+|were\\s+|is\\s+)?(?:(?:named|identified)\\s+)?(?:by\\s+(?:[\\w-]+\\s+){1,4}?)?as\\s+(?:(?:a\\s+)?\\d{1,2}-year-old\\s+)?${PERSON}`,
	'g'
);

/**
 * "Police named Gokmen Tanis, a 37-year-old man born in Turkey, as a suspect", "identified Omar Haddad as the gunman":
 * the name before the part, with an aside between (review 24, min/t09-1).
 */
const NAMED_PERSON_AS = pattern(
	`\\b(?:named|names|identified)\\s+${PERSON}(?:,\\s+[^,;.]{3,60},)?\\s+as\\s+(?:a|the)\\s+(?:(?:main|chief|prime|lead)\\s+)?(suspect|gunman|attacker|bomber|driver|assailant|shooter)\\b`,
	'g'
);

/**
 * "claimed responsibility for …", "claims responsibility" (a headline's present), "claimed credit", "admitted
 * responsibility" (by a group, for an attack).
 */
const CLAIM =
	/\b(?:(?:swiftly|quickly|promptly|later|also|has|have|had)\s+)*(?:claimed|claims|admitted|admits)\s+(?:responsibility|credit)\b(?:\s+(?:on\s+\w+\s+)?for\s+([^.;,—–]+?)(?=\s+(?:that|which|who|at|in|on)\b|[.;,—–]|$))?/g;
/**
 * A time between a claimant and its verb ("The Islamic State on Monday claimed"), or before it ("Later on Monday",
 * "Four days later").
 */
const WHEN =
	/(?:^|\s+)(?:(?:(?:[Ll]ater|[Ee]arlier|[Ll]ate|[Ee]arly)\s+)?(?:[Oo]n|[Ii]n|[Bb]y)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|\d{4})|(?:[A-Za-z][a-z]+|\d+)\s+(?:hours?|days?|weeks?|months?)\s+(?:later|earlier))(?:,\s*)?(?=\s|$)/g;
/**
 * "blamed the Northern Front", "blamed the attack on the Northern Front", "blamed a local militia, the Zarin Defence
 * Volunteers": the one blamed, by name.
 */
/** What a possessive blamed owns, and its name set off after it: " intelligence agency, the Research and Analysis Wing (RAW),". */
const OWNED_BLAMED =
	/^\s+((?:(?!(?:for|of|in|on|at|over|after|with|by|and|as|to|who|which|that)\b)[a-z-]+\s+){0,2}(?!(?:for|of|in|on|at|over|after|with|by|and|as|to|who|which|that)\b)[a-z-]+)(?:,\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|the)?\s*[A-Z][\w'’-]*)*(?:\s+\([A-Z]{2,}\))?)(?=,))?/;
// ("The government blamed al Shabaab", "holds the terrorist group al-Shabaab (the khawarij) responsible": a particle
// before the name, and a body held responsible, named between the verb and "responsible"; review 23, min/s01-5, s04-6.)
// ("blamed the enemies of Iran": those of a name are blamed, not the name; review 29, AD min/09-7 asked "Iran".)
const BLAME =
	/\b(?:continues?\s+to\s+|continued\s+to\s+)?(?:point(?:s|ed)?\s+the\s+finger\s+at|blamed|blames|attributed\s+(?:\w+\s+)?blame\s+to|accused|accuses|held\s+responsible|holds\s+responsible|(?:holds?|held)(?=\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:al|el)[-\s])?[A-Z][^.;]{0,60}?\s+responsible\b))\s+(?:(?:the|this|that|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|shootings?|killings?|massacres?|assaults?|raids?|explosions?|ambush)\s+on\s+|(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?(?:militia|group|faction|cell|network|organi[sz]ation|movement|party),\s+|the\s+(?:[a-z-]+\s+){1,2}(?<!\bof\s+)(?=(?:(?:al|el)[-\s])?[A-Z]))?((?:the\s+(?:[a-z-]+\s+)?[a-z]+s\s+of\s+(?=(?:the\s+)?[A-Z]))?(?:the\s+)?(?:(?:al|el)[-\s](?=[A-Z]))?(?:[A-Z][\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*)(?:\s+(?:of\s+(?:the\s+)?|in\s+(?:the\s+)?|(?:al|el|ad|an|ar|as|ash|at|az|ez)-(?=[A-Z]))?[A-Z][\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*)*(?:(?<=-backed|-linked|-aligned|-allied)\s+(?:factions|groups|militias|fighters|rebels|forces|militants|cells))?)/g;
/** A spokesman of the state or its forces: "The government spokesman", "a spokesman for the army". */
const STATE_SPOKESMAN =
	/\b(?:government|police|army|ministry|interior|presidential|presidency|defence|defense)\s+spokes(?:man|woman|person)\b|\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?(?:government|police|army|military|ministry|president|presidency|interior)\b/i;
/** What of a people or a place are blamed: " separatists", " militants". */
const GROUP_NOUN =
	/^\s+(separatists|militants|rebels|insurgents|extremists|nationalists|jihadists|fighters|gunmen|sympathi[sz]ers|supporters|loyalists|affiliates|followers)\b/;
/** What a blame is for when it is no one attack: "a wave of violence in recent years", "years of unrest". */
const GENERAL_REASON =
	/^(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,2}(?:wave|waves|series|string|spate|campaign|years|decades)\s+of\b|(?:past|previous|earlier|recent|years\s+of)\s+(?:violence|unrest|attacks)\b|violence\b|unrest\b)/i;
/** A second name blamed, after the first: " and Israel", " and the UAE" (not " and said …"). */
const AND_BLAMED =
	/^\s+and\s+((?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3})(?=\s+(?:for|of|over|on)\b|[,.;]|$)/;
/** A doer named as blamed: a name, or what a named body owns ("Pakistan's military intelligence"). */
const BLAMED_NAME =
	"(?:the\\s+)?(?:(?:al|el)-)?[A-Z][\\w'’.-]*(?:\\s+(?:of\\s+(?:the\\s+)?|(?:al|el)-)?[A-Z][\\w'’.-]*){0,4}(?:\\s+(?:network|group|movement|militia|faction|organi[sz]ation|cell|brigades?))?(?:['’]s\\s+(?:[A-Za-z]+\\s+){0,2}?(?:intelligence|agency|service|services|army|military|government|spy\\s+agency|wing|faction|branch|cell)(?:\\s+[A-Z][\\w-]*)?)?";
/**
 * Blame told as a finding: "Indian investigators concluded that Jaish-e-Mohammed was behind the attack", "the NDS said
 * the bombing had been planned by the Haqqani network", "The ATS alleged that Lashkar-e-Taiba had planned the attacks".
 */
const ATTRIBUTED = pattern(
	`\\b(?:said|says|concluded|alleged|alleges|found|determined|stated|announced|insisted|maintained|maintains|established|shown|revealed|confirmed|told\\s+(?:journalists|reporters|the\\s+[a-z]+|[A-Z][\\w-]+))\\s+(?:(?:late|early)\\s+)?(?:on\\s+[A-Z][a-z]+\\s+)?(?:that\\s+)?(?:(${BLAMED_NAME})\\s+(?:was|were|had\\s+been|is|are)\\s+(?:behind|responsible\\s+for)\\s+(?:the|this|that|it|both|these|those)\\b|(${BLAMED_NAME})\\s+had\\s+(?:planned|carried\\s+out|organi[sz]ed|masterminded|ordered|orchestrated|plotted)\\s+(?:the|this|that|it|both|these|those)\\b|(?:the|this|that)\\s+(?:[\\w-]+\\s+){0,3}?(?:attacks?|bombings?|blasts?|shootings?|massacre|assault|raid|siege)\\s+(?:was|were|had\\s+been)\\s+(?:planned|carried\\s+out|organi[sz]ed|masterminded|ordered|orchestrated|plotted)\\s+by\\s+(?:(?:members|fighters|militants|supporters|a\\s+cell)\\s+of\\s+)?(${BLAMED_NAME}))`,
	'g'
);
/** "The Government holds the terrorist group al-Shabaab responsible for this atrocity". */
const HELD_RESPONSIBLE = pattern(
	`\\b(?:holds?|held|holding)\\s+(?:the\\s+(?:[a-z-]+\\s+){0,3}(?=(?:(?:al|el)-)?[A-Z]))?(${BLAMED_NAME})\\s+(?:fully\\s+|directly\\s+)?responsible\\b`,
	'g'
);
/** "all indications point to Daesh": blame by whoever says so. */
const POINT_TO = pattern(
	`\\b(?:indications|evidence|signs|clues|leads)\\s+(?:point|points|pointed|pointing)\\s+to\\s+(${BLAMED_NAME})`,
	'g'
);
/** "Intercepted calls led investigators to Lashkar-e-Taiba": what the evidence led them to, as their finding. */
const LED_TO = pattern(
	`\\b(?:led|leads|took)\\s+(investigators|detectives|police|the\\s+police|officials|intelligence\\s+officials)\\s+to\\s+(${BLAMED_NAME})`,
	'g'
);
/** "an attack the government also blamed on Islamic State": blame told in a clause of the attack's noun. */
const BLAMED_ON = pattern(
	`\\b(?:attacks?|bombings?|blasts?|shootings?|massacre)\\s+(?:that\\s+|which\\s+)?((?:the\\s+)?[a-z]+|(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)*)\\s+(?:also\\s+|had\\s+|has\\s+|later\\s+)*blamed\\s+on\\s+(${BLAMED_NAME})`,
	'g'
);
/** "Abu Sayyaf's Basilan wing, led by Furuji Indama, was blamed by the army". */
const BLAMED_BY = pattern(
	`(${BLAMED_NAME})(?:,\\s+[^,.;]{3,60},)?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+blamed\\s+by\\s+((?:the\\s+)?(?:[a-z]+|[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)*))`,
	'g'
);
/** Words every ATTRIBUTED match holds: its verb of saying or finding, and its word of doing. */
const ATTRIBUTED_SAID =
	/\b(?:said|says|concluded|alleged|alleges|found|determined|stated|announced|insisted|maintained|maintains|established|shown|revealed|confirmed|told)\b/;
const ATTRIBUTED_DONE =
	/\b(?:behind|responsible\s+for|(?:planned|carried\s+out|organi[sz]ed|masterminded|ordered|orchestrated|plotted)\b)/;
const WARN =
	/\bwarned\s+((?:the\s+)?[A-Z][\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*(?:\s+[A-Z][\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*)*(?:\s+(?:officials|authorities|police|counterparts|security\s+services|intelligence|government))?)(?:[^.;]*?\band\s+did\s+the\s+same\s+for\s+((?:the\s+)?[A-Z][\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*(?:\s+[A-Z][\wÀ-ÖØ-öø-ÿĀ-ſ.'’-]*)*))?/g;

/**
 * A denial of a part in the attack: "The Taliban denied any involvement", "Pakistan rejected the accusation", "denied
 * it was behind the bombing", "disowned the attack". Not a defendant's plea ("denied the charges") nor bail refused.
 */
const DENY =
	/\b(?:denied|denies|deny|denying|rejected|rejects|disowned|disowns)\s+(?:(?:any|all|having\s+(?:had\s+)?(?:any\s+)?|a|its|their)\s+)?(?:involvement|role|responsibility|part|links?|connections?|hand|complicity)\b|\b(?:denied|denies)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been)\s+(?:behind|involved|responsible)\b|\b(?:denied|denies)\s+(?:being\s+behind|carrying\s+out)\b|\b(?:rejected|rejects|dismissed|dismisses|denied|denies)\s+(?:the|an?|any|these|those|such|\w+['’]s)\s+(?:\w+\s+)?(?:accusations?|allegations?|charges?\s+of\s+involvement|suggestions?\s+(?:that\s+)?it\s+was\s+involved)\b|\bdisowned\s+(?:it|the\s+(?:\w+\s+)?(?:attack|bombing|killings?|massacre))\b/g;

/** A name, then an aside, each set off by commas, before a verb: "The Taliban, who have fought …, denied". */
const NAMED_BEFORE = pattern(
	`(${PERSON}|(?:[Tt]he\\s+)?[A-Z][\\w'’-]*(?:\\s+(?:of\\s+)?[A-Z][\\w'’-]*)*)(?:\\s+\\([A-Z]{2,8}\\))?(?:,\\s+(?:who|which)\\s+[^,]+|,\\s+(?:meanwhile|however|though|too|also|in\\s+turn|for\\s+(?:its|their|his|her)\\s+part))?,\\s+(?:\\w+\\s+)?$`
);

/**
 * The subject before a verb, or else the name set off by commas before it ("The Taliban, who have fought …, denied",
 * "the National Directorate of Security (NDS), said").
 */
function doerBefore(sentence: string, index: number): { subject: string; aliases?: string[] } | undefined {
	const named = NAMED_BEFORE.exec(sentence.slice(0, index))?.[1];
	return subjectBefore(sentence, index) ?? (named ? { subject: named } : undefined);
}

/** A cheap test for any role word or title, before the role patterns run. */
const ROLE_WORD = pattern(
	`${ROLE_NOUN.replace('(?:', '\\b(?:')}|\\b(?:President|Minister|Secretary|Ambassador|Chancellor|Gen\\.|King|Queen|Pope|Colonel|Lieutenant|Captain|Sergeant)`,
	'i'
);

/** A title before a name at the end of a subject: "Russian President Vladimir Putin". */
const TITLED = pattern(
	`\\b(?:President|Minister|official|Secretary|Chancellor|General|Gen\\.|spokesman|spokeswoman)\\s+([A-Z]${NAME_CHAR}+(?:\\s+[A-Z]${NAME_CHAR}+){1,2})$`
);

/** A body's name in capitals: "the Federal Court of Justice", "Interior Ministry". */
const BODY_NAME =
	/^(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?:Court|Ministry|Council|Department|Office|Bureau|Agency|Service|Parliament|Assembly|Commission|Directorate)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?$/;
/** A title inside a role: what makes "Interior Ministry spokesman" a role where "Interior Ministry" is none. */
const TITLE_IN =
	/\b(?:Minister|Prosecutor|Director|Chief|Head|President|Secretary|Commissioner|General|Judge|Spokes(?:man|woman|person)|Chair(?:man|woman)?|Governor|Mayor|Officer|Inspector|Superintendent|Commander|Ambassador|Leader|Advis[eo]r|Attorney|Counsel)\b/i;

/** Between a doer and its verb: how soon or how keenly it acted ("was quick to", "moved to"). */
const QUICK_TO =
	/\s*(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:quick|swift|fast|keen|eager|careful)\s+to|(?:moved|rushed|hastened)\s+to)\s*$/i;

/** The doer before a verb: the clause's last words, without conjunctions, adverbs and "also known as" asides. */
/** An office or body named by its common noun, who may blame or deny: "the official", "the authorities". */
const OFFICE_SUBJECT =
	/^(?:the\s+)?(?:[a-z]+\s+)?(?:officials?|authorities|government|police|army|military|governor|minister|president|mayor|spokes(?:man|woman|person)|prosecutors?|investigators)$/;

export function subjectBefore(sentence: string, index: number): { subject: string; aliases?: string[] } | undefined {
	let before = sentence.slice(0, index);
	const aka = /[—–-]\s*also known as\s+(.+?)\s*[—–-]\s*$/.exec(before);
	const aliases = aka
		? aka[1]!
				.split(/,\s*|\s+\(|\)/)
				.map((a) => a.replace(/^the\s+/, '').trim())
				.filter(Boolean)
		: undefined;
	if (aka) before = before.slice(0, aka.index);
	// "Al-Qaeda in the Arabian Peninsula, the larger jihadist group in Yemen, was quick to deny any role": how soon it
	// denied is no part of who, and the apposition between is an aside (review 23, min/s06-2, s06-4).
	before = before.replace(QUICK_TO, '');
	// ("ETA, in a call to the Basque newspaper Gara, denied any involvement": how the word was sent is an aside too;
	// review 40, BB min/01-6 named the newspaper.)
	before = before.replace(
		/,\s+(?:in|through|via)\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?(?:call|calls|statement|message|letter|post|video|interview)(?:\s+(?:sent|posted|published|carried|released|issued))?\s+(?:to|with|on|by)\s+[^,]{2,80},\s*$/,
		' '
	);
	// ("The party, whose leaders live in exile in Europe, denied any role": a relative clause set off by commas is about the
	// subject, and its last name is no subject; review 47, CG min/03-5 named Europe.)
	before = before.replace(/,\s+(?:who|whose|which|whom)\s+[^,]{2,100},\s*$/, ' ');
	const appos = /,\s+(?:the|a|an)\s+(?:[A-Z][\w-]*\s+)?[a-z][^,]{2,80},\s*$/.exec(before);
	if (
		appos &&
		/[A-Z]/.test(
			before
				.slice(0, appos.index)
				.split(/[,;:]\s+/)
				.pop() ?? ''
		)
	)
		before = before.slice(0, appos.index);
	// ("A local official, Jean Ndou, blamed Boko Haram": the name set off after a title is who; review 25.)
	const named = /,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s*$/.exec(before);
	const clause = named ? named[1]! : (before.split(/[,;:]\s+|\s+[—–-]\s+/).pop() ?? '');
	let subject = clause
		// ("3. The Government holds …": a statement's numbered point opens the clause, and is no part of its subject.)
		.replace(/^\s*\d{1,2}[.)]\s+/, '')
		.replace(WHEN, ' ')
		.replace(/^\s*(?:later|earlier)\s+/i, '')
		.trim()
		.replace(/^(?:but|and|yet|so|however|then|meanwhile)\s+/i, '')
		// ("…, Iran's health minister said, as the Daesh terrorist group claimed responsibility".)
		.replace(/^(?:as|while|when|after|before|since|because|although|though|whereas)\s+(?=(?:the\s+)?[A-Z])/i, '')
		.replace(/^not only\s+/i, '')
		.replace(
			/^(?:a|an|the)\s+(?:group|faction|cell|militia|organi[sz]ation)\s+(?:calling\s+itself|known\s+as|named)\s+/i,
			''
		)
		// "a statement from the Islamic Emirate of the North … also claimed it": the group the statement was from.
		.replace(/^(?:a|an|the)\s+(?:\w+\s+)?(?:statement|message|post|video|communiqu[ée])\s+(?:from|by)\s+/i, '')
		.replace(/^(?:has|have|had)\s+/i, '')
		// ("The organisation has publicly claimed …": an auxiliary and its adverbs, however many; review 41, BH min/04-2.)
		.replace(
			/\s+(?:has|have|had)(?:\s+(?:[a-z]+ly|also|again|already|now|since))*$|\s+(?:has|have|had|also|again|swiftly|quickly|continues?|continued)$/i,
			''
		)
		.trim();
	// "State television said Jundallah …", "Security sources told dpa that Saudi Arabia had warned …": the subject of the
	// words reported, not whoever reported them, when what follows the verb is a name ("A police official who said Omar
	// Haddad had been arrested blamed …" keeps its own).
	const reported =
		/\b(?:said|says|reported|reports|announced|told\s+[\w-]+)\s+(?:that\s+)?((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|in)\s+(?:the\s+)?|al-|el-)?[A-Z][\w'’-]*)*)$/.exec(
			subject
		);
	if (reported) subject = reported[1]!;
	// "Saudi Arabia said it had warned Germany": who said so, not "Saudi Arabia said it".
	const itself = /^(.*?[A-Z].*?)\s+(?:said|says|stated|announced|added)\s+(?:that\s+)?(?:it|they|he|she)$/.exec(
		subject
	);
	if (itself) subject = itself[1]!;
	// "the SDF denied any role and blamed …": the subject of both verbs, not the first verb's words (so is "Basayev
	// called it a \"terrible tragedy\" but blamed the Kremlin"; review 49, CT min/09-22).
	// ("Rebel leader Murad Ebrahim condemned the bombing and denied any role": the name after its title, not "Rebel";
	// review 26, min/y01-1.)
	const titledJoined =
		/^(?:[A-Z][\w'’-]*\s+)?(?:leader|chief|spokesman|spokeswoman|commander|chairman|head|founder)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2})\s+[a-z].*\s+(?:and|but)$/.exec(
			subject
		);
	const joined =
		/^((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*(?:\s+(?:officials|authorities|leaders|investigators|prosecutors|forces|police|ministers))?)\s+[a-z].*\s+(?:and|but)$/.exec(
			subject
		);
	if (titledJoined) subject = titledJoined[1]!;
	else if (joined) subject = joined[1]!;
	if (
		!subject ||
		/^(?:no|none|nobody|not)\b/i.test(subject) ||
		subject.split(/\s+/).length > 8 ||
		// ("No group has claimed the attack, but the official blamed Boko Haram": an office, named by its common noun.)
		(!/[A-Z]/.test(subject) && !OFFICE_SUBJECT.test(subject)) ||
		// "Two groups claimed it", "Several factions": a count of doers, not a name.
		/^(?:two|three|several|both|rival|many|some|other|various)\s/i.test(subject) ||
		/\b(?:groups|factions|militants|people|men)$/i.test(subject) ||
		/^(?:it|they|he|she|this|that)$/i.test(subject) ||
		// ("Who claimed responsibility?": an explainer's heading asks, and names no one.)
		/^(?:who|what|which|whom)$/i.test(subject)
	)
		return undefined;
	// "Russian President Vladimir Putin" blames as "Vladimir Putin": the title is a role card of its own.
	const titled = TITLED.exec(subject);
	// "Tehreek-e-Taliban Pakistan (TTP)": initials in brackets are another name of the same group.
	const initials = /\s+\(([A-Z][A-Za-z-]{1,9})\)$/.exec(subject);
	if (initials) return { subject: subject.slice(0, initials.index), aliases: [...(aliases ?? []), initials[1]!] };
	return { subject: titled ? titled[1]! : subject, aliases };
}

/** Words that make a capitalised run an institution rather than a nationality ("Clemson University", not "Russian"). */
const ORG =
	/\b(?:University|Institute|Institution|Center|Centre|Foundation|Council|Command|Department|Ministry|Agency|Corps|Service|Office|Forces|Army|Police|Guard|School|College|Academy|Endowment|Program|Project|Group|Network|Commission|Committee|Bureau|Court|Times|News|Post|Journal|Press|Reuters|Network|Watch|International|Crisis)\b/;

const BARE_ORG = pattern(`^${ORG.source}$`);

/** The institution in a role: the last capitalised run after "at", "of" or "with", or before "official"/"leader". */
export function affiliationOf(role: string): string | undefined {
	const after =
		// ("the Internal Security Operations Command Region 4": a number ends a name as its last word.)
		// ("at Mountains of the Moon University": nor does "of the" end one; review 51, DE min/09-21 read "Moon University".)
		/\b(?:at|of|with|for)\s+(?:the\s+)?(?:[\w-]+-based\s+)?((?:[A-Z][\w.'’&-]*)(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[A-Z][\w.'’&-]*)*(?:\s+\d{1,3}(?!\w)(?![.,]\d))?)(?=[^A-Z]*$)/.exec(
			role
		);
	// No possessive inside: "the Centre's Mindanao researcher" is owned by the Centre, which `owner` reads.
	const before =
		/^(?:the\s+)?((?:[A-Z][\w.&-]*\s+)+)(?:official|leader|commander|spokesperson|spokesman|spokeswoman|analyst|researcher)\b/.exec(
			role
		);
	// "the Metropolitan Police's assistant commissioner": the owner of the role is the institution.
	const owner = /^(?:the\s+)?((?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*)['’]s\s/.exec(role);
	const org = (after?.[1] ?? before?.[1] ?? owner?.[1])?.trim().replace(/^.*-based\s+/, '');
	// A bare "Centre" or "Institute" points back to one named earlier; on its own it names nothing a card can ask.
	// ("Chief of Army Staff": a staff is an office of the army, which the title leaves unnamed.)
	return org && ORG.test(org) && !BARE_ORG.test(org) && !/\bStaff$/.test(org) ? org : undefined;
}

/**
 * "General Inter-Services Public Relations Major General" (of "Director General Inter-Services Public Relations Major
 * General Asif Ghafoor"): a rank right before the name is the title when the words before it hold another rank, or
 * three words or more; after an office "of" something ("Chief of Army Staff General") the office is the title.
 */
function ownRank(title: string): string {
	const rank = /(?:(?:Lieutenant|Major|Brigadier)\s+)?(?:General|Colonel|Admiral)$/.exec(title);
	if (!rank || rank.index === 0) return title;
	// "CRPF Director General": one title, not a rank after another.
	if (/\b(?:Director|Inspector|Secretary|Attorney|Surgeon|Governor|Solicitor)[- ]General$/.test(title)) return title;
	const before = title.slice(0, rank.index);
	// ("Chief of Army Staff General Qamar Javed Bajwa": a rank after an office "of" something is the holder's rank,
	// not a part of the office; review 35, AP min/05-11.)
	if (/\bof\b/.test(before)) return before.trim();
	const long = title.split(/\s+/).length >= 4 || /\b(?:General|Director|Colonel)\b/.test(before);
	return long ? rank[0] : title;
}

const DAY_BEFORE_TITLE = pattern(`^(?:${[...WEEKDAYS, ...MONTHS].join('|')})\\s+(?:the\\s+)?(?=[A-Z])`);
// ("a lawyer representing several of them": a role whose last word points back at people unnamed says no one's.)
// ("Among the dead was journalist …": a verb is no part of a title; "A second staff member, Abubakar Isah, died": one
// more of a group told of before is no role.)
const NOT_A_ROLE =
	/^(?:whose|who|which|that|together|along|alongside|as well as|with|and|but)\b|^(?:second|third|fourth|fifth|another|other)\s|\sthat\s|\s(?:was|were|is|are)\s|\s(?:them|him|her|those)$/i;

/** Right before a role or its holder: the words of a death ("the killing of", "the late"). */
// ("The attack killed U.S. Ambassador J. Christopher Stevens": so is one whose holder the attack killed; review 31, AH 07.)
/** Right after a role's holder: the holder's death, told as what befell them ("…, was killed by a US air strike"). */
// ("The head of the National Police Agency, Itaru Nakamura, resigned in August": so is one its holder left; review 50,
// CW min/05-8 asked him as the head.)
const DIED_AFTER =
	/^\s*,?\s*(?:who\s+)?(?:(?:was|had\s+been)\s+(?:later\s+)?(?:killed|assassinated|shot\s+dead|executed|hanged|sacked|dismissed|fired|removed|ousted)|died|(?:had\s+|has\s+|later\s+)?(?:resigned|stepped\s+down|quit|retired)(?!\s+as\b))\b/i;
const DIED_BEFORE =
	/\b(?:death|killing|assassination|funeral|burial)\s+(?:of\s+(?:the\s+)?)?$|\bthe\s+late\s+$|\b(?:killed|assassinated|murdered|shot\s+dead)\s+$/i;
/**
 * Right before a role or its holder, or opening the role: a title held at the time told of ("the then prime
 * minister"). ("A former Justice Department prosecutor" keeps "former" in the role: "Who is the former …?" asks it.)
 */
/** A part written before a title with a hyphen: "Vice-President", "Deputy-Governor". */
const TITLE_PART = '(?:Vice|Deputy|Co|Acting)-';
const THEN_BEFORE = new RegExp(
	`(?:\\b[Tt]he\\s+then\\s*|^\\s*Then\\s+|\\b(?:although|though|while|whereas|when)\\s+then\\s+|\\b[Tt]hen-)(?:${TITLE_PART})?$`
);
/** A hyphened part right before a title. */
const TITLE_PART_BEFORE = new RegExp(`\\b${TITLE_PART}$`, 'i');
const THEN_ROLE = /^then\s+/i;

/** Right before a name: a preposition of place ("in", "near", "80 miles northeast of"). */
// ("At the Grand Hyatt, the Syrian-born film director Moustapha Akkad": with its article too; review 49, CR min/07-6.)
const PLACE_BEFORE =
	/\b(?:in|at|near|outside|inside|into|across|towards?|around|(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of|miles\s+(?:from|of))\s+(?:the\s+)?$/i;

/** People and their roles, claims, blame and warnings in one sentence. */
export function findActors(sentence: string): ActorMatch[] {
	const out: ActorMatch[] = [];
	const people = new Set<string>();
	const role = (person: string, value: string, quote: string, index: number) => {
		// ("The national police chief, Director General Ronald dela Rosa,": the rank before the name is no part of it.)
		// ("Witness Danny Fell, a taxi driver": what a live entry calls someone is no part of the name either.)
		const subject = person
			.replace(LABEL, '')
			.replace(/^(?:(?:Gen|Lt|Col|Maj|Adm|Prof|Sen|Gov|Dr|Mr|Ms|Mrs|Brig|Capt|Sgt)\.?\s+)+/, '')
			// ("said Assistant District Attorney Ellen Marchetti, chief of …", "Major General of Justice Alexander Klaus, head
			// of …": title words before the name are no part of it.)
			.replace(
				/^(?:(?:Assistant|Deputy|District|Attorney|Chief|Senior|Special|Agent|Detective|Superintendent|Constable|Sergeant|Commissioner|Minister|Governor|Prosecutor|Mayor|Spokesman|Spokeswoman|Justice)\s+)+(?=\S+\s+\S)/,
				''
			)
			.replace(
				/^(?:(?:Director|Inspector|Brigadier|Major|Lieutenant)\s+General|Lieutenant[\s-]Colonel|General|Colonel|Captain)\s+(?=\S+\s+\S)/,
				''
			);
		if (/^(?:Gen\.|General)$/.test(value.trim())) return;
		// "since the fall of President Bashar al-Assad", "the ousted president …": a title the text says was lost is
		// no role to ask as a present one. ("the army's removal of President Mohamed Morsi", "the army removed President
		// Omar al-Bashir": review 31, AH min/05-17 and min/10-5.)
		if (
			/\b(?:fall|ouster|overthrow|toppling|removal|deposition)\s+(?:of\s+(?:the\s+)?)?$|\b(?:previous|former|last|outgoing)\s+government\s+(?:of\s+)?$|\b(?:ousted|overthrown|overthrew|toppled|deposed|exiled|removed)\s+$/i.test(
				sentence.slice(Math.max(0, index - 30), index)
			)
		)
			return;
		// "Mrs Justice Katherine Ellery", "Mr Justice Hugh Bennett": an English High Court judge's style.
		if (/^(?:Mr|Mrs|Ms)\.?\s+Justice$/.test(value.trim())) value = 'judge';
		// "Brig. Gen. Omar Dahir": ranks written short say no more than a rank.
		if (/^(?:(?:Brig|Maj|Lt|Col|Gen|Adm|Capt|Sgt|Cpl|Insp|Supt|Det|Cmdr|Const)\.\s*)+$/.test(value.trim())) return;
		// "Opening the case at Easton Crown Court, prosecutor James Okafor": a place or an institution is no person.
		if (INSTITUTION_END.test(subject)) return;
		// "The Federal Public Prosecutor General at the Federal Court of Justice, Dr Peter Frank": the name of a body,
		// with no title in it, is where the person works, not a role (review 24, min/t04-1).
		if (BODY_NAME.test(value.trim()) && !TITLE_IN.test(value)) return;
		// "According to Mr Morrow, the driver of the car … was Ferenc Halloran": after "according to", the phrase after
		// the comma is what was said, not the speaker's role.
		// ("according to Health Minister Ali Haji Adan": a title before the name is his.)
		if (
			quote.startsWith(person) &&
			/\baccording\s+to\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i.test(sentence.slice(Math.max(0, index - 20), index))
		)
			return;
		// "The three staff members of the charity Hope Without Borders, a nurse and two drivers": several people
		// described, after the name of what they work for, are no one person's role.
		if (/\band\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s/i.test(value)) return;
		// "General Inter-Services" (of "Director General Inter-Services Public Relations …"): a rank and one word is the
		// name of an office, not a person.
		if (/^General\s+\S+$/.test(subject)) return;
		if (people.has(subject) || /^(?:The|This|That|In|On|At)\b/.test(subject)) return;
		// ("Irving Younger, 69, of Mount Washington, a former real estate agent": where someone is from, after "of" or
		// "from", is no person; review 51, DB min/06-12 asked who the real estate agent was and answered the suburb.)
		// (Not "from" alone: "condemnation from across the world, from Pope Francis, the leader of the world's Catholics, to
		// …" takes a person.)
		if (
			quote.startsWith(person) &&
			/,\s+(?:(?:aged\s+)?\d{1,3},\s+(?:of|from)|of)\s+(?:(?:suburban|nearby|neighbouring|neighboring|rural|central|downtown|northern|southern|eastern|western)\s+)?$/i.test(
				sentence.slice(0, index)
			)
		)
			return;
		// "The militant leader Boko Haram named was killed": a group is no person.
		if (KNOWN_GROUP.test(subject)) return;
		// "the charity Hope Without Borders, a nurse …": a capitalised "Without", "For" or "Against" names a body, no person.
		if (/\s(?:Without|For|Against|And|With)\s/.test(subject)) return;
		// "The governor of Dravik, Kesh Province, said": a place in apposition is no person.
		if (/\s(?:Province|State|District|Region|County|Governorate|Prefecture|Oblast|Territory|Department)$/.test(subject))
			return;
		// ("Jundallah, the insurgent group whose leader, Abdolmalek Rigi, was captured": a role that ends in a "whose"
		// clause's noun is what the clause's owner had, not what the person is; review 29, AD min/08-7 asked "Who is the
		// insurgent group?".)
		if (/\swhose\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$/.test(value.trim())) return;
		people.add(subject);
		// "a fellow at … Foundation and author of the 2019 book": one role per card, the first.
		// "a senior fellow at the Tarn Institute who has followed the group since 2015": the role, not the clause.
		const role = value
			.trim()
			.replace(/\s+and\s+(?:co-)?author\b.*$/, '')
			.replace(/\s+(?:who|whose|which)\s.*$/, '')
			// "Counter Terrorism and Transnational Crime (CTTC) unit chief": the title is read from a few words before it,
			// which may start mid-name; the acronym names the whole body.
			.replace(/^(?:[A-Z][\w.'’-]*\s+)+\(([A-Z]{2,})\)\s+(?=[a-z])/, '$1 ')
			// ("Lanao del Sur Governor": a particle inside a place's name is of it; before it, of something else.)
			.replace(/^(?:(?:de|del|da|dos|du|des|la)\s+)+/, '');
		// "General Ahmed Mohamed, together with the head of the army", "Baitullah Mehsud, whose spokesman denied …", "the
		// faction that follows its leader, Abubakar Shekau": a clause beside the name, not a role a question can ask.
		if (NOT_A_ROLE.test(role)) return;
		// "The death of AQAP's leader Khalid Batarfi", "the killing of Aliaskhab Kebekov, the leader of …": a role its
		// holder left by dying is asked in the past (review 23, min/s10-1).
		// (Read before the title or the name, whichever comes first.) So is one held then: "the then prime minister, Tony
		// Abbott" (review 23, min/r06-6).
		const named = sentence.indexOf(subject);
		const first = named >= 0 ? Math.min(index, named) : index;
		const before = sentence.slice(Math.max(0, first - 30), first);
		// ("Its leader, Ahmed Abdi Godane, was killed by a US air strike in September 2014": so is one whose holder the
		// sentence goes on to tell was killed; review 34, AO min/08-4 asked him as the leader of 2020.)
		const after = named >= 0 ? sentence.slice(named + subject.length, named + subject.length + 40) : '';
		const past =
			DIED_BEFORE.test(before) ||
			THEN_BEFORE.test(before) ||
			THEN_ROLE.test(role) ||
			// (Not one's part in the attack: "The gunman, Omar Dahir, was shot dead" is still asked "Who is the gunman?".)
			(DIED_AFTER.test(after) &&
				!/\b(?:gunm[ae]n|bombers?|attackers?|assailants?|suspects?|driver|hijackers?)$/i.test(role));
		// ("Then Vice-President Amrullah Saleh": a hyphened part before the title is of it; review 40, BC min/03-13 asked
		// him as the President.)
		const hyphened = TITLE_PART_BEFORE.exec(sentence.slice(Math.max(0, index - 8), index))?.[0];
		const plain = (hyphened ? `${hyphened}${role}` : role).replace(THEN_ROLE, '');
		// ("the 2005 bombing that killed former Lebanese Prime Minister Rafik Hariri": a title held before is asked as
		// one, "Who is the former …?"; review 49, CR min/08-4 asked him as the Prime Minister.)
		const held =
			/\b(?:former|ex-)\s*$/i.test(sentence.slice(Math.max(0, index - 8), index)) && !/^(?:former|ex-)/i.test(plain)
				? `former ${plain}`
				: plain;
		out.push({
			kind: 'actor',
			subject,
			value: held,
			affiliation: affiliationOf(held),
			quote,
			index,
			...(past ? { past } : {})
		});
	};
	// Each pattern runs only where its key words are, so most sentences cost one cheap test each.
	const roles = ROLE_WORD.test(sentence);
	for (const d of describedBefore(sentence)) role(d.person, d.role, d.quote, d.index);
	for (const m of roles ? matches(sentence, AFTER_NAME) : []) {
		// "Hemant Karkare, additional commissioner Ashok Kamte and inspector Vijay Salaskar": a list of the titled, not
		// a role of the first; the titles go with the names after them (BEFORE_NAME).
		if (
			/\b(?!(?:at|of|for|on|in|the|and|with|from)\b)[a-z][\w-]*\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s+and\s+(?!(?:the|its|their|a|an)\b)[a-z][\w-]*\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+/.test(
				m[3]!
			)
		)
			continue;
		// "about 80 miles northeast of Las Vegas, the sheriff said": a name a preposition of place stands before is a
		// place, and the title after the comma is the speaker's (review 29, AE min/02-7 asked who the sheriff is).
		if (PLACE_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
		role(m[1]!, m[3]!, m[0], m.index);
	}
	for (const m of roles ? keyedMatches(sentence, BEFORE_NAME, TITLE_WORD, 6) : []) {
		// "the General Francisco de Paula Santander Police Cadet School": a name that runs on in capitals is an
		// institution's, no person with a rank.
		if (
			/^\s+(?:[A-Z][\w'’-]*\s+)*(?:School|Academy|College|University|Hospital|Institute|Airport|Stadium|Station|Centre|Center|Foundation|Street|Avenue|Square|Bridge|Park|Mosque|Memorial|Terminal|Port|Causeway|City|Cinema|Restaurant|Distillery|Corps|Building|Comics|Company|Page)\b/.test(
				sentence.slice(m.index + m[0].length)
			)
		)
			continue;
		// "According to the police chief, Muhammad Wanndy had also told his followers …": a name after the comma that
		// closes "according to" and its title, with no comma after it, is the subject of what was said (review 37, AT
		// min/01-6).
		if (
			/\baccording\s+to\s+(?:the\s+|an?\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index)) &&
			/,\s+\S+(?:\s+\S+)*$/.test(m[0]) &&
			!/^\s*[,)]/.test(sentence.slice(m.index + m[0].length))
		)
			continue;
		// "On 13 January President Mahamadou Issoufou …", "Late on Tuesday Chief Minister …", "on Thursday the Inspector
		// General …": the day is the sentence's, and the quote opens at the title.
		const title = ownRank(
			m[1]!
				.replace(/^(?:an?|the|of|its|their)\s+/i, '')
				.replace(DAY_BEFORE_TITLE, '')
				.trim()
		);
		// "King Abdullah Port", "Captain Cook Cruise Lines", "Queen Mary Ferry": a title of a thing's name, whose words
		// (some of them surnames too) tell it is no person.
		if (/^(?:King|Queen|Captain|Colonel)$/.test(title) && THING_WORD.test(m[2]!)) continue;
		// "An attorney Omar Haddad hired", "the leader Boko Haram installed", "His attorney …": a title in lower case
		// says whose it is ("Police attorney", "Paris prosecutor") or it may be the object of the name's verb.
		if (/^(?:(?:his|her|its|their)\s+)?(?:prosecutor|attorney|(?:operation\s+)?leader)$/i.test(title)) continue;
		// "The mayor of Tijuana, Baja California, said": after a lower-case title of a place, a state may stand where a
		// name would.
		if (/^(?:governor|commissioner|mayor)\s+of\s/.test(title)) continue;
		// "Detective Chief Inspector John Caldwell of the Police Service of Northern Ireland": the body after the name is
		// whose the title is.
		const of = /\s(?:of|at|with)\s/.test(title)
			? null
			: /^\s+of\s+the\s+((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,6}[A-Z][\w'’-]*)/.exec(
					sentence.slice(m.index + m[0].length)
				);
		// (Not a party of a state's officer: "Interior Minister Ahmed Khan of the Pakistan Muslim League" is of his
		// party, not its minister.)
		if (of && isStateOffice(title) && /\b(?:Party|League|Movement|Front|Alliance|Congress|Union)$/.test(of[1]!)) {
			role(m[2]!, title, m[0].slice(m[0].indexOf(title)), m.index);
			continue;
		}
		if (of) role(m[2]!, `${title} of the ${of[1]!}`, m[0].slice(m[0].indexOf(title)) + of[0], m.index);
		else role(m[2]!, title, m[0].slice(m[0].indexOf(title)), m.index);
	}
	for (const m of roles && /[—–]/.test(sentence) ? matches(sentence, DASH_ROLE) : []) role(m[1]!, m[2]!, m[0], m.index);
	for (const m of / of the [A-Z]/.test(sentence) ? matches(sentence, OF_INSTITUTION) : [])
		// ("Director General of the Karsk Institute", "Saint Mary of the Angels Foundation": a title or a saint.)
		if (!TITLE_WORDS.test(m[1]!)) role(m[1]!, `of the ${m[2]!}`, m[0], m.index);
	for (const m of roles && /\b(?:is|was)\s/.test(sentence) ? matches(sentence, IS_ROLE) : [])
		role(m[1]!, m[3]!, m[0], m.index);
	for (const m of roles && /['’]s\s/.test(sentence) ? matches(sentence, OWNER_ROLE) : [])
		role(m[2]!, m[1]!, m[0], m.index);
	for (const m of /\bwho\s/.test(sentence) ? matches(sentence, WHO_ROLE) : [])
		role(m[1]!, `${ROLE_OF_VERB[m[2]!]} of ${m[3]!.replace(/^the\s+/, 'the ')}`, m[0], m.index);
	for (const m of /\b(?:name[ds]?|identified)\b/.test(sentence) ? matches(sentence, NAMED_AS) : [])
		role(m[2]!, `the ${m[1]!}`, m[0], m.index);
	for (const m of /\b(?:name[ds]|identified)\s/.test(sentence) ? matches(sentence, NAMED_PERSON_AS) : [])
		role(m[1]!, `the ${m[2]!}`, m[0], m.index);
	// Any noun phrase naming a person in apposition after the name, once the title patterns have had their say.
	for (const d of describedAfter(sentence)) role(d.person, d.role, d.quote, d.index);
	for (const d of describedBare(sentence)) role(d.person, d.role, d.quote, d.index);

	// ("the New IRA admitted responsibility in a statement to the Irish News": so is admitting it.)
	for (const m of /claim|admit\w*\s+(?:responsibility|credit)/.test(sentence) ? matches(sentence, CLAIM) : []) {
		// "No group has so far claimed …", "has not claimed": a denial names no claimant.
		if (denied(sentence, m.index)) continue;
		// "Jamaat-ul-Ahrar, a faction of …, claimed responsibility": the group before the apposition.
		const who = claimantBefore(sentence, m.index, subjectBefore, true) ?? subjectBefore(sentence, m.index);
		// "The al Qaeda-linked group claimed …" names no group: a claim referred back to (claims.ts), read there.
		if (who && UNNAMED_GROUP.test(who.subject) && !organisationIn(who.subject, false)) continue;
		// ("Police Scotland admitted responsibility for the delay": only a group admits an attack, and only one.)
		if (
			/\badmit/.test(m[0]) &&
			(!who ||
				!organisationIn(who.subject, false) ||
				(m[1] && !/\b(?:attacks?|bombings?|blasts?|shootings?|killings?|murders?|massacre|ambush|raid)\b/.test(m[1])))
		)
			continue;
		if (who)
			out.push({
				kind: 'claim',
				// "The leader of the Islamist group Boko Haram claimed …": the group is the claimant.
				subject: organisationIn(who.subject, false) ?? who.subject,
				value: m[1]?.trim() ?? 'the attack',
				aliases: who.aliases,
				quote: sentence.slice(
					m.index - who.subject.length >= 0 ? sentence.lastIndexOf(who.subject, m.index) : m.index,
					m.index + m[0].length
				),
				index: m.index
			});
	}
	// Claims "claimed responsibility" read already are not read twice; two claimants of one verb are both kept.
	const read = new Set(out.filter((a) => a.kind === 'claim').map((a) => a.index));
	for (const c of findClaims(sentence, subjectBefore)) if (!read.has(c.index)) out.push({ kind: 'claim', ...c });
	for (const m of /finger|blame|accuse|responsible/.test(sentence) ? matches(sentence, BLAME) : []) {
		const who = subjectBefore(sentence, m.index);
		// "the Islamic State Khorasan Province, commonly referred to as ISIS-K": the short name is accepted too.
		const aka =
			/^,?\s+(?:commonly\s+|also\s+|better\s+)?(?:referred\s+to|known)\s+as\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/.exec(
				sentence.slice(m.index + m[0].length)
			);
		// "blamed India's intelligence agency, the Research and Analysis Wing (RAW), for the attack": a possessive is no
		// one blamed; what it owns is, by its name when the sentence gives one.
		let blamed = m[1]!.replace(/\.$/, '');
		let end = m.index + m[0].length;
		const owned = /['’]s$/.test(blamed) ? OWNED_BLAMED.exec(sentence.slice(end)) : null;
		if (owned) {
			blamed = owned[2]?.trim() ?? `${blamed} ${owned[1]}`;
			end += owned[0].length;
		}
		// "blamed the Ajang-Ajang faction of Abu Sayyaf": a named part of a group, with the group.
		const part =
			/^\s+(?:faction|wing|branch|cell|unit)\s+of\s+(?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*/.exec(
				sentence.slice(end)
			);
		if (part) {
			blamed += part[0].replace(/\.$/, '');
			end += part[0].length;
		}
		// "Officials blamed the United States and Israel": both are blamed, not the first alone.
		const also = owned ? null : AND_BLAMED.exec(sentence.slice(end));
		if (also) {
			blamed = `${blamed} and ${also[1]!.replace(/\.$/, '')}`;
			end += also[0].length;
		}
		// ("blamed Uyghur militants linked to the Turkistan Islamic Party": a people named, then what of them.)
		const kind = owned || also ? null : GROUP_NOUN.exec(sentence.slice(end));
		if (kind) {
			blamed = `${blamed} ${kind[1]}`;
			end += kind[0].length;
		}
		const reason = /^\s+for\s+([^,.;]+)/.exec(sentence.slice(end))?.[1];
		// ("Kyrgyzstan borders China's Xinjiang region, where Beijing blames Uyghur separatists for a wave of violence in
		// recent years": blame for years of violence is no blame for the attack; review 31, AI min/10-8.)
		if (
			reason &&
			GENERAL_REASON.test(reason) &&
			!/\b(?:this|the|that)\s+(?:[\w'’-]+\s+)?(?:attack|bombing|blast|shooting)\b/i.test(reason)
		)
			continue;
		// "accused the Taliban government in Kabul of sheltering TTP fighters": an accusation of what it does, not of
		// the attack ("accused … of carrying out the bombing" is).
		const of = /^[^.;,]{0,40}?\bof\s+([a-z]+ing)\b/.exec(sentence.slice(m.index + m[0].length))?.[1];
		if (
			of &&
			!/^(?:carrying|staging|launching|orchestrating|plotting|masterminding|mounting|committing|organi[sz]ing|planning|perpetrating|executing|conducting|being)$/.test(
				of
			)
		)
			continue;
		if (who)
			out.push({
				kind: 'blame',
				reason:
					reason &&
					!/^(?:the|this|that|those|these)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|shootings?|killings?)$|^it$/i.test(
						reason
					)
						? reason
						: undefined,
				subject: who.subject,
				value: blamed,
				aliases: aka ? [aka[1]!] : undefined,
				quote: sentence.slice(sentence.lastIndexOf(who.subject, m.index), also ? end : m.index + m[0].length),
				index: m.index
			});
	}
	/** Blame of `value` by `subject`, once per one blamed, quoted from the subject to `end`. */
	const blame = (subject: string, value: string, index: number, end: number, reason?: string) => {
		if (out.some((a) => a.kind === 'blame' && a.value === value)) return;
		const start = Math.min(index, Math.max(0, sentence.lastIndexOf(subject, end)));
		out.push({
			kind: 'blame',
			subject,
			value,
			quote: sentence.slice(start, end),
			index,
			...(reason ? { reason } : {})
		});
	};
	// (The pattern is long; a sentence with no verb of finding and no word of doing is not scanned: most have neither.)
	for (const m of ATTRIBUTED_SAID.test(sentence) && ATTRIBUTED_DONE.test(sentence)
		? matches(sentence, ATTRIBUTED)
		: []) {
		const blamed = (m[1] ?? m[2] ?? m[3])!.replace(/\.$/, '');
		// ("Afghanistan's main intelligence agency, the National Directorate of Security (NDS), said …")
		const who = doerBefore(sentence, m.index);
		// (A group's own news agency saying its fighters did it is a claim, which the claim readers take.)
		if (!who || /\b(?:Amaq|news\s+agency)\b/i.test(who.subject) || blamed === who.subject) continue;
		// "A spokesman for the group, who called himself Abul Qaqa, told journalists Boko Haram had carried out the
		// attack": a group's own spokesman naming it claims the attack for it.
		// ("The government spokesman, Hassan Sylla Bakari, said the attacks were carried out by Boko Haram": a spokesman of
		// the state blames; review 49, CS min/09-5 read it as Boko Haram's claim.)
		const spokesman =
			/\bspokes(?:man|woman|person)\b/i.test(sentence.slice(0, m.index)) &&
			!STATE_SPOKESMAN.test(sentence.slice(0, m.index));
		const group = spokesman ? organisationIn(blamed, false) : undefined;
		if (group) {
			if (!out.some((a) => a.kind === 'claim' && a.subject === group))
				out.push({
					kind: 'claim',
					subject: group,
					value: 'the attack',
					quote: sentence.slice(m.index + m[0].lastIndexOf(blamed), m.index + m[0].length),
					index: m.index
				});
			continue;
		}
		blame(who.subject, blamed, m.index, m.index + m[0].length);
	}
	// ("… by members of the National Thowheed Jamath (NTJ) and Jammiyathul Millathu Ibrahim (JMI)": both.)
	for (const a of out) {
		if (a.kind !== 'blame') continue;
		const at = sentence.indexOf(a.value, a.index);
		if (at < 0) continue;
		const rest = sentence.slice(at + a.value.length).replace(/^\s*\([A-Z][A-Za-z-]{1,9}\)/, '');
		const also = AND_BLAMED.exec(rest.replace(/^(\s+and\s+[^(,.;]+?)\s*\([A-Z][A-Za-z-]{1,9}\)/, '$1'));
		if (also && !a.value.includes(' and ')) a.value = `${a.value} and ${also[1]!.replace(/\.$/, '')}`;
	}
	for (const m of /responsible/.test(sentence) ? matches(sentence, HELD_RESPONSIBLE) : []) {
		const who = subjectBefore(sentence, m.index);
		if (who) blame(who.subject, m[1]!.replace(/\.$/, ''), m.index, m.index + m[0].length);
	}
	for (const m of /\bpoint/.test(sentence) ? matches(sentence, POINT_TO) : []) {
		// The one who says so: the subject of the verb of saying before ("Yıldırım said that 'all indications …'").
		const said = [...sentence.slice(0, m.index).matchAll(/\b(?:said|says|told\s+[\w-]+)\b/g)].pop();
		// (Or the one said to say so after it: "Initial evidence pointed to Jaish-e-Mohammed, an army general said.")
		const after = said
			? null
			: /^\s*,\s+((?:an?|the)\s+[a-z][^,.;]{1,40}?|[A-Z][^,.;]{1,40}?)\s+(?:said|says|told\s+[\w-]+)\b/.exec(
					sentence.slice(m.index + m[0].length)
				);
		const who = said ? subjectBefore(sentence, said.index) : after ? { subject: after[1]! } : undefined;
		if (who) blame(who.subject, m[1]!.replace(/\.$/, ''), m.index, m.index + m[0].length);
	}
	for (const m of /\b(?:led|leads|took)\s/.test(sentence) ? matches(sentence, LED_TO) : []) {
		// (Only to a group: "led police to a flat in Barcelona" is where they went.)
		const group = organisationIn(m[2]!.replace(/\.$/, ''), false);
		if (group) blame(m[1]!, group, m.index, m.index + m[0].length);
	}
	for (const m of /blamed\s+(?:on|by)\b/.test(sentence) ? matches(sentence, BLAMED_ON) : []) {
		if (/^(?:it|they|that|which|was|were|been)$/i.test(m[1]!)) continue;
		blame(m[1]!, m[2]!.replace(/\.$/, ''), m.index, m.index + m[0].length);
	}
	for (const m of /blamed\s+by\b/.test(sentence) ? matches(sentence, BLAMED_BY) : []) {
		if (/^(?:It|They|This|That|The)$/.test(m[1]!)) continue;
		// "The Real IRA was blamed by police for the killing of Kieran Doherty": blame for a killing the text names by
		// its victim, no attack of the story's.
		const killing = /^\s+for\s+(the\s+(?:killing|murder|death|shooting|abduction|kidnapping)\s+of\s+[A-Z][^,.;]*)/.exec(
			sentence.slice(m.index + m[0].length)
		)?.[1];
		const end =
			m.index + m[0].length + (killing ? sentence.slice(m.index + m[0].length).indexOf(killing) + killing.length : 0);
		blame(m[2]!, m[1]!.replace(/\.$/, ''), m.index, end, killing);
	}
	for (const m of /\b(?:den(?:y|ie)|reject|dismiss|disown)/.test(sentence) ? matches(sentence, DENY) : []) {
		// "its former leader, Omar Khalid Khurasani, disowned the attack", "The Taliban, who have fought …, denied",
		// "Pakistan, for its part, denied": the name set off before the verb.
		// "has denied any connection to the organisation": a denial of ties to a group, not of a part in the attack.
		if (
			/\b(?:links?|connections?|ties)\s+(?:to|with)\s+(?:the|that|this|any)\s+(?:organi[sz]ation|group|movement|network)\b/i.test(
				sentence.slice(m.index, m.index + m[0].length + 40)
			)
		)
			continue;
		const who = doerBefore(sentence, m.index);
		if (!who) continue;
		const start = sentence.lastIndexOf(who.subject, m.index);
		// "A Lashkar-e-Taiba spokesman denied …", "a spokesman for the Taliban denied …": the group denies through them.
		const voice =
			/^(?:an?|the)\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|official|leader|commander)\s+(?:for|of)\s+((?:the\s+)?[A-Z].*)$/i.exec(
				who.subject
			)?.[1] ??
			/^(?:an?|the)\s+([A-Z].*?)\s+(?:spokes(?:man|woman|person)|official|leader|commander)$/i.exec(who.subject)?.[1] ??
			// ("The Pakistani Taliban's spokesman, Shahidullah Shahid, denied …": the group whose spokesman he is.)
			/((?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)['’]s\s+(?:\w+\s+)?spokes(?:man|woman|person),\s+$/.exec(
				sentence.slice(0, start)
			)?.[1];
		out.push({
			kind: 'denial',
			subject: voice ?? who.subject,
			aliases: who.aliases,
			value: m[0],
			quote: sentence.slice(start, m.index + m[0].length),
			index: m.index
		});
	}
	for (const m of sentence.includes('warned') ? matches(sentence, WARN) : []) {
		const who = subjectBefore(sentence, m.index);
		if (!who) continue;
		const start = sentence.lastIndexOf(who.subject, m.index);
		// "warned Iran … and did the same for Moscow": one warning with both, so one question has one answer.
		const value = m[2] ? `${m[1]} and ${m[2].replace(/\.$/, '')}` : m[1]!;
		const end = m[2] ? m.index + m[0].length : m.index + m[0].indexOf(m[1]!) + m[1]!.length;
		out.push({ kind: 'warning', subject: who.subject, value, quote: sentence.slice(start, end), index: m.index });
	}
	return out;
}
