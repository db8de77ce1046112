/**
 * Casualty figures (killed, dead, died, injured, wounded) with their qualifier ("more than", "at least", "nearly")
 * and the event they belong to, and other key figures: shares ("about a third of Syria", "95 percent of that
 * territory") and counts within a toll ("including three children").
 */
import { eventNear } from './events';
import { NUMBER, QUALIFIER, qualifierSign, readNumber } from './numbers';

export interface FigureMatch {
	kind: 'toll' | 'figure';
	/** "more than 130", "40 percent" — as written. */
	value: string;
	qualifier?: string;
	number: number;
	/** killed or injured for tolls; what was counted for figures ("of Iraq", "children"). */
	measure: string;
	index: number;
	event?: string;
	/** `killed:>130`: equal for "more than 130" and "over 130", different for "almost 100". */
	normalized: string;
}

const VICTIMS =
	'(?:people|persons|civilians|soldiers|troops|officers|policemen|police officers|students|teachers|children|women|men|worshippers|pilgrims|sailors|marines|others|fans|concertgoers|spectators|passengers|residents|villagers|fighters|militants|members|staff|workers|journalists|guards|citizens|tourists|Americans|Russians|Iranians)';
const HARM = '(killed|killing|kill|kills|murdered|injured|injuring|wounded|wounding|hurt|dead|died|die)';
const measureOf = (verb: string) => (/^(injur|wound|hurt)/i.test(verb) ? 'injured' : 'killed');

const VERB_FIRST = new RegExp(
	`\\b${HARM}\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\b(?=(?:\\s+[\\w-]+){0,2}?\\s+${VICTIMS}\\b|[\\s,.;]|$)`,
	'gi'
);
const NUMBER_FIRST = new RegExp(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\s+(?:(?:have|has|had)\\s+been\\s+|were\\s+|was\\s+|are\\s+|being\\s+)?(?:\\w+ly\\s+)?${HARM}\\b`,
	'gi'
);
/** "14 were injured": a bare count with a passive verb and no noun. */
const NUMBER_PASSIVE = new RegExp(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+(?:others\\s+)?(?:were|have\\s+been|had\\s+been|was)\\s+(killed|injured|wounded|hurt)\\b`,
	'gi'
);
const AND_MORE = new RegExp(
	`^(?:\\s+[\\w-]+){0,3}?\\s+${VICTIMS}\\s+and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:[\\w-]+\\s+){0,2}?${VICTIMS}\\b`,
	'i'
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

function toll(
	qualifier: string | undefined,
	num: string,
	verb: string,
	index: number,
	event: string | undefined
): FigureMatch | undefined {
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
		event,
		normalized: `${measure}:${qualifierSign(qualifier)}${n}`
	};
}

/** Every figure in a sentence; `context` is the event the story was last on, for tolls whose sentence names none. */
export function findFigures(sentence: string, context?: string): FigureMatch[] {
	const out: FigureMatch[] = [];
	const seen = new Set<number>();
	// "In 2022, two people died in Europe": the year belongs to the event, so 2022's toll is not 2015's.
	const year = /^In (\d{4}),/.exec(sentence)?.[1];
	const eventAt = (i: number) => {
		const ev = eventNear(sentence, i) ?? context;
		return year && ev ? `${ev} (${year})` : ev;
	};
	const push = (f: FigureMatch | undefined) => {
		if (f && !seen.has(f.index)) {
			seen.add(f.index);
			out.push(f);
		}
	};
	for (const m of sentence.matchAll(VERB_FIRST)) {
		const numIndex = m.index + m[0].lastIndexOf(m[3]!);
		const ev = eventAt(m.index);
		push(toll(m[2], m[3]!, m[1]!, numIndex, ev));
		// "killed at least 175 civilians and 13 US soldiers": the second count shares the verb.
		const more = AND_MORE.exec(sentence.slice(m.index + m[0].length));
		if (more)
			push(
				toll(
					more[1],
					more[2]!,
					m[1]!,
					m.index + m[0].length + more.index + more[0].indexOf(more[2]!, more[0].indexOf(' and ')),
					ev
				)
			);
	}
	for (const m of sentence.matchAll(NUMBER_FIRST)) {
		const numIndex = m.index + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : 0);
		push(toll(m[1], m[2]!, m[m.length - 1]!, m.index, eventAt(numIndex)));
	}
	for (const m of sentence.matchAll(NUMBER_PASSIVE)) {
		push(toll(m[1], m[2]!, m[3]!, m.index, eventAt(m.index)));
	}
	const those = THOSE_NUMBERS.exec(sentence);
	const first = out[0];
	if (those && first) {
		// "In 2022, two people died…; in 2015 and 2016, those numbers were 151 and 142": same measure, other years.
		const base = (first.event ?? 'event').replace(/\s*\(\d{4}\)$/, '');
		[3, 4].forEach((g, i) => {
			const f = toll(
				undefined,
				those[g]!,
				first.measure === 'injured' ? 'injured' : 'killed',
				those.index + those[0].lastIndexOf(those[g]!),
				`${base} (${those[i + 1]})`
			);
			if (f)
				push({
					...f,
					index: those.index + (g === 3 ? those[0].lastIndexOf(`${those[3]} and`) : those[0].lastIndexOf(those[4]!))
				});
		});
	}
	for (const m of sentence.matchAll(SHARE)) {
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
	for (const m of sentence.matchAll(INCLUDING)) {
		const n = readNumber(m[2]!);
		if (n === undefined) continue;
		const value = m[1] ? `${m[1].toLowerCase()} ${m[2]}` : m[2]!;
		push({
			kind: 'figure',
			value,
			number: n,
			measure: m[3]!,
			index: m.index + m[0].indexOf(m[2]!),
			event: eventAt(m.index),
			normalized: `count:${n}:${m[3]}`
		});
	}
	return out.sort((a, b) => a.index - b.index);
}
