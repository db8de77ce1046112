/**
 * The patterns event mentions are read with: event nouns, venues, names of places, and the verb and noun phrases
 * that tell of an attack; and the small helpers that judge a phrase found by them. Every pattern is a run of simple
 * tokens without nested quantifiers over the same text, so matching stays linear.
 */
import { MONTHS, WEEKDAYS } from '../lang';
import { NUMBER } from './numbers';
import { TAKEN } from './toll-patterns';
import { isClauseMark } from './quote';
import { pattern } from '../lang/pattern';

export const NOUNS =
	'abductions?|kidnappings?|attacks?|strikes?|bombings?|bombs?|shootings?|massacres?|raids?|blasts?|explosions?|sieges?|stabbings?|assaults?|rampages?|ambush(?:es)?|arrests|hostage-taking|hostage\\s+(?:crisis|standoff|stand-off|drama)|slaughter|incident';
/** Lowercase modifiers a briefing keeps in the event's name ("suicide bombings", "terrorist attack"). */
export const KEEP = new Set([
	'suicide',
	'terrorist',
	'terror',
	'bomb',
	'gun',
	'car',
	'truck',
	'mass',
	'jihadi',
	'jihadist',
	'drone',
	// "Chhattisgarh IED blast": the device, in capitals, is no place.
	'ied',
	'vbied'
]);
/** Ordinal words and their numbers: "the second bomb", "the third attack in Germany". */
export const ORDINAL_OF: Readonly<Record<string, number>> = {
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7
};
/** Places whose names hold "and", which name one place: "Jammu and Kashmir". */
export const AND_PLACE_NAMES = [
	'Jammu and Kashmir',
	'Bosnia and Herzegovina',
	'Trinidad and Tobago',
	'Antigua and Barbuda',
	'Saint Kitts and Nevis',
	'Turks and Caicos'
] as const;
/** An ordinal that places an event in a series ("the third attack") or a site among others ("the second bomb"). */
export const ORDINAL = pattern(`\\b(${Object.keys(ORDINAL_OF).join('|')})\\b`, 'i');

/** Venue nouns, singular or plural ("two Christchurch mosques", "packed metro trains"). */
export const VENUE_NOUNS =
	'nightclub|government\\s+(?:quarter|district|complex|compound|buildings?|offices|headquarters)|bar|pub|metro|hall|police\\s+headquarters|theater|theatre|airport|university|mosque|church|chapel|cathedral|basilica|temple|mausoleum|synagogue|school|hospital|station|terminus|stadium|market|base|square|shrine|cemetery|refinery|plant|port|terminal|pipeline|depot|embassy|consulate|(?:diplomatic|U\\.S\\.|US|American|British|French|UN|U\\.N\\.)\\s+mission|palace|hotel|harbour|harbor|academy|barracks|prison|ward|rally|convention|concert|wedding\\s+reception|wedding|funeral|ceremony|checkpoint|convoy|bus|stop|park|train|tram|ferry|boat|club|caf[eé]|restaurant|mall|supermarket|store|museum|junction|roundabout|intersection|(?:cultural|community|islamic|shopping|trade|medical|arts|conference|convention|sports|health|training|recruitment|police|detention|military|youth|business|education|educational|tuition|learning|coaching)\\s+cent(?:re|er)|college|office|parliament|ministry|court\\s+(?:buildings?|complex|premises)|courthouse|court|festival|(?:bike|cycle|foot|pedestrian)\\s+path|promenade|bridge|parade|soil|venue|compound|camp|village|town|network|beach|resort|cinema|bazaar|guesthouse|campus|bakery|pizzeria|discotheque|disco|madrasa|madrassa|seminary|monastery|kindergarten|clinic|(?:care|nursing)\\s+home|studio|factory|warehouse|dormitory|gymnasium|auditorium|border\\s+(?:police\\s+)?(?:gate|crossing|post)|(?:army|military)\\s+(?:out)?post|outpost';
export const VENUES = `(?:${VENUE_NOUNS})(?:e?s)?`;
/**
 * The end of a venue word. \b alone never ends "café": in a JavaScript pattern an accented letter is no word character,
 * so "a Starbucks café and a police post" had no venue and its attack no place.
 */
export const VENUE_B = '(?:\\b|(?<=[À-ÖØ-öø-ÿ])(?![\\wÀ-ÖØ-öø-ÿ]))';
export const VENUE_END = pattern(`\\b(?:${VENUES})$`, 'i');
/** Venue nouns as part of a name: "the Lodge Hotel", "the Grand Mosque", and a named quarter ("the Oregon District"). */
export const NAMED_VENUES = `${VENUE_NOUNS.split('|')
	.map((v) => v[0]!.toUpperCase() + v.slice(1))
	.join('|')}|District|Quarter|Centre|Center|Express`;
