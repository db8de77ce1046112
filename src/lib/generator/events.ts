/**
 * Event mentions in one sentence: what happened ("suicide bombings", "attacked Kabul University", "a series of
 * arrests"), on what target ("a maternity ward", "the Crocus City Hall theater") and where ("Kerman, Iran"). A mention
 * is either named (it carries a target or a place, so it can be told from other events) or an anaphor ("the attack",
 * "those attacks", "the worst such attack that Russia has witnessed") that points back at the event the story is on.
 * The patterns are in event-patterns.ts; the keys that tell two mentions apart in event-keys.ts.
 */
import {
	COPULA,
	DATED,
	KEEP,
	NAME,
	NOT_ACTOR,
	NOUN_RE,
	PASSIVE_RE,
	SUBJECT_OF,
	SUBORDINATE,
	VENUE_ALONE,
	VENUE_END,
	VERB_RE,
	WHERE_RE,
	WORST_RE,
	clauseOf,
	clean,
	placeLike,
	sameClauseSpan
} from './event-patterns';

export { eventKeys, eventSlug, keysOf } from './event-keys';

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
}

/** The venue words between a place and the noun ("nightclub" in "Istanbul nightclub attack"), kept in its name. */
function venueWordsOf(mods: string[], capitalMods: string[]): string[] {
	if (!capitalMods.length || mods[0] !== capitalMods[0]) return [];
	return mods.slice(capitalMods.length).filter((w) => VENUE_ALONE.test(w) && !KEEP.has(w));
}

/** Keeps the modifiers a briefing would keep ("suicide bombings"), drops the rest ("devastating bombings"). */
function nounPhrase(mods: string, noun: string): string {
	const kept = mods
		.trim()
		.split(/\s+/)
		.filter((w) => KEEP.has(w.toLowerCase()));
	return [...kept.map((w) => w.toLowerCase()), noun.toLowerCase()].join(' ');
}

