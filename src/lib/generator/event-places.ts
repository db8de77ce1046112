/**
 * Location phrases of a sentence on their own ("at the Naval Air Station in Pensacola, Florida", "in the Brussels
 * district of Molenbeek"), for a mention or a count that has no place of its own.
 */
import { DEMONYM, NAME, NOUNS, VENUE_END, WHERE_RE, clauseOf, clean, placeLike } from './event-patterns';
import type { Mention } from './events';
import { capitalsNamed, isCountry } from './countries';
import { matches } from './matches';
import { pattern } from '../lang/pattern';

const PART_OF = pattern(
	`^\\s+(?:district|suburb|neighbou?rhood|quarter|borough|province|region|(?:(?!(?:and|or|the|a|an|after|before|near|to|from|since|as|while|when|where|but)\\s)[a-z-]+\\s+){0,2}(?:town|city|village|port))\\s+of\\s+(${NAME})`
);
/** "the Pouni area of Reasi district": an area, then the district it is in. */
// ("in the El Aguaje area of Aguililla": or of a town named alone; review 27, min/z07.)
const AREA_OF = pattern(`^\\s+(?:area|locality)\\s+of\\s+(${NAME})(?:\\s+(?:district|province|region|county)\\b)?`);
/**
 * "in the Brussels district of Molenbeek": the part named after "of" is where it happened, more exactly than the
 * city before it (which the phrase would otherwise give as "the Brussels"); so is the town of "in the Libyan coastal
 * town of Zliten" (not "the Libyan") and the city of "in the Iraqi city of Mosul" — but not a town of another phrase ("in
 * Jableh and the city of Tartus").
 */
export function partOf(sentence: string, end: number, own?: string): string | undefined {
	const rest = sentence.slice(end);
	const part = clean(PART_OF.exec(rest)?.[1]);
	if (part) return part;
	// "in the Pouni area of Reasi district": an area named before "of", in the district named after it.
	const within = own && clean(AREA_OF.exec(rest)?.[1]);
	return within ? `${own.replace(/^the\s+/i, '')}, ${within}` : undefined;
}

/** Words that end a common noun run after a name: prepositions, conjunctions, relatives, verbs. */
const RUN_END =
	/^(?:in|on|at|of|and|or|to|for|with|by|from|into|that|which|who|whose|where|when|while|as|after|before|near|since|during|the|a|an|was|were|is|are|has|had|have|said|says|could|would|will|can|may|must|should|did|does|do)$/;
/** Words of when or how much after a name: "in the Velda district early on Sunday", "at the Marriott last night". */
const WHEN_WORD =
	/^(?:ago|years?|months?|weeks?|days?|hours?|minutes?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|early|late|later|earlier|today|yesterday|tonight|overnight|again|also|still|then|now|here|there|last|this|next|soon|once|twice|alone|too|itself)$/;
/** Nouns that describe a place rather than name a thing there: "the Tennessee city" is Chattanooga, said another way. */
const DESCRIBED_PLACE =
	/^(?:city|town|capital|province|state|region|district|country|county|area|village|valley|port|island|territory|republic|enclave|governorate|municipality|zone|mountains|hills|suburbs?|outskirts|basin|desert|plains?|coast|delta|belt|corridor|highlands|lowlands|countryside|interior|heartland|peninsula)$/;
/** Nouns of an edge: "near the Mali border" is not in Mali, and names no place of the event. */
const EDGE = /^(?:border|borders|frontier|boundary|fence|crossing|line)$/;
/** An event's noun after a name: "the Kabul hotel attack", "the Kunar ambush" are events in Kabul and Kunar. */
const EVENT_NOUN = pattern(`^(?:${NOUNS}|killings?|attackers?|bombers?|gunmen)$`);

/**
 * "at the Sasa wharf", "in the Tennessee city", "at the Villa Mutiara housing estate": a name with "the" before it and
 * common nouns after it modifies those nouns, so the phrase names a thing of that kind, not a place called by the name:
 * the whole phrase is a venue a question can name ("the Sasa wharf"), or, where the nouns say what kind of place it is
 * ("the Tennessee city", "the Borno state capital"), or name an event there ("the Kabul hotel attack"), the name is the
 * place; an edge ("near the Mali border") names none. Undefined when no noun follows.
 */