/** A character of a name's word: a letter (Latin letters beyond ASCII too: "Akdağ", "Kurtulmuş"), digit, apostrophe or hyphen. */
export const NAME_CHAR = "[\\wÀ-ÖØ-öø-ÿĀ-ſ'’-]";
/** A capitalised word of a name; "al-", "of" and particles like them may join two of them (`NAME`). */
export const CAP = "[A-ZÀ-ÖØ-Þ][\\wÀ-ÖØ-öø-ÿĀ-ſ'’.-]*";
// "Jammu and Kashmir's Reasi district", "Bosnia and Herzegovina's": a pair owning what follows is one place's name.
// ("Chhattisgarh IED blast": a device in capitals ends it.)
// Particles inside a name: "Sharm el-Sheikh", "Dar es Salaam", "Deir ez-Zor", "Rio de Janeiro", "Ras al-Khaimah", "the Gare
// du Nord", "Place de la Concorde", "Ponte della Libertà"; and a number after "Terminal" or "No.": "Road No. 79".
/** The article that may open an Arabic name's word: "al-" of "Ras al-Khaimah", "ez-" of "Deir ez-Zor". */
export const ARTICLE = '(?:al|el|ad|an|ar|as|ash|at|az|ez|en)-';
export const NAME = `(?:(?:al|el)-)?${CAP}(?:\\s+(?:of\\s+|and\\s+(?=[A-Z][\\w'’-]*['’]s\\s)|${ARTICLE}|(?:de\\s+la|de|du|des|del|della|di|es|da|do|dos|van|von|der)\\s+)?(?!V?IEDs?\\b)${CAP}){0,4}(?:(?<=\\b(?:Flight|Terminal|Gate|Platform|Pier|Block|Ward|Checkpoint|Sector|No\\.))\\s+\\d+[A-Z]?\\b)?`;
/**
 * "a packed concert hall", "the Crocus City Hall theater", "Kabul University", "an election rally"; never across a
 * conjunction ("in Russia since the Beslan school" is a place and another event).
 */
/**
 * "Paris, France"; "Tanta and Alexandria", two places of one event, when nothing capitalised follows the second; "Quetta,
 * Parachinar and Karachi", a list of them (a set of attacks, not the first of its sites), unless a verb in the past
 * follows ("Peshawar, Pakistan and India condemned" is a place, then another subject). An abbreviation in capitals
 * after the comma is no country unless it names one ("in Somalia's Beledweyne, MP among dead").
 */
export const PLACE = `${NAME}(?:(?:,\\s+${CAP}(?:\\s+${CAP})?)+\\s+and\\s+${CAP}(?:\\s+${CAP})?(?=\\s*[,.;:]|$|\\s+(?:killed|rises|rose)\\b|\\s+(?![a-z]+ed\\b)[a-z])|,\\s+(?!(?!(?:US|UK|UAE|USA|DRC)\\b)[A-Z]{2,4}\\b)${CAP}(?:\\s+${CAP})?(?:\\s+Government\\s+Area)?|\\s+and\\s+${CAP}(?=\\s*[,.;:]|\\s+[a-z]|$))?`;
/**
 * "in the southeastern city of Kerman", "in Lebanon’s northern city of Tripoli", "in the working-class district of
 * Güngören", "outside the besieged northern town of Arbinda", "in the western German town of Hanau", "in western
 * Kabul": the kind of place,
 * or the part of it, before its name, which the name alone names.
 */
const OF_PLACE = `(?:(?:the|[A-Z][\\w-]*['’]s)\\s+(?:(?:[a-z][a-z-]*|[A-Z][a-z]+)\\s+){0,3}(?:city|town|village|port|province|district|region|entrance|gates?|front|foyer|lobby|centre|center|heart|outskirts|suburbs|edge|island)\\s+of\\s+|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+|central\\s+)?`;
/** "Beirut's southern suburbs", "Kabul's old city": a part of a place, named by its owner, is in that place. */
export const OWNED_QUARTER = `${CAP}['’]s\\s+(?:[a-z][a-z-]*\\s+){0,2}(?:suburbs|outskirts|centre|center|heart|old\\s+(?:city|town|quarter)|downtown|districts?|quarters?|neighbou?rhoods?)\\b`;
export const OWNED_QUARTER_RE = pattern(`^${OWNED_QUARTER}$`);
/**
 * "the Bourj el-Barajneh district of Beirut's southern suburbs": a named quarter of a town's part. (Not "the X district
 * of Y" alone, which names the town first as often as the quarter: "the Brussels district of Molenbeek".)
 */
const NAMED_QUARTER = `the\\s+(?:(?:(?:al|el)-)?${CAP}\\s+){1,3}(?:district|neighbou?rhood|quarter|area)\\s+of\\s+${OWNED_QUARTER}`;
export const NAMED_QUARTER_RE = pattern(`^${NAMED_QUARTER}$`);
/**
 * "an attack on Hindu pilgrims", "on Coptic Christians": people of a faith are whom it targeted, named with their faith
 * (the faith word alone is no place: DEMONYM).
 */
