/**
 * People described by a noun phrase in apposition, the commonest way news copy gives a role: "Ahmed Selim, a teacher
 * who lost two brothers", "Syed Rizwan Farook, 28, a county restaurant inspector", "The city's mayor, Christian
 * Estrosi, said", "the church's sacristan, Vincent Loques, 55,". The title patterns of actors.ts read titles from a
 * list; here any noun phrase whose head names a person is a role, read by the shape of the head word rather than a
 * list of jobs, so a tea vendor, a midwife or a sacristan is read as a lecturer is.
 */
import { NAME_CHAR } from './event-patterns';
import { matches, type KeyWords } from './matches';
import { pattern } from '../lang/pattern';

/** A capitalised name word, as actors.ts reads one: "Jadoon", "McCary", "O’Brien", "Jean-Philippe". */
const NAME_WORD =
	"[A-ZÀ-ÖØ-ÞĀ-ſ](?:[a-zß-öø-ÿĀ-ſ]+(?:['’]?[A-Z][a-zß-öø-ÿĀ-ſ]+)?|['’][A-Z][a-zß-öø-ÿĀ-ſ]+)(?:-[A-Z]?[a-zß-öø-ÿĀ-ſ]+)?";
/** Two or three name words, with the particles names carry between them ("Joseph ole Lenku", "Osama bin Laden"). */
const PERSON = `((?:[A-Z]\\.){1,3}\\s?${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}|${NAME_WORD}(?:\\s+(?:al-|bin\\s+|ibn\\s+|de\\s+|van\\s+|von\\s+|ole\\s+|da\\s+)?${NAME_WORD}){1,3})`;

/**
 * The head of a noun phrase naming a person: an agent noun by its ending (teacher, vendor, analyst, politician,
 * spokesman, volunteer, trustee, assistant) or one of the person nouns that no ending marks.
 */
const PERSON_HEAD =
	'(?:[a-z][a-z-]*(?:er|or|ist|ian|man|woman|person|eer|ee|ant|ain)|surgeon|nurse|midwife|student|resident|parent|agent|president|mother|father|son|daughter|wife|husband|brother|sister|cousin|uncle|aunt|widow|priest|imam|pastor|rabbi|cleric|monk|nun|survivor|veteran|candidate|diplomat|chef|guard|cadet|pilot|medic|graduate|refugee|migrant|witness|victim|hostage|official|deputy|chief|head|expert|associate|fellow|scholar|judge|clerk|delegate|envoy|emissary|secretary|consul|colonel|general|sergeant|constable|sacristan|deacon|co-founder|co-defendant|principal|groom|bride|suspect|mastermind|ringleader)';
/** Words with an agent's ending that name things, not people: "a number", "a corner", "a restaurant". */
const NOT_PERSON =
	/^(?:number|border|corner|quarter|order|paper|letter|chapter|winter|summer|river|tower|power|container|cluster|computer|poster|shelter|water|matter|floor|door|sector|factor|corridor|motor|error|mirror|tremor|reactor|monitor|restaurant|plant|grant|domain|chain|train|terrain|campaign|list|twist|median|urban|other|after|under|over|later|former|older|younger|rather|either|neither|whether|together|further|bigger|larger|smaller|greater|fewer|major|minor|junior|senior|interior|exterior|prior|superior|inferior|can|van|ban|plan|man|span|scan|clan|tan|ran|fan|pan)$/;

/** A modifier inside the phrase: any word but a preposition or article, which would start another phrase. */
const MODIFIER = `(?:(?!(?:a|an|the|at|in|on|to|with|of|for|from|and|by|as)\\s)${NAME_CHAR}+\\s+)`;
/**
 * After "the", an apposition names things as often as people ("Velda Autos, the carmaker", "Tarn Valley, the center of
 * the revolt", "Royal Tern, the destroyer"): only these heads, which name no firm, place or vessel, are read there
 * ("Anwar al-Awlaki, the American-born cleric", "Roger Berg, the acting head of the Police Security Service").
 */
