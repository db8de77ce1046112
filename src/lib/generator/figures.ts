/**
 * Casualty figures (killed, dead, died, injured, wounded) with their qualifier ("more than", "at least", "nearly")
 * and the event they belong to, and other key figures: shares ("about a third of Syria", "95 percent of that
 * territory") and counts within a toll ("including three children").
 */
import { TIME_UNIT } from '../lang';
import { NUMBER, QUALIFIER, qualifierSign, readNumber } from './numbers';
import { findSubCounts } from './subcounts';

export interface FigureMatch {
	kind: 'toll' | 'figure';
	/** "more than 130", "40 percent" — as written. */
	value: string;
	qualifier?: string;
	number: number;
	/** killed or injured for tolls; what was counted for figures ("of Iraq", "children"). */
	measure: string;
	index: number;
	/** The year a toll is for, when the sentence gives one per figure ("in 2015 and 2016, those numbers were …"). */
	year?: string;
	/** The count was revised ("the toll has risen to 37"): it is the latest. */
	update?: boolean;
	/** The text says the count was replaced ("the toll had stood at 36"): never the latest. */
	superseded?: boolean;
	/** The victims counted when the text names them ("civilians", "US soldiers"). */
	victims?: string;
	/** A count of "the dead" or "the injured": a group within a toll the text has already given. */
	back?: boolean;
	/** `killed:>130`: equal for "more than 130" and "over 130", different for "almost 100". */
	normalized: string;
}

const VICTIMS =
	'(?:people|persons|person|civilians|soldiers|troops|officers|policemen|police officers|students|teachers|children|women|men|worshippers|pilgrims|sailors|marines|others|fans|concertgoers|spectators|passengers|residents|villagers|fighters|militants|members|staff|workers|journalists|guards|citizens|tourists|cadets|recruits|pupils|shoppers|commuters|patients|Americans|Russians|Iranians|girls|boys|schoolgirls|schoolchildren|hostages|foreigners|nationals|attackers|gunmen|assailants|suspects|bombers|hijackers)';
const HARM =
	'(killed|killing|kill|kills|murdered|injured|injuring|wounded|wounding|hurt|dead|died|die|abducted|abducting|kidnapped|kidnapping|missing)';
/** The count a verb gives: killed, injured, abducted, missing or arrested. */
const measureOf = (verb: string) =>
	/^arrest/i.test(verb)
		? 'arrested'
		: /^(injur|wound|hurt)/i.test(verb)
			? 'injured'
			: /^(abduct|kidnap)/i.test(verb)
				? 'abducted'
				: /^missing/i.test(verb)
					? 'missing'
					: 'killed';