const FAITHFUL = `(?:Hindu|Sikh|Christian|Jewish|Shia|Shiite|Shi'ite|Sunni|Buddhist|Yazidi|Coptic|Ahmadi|Sufi|Alawite|Druze|Hazara|Muslim|Catholic)\\s+(?:pilgrims|worshippers|Christians|Muslims|families|villagers|students|schoolchildren|children|women|men|civilians|community|communities|minority|devotees|mourners)\\b`;
/**
 * Whose a convoy or a motorcade was, after its owner's name: "a convoy of Michoacan state police", "the convoy of
 * Mexico City's police chief" (review 27, min/z07-1, whose question had asked of "a convoy of Michoacan").
 */
const PEOPLE_OF =
	'(?:police|officers|soldiers|troops|guards|workers|engineers|officials|pilgrims|chief|commander|governor|mayor|minister|president|prosecutor|judge|ambassador)';
/**
 * A vehicle named by whose it was: "the armoured vehicle of Mexico City's police chief", "the car of the governor" (review
 * 27, min/z10-3: with no event told, the chief's blame went to an attack of the year before). A vehicle alone names no
 * target ("a bomb on a security forces vehicle" is the bombing at its place).
 */
const OWNED_VEHICLE = `(?:(?:a|an|the)\\s+)?(?:armou?red\\s+|official\\s+)?(?:vehicle|car|motorcade)\\s+of\\s+(?:${CAP}(?:\\s+${CAP}){0,3}['’]s\\s+(?:[a-z][\\w-]*\\s+){0,2}|the\\s+(?:[a-z][\\w-]*\\s+){0,2})${PEOPLE_OF}\\b`;
/** Squares and promenades named by the name after them: "the Promenade des Anglais", "the Place de la République". */
export const SQUARES = 'Promenade|Place|Plaza|Piazza|Boulevard|Rue|Avenida';
export const TARGET = `${OWNED_VEHICLE}|(?!(?:and|or|but)\\s)(?:(?:a|an|the|its|their)\\s+)?(?:(?!(?:since|after|before|when|while|until|because|than|for|with|from|by|beside|near|outside|opposite|behind|inside|across|as|where|amid|during|between|in)\\s)(?:[a-z][\\w'’-]*|${CAP})\\s+){0,4}(?:${VENUES})${VENUE_B}(?!\\s+(?:vehicles?|cars?|vans?|grounds?|staff|guards?|employees|workers|officials)\\b)(?:\\s+of\\s+(?:[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}['’]s\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:${VENUES}|${PEOPLE_OF})\\b|(?:the\\s+(?:[a-z][\\w-]*\\s+){0,3}|(?:la|le|les|el|los|las)\\s+)?${NAME}(?<!['’]s)(?<!['’])(?:\\s+(?:[a-z]+\\s+)?${PEOPLE_OF}\\b)?))?|the\\s+(?:${CAP}\\s+(?:of\\s+(?=[A-Z]))?){1,4}(?:${NAMED_VENUES}|building|complex|Arena)\\b(?:\\s+of\\s+${NAME})?|the\\s+(?:Cathedral|Church|Basilica|Mosque|Shrine|Synagogue|Chapel|Monastery|Temple)\\s+of\\s+(?:the\\s+)?${NAME}(?:\\s+and\\s+(?:Saint|St\\.?|San|Santa|Sainte|Our)\\s+${NAME})?|the\\s+(?:${SQUARES})\\s+(?:des|de\\s+la|de|du|del|della|di)\\s+${CAP}(?:\\s+${CAP})?|the\\s+(?:centre|center|heart|outskirts|suburbs)\\s+of\\s+${NAME}|the\\s+(?:city|town)\\s+cent(?:re|er)\\b|${NAMED_QUARTER}|${OWNED_QUARTER}|${FAITHFUL}|(?:central|downtown)\\s+${NAME}|${PLACE}`;
/** Blasts going off in turn: "a series of small bombs began exploding in Hua Hin". */
export const BEGAN_GOING_OFF = '(?:began|started)\\s+(?:exploding|going\\s+off)';
/** A modifier word before an event noun: not a function word, so "two months after" is not part of "bombings". */
export const MOD = `(?:(?!(?:after|before|in|on|at|of|from|to|for|with|by|over|about|against|during|since|the|a|an|and|or|but|that|which|its|their|months?|years?|days?|weeks?|similar|other|several|many|more|future|recent|past|previous|external|international|successful|surprise|such|these|those)\\b)[\\w'’][\\w'’-]*\\s+)`;

/**
 * How blasts followed each other, or the hour, between the verb and the place: "went off in quick succession in the
 * bazaar", "went off shortly before 10 p.m. at the Farah hotel", "exploded about two hours later in Medina district".
 */