const THE_HEAD =
	'(?:cleric|preacher|imam|priest|pastor|bishop|rabbi|spokesman|spokeswoman|spokesperson|head|chief|director|minister|president|mayor|governor|ambassador|envoy|commander|colonel|judge|prosecutor|lawyer|father|mother|son|daughter|wife|husband|brother|sister|widow|suspect|gunman|bomber|attacker|driver|founder|co-founder|organi[sz]er|mastermind|ringleader|planner|killer|shooter|assailant|accomplice|recruiter|bomb-maker)';

/**
 * "X, 28, a county restaurant inspector who …": the phrase runs from its article to its head, then any "at Y" (a date's
 * comma within: "the organiser of the April 3, 2017 St Petersburg metro bombing").
 */
const DESCRIBED = pattern(
	`${PERSON},\\s+(?:\\d{1,3},\\s+)?(?:a|an|the(?=\\s+${MODIFIER}{0,3}?${THE_HEAD}\\b))\\s+(${MODIFIER}{0,4}?${PERSON_HEAD})((?:\\s+(?:at|with|of|for|from|on)\\s+(?:[^,.;:“”"()]|,\\s+(?=\\d{4}\\b))*?)?)(?=\\s+(?:who|whose|and|said|says|told)\\b|,(?!\\s+\\d{4}\\b)|[.;:]|$)`,
	'g'
);
/**
 * "The city's mayor, Christian Estrosi, said", "Her mother, Rebecca Sharibu, appealed", "the state commissioner for
 * education, Badamasi Charanchi,", "The imam of the mosque, …": the phrase before the name. (Not "The wife of the
 * driver, Ahmed Musa, said he …": with a person after "of", the name may be either's.)
 */
/**
 * A rank before a name the phrase before it describes: "The army spokesman in North Kivu, Captain Anthony Mualushayi".
 * The phrase is the role; the rank says no more (review 25, min/w02-1).
 */
const RANK =
	'(?:(?:Captain|Lieutenant(?:[- ]Colonel)?|Colonel|Major|General|Sergeant|Corporal|Brigadier(?:[- ]General)?|Commander|Inspector|Superintendent)\\s+)?';
const DESCRIBED_BEFORE = pattern(
	`(?:^|[^\\w'’-])((?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\\s+${MODIFIER}{0,4}?${PERSON_HEAD}(?:\\s+(?:of|for)\\s+(?!(?:(?:the|a|an|one|his|her|their)\\s+)?(?:[a-z-]+\\s+)?${PERSON_HEAD}\\b)(?:[a-z]+(?:\\s+[a-z]+)?|the\\s+[A-Z][\\w'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?[A-Z][\\w'’-]*){0,3}))?(?:\\s+in\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,2})?),\\s+${RANK}${PERSON}(?=,|\\.|\\s+(?:said|says|told|was|is)\\b|$)`,
	'g'
);

/**
 * The person nouns that may stand right before a name with no comma: only people's, since an agent noun there often
 * names a thing ("the freighter Ever Given", "the operator Karsk Lines", "the winner Karsk United"), and no noun a firm
 * is called by too ("the market leader Velda Systems", "the seller Tarn Books", "the chief Velda Province had sent").
 */
const BARE_HEAD =
	'(?:worker|cartoonist|journalist|cleric|preacher|imam|priest|pastor|bishop|rabbi|driver|teacher|student|doctor|surgeon|nurse|diplomat|activist|lawyer|judge|soldier|policeman|policewoman|bomber|gunman|attacker|suspect|militant|commander|writer|author|novelist|poet|photographer|reporter|filmmaker|artist|businessman|businesswoman|politician|analyst|researcher|scholar|professor|recruiter|bomb-maker|veteran|mastermind|ringleader|blogger|singer|footballer|pilot|shopkeeper|farmer|economist|historian|academic|dissident|spokesman|spokeswoman|ambassador|envoy)';
