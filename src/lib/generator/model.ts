/**
 * The events of a document (and of a draft of several documents): what happened, on what, where, when and by whom.
 * A mention joins an event only on evidence — a place or target that matches, a date that agrees — never because an
 * earlier sentence named a place. Events from several documents that agree on place and date become one event.
 */
import { formatDate } from './dates';
import { AND_PLACE_NAMES, ARTICLE, DEMONYM, FEAST, VENUE_END } from './event-patterns';
import { eventKeys, keysOf, listItems, type Mention } from './events';
import type { Precision } from './types';
import { remembered } from '../lang/remembered';
import { pattern } from '../lang/pattern';

export interface StoryEvent {
	id: string;
	noun: string;
	target?: string;
	place?: string;
	actor?: string;
	/** ISO date at `precision`; `qualifier` narrows a year ("beginning of"). */
	date?: string;
	precision?: Precision;
	qualifier?: string;
	/**
	 * Why the date may be wrong, when the words that dated the event leave it unsettled ("the New Year's Eve shooting",
	 * its year not written): a question then names the event without it, and only the date card asks it, for a check.
	 */
	dateDoubt?: string;
	/** Other places the text ties to the event ("Russia" for the attack in Moscow). */
	alsoIn: string[];
	/** Documents and paragraphs where the event is named, for the review screen. */
	seen: { doc: string; paragraph: number }[];
	/** How often the text refers to the event: the story's main event is referred to most. */
	mentions?: number;
	/** First told as another matter than the story's ("Elsewhere on Friday: …"), so never the story's own event. */
	aside?: boolean;
	/** Named so far only by the headline, whose clipped words ("Manchester concert") give way to the body's. */
	headline?: boolean;
	/** The id of the event at several sites this one is a site of ("the bombing in Tanta" of "the bombings in Tanta and Alexandria"). */
	within?: string;
	/**
	 * A site told as where more of the whole's harm was done ("where seven more worshippers were shot dead"): what the
	 * text says of "the shooting" after its paragraph is of the whole.
	 */
	further?: boolean;
	/** How many attacks the text says the event was ("two terrorist attacks"), when it says. */
	sites?: number;
}

/**
 * The story's own event: the one it mentions most, the first of those named as often, and never one told as another
 * matter ("Elsewhere, …") while another is there.
 */
export function mainEvent(events: readonly StoryEvent[]): StoryEvent | undefined {
	const own = events.some((e) => !e.aside) ? events.filter((e) => !e.aside) : events;
	return own.reduce<StoryEvent | undefined>((a, e) => ((e.mentions ?? 1) > (a?.mentions ?? 1) ? e : a), own[0]);
}

/** Whether two ISO dates can be the same day (one may be coarser than the other). */
export function datesAgree(a: string | undefined, b: string | undefined): boolean {
	return !a || !b || a.startsWith(b) || b.startsWith(a);
}