const DAY = `(?:${WEEKDAYS.join('|')})\\b`;
export const IN_TURN = `(?:in\\s+(?:quick|rapid)\\s+succession|(?:(?:about|some|nearly|almost|around|just)\\s+)?(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|\\d+)\\s+(?:minutes|hours?)\\s+later|(?:almost\\s+)?simultaneously|(?:minutes|moments|seconds)\\s+apart|within\\s+(?:minutes|(?:an|one|two|three)\\s+hours?)(?:\\s+of\\s+each\\s+other)?|(?:(?:shortly|just|soon)\\s+)?(?:before|after|at|around|about|at\\s+about|at\\s+around)\\s+\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)(?:\\s+(?:local\\s+time\\s+)?on\\s+${DAY}|(?!\\s+(?:local\\s+time\\s+)?on\\s+${DAY}))(?=\\s))`;
export const NOUN_RE = pattern(
	// ("assault rifles", "attack helicopters", "strike aircraft": a weapon named for what it does is no event; nor are
	// "bomb detectors", "a bomb scare" or "bomb-making materials"; and "three bomb blasts" are blasts, a bomb's kind.)
	// ("a homemade bomb hidden in a locker at a Perekrestok supermarket": where a bomb was hidden, before the venue it went
	// off at, is as where it sat; review 53, FC min/08-12 found no event in it.)
	// ("died of a heart attack in hospital": nor is an illness's attack; review 53, FB min/06-5 made an attack on a
	// hospital.)
	`\\b(?:([Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hose|[Tt]hese|[Ii]ts|[Tt]heir)\\s+)?(${MOD}{0,3}?)(?<!\\b(?:pre|post|anti|non)-)(?<!\\b(?:heart|panic|asthma|anxiety)\\s)(${NOUNS})\\b(?!-|\\s+(?:blasts?|explosions?|attacks?|rifles?|weapons?|helicopters?|aircraft|jets?|dogs?|boats?|teams?|squads?|units?|forces|troops|vehicles?|drones?|detectors?|disposal|scares?|hoax(?:es)?|threats?|shelters?|makers?|making|factor(?:y|ies)|materials?|plots?|plans?|plotters?)\\b)(?:(?<=\\b(?:bombs?|blasts?|explosions?))(?:(?<=\\bbombs?)\\s+(?:hidden|planted|placed|left|concealed|stashed))?\\s+(?:in|on|inside|under)\\s+(?:a|an|the)\\s+(?:[a-z][\\w-]*\\s+){0,2}?[a-z][\\w-]*(?<!\\b(?:${VENUES}))(?=\\s+(?:outside|at)\\s))?(?:(?:(?:(?<=\\b(?:attack|assault|raid|bombing|shooting|massacre)s?)\\s+(?:was|were)(?=\\s+on\\s))?\\s+(?:on|at|against|in|into|targeting|outside)|(?<=\\b(?:siege|bombing|bombings))\\s+of(?!\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d)))\\s+(${TARGET}))?(?:\\s+in\\s+${OF_PLACE}(${PLACE}))?`,
	'g'
);
// Among whom a bomb went off: up to three words before the place word ("among worshippers at the central mosque"), or
// up to eight when "at the", "at a" follows ("among families walking back from the flag-lowering ceremony at the Wagah
// border crossing"); a longer crowd before any other word ("among police officers who were on duty at …") would take
// "on duty" for the place.
/**
 * Where a place is given by the way to it, as conflict reports give a post or an ambush: "30 km from Dori", "north of
 * Kalo", "between the towns of Kalo and Dori", "on the road between Khash and Zahedan". The event is read as at the
 * place named (at both, when two are).
 */
export const NEAR_BY_ROAD =
	'\\d+\\s*(?:km|kilometres|kilometers|miles)\\s+(?:from|outside|(?:north|south|east|west)(?:-?(?:east|west))?\\s+of)|(?:north|south|east|west)(?:-?(?:east|west))?\\s+of|(?:on\\s+the\\s+(?:main\\s+)?(?:road|highway)\\s+)?between(?:\\s+the\\s+(?:towns|villages|cities)\\s+of)?';
/**
 * "gunmen attacked traders near Banibangou", "fighters ambushed soldiers outside Tessit": people attacked where they
 * were. Who they are is no target; the place after them is where the attack happened (read as a town taken from).
 */