export function nounAfter(
	sentence: string,
	end: number,
	own: string | undefined
): { thing: string } | { within: string } | { nowhere: true } | undefined {
	// ("near Pakistan border", a headline's words without their article: a country's edge names no place either; review
	// 41, BH min/01-1. "at Wagah border" is a crossing by its name.)
	if (own && isCountry(own) && EDGE.test(/^\s+([a-z]+)\b/.exec(sentence.slice(end))?.[1] ?? ''))
		return { nowhere: true };
	// (A phrase that already ends in its noun, "the Velda district", has none after it: "early on Sunday" is when.)
	if (!own || !/^the\s+\p{Lu}/u.test(own) || !/(?:^|\s)\p{Lu}[^\s]*$/u.test(own)) return undefined;
	const words: string[] = [];
	for (const w of sentence
		.slice(end)
		.matchAll(/^\s+([a-z][a-z'’-]*)|(?<=^(?:\s+[a-z][a-z'’-]*)+)\s+([a-z][a-z'’-]*)/g)) {
		const word = (w[1] ?? w[2])!;
		if (RUN_END.test(word) || /(?:ed|ly)$/.test(word) || WHEN_WORD.test(word) || words.length === 3) break;
		words.push(word);
	}
	// ("the Kenyan border": a people's adjective is no place, whatever noun follows it.)
	const name = own.replace(/^the\s+/, '');
	if (!words.length || DEMONYM.test(name)) return undefined;
	// ("the Horn of Africa country": a name with "of" keeps its article.)
	const within = { within: /\sof\s/.test(name) ? own : name };
	if (words.some((w) => EVENT_NOUN.test(w))) return within;
	// ("the Swat housing …" ends at its noun, never at "housing" or "cleaning".)
	while (words.length && /ing$/.test(words.at(-1)!)) words.pop();
	if (!words.length) return undefined;
	if (EDGE.test(words.at(-1)!)) return { nowhere: true };
	if (DESCRIBED_PLACE.test(words.at(-1)!)) return within;
	return { thing: `${own} ${words.join(' ')}` };
}

/** Words of the care the wounded were given, which a place phrase after them names the place of. */
const CARED =
	'(?:treatment|treated|taken|rushed|admitted|airlifted|evacuated|flown|transferred|hospitali[sz]ed|recovering|ashore|docked)';
/**
 * (Nor is where an informant is — "A local official in Djibo said", "A medical source at Al-Razi Hospital in the town of
 * Jaar said" —, where a bomber's supplier was, or where someone spoke of the attack: "Erdoğan, speaking at a BRICS summit
 * in Kazan"; nor where officials met: "told reporters after an emergency meeting in Abidjan that three attackers had
 * been killed", of an attack in Grand-Bassam; review 31, AH min/01-9. A campaign's "corner meeting in Peshawar's
 * Yakatoot area" is where a bomber struck, and so is a press conference.)
 */
/**
 * "receiving treatment at the Asokoro General Hospital", "were flown to Darwin": where the wounded were cared for is
 * never where the attack was; nor is where the attackers came ashore or arrived ("came ashore at Badhwar Park and
 * fanned out across south Mumbai, beginning a siege"); nor where a claim was made ("in a telephone call to a news
 * agency in Srinagar", "in a statement in London"); nor where those who treat the wounded work ("Doctors at Lady
 * Reading Hospital were treating 40 people").
 */
/**
 * Where someone comes from: "a Palestinian from the village of Ya'bad near Jenin in the occupied West Bank … walked
 * through the streets of Bnei Brak … shooting at passers-by" (review 27, min/aa07-2): a place named after "from" and
 * those that say where it lies.
 */
const FROM_PLACE =
	/\bfrom\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:village|town|city|district|camp|area|region|province)\s+of\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:near|outside)\s+(?:[A-Z][\w'’-]*\s+){1,3})?$/;
const OFF_SCENE = pattern(
	`\\b${CARED}\\b(?:[^,;.]{0,50}?\\b(?:hospitals?|clinics?|infirmary|medical\\s+(?:centre|center|complex))\\b[^,;.]{0,6}|[^,;.]{0,24})$|\\b(?:doctors?|surgeons?|nurses?|medics?|staff|physicians?|(?:hospital|medical|health)\\s+(?:officials?|sources?|workers?)|sources)\\s+(?:(?:at|in|from)\\s+)?$|\\b(?:(?:local|security|military|police|government|district|provincial|regional|village|tribal|army)\\s+)(?:officials?|sources?|residents?|elders?|administrators?|spokes(?:man|woman|person))\\s+(?:(?:at|in|from)\\s+)?$|\\b(?:sources?|officials?|doctors?|staff)\\s+at\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+){1,4}(?:Hospital|Clinic|Medical\\s+(?:Centre|Center|Complex))\\s+$|\\b(?:suppliers?|dealers?|sellers?|handlers?)\\s+(?:(?:in|from)\\s+)?$|\\b(?:speaking|spoke|addressing|attending)\\s+(?:at|in|to|from)\\b[^,;.]{0,40}$|\\b(?:address|speech|sermon|homily|remarks|prayers)\\s+$|\\b(?:emergency|security|cabinet|crisis|council|government|ministerial)\\s+(?:meetings?|sessions?)(?:\\s+of\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}[\\w'’-]+)?\\s+(?:(?:at|in)\\s+)?$`,
	'i'
);
/**
 * Where a claim was sent or told: "in a telephone call to a news agency in Srinagar", "in a statement to a newspaper in
 * London", "in calls to reporters in Maiduguri", "told reporters in Quetta".
 */
const CLAIM_SENT =
	/\b(?:(?:(?:tele)?phone\s+)?calls?|statements?|messages?|e-?mails?|videos?)\s+(?:sent\s+|posted\s+|released\s+)?to\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:agency|newspaper|broadcaster|channel|website|radio\s+station)|reporters|journalists|newsmen|correspondents)(?:\s+(?:in|at))?\s*$|\btold\s+(?:reporters|journalists|newsmen)(?:\s+(?:in|at))?\s*$/i;