/**
 * "the American aid worker Jeffery Woodke", "the Swedish cartoonist Lars Vilks", "the cleric Fethullah Gulen": the
 * phrase right before the name, with no comma, after "the" (a nationality may open it).
 */
const DESCRIBED_BARE = pattern(
	`\\bthe\\s+((?:[A-Z][a-z]+(?:-born)?\\s+)?(?:(?!(?:a|an|the|at|in|on|to|with|of|for|from|and|by|as)\\s)[a-z][a-z-]*\\s+){0,2}?${BARE_HEAD})\\s+${PERSON}(?=[,.;:]|\\s+(?:said|says|told|was|is|who|whose|and|,)\\b|$)`,
	'g'
);

/**
 * What every match of each pattern holds, tested first: a comma before a name (DESCRIBED_BEFORE), a comma before
 * "a"/"an" (DESCRIBED). Most sentences' commas are neither, and the test spares a scan that tries every word.
 */
const NAME_AFTER_COMMA = /,\s+[A-ZÀ-ÖØ-ÞĀ-ſ]/;
const ARTICLE_AFTER_COMMA = /,\s+(?:\d{1,3},\s+)?(?:an?|the)\s/;
/** The pairs above, kept in step by tests/unit/generator/key-words.spec.ts. */
export const KEY_WORDS: readonly KeyWords[] = [
	{ name: 'DESCRIBED', pattern: DESCRIBED, needs: ARTICLE_AFTER_COMMA },
	{ name: 'DESCRIBED_BEFORE', pattern: DESCRIBED_BEFORE, needs: NAME_AFTER_COMMA }
];

/** Words that make a capitalised run a group or an institution, not a person: "Ahvaz National Resistance". */
const NOT_A_NAME =
	/\b(?:Holdings|Properties|Construction|Company|Corporation|Motors|Lines|Airlines|Bank|Ltd|Inc|State|Group|Front|Brigades?|Army|Province|Movement|Party|Council|Network|Forces?|Guards?|Resistance|Liberation|University|Institute|Centre|Center|Foundation|Ministry|Agency|Police|School|College|Hospital|Street|Avenue|Square|Road|Station|Airport|Hotel|Church|Mosque|Cathedral|Market|Mall|District|Province|Island|City|Hall|Court|Rights|News)\b/;

/** A person noun right before "of"/"for": "The mother of", "A lawyer for" (not "the imprisonment of"). */
const OF_ANOTHER = pattern(`\\b${PERSON_HEAD}\\s+(?:of|for|to)\\s+$`);
/** A person named with a described role, and the words that say so. */
export interface Described {
	person: string;
	role: string;
	quote: string;
	index: number;
}

const isHead = (phrase: string) => {
	const head = /([\w-]+)$/.exec(phrase)?.[1] ?? '';
	return !NOT_PERSON.test(head.toLowerCase());
};

/** People named right after a phrase that says what they are: "the American aid worker Jeffery Woodke". */
export function describedBare(sentence: string): Described[] {
	if (!/\bthe\s+[A-Za-z][^,.;]*\s[A-Z]/.test(sentence)) return [];
	const out: Described[] = [];
	for (const m of matches(sentence, DESCRIBED_BARE)) {
		if (NOT_A_NAME.test(m[2]!) || !isHead(m[1]!)) continue;
		out.push({ person: m[2]!, role: m[1]!, quote: m[0], index: m.index });
	}
	return out;
}

/** "Peter Haldane, one of the survivors,": one of a group of people, in apposition. */
const ONE_OF = pattern(
	`${PERSON},\\s+(one\\s+of\\s+the\\s+${MODIFIER}{0,2}?(?:survivors|victims|hostages|witnesses|suspects|attackers|gunmen|bombers|founders|co-founders|organisers|organizers))(?=[,.;:]|\\s+(?:who|said|says)\\b|$)`,
	'g'
);