const PEOPLE_ATTACKED = `(?:attacked|ambushed|raided|targeted)\\s+(?:(?:a|an|the)\\s+(?:group|convoy|column|crowd|party)\\s+of\\s+)?(?:(?:[a-z][\\w-]*|[A-Z][a-z]+)\\s+){0,2}?(?:traders|villagers|farmers|herders|worshippers|civilians|soldiers|troops|policemen|police\\s+officers|gendarmes|pilgrims|fishermen|miners|shoppers|travellers|passengers|mourners)\\s+(?:near|in|outside|at|(?:on|in)\\s+the\\s+(?:outskirts|edge)\\s+of)`;
export const VERB_RE = pattern(
	`\\b(attacked|bombed|stormed|targeted|struck|hit|raided|ambushed|derailed|overran|overrun|brought\\s+down(?!\\s+(?:the\\s+|its\\s+|part\\s+of\\s+the\\s+)?(?:roof|ceiling|walls?|front|facade|building))|downed|${PEOPLE_ATTACKED}|(?:raided|stormed|attacked)\\s+(?:two|three|four|several|a|an)\\s+(?:[\\w-]+\\s+){0,2}?[a-z]+s?\\s+and(?=\\s+(?:a|an|the)\\s)|(?:struck|attacked)\\s+again\\s+(?:at|outside|near|inside|in|on)|struck\\s+(?:outside|near|inside)|(?:was|were)\\s+(?:killed|shot\\s+dead|wounded|injured)\\s+by\\s+(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,2}?(?:sniper|gunman|gunmen|bomber|bomb|attackers?|assailants?|militants|explosion|blast|device)\\s+(?:at|in|inside|outside|near)|(?:barged?|burst|stormed)\\s+into|(?:tore|torn|ripped)\\s+through|(?:sped|careered|careened|raced|ploughed|plowed|drove|smashed)\\s+through|(?:rammed|drove|driven|ploughed|plowed)\\s+(?:(?!(?:into|and|then)\\s)[\\w-]+\\s+){1,10}?(?:into|through\\s+the\\s+(?:gates?|entrance|barriers?|fence|checkpoint)\\s+(?:of|at)(?=\\s))|(?:drove|driven)\\s+(?:a|an|the|his|her|their)\\s+(?:[^\\s,.;]+\\s+){1,7}?(?:down|along)(?=\\s+the\\s)|(?<=\\b(?:lorry|truck|van|vehicle)\\s+)(?:drove|sped|careered|careened|raced|ploughed|plowed)\\s+(?:along|down)(?=\\s+the\\s)|(?:ploughed|plowed|ploughs|plows|careered|careened|slammed)\\s+into|(?:was|were)\\s+driven\\s+(?:into|at)(?:\\s+the\\s+(?:gates?|entrance|front)\\s+of)?|(?:smash|crash)(?:ed|ing)\\s+into(?:\\s+the\\s+(?:front|side|window|windows|entrance)\\s+of)?|(?:opened|opens|open)\\s+fire\\s+(?:on|at|inside|in)(?:\\s+(?:[\\w-]+\\s+){1,3}?(?:at|inside|in)(?=\\s+(?:the|two|three|four|five|several)\\s))?|(?:shot|gunned\\s+down|shot\\s+dead)\\s+(?:worshippers|pilgrims|shoppers|diners|guests|tourists|students|passengers|revellers|civilians|villagers|mourners|concertgoers)\\s+(?:at|inside|in)(?=\\s+(?:a|an|the)\\s)|(?:abduct(?:ed|ing)|kidnapp(?:ed|ing))\\s+(?:by\\s+(?:[\\w-]+\\s+){1,3}?(?=(?:at|in|near|outside)\\s))?(?:(?:more\\s+than|at\\s+least|about|nearly|some)\\s+)?(?:${NUMBER}\\s+)?(?:[a-z]+\\s+){0,2}?(?:from|at|in|near|outside)(?:\\s+the\\s+(?:town|city|village)\\s+of)?|seiz(?:ed|ing)\\s+(?:(?:more\\s+than|at\\s+least|about|nearly|some)\\s+)?${NUMBER}\\s+(?:more\\s+)?(?:${TAKEN})(?:,\\s+[^,;]{1,40},)?\\s+from(?:\\s+the\\s+(?:town|city|village)\\s+of)?|(?:kill(?:s|ed|ing)?|murder(?:ed|ing)|stabb(?:ed|ing)|shot(?:\\s+dead)?)\\s+(?:an?\\s+[a-z]+\\s+and\\s+)?(?:(?:at\\s+least|more\\s+than|nearly|about|some)\\s+)?${NUMBER}(?:\\s+people|(?:\\s+(?!(?:at|in|on|inside|outside|so|far|this|that|these|those|past|last|late|early|overnight|since|when|who|which|while|after|before|during|and\\s+(?!(?:a|an|the|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s))\\b)(?:[a-z][\\w'’-]*|[A-Z]{2,5})){1,5}?)?(?:,\\s+(?:${NUMBER}|most|many|all|some)\\s+of\\s+them\\s+[\\w'’-]+(?:\\s+[\\w'’-]+)?,)?(?:\\s+and\\s+(?:wounded|injured|hurt)\\s+(?:(?:at\\s+least|more\\s+than|about|nearly|some|another)\\s+)?${NUMBER}(?:\\s+(?:others|more|people))?)?(?:\\s+during\\s+(?:[A-Za-z][\\w-]*\\s+){0,2}?(?:prayers?|services?|[Mm]ass|sermons?|celebrations|festivities|rush\\s+hour))?\\s+(?:at|in(?:\\s+and\\s+around)?|on|inside|outside)(?:\\s+the\\s+(?:car\\s+park|parking\\s+lot|courtyard|forecourt)\\s+of|\\s+(?:a|an|the)\\s+(?:[A-Z][a-z]+\\s+)?(?:meal|dinner|lunch|party|seder|celebration|gathering|feast)\\s+(?:in|at))?|(?:exploded|explodes?|went\\s+off|go(?:es)?\\s+off|gone\\s+off|${BEGAN_GOING_OFF}|(?:was|were)\\s+set\\s+off|detonated|detonates?|(?:(?:blew|blows?)\\s+(?:themselves\\s+|himself\\s+|herself\\s+)?|blown\\s+(?:themselves|himself|herself)\\s+)up|(?:set\\s+off|detonated)\\s+(?:(?:a|an|their|his|her)\\s+(?:[a-z-]+\\s+){0,2}(?:bomb|device|explosives?|vest|belt)|explosives)(?:\\s+(?:packed|hidden|concealed|stuffed)\\s+(?:in|into|inside)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+)?)(?:\\s+among\\s+(?:[A-Za-z][\\w-]*\\s+){0,2}?[a-z][\\w-]*|\\s+among\\s+(?:[a-z][\\w-]*\\s+){3,7}?[a-z][\\w-]*(?=\\s+at\\s+(?:the|a|an)\\s)|\\s+${IN_TURN}|\\s+during\\s+(?:[A-Za-z][\\w-]*\\s+){0,2}?(?:prayers?|services?|[Mm]ass|sermons?|celebrations|festivities|rush\\s+hour))?\\s+(?:in\\s+front\\s+of|at|in|outside|near|inside|on|during|beside|alongside|under|beneath|next\\s+to|close\\s+to|aboard|on\\s+board)(?:\\s+the\\s+(?:foyer|entrance|lobby|gate|heart|stage)\\s+of|\\s+(?:a|an|the)\\s+(?:flat|apartment|house|home|building)\\s+in|\\s+[Pp]latform\\s+\\d+[A-Za-z]?\\s+(?:of|at))?)\\s+(${TARGET})(?:\\s+(?:in|near|at|on(?=\\s+the\\s+(?:[a-z]+\\s+)?(?:edge|outskirts|island)\\s+of\\s)|${NEAR_BY_ROAD})\\s+${OF_PLACE}(${PLACE})(?:\\s+in\\s+(${NAME}))?)?`,
	'g'
);
/**
 * "near Aldgate, where seven people died; at Edgware Road, where six died": a place, then a relative clause of how
 * many died or were hurt there. The place is where a count happened, so it names an event (a site of the one in view,
 * or one recalled: "in Beslan, where 334 people died"; "in Jeddah, where two security men were slightly wounded").
 */