/** The wounded, told of before where they died: "the gravely wounded died at", "a woman wounded in the explosion". */
const WOUNDED_BEFORE = /\b(?:wounded|injured|hurt|wounds|injuries)\b/i;
/** Deaths told as coming after the attack: "two more victims died overnight", "later died", "has since died". */
const DIED_LATER =
	/\b(?:more|later|overnight|since|subsequently)\b[^,;.]{0,30}\b(?:died|succumbed)\b|\b(?:died|succumbed)\s+(?:later|overnight|since)\b/i;
/** A death told just before a place phrase: "died at", "later died in", "succumbed to his wounds at". */
const DIED_BEFORE = /\b(?:died|succumbed)\b[^,;.]{0,30}$/i;
/** A death at a hospital, up to the hospital's noun: "died at the army's Research and Referral hospital ". */
const DIED_AT_HOSPITAL = /\b(?:died|succumbed)\b[^,;.]{0,70}$/i;
/** A hospital's name or noun, right before where it stands ("Holy Family Hospital in …"). */
const HOSPITAL_BEFORE = /\b(?:hospitals?|clinics?|morgues?|infirmary)\s+$/i;
/** What a hospital does with the dead and wounded brought to it. */
// ("The Emergency hospital in the Shahr-e-Naw area said it had received more than 80 wounded": or said it did; review
// 49, CU min/09-11 made an attack in Shahr-e-Naw.)
const TOOK_IN =
	/^\s*(?:(?:has|had)\s+)?(?:took\s+in|received|admitted|was\s+treating|is\s+treating)\b|^\s+(?:area|district|neighbou?rhood|quarter)\s*,?\s*(?:(?:said|says|reported)\s+(?:that\s+)?(?:it|they)\s+)?(?:(?:has|had)\s+)?(?:took\s+in|received|admitted|was\s+treating|is\s+treating|treated)\b/i;
