/**
 * Event mentions read from an event noun ("the suicide bombings in Kerman, Iran", "the Kabul airport bombing", "the
 * maternity ward bombing of May 2020"): the noun with the modifiers a briefing keeps, its target and place, and
 * whether it is an anaphor ("the attack") or a comparison with a wider place ("one of the deadliest attacks in X").
 */
import {
	DATED,
	DEMONYM,
	FEAST,
	KEEP,
	NAMED_VENUES,
	NOUNS,
	NOUN_RE,
	ORDINAL,
	RAIL,
	VENUE_ALONE,
	VENUE_END,
	clean,
	clauseOf,
	placeLike,
	targetOf
} from './event-patterns';
import type { Mention } from './events';
import { keyedMatches } from './matches';
import { MONTHS, WEEKDAYS } from '../lang';
import { literal, pattern } from '../lang/pattern';

/** A name that ends with a venue: "Army Public School", "Crocus City Hall". */
const NAMED_VENUE_END = pattern(`\\s(?:${NAMED_VENUES})$`);

/** What a siege is of, named with no venue noun: " of the Oberoi-Trident". */
const SIEGE_OF_NAME = /^\s+of\s+(the\s+[A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*){0,3})(?=[\s,.;:]|$)/;

/** Vehicles a compound names an attack by ("train bombings"), kept in its noun. */
const VEHICLE = /^(?:trains?|bus(?:es)?|metro|subway|tram|planes?|ferry)$/;

/** An event noun as a word: every NOUN_RE match holds one, after at most its determiner and three modifiers. */
const NOUN_WORD = pattern(`\\b(?:${NOUNS})\\b`, 'g');

/** The venue words between a place and the noun ("nightclub" in "Istanbul nightclub attack"), kept in its name. */
function venueWordsOf(mods: string[], capitalMods: string[]): string[] {
	if (!capitalMods.length || mods[0] !== capitalMods[0]) return [];
	return mods.slice(capitalMods.length).filter((w) => VENUE_ALONE.test(w) && !KEEP.has(w));
}