export const SITE_WHERE = pattern(
	`\\b(?:near|at|in|outside|inside|between)\\s+(${PLACE}(?:\\s+and\\s+${PLACE})?),\\s+where\\s+(?:(?:at\\s+least|more\\s+than|about|nearly|some|another)\\s+)?${NUMBER}\\s+(?:[a-z]+\\s+){0,3}?(?:died|were\\s+(?:(?:slightly|lightly|seriously|critically|badly|severely)\\s+)?(?:killed|shot\\s+dead|wounded|injured|hurt)|lost\\s+their\\s+lives)\\b`,
	'g'
);
/**
 * "a pipeline near Ostra was sabotaged", "a convoy of Chinese engineers was attacked in Gwadar": the target first, then a
 * passive verb, with the place before the verb or after it.
 */
export const PASSIVE_RE = pattern(
	`\\b((?:a|an|the)\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:${VENUES}|pipeline|bridge|dam|power\\s+station|substation)(?:\\s+of\\s+(?:[A-Z][\\w'’-]*\\s+){0,2}[a-z]+)?)(?:\\s+(?:leaving|carrying|heading\\s+(?:to|for)|travelling\\s+(?:to|from)|returning\\s+(?:to|from))\\s+[^,;.]{1,50}?)?\\s+(?:(?:near|in|at|outside)\\s+(${PLACE})\\s+)?(?:was|were|has\\s+been|had\\s+been)\\s+(sabotaged|bombed|attacked|targeted|hit|struck|stormed|shelled|ambushed)\\b(?:(?:\\s+on\\s+[\\w.]+(?:\\s+[\\w.]+){0,2}?)?\\s+(?:near|in|at|outside)\\s+(${PLACE}))?`,
	'g'
);
/**
 * Who did it, when it is a kind of attacker rather than a name ("Drones struck …", "Gunmen stormed …", "Armed men
 * attacked …"), or an explainer's question ("How terror hit Surabaya and Sidoarjo"; review 37, AT min/05-4). The
 * forces of order are no name either: "Security forces stormed the museum … and shot both men dead" ended the attack
 * (review 48, CP min/01-1 asked the Bardo museum's toll of "the attack by Security forces").
 */