const overlap = (a: string[], b: string[]) => a.some((k) => b.includes(k));
/** "Strasbourg's Christmas market": a name owning the venue is where the venue is. */
const ownerOf = (target: string | undefined) =>
	/^(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s/.exec(target ?? '')?.[1];
const placeKeys = (e: Pick<StoryEvent, 'place' | 'alsoIn'> & { target?: string }) => [
	...keysOf(e.place ?? ownerOf(e.target)),
	...e.alsoIn.flatMap(keysOf)
];

/** Whether a place name is one the event is at: its place, its venue's, or another it is told at. */
export const isAt = (e: StoryEvent, place: string) => overlap(keysOf(place), [...placeKeys(e), ...keysOf(e.target)]);

/**
 * How well a mention fits an event: 0 when it cannot be the same (another place, another target, another date),
 * higher with more shared names.
 */
export function fit(
	e: StoryEvent,
	m: Pick<Mention, 'place' | 'target'> & Partial<Pick<Mention, 'noun' | 'sites'>>,
	date?: string
): number {
	if (!datesAgree(e.date, date)) return 0;
	// "the seven bombings of 13 February" are not the one bombing at a police station; but an event already counted as
	// several ("Two bombings strike churches in Orsa and Velda", named by its verb) is what the body counts again.
	if ((m.sites ?? 0) >= 2 && !/s$/.test(e.noun) && !atSeveralSites(e)) return 0;
	// "a drone strike in Kabul" is not "the Kabul airport bombing": two kinds of event are two events.
	if (m.noun && kindOf(m.noun) && kindOf(e.noun) && kindOf(m.noun) !== kindOf(e.noun)) return 0;
	const pm = keysOf(m.place);
	const tm = keysOf(m.target);
	const pe = placeKeys(e);
	const te = keysOf(e.target);
	if (tm.length && te.length && !overlap(tm, te) && !overlap(tm, pe)) return 0;
	// ("Koshobe village" and "Foduma Koloram village": two targets that share only the word for their kind; review 45,
	// BY min/01-1 put the Koshobe attack in Gubio, the district of the June attack it was compared with.)
	const tmNamed = tm.filter((k) => !PLACE_KIND.has(k));
	const teNamed = te.filter((k) => !PLACE_KIND.has(k));
	if (tmNamed.length && teNamed.length && !overlap(tmNamed, teNamed) && !overlap(tmNamed, pe) && !overlap(teNamed, pm))
		return 0;
	// "the Syailendra restaurant" and "the Airlangga restaurant": two venues of one kind, told apart by their names.
	// (A title's "Istanbul nightclub" names the city, so only venues named with "the" are compared.)
	const named = (t: string | undefined) => (t && /^the\s+[A-Z]/.test(t) ? eventKeys(t) : []);
	const nm = named(m.target);
	const ne = named(e.target);
	if (nm.length && ne.length && !overlap(nm, ne) && !overlap(nm, pe)) return 0;
	// "Westminster Bridge" and "London Bridge": two venues whose names share only the word for their kind.
	const qm = properName(m.target);
	const qe = properName(e.target);
	if (qm.length && qe.length && !overlap(qm, qe) && !overlap(qm, pe) && !overlap(qe, pm)) return 0;
	// ("St Peter's church" and "St George's Church": two churches of two saints; review 45, BZ min/05-11 gave the 29
	// worshippers of the Cairo bombing to Tanta's.)
	const sm = saintOf(m.target);
	const se = saintOf(e.target);
	if (sm && se && sm !== se) return 0;
	// ("London Bridge attack" in a headline, then "drove a car into pedestrians on Westminster Bridge": so are a venue
	// named and a place that is itself a venue's name; review 45, BX min/01-1 asked the London Bridge toll of
	// Westminster.)
	const qp = e.place && !e.target && VENUE_END.test(e.place) ? properName(e.place) : [];
	if (qm.length && qp.length && !overlap(qm, qp)) return 0;
	// "al-Hashoosh mosque" and "al-Balili mosque": so are two whose names stand before a kind written in lower case
	// (review 44, BW min/10-4 merged the September bombing of al-Balili into the March one of al-Hashoosh).
	const km = nameBeforeKind(m.target);
	const ke = nameBeforeKind(e.target);
	if (km.length && ke.length && !overlap(km, ke) && !overlap(km, pe) && !overlap(ke, pm)) return 0;
	// "Lubyanka station" and "Rizhskaya station": two stations, whose names no city takes as a title's "Istanbul
	// nightclub" does (review 49, CT min/01-14 gave a 2004 blast at Rizhskaya to the 2010 one at Lubyanka).
	const stationM = stationName(m.target);
	const stationE = stationName(e.target);
	if (stationM && stationE && stationM !== stationE) return 0;
	// "Kabul University" and "Kabul airport" share a city, not a venue: two events.
	const vm = venueOf(m.target);
	const ve = venueOf(e.target);
	if (vm && ve && vm !== ve) return 0;
	if (pm.length && pe.length && !overlap(pm, pe) && !overlap(pm, te)) return 0;
	// "Friday's attacks in Quetta, Parachinar and Karachi": a list of places is the set of attacks there, not the one of
	// its sites whose place it shares.
	// (Nor is one site the set a list of places named before.)
	if (listed(m.place).some((p) => !overlap(keysOf(p), [...pe, ...te]))) return 0;
	if (listed(e.place).some((p) => !overlap(keysOf(p), [...pm, ...tm]))) return 0;
	// ("… shot dead four people in central Vienna. … the group now claims attacks it did not direct, as it did in
	// Barcelona and Vienna": attacks in two places are not the one in one of them; review 45, CA min/03-21.)
	if (
		m.place &&
		/^[A-Z][^,]*\sand\s[A-Z][^,]*$/.test(m.place) &&
		e.place &&
		!/\sand\s/.test(e.place) &&
		!atSeveralSites(e) &&
		// (Two names, not one holding "and": "Jammu and Kashmir's Pulwama district".)
		listItems(m.place).every((p) => !/['’]s\b/.test(p) && p.split(/\s+/).length <= 2) &&
		listItems(m.place).some((p) => !overlap(keysOf(p), [...pe, ...te]))
	)
		return 0;
	// "the Madina district" is not "Hodan district": places that share only the word for what kind of place they are.
	const pmNamed = pm.filter((k) => !PLACE_KIND.has(k));
	const peNamed = pe.filter((k) => !PLACE_KIND.has(k));
	if (pmNamed.length && peNamed.length && !overlap(pmNamed, peNamed) && !overlap(pmNamed, te)) return 0;
	const shared = [...pm, ...tm].filter((k) => pe.includes(k) || te.includes(k)).length;
	return shared;
}

/**
 * The words of a venue's proper name that are not its kind ("westminster" of "Westminster Bridge"); none for a venue
 * whose kind is written in lower case ("Istanbul nightclub" in a title names the city, not the club).
 */
const properName = (t: string | undefined) =>
	t && /\b[A-Z][\w'’-]*$/.test(t) && VENUE_END.test(t) ? eventKeys(t).filter((k) => !VENUE_END.test(k)) : [];

/** The saint a venue is named after: "peter" of "St Peter's church", "Saint-Étienne" of its church. */
const saintOf = (t: string | undefined) =>
	t ? /\b(?:St\.?|Saint|San|Santa|Sainte)[\s-]+([A-Z][\wÀ-ÖØ-öø-ÿ-]*)/.exec(t)?.[1]?.toLowerCase() : undefined;

/** A venue's name opening on its article, then its kind in lower case: "al-Hashoosh mosque". */
const ARTICLE_NAME_KIND = pattern(`^(?:the\\s+)?${ARTICLE}([A-Z][\\w'’-]*)\\s+[a-z]+$`);
/**
 * The name with its article before a venue's kind in lower case: "hashoosh" of "al-Hashoosh mosque"; none for "a packed
 * mosque", nor for a name without one ("Istanbul nightclub" in a title names the city).
 */
const nameBeforeKind = (t: string | undefined) => {
	const name = t && VENUE_END.test(t) ? ARTICLE_NAME_KIND.exec(t)?.[1] : undefined;
	return name ? keysOf(name) : [];
};

/** The name of a station written before its kind in lower case: "rizhskaya" of "Rizhskaya station". */
const stationName = (t: string | undefined) =>
	t
		? /^(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:metro\s+|railway\s+|train\s+|subway\s+|underground\s+)?station$/
				.exec(t)?.[1]
				?.toLowerCase()
		: undefined;

/** The places of a list of three or more ("Quetta, Parachinar and Karachi"); none for one place or two. */
const listed = (place: string | undefined) => (place && /,[^,]+\sand\s/.test(place) ? listItems(place) : []);

/** Words for a kind of place, which name no place of their own. */
const PLACE_KIND = new Set([
	'district',
	'province',
	'region',
	'city',
	'town',
	'village',
	'camp',
	'neighbourhood',
	'neighborhood',
	'suburb',
	'area',
	'state',
	'county',
	'quarter'
]);

/**
 * The kind of event a noun names, when it names one kind: a bombing is not a drone strike nor a shooting. "Attack",
 * "assault" and "siege" name any kind, so they have none.
 */
const kindOf = remembered((noun: string): string | undefined => {
	const last = noun.split(' ').pop()!;
	if (/^(?:bomb|bombs|bombings?|blasts?|explosions?)$/.test(last)) return 'bombing';
	if (/^(?:strikes?|airstrikes?)$/.test(last)) return 'strike';
	if (/^(?:shootings?)$/.test(last)) return 'shooting';
	if (/^(?:stabbings?)$/.test(last)) return 'stabbing';
	if (/^(?:raids?|arrests)$/.test(last)) return 'raid';
	if (/^(?:abductions?|kidnappings?)$/.test(last)) return 'abduction';
	return undefined;
});

/** Raids and arrests follow an attack: they are never the lead event a count or an arrest is about. */
export const isAftermath = (e: Pick<StoryEvent, 'noun'>): boolean => kindOf(e.noun) === 'raid';

/** Whether two event nouns name the same kind of event ("the blast" and "bombing"; "attack" is of every kind). */
export const sameKind = (a: string, b: string): boolean => !kindOf(a) || !kindOf(b) || kindOf(a) === kindOf(b);

const VENUE_WORD =
	/\b(hall|theater|theatre|concert|venue|airport|university|mosque|church|synagogue|school|hospital|station|stadium|market|base|shrine|ward|rally|hotel|embassy|prison|academy|soil|refinery|port|museum|plant|depot|mall|nightclub|ministry|parliament)\b/i;
const VENUE_WORDS = pattern(VENUE_WORD.source, 'gi');
const SAME_VENUE: Record<string, string> = { theater: 'hall', theatre: 'hall', concert: 'hall', venue: 'hall' };
/** The kind of venue a target names ("hall" for a concert hall or a theater), if any. */
const venueOf = (target: string | undefined) => (target === undefined ? undefined : venueIn(target));
const venueIn = remembered((target: string): string | undefined => {
	const words = target.toLowerCase().match(VENUE_WORDS);
	const w = words?.[words.length - 1];
	return w ? (SAME_VENUE[w] ?? w) : undefined;
});

/** Whether an event is of several attacks at several sites: counted ("two attacks") or placed at several. */
export function atSeveralSites(e: StoryEvent): boolean {
	return (e.sites ?? 0) >= 2 || (/s$/.test(e.noun) && sitesOf(e).length >= 2) || COUNTED_TARGET.test(e.target ?? '');
}
/** A target that counts its sites: "two mosques", "three churches". */
const COUNTED_TARGET = /^(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+s$/i;

/** Place names with "and" in them, which name one place. */
const ONE_PLACE = pattern(`\\b(?:${[...AND_PLACE_NAMES, 'Khyber Pakhtunkhwa and'].join('|')})\\b`, 'g');

/** The sites an event's place lists: "Tanta and Alexandria", "Sarojini Nagar, Paharganj and Govindpuri". */
export function sitesOf(e: Pick<StoryEvent, 'place' | 'target' | 'sites'>): string[] {
	// "strike Iran's parliament and Khomeini mausoleum": a counted event's target may list its sites instead.
	const place = e.place?.replace(ONE_PLACE, (w) => w.replace(/\sand\s/, ' & '));
	if (place && /\sand\s/.test(place)) return listItems(place).filter((x) => keysOf(x).length > 0);
	// ("a Marks and Spencer store", "the Church of Saint Peter and Saint Paul" are one place each.)
	const parts = (e.sites ?? 0) >= 2 && e.target ? listItems(e.target) : [];
	return parts.length > 1 && parts.every((x) => VENUE_END.test(x)) ? parts : [];
}

/**
 * The one site of an event at several that a singular mention names ("the first explosion … in Tanta" of "the two
 * bombings in Tanta and Alexandria"), or undefined: a plural mention ("the bombings in Tanta") or one naming every
 * site, or none, is the whole event.
 */
export function siteNamed(
	e: StoryEvent,
	m: Pick<Mention, 'noun' | 'place' | 'target' | 'anaphor'>
): string | undefined {
	if (m.anaphor || /s$/.test(m.noun)) return undefined;
	const sites = sitesOf(e);
	if (sites.length < 2) return undefined;
	const named = [...keysOf(m.place), ...keysOf(m.target)];
	const hit = sites.filter((site) => keysOf(site).some((k) => named.includes(k)));
	return hit.length === 1 ? hit[0] : undefined;
}

const SITE_COUNT: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six' };

let counter = 0;
/**
 * Numbers events from e1 again: called as a draft begins, so ids are unique within a draft (all it needs) and the
 * same document gives the same ids however many drafts were made before it in the same page or process.
 */
export function restartEventIds(): void {
	counter = 0;
}

/** A new event from a named mention. */
export function eventFrom(m: Mention, doc: string, paragraph: number): StoryEvent {
	return {
		id: `e${++counter}`,
		noun: m.noun,
		target: m.target,
		place: m.place,
		actor: m.actor,
		...(m.sites && !m.again ? { sites: m.sites } : {}),
		alsoIn: [],
		seen: [{ doc, paragraph }]
	};
}

/** Folds what a later mention adds (a place, a target, a more precise date) into the event. */
export function enrich(e: StoryEvent, m: Partial<Mention>, doc: string, paragraph: number): void {
	e.mentions = (e.mentions ?? 1) + 1;
	if (e.headline && (m.target || m.place)) {
		e.headline = false;
		// "Selvik refinery attack" then "struck the Selvik refinery": the headline's place was the venue's name.
		if (m.target && !m.place && keysOf(e.place).every((k) => keysOf(m.target).includes(k))) e.place = undefined;
		if (m.target) e.target = m.target;
		if (m.place && overlap(keysOf(m.place), placeKeys(e))) e.place = m.place;
		if (m.noun && (m.target || m.noun !== 'attack')) e.noun = m.noun;
	}
	if (m.place && !e.place) e.place = m.place;
	else if (m.place && !overlap(keysOf(m.place), placeKeys(e))) e.alsoIn.push(m.place);
	else if (
		m.place &&
		keysOf(m.place).length > keysOf(e.place).length &&
		keysOf(e.place).every((k) => keysOf(m.place).includes(k))
	)
		e.place = m.place;
	if (m.target && (!e.target || (/^[a-z]/.test(e.target) && /^(?:the\s+)?[A-Z]/.test(m.target)))) e.target = m.target;
	if (m.actor && !e.actor) e.actor = m.actor;
	if (m.sites && !m.again && !e.sites) e.sites = m.sites;
	if (m.noun && m.noun.split(' ').length > e.noun.split(' ').length && !/arrests/.test(m.noun)) e.noun = m.noun;
	if (!e.seen.some((s) => s.doc === doc && s.paragraph === paragraph)) e.seen.push({ doc, paragraph });
}

/** Gives an event its date when the date is more precise than what it has and agrees with it. */
export function dateEvent(e: StoryEvent, iso: string, precision: Precision, qualifier?: string, doubt?: string): void {
	if (!datesAgree(e.date, iso)) return;
	if (!e.date || iso.length > e.date.length) {
		e.date = iso;
		e.precision = precision;
		e.qualifier = iso.length > 4 ? undefined : qualifier;
		e.dateDoubt = doubt;
	} else if (!doubt && e.date === iso) e.dateDoubt = undefined;
}

/** The event's date in words: "22 March 2024", "the beginning of 2024". */
export function dateWords(e: Pick<StoryEvent, 'date' | 'qualifier'>): string | undefined {
	if (!e.date) return undefined;
	return e.qualifier ? `${e.qualifier.replace(/^by\s+/, '')} ${e.date}` : formatDate(e.date);
}

const a = (s: string) => (/^(?:a|an|the|its|their)\s/i.test(s) ? s.replace(/^(?:its|their)\s/i, 'the ') : `the ${s}`);

/**
 * The event as a briefing names it, from its own words: "the 22 March 2024 attack on a packed concert hall in
 * Moscow, Russia", "the suicide bombings in Kerman, Iran at the beginning of 2024". `withDate` false leaves the date
 * out, for questions that ask for it.
 */
export function describe(e: StoryEvent, withDate = true): string {
	const when = withDate && !e.dateDoubt ? dateWords(e) : undefined;
	// "the two bombings … in Tanta and Alexandria on 9 April 2017": an event at several sites is named by their
	// number, which tells it from each site's own, and its day follows (a number and a day before the noun read badly).
	// The number the text gives; the places listed only when it gives none (three bombs may strike two places).
	const sites = sitesWord(e);
	// "Attackers strike Iran's parliament …" then "the two attacks": an event counted as several is named in the plural.
	const noun = sites && !/s$/.test(e.noun) ? `${e.noun}s` : e.noun;
	const dayOrMonth = when && !e.qualifier && e.precision !== 'year' && !sites;
	// "the Christmas Eve bombings": a feast goes before the noun, as the event's name.
	const feast = feastOf(e);
	const people = peopleOf(e);
	const parts = [
		`the ${dayOrMonth ? `${when} ` : ''}${sites ? `${sites} ` : ''}${feast ? `${feast} ` : ''}${people ? `${people} ` : ''}${noun}`
	];
	parts.push(...afterNoun(e, !!feast));
	if (when && !dayOrMonth) parts.push(whenWords(e, when));
	return parts.join(' ').replace(/\s+/g, ' ');
}

/**
 * Where and when an event happened, without its noun: "in St Petersburg on 25 March 2024", for a question whose verb
 * already says what happened ("How many people were arrested …?"). Undefined for an event named by its number of sites
 * or by a feast ("the two arrests", "the Christmas Eve arrests"), which only the noun makes a name of, and for one the
 * text gives no place, target, doer or date.
 */
export function whereAndWhen(e: StoryEvent): string | undefined {
	if (sitesWord(e) || feastOf(e) || peopleOf(e)) return undefined;
	const when = e.dateDoubt ? undefined : dateWords(e);
	const parts = [...afterNoun(e, false), ...(when ? [whenWords(e, when)] : [])];
	return parts.length ? parts.join(' ').replace(/\s+/g, ' ') : undefined;
}

/** "an Israeli strike": a people's word read as the event's place, said before the noun, never "in Israeli". */
const peopleOf = (e: StoryEvent) => (!e.target && e.place && DEMONYM.test(e.place) ? e.place : '');
const sitesWord = (e: StoryEvent) => SITE_COUNT[e.sites ?? sitesOf(e).length] ?? '';
const feastOf = (e: StoryEvent) => (e.target && FEAST.test(e.target) ? e.target : '');

/** By whom, on what and where, as the words after an event's noun. */
function afterNoun(e: StoryEvent, feast: boolean): string[] {
	const parts: string[] = [];
	if (e.actor && !/^(?:U\.S\.|US|It|They)$/.test(e.actor)) parts.push(`by ${e.actor}`);
	const { target, place } = feast ? { place: e.place } : nameParts(e);
	// "the attack on Jaipur" read where the event is "in Jaipur": one of the two is said.
	const shown = target && target !== place ? target : undefined;
	if (shown) parts.push(`${prepositionOf(shown, e.noun)} ${shown}`);
	// "on Istiklal Avenue in Istiklal": a place the target already names says nothing more.
	const placeWords = keysOf(place);
	if (
		place &&
		!DEMONYM.test(place) &&
		!(placeWords.length && shown && placeWords.every((k) => keysOf(shown).includes(k)))
	)
		// ("near Dori": a place given by the way to it.)
		parts.push(/^near\s/.test(place) ? place : `in ${place}`);
	return parts;
}

/** A date after the event's other words: "on 9 April 2017", "in March 2024", "at the beginning of 2024". */
const whenWords = (e: StoryEvent, when: string) =>
	e.qualifier ? `at ${a(when)}` : e.precision === 'day' ? `on ${when}` : `in ${when}`;

/** Names alone, one or a list: "Orsa and Velda", "Greater Cairo". */
const TOWNS_ONLY = /^[A-Z][\w'’.-]*(?:(?:\s+|,\s+|\s+and\s+)[A-Z][\w'’.-]*)*$/;
/** The last word of a proper name that makes it a venue: "Manchester Arena", "Kingsway House". */
const NAMED_VENUE =
	/\b(?:Arena|Building|Headquarters|Tower|Towers|Centre|Center|Plaza|Complex|House|Mall|Palace|Hotel|Hall)$/;
/** A vehicle a bomb goes off on. */
const VEHICLE =
	/\b(?:bus|buses|minibus|coach|train|trains|metro|subway|Underground|tram|ferry|flight|plane|airliner|convoy|ship|boat|vehicle|car|truck|lorry|van)$/i;

/**
 * The word before a target, chosen by its head noun (the words before any "of"): in a town or a park, on a street or a
 * bridge, from a school a pupil was taken from, at a venue a bombing, shooting, stabbing, siege or massacre was at ("the
 * shooting at the Jewish Museum of Belgium"), on a vehicle bombed and on anything else attacked ("the attack on the
 * Radisson Blu hotel").
 */
function prepositionOf(target: string, noun: string): string {
	const head = target.replace(/\s+of\s+.*$/, '');
	if (/\b(?:village|town|city|district|camp|neighbou?rhood|suburb|province|region|Square|park|Park)$/i.test(head))
		return 'in';
	if (/\b(?:Avenue|Street|Road|Boulevard|Bridge|Lane|Quay|Embankment|Promenade|Esplanade)$/.test(head)) return 'on';
	if (/^(?:abduction|kidnapping)s?$/.test(noun)) return 'from';
	// "at the north gate of Rell airport": a part of a venue is where the venue is.
	if (
		/\b(?:rally|wedding|funeral|ceremony|airport|station|market|bazaar|souk|gate|crossing|checkpoint)$/i.test(head) ||
		/\b(?:gate|entrance)\s+of\b/.test(target)
	)
		return 'at';
	// "the bombing at Manchester Arena", "the bombings at churches in Colombo": a bomb goes off at a place, on a vehicle
	// ("the bombing on a bus in Jerusalem", "the bombings on the Velda metro").
	// ("the four bombings in Orsa and Velda": towns named alone are where; "the bombing on Pan Am Flight 103".)
	if (/(?:bomb|bombing|blast|explosion)s?$/.test(noun)) {
		if (/\bFlight\s+\d+$/.test(head)) return 'on';
		if (TOWNS_ONLY.test(head) && !VENUE_END.test(head) && !NAMED_VENUE.test(head)) return 'in';
		if (!VEHICLE.test(head)) return 'at';
	}
	return /^(?:[a-z]+\s)*(?:shooting|stabbing|siege|massacre|hostage-taking)s?$/.test(noun) ? 'at' : 'on';
}

/**
 * The target and place a question names: "the offices of the satirical weekly Charlie Hebdo" as "the offices of
 * Charlie Hebdo" (the description is the text's, the name the reader's); and a target the place already holds whole
 * ("the Somali Ministry" of "the Somali Ministry of Education, Mogadishu") gives way to the place's fuller words.
 */
function nameParts(e: Pick<StoryEvent, 'target' | 'place'>): { target?: string; place?: string } {
	const target = e.target?.replace(/\bof\s+the\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])/, 'of ');
	const [head, ...rest] = e.place?.split(/,\s+/) ?? [];
	const inPlace = keysOf(target);
	if (
		head &&
		inPlace.length &&
		inPlace.every((k) => keysOf(head).includes(k)) &&
		(rest.length || keysOf(head).length > inPlace.length)
	)
		return { target: head, place: rest.join(', ') || undefined };
	return { target, place: e.place };
}

/** A readable id part for an event: its place and target names ("moscow-crocus-city-hall", "kerman-iran"). */
export function slugOf(e: StoryEvent): string {
	const words = (e.place ?? e.target ?? e.noun)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.split(/[^a-z0-9]+/)
		.filter(
			(w, i, all) =>
				w.length > 1 && !['the', 'a', 'an', 'of', 'in', 'at', 'on', 'us', 'packed'].includes(w) && all.indexOf(w) === i
		);
	const base = words.slice(0, 3).join('-');
	const slug =
		base
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || 'event';
	return e.date && e.precision === 'year' && /^\d{4}$/.test(e.date) ? `${slug}-${e.date}` : slug;
}

/** Whether two events from different documents are one event: their names meet and their dates agree. */
export function sameEvent(x: StoryEvent, y: StoryEvent): boolean {
	if (!x.date || !y.date || !datesAgree(x.date, y.date)) return false;
	return fit(x, { place: [y.place, ...y.alsoIn].filter(Boolean).join(' '), target: y.target }, y.date) > 0;
}