const VERB_FIRST = new RegExp(
	`\\b${HARM}\\s+(?:another\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b(?=(?:\\s+[\\w-]+){0,2}?\\s+${VICTIMS}\\b|[\\s,.;]|$)`,
	'gi'
);
const NUMBER_FIRST = new RegExp(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\s+(?:(?:who|that)\\s+(?=(?:have|has|had|were|was|are|is|remain|remained)\\b|died\\b))?(?:(?:have|has|had)\\s+(?:been\\s+)?|were\\s+|was\\s+|are\\s+|is\\s+|remain\\s+|remained\\s+|being\\s+)?(?:\\w+ly\\s+|still\\s+|also\\s+)?${HARM}\\b`,
	'gi'
);
/** Police or troops shooting, right before a count: "officers shot all three dead", "police shot dead". */
const POLICE_SHOT =
	/\b(?:officers|police(?:men)?|soldiers|troops|forces|snipers?|commandos)\b[^,.;:]{0,30}\bshot\s+(?:dead\s+)?(?:all\s+|both\s+)?$/i;
/** An object count right after a verb: "killed 52", "wounding at least 40". */
const ACTIVE_OBJECT = new RegExp(`^\\s+(?:another\\s+)?(?:(?:${QUALIFIER})\\s+)?${NUMBER}\\b`, 'i');
/** A unit after a number (the one reader's units of time, or a distance): it measures no people. */
const UNIT_AFTER = new RegExp(`^\\s+(?:${TIME_UNIT}|metres?|meters?|kilometres?|kilometers?|miles?|km)\\b`, 'i');
/** "14 were injured": a bare count with a passive verb and no noun. */
const NUMBER_PASSIVE = new RegExp(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:others\\s+)?(?:were|have\\s+been|had\\s+been|was|(?:are|remain)\\s+still|are|remain)\\s+(killed|injured|wounded|hurt|abducted|kidnapped|missing)\\b`,
	'gi'
);
const AND_MORE = new RegExp(
	`^(?:\\s+[\\w-]+){0,3}?\\s+${VICTIMS}\\s+and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\b`,
	'i'
);
/** "About 170 civilians and 13 US service members were killed": two subjects share one verb. */
const PAIR_FIRST = new RegExp(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\s+and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:also\\s+)?${HARM}\\b`,
	'gid'
);
const SHARE = new RegExp(
	`(?:\\b(${QUALIFIER})\\s+)?\\b((?:${NUMBER})\\s*(?:percent|per cent|%)|a third|two-thirds|two thirds|a quarter|three-quarters|half|a fifth|a tenth)\\s+of\\s+((?:that|the|its|their)?\\s*[\\w'’-]+)`,
	'gi'
);
const INCLUDING = new RegExp(`\\bincluding\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+([a-z]+)`, 'g');
const THOSE_NUMBERS = new RegExp(
	`\\bin\\s+(\\d{4})\\s+and\\s+(\\d{4}),?\\s+(?:those|the|these)\\s+(?:numbers|figures|tolls)\\s+were\\s+(${NUMBER})\\s+and\\s+(${NUMBER})`,
	'i'
);

const FRACTIONS: Record<string, number> = {
	'a third': 33,
	'two-thirds': 67,
	'two thirds': 67,
	'a quarter': 25,
	'three-quarters': 75,
	half: 50,
	'a fifth': 20,
	'a tenth': 10
};

/** Headline counts with no verb: "32 killed, 100+ wounded", "34 killed and more than 100 injured". */
const HEADLINE = new RegExp(
	`(?:\\b(${QUALIFIER})\\s+)?(?<!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s)\\b(${NUMBER})\\+?\\s+(killed|dead|wounded|injured|hurt)\\b(?!\\s+(?:in|by)\\s+(?:19|20)\\d\\d)`,
	'gi'
);
/** "left 22 dead", "leaving at least 40 people injured". */
const LEFT = new RegExp(
	`\\b(?:left|leaving|leaves)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:people\\s+|others\\s+)?(dead|killed|injured|wounded|hurt)\\b`,
	'gi'
);
/**
 * "the toll has risen to 37", "later rose to 143", "was revised down to 253": a revised count, the latest — a toll may
 * also be lowered when victims counted twice are found.
 */
const ROSE = new RegExp(
	`\\b(?:toll\\s+)?(?:has\\s+|had\\s+|later\\s+|then\\s+|since\\s+)?(?:bringing\\s+(?:the\\s+)?(?:(?:death\\s+)?toll|number\\s+of\\s+(?:dead|deaths|people\\s+killed))|risen|rose|rises|climbed|climbs|increased|increases|jumped|jumps|reached|reaches|stands\\s+at|stood\\s+at|(?:put|puts|putting|placed|places)\\s+(?:the\\s+)?(?:death\\s+)?toll\\s+at|fallen|fell|dropped|(?:revised|lowered|cut|reduced|corrected|updated)(?:\\s+(?:the\\s+)?(?:death\\s+)?(?:toll|figure|count)(?:\\s+from\\s+the\\s+\\w+)?)?(?:\\s+(?:down|downward|downwards|up|upward|upwards))?)\\s+(?:to\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b`,
	'gi'
);
const REVISING =
	/\b(?:revis(?:ing|ed)|correct(?:ing|ed)|updat(?:ing|ed))\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:earlier|previous|initial|first)\s+(?:figures?|estimates?|tolls?|counts?|numbers?)\b/i;