export const NOT_ACTOR =
	/^(?:(?:how|why|when|where)\s.*|terror|others|some|many|several|both|all|most|who|what|which|whoever|(?:(?:the|twin|bomb|car\s+bomb|suicide|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:(?:armed|masked|unidentified|unknown|suspected|heavily\s+armed)\s+)?(?:bombings?|attacks?|drones?|gunmen|gunman|attackers?|assailants?|militants|fighters|insurgents|rebels|troops|soldiers|police|(?:(?:security|special|government|federal|armed|police|elite|counter-?terrorism)\s+)?forces|commandos|army|police\s+officers|officers|men|bombers?|suicide bombers?|suspects?|missiles?|rockets?|grenades?|bombs?|blasts?|explosions?|car bombs?|explosives?|shells?|mortars?|vans?|lorry|lorries|trucks?|cars?|vehicles?|buses|bus|knifeman|knife|machete))$/i;
/** "the worst such attack that Russia has witnessed": a comparison that names the country of the event in view. */
export const WORST_RE = pattern(
	`\\b(?:the\\s+)?worst\\s+(?:such\\s+)?(?:[a-z]+\\s+)?(?:${NOUNS})\\s+(?:that\\s+)?(${NAME})\\s+(?:has|had)\\s+(?:ever\\s+)?(?:seen|witnessed|suffered)`,
	'g'
);
/**
 * A location phrase on its own, to give a bare mention in the same clause its place ("… at the Naval Air Station",
 * "in the Dzerzhinsky district": a district named by its word, unless "of" names the place it is part of; "followed in
 * Dehiwala and Dematagoda": two places, when the second ends the clause).
 */
export const WHERE_RE = pattern(
	`(?<!['’])\\b(?:at|[Ii]n|into|across|near)\\s+(?:(?:(?:north|south|east|west)(?:ern)?|central)\\s+)?${OF_PLACE}((?:the\\s+)?${NAME}(?:\\s+(?:${VENUES}|capital|district(?!\\s+of\\b)))?(?:\\s+and\\s+${NAME}(?=\\s*(?:[.,;:]|$)|\\s+(?:on|in|at|during|when|last|this|that)\\b))?|the\\s+(?:provincial|regional|state|federal)\\s+capital\\b)(?:\\s+in\\s+(${PLACE}))?`,
	'g'
);

/** A month or a weekday (in English, or Indonesian and Turkish as datelines write it: "on Jumat (17/7)"), no place. */
export const MONTH_OR_DAY =
	/^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Pazartesi|Salı|Çarşamba|Perşembe|Cumartesi|Just|Only)\b/;
/** Names that are not places of an event: groups and generic capitals. */
export const NOT_PLACE =
	/^(?:the\s+)?(?:(?:[Aa]l-)?(?:Shabaa?b|Qaeda|Qaida|Nusra)|[Aa]l-Naba|ISIS-K|ISKP|ISIS|ISIL|Islamic State|Al-Qaeda|Taliban|NATO|US|U\.S\.|The|This|That|It|Its|Their|His|Her|In|On|After|Before|Since|Then|Meanwhile|No|None|Nobody|Nothing|Each|Every|Both|All|Another|Twin|Double|Triple|Deadly|Serial|Coordinated|Multiple|Simultaneous|Fresh|New|Suspected|Islamic Maghreb|Arabian Peninsula|Indian Subcontinent|(?:Suicide\s+)?(?:Attackers?|Gunm[ae]n|Militants?|Bombers?|Assailants?|Jihadists?|Insurgents?|Police|Troops|Soldiers)|Truck|Lorry|Car|Bus|Vehicle|Knife|Machete|Axe|Gun|Grenade|Rocket|Mortar|Drone|Acid|Arson|Ramming)$/;
/**
 * A people's adjective on its own ("the deadliest attack on Russian citizens", "Kenyan soil"), or the people
 * ("the deadliest attack on Christians in Pakistan's history"): the capitals of a description, never the name of a place. Suffixes that no common place name ends with, and the other forms by name.
 */