/** People given a role by a noun phrase in apposition after their name: "Ahmed Selim, a teacher who …". */
export function describedAfter(sentence: string): Described[] {
	if (!ARTICLE_AFTER_COMMA.test(sentence) && !sentence.includes(', one of the ')) return [];
	const out: Described[] = [];
	for (const m of matches(sentence, DESCRIBED)) {
		const before = sentence.slice(Math.max(0, m.index - 5), m.index);
		// "the Observatory for Human Rights, a monitor": a name inside another name is not a person.
		if (/\b(?:of|for|the|in|at)\s$/.test(before) || NOT_A_NAME.test(m[1]!) || !isHead(m[2]!)) continue;
		// ("… tracking the group towards Virunga National Park, a military spokesman said": a name a preposition of
		// place governs ends what the speaker said, and is no person; review 50, CX min/02-3.)
		if (/\b(?:towards?|into|near|outside|inside|across|around)\s+$/i.test(sentence.slice(0, m.index))) continue;
		const role = `${m[2]!}${m[3] ?? ''}`.trim();
		out.push({ person: m[1]!, role, quote: m[0], index: m.index });
	}
	for (const m of sentence.includes('one of the') ? matches(sentence, ONE_OF) : []) {
		if (NOT_A_NAME.test(m[1]!)) continue;
		out.push({ person: m[1]!, role: m[2]!, quote: m[0], index: m.index });
	}
	return out;
}

/**
 * What a live page or a caption calls someone before the name, capitalised as the entry's first word: "Witness Danny
 * Fell, a taxi driver", "Guest Hanna Lindqvist, a Swedish nurse"; or an adverb opening the sentence ("Meanwhile
 * Abdirahman Farah, the governor, …"), or a byline's "By". No part of the name.
 */
export const LABEL =
	/^(?:By|Witness|Eyewitness|Guest|Survivor|Resident|Student|Passenger|Shopkeeper|Worshipper|Pilgrim|Mourner|Villager|Neighbour|Neighbor|Customer|Local|Meanwhile|However|Separately|Later|Earlier|Also)\s+(?=[A-Z][\w'’-]*\s+[A-Z])/;

/**
 * People given a role by a noun phrase in apposition before their name: "Her mother, Rebecca Sharibu, appealed …".
 * Read before any pattern after the name, which would take "appealed to the president" for her role.
 */
export function describedBefore(sentence: string): Described[] {
	if (!NAME_AFTER_COMMA.test(sentence)) return [];
	const out: Described[] = [];
	for (const m of matches(sentence, DESCRIBED_BEFORE)) {
		// ("The spokesman of the Ministry of Interior": the head comes before what it is of.)
		if (NOT_A_NAME.test(m[2]!) || !isHead(m[1]!.replace(/\s+(?:of|for)\s.*$/, ''))) continue;
		const start = m.index + m[0].indexOf(m[1]!);
		// "The mother of the suspect, Ibrahim Sow, said her son …", "A lawyer for the suspect, …": the name may be the
		// one the phrase is of or the one before it, and nothing here tells which.
		if (OF_ANOTHER.test(sentence.slice(Math.max(0, start - 30), start))) continue;
		// "the commander of a militia, Ubaydah bin Jarrah": a name after "of a militia" names the militia (review 43, BR
		// min/08-9).
		if (
			/\b(?:of|for)\s+an?\s+(?:[a-z-]+\s+)?(?:militia|group|faction|organi[sz]ation|company|firm|movement|network|cell|brigade|battalion|unit|party|charity|newspaper|agency|foundation)$/.test(
				m[1]!
			) &&
			/\bas\s+$/i.test(sentence.slice(Math.max(0, start - 4), start))
		)
			continue;
		const role = m[1]!.replace(/^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\s+/, '');
		out.push({ person: m[2]!, role, quote: sentence.slice(start, m.index + m[0].length), index: start });
	}
	return out;
}