/** Number words that count the attacks a plural mention tells of ("twin bombings", "three blasts"). */
const COUNTS: Record<string, number> = { twin: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** Modifiers that hold a count after other words: "There were |three deadly". */
const COUNT_INSIDE = pattern(`^(.+?\\s)(?=(?:${Object.keys(COUNTS).join('|')})\\s+(?:[\\w-]+\\s+)?$)`, 'i');
/** A name that opens with a month or a weekday: "September 2", "October gunmen". */
/** A time opening a subject: "In April ", "Since 2015 ". */
const IN_MONTH_OR_YEAR = pattern(`^(?:In|By|Since|Until|Early|Late)\\s+(?=(?:${MONTHS.join('|')}|(?:19|20)\\d\\d)\\b)`);
const CALENDAR_FIRST = pattern(`^(?:${[...MONTHS, ...WEEKDAYS].join('|')})(?:\\s+(?:\\d|[a-z])|$)`);
/**
 * The day a sentence opens on, before the count of what happened that day ("On Wednesday two explosions …", "On 3
 * January 2024 two explosions …", "Yesterday evening three blasts …"): no modifier of the noun, which the count opens.
 */
const DAY_BEFORE_COUNT = pattern(
	`^(?:(?:on|early|late|yesterday|today|last|this|night|morning|afternoon|evening|${[...MONTHS, ...WEEKDAYS].join('|')}|\\d{1,4}),?\\s+)+(?=(?:${Object.keys(COUNTS).join('|')})\\s)`,
	'i'
);

/** Keeps the modifiers a briefing would keep ("suicide bombings"), drops the rest ("devastating bombings"). */
function nounPhrase(mods: string, noun: string): string {
	const kept = mods
		.trim()
		.split(/\s+/)
		.filter((w) => KEEP.has(w.toLowerCase()));
	// ("IED" is an acronym, written in capitals wherever it stands.)
	return (
		[...kept.map((w) => (/^[A-Z]{2,}s?$/.test(w) ? w : w.toLowerCase())), noun.toLowerCase()]
			.join(' ')
			// ("a car bomb explosion", "three bomb blasts": a bomb's blast is a bombing, as a briefing names it.)
			.replace(/\bbomb\s+(?:blast|explosion)(s?)$/, 'bombing$1')
	);
}

/** The capitalised subject right before a verb in its clause ("Chechen jihadists in 2002 attacked"). */
export function subjectBefore(sentence: string, index: number): string | undefined {
	const [a] = clauseOf(sentence, index);
	const before = sentence
		.slice(a, index)
		.replace(/\s+(?:in|on|during)\s+\d{4}\s*$/, '')
		.replace(/,?\s*(?:its|their)\s+fighters\s*$/, '')
		.trim()
		// "Gunmen also shot dead four policemen": an adverb between the doer and the verb is no part of who it was.
		.replace(/\s+(?:also|then|later|again|reportedly|allegedly|apparently|first|now)$/i, '')
		// ("Al-Shabaab militants on Saturday overran …": the day is when, not who.)
		.replace(
			/\s+(?:on|late\s+on|early\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i,
			''
		);
	// "a woman from Dagestan blew herself up": a name after "from" is where the doer came from, not who it was.
	if (
		/\b(?:woman|man|girl|boy|teenager|youth|resident|native|student)\s+from\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$/.test(
			before
		)
	)
		return undefined;
	// "the Frenchman who shot dead four people": a description before "who" is no name of who did it.
	if (/\b(?:the|a|an)\s+[A-Z][\w'’-]*\s+(?:who|that)$/.test(before)) return undefined;
	// "two women from Dagestan blew themselves up", "a suicide bomber from Ingushetia killed", "about seven kilograms of
	// TNT derailed": a name after a preposition is where the doers came from or what the bomb was made of, not who did
	// it. ("gunmen believed to belong to Boko Haram attacked", "Gunmen of the Velda Front stormed": a name after "to" or
	// "of" is whose they were.)
	if (
		/(?:\b(?:from|with)|\b(?:kilograms?|kilos?|kg|tonnes?|tons?|pounds?|litres?)\s+of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$/.test(
			before
		)
	)
		return undefined;
	// ("the bombers in Jableh attacked a hospital emergency entrance": a place after the doers is where they struck, not
	// who they were; review 49, CR min/03-3 named "the attack by Jableh".)
	if (
		/\b(?:bombers?|attackers?|gunm[ae]n|militants|assailants?|fighters|insurgents)\s+(?:in|at|near|inside|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$/.test(
			before
		)
	)
		return undefined;
	// "Gunmen arrived on Wednesday and opened fire": a second verb of the same doers; before "and" ends the first.
	// "Attacks have killed 300": an auxiliary ends a verb phrase, not a name.
	if (/\s(?:and|or|but)$/.test(before) || /\b(?:has|have|had)$/i.test(before)) return undefined;
	// "convicted Robert Bowers of killing …": the one convicted of it, told after a verb, is no subject.
	if (/\sof$/.test(before)) return undefined;
	// "a 19-year-old gunman who praised the New Zealand attacker opened fire": the object of a relative clause's verb is
	// whom the doer praised or followed, not who did it (review 41, BF min/03-10). ("A gunman who had served a prison
	// sentence for trying to join Islamic State in Syria killed four people": however long the clause; review 42, BM
	// min/02-1.)
	if (
		// (Not "that" after a verb of saying: "said that militants belonging to Boko Haram attacked" names the doer.)
		/\b(?:who|(?<!\b(?:said|says|say|told|tells|announced|reported|added|believes?|believed|claimed)\s+)that)\s+(?:had\s+|has\s+)?[a-z]+(?:ed|s)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,12}[\w'’-]+$/.test(
			before
		)
	)
		return undefined;
	const m = /((?:[A-Z][\w'’-]*\s+)*[A-Z]?[\w'’-]+)$/.exec(before);
	// "A gunman opened fire": an article starts a common noun, which names a kind of attacker, not who it was.
	// "On Monday attackers struck": a day opening the clause is when, not who.
	const who = m?.[1]
		?.replace(/^(?:On|By|Late|Early)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+/, '')
		// ("In April its fighters overran Mukalla": the month is when, and "its fighters" name no one; review 49, CR
		// min/09-24 asked who "In April" was.)
		.replace(IN_MONTH_OR_YEAR, '')
		.replace(/^(?:A|An|The|Two|Three|Four|Five|Six|Several|Some|\d+)\s+/, '')
		// ("After gunmen killed …", "When militants stormed …": the word opening the clause is no part of who did it.)
		.replace(/^(?:After|When|Once|Before|Since|As|While|Until|Although|Though|Because|If)\s+(?=[a-z])/, '');
	// "a Syrian man killed three people": a people's word and a common noun after "a" describe the doer; they name no
	// one (a question would say "by Syrian man").
	if (who && /\s[a-z][\w'’-]*$/.test(who) && pattern(`\\b(?:a|an)\\s+${literal(who)}$`).test(before)) return undefined;
	if (
		!who ||
		!/^[A-Z]/.test(who) ||
		/^(?:The|It|They|He|She|In|On|Since|Then|One|Two|Three|Four|Five|Another|Both|All|Some|If|When|While|Unless|Although|Though|As|After|Before|Because|Once)$/.test(
			who
		) ||
		// "on the evening of September 2 ripped through", "On 23 October gunmen attacked": a day is when, not who.
		CALENDAR_FIRST.test(who) ||
		// "Truck attack kills 84 in Nice": a headline's attack is what killed, not who.
		/\b(?:attacks?|bomb(?:ing)?s?|blasts?|explosions?|shootings?|stabbings?|assaults?|strikes?|raids?)$/i.test(who)
	)
		return undefined;
	// ("since al Qaeda bombed the U.S. embassy": "al" written apart is part of the name.)
	const particle = /\b(al|el)\s+$/.exec(before.slice(0, before.length - who.length))?.[1];
	if (particle) return `${particle} ${who}`;
	// ("fighters loyal to the Emirate raided Grozny": whose they were keeps its article, "the raid by the Emirate".)
	return /\bto\s+the\s+$/.test(before.slice(0, before.length - who.length)) ? `the ${who}` : who;
}

/** A superlative a mention or a comparison opens on: "deadliest", "single worst", "most lethal". */
const DEADLIEST = '(?:single\\s+)?(?:deadliest|worst|bloodiest|most\\s+(?:lethal|deadly))';
/** Before a mention, a superlative said of the event and "and": "is the deadliest in the United States since …, and ". */
const AND_SUPERLATIVE = new RegExp(
	`\\b(?:is|was|are|were|became|remains|remained)\\s+(?:also\\s+)?(?:one\\s+of\\s+)?the\\s+${DEADLIEST}\\b[^.;]*,?\\s+and\\s+(?:also\\s+)?$`,
	'i'
);
/** A mention's words that open on a superlative: "deadliest attack targeting Latinos". */
const DEADLIEST_FIRST = new RegExp(`^${DEADLIEST}\\b`, 'i');
/**
 * "one of the deadliest attacks in X", and in apposition or after "in" (", the deadliest attack on security forces in
 * the Valley in three decades", "in the deadliest terrorist attack the country has seen", "making it the deadliest
 * attack in Pakistan"): the event in view, measured.
 */
const SUPERLATIVE =
	/(?:\bone\s+of|,\s*|\bin|\b(?:making|made|makes?)\s+it)\s+the\s+(?:single\s+)?(?:deadliest|worst|bloodiest|most\s+(?:lethal|deadly|serious))\s+(?:such\s+)?(?:[a-z-]+\s+)?$/i;

/**
 * What follows a headline's "Jaipur blasts" when they are its event: the headline's end, a colon, or the count ("toll
 * lowered to 61", "kill 20"). "Putin strikes defiant tone" is a verb.
 */
const HEADLINE_COUNT_NEXT = /^\s*(?:$|[:;,–—-]|(?:toll|kill|kills|killed|leave|leaves|left)\b)/i;
/** A day or time owning an event noun: "Tuesday's", "Sunday night's", "yesterday's". */
const DAY_OWNER =
	"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\\s+(?:night|morning|evening|afternoon))?|yesterday|last\\s+night)['’]s";
/** Such a day among the words before an event noun. */
const DAY_OWNED = pattern(`(?:^|\\s)${DAY_OWNER}\\s`, 'i');
/** The same, opening the words before the noun: "Thursday's gun and bomb attack". */
const DAY_OPENS = pattern(`^${DAY_OWNER}\\s+`, 'i');
/** A day owning a kind of attack and then another, before the second: "Thursday's gun and ". */
const DAY_AND_KIND = pattern(`\\b${DAY_OWNER}\\s+[a-z-]+\\s+and\\s+$`, 'i');

/**
 * "It was the deadliest attack in Ostrania this year", "It is the first attack on a foreign embassy in the Central Asian
 * republic": a superlative said of the event in view, by a pronoun (review 31, AI min/10-8).
 */
const IT_WAS =
	/^(?:It|This|That)\s+(?:was|is|has\s+been|had\s+been|became|remains|remained)\s+(?:also\s+)?\s*(?:the|its)?\s+(?:single\s+)?(?:deadliest|worst|bloodiest|first|biggest|largest|most\s+(?:lethal|deadly))\s+(?:[a-z-]+\s+)?$/;

/**
 * Adds the noun mentions of `sentence` to `out` (skipping spans `taken` by an earlier pattern); comparisons are
 * marked in `compared` by index. `headline` reads a title, which names its event in a compound.
 */
export function nounMentions(
	sentence: string,
	headline: boolean,
	out: Mention[],
	taken: (a: number, b: number) => boolean,
	compared: Set<number>
): void {
	for (const m of keyedMatches(sentence, NOUN_RE, NOUN_WORD, 4)) {
		const day = m[1] ? undefined : DAY_BEFORE_COUNT.exec(m[2] ?? '')?.[0];
		if (day) {
			m.index += day.length;
			m[0] = m[0].slice(day.length);
			m[2] = m[2]!.slice(day.length);
		}
		// "There were three attacks", "have carried out three deadly attacks": words before a count that the modifiers
		// took in are no part of the noun; the mention starts at its count. (Attacks only: "built two bombs", "when two
		// explosions tore through the gym" count devices and blasts of one attack, not attacks; nor does a count with no
		// place, "Britain has suffered three deadly attacks in less than a month", make a whole of its own.)
		const counting =
			m[1] || !(m[4] ?? m[5]) || !/^(?:attacks|bombings|shootings|raids|assaults|massacres|stabbings)$/.test(m[3]!)
				? null
				: COUNT_INSIDE.exec(m[2] ?? '');
		if (counting) {
			const cut = counting.index + counting[1]!.length;
			m.index += cut;
			m[0] = m[0].slice(cut);
			m[2] = m[2]!.slice(cut);
		}
		if (taken(m.index, m.index + m[0].length)) continue;
		// "Thursday's gun and bomb attack in the capital killed eight people": a day's attack, told of by its day, is the
		// one the story is on, as "the attack" is.
		// ("Thursday's gun and bomb attack": the day may own both kinds, the first before the match.)
		const ownDay = m[1] ? null : DAY_OPENS.exec(m[2] ?? '');
		if (ownDay) m[2] = m[2]!.slice(ownDay[0].length);
		const dayBefore = !m[1] && !ownDay && DAY_AND_KIND.test(sentence.slice(Math.max(0, m.index - 40), m.index));
		// ("Islamic State cells that have carried out bombings in Istanbul and Ankara": a "that" before a verb opens a
		// clause, and determines no noun; review 30, AF min/05-17 made an event of the group's record.)
		const relative = /^that$/i.test(m[1] ?? '') && /^(?:have|has|had|was|were|is|are|will|would)\s/i.test(m[2] ?? '');
		const det = ownDay || dayBefore ? 'the' : relative ? undefined : m[1]?.toLowerCase();
		// "meant to strike at Turkey", "vowed to attack": an infinitive is a verb, not an event.
		if (!det && !m[2] && /\bto\s+$/.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
		// "had convictions going back to 1983 for assault": a crime on a record, no event of the story.
		if (
			!det &&
			/\b(?:convictions?|convicted|charged|jailed|sentenced|imprisoned|record|offences?|offenses?)\b[^.;]{0,40}\bfor\s+$/i.test(
				sentence.slice(Math.max(0, m.index - 80), m.index)
			)
		)
			continue;
		// "several religious parties called for a strike", "a general strike": a stoppage of work, no attack (review 43, BP
		// min/08-10 made an event of it, which took a killing's claim).
		if (
			/^strikes?$/.test(m[3]!) &&
			// ("The Houthis announced a strike on Abha airport": a strike on a place is an attack.)
			!/^\s+(?:on|against|targeting|at)\b/i.test(sentence.slice(m.index + m[0].indexOf(m[3]!) + m[3]!.length)) &&
			(/\b(?:general|national|nationwide|hunger|labour|labor|wildcat|shutter-down|transport)\s+$/i.test(
				m[0].slice(0, m[0].indexOf(m[3]!))
			) ||
				/\b(?:call(?:ed|s|ing)?\s+(?:for|off)|announc(?:ed|es|ing)|observ(?:ed|es|ing)|went\s+on|go\s+on)\s+(?:an?\s+|the\s+)?$/i.test(
					sentence.slice(Math.max(0, m.index - 30), m.index + (m[1] ? m[1].length + 1 : 0))
				))
		)
			continue;
		// "a controlled explosion was carried out at an address in Fallowfield": bomb-disposal work, no attack.
		if (/^explosions?$/.test(m[3]!) && /\bcontrolled\s+$/i.test(m[0].slice(0, m[0].indexOf(m[3]!)))) continue;
		// "A third bomb, packed into a laptop bag, was found unexploded at a disco in the Makindye suburb": a bomb that
		// never went off is no bombing.
		if (
			/^bombs?$/.test(m[3]!) &&
			(/\bunexploded\s+$/i.test(m[0].slice(0, m[0].indexOf(m[3]!))) ||
				/^(?:,[^,.;]{1,60},)?\s+(?:was|were|had\s+been)\s+(?:found|discovered|defused|disarmed|made\s+safe)\b/.test(
					sentence.slice(m.index + m[0].indexOf(m[3]!) + m[3]!.length)
				))
		)
			continue;
		// "the attack in response to raids on mosques in Mombasa": a reason read as a target, and its place with it,
		// are another event's.
		// "Officials have blamed that attack on Islamic State West Africa Province": who is blamed, no target.
		const blamed =
			m[4] !== undefined &&
			/\bblam(?:e|ed|es|ing)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index)) &&
			/^\s+on\s/.test(m[0].slice(m[0].indexOf(m[3]!) + m[3]!.length));
		const reason = m[4] !== undefined && (blamed || !targetOf(clean(m[4])));
		let target = reason ? undefined : clean(m[4]);
		let place = reason ? undefined : placeLike(clean(m[5]));
		// "bombings in Kerman, Iran": a capitalised object after "in" is the place, not a venue.
		if (target && !place && /^(?:(?:al|el)-)?[A-Z]/.test(target) && !VENUE_END.test(target)) {
			if (/\bin\s*$/.test(m[0].slice(0, m[0].indexOf(m[4]!)))) [place, target] = [placeLike(target), undefined];
		}
		// "The siege of the Oberoi-Trident ends with two gunmen dead": a siege of a name is of the building it names,
		// venue noun or none (review 36, AS min/02-7 gave the two gunmen to the attack on the Leopold Cafe before it).
		const siegeOf =
			!target && !place && /^sieges?$/.test(m[3]!) ? SIEGE_OF_NAME.exec(sentence.slice(m.index + m[0].length)) : null;
		if (siegeOf) target = siegeOf[1];
		const mods = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
		// "the New Year's attack": capitals before a possessive name its owner, not the place.
		const lastLower = mods.findLastIndex((w) => /^[a-z]/.test(w) || /['’]s$/.test(w));
		// "the 2002 Bali bombings": a year before the place dates the event, it is no part of the place's name.
		// "Bomb blasts hit two Jakarta hotels": a title's capital on a kept modifier is no place.
		const capitals = mods
			.slice(lastLower + 1)
			// ("KABUL, May 9 - A bomb killed 12": a dateline's dash and the article after it are no place.)
			.filter(
				(w) =>
					/^(?:(?:al|el)-)?[A-ZÀ-Þ]/.test(w) &&
					!/^(?:\d+|Twin|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Another|Both|Each|Every|A|An|The)$/.test(w) &&
					!KEEP.has(w.toLowerCase())
			);
		// "the Christmas Eve bombings": words that are no place together ("Eve") are none apart.
		// "the two German attacks" (unlike "attacks on German soil") still tells its events from others by the people.
		const placeOrPeople = (w: string) => placeLike(w) ?? (DEMONYM.test(w) ? w : undefined);
		let capitalMods = placeOrPeople(capitals.join(' ')) ? capitals.filter((w) => placeOrPeople(w)) : [];
		// "the Christmas Eve bombings": a feast names the event by its day.
		const feast = capitals.length > 0 && FEAST.test(capitals.join(' ')) ? capitals.join(' ') : undefined;
		// "Istanbul nightclub attack", "Kabul airport bombing": a headline's place, then the venue, then the noun. (In
		// running text, "the Russia concert attack" refers back to an event already named.)
		const firstLower = mods.findIndex((w) => /^[a-z]/.test(w));
		const venueMods = firstLower > 0 ? mods.slice(firstLower) : [];
		// So does running text where the mention names another event: one dated ("the Beslan school siege of 2004",
		// "the 2004 Beslan school siege") or recalled ("since the Beslan school siege").
		// (Read from the noun's end: "the Orlando nightclub massacre in June 2016" may have taken "in June" for a place.)
		const nounEnd = m.index + m[0].indexOf(m[3]!, (m[1]?.length ?? 0) + (m[2]?.length ?? 0)) + m[3]!.length;
		const other =
			DATED.test(sentence.slice(m.index + m[0].length)) ||
			DATED.test(sentence.slice(nounEnd)) ||
			mods.some((w) => /^(?:19|20)\d\d$/.test(w)) ||
			// ("QUESTION: The Colorado Springs clinic shooting last Friday killed three people", at a news conference on
			// another shooting: so does one told of a day before with "last"; review 51, DB min/04-13 dated the shooting in
			// view by it.)
			/^\s+last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b/.test(
				sentence.slice(nounEnd)
			) ||
			/\bsince\s+$/i.test(sentence.slice(0, m.index)) ||
			// ("just weeks after the Surabaya church bombings on May 13, which killed 13 people": so does what something came
			// after; review 43, BQ min/08-15 gave the toll to the attack the story was on.)
			/\b(?:days|weeks|months|years|shortly|soon|just|hours)\s+(?:after|before)\s+$/i.test(sentence.slice(0, m.index));
		// ("since the 1998 US embassy bombing": the year dates it, and is no part of the place.)
		const lead = mods.slice(0, firstLower).filter((w) => !/^(?:19|20)\d\d$/.test(w));
		if (
			(headline || other) &&
			!capitalMods.length &&
			venueMods.length &&
			venueMods.every((w) => VENUE_ALONE.test(w) || KEEP.has(w)) &&
			lead.length &&
			placeLike(lead.join(' ')) &&
			!lead.some((w) => /['’]s$/.test(w))
		)
			capitalMods = lead;
		// "the Army Public School massacre in Peshawar": a named venue before the noun is the target, the town after it
		// the place.
		if (place && !target && NAMED_VENUE_END.test(capitalMods.join(' '))) target = capitalMods.join(' ');
		// "the Moscow attack": a capitalised word before the noun names the place.
		if (!place && !target && capitalMods.length) place = capitalMods.join(' ');
		if (!place && !target && feast) target = feast;
		// "the Kabul airport bombing": the place and the venue together are the target, so it is told apart from an
		// attack on Kabul University.
		const venueWords = venueWordsOf(mods, capitalMods);
		// "the Mumbai train bombings": a vehicle is what the bombs were on, not a venue of the city's, so the place
		// stays and the noun keeps it ("the train bombings in Mumbai", never "the bombings on Mumbai train").
		const vehicle =
			venueWords.length > 0 && venueWords.every((w) => VEHICLE.test(w)) && place === capitalMods.join(' ');
		if (venueWords.length && place === capitalMods.join(' ') && !target && !vehicle) {
			target = `${place} ${venueWords.join(' ')}`;
			place = undefined;
		}
		// "the maternity ward bombing of May 2020": a dated mention names another event by the venue before its noun
		// (undated, "the market attack" refers back to the story's own).
		const venue = /(?:^|\s)([a-z][\w-]*\s+[a-z][\w-]*)\s*$/.exec(m[2] ?? '')?.[1];
		if (
			!target &&
			!place &&
			venue &&
			VENUE_ALONE.test(venue.split(/\s+/)[1]!) &&
			!KEEP.has(venue.split(/\s+/)[0]!) &&
			DATED.test(sentence.slice(m.index + m[0].length))
		)
			target = `the ${venue}`;
		// ("The church bombings killed 18 people": the venue's common noun right before the event noun, which the
		// resolver weighs against the event in view; review 30, AG min/05-8.)
		const venueMod = /(?:^|\s)([a-z][\w-]*)\s*$/.exec(m[2] ?? '')?.[1];
		const venueNoun =
			!target &&
			!place &&
			det === 'the' &&
			venueMod &&
			(VENUE_ALONE.test(venueMod) || RAIL.test(venueMod)) &&
			!KEEP.has(venueMod) &&
			(!VEHICLE.test(venueMod) || RAIL.test(venueMod))
				? venueMod
				: undefined;
		const named = Boolean(target || place);
		// "Its attacks have spilled over …", "similar attacks in France": attacks in general, not one event.
		const plural = /s$/.test(m[3]!) && m[3] !== 'arrests' && !/crisis$/.test(m[3]!);
		const kept = (m[2] ?? '').split(/\s+/).some((w) => KEEP.has(w.toLowerCase()));
		// "two blasts tore through fans at the rugby club": counted, the plural tells of events, not of attacks in general.
		const firstWord = (m[2] ?? '').split(/\s+/)[0]!.toLowerCase();
		const counted = /^\d+\s/.test(m[2] ?? '') || Object.hasOwn(COUNTS, firstWord);
		// ("the attack, one of two assaults on tourists in 2015": the count is of a series the attack is one of.)
		const oneOf = /\bone\s+of\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index));
		const sites = plural && !oneOf ? COUNTS[firstWord] : undefined;
		// "The two attacks killed 61" refers back to what was told, which may count one event named with another the text
		// did not read as one; "two terrorist attacks struck the capital" tells of them.
		// ('"Three attacks, one method," said a research fellow': so does a count a speaker opens a quote on, after the
		// attacks were told; review 50 read the Chinagodrar raid as three attacks.)
		const again =
			sites !== undefined &&
			(['the', 'these', 'those', 'its', 'their'].includes(det ?? '') ||
				/^["“]\s*$/.test(sentence.slice(0, m.index)) ||
				// ("Three deadly attacks in three countries in nine days": attacks counted across places are a series of
				// events, no sites of the one in view; review 50, CV min/05-17 made "three blasts in Bugojno".)
				/^\s+in\s+(?:two|three|four|five|six|\d+)\s+(?:countries|cities|provinces|regions|states|towns)\b/i.test(
					sentence.slice(m.index + m[0].length)
				));
		// "claimed both bombings": the two just told, referred back to.
		const both = !det && plural && /^both\s/i.test(m[2] ?? '');
		// "Tuesday's serial bombings in Jaipur": a day owning the noun makes it one event, as "the" would; so does a
		// headline's place before it ("Jaipur blasts toll lowered to 61").
		const owned =
			(DAY_OWNED.test(m[2] ?? '') && place !== undefined && (m[4] ?? m[5]) !== undefined) ||
			(headline && capitalMods.length > 0 && HEADLINE_COUNT_NEXT.test(sentence.slice(m.index + m[0].length)));
		// "Live: Explosions in Sharm el-Sheikh": a headline that opens with the noun and its place tells of those, after
		// any label ("Week in review: Palm Sunday church bombings in Egypt, …"; review 48, CP min/05-1 gave their day to
		// the truck attack the headline named next).
		// (Not "Attacks in Europe rise": a trend, while blasts and shootings are events.)
		const opens =
			headline &&
			place !== undefined &&
			/^(?:explosions|blasts|bombings|shootings|stabbings)$/.test(m[3]!) &&
			/^(?:[A-Za-z][\w' ]{0,30}:\s*)?$/.test(sentence.slice(0, m.index));
		if (
			plural &&
			!target &&
			!kept &&
			!counted &&
			!both &&
			!owned &&
			!opens &&
			(!det || det === 'its' || det === 'their')
		)
			continue;
		// ("Yet raids in the Boni forest and attacks on buses along the Lamu-Garsen road continued for years": attacks that
		// went on for years are a series, no event a day or a count belongs to; review 48, CL min/07-11 and 07-12 gave them
		// the Widho killings of the clause after.)
		if (
			plural &&
			/^(?:(?!\b(?:and|but|while|killed|killing|wounded|left|after)\b)[^,.;]){0,80}?\b(?:continued|went\s+on|persisted|carried\s+on|have\s+continued|had\s+continued)\s+(?:for|over)\s+(?:years|months|decades|weeks)\b/i.test(
				sentence.slice(m.index + m[0].length)
			)
		)
			continue;
		// "a network that had been responsible for arson attacks on mosques": a group's record, attacks in general.
		if (
			plural &&
			!det &&
			/\b(?:responsible\s+for|behind|blamed\s+for|known\s+for|involved\s+in)\s+$/i.test(
				sentence.slice(Math.max(0, m.index - 24), m.index)
			)
		)
			continue;
		if (
			plural &&
			/\b(?:similar|other|several|many|more|future|recent|past|previous|such|external|successful)\s+$/i.test(
				sentence.slice(Math.max(0, m.index - 12), m.index)
			)
		)
			continue;
		// "examining links to two earlier small bombings in the city this year": counted events before the one told of.
		if (plural && !det && /^(?:[\w-]+\s+)?(?:earlier|previous|prior|past|separate|other)\s/i.test(m[2] ?? '')) continue;
		// "one of the deadliest attacks in Ostrania this year": a comparison measures the event in view against a wider
		// place, so it refers back rather than naming an event there (marked here, turned into an anaphor below).
		// "It was the deadliest attack in Ostrania since the war" says the same of the event in view.
		// ("One of the deadliest since 2005, when bombers killed …": see findMentions for the event after "when".)
		// "the third attack in Germany and France in nine days": a place in a series counts the event in view among
		// others there, as a comparison does, and never names it.
		const series = (!det || det === 'the') && ORDINAL.test(m[2] ?? '');
		if (
			series ||
			SUPERLATIVE.test(`${sentence.slice(Math.max(0, m.index - 16), m.index)} ${m[1] ?? ''} ${m[2] ?? ''}`) ||
			// ("The El Paso attack is the deadliest in the United States since …, and the deadliest attack targeting
			// Latinos in modern American history": a second superlative joined to one said of the event; review 47, CI
			// min/05-21 made "three attacks on Latinos" an event.)
			(DEADLIEST_FIRST.test(m[2] ?? '') && AND_SUPERLATIVE.test(sentence.slice(0, m.index))) ||
			IT_WAS.test(`${sentence.slice(0, m.index)} ${m[1] ?? ''} ${m[2] ?? ''}`)
		)
			compared.add(m.index);
		out.push({
			index: m.index,
			end: m.index + m[0].length,
			// ("the four-day hostage crisis at the In Salah gas facility": a siege, asked as one.)
			noun: /^hostage\s/.test(m[3]!)
				? 'siege'
				: vehicle
					? `${venueWords.join(' ')} ${nounPhrase(m[2] ?? '', m[3]!)}`
					: // ("Thursday's gun and bomb attack": a kind joined to another by "and" is half of it; the noun alone
						// names the event.)
						nounPhrase(/\b(?:and|or)\s+$/.test(sentence.slice(0, m.index)) ? '' : (m[2] ?? ''), m[3]!),
			target: target && (placeLike(target) || target === feast) ? target : undefined,
			place,
			anaphor:
				!named &&
				(det === 'the' ||
					det === 'this' ||
					det === 'that' ||
					det === 'those' ||
					det === 'these' ||
					both ||
					(!det && !!sites)),
			actor: /arrests/.test(m[3]!) ? subjectBefore(sentence, m.index) : undefined,
			// "The last attack on this scale in the country came on 15 December 2010": an earlier event, measured against.
			...(det === 'the' && /^(?:last|previous|prior|earlier)\s/i.test(m[2] ?? '') ? { recalled: true } : {}),
			...(ownDay || dayBefore ? { dayOwned: true } : {}),
			...(series ? { series } : {}),
			...(sites ? { sites } : {}),
			...(again ? { again } : {}),
			...(venueNoun ? { venueNoun } : {})
		});
	}
}