export const DEMONYM =
	/^(?!Orleans$)(?:[A-Z][a-z]+(?:ian|ean|ese|ish)|Jews|Iraqi|Pakistani|Israeli|Saudi|Yemeni|Afghan|Somali|Kuwaiti|Bangladeshi|Emirati|American|Mexican|Hispanic|Arab|Muslim|Catholic|Moroccan|Kenyan|German|Chechen|Uzbek|Tajik|French|Dutch|Swiss|Greek|Thai|Filipino|Hindu|Sikh|Christian|Jewish|Shia|Shiite|Shi'ite|Sunni|Buddhist|Yazidi|Coptic|Ahmadi|Sufi|Alawite|Druze|Hazara)s?$/;
/**
 * "the Christmas Eve bombings of 2000", "the Easter Sunday attacks", "killed 45 people on Palm Sunday": a feast names
 * when, not where (review 48, CP min/06-12 made "the attack by Alexandria on Palm Sunday in Tanta").
 */
export const FEAST =
	/^(?:the\s+)?(?:(?:Christmas|Easter|New\s+Year|New\s+Year's|Eid|Ramadan|Diwali|Hanukkah|Passover|Ashura)(?:\s+(?:Eve|Day|Sunday|Monday|Night))?|(?:Palm|Whit)\s+Sunday|Good\s+Friday|Holy\s+(?:Thursday|Saturday)|Maundy\s+Thursday|Ash\s+Wednesday|Pentecost|Yom\s+Kippur|Nowruz|Thanksgiving(?:\s+Day)?|Halloween|Bastille\s+Day)$/;

export const clean = (s: string | undefined) =>
	s
		?.trim()
		.replace(/[,.]$/, '')
		.replace(/\s+(?:on|in|at)$/, '')
		// ("shot dead four people in central Vienna": the part of a town is the town; review 45, CA min/03-21.)
		.replace(/^(?:central|downtown)\s+(?=[A-Z])/, '') || undefined;

/** A verb right after a mention, which makes it the subject of a clause about something else. */
export const SUBJECT_OF =
	/^\s+(?:has|have|had|was|were|is|are|prompted|sparked|led|drew|caused|triggered|came|comes|shocked|raised)\b/;
/** Right after a mention: "of May 2020", "in 2019" — the mention carries its own date. */
export const DATED =
	/^\s+(?:of|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b)/;
export const VENUE_ALONE = pattern(`^(?:${VENUES}|truck|car)$`);
/** Whether a word run is a place rather than a month, a group or a pronoun. */
export function placeLike(s: string | undefined): string | undefined {
	// "Moscow's", "New Year's": a possessive names the owner of something else, not the place.
	if (!s || MONTH_OR_DAY.test(s) || NOT_PLACE.test(s) || DEMONYM.test(s) || FEAST.test(s)) return undefined;
	// "4 soldiers killed in BIFF ambush": an acronym is a group's, no place, unless it is a country's. ("Rojas, who died
	// in the blast, had spent two decades in the ELN": with its article too; review 27, min/z01-1.)
	if (/^(?:the\s+)?[A-Z]{3,5}$/.test(s) && !/^(?:the\s+)?(?:USA|UAE|DRC|CAR|KSA)$/.test(s)) return undefined;
	// "in Moscow, ISIS-K appears": what follows the comma is the next clause's subject, not a country; "on Harbour
	// Road, Velda's main street": a possessive after the comma starts an apposition; "in Karsk, February": a month.
	const [head, tail] = s.split(/,\s+/);
	if (tail && (NOT_PLACE.test(tail) || MONTH_OR_DAY.test(tail) || /['’]s$/.test(tail)))
		return /['’]s$/.test(head!) ? undefined : head;
	return /['’]s$/.test(s) ? undefined : s;
}

/**
 * A phrase read where a target stands that names no target: "in response to raids on mosques" (a reason), "in four
 * attacks on Kenyan soil" (other events, counted), "the attack on Telegram" (where it was claimed), "the bombing on
 * Jan. 24" (a month).
 */
const NO_TARGET = pattern(
	`^(?:(?:in\\s+)?(?:response|retaliation|revenge|reprisal)\\b|(?:[\\w-]+\\s+)*?(?:${NOUNS})\\b|(?:the\\s+)?(?:Twitter|Telegram|Facebook|YouTube|WhatsApp|Instagram|TikTok|X|Amaq|social\\s+media)(?:\\s+(?:app|channel|channels|account|accounts|page))?$|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|${MONTHS.join('|')})\\.?$)`,
	'i'
);
export const targetOf = (phrase: string | undefined) => (phrase && !NO_TARGET.test(phrase) ? phrase : undefined);

/**
 * A word that opens a clause of its own, past which a place is that clause's ("attacked the club because Valdor was
 * fighting in Ostrania"); and "as" before forces and their verb ("death toll rises to 42 as army pursues rebels into
 * Congo": review 54, GB min/02-1 put the Uganda school attack in Congo).
 */
export const SUBORDINATE =
	/\b(?:because|although|though|while|whereas|since|after|before|until|unless|when|even\s+as|as\s+(?:the\s+)?(?:army|police|troops|soldiers|forces|security\s+forces|rescuers|officials|government|authorities)\s+[a-z]+s)\b/i;

/** The copula before a predicate mention: "… was the deadliest …", "… is a …". */
// ("The 2002 Bali bombings were a series of terrorist bombings in … Kuta": what a set of events was, too.)
export const COPULA =
	/\b(?:was|is|were|are|became|remains|remained)\s+(?:also\s+|still\s+)?(?:(?:a|an)\s+(?:series|wave|string|spate|pair|set)\s+of\s+)?$/;

/** Whether [a, b) of a sentence holds no clause mark (dash, semicolon, colon). */
export function sameClauseSpan(sentence: string, a: number, b: number): boolean {
	for (let i = a; i < b; i++) if (isClauseMark(sentence, i)) return false;
	return true;
}

/** The clause around `i`: dashes, semicolons and colons end one; commas do not (places hold them). */
export function clauseOf(sentence: string, i: number): [number, number] {
	let a = i;
	while (a > 0 && !isClauseMark(sentence, a - 1)) a--;
	let b = i;
	while (b < sentence.length && !isClauseMark(sentence, b)) b++;
	return [a, b];
}

/** "three days after", "hours before": a span counted from one event to another. */
export const SPAN_TO = /\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\b/i;

/**
 * An underground railway, which names where an attack was as a venue does: "the metro blast", after bombs at an
 * airport, is another attack (review 48, CN min/02-8 gave Maelbeek's 20 dead to Zaventem).
 */
export const RAIL = /^(?:metro|subway|underground)$/;