/** "a senior fellow at the Aldgate Policy Forum": where someone works, named with their role, is no place of an attack. */
const AFFILIATION =
	/\b(?:fellow|analyst|researcher|professor|lecturer|director|scholar|expert|economist|specialist|dean|associate)\s+(?:(?:in|of|on|for)\s+(?:[A-Za-z][\w-]*\s+){1,4}?)?$/i;
/**
 * What a person did in life, in a relative clause: "a German woman who headed the Goethe Institute in" (review 49, CS
 * min/01-8 put the Grand-Bassam dead in Abidjan).
 */
const WHO_WORKED =
	/\b(?:dead|victims|killed|among)\b[^.;]{0,80}\bwho\s+(?:had\s+)?(?:headed|managed|worked|taught|studied|lived|owned|directed|chaired|founded)\b[^,;.]{0,70}$/i;
/** Where a body is based: "a group based in Pakistan", "headquartered in", "operating from". */
const BASED_IN = /\b(?:based|headquartered|operating|operates)\s+(?:(?:in|from|out\s+of)\s*)?$/i;
/**
 * Where someone was going: "before departing for the G20 summit in Indonesia", "on a visit to" (review 37, AU
 * min/04-13 made an attack in Indonesia of Erdogan's condemning the Istanbul bombing there); where someone took part
 * ("cut short his participation in the Aswan Forum", review 38, AV min/04-4). (Not where a meeting was:
 * "A bomb exploded during a press conference in Mogadishu".)
 */
const AWAY =
	/\b(?:visits?|trips?|tours?)\s+(?:to\s+)?$|\b(?:his|her|their|its)\s+(?:participation|attendance|appearance)\s+(?:(?:in|at)\s+[^,;.]{0,80}\s)?$|\b(?:depart(?:ing|ed|s)?|leaving|left|travel(?:l?ing|l?ed)|flew|flying|heading|en\s+route)\s+(?:for|to)\b[^,;.]{0,40}$/i;
/**
 * Whether the words right before a place phrase put it off the scene: care, informants, speech, where someone came from,
 * where a group is based ("India blames the attack on Lashkar-e-Taiba, a group based in Pakistan"; review 36, AS
 * min/02-13).
 */
const beforeOffScene = (before: string) =>
	OFF_SCENE.test(before) ||
	FROM_PLACE.test(before) ||
	BASED_IN.test(before) ||
	PRAYED.test(before) ||
	TREATED_IN.test(before) ||
	VISITED.test(before) ||
	CAUGHT.test(before) ||
	GATHERED.test(before);
/**
 * Where mourners or protesters met: "Relatives of the 224 people killed when a Russian airliner was blown up over the
 * Sinai peninsula gathered in St Petersburg on Monday" (review 41, BE min/06-2 made an attack there). (Not the crowd
 * the attack struck: "a bomb exploded among supporters who had gathered in Quetta".)
 */
const GATHERED =
	/(?<!\b(?:who|that)\s+(?:had\s+|have\s+|were\s+)?)\b(?:gathered|assembled|mourned|rallied|protested|demonstrated)\s+$/i;
/**
 * Where someone was caught alive: "four gunmen have been killed and one was captured alive near Girgaum Chowpatty"
 * (review 41, BH min/02-9 made an attack there of the Mumbai gunmen's deaths).
 */
const CAUGHT = /\b(?:was|were|been)\s+(?:captured|caught|taken)\s+alive\s+$/i;
/**
 * Where someone went to see the hurt: "condemned the attack and visited the wounded in Dori on 7 June" (review 38, AY
 * min/04-7 made an attack in Dori on the day of the visit).
 */
const VISITED =
	/\b(?:visited|visiting|visits|visit|met|meeting|comforted)\s+(?:the\s+|some\s+of\s+the\s+)?(?:[a-z]+\s+){0,2}?(?:wounded|injured|victims|survivors|families|bereaved|patients)\s+$/i;
/**
 * Where the hurt are cared for: "still being treated in hospital in Mpeketoni and in Mombasa" (review 38, AX min/09-16
 * made an attack in Mombasa of it).
 */
