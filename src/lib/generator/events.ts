/**
 * Event mentions in one sentence: what happened ("suicide bombings", "attacked Kabul University", "a series of
 * arrests"), on what target ("a maternity ward", "the Crocus City Hall theater") and where ("Kerman, Iran"). A mention
 * is either named (it carries a target or a place, so it can be told from other events) or an anaphor ("the attack",
 * "those attacks", "the worst such attack that Russia has witnessed") that points back at the event the story is on.
 * The patterns are in event-patterns.ts; the keys that tell two mentions apart in event-keys.ts.
 */
import { MONTHS, blankStart, stampLength } from '../lang';
import {
	COPULA,
	DEMONYM,
	IN_TURN,
	NEAR_BY_ROAD,
	NOT_ACTOR,
	NOUNS,
	PASSIVE_RE,
	PLACE,
	SITE_WHERE,
	SPAN_TO,
	SUBJECT_OF,
	SUBORDINATE,
	TARGET,
	VENUES,
	VENUE_B,
	BEGAN_GOING_OFF,
	VENUE_END,
	VERB_RE,
	WHERE_RE,
	WORST_RE,
	NAMED_VENUES,
	OWNED_QUARTER_RE,
	NAMED_QUARTER_RE,
	CAP,
	NAME,
	clauseOf,
	clean,
	placeLike,
	sameClauseSpan,
	targetOf,
	SQUARES
} from './event-patterns';

import { nounAfter, offScene, partOf, whereOf } from './event-places';
import { isCountry } from './countries';
import { nounMentions, subjectBefore } from './noun-mentions';
import { keysOf, listItems } from './event-keys';
import { matches, type KeyWords } from './matches';
import { NUMBER, NUMBER_END } from './numbers';
import { SEIZERS } from './toll-patterns';
import { pattern } from '../lang/pattern';

export { eventKeys, eventSlug, keysOf, listItems } from './event-keys';
export { firstPlace, placeNear, whereOf } from './event-places';

export interface Mention {
	index: number;
	end: number;
	/** The event noun as a briefing names it: "attack", "suicide bombings", "arrests". */
	noun: string;
	/** A venue or object: "a packed concert hall", "Kabul University". */
	target?: string;
	/** Where: "Moscow, Russia", "Kerman, Iran". */
	place?: string;
	/** Who did it, when the sentence says so in the same clause ("Chechen jihadists in 2002 attacked …"). */
	actor?: string;
	/** "the attack", "those attacks", "it": refers back to the event the story is on. */
	anaphor: boolean;
	/** "one of the deadliest attacks in Ostrania": the wider place of a comparison, to name the event if none is in view. */
	wider?: Pick<Mention, 'place' | 'target'>;
	/** "the third attack in Germany and France": one of a series, whose places are the series', never the event's. */
	series?: boolean;
	/** "two terrorist attacks", "three bomb blasts", "twin bombings": how many attacks the mention counts. */
	sites?: number;
	/** "the two attacks": a count of what was already told, which does not make the event in view one of several. */
	again?: boolean;
	/** "since the Army Public School massacre", "hours after the El Paso attack": an earlier event the sentence measures by. */
	recalled?: boolean;
	/** "It exploded at a second checkpoint": a blast told of the device the story is on, where it went off. */
	itsBlast?: boolean;
	/**
	 * "He then drove to the Linwood Islamic Centre, where seven more worshippers were shot dead": a place told as where
	 * more of the story's harm was done, a site of the event in view however far the text has gone since it was named.
	 */
	further?: boolean;
	/** "where he continued his attack": the same attack carried on there, which makes the event in view one of both. */
	goesOn?: boolean;
	/** "Monday's explosion": an anaphor its day owns, which names the event of that day where the text dated one. */
	dayOwned?: boolean;
	/** "The church bombings": the venue's common noun an anaphor names its event by. */
	venueNoun?: string;
	/**
	 * "the first attack on pilgrims since the night of July 10, 2017, when militants fired on a bus": named by the
	 * comparison, the mention is the earlier event the clause after "when" tells of, on the day after "since".
	 */
	sinceWhen?: boolean;
}

/**
 * A hostage-taking at a venue, its hostages counted: "takes 18 people hostage in a cafe in Perth", "held dozens of
 * hostages at the theatre", or taken with no count: "Coulibaly took hostages at a kosher supermarket" (review 47, CK
 * min/03-12) (not "a woman held hostage in a supermarket", which tells of one of them).
 */
/** A named venue: "the Inland Regional Center". */
const NAMED_VENUE_AT_END = pattern(`^the\\s+(?:${CAP}\\s+){1,4}(?:${NAMED_VENUES})$`);
/**
 * A venue people were inside: "inside the Tree of Life synagogue" (not "inside a folded beach umbrella": a venue's word
 * before a thing's names the thing; review 48, CP min/02-4 made "the shooting at a folded beach").
 */
const INSIDE_VENUE = pattern(
	`\\binside\\s+((?:the|a|an)\\s+(?:[A-Za-z][\\w'’-]*\\s+){0,4}?(?:${VENUES}))${VENUE_B}(?!\\s+(?:umbrellas?|bags?|backpacks?|box|boxes|towels?|stalls?)\\b)`,
	'g'
);
/** Shooting told with no object: "… walked through the front doors and began shooting". */
const FIRED_NO_OBJECT =
	/\b(?:opened\s+fire|began\s+(?:shooting|firing)|started\s+(?:shooting|firing))\b(?!\s+(?:on|at|in|into|inside|outside|near|towards?|from|with)\b)/;
/** The venue at the end of what was entered: "a holiday gathering of his co-workers at the Inland Regional Center". */
const AT_VENUE_END = pattern(`\\b(?:at|in)\\s+(${TARGET})$`);
/**
 * A venue by its noun, or one named ("the Inland Regional Center"); `town`: the noun may stand before the town it is in
 * ("a mosque in Quebec City").
 */
const isVenue = (t: string | undefined, town = false): t is string =>
	t !== undefined &&
	(VENUE_END.test(town ? t.replace(/\s+(?:in|of)\s+[A-Z].*$/, '') : t) || NAMED_VENUE_AT_END.test(t));
/** Where a venue puts an event: a named one is its target as written. */
const venueWhere = (venue: string): Pick<Mention, 'target' | 'place'> =>
	NAMED_VENUE_AT_END.test(venue) ? { target: venue } : whereOf(venue);
/** A venue and the town it is in, as a target ends on it: "a mosque in Quebec City", "St Mark's Cathedral in Alexandria". */
const VENUE_IN_TOWN = /^(.*?\S)\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$/;
/**
 * Entering a place, then the attack: "walked into a holiday gathering at the Inland Regional Center and opened fire",
 * "walked through the gates of Garissa University College before sunrise and began shooting".
 */
const ENTERED_THEN =
	/\b(?:walked|burst|barged|stormed|broke|charged|marched|went|ran)\s+(?:into|onto|through\s+the\s+(?:(?:main|front)\s+)?(?:gates?|doors?|entrance)\s+of)\s+([^.;,]{3,120}?)(?:\s+(?:with|carrying|armed|wearing|holding|before|after|shortly|just|early|late)\b[^.;,]*?)?\s+and\s+(?:then\s+)?(?:opened\s+fire|began\s+(?:shooting|firing)|started\s+(?:shooting|firing)|sprayed\s+\w+\s+with\s+(?:bullets|gunfire)|blew\s+(?:himself|herself|themselves)\s+up|detonated)\b/g;
/**
 * An attacker stopped or seen at a venue, in an aside, then the attack: "a second bomber, stopped by police at the gate
 * of St Mark's Cathedral in Alexandria, blew himself up" (review 48, CP min/05-7 gave Alexandria's 48 wounded to the
 * churches of the sentence before).
 */
const STOPPED_AT_THEN =
	/\b(?:bomber|attacker|gunman|assailant)s?,\s+(?:who\s+was\s+)?(?:stopped|turned\s+back|seen|spotted|challenged|searched|blocked)\s+(?:by\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:at|outside|near|in\s+front\s+of)\s+(?:the\s+(?:gates?|doors?|entrance|checkpoint)\s+of\s+)?([^.;,]{3,100}?),\s+(?:then\s+)?(blew\s+(?:himself|herself|themselves)\s+up|detonated|opened\s+fire)\b/g;
// ("seized about 850 people at a Moscow theatre": people seized at a venue are its hostages; review 49, CT min/09-12
// gave the theatre siege's dead to the Budyonnovsk one.)
const HOSTAGE_AT = pattern(
	`\\b(?:(?:took|takes|taken|taking|held|holds|holding)\\s+(?:(?:(?:more\\s+than|at\\s+least|about|nearly|some)\\s+)?${NUMBER}|dozens\\s+of|hundreds\\s+of)\\s+(?:[a-z]+\\s+){0,2}?hostages?|(?:took|takes|taking|seized|seizes|seizing)\\s+hostages|(?:seized|seizes|seizing)\\s+(?:(?:more\\s+than|at\\s+least|about|nearly|some|over)\\s+)?${NUMBER}\\s+(?:people|hostages|theatregoers|theatergoers|spectators|worshippers|pupils|students|children|guests|passengers|patients))\\s+(?:at|in|inside)\\s+(${TARGET})(?:\\s+in\\s+(${PLACE}))?`,
	'g'
);
/** A subject that is words, not a doer: "Islamic State propaganda has long", "its videos have". */
const WORDS_AS_SUBJECT =
	/\b(?:propaganda|rhetoric|messaging|messages|videos?|statements?|publications?|magazines?|speeches|sermons)\s+(?:(?:has|have|had)\s+)?(?:(?:long|repeatedly|often|also|frequently)\s+)?$/i;