/** "Among the dead were 13 foreigners", "Of the injured, 27 were children": a count of a group within a toll. */
const AMONG = new RegExp(
	`\\b(?:[Aa]mong|[Oo]f)\\s+(?:the|those)\\s+(dead|killed|injured|wounded),?\\s+(?:were\\s+|was\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:were\\s+|was\\s+)?(?:[a-z]+\\s+)?(${VICTIMS})\\b`,
	'g'
);
/** "Seventy people lost their lives", "claimed the lives of 90 people", "eight have been confirmed dead". */
const LIVES = new RegExp(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\s+(?:have\\s+|had\\s+)?lost\\s+their\\s+lives\\b|\\bclaimed\\s+(?:the\\s+)?lives\\s+of\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b|(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?(?:${VICTIMS}\\s+)?(?:have|had|has)\\s+been\\s+confirmed\\s+(?:dead|killed)\\b`,
	'gi'
);
/** "More than 300 people were treated for injuries", "30 others sustained wounds". */
const TREATED = new RegExp(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\s+(?:were\\s+(?:being\\s+)?treated\\s+for|(?:have\\s+|had\\s+)?(?:sustained|suffered))\\s+(?:[a-z]+\\s+)?(?:injuries|wounds)\\b`,
	'gi'
);
/** "The dead included three police officers". */
const INCLUDED = new RegExp(
	`\\bthe\\s+(dead|injured|wounded)\\s+(?:included|include|includes)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+((?:[\\w-]+\\s+){0,2}?${VICTIMS})\\b`,
	'gi'
);
/** "The bomber killed himself and 22 others": the count after the attacker is the toll. */
const SELF_AND = new RegExp(
	`\\b(kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es))\\s+(?:himself|herself|themselves)\\s+and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b`,
	'gi'
);
/** "received 33 bodies", "recovered 12 bodies". */
const BODIES = new RegExp(
	`\\b(?:received|recovered|counted|found|pulled)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+bodies\\b`,
	'gi'
);

function toll(qualifier: string | undefined, num: string, verb: string, index: number): FigureMatch | undefined {
	const n = readNumber(num);
	if (n === undefined || (n >= 1900 && n <= 2099 && !qualifier)) return undefined;
	const measure = measureOf(verb);
	const value = qualifier ? `${qualifier.toLowerCase()} ${num}` : num;
	return {
		kind: 'toll',
		value,
		qualifier: qualifier?.toLowerCase(),
		number: n,
		measure,
		index,
		normalized: `${measure}:${qualifierSign(qualifier)}${n}`
	};
}

/** The victims named right after a count ("175 civilians and 13 US soldiers"), when they are not just people. */
function victimsAt(sentence: string, at: number): string | undefined {
	VICTIMS_AT.lastIndex = at;
	const v = VICTIMS_AT.exec(sentence)?.[1];
	return v && !/^(?:people|persons|person|others)$/i.test(v) ? v : undefined;
}
/** A count and the victims right after it, read where the count starts (sticky, so no copy of the sentence). */
const VICTIMS_AT = new RegExp(
	`(?:${NUMBER})\\+?\\s+((?:(?!(?:killed|dead|died|injured|wounded|hurt|as|and|or|were|was|are|is|in|on|at|of|after|when|while|by|from)\\b)[A-Za-z][\\w.-]*\\s+){0,2}?${VICTIMS})`,
	'iy'
);

/** Every figure in a sentence: tolls (killed, injured) with qualifiers, and shares and counts within a toll. */
export function findFigures(sentence: string): FigureMatch[] {
	const out: FigureMatch[] = [];
	const seen = new Set<number>();
	const push = (f: FigureMatch | undefined) => {
		if (!f || seen.has(f.index)) return;
		// Two rules reading one count ("left 22 dead" is also a headline "22 dead") give one figure.
		if (out.some((o) => o.number === f.number && o.measure === f.measure && Math.abs(o.index - f.index) < 20)) return;
		seen.add(f.index);
		// "Armed officers shot all three dead": those the police shot are the attackers, not their victims.
		if (f.kind === 'toll' && !f.victims && POLICE_SHOT.test(sentence.slice(Math.max(0, f.index - 60), f.index)))
			f.victims = 'attackers';
		if (f.kind === 'toll') f.victims ??= victimsAt(sentence, f.index + (f.qualifier ? f.qualifier.length + 1 : 0));
		out.push(f);
	};
	const numAt = (m: RegExpMatchArray, q: number, n: number) =>
		m.index! + (m[q] ? m[0].indexOf(m[n]!, m[0].indexOf(m[q]!) + m[q]!.length) : m[0].indexOf(m[n]!));
	// Cheap tests first: most sentences hold no count of casualties, no share and no "including".
	const harm = /\b(?:kill|dead|die|injur|wound|hurt|bodies|toll|abduct|kidnap|missing)/i.test(sentence);
	const lives = /\blives\b|\bconfirmed\s+(?:dead|killed)/i.test(sentence);
	for (const m of harm ? sentence.matchAll(VERB_FIRST) : []) {
		// "missing 40 minutes": only a count that is missing, never "missing" before a number, counts the missing.
		// "shot him dead eight minutes later": a count of time or distance is no count of people.
		if (/^missing$/i.test(m[1]!) || UNIT_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
		const numIndex = m.index + m[0].lastIndexOf(m[3]!);
		const start = m[2] ? numIndex - m[2].length - 1 : numIndex;
		push(toll(m[2], m[3]!, m[1]!, start));
		// "killed at least 175 civilians and 13 US soldiers": the second count shares the verb.
		const more = AND_MORE.exec(sentence.slice(m.index + m[0].length));
		if (more) {
			const at = m.index + m[0].length + more.index + more[0].indexOf(' and ') + 5;
			push(toll(more[1], more[2]!, m[1]!, at));
		}
	}
	for (const m of harm ? sentence.matchAll(NUMBER_FIRST) : []) {
		// "four suicide bombers killed 52 people": a count right after an active verb is its object, so the count
		// before the verb is of those who did it.
		if (ACTIVE_OBJECT.test(sentence.slice(m.index + m[0].length)) && !/\b(?:were|was|been|are|is)\b/i.test(m[0]))
			continue;
		push(toll(m[1], m[2]!, m[m.length - 1]!, m.index));
	}
	for (const m of harm && / and /.test(sentence) ? sentence.matchAll(PAIR_FIRST) : []) {
		push(toll(m[1], m[2]!, m[5]!, m.index));
		push(toll(m[3], m[4]!, m[5]!, m.indices![m[3] ? 3 : 4]![0]));
	}
	for (const re of harm ? [NUMBER_PASSIVE, LEFT, HEADLINE, BODIES] : [])
		for (const m of sentence.matchAll(re)) push(toll(m[1], m[2]!, m[3] ?? 'killed', m.index));
	for (const m of harm && /\b(?:himself|herself|themselves)\s+and\b/i.test(sentence) ? sentence.matchAll(SELF_AND) : [])
		push(toll(m[2], m[3]!, m[1]!, m.index + m[0].lastIndexOf(m[2] ?? m[3]!)));
	for (const m of /\b(?:injuries|wounds)\b/i.test(sentence) ? sentence.matchAll(TREATED) : [])
		push(toll(m[1], m[2]!, 'injured', m.index));
	for (const m of harm ? sentence.matchAll(INCLUDED) : []) {
		const f = toll(m[2], m[3]!, m[1]!, m.index + m[0].indexOf(m[2] ?? m[3]!, m[1]!.length + 5));
		const victims = m[4]!.trim();
		if (f) push({ ...f, back: true, ...(/^(?:people|persons|person|others)$/i.test(victims) ? {} : { victims }) });
	}
	for (const m of lives ? sentence.matchAll(LIVES) : []) {
		const [q, n] = m[2] ? [m[1], m[2]] : m[4] ? [m[3], m[4]] : [m[5], m[6]];
		push(toll(q, n!, 'killed', q ? m.index + m[0].indexOf(q) : m.index + m[0].indexOf(n!)));
	}
	for (const m of harm ? sentence.matchAll(ROSE) : []) {
		// A revised count is a toll only where the sentence is about one ("toll", "dead", "killed", "died").
		if (!/\b(?:toll|dead|killed|died|deaths|injured|wounded)\b/i.test(sentence)) continue;
		const verb =
			/\b(?:injured|wounded)\b/i.test(sentence) && !/\b(?:toll|dead|killed|died)\b/i.test(sentence)
				? 'injured'
				: 'killed';
		const f = toll(m[1], m[2]!, verb, numAt(m, 1, 2) - (m[1] ? m[1].length + 1 : 0));
		// "The overnight toll had stood at 36": a count the text has since replaced, not the latest.
		if (f && /\bhad\s+stood\b/i.test(m[0])) {
			push({ ...f, superseded: true });
			continue;
		}
		if (f) {
			const dup = out.find((o) => o.kind === 'toll' && o.number === f.number);
			if (dup) dup.update = true;
			else push({ ...f, update: true });
		}
	}
	for (const m of harm ? sentence.matchAll(AMONG) : []) {
		const f = toll(m[2], m[3]!, m[1]!, m.index + m[0].lastIndexOf(m[3]!) - (m[2] ? m[2].length + 1 : 0));
		const victims = m[0]
			.slice(m[0].lastIndexOf(m[3]!) + m[3]!.length)
			.replace(/^\s+(?:were|was)\s+/, '')
			.trim();
		if (f && !/^(?:people|persons|person|others)$/i.test(victims)) push({ ...f, victims, back: true });
	}
	for (const c of findSubCounts(sentence)) {
		// "29 of them children", "…: 90 at the Velda Stadium": a group or a part is counted in the measure of the count
		// before it.
		const part = c.verb === 'of' || c.verb === 'part';
		const whole = part ? out.filter((o) => o.kind === 'toll' && o.index < c.index).pop() : undefined;
		if (part && !whole) continue;
		const f = toll(c.qualifier, c.num, whole ? whole.measure : c.verb, c.index);
		const victims = c.victims && !/^(?:people|persons|person|others|victims)$/i.test(c.victims) ? c.victims : undefined;
		if (f && c.where) push({ ...f, where: c.where });
		else if (f) push(victims ? { ...f, victims, back: c.back, within: Boolean(whole) } : f);
	}
	// "276 girls had been abducted, revising earlier figures": the sentence says its count replaces another.
	if (harm && REVISING.test(sentence)) for (const f of out) if (f.kind === 'toll' && !f.superseded) f.update = true;
	const those = harm ? THOSE_NUMBERS.exec(sentence) : null;
	const first = out.find((f) => f.kind === 'toll');
	if (those && first) {
		// "In 2022, two people died…; in 2015 and 2016, those numbers were 151 and 142": same measure, other years.
		first.year ??= /^In (\d{4}),/.exec(sentence)?.[1];
		[3, 4].forEach((g, i) => {
			const at = those.index + (g === 3 ? those[0].lastIndexOf(`${those[3]} and`) : those[0].lastIndexOf(those[4]!));
			const f = toll(undefined, those[g]!, first.measure === 'injured' ? 'injured' : 'killed', at);
			if (f) push({ ...f, year: those[i + 1] });
		});
	}
	const shares = /\b(?:percent|per cent|third|thirds|quarter|quarters|half|fifth|tenth)\b|%/i.test(sentence);
	for (const m of shares ? sentence.matchAll(SHARE) : []) {
		const raw = m[2]!.toLowerCase();
		const n = FRACTIONS[raw] ?? readNumber(raw.replace(/\s*(percent|per cent|%)$/, ''));
		if (n === undefined) continue;
		const value = m[1] ? `${m[1].toLowerCase()} ${m[2]}` : m[2]!;
		push({
			kind: 'figure',
			value,
			qualifier: m[1]?.toLowerCase(),
			number: n,
			measure: `of ${m[3]!.trim()}`,
			index: m.index,
			normalized: `share:${qualifierSign(m[1])}${n}:${m[3]!.trim().toLowerCase()}`
		});
	}
	for (const m of sentence.includes('including') ? sentence.matchAll(INCLUDING) : []) {
		const n = readNumber(m[2]!);
		if (n === undefined) continue;
		const value = m[1] ? `${m[1].toLowerCase()} ${m[2]}` : m[2]!;
		push({
			kind: 'figure',
			value,
			number: n,
			measure: m[3]!,
			index: m.index + m[0].indexOf(m[1] ?? m[2]!),
			normalized: `count:${n}:${m[3]}`
		});
	}
	return out.sort((a, b) => a.index - b.index);
}