const TREATED_IN =
	/\b(?:treated|admitted|hospitali[sz]ed|recovering)\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:hospitals?|clinics?)(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,?\s+and)?\s+$/;
/**
 * Where a prayer, mass or vigil was held: "led a prayer for peace in Iligan City" (review 37, AT min/06-9 placed the
 * Marawi siege there, on the day of the prayer).
 */
const PRAYED =
	/\b(?:led|held|offered|celebrated)\s+(?:a\s+|the\s+)?(?:prayers?|mass|vigil|memorial|service)\b[^,;.]{0,30}$/i;
/**
 * Whether the place phrase at `at` is off the attack's scene, by the words before it; with its `end`, also by the words
 * after it ("Holy Family Hospital in Rawalpindi took in two bodies and 35 wounded": where a hospital that took in the
 * dead and wounded stands is where they were brought).
 */
export const offScene = (sentence: string, at: number, end?: number) =>
	beforeOffScene(sentence.slice(Math.max(0, at - 60), at)) ||
	// (Where someone was going or took part, read over up to 120 characters for a long name: "participation in the Aswan
	// Forum for Sustainable Peace and Development in Egypt".)
	AWAY.test(sentence.slice(Math.max(0, at - 120), at)) ||
	// "It rose to 83 as the gravely wounded died at Lady Reading Hospital": where the wounded died of their wounds.
	// ("The bombing, in which 70 people died at the Civil Hospital in Quetta" was at the hospital.)
	// ("… has risen to 14 after two more victims died overnight at the Southern Philippines Medical Center": so do those who
	// died later; review 26, min/y02-1.)
	(end !== undefined &&
		DIED_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) &&
		(WOUNDED_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) ||
			DIED_LATER.test(sentence.slice(Math.max(0, at - 60), at))) &&
		/\b(?:hospitals?|clinics?|infirmary|medical\s+(?:centre|center|complex))\b/i.test(sentence.slice(at, end))) ||
	// ("… to 19 a week later when a wounded sepoy died at a hospital in Delhi": so is the town of such a hospital, named
	// at any length: "died at the army's Research and Referral hospital in Delhi".)
	(end !== undefined &&
		HOSPITAL_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) &&
		DIED_AT_HOSPITAL.test(sentence.slice(Math.max(0, at - 90), at)) &&
		WOUNDED_BEFORE.test(sentence.slice(Math.max(0, at - 110), at))) ||
	CLAIM_SENT.test(sentence.slice(Math.max(0, at - 90), at)) ||
	// ("Farah Mansouri, a lecturer in Middle East politics at the University of Leeds, noted …": where an expert works.)
	AFFILIATION.test(sentence.slice(Math.max(0, at - 70), at)) ||
	WHO_WORKED.test(sentence.slice(Math.max(0, at - 180), at)) ||
	(end !== undefined &&
		HOSPITAL_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) &&
		TOOK_IN.test(sentence.slice(end))) ||
	// ("Of the wounded, 52 were taken to the Anuradhapura Teaching Hospital and 34 to the hospitals at Kebithigollewa and
	// Padaviya": the towns of hospitals the hurt were taken to; review 50, CY min/07-4 made two attacks there.)
	(HOSPITAL_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) &&
		/\b(?:taken|brought|rushed|admitted|flown|airlifted|sent|transferred|treated)\b/i.test(
			sentence.slice(Math.max(0, at - 150), at)
		));