/** The capitalised subject right before a verb in its clause ("Chechen jihadists in 2002 attacked"). */
function subjectBefore(sentence: string, index: number): string | undefined {
	const [a] = clauseOf(sentence, index);
	const before = sentence
		.slice(a, index)
		.replace(/\s+(?:in|on|during)\s+\d{4}\s*$/, '')
		.replace(/,?\s*(?:its|their)\s+fighters\s*$/, '')
		.trim();
	const m = /((?:[A-Z][\w'’-]*\s+)*[A-Z]?[\w'’-]+)$/.exec(before);
	// "A gunman opened fire": an article starts a common noun, which names a kind of attacker, not who it was.
	const who = m?.[1]?.replace(/^(?:A|An|The|Two|Three|Four|Five|Six|Several|Some|\d+)\s+/, '');
	if (
		!who ||
		!/^[A-Z]/.test(who) ||
		/^(?:The|It|They|He|She|In|On|Since|Then|One|Two|Three|Four|Five|Another|Both|All|Some)$/.test(who)
	)
		return undefined;
	return who;
}

const PART_OF = new RegExp(
	`^\\s+(?:district|suburb|neighbou?rhood|quarter|borough|province|region)\\s+of\\s+(${NAME})`
);
/**
 * "in the Brussels district of Molenbeek": the part named after "of" is where it happened, more exactly than the
 * city before it (which the phrase would otherwise give as "the Brussels").
 */
function partOf(sentence: string, end: number): string | undefined {
	return clean(PART_OF.exec(sentence.slice(end))?.[1]);
}

const SUPERLATIVE =
	/\bone\s+of\s+the\s+(?:deadliest|worst|bloodiest|most\s+(?:lethal|deadly|serious))\s+(?:such\s+)?$/i;

/** "It was the deadliest attack in Ostrania this year": a superlative said of the event in view, by a pronoun. */
const IT_WAS =
	/^(?:It|This|That)\s+(?:was|is|has\s+been|had\s+been|became)\s+(?:also\s+)?\s*(?:the|its)?\s+(?:single\s+)?(?:deadliest|worst|bloodiest|most\s+(?:lethal|deadly))\s+(?:[a-z-]+\s+)?$/;

const EVENT_WORD =
	/abduct|kidnap|\bkill(?:s|ed|ing)?\s+(?:at least |more than |nearly |about |some )?[\w,]+\s+(?:people\s+)?(?:at|in|on|inside|outside)\s|attack|strike|bomb|set off|shoot|massacre|raid|blast|explo|siege|stab|assault|ambush|arrests|hostage|slaughter|storm|target|struck|\bhit\b|barge|burst|fire|deton|went off|blew up|sabotag|shell/i;

/**
 * Every event mention in a sentence, in reading order; overlapping matches keep the earlier pattern's. `headline`
 * reads a title, which names its event in a compound ("Kabul airport bombing").
 */
export function findMentions(sentence: string, headline = false): Mention[] {
	// A cheap test first: a sentence with no word of attack or of a mention's verbs has no event.
	if (!EVENT_WORD.test(sentence)) return [];
	const out: Mention[] = [];
	const taken = (a: number, b: number) => out.some((m) => a < m.end && b > m.index);
	for (const m of sentence.matchAll(WORST_RE)) {
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
	for (const m of sentence.matchAll(VERB_RE)) {
		if (taken(m.index, m.index + m[0].length)) continue;
		const target = clean(m[2]);
		const verb = m[1]!.toLowerCase().replace(/^set\s+off\b.*/, 'bombed');
		const actor = subjectBefore(sentence, m.index);
		// "killed seven people in Saturday night's attack": a count's "in" that names no place leaves the noun after
		// it to be read as the mention.
		if (verb.startsWith('kill') && !placeLike(target) && !placeLike(clean(m[3]))) continue;
		// "when a bomber killed 41 people on a train": an indefinite common noun with no place is where the count
		// happened, not a name of the event; it names one only if nothing else in the sentence does.
		if (verb.startsWith('kill') && target && /^an?\s+[a-z]/.test(target) && !/[A-Z]/.test(target) && !m[3])
			loose.add(m.index);
		// "abducting 200 girls from the town of Marda": a town taken from is where it happened, not a venue.
		const from = /^(?:abduct|kidnap)/.test(verb) && !VENUE_END.test(target ?? '');
		out.push({
			index: m.index,
			end: m.index + m[0].length,
			noun: /^(?:bomb|explod|went|deton|blew)/.test(verb)
				? 'bombing'
				: verb.startsWith('raid')
					? 'raid'
					: /^(?:abduct|kidnap)/.test(verb)
						? 'abduction'
						: 'attack',
			target: from ? undefined : (placeLike(target) ?? (target && /^[a-z]/.test(target) ? target : undefined)),
			place: from ? placeLike(target) : placeLike(clean(m[3])),
			actor: actor && !NOT_ACTOR.test(actor) ? actor : undefined,
			anaphor: false
		});
	}
	for (const m of sentence.matchAll(PASSIVE_RE)) {
		if (taken(m.index, m.index + m[0].length)) continue;
		out.push({
			index: m.index,
			end: m.index + m[0].length,
			noun: m[3] === 'sabotaged' ? 'sabotage' : m[3] === 'bombed' ? 'bombing' : 'attack',
			target: m[1],
			place: placeLike(clean(m[2])),
			anaphor: false
		});
	}
	for (const m of sentence.matchAll(NOUN_RE)) {
		if (taken(m.index, m.index + m[0].length)) continue;
		const det = m[1]?.toLowerCase();
		// "meant to strike at Turkey", "vowed to attack": an infinitive is a verb, not an event.
		if (!det && !m[2] && /\bto\s+$/.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
		let target = clean(m[4]);
		let place = placeLike(clean(m[5]));
		// "bombings in Kerman, Iran": a capitalised object after "in" is the place, not a venue.
		if (target && !place && /^[A-Z]/.test(target) && !VENUE_END.test(target)) {
			if (/\bin\s*$/.test(m[0].slice(0, m[0].indexOf(m[4]!)))) [place, target] = [placeLike(target), undefined];
		}
		const mods = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
		// "the New Year's attack": capitals before a possessive name its owner, not the place.
		const lastLower = mods.findLastIndex((w) => /^[a-z]/.test(w) || /['’]s$/.test(w));
		let capitalMods = mods.slice(lastLower + 1).filter((w) => placeLike(w));
		// "Istanbul nightclub attack", "Kabul airport bombing": a headline's place, then the venue, then the noun. (In
		// running text, "the Russia concert attack" refers back to an event already named.)
		const firstLower = mods.findIndex((w) => /^[a-z]/.test(w));
		const venueMods = firstLower > 0 ? mods.slice(firstLower) : [];
		if (
			headline &&
			!capitalMods.length &&
			venueMods.length &&
			venueMods.every((w) => VENUE_ALONE.test(w) || KEEP.has(w)) &&
			placeLike(mods.slice(0, firstLower).join(' ')) &&
			!mods.slice(0, firstLower).some((w) => /['’]s$/.test(w))
		)
			capitalMods = mods.slice(0, firstLower);
		// "the Moscow attack": a capitalised word before the noun names the place.
		if (!place && !target && capitalMods.length) place = capitalMods.join(' ');
		// "the Kabul airport bombing": the place and the venue together are the target, so it is told apart from an
		// attack on Kabul University.
		const venueWords = venueWordsOf(mods, capitalMods);
		if (venueWords.length && place === capitalMods.join(' ') && !target) {
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
		const named = Boolean(target || place);
		// "Its attacks have spilled over …", "similar attacks in France": attacks in general, not one event.
		const plural = /s$/.test(m[3]!) && m[3] !== 'arrests';
		const kept = (m[2] ?? '').split(/\s+/).some((w) => KEEP.has(w.toLowerCase()));
		if (plural && !target && !kept && (!det || det === 'its' || det === 'their')) continue;
		if (
			plural &&
			/\b(?:similar|other|several|many|more|future|recent|past|previous|such|external|successful)\s+$/i.test(
				sentence.slice(Math.max(0, m.index - 12), m.index)
			)
		)
			continue;
		// "one of the deadliest attacks in Ostrania this year": a comparison measures the event in view against a wider
		// place, so it refers back rather than naming an event there (marked here, turned into an anaphor below).
		// "It was the deadliest attack in Ostrania since the war" says the same of the event in view.
		// ("One of the deadliest since 2005, when bombers killed …" keeps its place: the clause after "when" tells of that event.)
		if (
			(SUPERLATIVE.test(`${sentence.slice(Math.max(0, m.index - 16), m.index)} ${m[1] ?? ''} ${m[2] ?? ''}`) ||
				IT_WAS.test(`${sentence.slice(0, m.index)} ${m[1] ?? ''} ${m[2] ?? ''}`)) &&
			!/^[^.;]*?\bsince\b[^.;]*\bwhen\b/.test(sentence.slice(m.index + m[0].length))
		)
			compared.add(m.index);
		out.push({
			index: m.index,
			end: m.index + m[0].length,
			noun: nounPhrase(m[2] ?? '', m[3]!),
			target: target && placeLike(target) ? target : undefined,
			place,
			anaphor: !named && (det === 'the' || det === 'this' || det === 'that' || det === 'those' || det === 'these'),
			actor: /arrests/.test(m[3]!) ? subjectBefore(sentence, m.index) : undefined
		});
	}
	// A bare mention takes a location phrase from its own clause ("attack that killed … at the Crocus City Hall
	// theater in Moscow"), so it is named by what the sentence itself says.
	for (const mention of out) {
		if (mention.place) continue;
		// "The abductions have prompted protests in Abuja": once the mention is the subject of a verb, a place after
		// it is the verb's, not the event's ("the attack that killed … at the theater" keeps its relative clause).
		if (mention.anaphor && SUBJECT_OF.test(sentence.slice(mention.end))) continue;
		const [a, b] = clauseOf(sentence, mention.index);
		let best: RegExpMatchArray | undefined;
		for (const w of sentence.slice(a, b).matchAll(WHERE_RE)) {
			// "the attack" looks forward only: in "the finger at Ukraine for the attack", Ukraine is not its place.
			// Nor does a device ("what officers believed was a car bomb"): a place before it is another phrase's.
			if ((mention.anaphor || /\bbombs?$/.test(mention.noun)) && w.index + a < mention.end) continue;
			if (w.index + a >= mention.index && w.index + a < mention.end) continue;
			// "attacked the club because Valdor was fighting in Ostrania": past a subordinator the place is another clause's.
			if (w.index + a > mention.end && SUBORDINATE.test(sentence.slice(mention.end, w.index + a))) continue;
			if (
				!placeLike(clean(w[1])) ||
				(best && Math.abs(w.index + a - mention.end) > Math.abs(best.index! + a - mention.end))
			)
				continue;
			best = w;
		}
		if (!best) continue;
		const what = partOf(sentence, a + best.index! + best[0].length) ?? clean(best[1])!;
		if (VENUE_END.test(what)) {
			if (mention.target) continue;
			mention.target = what;
			mention.place = placeLike(clean(best[2]));
		} else mention.place = what + (best[2] ? `, ${clean(best[2])}` : '');
		mention.anaphor = false;
	}
	// The place a comparison gives is kept aside: it names the event only when none is in view yet.
	for (const m of out)
		if (compared.has(m.index) && (m.place || m.target)) {
			m.wider = { place: m.place, target: m.target };
			Object.assign(m, { place: undefined, target: undefined, anaphor: true });
		}
	// "a truck bomb", "a homemade bomb": the device names a bombing.
	for (const m of out) if (/^(?:[a-z]+\s)*bombs?$/.test(m.noun)) m.noun = m.noun.replace(/bombs?$/, 'bombing');
	const named = out.filter((m) => !m.anaphor && !loose.has(m.index) && (m.target || m.place));
	// "The bombing at the north gate … was the deadliest attack on soldiers in Ostrania": what the subject was, said
	// after "was", is the subject again, not another event.
	const predicate = (m: Mention) =>
		named.some(
			(a) => a.end <= m.index && COPULA.test(sentence.slice(a.end, m.index)) && sameClauseSpan(sentence, a.end, m.index)
		);
	return out
		.filter(
			(m) => (m.anaphor || m.target || m.place || m.actor) && !(loose.has(m.index) && named.length) && !predicate(m)
		)
		.sort((a, b) => a.index - b.index);
}

/** The location phrase nearest `index` in its clause ("at the Naval Air Station in Pensacola, Florida"), if any. */
export function placeNear(sentence: string, index: number): Pick<Mention, 'target' | 'place'> | undefined {
	const [a, b] = clauseOf(sentence, index);
	let best: { at: number; target?: string; place?: string } | undefined;
	for (const w of sentence.slice(a, b).matchAll(WHERE_RE)) {
		const what = placeLike(partOf(sentence, a + w.index + w[0].length) ?? clean(w[1]));
		if (!what) continue;
		// "63 people missing, and that its desk at the Oshwal Centre …": a place past a comma is another phrase's.
		const [x, y] = w.index + a < index ? [w.index + a, index] : [index, w.index + a];
		if (/[,;]/.test(sentence.slice(x, y))) continue;
		const at = Math.abs(w.index + a - index);
		if (best && best.at <= at) continue;
		best = VENUE_END.test(what)
			? { at, target: what, place: placeLike(clean(w[2])) }
			: { at, place: what + (w[2] ? `, ${clean(w[2])}` : '') };
	}
	return best && { target: best.target, place: best.place };
}

/** A place phrase as a mention's target (a venue: "the Velda concert hall") or place ("Karsk"). */
export function whereOf(phrase: string): Pick<Mention, 'target' | 'place'> {
	const what = clean(phrase);
	return what && VENUE_END.test(what) ? { target: what } : { place: placeLike(what) };
}