/** A crowd as a clause's subject, up to its verb: "Protesters loyal to the cleric ", "Thousands of demonstrators ". */
const PROTEST_SUBJECT =
	/(?:^|[.;]\s*|,\s+(?:as|when|after)\s+)(?:[\w'’-]+\s+){0,3}?(?:protesters|protestors|demonstrators|rioters|marchers|mobs?)\b[^.;,]{0,60}?\s*$/i;
/**
 * A state's air power as the subject: "air force jets have struck vehicles used by the attackers and hit weapons depots",
 * "warplanes bombed". What they strike is the state's answer to an attack, no attack of its own.
 */
const AIR_POWER_SUBJECT =
	/(?:^|[.;:]\s+|,\s+|\bthat\s+)(?:the\s+|[A-Z][\w'’-]*\s+)*(?:(?:air\s+force|military|army|navy|fighter|coalition)\s+(?:jets|planes|aircraft|helicopters|drones)|warplanes|fighter\s+jets|helicopter\s+gunships)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|then\s+|later\s+)?(?:struck|hit|bombed|pounded|targeted|attacked|raided|destroyed|shelled)\b[^.;:!?]{0,80}$/i;

/** After a target and its town: "and" a named venue in another ("and St Mark's Cathedral in Alexandria"). */
const SECOND_TOWN =
	/^\s+and\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:[Cc]athedral|[Cc]hurch|[Mm]osque|[Ss]ynagogue|[Tt]emple|[Hh]otel|[Ss]tation|[Mm]arket|[Ss]chool|[Uu]niversity)\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b/;

/**
 * After a target: another, an indefinite venue in a place of its own, then "and" a last one ("…, a university in Kabul
 * and the …"). (Not an apposition: "Oktyabrskaya, the busiest station on the Minsk metro and the only one …", "a rally
 * in Quetta, a city near the Afghan border and the capital of Balochistan".)
 */
const TARGET_LIST_AFTER = pattern(
	`^(?:\\s+(?:on|in|at|near)\\s+[^,;.]{1,40}?)?,\\s+(?:a|an)\\s+(?:[\\w'’-]+\\s+){0,2}?(?!(?:town|village|city|port|camp|resort)\\b)(?:${VENUES})\\s+(?:in|on|near)\\s+[^,;.]{1,40}?,?\\s+and\\s+(?:a|an|the)\\s`
);

/**
 * An attack on people where they were: "a van drove into people on the Paseo in Valencia", "four men drove a car into
 * pedestrians on the seafront in Denia", "attacked passers-by near the station", "fired on worshippers at a mosque",
 * "detonated his vest among worshippers at the mosque". The spot after the people is the target (a venue, a named
 * street or a seafront), the town after it the place.
 */
const CROWD =
	'(?:crowds?|pedestrians|people|shoppers|revellers|spectators|worshippers|tourists|passers-by|onlookers|holidaymakers|families|runners|cyclists|marchers|fans|protesters|demonstrators|diners|mourners|guests|students|commuters|passengers|concert-?goers|party-?goers|club-?goers|clubbers|church-?goers|beach-?goers|bathers|sunbathers|audiences?|congregation|congregants|customers|drinkers|pupils|schoolchildren|villagers)';
const SPOT = `${TARGET}|the\\s+(?:[a-z]+\\s+)?(?:seafront|waterfront|esplanade|boardwalk|path|pavement|street|road|avenue|boulevard)|the\\s+${CAP}(?:\\s+(?:(?:de|des|del|di|du|la|le|of)\\s+)?${CAP}){0,3}`;
const VEHICLE_DRIVEN = `(?:drove|driven|drives|ploughed|plowed|ploughs|plows|rammed|rams|careered|careened|smashed|crashed|mowed)\\s+(?:(?:a|an|the|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:vans?|trucks?|lorry|lorries|cars?|vehicles?|SUV|bus|minibus|pick-?up|jeep)\\s+)?(?:into|through|down)`;
/** Verbs of an attack on people the event verbs do not read: "fired on worshippers", "detonated his vest among". */
const ON_PEOPLE_VERBS =
	'(?:fired|firing|shot|(?:opened|opens|open)\\s+fire)\\s+(?:on|at|into)|(?:grenades?|bombs?)\\s+(?:was|were)\\s+(?:thrown|hurled|lobbed|tossed)\\s+(?:at|into)|(?:detonated|detonating|set\\s+off|setting\\s+off)\\s+(?:his|her|their|an?)\\s+(?:[\\w-]+\\s+)?(?:vests?|belts?|explosives|bombs?|devices?)\\s+(?:among|amid)';
/**
 * Verbs of an attack the event verbs do not read, whose object may be a venue itself ("hurled grenades at a rally", "a
 * grenade thrown into a mosque in Zamboanga City killed two men"; review 52, EC min/06-10).
 */
const AT_VERBS =
	'sprayed\\s+(?:[\\w-]+\\s+)?(?:bullets|gunfire)\\s+(?:at|on|into)|(?<=\\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree)\\s+)(?:grenades?|bombs?)\\s+(?:thrown|hurled|lobbed|tossed)\\s+(?:at|into)|(?:hurled|threw|lobbed|tossed)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:grenades?|bombs?|explosives?)\\s+(?:at|into)|went\\s+on\\s+an?\\s+(?:[\\w-]+\\s+)?(?:rampage|spree)\\s+(?:at|in|inside|through)|slammed\\s+into';
const AT_PEOPLE = pattern(
	`\\b(${VEHICLE_DRIVEN}|attacked|attacking|struck|targeted|${ON_PEOPLE_VERBS}|${AT_VERBS})\\s+(?:(?:(?:a|the)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${CROWD}|(?:police(?:men|\\s+officers)?|soldiers|troops|guards)(?=\\s+(?:guarding|protecting|securing|manning|patrolling|collecting|waiting|queueing|queuing|leaving|watching)\\b))\\b(?:(?:\\s+(?:guarding|protecting|securing|manning|patrolling|collecting|waiting\\s+for|queueing\\s+for|queuing\\s+for|leaving|watching)(?:\\s+[\\w'’-]+){1,6}?)?\\s+(?:on|at|along|outside|near|in|inside)\\s+(?:(?:[A-Z][\\w'’-]*\\s+){1,3}at\\s+)?(?:the\\s+(?:[a-z]+\\s+)?(?:edge|side|end|corner|entrance|front|gates?)\\s+of\\s+)?(${SPOT}))?|(?<=(?:${AT_VERBS})\\s+)(${TARGET}))(?:(?:\\s+in|(?<=(?:seafront|waterfront|esplanade|promenade|boardwalk))\\s+of)\\s+(${PLACE}))?`,
	'g'
);
const CROWD_AT = pattern(`^(?:(?:a|the)\\s+)?(?:[\\w-]+\\s+)?${CROWD}\\s+(?:on|at|inside|outside|near)\\s+(.+)$`);
const VEHICLE_DRIVEN_RE = pattern(`^${VEHICLE_DRIVEN}$`);
const AT_PEOPLE_WORD =
	/\b(?:drove|driven|drives|plough|plow|ram|caree|smashed|crashed|mowed|attack|struck|target|fired|firing|shot|opene?d?s?\s+fire|sprayed|hurled|threw|lobbed|tossed|thrown|detonat|set\s+off|setting\s+off|went\s+on|slammed)/;
/**
 * A venue seized by its attackers: "Militants seized the gas plant at In Amenas", "gunmen seized control of the school"
 * (not what the police seize: SEIZERS).
 */
// ("32 gunmen seized School No. 1 in Beslan": a venue named by its number; review 49, CT min/09-20 found no Beslan siege.)
const SEIZED_AT = pattern(
	`\\bseiz(?:ed|ing)\\s+(?:control\\s+of\\s+)?(${TARGET}|(?:[A-Z][\\w'’-]*\\s+){0,2}(?:School|Hospital|Theatre|Theater)\\s+(?:No\\.|Number)\\s+(?:\\d+|[A-Z][a-z]+))(?:\\s+(?:in|at|near)\\s+(${PLACE}))?`,
	'g'
);
/**
 * A vehicle stopped or ambushed on the road, then its passengers killed: "gunmen stopped a bus carrying Hazara pilgrims
 * to Iran near Mastung, made them get off and shot 26 of them dead" (review 49, CU min/10-15 dated the Hazara Town
 * bombing by it).
 */
const VEHICLE_STOPPED = pattern(
	`\\b(?:stopped|halted|ambushed|intercepted|waylaid)\\s+(an?\\s+(?:[a-z-]+\\s+)?(?:bus|coach|minibus|convoy|van|truck|lorry|vehicle|car))\\b[^.;]{0,80}?\\s+(?:near|outside|in|on\\s+the\\s+outskirts\\s+of)\\s+(${PLACE})(?=(?:(?!\\b(?:before|after|hours|days)\\b)[^.;]){0,140}?\\b(?:killed|killing|shot|shooting|executed|massacred|dead)\\b)`,
	'g'
);
/** The attack in view, carried on at the next site: "where he continued his attack". */
const GOES_ON =
	'(?:he|she|they|the\\s+(?:gunman|attacker|assailant|shooter))\\s+(?:continued|resumed|carried\\s+on|kept\\s+up)\\s+(?:his|her|their|the)\\s+(?:attack|rampage|shooting|assault|killing)\\b';
/**
 * A venue, then an attack on the people there in a clause after "where": "outside the Hadi Centre mall, where on July
 * 3, 2016, a lorry packed with explosives blew up among shoppers".
 */
const WHERE_IT_HAPPENED = pattern(
	`\\b(?:outside|at|in|inside|near|to|of|by)\\s+(${TARGET}),\\s+where\\s+(?:[^.;]{0,90}?\\b(blew\\s+(?:\\S+\\s+)?up|exploded|went\\s+off|detonated|opened\\s+fire)\\s+(?:on|among|at|into)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?${CROWD}\\b|(?:(?!(?:since|after|before|when|while|had|have|who|which|that)\\b)[\\w'’-]+\\s+){1,4}?(?:were|was)\\s+(?:shot\\s+dead|killed|gunned\\s+down|murdered|massacred|stabbed\\s+to\\s+death)\\b|${GOES_ON})`,
	'g'
);
/** Devices a blast's subject counts: "two vehicles packed with explosives were", "Three bombs". */
const DEVICE_COUNT: Readonly<Record<string, number>> = { two: 2, twin: 2, three: 3, four: 4, five: 5, six: 6 };
const DEVICES_BEFORE =
	/(?:^|[.;:]\s+|,\s+(?:and\s+)?)(?:the\s+)?(two|twin|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?(?:vehicles|cars|car\s+bombs|trucks|lorries|bombs|devices|explosive\s+devices)\b(?:\s+(?:packed|laden|loaded|rigged|filled)\s+with\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:were\s+|had\s+)?(?:then\s+)?$/i;

/** People named by what they did, right before the mention of it: "the Indonesian couple who bombed ". */
const WHO_DID =
	/\b(?:couple|man|woman|men|women|brothers|sisters|siblings|pair|duo|cell|family|teenagers?|students?)\s+who\s+(?:had\s+)?$/i;
/** A span counted since an earlier event, before the mention that tells it: "four years since the commander was killed by". */
// ("on Wednesday, four years to the day after he was killed by a U.S. drone strike": so is what an anniversary counts
// from; review 44, BW min/01-6 gave the Kerman bombings' revised 84 dead to the drone strike.)
const MARKED_SINCE =
	/\b(?:years?|months?|anniversary)\s+since\s+[^.;]*$|\bto\s+the\s+day\s+(?:after|since)\s+(?:[^.;]|\.(?=\S|\s*$|\s+[a-z]))*$/i;
// ("who had survived the Sept. 11, 2001 attacks in New York": a day may stand between what was lived through and its
// noun; review 44, BT min/01-9 gave the DusitD2 attack's 28 in hospital to the attacks in New York.)
const RECALLED =
	/\b(?:since|after|before|than|like|(?:(?:had\s+)?(?:survived|witnessed|lived\s+through)|survivors?\s+of)(?:\s+the(?:\s+[\w.]+,?){1,4})?)\s+$/i;
/**
 * "the most serious attack on the capital since gunmen stormed the Radisson Blu hotel in 2015": a doer named only by
 * its kind between "since" and the verb still recalls another event. Not after "after" or "before", which also
 * order the story's own steps ("police arrived after gunmen stormed the hotel"), unless the story's event "came" a
 * span after it ("The attack came ten months after two female suicide bombers killed 40 people on the Moscow metro"), or an
 * army's offensive was launched after it ("the military offensive launched in North Waziristan in June 2014 after
 * militants attacked Karachi's Jinnah International Airport"; review 43, BP min/07-4 framed the school's principal by it).
 */
const RECALLED_DOER =
	/(?:\b(?:since|than|like)|\b(?:came|comes|coming|happened|occurred)\s+(?:[\w-]+\s+){0,3}?(?:after|before)|\b(?:offensive|operation|campaign|crackdown)\s+(?:that\s+was\s+|which\s+was\s+)?(?:launched|began|begun|started|mounted)\b[^.;]{0,60}?\bafter)\s+(?:(?:a|an|the|two|three|four)\s+)?(?:[a-z-]+\s+){0,2}?(?:gunm[ae]n|attackers?|assailants?|militants|fighters|(?:suicide\s+)?bombers?)\s+$/i;

/** Two sites told in turn: ", the first at Lubyanka station and the second at Park Kultury". */
const FIRST_SECOND =
	/,\s+the\s+first\s+(?:one\s+)?(?:at|in|on|near|outside|inside)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+and\s+the\s+second\s+(?:one\s+)?(?:at|in|on|near|outside|inside)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z\d][\w'’-]*){0,3})/;
/** A target that counts its sites: "three churches", "two hotels". */
const COUNTED_SITE = pattern(`^${NUMBER}\\s+(?:[\\w'’-]+\\s+){0,2}[\\w'’-]+s$`, 'i');
/** More counted sites joined to such a target: " and three luxury hotels". */
const AND_COUNTED = pattern(`^\\s+and\\s+${NUMBER}\\s+(?:[a-z][\\w'’-]*\\s+){0,2}[a-z][\\w'’-]*s\\b`, 'i');
/**
 * Two sites or more listed after a venue, with commas, then "and": ", cafés and the Stade de France". (Not an aside on
 * the attack: ", the third attack of its kind in France and Germany".)
 */
const SITE_LIST =
	/^(?:,\s+(?!(?:who|which|where|when|killing|wounding|injuring|and)\b)(?![^,;.:]*\b(?:attacks?|bombings?|kind|deadliest|worst|first|second|third|fourth|latest)\b)[^,;.:]{2,40}?){1,3},?\s+and\s+(?:the\s+)?(?!(?:who|which|where|when|killing|wounding|injuring)\b)[\w'’-]+(?:\s+(?:de|du|of|la|le)?\s*[A-Z][\w'’-]*)*(?=\s+(?:on|in|at|near|during|when|as)\b|[,;.]|$)/;

/** A named venue a part of a venue is at or of: " at Istanbul's Atatürk Airport", " of the Grand Mosque". */
const WHOLE_VENUE = pattern(
	`^\\s+(?:at|of)\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,2}?(?:[A-Z][\\w'’-]*['’]s\\s+)?(?:[A-Z][\\wÀ-ÿ'’-]*\\s+){0,3}(?:${NAMED_VENUES})\\b`
);
/**
 * What an attack avenges, right before its mention: "in retaliation for", "in revenge for", "in response to army"
 * (bombing raids on its camps).
 */
const AVENGED =
	/\b(?:(?:retaliation|revenge|reprisal|vengeance)\s+(?:for|against)|response\s+to)\s+(?:(?:the|an?|its|their)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w-]*['’]s)\s+){0,2}$/i;

/** "as the man behind", "behind": who someone is named as, between a place and the mention. */
const AS_WHO =
	/\bas\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?:man|woman|men|person|one|mastermind|leader|planner|organi[sz]er|head)\b|\bbehind\b/;

/** "when the Jeep Cherokee struck the terminal doors": a vehicle named by its make is what struck, not who. */
const VEHICLE_MAKE =
	/\b(?:Jeep|Toyota|Mercedes|Nissan|Hyundai|Volvo|Peugeot|Renault|Volkswagen|Land\s+Cruiser|Hilux|Cherokee)\b/;

/** A headline's verb in the present tense, with what it struck: "strike Iran's parliament", "rocks Kabul mosque". */
// ("Gunmen attack Jakarta cafe": "attack" is the verb only after its doers, a noun elsewhere. "Car bomb at Vladikavkaz
// market kills 16": a verb takes what it struck with no preposition, so "bomb at" is the noun.)
const HEADLINE_VERB = pattern(
	`\\b(strikes?|hits?|storms?|rocks?|targets?|bombs?|(?<=\\b(?:[Gg]unm[ae]n|[Mm]ilitants|[Aa]ttackers|[Bb]ombers|[Ii]nsurgents|[Jj]ihadists|[Tt]errorists|[Rr]ebels|[Ff]ighters)\\s)attacks?)\\s+(?!(?:at|in|on|near|outside|inside)\\s)(${TARGET})`,
	'g'
);

/**
 * After a mention, a verb that says where it happened: "came at about 5.38 pm in …", "was on a bus in …", "were
 * reported on Friday on Patong beach in Phuket" (review 41, BD min/05-10 gave its one wounded to a fire bomb told after).
 */
const LOCATED = pattern(
	`^\\s+(?:(?:came|took\\s+place|happened|occurred|went\\s+off|exploded)\\s+(?:at|in|on|inside|outside|aboard|shortly)\\b|(?:was|were)\\s+(?:reported|heard)\\s+(?:on\\s+[A-Z][a-z]+day\\s+)?(?:at|in|on|near|inside|outside)\\b|(?:was|were)\\s+(?:on|in|at|aboard|inside|outside)\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,4}?(?:${VENUES})${VENUE_B})`
);

/** Between a mention and a place: a relative clause about someone ("…, who was also ", "…, whose fighters were "). */
const WHO_AFTER = /,\s+(?:who|whom|whose)\b[^;]*$/i;
/**
 * A wire's version tag at a headline's start: "UPDATE 2-", "WRAPUP 1-", "REFILE-", "CORRECTED-" (not a genre's,
 * "FACTBOX-Madrid train bombings: …", whose headline reads as it did).
 */
const WIRE_TAG = /^(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT)(?:\s+\d+)?\s*-(?=\S)/;
/** Right after a venue, the town whose square or street it is on: " on Marrakesh's Jemaa el-Fna square". */
const OWNED_SPOT_AFTER =
	/^\s+(?:on|in|at|off)\s+([A-Z][\w’-]+(?:\s+[A-Z][\w’-]+)?)['’]s\s+(?:(?:[A-Z][\w’]*|el|al|de|du|la|le|des|del)[\s-]+){0,5}(?:[Ss]quare|[Ss]treet|[Aa]venue|[Bb]oulevard|[Rr]oad|[Pp]romenade|[Bb]each|[Ss]eafront|[Ww]aterfront|[Mm]edina|[Oo]ld\s+[Tt]own|[Oo]ld\s+[Cc]ity|[Mm]ain\s+[Ss]treet)\b/;
/**
 * Right before a place, whose it is: one born or raised there, or one whose orders came from there ("instructions from an
 * Islamist commander in", "on the orders of Islamic State commanders in"; not "an ambush led by a Taliban commander in
 * Helmand" or "a statement from the police commander in Kandahar", where the place is the event's too; nor "the funeral
 * of a local police commander in", which is where the funeral was).
 */
const PERSON_PLACE_BEFORE =
	/\b(?:born|raised|brought\s+up|grew\s+up|(?:orders?|instructions|direction|behest)\s+(?:from|of)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:commander|handler|recruiter|mentor|emir|controller)s?)\s+$/i;
/** Between a mention and a place: someone killed in an operation of the forces of order ("killed in a joint raid with "). */
const KILLED_IN_OPERATION =
	/\b(?:killed|captured|shot\s+dead|arrested)\s+(?:in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:operation|air\s*strike|drone\s+strike|sweep|offensive)\b[^,;]{0,60}$/i;
/** Before a place, after the mention: another event noun the place is right after ("… carried out bombings "). */
// (Not one a comparison measures by: "was the deadliest attack in Ostrania this year" places the event in view.)
const OTHER_NOUN_BEFORE = pattern(
	`(?<!\\b(?:deadliest|worst|bloodiest|biggest|largest|first|latest|last|most\\s+[\\w-]+|such)\\s+(?:[\\w-]+\\s+)?)\\b(?:${NOUNS})\\s+$`,
	'i'
);

/** A verb of taking people: the mention is an abduction, and the town taken from its place. */
const TAKING = /^(?:abduct|kidnap|seiz)/;
/** A square or promenade named as the target TARGET reads it, or "the Rambla". */
const NAMED_SQUARE = pattern(`^the\\s+(?:${SQUARES}|Rambla)\\b`);

/** "attacked traders near": people attacked where they were, the place after them where it happened (VERB_RE). */
const PEOPLE_AT = /^(?:attacked|ambushed|raided|targeted)\s.*\s(?:near|in|outside|at|of)$/;
/** What a town is, before its name: "the besieged northern town of", "the western German town of". */
const TOWN_OF = /^the\s+(?:[\w-]+\s+){0,3}(?:town|city|village)\s+of\s+(?=[A-Z])/;

/** The longest stretch of one sentence read for event mentions. */
const MENTION_SCAN = 4000;

/** A reason given after a mention: what it answers is another event, with its own place. */
// ("Al-Shabaab claims the attack, saying it is retaliation for the presence of Kenyan troops in Somalia": so is a
// reason given as what the attack is.)
const REASON = /\b(?:in|as|(?:is|was|were|are)(?:\s+an?)?)\s+(?:revenge|retaliation|response|reprisal)\s+(?:for|to)\b/i;
/**
 * A target named with its town: "Istanbul's Istiklal Avenue", "a St Petersburg metro train", "the Moscow metro". (Not
 * "the Velda synagogue": a venue's capitalised word is as often its own name.)
 */
const OWN_TOWN =
	/^(?:(?:a|an|the)\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+[\w-]|^(?:a|an|the)\s+(?:St\.?\s+)?[A-Z][a-z][\w.-]*(?:\s+[A-Z][a-z][\w.-]*)?\s+(?:metro|subway|underground|train|bus|tram|trolleybus)\b/;
/** "What the attack says about the state of the insurgency in Borno": what a mention tells of, with its own place. */
// (Not "residents said about 200 gunmen raided homes in Konduga": "about" before a number is a count's.)
const TOPIC =
	/\b(?:says?|said|tells?|told|shows?|showed|reveals?|revealed|suggests?|suggested)\s+(?:us\s+)?about\s+(?:the|what|how|why|its|their|this|that|these|those)\b/i;

/** A second event named by its own noun, after "and": "… and the attack on the Army camp at ". */
const SECOND_EVENT =
	/\band\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:attacks?|bombings?|blasts?|assaults?|raids?|shootings?|massacres?|sieges?|ambush(?:es)?)\s+(?:on|at|in|against)\s/i;
/**
 * One of several attacks, its noun left out, and where it took place: "The deadliest took place on a beach in …". (Not
 * "The first took place near the Central Police Station and the second … on Parliament Avenue": the sites of one
 * attack's two explosions, which stay one event.)
 */
const ELIDED_NOUN =
	/^The\s+(?:deadliest|bloodiest|worst)(?=\s+(?:took\s+place|happened|occurred|unfolded)\s+(?:on|in|at|inside|outside|near)\s)/;

/**
 * The mentions of a sentence whose event noun was left out at `cut` ("The deadliest took place on …", "A third, at …"),
 * read with "attack" put back, at the sentence's own indices.
 */
function withNoun(text: string, cut: number): Mention[] {
	return findMentions(`${text.slice(0, cut)} attack${text.slice(cut)}`).map((m) => ({
		...m,
		index: m.index > cut ? m.index - 7 : m.index,
		end: m.end > cut ? Math.max(cut, m.end - 7) : m.end
	}));
}
/**
 * One of a series of devices or attacks just told, its noun left out, and where: "Minutes later a second bomb in
 * Sukedhara killed one man. A third, at Nagdhunga on the western edge of the valley, wounded two." (review 50, CY
 * min/05-5 gave the two to Sukedhara).
 */
const ORDINAL_ELIDED =
	/^(?:A|The)\s+(?:second|third|fourth|fifth|sixth|final|last)(?=,?\s+(?:at|in|near|outside)\s+[A-Z])/;
/**
 * "The first was Indelimane, in Mali's Ménaka region, on 1 November.", "The second was Inates, on 10 December, when
 * fighters … breached the camp": one of a series of attacks just told of, named by its place and told with its day.
 */
const SERIES_ITEM = pattern(
	`^The\\s+(?:first|second|third|fourth|fifth|last|latest|next)\\s+was\\s+(?:at\\s+|in\\s+)?(${CAP}(?=,\\s+(?:in\\s+[^,;.]{1,40},\\s+)?on\\s+)|${NAME}(?=,\\s+in\\s+[^,;.]{1,40},\\s+on\\s+))(?=(?:,\\s+in\\s+[^,;.]{1,40})?,\\s+on\\s+(?:\\d|${MONTHS.join('|')}))`
);

/** An anniversary headline: "Five years after All Saints:", "Twenty years after the Dolphinarium,". */
const YEARS_AFTER_HEADLINE = pattern(
	`^(?:[A-Z][a-z]+(?:-[a-z]+)?|\\d+)\\s+(?:years?|months?|decades?)\\s+(?:after|on\\s+from|since)\\s+((?:the\\s+)?${NAME})(?=\\s*[:,;—–-]|$)`
);

/** "What happened at Charlie Hebdo?": an explainer's heading asks of the event at a place, which its answer tells. */
const WHAT_HAPPENED = pattern(`^What\\s+happened\\s+(?:at|in|on)\\s+(${TARGET})\\?$`);

export const EVENT_WORD =
	/abduct|seiz|\bentered\b|infiltrat|breached|sneaked|slipped into|overr(?:an|un)\b|tore through|torn through|ripped through|kidnap|\bkill(?:s|ed|ing)?\s+(?:at least |more than |nearly |about |some )?[\w,]+\s+(?:\S+\s+){0,6}?(?:at|in|on|inside|outside)\s|attack|strike|bomb|set off|shoot|massacre|raid|blast|explo|siege|stab|assault|ambush|arrests|hostage|slaughter|storm|target|struck|rammed|drove|driven|smash|crash|plough|plow|sped|careered|careened|raced|\bhit\b|\bshot\b|barge|burst|fire|deton|went off|goes off|blew|blown|\bblows?\b|sabotag|shell|derail|besieged|rampage|spree|grenade|sprayed|slammed|hurled|thrown|murder|fighting|clashes|gun\s*battle|\btoll\s+(?:in|from|at)\s|^\s*[Ii]n\s+[A-Z][^,]*,\s+the\s+(?:death\s+)?toll\b/i;

/**
 * What every VERB_RE match holds, branch by branch: the verb with the word that ties it to a place ("burst into",
 * "rammed the truck into", "opened fire on", "abducted 276 girls from", "detonated at", "blew himself up in", "set off
 * a car bomb at"), and for a count killed, stabbed or shot, the number's last word and the place word after it
 * ("killed 22 people at"). VERB_RE is the longest pattern of all, and a pattern costs most the first time it runs, when
 * it is compiled: "killed", "opened fire" and "detonated a vest" are in most reports, a count killed at a place in few.
 */
const VERB_WORD = pattern(
	[
		'\\b(?:attacked|bombed|stormed|targeted|struck|hit|raided|ambushed|derailed|overran|overrun|brought\\s+down|downed)\\s',
		'\\b(?:barged?|burst|stormed)\\s+into\\s',
		'\\b(?:tore|torn|ripped)\\s+through\\s',
		'\\b(?:sped|careered|careened|raced|ploughed|plowed|drove|smashed)\\s+through\\s',
		// (Up to ten words of what was driven: "drove a pickup truck loaded with about 80 kilograms of pentolite into"; never
		// past a next act: "drove into crowds on Karsk Street … and smashed into".)
		'\\b(?:rammed|drove|driven|ploughed|plowed)\\s+(?:(?!(?:into|and|then)\\s)\\S+\\s+){1,10}?into\\s',
		'\\b(?:rammed|drove|driven|ploughed|plowed)\\s+(?:\\S+\\s+){1,6}?through\\s+the\\s',
		'\\b(?:drove|driven)\\s+(?:\\S+\\s+){2,8}?(?:down|along)\\s+the\\s',
		'\\b(?:lorry|truck|van|vehicle)\\s+(?:drove|sped|careered|careened|raced|ploughed|plowed)\\s+(?:along|down)\\s+the\\s',
		'\\b(?:ploughed|plowed|ploughs|plows|careered|careened|slammed)\\s+into\\s',
		'\\b(?:was|were)\\s+driven\\s+(?:into|at)\\s',
		'\\b(?:smash|crash)(?:ed|ing)\\s+into\\s',
		'\\b(?:opened|opens|open)\\s+fire\\s+(?:on|at|inside|in)\\s',
		'\\b(?:shot|gunned\\s+down|shot\\s+dead)\\s+(?:worshippers|pilgrims|shoppers|diners|guests|tourists|students|passengers|revellers|civilians|villagers|mourners|concertgoers)\\s+(?:at|inside|in)\\s',
		'\\b(?:was|were)\\s+(?:killed|shot\\s+dead|wounded|injured)\\s+by\\s+(?:\\S+\\s+){2,4}?(?:at|in|inside|outside|near)\\s',
		// A qualifier of up to two words, a number of up to four and two words more before the place word.
		'\\b(?:abduct|kidnapp)(?:ed|ing)\\s+(?:\\S+\\s+){0,8}?(?:from|at|in|near|outside)\\s',
		// "seized eight more girls, aged between 12 and 15, from": an aside of up to eight words more.
		'\\bseiz(?:ed|ing)\\s+(?:\\S+\\s+){1,16}?from\\s',
		// "dead", a qualifier of up to two words and the number's first words before its last.
		// (And "and wounded 53", "during Friday prayers" before the place word.)
		`\\b(?:kill|murder|stabb|shot)\\w*\\s+(?:\\S+\\s+){0,7}?\\S*?${NUMBER_END}(?:\\s+\\S+){0,5}?(?:,\\s+(?:\\S+\\s+){3,4}?\\S+,)?(?:\\s+and\\s+\\S+\\s+(?:\\S+\\s+){0,3}?\\S*?${NUMBER_END}(?:\\s+\\S+)?)?(?:\\s+during\\s+(?:\\S+\\s+){0,2}?\\S+)?\\s+(?:at|in|on|inside|outside)\\s`,
		// "blew themselves up among worshippers at the central mosque", "among families walking back from the
		// flag-lowering ceremony at the Wagah border crossing": up to eight words of whom the blast was among. (And
		// "bombs began exploding in Hua Hin".)
		`\\b(?:explode[sd]?|detonate[sd]?|(?:went|go|goes|gone)\\s+off|(?:was|were)\\s+set\\s+off|${BEGAN_GOING_OFF})\\s+(?:(?:among\\s+(?:\\S+\\s+){1,8}?)|${IN_TURN}\\s+|during\\s+(?:\\S+\\s+){1,3}?)?(?:at|in|outside|near|inside|on|during|in\\s+front\\s+of|beside|alongside|under|beneath|next\\s+to|close\\s+to|aboard|on\\s+board)\\s`,
		'\\b(?:(?:blew|blows?)\\s+(?:\\S+\\s+)?|blown\\s+(?:themselves|himself|herself)\\s+)up\\s+(?:among\\s+(?:\\S+\\s+){1,8}?|during\\s+(?:\\S+\\s+){1,3}?)?(?:at|in|outside|near|inside|on|during|beside|alongside|next\\s+to|close\\s+to)\\s',
		// An article, up to two words and the device, then up to eight words among a crowd (VERB_RE).
		'\\b(?:set\\s+off|detonated)\\s+(?:\\S+\\s+){2,14}?(?:at|in|outside|near|inside|on)\\s'
	].join('|')
);
/** What stands between a target and a place given by the way to it: " 30 km from", " between the towns of". */
const BY_ROAD_AFTER = pattern(`^\\s+(?:${NEAR_BY_ROAD})\\s`);
/**
 * The place a verb's match names after its target. One given by the way to it ("30 km from Dori", "north of Kalo",
 * "between the towns of Kalo and Dori") is near the town named, not in it; a stretch of road between two is named by
 * where it begins (as a stretch of line is, below), not as two sites.
 */
function onRoad(m: RegExpMatchArray, target: string | undefined): string | undefined {
	// ("in the El Aguaje area of Aguililla": the area, then the town it is in.)
	const named = clean(m[3]);
	const area = named && m.input ? partOf(m.input, m.index! + m[0].length, named) : undefined;
	const place = placeLike(area ?? named);
	const after = target ? m[0].slice(m[0].indexOf(target) + target.length) : '';
	if (!place || !BY_ROAD_AFTER.test(after)) return place;
	// ("between Fulani and Dogon villages": the capitals may name the people the villages are of, no place.)
	if (/^\s+(?:villages|communities|settlements|camps)\b/.test(m.input?.slice(m.index! + m[0].length) ?? ''))
		return undefined;
	return `near ${/\bbetween\s/.test(after) ? place.split(/\s+and\s+/)[0] : place}`;
}

/**
 * "Gunmen attacked a police post in Orsa on Thursday, killing six officers": a verb of attack whose object is no venue
 * TARGET knows, then the town it stood in. The town names the event, the object is its target; without the pattern the
 * sentence would name no event and its count would go to whichever event the story told of before.
 */
const VERB_THING_IN = pattern(
	`\\b(attacked|stormed|raided|ambushed|bombed|struck|besieged)\\s+((?:a|an)\\s+(?!(?:deal|agreement|accord|truce|ceasefire|bargain|balance|chord|note|pose|blow|rival)\\b)(?:[a-z][\\w-]*\\s+){0,3}?[a-z][\\w-]*|(?:two|three|four|five|six|several|\\d+)\\s+(?:places|sites|locations|targets|spots|villages))\\s+(?:in|near|outside|${NEAR_BY_ROAD})\\s+(${PLACE})`,
	'g'
);

/**
 * "Enes Omeragic opened fire on two soldiers in Rajlovac", "gunmen opened fire on riot police in Exarchia": shots at
 * people in a town are a shooting there (review 28, min/ac07-2, min/ac03-4: neither was an event, so what followed went
 * to the attack told before).
 */
const FIRED_ON_IN = pattern(
	`\\bopened\\s+fire\\s+on\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|a\\s+group\\s+of)\\s+)?(?:[a-z][\\w-]*\\s+){0,2}(?:soldiers|police|officers|policemen|policewomen|worshippers|civilians|people|passers-by|guards|troops|shoppers|students|tourists|pedestrians|protesters|customers|diners|revellers|villagers)\\s+(?:in|near|outside)\\s+(${PLACE})`,
	'g'
);

/**
 * "In Kumanovo, eight police officers were killed …", "In the northern town of Kumanovo, …": a sentence that opens on its
 * town, then its dead or wounded.
 */
const KILLED_IN_OPENING = pattern(
	`^\\s*In\\s+(?:the\\s+(?:[a-z-]+\\s+){0,2}(?:town|city|village|province|district|region)\\s+of\\s+)?(${PLACE}),\\s+(?=[^.;]{0,80}?\\b(?:were|was|have\\s+been|had\\s+been)\\s+(?:killed|shot\\s+dead|wounded|injured)\\b)`,
	'g'
);
/** "the death toll in Maradi", "In Maradi, the death toll", "the toll at the station": a toll placed by its town or venue. */
const TOLL_IN = pattern(
	`\\b(?:death\\s+)?toll\\s+(?:in|from|at)\\s+(${PLACE})(?=\\s+(?:has|had|have|was|is|stands|stood|rose|climbed|reached|now)\\b)|^\\s*[Ii]n\\s+(${PLACE}),\\s+the\\s+(?:death\\s+)?toll\\b|\\b(?:death\\s+)?toll\\s+(?:in|from|at)\\s+(the\\s+(?:[a-z-]+\\s+){0,2}(?:${VENUES}))(?=\\s+(?:has|had|have|was|is|stands|stood|rose|climbed|reached|now)\\b)`,
	'g'
);

/** A list item's head: its day, its town and country, a colon ("- March 4, 2022, Peshawar, Pakistan: "). */
const ITEM_HEAD = pattern(
	`^\\s*(?:[-–•*]\\s*)?(?:(?:${MONTHS.join('|')})\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTHS.join('|')})\\s+\\d{4}),\\s+(${NAME})(?:,\\s+${NAME})?:\\s`
);

/**
 * Sites a verb of attack counts without saying what they were: "struck two places in Kampala". (Only these and villages
 * are read with a count: "struck three cities in Saudi Arabia" is a series, "beside two US consulate vehicles" no target.)
 */
const SITES_UNSAID = /^[\w-]+\s+(?:places|sites|locations|targets|spots)$/;

/** The verb and article (or count) every VERB_THING_IN match holds. */
const VERB_THING_WORD =
	/\b(?:(?:attack|storm|raid|ambush|bomb|besieg)ed|struck)\s+(?:an?|two|three|four|five|six|several|\d+)\s/;

/**
 * Who attacks, just before the verb: a kind of attacker. (Not any capitalised word: "Protesters attacked a reception
 * centre" opens its sentence with a common noun.)
 */
const DOER_BEFORE =
	/\b(?:(gunm[ae]n|militants|attackers?|assailants?|insurgents|fighters|jihadists|terrorists|rebels|(?:suicide\s+)?bombers?)|police|troops|soldiers|commandos)(?:\s+(?:in|on|with|armed\s+with|riding|wearing|dressed\s+in|disguised\s+as)(?:\s+[a-z][\w'’-]*){1,3}?)?\s+$/i;

/** The passive verb every PASSIVE_RE match ends with. */
const PASSIVE_WORD =
	/\b(?:was|were|been)\s+(?:sabotaged|bombed|attacked|targeted|hit|struck|stormed|shelled|ambushed)\b/;

/**
 * "stormed Rann, near the Cameroonian border": the place after a target cut short at "border" is a people's adjective
 * with its article, no place.
 */
/** A superlative a comparison is made with: "one of the deadliest", "the worst". */
const SUPERLATIVE = /\b(?:deadliest|worst|bloodiest|most\s+(?:lethal|deadly|serious))\b(?!-)/gi;
const PEOPLE_WITH_ARTICLE = pattern(`^the\\s+${DEMONYM.source.slice(1, -1)}$`);

/** Things attacked, not places, when a headline opens with one: "Ferry attack", "Bus bombing". */
const COMMON_OPENING =
	/^(?:Ferry|Bus|Train|Plane|Boat|Ship|Car|Truck|Lorry|Van|Metro|Subway|Tram|Hotel|School|Church|Mosque|Market|Stadium|Concert|Festival|Parade|Wedding|Funeral|Hospital|Prison|Airport|Embassy|Checkpoint|Mall|Cafe|Nightclub|Shrine|Temple|Synagogue)$/;
/** A headline's verb in the present tense opening a phrase read as a target: "hits Selm ministry". */
const HEADLINE_VERB_FIRST = /^(?:hits?|strikes?|rocks?|targets?|kills?|wounds?|injures?)\s+(?=\S)/i;
/** A headline's opening event noun, after a live page's label: "Live: Explosions in …", "Blasts in …". */
const HEADLINE_NOUN = pattern(
	'^((?:(?:Live|LIVE|Update|UPDATE|Breaking|BREAKING)\\s*:\\s*)?)(?:Explosions|Blasts|Bombings|Shootings|Stabbings)\\b'
);

/**
 * An aircraft brought down: "the Metrojet airliner that crashed in Egypt's Sinai peninsula on October 31 was brought
 * down by a bomb", "a bomb brought down the airliner", "shot down the plane".
 */
const AIRCRAFT = '(?:airliner|plane|aircraft|jet|jetliner|flight|helicopter)';
const DOWNED = pattern(
	`\\b((?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?${AIRCRAFT})\\b[^.;]{0,120}?\\s+(?:was|were|had\\s+been|has\\s+been)\\s+(?:brought|shot|blown)\\s+down\\b|\\b(?:brought|shot)\\s+down\\s+((?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?${AIRCRAFT})\\b`,
	'g'
);
const DOWNED_WORD = /\b(?:brought|shot|blown)\s+down\b/;
/**
 * "A bomb concealed in a laptop exploded about 20 minutes after Daallo Airlines Flight 159 left Mogadishu": a flight a
 * bomb went off on, named by when it took off (review 34, AN min/03-6: its injured, bomber and claimant went to the
 * Metrojet bombing told before).
 */
const AFTER_TAKEOFF = pattern(
	`\\b(?:exploded|went\\s+off|detonated)\\b[^.;]{0,40}?\\bafter\\s+((?:[A-Z][\\w-]*\\s+){1,3}Flight\\s+\\d+[A-Z]?)\\s+(?:had\\s+)?(?:left|took\\s+off|departed|taken\\s+off)\\b`,
	'g'
);

/**
 * Fighting that broke out in a town, as a siege begins: "fighting broke out in Marawi after troops tried to arrest
 * Isnilon Hapilon", "clashes erupted in the city of Marawi". Its dead are its own, not those of the attack told before.
 */
const FIGHTING = pattern(
	`\\b(?:heavy\\s+|fierce\\s+)?(?:fighting|clashes|gun\\s*battles?)\\s+(?:broke\\s+out|erupted|flared)\\s+in\\s+(?:the\\s+(?:city|town|village)\\s+of\\s+)?(${PLACE})`,
	'g'
);
/**
 * Armed men who got into a place, which is their attack on it: "gunmen in army fatigues entered the Pathankot Air Force
 * Station", "militants infiltrated the base". Only armed men, in the same clause: "investigators entered the building".
 */
const ENTERED = pattern(
	`\\b(?:gunmen|militants|attackers|assailants|insurgents|fighters|terrorists|fidayeen)\\b(?:\\s+(?:in|wearing|dressed\\s+in|armed\\s+with|with)(?:\\s+[a-z][\\w-]*){1,3}?)?\\s+(?:entered|infiltrated|breached|sneaked\\s+into|slipped\\s+into)\\s+(${TARGET})(?:\\s+(?:in|at|near)\\s+(${PLACE}))?`,
	'g'
);
/**
 * A venue, perhaps with its name set off by commas, then the dead there told after "where": "at the main railway
 * station, Volgograd-1, where 18 people died". (A town before "where" is SITE_WHERE's.)
 */
const VENUE_WHERE = pattern(
	`\\b(?:at|inside|outside)\\s+(${TARGET})(?:,\\s+${CAP}(?:\\s+${CAP}){0,2})?,\\s+where\\s+(?:(?:at\\s+least|more\\s+than|about|nearly|some)\\s+)?[\\w-]+\\s+(?:[a-z]+\\s+){0,3}?(?:died|were\\s+(?:killed|shot\\s+dead)|lost\\s+their\\s+lives)\\b`,
	'g'
);
/**
 * A device told as set off, in the passive: "an explosive device was set off by a suicide bomber in the entrance hall
 * of the Volgograd-1 railway station". (The part of the venue, a hall or a gate, is read past: the venue names it.)
 */
const SET_OFF_AT = pattern(
	`\\b(?:(?:explosive|improvised|homemade)\\s+(?:explosive\\s+)?devices?|bombs?|suicide\\s+(?:vests?|belts?)|devices?)\\s+(?:was|were)\\s+(?:set\\s+off|detonated|triggered)\\s+(?:by\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:bomber|attacker|assailant|man|woman)\\s+)?(?:in|at|inside|outside|near|on|aboard)\\s+(?:the\\s+(?:[a-z]+\\s+)?(?:entrance\\s+hall|hall|entrance|foyer|lobby|gates?|platform)\\s+of\\s+)?(${TARGET})(?:\\s+(?:in|near)\\s+(${PLACE}))?`,
	'g'
);
/**
 * "A car bomb outside BBC Television Centre … injured one man, and another in Ealing … injured seven people": a second
 * of the same kind, which a verb of the blast after it tells ("arrested one man in Wigan and another in Nuneaton" is a
 * second man, "wounded another in Peshawar" a second person).
 */
const ANOTHER = pattern(
	`\\banother\\s+(?:one\\s+)?(?:in|at|outside|near)\\s+(${PLACE})(?=[^,.;]{0,40}?\\b(?:exploded|went\\s+off|injured|killed|wounded|hurt)\\b)`,
	'g'
);
/** Bombs set off all over a country or region: "Some 459 small bombs went off across Bangladesh". */
const ACROSS = pattern(
	`\\b(?:bombs|blasts|explosions|devices)\\s+(?:went\\s+off|exploded|were\\s+(?:set\\s+off|detonated))\\s+(?:almost\\s+)?(?:simultaneously\\s+)?across\\s+(?:the\\s+)?(${PLACE})`,
	'g'
);
/** An ongoing fight and whom it is with, right before a place: "militants fighting the army in Sulu". */
const FIGHTING_OBJECT =
	/\b(?:fighting|battling|waging|opposing|resisting)\s+(?:(?:the|a|an|its|their|government)\s+)?[\w-]+(?:\s+forces)?\s*$/;
const FIGHTING_WORD = /\b(?:broke\s+out|erupted|flared)\s+in\s/;

/** A vehicle as the subject right before a verb: "The lorry", "the truck then" (a "car bomb" is a bomb). */
const VEHICLE_BEFORE = /\b(?:lorry|truck|van|car|vehicle|bus|SUV|jeep|tractor)\s+(?:(?!bombs?\b)[a-z]+\s+)?$/i;

/** A series that an event is the latest of, right before the series' noun: "the latest in a string of ". */
const LATEST_IN_STRING =
	/\b(?:latest|newest|another)\s+(?:in|of)\s+a\s+(?:long\s+|growing\s+)?(?:string|series|wave|spate|run|line|chain)\s+of\s+(?:[a-z-]+\s+)?$/i;
/** The end of a clause before a place, naming other events the place is of: "… in a string of attacks". */
const OTHER_EVENTS_BEFORE =
	/\b(?:a\s+(?:string|series|wave|spate|run)\s+of|other|similar|previous|earlier)\s+(?:[a-z-]+\s+)?(?:attacks|bombings|shootings|stabbings|killings|incidents)\s*$/i;

/** The words every SITE_WHERE match holds. */
const SITE_WHERE_WORD = /,\s+where\s/;

/** The long patterns above with the words they need, kept in step by tests/unit/generator/key-words.spec.ts. */
export const KEY_WORDS: readonly KeyWords[] = [
	{ name: 'VERB_RE', pattern: VERB_RE, needs: VERB_WORD },
	{ name: 'PASSIVE_RE', pattern: PASSIVE_RE, needs: PASSIVE_WORD },
	{ name: 'VERB_THING_IN', pattern: VERB_THING_IN, needs: VERB_THING_WORD },
	{ name: 'SITE_WHERE', pattern: SITE_WHERE, needs: SITE_WHERE_WORD },
	{ name: 'DOWNED', pattern: DOWNED, needs: DOWNED_WORD },
	{ name: 'FIGHTING', pattern: FIGHTING, needs: FIGHTING_WORD }
];

/**
 * Right after a named target, a second name joined by "and", before a place, a day or the clause's end: " and
 * Parliament" (of "the Central Police Station and Parliament in Kampala"), " and the Leopold Cafe". Not a person by
 * title, nor a name a comma sets off for what the clause goes on to say of it ("and President Hamid Karzai, speaking
 * on television, condemned …", "and Mumbai, India's financial capital, was paralysed").
 */
const AND_NAMED_SITE =
	/^\s+and\s+(?:the\s+)?(?!(?:President|Prime|Minister|King|Queen|Pope|General|Mr|Mrs|Ms|Dr|Sheikh|Sir)\b)[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}(?:\s+(?:building|buildings|complex|headquarters))?(?=\s*[.;]|\s*$|\s+(?:in|on|at)\s+[A-Z]|,\s+(?:killing|wounding|injuring|leaving|and|but|when|as|which|where|in|on)\b|\s+(?:on|killing|wounding|injuring)\b)/;
/** What a device's clause says when it never went off: found, defused, failed to explode. */
const DUD =
	/\b(?:defus(?:ed|ing)|found|discovered|recovered|seized|made\s+safe|disarmed|dismantled|unexploded|(?:failed|fails)\s+to\s+(?:explode|detonate|go\s+off)|(?:did\s+not|didn['’]t|never)\s+(?:explode|detonate|go\s+off))\b/i;
/** The dead found, not a device: "found another body", "recovered two more bodies", "discovered the remains". */
const FOUND_DEAD =
	/\b(?:found|discovered|recovered)\s+(?:(?:another|more|the|a|two|three|\d+|further)\s+)*(?:more\s+)?(?:bod(?:y|ies)|remains|corpses?|dead)\b/gi;
/** A device's clause telling that it did go off ("The bomb, hidden in a bag, exploded"). */
const WENT_OFF = /\b(?:exploded|explodes|went\s+off|detonated|blew\s+up)\b/i;

/**
 * Every event mention in a sentence, in reading order; overlapping matches keep the earlier pattern's. `headline`
 * reads a title, which names its event in a compound ("Kabul airport bombing").
 */
/** A day right after an event's noun and before the preposition of its target: "attacks on June 15 on the". */
const DAY_BETWEEN = pattern(
	`(?<=\\b(?:attacks?|bombings?|blasts?|explosions?|shootings?|assaults?|raids?)\\s)on\\s+(?:(?:${MONTHS.join('|')})\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTHS.join('|')})(?:\\s+\\d{4})?)(?=\\s+(?:on|at|against)\\s)`,
	'g'
);
/** Where DAY_BETWEEN can start, tested first: most sentences have no day right after an attack's noun. */
const DAY_AFTER_NOUN =
	/\b(?:attacks?|bombings?|blasts?|explosions?|shootings?|assaults?|raids?)\son\s+(?:\d|[A-Z][a-z]+\s+\d)/;
/**
 * A time of day right after "opened fire", before where: "opened fire shortly after 8pm on Monday in the Austrian
 * capital's old town" (review 35, AQ 05: Vienna's attack was no event, and its section's chancellor and counts went
 * to the Nice attack).
 */
const TIME_AFTER_FIRE =
	/(?<=\b(?:opened|opens|open)\s+fire\s)(?:(?:shortly|just|soon|moments|minutes)\s+)?(?:after|before|at|around|about)\s+(?:about\s+|around\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+(?:GMT|local\s+time))?(?=\s+(?:on|at|in|inside)\s)/g;
const blankDayBetween = (s: string) => {
	const t = DAY_AFTER_NOUN.test(s) ? s.replace(DAY_BETWEEN, (m) => ' '.repeat(m.length)) : s;
	return /\bfire\s+(?:shortly|just|soon|moments|minutes|after|before|at|around|about)\s/.test(t)
		? t.replace(TIME_AFTER_FIRE, (m) => ' '.repeat(m.length))
		: t;
};

export function findMentions(text: string, headline = false): Mention[] {
	// Mentions are looked for in the first MENTION_SCAN characters of a sentence: prose never runs that long, and a
	// hostile document's run-on "sentence" of thousands of mentions would otherwise take minutes (each is compared with
	// the others).
	const scanned = text.length > MENTION_SCAN ? text.slice(0, MENTION_SCAN) : text;
	// A live entry's stamp ("Sat 22:45 - ") is no part of what the entry tells: blanked, so no place is read out of it
	// and every index stays that of the sentence.
	// ("after twin suicide attacks on June 15 on the police headquarters and the police academy": a day between an
	// event's noun and its target is blanked too, so the target is read as the noun's; review 25, min/w07-2.)
	// ("UPDATE 2-Sri Lanka bus bombing toll rises to 64": a wire's version tag opening a headline is no part of its place;
	// review 54, GC 01 asked of "the bus bombing in 2-Sri Lanka".)
	const tag = headline ? (WIRE_TAG.exec(scanned)?.[0].length ?? 0) : 0;
	const sentence = blankDayBetween(blankStart(scanned, tag || stampLength(scanned)));
	/** Whether the police, troops or other forces of order are who seize at `at`: they arrest, no attackers. */
	const forcesSeize = (at: number) => SEIZERS.test(sentence.slice(Math.max(0, at - 60), at));
	// The heading's pattern is anchored at its first word; the test of that word spares the scan of every sentence.
	const asked = sentence.startsWith('What') ? WHAT_HAPPENED.exec(sentence) : null;
	// ("What happened on Easter Sunday?" asks of a day, and names no event.)
	const where = asked ? whereOf(asked[1]!) : undefined;
	if (where?.place || where?.target)
		return [{ index: 0, end: sentence.length, noun: 'attack', anaphor: false, ...where }];
	if (asked) return [];
	// "Five years after All Saints: Peshawar's Christians …", "Twenty years after the Dolphinarium, the survivors …": an
	// anniversary piece's headline names its event by its place or venue alone.
	const since = headline ? YEARS_AFTER_HEADLINE.exec(sentence) : null;
	const sincePlace = since ? placeLike(since[1]!) : undefined;
	if (since && sincePlace)
		return [
			{ index: since.index, end: since.index + since[0].length, noun: 'attack', anaphor: false, target: sincePlace }
		];
	// (One of a series named by its place: SERIES_ITEM.)
	const seriesItem = headline ? null : SERIES_ITEM.exec(sentence);
	const itemPlace = seriesItem ? placeLike(seriesItem[1]!) : undefined;
	if (seriesItem && itemPlace) {
		const index = seriesItem[0].length - seriesItem[1]!.length;
		return [{ index, end: seriesItem[0].length, noun: 'attack', anaphor: false, place: itemPlace }];
	}
	// "Attacks in Tunisia, Kuwait and France … The deadliest took place on a beach in Port El Kantaoui": one of the
	// attacks just told of, its noun left out, is read as if named (review 41, BE 05: the beach attack was no event, and
	// its counts and claim went to a place a ministry spoke from).
	// (Not one at a venue, "The deadliest took place at St Sebastian's Church in Negombo": the site of one attack on
	// several venues, told just before, more often than an attack of its own.)
	const elided = headline ? null : ELIDED_NOUN.exec(sentence);
	const filled = elided ? withNoun(text, elided[0].length) : [];
	if (filled.length && !filled.some((m) => m.target)) return filled;
	// (Not a plot: "A third, in London last month, had been foiled by police".)
	const ordinal =
		headline || /\b(?:foiled|thwarted|defused|disrupted|prevented|failed)\b/i.test(sentence)
			? null
			: ORDINAL_ELIDED.exec(sentence);
	const read = ordinal ? withNoun(text, ordinal[0].length) : [];
	if (read.length) return read;
	// A cheap test first: a sentence with no word of attack or of a mention's verbs has no event.
	if (!EVENT_WORD.test(sentence)) return [];
	const out: Mention[] = [];
	const taken = (a: number, b: number) => out.some((m) => a < m.end && b > m.index);
	// Each pattern below first gets a cheap test of a word every one of its matches holds (the patterns are
	// case-sensitive there), so the long scans run only on sentences that can match.
	for (const m of sentence.includes('worst') ? matches(sentence, WORST_RE) : []) {
		out.push({
			index: m.index,
			end: m.index + m[0].length,
			noun: 'attack',
			place: placeLike(clean(m[1])),
			anaphor: true
		});
	}
	const loose = new Set<number>();
	const compared = new Set<number>();
	/** Mentions placed by the verb they are the subject of ("The second bomb was on a bus in Govindpuri"). */
	const placedByClause = new Set<number>();
	for (const m of VERB_WORD.test(sentence) ? matches(sentence, VERB_RE) : []) {
		if (taken(m.index, m.index + m[0].length)) continue;
		// ("Two suicide bombers detonated explosives packed into suitcases at the airport in Zaventem": explosives set off
		// with no article are a bombing where a town names the place (review 45, CA min/07-5); "detonated explosives among
		// worshippers at the Imam Ali mosque", with none, may be a venue the story told of by another name.)
		if (/^(?:set\s+off|detonated)\s+explosives\b/i.test(m[0]) && !clean(m[3])) continue;
		// "killed more than 120 people in four attacks on Kenyan soil": other events, counted, are no target.
		if (m[2] && !targetOf(clean(m[2]))) continue;
		// "killed three people in the centre of Liège": a part of a town is the town.
		// ("were detonated in the centre of Reyhanlı": the town is where, never what was bombed: "the bombing in Reyhanlı".)
		// ("blew themselves up in Beirut's southern suburbs": so is a part named by its town, which a question keeps whole.)
		const spot = clean(m[2]) ?? '';
		const quarter =
			/^the\s+(?:centre|center|heart|outskirts|suburbs)\s+of\s+(.+)$/.exec(spot)?.[1] ??
			(OWNED_QUARTER_RE.test(spot) || NAMED_QUARTER_RE.test(spot) ? spot : undefined);
		// "opened fire on tourists on a beach", "driven into the crowd at a Christmas market": the people are where the
		// attack was, and the venue is its target.
		const among = CROWD_AT.exec(spot)?.[1];
		const target = quarter ?? among ?? clean(m[2]);
		const townCentre = quarter && !VENUE_END.test(quarter) ? quarter : undefined;
		const verb = m[1]!.toLowerCase().replace(/^(?:set\s+off|detonated\s+(?:a|an|their|his|her)\s)\b.*/, 'bombed');
		// "Two peacekeepers were killed by a sniper in Lomas": the victims are the subject, the doer comes after "by".
		const killedBy = /^(?:was|were)\s+(?:killed|shot|wounded|injured)\b/.test(verb);
		// "stabbed six people at a rally", "shot dead four people at the museum": read as "killed … at", with its kind.
		const counted = /^(?:kill|murder|stab|shot)/.test(verb) || killedBy;
		// ("Students abducted in Koro school raid": taken, with no one named as taken, is passive, its subject the victims.)
		const passiveTaking = /^(?:abduct|kidnapp)(?:ed)\s+(?:from|at|in|near|outside)\b/.test(verb);
		const actor = killedBy || passiveTaking ? undefined : subjectBefore(sentence, m.index);
		// "killed seven people in Saturday night's attack": a count's "in" that names no place leaves the noun after
		// it to be read as the mention.
		if (counted && !placeLike(target) && !placeLike(clean(m[3]))) continue;
		// ("Protesters attacked soldiers outside the parliament": a crowd's clash is no attack a briefing asks of.)
		if (
			PEOPLE_AT.test(verb) &&
			/\b(?:protesters|rioters|demonstrators|mobs?|crowds?)\s+$/i.test(sentence.slice(0, m.index))
		)
			continue;
		// "Police seized 30 women from a hostel in Lahore": those the police or troops seize are arrested, no abduction.
		if (verb.startsWith('seiz') && forcesSeize(m.index)) continue;
		// "drove the van into Karsk" is a journey; only a venue driven into ("into a market") is an attack on it.
		// ("A car sped through the Christmas market": so is one driven through a venue.)
		// ("drove a car into the United Nations building": a named building is a venue.)
		if (
			/^(?:drove|driven|plough|plow|smash|crash|sped|career|raced)/.test(verb) &&
			// ("down the central promenade of la Rambla": a venue of a named place is a venue.)
			!VENUE_END.test((target ?? '').replace(/\s+of\s+(?:(?:the|la|le|el)\s+)?[A-Z][^,;]*$/, '')) &&
			!/^the\s+[A-Z].*\s(?:building|complex|headquarters)$/.test(target ?? '') &&
			// ("along the Promenade des Anglais": a named promenade or square, its name after it, is a venue too.)
			!NAMED_SQUARE.test(target ?? '')
		)
			continue;
		// ("The driver sped through the town": a journey through a town is no attack on it.)
		if (
			(/^(?:sped|career|raced)/.test(verb) || /\s(?:down|along)$/.test(verb)) &&
			/\b(?:town|city|village|camp|streets?|roads?)$/i.test(target ?? '')
		)
			continue;
		// "have now struck three capitals or resorts in West Africa": sites one or another of which each attack struck are
		// a series, no one event's target.
		if (/^(?:two|three|four|five|six|several|many|\d+)\s+[\w-]+\s+or\s+[\w-]+$/i.test(target ?? '')) continue;
		// "detonated a home-made device in the foyer of the venue": "the venue" points back at the story's own target, and
		// the device is told of it (the date readers take its day for the story's attack).
		if (/^(?:set\s+off|detonated)\s/i.test(m[1]!) && /^the\s+(?:venue|scene|site)$/i.test(target ?? '')) continue;
		// "rammed a checkpoint on the road into town": a bare "town" is where a road leads, no target.
		if (/^(?:town|city|village|camp|port)$/i.test(target ?? '')) continue;
		// "… and killed two people nearby to life in prison": a bare "prison" or "hospital" is where someone ended up.
		if (/^(?:prison|jail|custody|detention|hospital|court)$/i.test(target ?? '')) continue;
		// "a second truck was driven at the gates of the British consulate" names the target the story goes on to; "a car
		// … was driven at a bus" tells how the attack in view was done.
		// ("The girls were driven into Sambisa Forest": people driven somewhere were taken, not attacking it.)
		if (
			/^(?:was|were)\s+driven/.test(verb) &&
			(!/^(?:the\s|[A-Z])/.test(target ?? '') ||
				!VENUE_END.test(target ?? '') ||
				!/\b(?:car|truck|lorry|van|vehicle|tanker|pickup|ambulance|bus)s?\b[^.;]{0,60}$/i.test(
					sentence.slice(0, m.index)
				))
		)
			continue;
		// "when a bomber killed 41 people on a train": an indefinite common noun with no place is where the count
		// happened, not a name of the event; it names one only if nothing else in the sentence does.
		if (counted && target && /^an?\s+[a-z]/.test(target) && !/[A-Z]/.test(target) && !m[3]) loose.add(m.index);
		// "abducting 200 girls from the town of Marda": a town taken from is where it happened, not a venue.
		// "blew themselves up in a flat in Leganes": the town a home stands in is the place, as for a town taken from.
		// "A gunman killed three people in the centre of Liège": a town a count was killed in is where, as for a town
		// taken from.
		// "exploded in the western German town of Ansbach": a town named with what it is, as a town taken from.
		// "In Vienna, …, who shot dead four people in the city centre": the centre of the town the sentence opens on.
		const cityCentre = /^the\s+(?:city|town)\s+cent(?:re|er)$/i.test(target ?? '');
		const from =
			(TAKING.test(verb) ||
				TOWN_OF.test(target ?? '') ||
				/\s(?:flat|apartment|house|home|building)\s+in$/.test(m[1]!) ||
				(counted && /\s(?:in|in\s+and\s+around)$/.test(m[1]!) && !m[3]) ||
				PEOPLE_AT.test(verb)) &&
			!VENUE_END.test(target ?? '');
		// "The vehicle was waved through a checkpoint … It exploded at a second checkpoint": "it" is the device already
		// told of, so the blast is the event in view, whatever spot it names. So is "a second device" of a bombing in
		// view ("A second device went off in the car park as soldiers responded").
		const itsBlast =
			/^(?:explod|went|go|deton|blew|blow)/.test(verb) &&
			/(?:^|[.;]\s*|\band\s+)(?:[Ii]t|[Tt]he\s+(?:device|bomb|explosives?|vehicle|car\s+bomb)|(?:[Aa]|[Tt]he)\s+(?:second|third|fourth|further)\s+(?:device|bomb|explosive|charge)|[Aa]nother\s+(?:device|bomb|explosive|charge))\s+(?:then\s+|later\s+)?$/.test(
				sentence.slice(0, m.index)
			);
		// "two vehicles packed with explosives were detonated minutes apart in the centre of Reyhanlı": the devices its
		// subject counts are as many sites, so "The first exploded in front of the Municipality building" is one of them.
		// (Not "two bombs … went off in quick succession in the main bazaar": devices at one venue are one site.)
		const devices =
			/^(?:explod|went|go|deton|blew|blow)/.test(verb) && !VENUE_END.test(target ?? '')
				? DEVICES_BEFORE.exec(sentence.slice(Math.max(0, m.index - 80), m.index))
				: null;
		// "Islamic State propaganda has long targeted Russia for its military intervention in Syria": what words target is
		// no attack (review 36, AS min/07-17 made an "attack on Russia in Syria", which took the Sinai jet's 224).
		if (WORDS_AS_SUBJECT.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
		// "Protesters loyal to the Shi'ite cleric Moqtada al-Sadr stormed parliament": a crowd that storms or attacks is a
		// protest, no attack, and whom it is loyal to no doer (review 42, BL min/05-10).
		if (PROTEST_SUBJECT.test(sentence.slice(Math.max(0, m.index - 80), m.index))) continue;
		// (Nor one whose subject is a state's air power: review 50, CZ min/02-6 gave a mosque's toll to "the attack on
		// weapons depots" the air force struck.)
		if (AIR_POWER_SUBJECT.test(sentence.slice(Math.max(0, m.index - 100), m.index))) continue;
		// "struck at a Catholic basilica on the French Riviera, a university in the Afghan capital and the streets around
		// Vienna's main synagogue": targets listed, each with its own place, are as many attacks, which one mention cannot
		// name (review 35, AQ min/05-1 asked Vienna's wounded of "the attack on a basilica in the Afghan capital").
		if (target && TARGET_LIST_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
		// "killed 32 people at the Brussels airport and a subway station": two venues of one attack, both its target.
		// (Not "at Zaventem airport and a third struck a metro train": a clause of its own, with its own doer and verb.)
		const second =
			!from && target && !m[3]
				? /^\s+and\s+((?:a|an|the)(?:\s+(?!(?:in|on|at|near|and|when|where|which|who|killing|wounding|second|third|fourth|fifth|sixth|struck|hit|blew|went|tore|drove|rammed|exploded|detonated|attacked|targeted)\b)[\w'’-]+){1,4})/.exec(
						sentence.slice(m.index + m[0].length)
					)
				: null;
		// (Not "the Velda concert hall and the Karsk market": a second venue named for its own town may be another attack.)
		const both =
			second && VENUE_END.test(second[1]!) && VENUE_END.test(target!) && !/[A-Z]/.test(second[1]!) ? second : null;
		// "exploded aboard SuperFerry 14": what a bomb went off aboard is a vessel, no place, and its number is its name.
		const vessel =
			/\b(?:aboard|on\s+board)$/.test(verb) && target && !from
				? `${target}${/^\s+\d+\b/.exec(sentence.slice(m.index + m[0].length))?.[0] ?? ''}`
				: undefined;
		out.push({
			...(itsBlast ? { itsBlast } : {}),
			...(devices ? { sites: DEVICE_COUNT[devices[1]!.toLowerCase()]! } : {}),
			index: m.index,
			end: m.index + m[0].length + (both ? both[0].length : 0),
			// ("The lorry tore through stalls at the Breitscheidplatz market": a vehicle tearing through is no bombing;
			// review 24, min/t01-5.)
			noun:
				(/^(?:bomb|explod|went|go|deton|blew|blow|tore|torn|ripped|(?:was|were)\s+set\s+off|(?:began|started)\s+(?:explod|go))/.test(
					verb
				) &&
					!(/^(?:tore|torn|ripped)/.test(verb) && VEHICLE_BEFORE.test(sentence.slice(0, m.index)))) ||
				(killedBy && /\b(?:bomb|bomber|explosion|blast|device)\b/.test(verb))
					? 'bombing'
					: /^(?:stab|shot)/.test(verb)
						? verb.startsWith('stab')
							? 'stabbing'
							: 'shooting'
						: verb.startsWith('raid')
							? 'raid'
							: TAKING.test(verb)
								? 'abduction'
								: 'attack',
			target: cityCentre
				? target
				: (vessel ??
					(from || townCentre
						? undefined
						: both
							? `${target} and ${both[1]}`
							: (placeLike(target) ?? (target && /^[a-z]/.test(target) ? target : undefined)))),
			// "into a bus of the convoy at Lethpora in Velda district": the town, then the district it is in.
			// ("outside the besieged northern town of Arbinda": the town's name, not what it is.)
			place: cityCentre
				? placeLike(/^\s*In\s+([A-Z][^,]{1,40}),/.exec(sentence)?.[1])
				: from
					? placeLike(target?.replace(TOWN_OF, ''))
					: townCentre
						? [placeLike(townCentre), placeLike(clean(m[4]))].filter(Boolean).join(', ') || undefined
						: [onRoad(m, m[2]), placeLike(clean(m[4]))].filter(Boolean).join(', ') || undefined,
			actor: actor && !NOT_ACTOR.test(actor) && !VEHICLE_MAKE.test(actor) ? actor : undefined,
			anaphor: false
		});
		// "two suicide bombers struck St George's church in Tanta and St Mark's Cathedral in Alexandria": a second venue in
		// a town of its own makes the mention of two attacks, in both towns (review 36, AS min/04-14 asked the 45 killed
		// in both of the Tanta church alone).
		const told = out.at(-1)!;
		const other = told.place && !both ? SECOND_TOWN.exec(sentence.slice(told.end)) : null;
		const town = other && placeLike(other[1]!);
		if (town && !keysOf(town).some((k) => keysOf(told.place).includes(k))) {
			told.place = `${told.place} and ${town}`;
			told.target = undefined;
			told.sites = 2;
			told.end += other![0].length;
		}
	}
	for (const m of VERB_THING_WORD.test(sentence) ? matches(sentence, VERB_THING_IN) : []) {
		const place = onRoad(m, m[2]);
		// Only a doer of attacks attacks a thing in a town ("The minister attacked a rival in Parliament" is speech;
		// "Rebels struck a deal in Doha" is trade, kept out by its object), and the forces of order only raid or storm
		// one ("Police seized a car in Velda" is no attack).
		const doer = DOER_BEFORE.exec(sentence.slice(Math.max(0, m.index - 60), m.index));
		if (!place || !doer || (!doer[1] && !/^(?:raided|stormed)$/.test(m[1]!))) continue;
		if (taken(m.index, m.index + m[0].length)) continue;
		const actor = subjectBefore(sentence, m.index);
		out.push({
			index: m.index,
			end: m.index + m[0].length,
			noun: m[1] === 'raided' ? 'raid' : m[1] === 'bombed' ? 'bombing' : 'attack',
			// "struck two places in Kampala": sites counted but not said are no target; the town names the attack.
			target: SITES_UNSAID.test(m[2]!) ? undefined : m[2],
			place,
			actor: actor && !NOT_ACTOR.test(actor) ? actor : undefined,
			anaphor: false
		});
	}
	// "A gunman takes 18 people hostage in a cafe in Perth", "held dozens of hostages at the theatre": a hostage-taking
	// at a venue is a siege there.
	/** A mention the match `m` spans, at `where` and, when given, in the town `place`. */
	const at = (
		m: RegExpMatchArray,
		noun: string,
		where: Pick<Mention, 'target' | 'place'>,
		place?: string
	): Mention => ({
		index: m.index!,
		end: m.index! + m[0].length,
		noun,
		...where,
		...(place ? { place } : {}),
		anaphor: false
	});
	/** A mention at a venue the match names, in the town the venue's words end on, if they do. */
	const atVenueIn = (m: RegExpMatchArray, noun: string, venue: string): Mention => {
		const town = VENUE_IN_TOWN.exec(venue);
		return at(m, noun, venueWhere(town ? town[1]! : venue), town ? placeLike(town[2]) : undefined);
	};
	for (const m of /\bopened\s+fire\s+on\s/.test(sentence) ? matches(sentence, FIRED_ON_IN) : []) {
		const place = placeLike(clean(m[1]));
		if (!place || taken(m.index, m.index + m[0].length)) continue;
		const actor = subjectBefore(sentence, m.index);
		out.push({ ...at(m, 'shooting', { place }), actor: actor && !NOT_ACTOR.test(actor) ? actor : undefined });
	}
	for (const m of /\bhostages?\b|\bseiz/.test(sentence) ? matches(sentence, HOSTAGE_AT) : []) {
		const target = clean(m[1]);
		if (!target || !targetOf(target) || taken(m.index, m.index + m[0].length)) continue;
		// ("Police seized 16 people at a mosque", "Soldiers seized more than 100 people at a hotel": those the forces of
		// order seize are arrested, no hostages.)
		if (/^seiz/i.test(m[0]) && forcesSeize(m.index)) continue;
		const actor = subjectBefore(sentence, m.index);
		out.push({
			...at(m, 'siege', whereOf(target), placeLike(clean(m[2]))),
			actor: actor && !NOT_ACTOR.test(actor) ? actor : undefined
		});
	}
	// "walked into a holiday gathering of his co-workers at the Inland Regional Center and opened fire with semi-automatic
	// rifles": the venue entered, then the shooting, is where the attack was (review 43, BO 07 found no San Bernardino
	// attack, and framed its victims by the Orlando one the text compared it with).
	for (const m of /\b(?:into|onto|through)\b[^.;]*\band\s+(?:then\s+)?(?:opened|began|started|blew|detonated|sprayed)/.test(
		sentence
	)
		? matches(sentence, ENTERED_THEN)
		: []) {
		// (The venue the gathering was at, else the place entered: "into a mosque in Quebec City".)
		const atVenue = clean(AT_VENUE_END.exec(m[1]!)?.[1]);
		const target = isVenue(atVenue, true) ? atVenue : clean(m[1]);
		if (!target || !isVenue(target, true) || !targetOf(target) || taken(m.index, m.index + m[0].length)) continue;
		const actor = subjectBefore(sentence, m.index);
		const noun = /\b(?:blew|detonated)\b/.test(m[0]) ? 'bombing' : 'shooting';
		out.push({ ...atVenueIn(m, noun, target), actor: actor && !NOT_ACTOR.test(actor) ? actor : undefined });
	}
	for (const m of /,\s+(?:then\s+)?(?:blew|detonated|opened)\b/.test(sentence)
		? matches(sentence, STOPPED_AT_THEN)
		: []) {
		const target = clean(m[1]);
		if (!target || !isVenue(target, true) || !targetOf(target) || taken(m.index, m.index + m[0].length)) continue;
		out.push(atVenueIn(m, /^opened/.test(m[2]!) ? 'shooting' : 'bombing', target));
	}
	// "as three congregations gathered for Shabbat services inside the Tree of Life synagogue on Wilkins Avenue, a gunman …
	// walked through the front doors and began shooting": shooting with no object, in a sentence that names one venue
	// people were in, is an attack at that venue (review 43, BO 06 found no Pittsburgh attack, and framed its mayor by
	// the Charleston one it was compared with: BO min/06-12, 06-13).
	const fire = /\b(?:opened|began|started)\b/.test(sentence) ? FIRED_NO_OBJECT.exec(sentence) : null;
	if (fire) {
		const inside = [...sentence.matchAll(INSIDE_VENUE)].filter((x) => {
			const t = clean(x[1]);
			return t && isVenue(t) && targetOf(t);
		});
		if (
			inside.length === 1 &&
			!out.some((o) => o.target || o.place) &&
			!taken(fire.index, fire.index + fire[0].length)
		) {
			const actor = subjectBefore(sentence, fire.index);
			out.push({
				...at(fire, 'shooting', venueWhere(clean(inside[0]![1])!)),
				actor: actor && !NOT_ACTOR.test(actor) ? actor : undefined
			});
		}
	}
	for (const m of /,\s+where\s/.test(sentence) ? matches(sentence, WHERE_IT_HAPPENED) : []) {
		const target = clean(m[1]);
		if (!target || !VENUE_END.test(target) || !targetOf(target) || taken(m.index, m.index + m[0].length)) continue;
		// (Only a venue as the object of where people were: "families light candles outside the Hadi Centre mall, where …".)
		// ("drove to the Linwood Islamic Centre, where seven more worshippers were shot dead": so are people killed there.)
		// ("drove to the Linwood Islamic Centre, where he continued his attack": and where the attack went on; review 45,
		// CB min/07-2 asked the fifty killed at both mosques of the first alone.)
		const where = m[0].slice(m[0].indexOf(','));
		const goesOn = /\b(?:continued|resumed|carried\s+on|kept\s+up)\s/.test(where);
		const further = goesOn || /^,\s+where\s+[^.;]*?\b(?:more|further|other)\s/.test(where);
		out.push({
			...at(m, /^(?:blew|explod|went|deton)/.test(m[2] ?? '') ? 'bombing' : 'attack', whereOf(target)),
			...(further ? { further } : {}),
			...(goesOn ? { goesOn } : {})
		});
	}
	for (const m of /\b(?:stopped|halted|ambushed|intercepted|waylaid)\s/.test(sentence)
		? matches(sentence, VEHICLE_STOPPED)
		: []) {
		const place = placeLike(clean(m[2]));
		if (!place || taken(m.index, m.index + m[0].length)) continue;
		if (forcesSeize(m.index)) continue;
		out.push(at(m, 'attack', { target: m[1]! }, place));
	}
	for (const m of /\bseiz/.test(sentence) ? matches(sentence, SEIZED_AT) : []) {
		const target = clean(m[1]);
		const numbered = target !== undefined && /\s(?:No\.|Number)\s+\S+$/.test(target);
		if (!target || (!VENUE_END.test(target) && !numbered) || taken(m.index, m.index + m[0].length)) continue;
		if (forcesSeize(m.index)) continue;
		out.push(at(m, numbered ? 'siege' : 'attack', { target }, placeLike(clean(m[2]))));
	}
	for (const m of AT_PEOPLE_WORD.test(sentence) ? matches(sentence, AT_PEOPLE) : []) {
		const spot = clean(m[2] ?? m[3]);
		const place = placeLike(clean(m[4]));
		if (taken(m.index, m.index + m[0].length)) continue;
		// "A man drove a lorry into thousands of people who had gathered …": the attack told with no place of its own is
		// the one in view, which the sentence tells more of (its day among it).
		// ("in Nice on July 14, 2016, when a truck was driven into a crowd": a clause of another time is no more of it.)
		// (Only a vehicle: "On Wednesday, gunmen opened fire on worshippers" may be another attack than the one in view.)
		if (!spot && !place) {
			if (
				VEHICLE_DRIVEN_RE.test(m[1]!) &&
				!/\b(?:when|since|after|before|as|like)\b[^,;.]*$/i.test(sentence.slice(0, m.index))
			)
				out.push({ index: m.index, end: m.index + m[0].length, noun: 'attack', anaphor: true });
			continue;
		}
		// ("slammed into a wall": a verb's object is a target only where it names a venue or a place.)
		if (m[3] && !targetOf(spot!)) continue;
		// ("He then drove to the Kesselstadt district and shot at customers in a second bar": the next site of the attack
		// in view, not an attack of its own.)
		if (spot && /^(?:(?:a|the)\s+(?:second|third|fourth|next|other)|another)\s/i.test(spot)) continue;
		// ("on Las Ramblas in Barcelona": a spot with a town after it is in the town.)
		const where = spot ? (/^the\s/.test(spot) || place ? { target: spot } : whereOf(spot)) : {};
		out.push(at(m, /^(?:detonat|set|setting)/.test(m[1]!) ? 'bombing' : 'attack', where, place));
	}
	for (const m of PASSIVE_WORD.test(sentence) ? matches(sentence, PASSIVE_RE) : []) {
		if (taken(m.index, m.index + m[0].length)) continue;
		// ("A synagogue street, a university and a basilica were targeted in attacks that left 29 people dead": the last
		// of targets a clause opens on listing is one of as many attacks, which no one mention names.)
		if (
			/(?:^|[:;]\s*)(?:a|an|the)\s+[^,;.:]{1,40}?,\s+(?:a|an|the)\s+[^,;.:]{1,40}?,?\s+and\s+$/i.test(
				sentence.slice(0, m.index)
			)
		)
			continue;
		out.push({
			index: m.index,
			end: m.index + m[0].length,
			noun:
				m[3] === 'sabotaged' ? 'sabotage' : m[3] === 'bombed' ? 'bombing' : m[3] === 'ambushed' ? 'ambush' : 'attack',
			target: m[1],
			place: placeLike(clean(m[2] ?? m[4])),
			anaphor: false
		});
	}
	for (const m of /\bFlight\s+\d/.test(sentence) ? matches(sentence, AFTER_TAKEOFF) : []) {
		if (taken(m.index, m.index + m[0].length)) continue;
		out.push(at(m, 'bombing', { target: m[1] }));
	}
	for (const m of DOWNED_WORD.test(sentence) ? matches(sentence, DOWNED) : []) {
		if (taken(m.index, m.index + m[0].length)) continue;
		// ("… that crashed in Egypt's Sinai peninsula …", "… over Sinai": where it came down is the place.)
		const where =
			/\b(?:crashed|came\s+down|went\s+down)\s+(?:in|over|near)\s+(?:[A-Z][\w-]*['’]s\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/.exec(
				m[0]
			)?.[1] ?? /^\s+over\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)/.exec(sentence.slice(m.index + m[0].length))?.[1];
		out.push(at(m, 'bombing', { target: m[1] ?? m[2] }, placeLike(where)));
	}
	for (const m of /\b(?:entered|infiltrated|breached|sneaked|slipped)\s/.test(sentence)
		? matches(sentence, ENTERED)
		: []) {
		const target = clean(m[1]);
		// ("Several hundred fighters entered the town from three directions": a place the story named before, by its
		// common noun alone, is that event's, told on.)
		if (!target || /^the\s+[a-z][\w-]*$/.test(target) || !targetOf(target) || taken(m.index, m.index + m[0].length))
			continue;
		out.push(at(m, 'attack', whereOf(target), placeLike(clean(m[2]))));
	}
	for (const m of SITE_WHERE_WORD.test(sentence) ? matches(sentence, VENUE_WHERE) : []) {
		const target = clean(m[1]);
		const end = m.index + m[0].search(/,\s+where\s/);
		if (!target || !VENUE_END.test(target) || offScene(sentence, m.index, end) || taken(m.index, end)) continue;
		const told = out.findLast((o) => o.index < m.index && !o.anaphor);
		out.push({ ...at(m, told?.noun.replace(/s$/, '') ?? 'attack', whereOf(target)), end });
	}
	for (const m of /\b(?:was|were)\s+(?:set\s+off|detonated|triggered)\b/.test(sentence)
		? matches(sentence, SET_OFF_AT)
		: []) {
		const target = clean(m[1]);
		// (Only with the bomber who set it off: "a car bomb was set off at the Cilvegözü border gate" is read as a bomb's
		// noun and the place it went off at.)
		if (!target || !/\sby\s/.test(m[0]) || !targetOf(target) || taken(m.index, m.index + m[0].length)) continue;
		out.push(at(m, 'bombing', whereOf(target), placeLike(clean(m[2]))));
	}
	for (const m of /\sacross\s/.test(sentence) ? matches(sentence, ACROSS) : []) {
		const place = placeLike(clean(m[1]));
		if (place && !taken(m.index, m.index + m[0].length)) out.push(at(m, 'bombings', {}, place));
	}
	for (const m of FIGHTING_WORD.test(sentence) ? matches(sentence, FIGHTING) : []) {
		const place = placeLike(clean(m[1]));
		if (place && !taken(m.index, m.index + m[0].length)) out.push(at(m, 'fighting', {}, place));
	}
	// "In Kumanovo, eight Macedonian police officers were killed during a gun battle on May 9": a sentence that opens on
	// its town and tells of people killed there tells of an attack there (review 28, min/ac07-2: the count went to the
	// shooting in Rajlovac the paragraph before).
	for (const m of /^\s*In\s/.test(sentence) ? matches(sentence, KILLED_IN_OPENING) : []) {
		const place = placeLike(clean(m[1]));
		if (place && !taken(m.index, m.index + m[0].length)) out.push(at(m, 'attack', { place }));
	}
	// "The death toll in Maradi has risen to 26", "In Maradi, the toll stands at 26": a count of the attack the place
	// names (a live page's entry on one of two attacks), not of the one told of last.
	for (const m of /\btoll\b/.test(sentence) ? matches(sentence, TOLL_IN) : []) {
		// ("The toll at the station has risen to 18": a venue the text has named, by its kind; review 34, AN min/09-3.)
		if (m[3]) {
			if (!taken(m.index, m.index + m[0].length)) out.push(at(m, 'attack', { target: m[3] }));
			continue;
		}
		const place = placeLike(clean(m[1] ?? m[2]));
		if (!place || taken(m.index, m.index + m[0].length) || offScene(sentence, m.index, m.index + m[0].length)) continue;
		out.push(at(m, 'attack', { place }));
	}
	for (const m of SITE_WHERE_WORD.test(sentence) ? matches(sentence, SITE_WHERE) : []) {
		// "between King's Cross and Russell Square" is one stretch of line, not two sites: named by where it began.
		const between = /^between\s/.test(m[0]) ? /^(.+?)\s+and\s/.exec(m[1]!)?.[1] : undefined;
		const place = placeLike(clean(between ?? m[1]));
		const end = m.index + m[0].search(/,\s+where\s/);
		// "taken to hospitals in Mosul, where four died": where the wounded were taken, not a site of the attack.
		if (offScene(sentence, m.index, end)) continue;
		if (!place || taken(m.index, end)) continue;
		// "Three bombs exploded on trains: near Aldgate, where seven people died": a site is told as what the sentence
		// told of, one of them.
		const told = out.findLast((o) => o.index < m.index && !o.anaphor);
		out.push({ index: m.index, end, noun: told?.noun.replace(/s$/, '') ?? 'attack', place, anaphor: false });
	}
	// "Attackers strike Iran's parliament and Khomeini mausoleum", "Blast rocks Kabul mosque": a headline tells its
	// event in the present tense.
	if (headline)
		for (const m of matches(sentence, HEADLINE_VERB)) {
			const target = clean(m[2]);
			if (!target || taken(m.index, m.index + m[0].length) || !targetOf(target)) continue;
			// ("… police waited too long to storm cafe": an infinitive is what someone meant or ought to do, no event.)
			if (/\bto\s+$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
			const where = whereOf(target);
			const struck = listItems(target);
			out.push({
				index: m.index,
				end: m.index + m[0].length,
				noun: /^(?:bombs?|rocks?)$/i.test(m[1]!) ? 'bombing' : 'attack',
				...(where.target ? { target: where.target } : { place: where.place }),
				// "strike Iran's parliament and Khomeini mausoleum": two places struck are two attacks.
				...(struck.length > 1 && struck.every((x) => VENUE_END.test(x)) ? { sites: struck.length } : {}),
				anaphor: false
			});
		}
	// "Live: Explosions in Sharm el-Sheikh": a headline may open with the event's noun, capitalised as its first word.
	const opening = headline ? HEADLINE_NOUN.exec(sentence) : null;
	nounMentions(
		opening
			? sentence.slice(0, opening[1]!.length) + sentence.slice(opening[1]!.length).replace(/^./, (c) => c.toLowerCase())
			: sentence,
		headline,
		out,
		taken,
		compared
	);
	// (After the nouns: what "another" is another of may be told by its noun, "A car bomb outside BBC Television
	// Centre".)
	for (const m of /\banother\s/.test(sentence) ? matches(sentence, ANOTHER) : []) {
		const first = [...out]
			.sort((a, b) => a.index - b.index)
			.findLast((o) => !o.anaphor && o.index < m.index && (o.place || o.target));
		const place = placeLike(clean(m[1]));
		if (first && place && !/\b[a-z]+ed\s+$/.test(sentence.slice(0, m.index)) && !taken(m.index, m.index + m[0].length))
			out.push(at(m, first.noun.replace(/s$/, ''), {}, place));
	}
	// "Twelve dead as car bomb hits Selm ministry": a headline's verb in the present tense is no part of what was hit.
	// "Ferry attack: nine dead off Pira": a common noun that opens a headline is capitalised by its place there, and
	// names what was attacked, not where.
	if (headline)
		for (const m of out) {
			if (m.target && HEADLINE_VERB_FIRST.test(m.target)) m.target = m.target.replace(HEADLINE_VERB_FIRST, '');
			if (m.place && COMMON_OPENING.test(m.place) && sentence.startsWith(m.place)) m.place = undefined;
		}
	// "the deadliest since the bombing of Pan Am Flight 103": after "since" even "the bombing" is another event.
	// ("Jason Spindler, who had survived the September 11 attacks in New York": what a victim once lived through is
	// another event too, told of him, not of the story.)
	for (const m of out)
		if (
			(RECALLED.test(sentence.slice(0, m.index)) ||
				// "to mark four years since the Revolutionary Guards commander was killed by a US drone strike in Baghdad".
				(!m.anaphor && MARKED_SINCE.test(sentence.slice(Math.max(0, m.index - 120), m.index))) ||
				(!m.anaphor && RECALLED_DOER.test(sentence.slice(0, m.index))) ||
				// "was in retaliation for the attack against Muslims in Christchurch": the reason is an earlier event.
				(!m.anaphor && AVENGED.test(sentence.slice(Math.max(0, m.index - 40), m.index))) ||
				// "the same group as the Indonesian couple who bombed the cathedral in Jolo, in the southern Philippines, in
				// January 2019": what people were once known for doing, in a year the clause writes, is told of them, not of
				// the story (review 41, BD min/09-4, whose later "the attack" and people went to Jolo).
				(!m.anaphor &&
					WHO_DID.test(sentence.slice(Math.max(0, m.index - 60), m.index)) &&
					/^[^;]*?\b(?:19|20)\d\d\b/.test(sentence.slice(m.end).split(/,\s+(?:and|but)\s/)[0]!))) &&
			(!m.anaphor || /(?:since|than|like)\s+$/i.test(sentence.slice(0, m.index))) &&
			// "ran for several hundred metres … before smashing into the front of the store": the subject's own next act.
			// ("in response to army bombing raids": a word in -ing before the noun is no act.)
			!(/^[a-z]+ing\b/.test(sentence.slice(m.index)) && !/\s/.test(sentence.slice(m.index, m.end).trim())) &&
			// "comes two months after suicide bombings in Kerman, Iran, killed more than 90": a verb of its own tells it.
			// ("raids on its camps during a Christmas ceasefire": a preposition in -ing is no verb.)
			!/^(?:,\s*[A-Z][\w-]*)?,?\s+(?!(?:during|including|following|regarding|concerning|according)\b)[a-z]+(?:ed|ing)\b/.test(
				sentence.slice(m.end)
			)
		)
			m.recalled = true;
	/** "In Jakarta, a car bomb …": the sentence opens on a town, read once for every mention below. */
	const opensOnTown = /^In\s[^,]+,/.test(sentence);
	// "- March 4, 2022, Peshawar, Pakistan: a suicide bomber killed 63 worshippers … at the Kocha Risaldar Shia mosque": a
	// list item headed by its day and town tells of an attack in that town (review 32, AJ min/08-19: the mosque was
	// merged with the Kabul item before it).
	// ("- January 3, 2024, Kerman, Iran: two bombs exploded …": so is the devices' bombing the item opens on.)
	const item = ITEM_HEAD.exec(sentence);
	if (item)
		for (const mention of out) {
			if (mention.place || mention.recalled) continue;
			if (mention.anaphor && mention.index > item[0].length + 20) continue;
			mention.place = item[1];
			mention.anaphor = false;
		}
	// A bare mention takes a location phrase from its own clause ("attack that killed … at the Crocus City Hall
	// theater in Moscow"), so it is named by what the sentence itself says.
	for (const mention of out) {
		if (mention.place) continue;
		// ("sentenced … for the bombing of the Argana café on Marrakesh's Jemaa el-Fna square", after "A court in Salé, near
		// Rabat": the town whose square or street the venue is on is its place; review 52, ED min/05-4 put the café in Rabat.)
		const ownedSpot = mention.target ? OWNED_SPOT_AFTER.exec(sentence.slice(mention.end)) : null;
		const owner = ownedSpot ? placeLike(ownedSpot[1]!) : undefined;
		if (owner) {
			mention.place = owner;
			continue;
		}
		// "The abductions have prompted protests in Abuja": once the mention is the subject of a verb, a place after
		// it is the verb's, not the event's ("the attack that killed … at the theater" keeps its relative clause).
		// ("The first explosion came at about 5.38 pm in the Main Bazar of Paharganj": a time, then the place, is where it came.)
		const located = LOCATED.test(sentence.slice(mention.end));
		// ("In Guwahati alone, the three blasts killed at least 40 people": blasts counted, after the town the sentence
		// opens on, are those of that town; review 44, BS min/10-6 gave the 40 to the towns told before.)
		const countedThere =
			opensOnTown &&
			mention.anaphor &&
			/^the\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s/i.test(sentence.slice(mention.index));
		if (mention.anaphor && SUBJECT_OF.test(sentence.slice(mention.end)) && !located && !countedThere) continue;
		// A clause of a few hundred characters at most: a run-on "sentence" of a hostile document must not make every
		// mention in it scan all of it.
		const [a0, b0] = clauseOf(sentence, mention.index);
		const a = Math.max(a0, mention.index - 300);
		const b = Math.min(b0, mention.end + 300);
		// "Istanbul's Istiklal Avenue", "a St Petersburg metro train": a target that holds its own town is placed by it;
		// a place further on in the sentence is where the bomber was born or trained, or where the victims were going.
		const ownTown = mention.target !== undefined && OWN_TOWN.test(mention.target);
		let best: RegExpMatchArray | undefined;
		for (const w of matches(sentence.slice(a, b), WHERE_RE)) {
			if (ownTown && (w.index + a < mention.end || w.index + a > mention.end + 1)) continue;
			// "the attack" looks forward only: in "the finger at Ukraine for the attack", Ukraine is not its place.
			// Nor does a device ("what officers believed was a car bomb"): a place before it is another phrase's.
			// (But "In Jakarta, a car bomb outside the JW Marriott hotel …": a town the sentence opens on sets its scene.)
			const opening = w.index + a === 0 && opensOnTown && ((!mention.anaphor && !!mention.target) || countedThere);
			if (countedThere && !opening) continue;
			if ((mention.anaphor || /\bbombs?$/.test(mention.noun)) && w.index + a < mention.end && !opening) continue;
			// ("Analysts say the three attacks show how stretched the forces are, facing …, cells that have carried out
			// bombings in Istanbul and Ankara": a place right after another event noun, further on, is that noun's; review
			// 30, AF min/05-17.)
			if (w.index + a > mention.end + 1 && OTHER_NOUN_BEFORE.test(sentence.slice(mention.end, w.index + a))) continue;
			// "killed 22 people at Manchester Arena, and in March a man drove a car into pedestrians on Westminster
			// Bridge": a venue named as a name is placed by no place another clause gave before it.
			// ("killed five of our citizens in Akçakale, and on 11 February … a car bomb was set off at the Cilvegözü border
			// gate": so is one with a name inside.)
			if (
				mention.target &&
				/^(?:the\s+)?[A-Z]/.test(mention.target) &&
				w.index + a < mention.index &&
				/[,;]\s+(?:and|but|while)\s|;/.test(sentence.slice(w.index + a, mention.index))
			)
				continue;
			// "recalled the truck rampage in Nice, France, on Bastille Day 2016, when 86 people were killed, and the attack on
			// a New York bike path": a place an earlier mention of the sentence was given, across ", and", is that one's,
			// for a target that names its own town after its article (review 42, BM min/03-12). (Not "the door of the main
			// hall", which is placed by the town told before it.)
			if (
				w.index + a < mention.index &&
				/\s[A-Z]/.test(mention.target ?? '') &&
				out.some(
					(o) =>
						o !== mention &&
						o.index <= w.index + a &&
						o.index < mention.index &&
						o.place !== undefined &&
						w[0].includes(o.place.split(',')[0]!)
				) &&
				/[,;]\s+(?:and|but|while)\s|;/.test(sentence.slice(w.index + a, mention.index))
			)
				continue;
			// "a mosque in Belo …, three days after twin bombings at a church": across a span counted to the event, a
			// place before it is the other event's.
			if (w.index + a < mention.index && SPAN_TO.test(sentence.slice(w.index + a, mention.index))) continue;
			// "Less than 24 hours after the synagogue attack, on Saturday morning, a boy opened fire near the City of
			// David": a mention in the "after …" the sentence opens on is the time of its main clause, and a place past
			// that clause's comma is the main clause's (review 50, CZ min/06-12 placed the synagogue attack in Silwan). (Not
			// "Since the abduction of 276 schoolgirls from Chibok in April 2014, more than 1,400 students have been kidnapped
			// in Nigeria": what "since" opens counts up to now, within the place of the main clause.)
			// (So for one set off by commas: "On January 30, three days after the cathedral bombing, a grenade thrown into
			// a mosque in Zamboanga City killed two men"; review 52, EC min/06-10.)
			if (
				w.index + a > mention.end &&
				/(?:^|,\s)[^,;]*\b(?:after|before)\s+(?:(?:the|this|that|these|those|a|an)\s+)?(?:[\w'-]+\s+){0,3}$/i.test(
					sentence.slice(0, mention.index)
				) &&
				/^[^,;]*,/.test(sentence.slice(mention.end, w.index + a))
			)
				continue;
			// "The emir was in Saudi Arabia on the day of the bombing, and many believed the mosque was attacked": where
			// someone was, before the mention, is theirs, not the event's (review 45, BY min/07-6).
			if (
				w.index + a < mention.index &&
				/^in\s/.test(w[0]) &&
				/\b(?:was|were)\s+(?:still\s+|away\s+|abroad\s+)?$/.test(
					sentence.slice(Math.max(0, w.index + a - 20), w.index + a)
				) &&
				!out.some((o) => o.index < w.index + a)
			)
				continue;
			// "named a militant in Syria as the man behind the attack on Jl. MH Thamrin": the place is the militant's.
			// ("Families in Dapchi wept … as most of the 110 schoolgirls abducted from …": "as" there is "while", and the
			// town is the abduction's.)
			// But "Families in Rell wept … as the 40 farmers abducted from Kelo village": a village is its own place.
			const between = sentence.slice(w.index + a, mention.index);
			if (
				w.index + a < mention.index &&
				(AS_WHO.test(between) || (/\bas\b/.test(between) && /\b(?:village|town|city)$/i.test(mention.target ?? '')))
			)
				continue;
			if (w.index + a >= mention.index && w.index + a < mention.end) continue;
			// ("Akbarzhon Jalilov, a 22-year-old Russian citizen born in Kyrgyzstan, set off a bomb in a train carriage", "paid
			// for the attack, acting on instructions from an Islamist commander in Syria": where someone was born or
			// raised, and where the one who sent them is, are theirs; review 53, FC min/08-7, 08-10.)
			if (PERSON_PLACE_BEFORE.test(sentence.slice(Math.max(0, w.index + a - 40), w.index + a))) continue;
			// "Friday's stabbing at a west Auckland supermarket was the latest in a string of attacks in Australia and New
			// Zealand": a place right after other events' noun is theirs, not the mention's (review 23, min/r07-1).
			if (w.index + a > mention.end && OTHER_EVENTS_BEFORE.test(sentence.slice(mention.end, w.index + a))) continue;
			// "the first deadly attack in France since 1 October, when a man stabbed two women outside Marseille's main
			// railway station": across "since <a day>, when", a place before the mention is the comparison's.
			if (w.index + a < mention.index && /\bsince\s+[^,;]{1,40},\s+when\s+[^,;]*$/i.test(between)) continue;
			if (offScene(sentence, w.index + a, w.index + a + w[0].length)) continue;
			// ("at Tongo Tongo, where … were killed in an ambush on 4 October 2017, and at Bosso, in the Diffa region, where
			// Boko Haram killed 26": a place of a second item after ", and at", opening a "where" of its own, is that
			// clause's; review 49, CS min/07-7 put the Tongo Tongo ambush in Bosso.)
			if (
				w.index + a > mention.end &&
				/,\s+(?:and|or)\s+(?:(?:at|in|on|near)\s+[^,;.]{0,40})?$|,\s+(?:and|or)\s+(?:at|in|on|near)\s+[^,;.]{1,40},\s+$/i.test(
					sentence.slice(mention.end, w.index + a)
				) &&
				/^[^;.]*?,\s+where\s/i.test(sentence.slice(w.index + a))
			)
				continue;
			// "the Belgian coordinator of the November 2015 Paris attacks, who was also in Syria at the time", "whose fighters
			// were then deployed across Syria": a place in a relative clause about someone after the mention is theirs
			// (review 39, AZ min/07-10, 03-4).
			if (w.index + a > mention.end && WHO_AFTER.test(sentence.slice(mention.end, w.index + a))) continue;
			// "whom it held responsible for the bombing, had been killed in a joint operation … in Kirkuk province": where
			// someone was killed by the forces of order is the operation's place (review 39, AZ min/06-12).
			if (w.index + a > mention.end && KILLED_IN_OPERATION.test(sentence.slice(mention.end, w.index + a))) continue;
			// "the attacks on Charlie Hebdo, a policewoman in Montrouge and the Hyper Cacher supermarket": the place of a
			// later item of a list of targets is that item's (review 44, BV min/08-18 put Charlie Hebdo in Montrouge).
			if (
				w.index + a > mention.end &&
				/^,\s+(?:a|an|the)\s+[^,;]{1,40}$/.test(sentence.slice(mention.end, w.index + a)) &&
				/^,?\s+and\s+(?:the|a|an)\s/.test(sentence.slice(w.index + a + w[0].length))
			)
				continue;
			// "attacked the club because Valdor was fighting in Ostrania": past a subordinator the place is another clause's.
			if (w.index + a > mention.end && SUBORDINATE.test(sentence.slice(mention.end, w.index + a))) continue;
			// "behind the attack, which he said was a show of unity with militants fighting the army in Sulu": the place is
			// where the fighting goes on, not the attack's.
			if (w.index + a > mention.end && FIGHTING_OBJECT.test(sentence.slice(mention.end, w.index + a))) continue;
			// "in connection with the attacks, including nine who were arrested in Eastern Province yesterday": where
			// suspects were arrested is no place of the attack; nor where the police shot one ("Four days after the attack,
			// … he was shot dead by police during a routine identity check in Sesto San Giovanni", review 40, BB min/06-12).
			if (
				mention.anaphor &&
				w.index + a > mention.end &&
				// ("detained 14 people in Vienna and Lower Austria": with whom they held between.)
				/\b(?:arrested|detained|caught|picked\s+up|taken\s+into\s+custody|rounded\s+up)\b[^,;]{0,30}$|\b(?:shot\s+dead|shot|killed|gunned\s+down)\s+by\s+(?:the\s+)?(?:[a-z]+\s+)?(?:police|officers|commandos)\b[^;]{0,80}$/.test(
					sentence.slice(mention.end, w.index + a)
				) &&
				// (Not the victims of the event itself: "The massacre, in which 30 villagers were shot dead by … in Zaongo".)
				!/\bin\s+which\b/i.test(sentence.slice(mention.end, w.index + a))
			)
				continue;
			// "arrested … in connection with the attack, and a controlled explosion was carried out at an address in
			// Fallowfield": "the attack" points back, and past ", and" a clause of its own places what it tells of.
			// ("A bomb at the Andino shopping centre … killed three women, and … the ELN claimed an attack on a police station
			// in Barranquilla": so does a mention with a venue of its own.)
			// ("Four attackers died in the blasts and a fifth was detained that night in Bayingol": so does a clause that
			// opens on a subject of its own and a passive, with no comma.)
			if (
				(mention.anaphor || mention.target) &&
				w.index + a > mention.end &&
				(/,\s+(?:and|but|while)\s/.test(sentence.slice(mention.end, w.index + a)) ||
					/\s(?:and|but|while)\s+(?:a|an|the|one|another)\s+[a-z]+\s+(?:was|were|had\s+been)\s/.test(
						sentence.slice(mention.end, w.index + a)
					))
			)
				continue;
			// "the attack on the Pathankot Air Force Station in January 2016 and the attack on the Army camp at Uri": past a
			// second event named by its own noun, the place is that one's (review 41, BH min/04-5).
			if (w.index + a > mention.end && SECOND_EVENT.test(sentence.slice(mention.end, w.index + a))) continue;
			// "targeted in revenge for the army's offensive in North Waziristan": the place is the offensive's.
			// ("claimed the attack, calling him a soldier who had acted 'to avenge Muslims in Palestine'": so is a place
			// of what the attack avenged; "claimed the bombing later that month, saying it was a warning to Russia over
			// its military campaign in Syria": and one of what was said of it.)
			if (
				w.index + a > mention.end &&
				(REASON.test(sentence.slice(mention.end, w.index + a)) ||
					/\b(?:avenge|avenged|avenging|to\s+punish|calling\s+(?:him|her|it|them))\b|,\s+saying\s/i.test(
						sentence.slice(mention.end, w.index + a)
					))
			)
				continue;
			// "What the attack says about the state of the insurgency in Borno": the place is what it tells of.
			if (w.index + a > mention.end && TOPIC.test(sentence.slice(mention.end, w.index + a))) continue;
			// ("behind the attack, together with financiers living in Florida": where people live or are based is theirs,
			// not the attack's; review 49, CQ min/09-8 asked who claimed "the attack in Florida".)
			if (
				w.index + a > mention.end &&
				/\b(?:living|who\s+live|who\s+lived|based|resident|residing)\s+$/i.test(
					sentence.slice(mention.end, w.index + a)
				)
			)
				continue;
			// "stormed the school on Monday, the deadliest attack on civilians in the Valley": past a comparison, the
			// place is the comparison's wider one.
			if ([...compared].some((c) => c >= mention.end && c < w.index + a)) continue;
			// "the assault, one of the deadliest on the Indian army in Kashmir in years": past a superlative, even one whose
			// noun is left unsaid, the place is the comparison's.
			// (With its noun said, "the deadliest attack in Ostrania", the comparison is a mention of its own, read above.)
			// Only a place in the comparison's own words: past the comma that closes it ("The bombing, one of the worst in
			// years, happened at a mosque in Kunduz") the sentence is back on the event.
			const superlative = [...sentence.slice(mention.end, w.index + a).matchAll(SUPERLATIVE)].pop();
			if (
				w.index + a > mention.end &&
				superlative &&
				!/[,;:]/.test(sentence.slice(mention.end + superlative.index + superlative[0].length, w.index + a)) &&
				!out.some((o) => o.index > mention.end && o.index < w.index + a)
			)
				continue;
			if (
				!placeLike(clean(w[1])) ||
				(best && Math.abs(w.index + a - mention.end) > Math.abs(best.index! + a - mention.end))
			)
				continue;
			best = w;
		}
		if (!best) continue;
		const part = partOf(sentence, a + best.index! + best[0].length, clean(best[1]));
		// "at the Sasa wharf": the name and the nouns it modifies are the venue; "in the Tennessee city" is in Tennessee.
		const after = part
			? undefined
			: nounAfter(sentence, a + best.index! + best[0].indexOf(best[1]!) + best[1]!.length, clean(best[1]));
		if (after && 'nowhere' in after) continue;
		const thing = after && 'thing' in after ? after.thing : undefined;
		const what = part ?? thing ?? (after && 'within' in after ? after.within : clean(best[1])!);
		// ("in the Iraqi city of Mosul" is Mosul; "near the Cameroonian border" is no place.)
		if (PEOPLE_WITH_ARTICLE.test(what)) continue;
		if (VENUE_END.test(what) || thing) {
			if (mention.target) continue;
			mention.target = what;
			mention.place = placeLike(clean(best[2]));
		} else mention.place = what + (placeLike(clean(best[2])) ? `, ${placeLike(clean(best[2]))}` : '');
		mention.anaphor = false;
		if (located) placedByClause.add(mention.index);
	}
	// The place a comparison gives is kept aside: it names the event only when none is in view yet. "… since 2009,
	// when bombers killed 12 people in Karsk": the clause after "when" tells of the earlier event, by its own place if
	// it gives one, else by the comparison's.
	const sinceWhen = (m: Mention) =>
		/^[^.;]*?\bsince\b[^.;]*\bwhen\b/.test(sentence.slice(m.end)) &&
		!out.some((o) => o.index > m.end && !o.anaphor && (o.place || o.target));
	for (const m of out) {
		// "The second bomb was on a bus in Govindpuri": an ordinal whose clause places it counts a site of the story's
		// event, not the event among others of a wider place ("the third attack in Germany in nine days").
		if (m.series && placedByClause.has(m.index)) {
			compared.delete(m.index);
			delete m.series;
		}
		if (compared.has(m.index) && (m.place || m.target) && !sinceWhen(m)) {
			if (!m.series) m.wider = { place: m.place, target: m.target };
			Object.assign(m, { place: undefined, target: undefined, anaphor: true });
		} else if ((m.place || m.target) && !m.anaphor && /^[^.;,]*?\bsince\b/.test(sentence.slice(m.end)) && sinceWhen(m))
			m.sinceWhen = true;
	}
	// "three suicide bombers struck near the Central Police Station and Parliament in Kampala": a second named site
	// joined by "and" is a site of the same attack, and names it with the first (review 51, DE min/09-19 named the
	// attack by the police station alone).
	for (const m of out) {
		// (Only right after the target's own words: in "the Nevsky Express train between Moscow and St Petersburg" the
		// mention ends on a place, and "and St Petersburg" goes with it.)
		if (!m.target || !/^(?:the\s+)?[A-Z]/.test(m.target) || m.anaphor) continue;
		if (!sentence.slice(m.index, m.end).endsWith(m.target)) continue;
		const more = AND_NAMED_SITE.exec(sentence.slice(m.end));
		if (!more || out.some((o) => o !== m && o.index >= m.end && o.index < m.end + more[0].length)) continue;
		// (A country is no site: "attacked the Bardo National Museum and Tunisia".)
		if (isCountry(more[0].replace(/^\s+and\s+/, ''))) continue;
		m.target = `${m.target}${more[0]}`;
		m.end += more[0].length;
	}
	// "a crude pipe bomb found near the airport was defused", "a second bomb failed to explode": a device its clause says
	// never went off is no bombing.
	for (let i = out.length - 1; i >= 0; i--) {
		if (!/^(?:[a-z]+\s)*bombs?$/.test(out[i]!.noun)) continue;
		const [a, b] = clauseOf(sentence, out[i]!.index);
		const clause = sentence.slice(a, b);
		// (Not a body found: "The number killed by the bomb in the government quarter has risen to eight, … after we found
		// another body in the rubble"; review 51, DD min/04-3 gave that toll to the shooting the sentence before named.)
		const unfound = clause.replace(FOUND_DEAD, '');
		if (DUD.test(unfound) && !WENT_OFF.test(unfound.replace(DUD, ''))) out.splice(i, 1);
	}
	// "suicide bombers struck three churches and three hotels, and two further blasts followed in Dehiwala and
	// Dematagoda": blasts told as further to an attack the sentence has just placed are more of its sites, and a count
	// told after them is of the whole (review 23, min/r10-2).
	for (const [i, m] of out.entries()) {
		const words = sentence.slice(Math.max(0, m.index - 12), m.end);
		if (!/\b(?:further|more|additional)\s+(?:[a-z-]+\s+)?(?:blasts?|explosions?|bombs?|bombings?)\b/i.test(words))
			continue;
		if (!out.slice(0, i).some((o) => !o.anaphor && !o.recalled && (o.place || o.target))) continue;
		Object.assign(m, { anaphor: true, place: undefined, target: undefined, sites: undefined });
	}
	// "a truck bomb", "a homemade bomb": the device names a bombing.
	for (const m of out) if (/^(?:[a-z]+\s)*bombs?$/.test(m.noun)) m.noun = m.noun.replace(/bomb(s?)$/, 'bombing$1');
	// "the three attacks that struck Pakistan on Friday": a definite noun whose relative clause names an event by its
	// own verb is that event, not one told of before (a set of attacks is no one of its sites); the clause's mention
	// takes the noun's words.
	const absorbed = new Set<Mention>();
	for (const m of out) {
		if (!m.anaphor || m.series) continue;
		const clause = out.find(
			(o) => !o.anaphor && o.index > m.end && /^\s+(?:that|which)\s+$/.test(sentence.slice(m.end, o.index))
		);
		if (!clause) continue;
		Object.assign(clause, { index: m.index, noun: m.noun });
		absorbed.add(m);
	}
	// "Two car bombs went off outside the transport ministry": the devices are the subject of the blast their verb
	// places, not an earlier event referred back to.
	for (const m of out) {
		if (!m.anaphor || m.series || absorbed.has(m) || !/bomb/.test(m.noun)) continue;
		const blast = out.find(
			(o) =>
				!o.anaphor &&
				o.noun === 'bombing' &&
				// (Only a venue named as one: "Three bombs exploded on trains" tell of the sites of an event in view.)
				/^(?:the\s|[A-Z])/.test(o.target ?? '') &&
				o.index > m.end &&
				/^\s+(?:then\s+|both\s+)?$/.test(sentence.slice(m.end, o.index)) &&
				/^(?:went|go|gone|exploded|explode|detonated|blew|tore|ripped)\b/.test(sentence.slice(o.index))
		);
		if (!blast) continue;
		Object.assign(blast, { index: m.index, noun: m.noun });
		absorbed.add(m);
	}
	// "the terrorist attack in Mogadishu, Somalia, on 29 October 2022, in which two car bombs exploded minutes apart near
	// the Ministry of Education": what happened "in which" is the same attack, told in more detail.
	for (const m of out) {
		if (m.anaphor || absorbed.has(m)) continue;
		const detail = out.find(
			(o) =>
				o !== m &&
				!o.anaphor &&
				o.index > m.end &&
				/^(?:,?\s+(?:on|in|at)\s+[^,;.]{1,40})?,?\s+(?:in|during)\s+which\s+(?:[\w-]+\s+){0,6}?$/.test(
					sentence.slice(m.end, o.index)
				)
		);
		if (detail) absorbed.add(detail);
	}
	// "a terrorist attack on the arrivals hall at Istanbul's Atatürk Airport": a part of a venue is named with the venue
	// it is part of, so it is told as the same event as "the Istanbul airport attack".
	for (const m of out) {
		if (!m.target || m.anaphor || !/^(?:the|a|an)\s+[a-z]/.test(m.target) || !VENUE_END.test(m.target)) continue;
		const whole = WHOLE_VENUE.exec(sentence.slice(m.end));
		if (!whole) continue;
		m.target = `${m.target}${whole[0].replace(/\s+/g, ' ')}`;
		m.end += whole[0].length;
	}
	// "the attacks on three churches and three luxury hotels", "killed 130 people at the Bataclan concert hall, cafés and
	// the Stade de France": the sites of one attack, listed, are all its target.
	for (const m of out) {
		if (!m.target || m.anaphor) continue;
		const rest = sentence.slice(m.end);
		const counted = COUNTED_SITE.test(m.target) ? AND_COUNTED.exec(rest) : null;
		const listed = counted ? null : VENUE_END.test(m.target) ? SITE_LIST.exec(rest) : null;
		const more = counted ?? listed;
		if (!more) continue;
		m.target = `${m.target}${more[0].replace(/\s+/g, ' ')}`;
		m.end += more[0].length;
	}
	const named = out.filter((m) => !m.anaphor && !loose.has(m.index) && (m.target || m.place));
	// "The bombing at the north gate … was the deadliest attack on soldiers in Ostrania": what the subject was, said
	// after "was", is the subject again, not another event.
	// (Not a comparison that goes on to its own event: "… was the deadliest attack in the country since May 13, 2011,
	// when two suicide bombers killed 98 people": the "when" clause tells of that earlier attack.)
	const predicate = (m: Mention) =>
		!/^[^.;]*?\bsince\b[^.;]*\bwhen\b/.test(sentence.slice(m.end)) &&
		named.some(
			(a) => a.end <= m.index && COPULA.test(sentence.slice(a.end, m.index)) && sameClauseSpan(sentence, a.end, m.index)
		);
	const kept = out
		.filter(
			(m) =>
				!absorbed.has(m) &&
				(m.anaphor || m.target || m.place || m.actor) &&
				!(loose.has(m.index) && named.length) &&
				!predicate(m) &&
				// "dismantled a cell that was planning attacks on shopping centres": a plot is no event that happened.
				// ("the thwarted assault on a Thalys train …, when Ayoub El Khazzani opened fire": one stopped once it had
				// begun happened; review 25, min/v03-2.)
				!(PLOTTED.test(sentence.slice(Math.max(0, m.index - 40), m.end)) && !BEGUN.test(sentence.slice(m.end))) &&
				// ("The Kuje break is the latest in a string of attacks on Nigerian prisons": nor is the string the latest is
				// one of, which no one day dates; review 49, CS min/08-12 dated it by the Owerri jailbreak.)
				!LATEST_IN_STRING.test(sentence.slice(Math.max(0, m.index - 60), m.index)) &&
				// "Reports of shootings at the Rideau Centre and the Château Laurier on Wednesday were false": nor is one the
				// sentence says was falsely reported (review 47, CI min/04-6).
				!falselyReported(sentence, m.index, m.end) &&
				// "Weakened by arrests of its leaders in France, ETA announced … on October 20, 2011": what an opening
				// participle was done by is a cause told in passing, not an event of the sentence's day (review 25,
				// min/v10-4).
				!(m.anaphor === false && OPENING_CAUSE.test(sentence.slice(0, m.index)))
		)
		.sort((a, b) => a.index - b.index);
	// "struck a market and the town's outskirts in Bodo": a second target cut at its owner's "'s" is no venue; the first
	// is named alone.
	for (const m of kept) {
		const cut = /^(.+?)\s+and\s+(?:the|its|their)\s+[a-z]+$/.exec(m.target ?? '');
		if (!cut || !/^['’]s\s/.test(sentence.slice(sentence.indexOf(m.target!, m.index) + m.target!.length))) continue;
		m.target = cut[1];
	}
	// "A hijacked truck drove into crowds on Drottninggatan on Friday afternoon and smashed into the Åhléns department
	// store": one subject's next act, joined by "and", is the same attack, which ends at the venue it names.
	for (let i = kept.length - 1; i > 0; i--) {
		const [a, b] = [kept[i - 1]!, kept[i]!];
		if (a.anaphor || b.anaphor || a.recalled || b.recalled || !b.target || a.target) continue;
		if (!/^[a-z]+ed\b/.test(sentence.slice(b.index)) || !AND_THEN.test(sentence.slice(a.end, b.index))) continue;
		kept[i - 1] = { ...a, target: b.target, end: b.end, noun: a.noun === 'attack' ? b.noun : a.noun };
		kept.splice(i, 1);
	}
	// "on a restaurant in the Bangladeshi capital Dhaka": a capital described, then named, is the town named (review 37,
	// AU min/06-3 put the attack in Tokyo, the dateline's city, for "the Bangladeshi capital").
	for (const m of kept) {
		if (!m.place || !/^the\s+[A-Z][\w-]*\s+(?:capital|city)$/.test(m.place)) continue;
		const at = sentence.indexOf(m.place, m.index);
		// (After a comma, only a name the comma's pair closes: "in the Afghan capital, Interior Ministry spokesman Tariq
		// Arian said" names no town.)
		const named =
			at < 0
				? null
				: /^(?:\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b|,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:[,.;]|$)))/.exec(
						sentence.slice(at + m.place.length)
					);
		const town = named && placeLike((named[1] ?? named[2])!);
		if (town) m.place = town;
	}
	// "In Charlottesville, Virginia, on Aug. 12, 2017, James Alex Fields Jr. drove his car into people …": an act told by
	// its verb alone, in a sentence that opens on a place set off by its comma, is an attack there, not one referred back
	// to (review 43, BO min/03-15 gave its 35 injured to the New Orleans attack).
	const openedIn =
		/^In\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,\s/.exec(sentence);
	const openingPlace = openedIn ? placeLike(openedIn[1]!) : undefined;
	if (openingPlace)
		for (const [i, m] of kept.entries())
			if (
				m.anaphor &&
				!m.place &&
				!m.target &&
				!m.recalled &&
				!/^(?:the|this|that|these|those|its|their|it)\b/i.test(sentence.slice(m.index)) &&
				!kept.some((o) => o !== m && (o.place || o.target))
			)
				kept[i] = { ...m, place: openingPlace, anaphor: false };
	// "the suicide bombing and gun attack at Istanbul's Ataturk airport": two nouns of one event joined by "and", the
	// second placed, are that event; the first is no anaphor of the one in view (review 43, BR min/01-8 made the
	// Besiktas bombings suicide bombings).
	for (let i = kept.length - 1; i > 0; i--) {
		const [a, b] = [kept[i - 1]!, kept[i]!];
		if (!a.anaphor || a.target || a.place || b.anaphor || !(b.target || b.place)) continue;
		if (!/^\s+and\s+(?:[a-z-]+\s+){0,2}$/.test(sentence.slice(a.end, b.index))) continue;
		// ("claimed the attack and an ambush on a checkpoint in Arish": a second event with an article of its own.)
		if (/^\s+and\s+(?:an?|the|its|their|this|that)\s/i.test(sentence.slice(a.end, b.index + 4))) continue;
		if (!/^the\s/i.test(sentence.slice(a.index))) continue;
		kept[i - 1] = { ...b, index: a.index, recalled: a.recalled || b.recalled };
		kept.splice(i, 1);
	}
	// "the truck rampage in Nice, France": a rampage is an event where the text names it; "made shortly before the
	// rampage, that praised Elliot Rodger, who killed six people near Santa Barbara" refers back by a word that is as
	// often a spree of words or looting, so it points at no event (review 42, BM min/03-12).
	// "Two women blew themselves up on Monday, March 29, the first at Lubyanka station and the second at Park Kultury":
	// two sites told in turn are both the event's (review 44, BU min/06-3, 06-4 gave the toll of both to Lubyanka).
	const turn = /\bthe\s+second\b/.test(sentence) ? FIRST_SECOND.exec(sentence) : null;
	if (turn)
		for (const m of kept)
			if (m.target === turn[1] && !m.anaphor) Object.assign(m, { target: `${turn[1]} and ${turn[2]}`, sites: 2 });
	// ("Al-Shabaab has repeatedly struck Kenya, which sent troops into Somalia in 2011": what a group does again and
	// again is no one attack, to be dated or placed; review 44, BT min/09-14 asked an attack on Kenya in 2011.)
	return kept.filter(
		(m) =>
			!(m.anaphor && /rampages?$/.test(m.noun)) &&
			!/\b(?:repeatedly|frequently|often|regularly|routinely|periodically)\s+$/.test(sentence.slice(0, m.index)) &&
			// ("Since then the guerrillas have attacked oil pipelines and military posts in Arauca, Casanare and Norte de
			// Santander": so is what has been done since a time, in the present perfect; review 46, CC min/05-21.)
			!(/^\s*Since\s/.test(sentence) && /\b(?:have|has)\s+$/.test(sentence.slice(0, m.index))) &&
			// ("launched a bombing campaign along the Caribbean coast": a campaign of bombings is no one bombing, to be placed
			// by the ceasefire "agreed in Quito" before it; review 46, CC min/03-7.)
			!/^\s+(?:campaign|offensive)\b/.test(sentence.slice(m.end)) &&
			// ("a largely Congolese force living off timber, gold and kidnapping": what a group lives off is a trade, no one
			// act; review 46, CE min/09-7 dated a kidnapping in Congo.)
			!/\b(?:living|lives|lived|live|profit(?:s|ed|ing)?|funded|financed|financing|funding)\s+(?:off|from|by|through)\s+[^.;]{0,60}$/i.test(
				sentence.slice(0, m.index)
			)
	);
}
/** Between two acts of one subject: "on Friday afternoon and ", " and then ". */
const AND_THEN = /^[^,;.:]{0,40}?\band\s+(?:then\s+)?$/;

/** An opening participle and "by", up to a mention in its phrase: "Weakened by ", "Shaken by the ". */
const OPENING_CAUSE = /^(?:[A-Z][a-z]+(?:ed|en)|Hit|Struck|Shaken)\s+by\s+[^,;.]*$/;

/** An attack under way, told after a mention in its sentence: "…, when Ayoub El Khazzani opened fire". */
const BEGUN =
	/^[^.;]*?\b(?:when|as|after)\s+[^.;]*?\b(?:opened\s+fire|stabbed|shot|wounded|injured|killed|exploded|blew\s+(?:himself|herself)\s+up)\b/i;

/** Before a mention, a report of it that was false: "false reports of", "rumours of", "a hoax call about". */
const FALSE_REPORT_BEFORE =
	/\b(?:false\s+(?:reports?|alarms?|claims?)|rumou?rs?|hoax(?:\s+calls?)?)\s+(?:of|about)\s+(?:an?\s+|the\s+)?$/i;
/** Before a mention, a report of it: "Reports of". */
const REPORTS_OF_BEFORE = /\breports?\s+of\s+(?:an?\s+|the\s+)?$/i;
/** After it, that the report was false: "… were false", "… turned out to be unfounded". */
const PROVED_FALSE =
	/^[^.;]*?\b(?:were|was|are|is|proved|turned\s+out\s+to\s+be|(?:have|had)\s+been)\s+(?:(?:later|all|also)\s+)?(?:false|unfounded|untrue|baseless|wrong|a\s+hoax|hoaxes)\b/i;
/** Whether a mention is of something the sentence says was reported falsely. */
function falselyReported(sentence: string, start: number, end: number): boolean {
	const before = sentence.slice(Math.max(0, start - 40), start);
	return FALSE_REPORT_BEFORE.test(before) || (REPORTS_OF_BEFORE.test(before) && PROVED_FALSE.test(sentence.slice(end)));
}

/**
 * A mention that is a plot, not an event: "was planning attacks on shopping centres", "plotting a bombing of", "a group
 * that discussed bombing the London Stock Exchange" (review 36, AR min/04-6), "foiled a bombing at", "warnings of a
 * possible attack on Cologne Cathedral", "showed the attackers had planned a third strike" (review 48, CL min/06-2 made a
 * strike in Makindye and gave it the Kampala bombings' 76 dead; not "had planned the Charlie Hebdo attack", said of one
 * that happened).
 */
const PLOTTED =
	/\b(?:(?:discuss|consider|contemplat|propos|plott|plann|talk(?:ed|ing)?\s+about)(?:ed|ing)?\s+(?:bombing|attacking|targeting|striking|storming)\b|(?:plann|plott|prepar)ing\s+(?:an?\s+|several\s+|multiple\s+|further\s+|more\s+|new\s+|fresh\s+)?(?:[\w-]+\s+)?(?:attacks|bombings|assaults|strikes|an?\s+\w+)|had\s+(?:plann|plott)ed\s+(?:an?\s+|another\s+)(?:[\w-]+\s+)?(?:attack|bombing|assault|strike|massacre)s?\b|(?:foiled|thwarted|averted)\s+|\b(?:possible|potential|feared|imminent|threatened|would-be)\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|assaults?|strikes?)\b)/i;