/** The location phrase nearest `index` in its clause ("at the Naval Air Station in Pensacola, Florida"), if any. */
export function placeNear(text: string, index: number): Pick<Mention, 'target' | 'place'> | undefined {
	// "succumbed at Sawai Man Singh (SMS) Hospital": a name's initials in brackets are blanked, so the name reads whole,
	// its noun with it (review 41, BH min/09-2 made an attack at "Sawai Man Singh").
	const sentence = text.includes('(') ? text.replace(INITIALS, (m) => ' '.repeat(m.length)) : text;
	const [a, b] = clauseOf(sentence, index);
	let best: { at: number; target?: string; place?: string } | undefined;
	// "At Garissa University College on 2 April 2015, 148 people were killed": the place a sentence opens on, set off by
	// its comma, is the scene of the clause right after it (review 38, AX min/03-15 gave the count to the event before).
	// (Not a hospital the hurt were taken to, nor one a speaker tells the count from: "At Kenyatta National Hospital in
	// Nairobi, doctors said 40 people were wounded".)
	const opened = OPENS_AT.exec(sentence);
	const opening =
		opened &&
		!/\b(?:hospitals?|clinics?|morgues?|mortuary|infirmary|medical)\b/i.test(opened[0]) &&
		!/\b(?:said|says|told|tells|reported)\b/i.test(sentence.slice(opened[0].length, index))
			? opened
			: null;
	const read = opening ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
	for (const w of matches(read.slice(a, b), WHERE_RE)) {
		const part = partOf(sentence, a + w.index + w[0].length, clean(w[1]));
		const after = part ? undefined : nounAfter(sentence, a + w.index + w[0].indexOf(w[1]!) + w[1]!.length, clean(w[1]));
		if (after && 'nowhere' in after) continue;
		const noun = after && 'thing' in after ? after.thing : undefined;
		const what = placeLike(part ?? noun ?? (after && 'within' in after ? after.within : clean(w[1])));
		if (!what || offScene(sentence, a + w.index, a + w.index + w[0].length)) continue;
		// "17 people were killed at Charlie Hebdo, in Montrouge and at the Hyper Cacher": the first of a list of places is
		// no scene of a count of them all (review 47, CK min/07-12 asked the 17 of Charlie Hebdo).
		if (PLACES_AFTER.test(sentence.slice(a + w.index + w[0].length))) continue;
		// "63 people missing, and that its desk at the Oshwal Centre …": a place past a comma is another phrase's.
		const [x, y] = w.index + a < index ? [w.index + a, index] : [index, w.index + a];
		const fromOpening = opening !== null && w.index + a === 0 && index >= opening[0].length;
		if (/[,;]/.test(sentence.slice(fromOpening ? opening![0].length : x, y))) continue;
		const at = Math.abs(w.index + a - index);
		if (best && best.at <= at) continue;
		best =
			VENUE_END.test(what) || noun
				? { at, target: what, place: placeLike(clean(w[2])) }
				: { at, place: what + (placeLike(clean(w[2])) ? `, ${placeLike(clean(w[2]))}` : '') };
	}
	return best && { target: best.target, place: best.place };
}
/** After a place, more places listed with it: ", in Montrouge and at the Hyper Cacher". */
const PLACES_AFTER =
	/^(?:,\s+(?:in|at|on|near|outside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+and\s+(?:in|at|on|near|outside)\s+(?:the\s+)?[A-Z]/;
/** Initials in brackets inside a name, before the rest of it: " (SMS)" in "Sawai Man Singh (SMS) Hospital". */
const INITIALS = /(?<=[A-Z][\w'’-]{0,40})\s\([A-Z]{2,6}\)(?=\s+[A-Z])/g;
/** A sentence opening on where, set off by a comma: "At Garissa University College on 2 April 2015, ". */
const OPENS_AT = /^(?:At|Inside|Outside)\s+[^,;]{3,100},\s*/;

/**
 * The first place a sentence is about, from `from` on (those after it say where that place is: "near the port"), or
 * undefined.
 */
export function firstPlace(sentence: string, from = 0): Pick<Mention, 'target' | 'place'> | undefined {
	for (const w of matches(sentence.slice(from), WHERE_RE)) {
		const where = placeNear(sentence, from + w.index + w[0].length);
		if (where && (where.target || where.place)) return where;
	}
	return undefined;
}

/** A place phrase as a mention's target (a venue: "the Velda concert hall") or place ("Karsk"). */
export function whereOf(phrase: string): Pick<Mention, 'target' | 'place'> {
	const what = clean(phrase);
	return what && VENUE_END.test(what) ? { target: what } : { place: placeLike(what) };
}

/**
 * Words in capitals that open a paragraph as page furniture, not a place: "BREAKING:", "UPDATE:", "PHOTO:".
 */
export const PAGE_FURNITURE =
	'BREAKING|UPDATED?|LIVE|WATCH|EXCLUSIVE|ANALYSIS|OPINION|COMMENT|NOTE|EDITORS?|CORRECTION|WARNING|PHOTOS?|VIDEO|CAPTION|LATEST|FLASH|URGENT|TIMELINE|BACKGROUND|READ|ALSO|MORE|SOURCES?';
/**
 * A wire's dateline: the city in capitals, perhaps its country, then the day, the agency or a dash ("KERMAN, Iran,
 * Jan 4 (AP) —", "CAIRO, Nov 24 (Wire) -", "BESLAN, Russia -"), or the city and a colon before the story's first
 * sentence, as South Asian papers write it ("QUETTA: At least 93 people were killed …"). Words that open a
 * paragraph in capitals and a colon but name no city are page furniture ("BREAKING: Blast kills 12", "UPDATE: …") or
 * the acronym of a group or an agency ("ISIS: The group …").
 */
const DATELINE = pattern(
	`^(?!(?:${PAGE_FURNITURE}|AFP|REUTERS|ISIS|ISIL|NATO|AQAP|AQIM|IRA|PKK|ETA|FBI|CIA|NYPD)\\b)([A-Z]{3,}(?:[ -][A-Z]{2,})*)(?:,\\s+(?:([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?),?\\s+)?(?=[A-Z][a-z]{2,}\\.?\\s+\\d|\\d|\\(|[-–—])|:\\s+(?=["“]?[A-Z][a-z]))`
);

/** A paragraph's dateline: its city as the capitals write it ("PORT-AU-PRINCE") and the country it names, if any. */
export function readDateline(paragraph: string): { city: string; country?: string } | undefined {
	const m = DATELINE.exec(paragraph);
	return m ? { city: m[1]!, ...(m[2] ? { country: m[2] } : {}) } : undefined;
}

/**
 * "the Turkish capital", "the capital", "the city", "Uganda's capital", "the provincial capital": words that say what
 * a place is, not which.
 */
const DESCRIBED =
	/^(?:the\s+(?:[A-Z][\w-]*\s+|(?:provincial|regional|state|federal)\s+)?|[A-Z][\w-]*['’]s\s+)(?:capital|city)$/;

/**
 * The city of a wire's dateline for an event placed only by a description of it ("the car bomb that tore through a
 * crowded square in the Turkish capital", under "ANKARA, March 14"): a question names the capital the dateline
 * names, as a briefing would ("in Ankara"), not "in the Turkish capital".
 */
export function placeFromDateline(paragraphs: string[], events: Pick<Mention, 'place' | 'target'>[]): void {
	const name = datelineCity(paragraphs);
	if (!name) return;
	for (const e of events) {
		if (e.place && DESCRIBED.test(e.place)) {
			// ("A truck bomb at a busy junction in the Somali capital", under "NAIROBI, Jan 16": a capital of another
			// country than the dateline's is that country's, and a city of another no city the report can name; review 44,
			// BT min/01-18 placed Mogadishu's bombing in Nairobi.)
			const capitals = capitalsNamed(e.place);
			if (!capitals || capitals.includes(name)) e.place = name;
			else if (/capital$/.test(e.place) && capitals[0]) e.place = capitals[0];
		}
		// ("MACERATA, Italy — … a 28-year-old man drove through this hill town in central Italy": the town the report is
		// written from, named by what it is; review 28, min/ac06-1.)
		else if (e.target && THIS_TOWN.test(e.target)) [e.place, e.target] = [name, undefined];
	}
}
/** "this hill town", "this port city": the dateline's town, told from within. */
const THIS_TOWN = /^this\s+(?:[a-z-]+\s+)?(?:town|city|village|port|capital)$/;

/** The city of a wire's dateline, in the story's case ("Beslan"), if the document has one. */
export function datelineCity(paragraphs: string[]): string | undefined {
	const city = paragraphs.map((p) => readDateline(p)?.city).find(Boolean);
	return city?.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
