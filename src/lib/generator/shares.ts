/**
 * Key figures that are not tolls: shares ("about a third of Syria", "95 percent of that territory") and counts within
 * a toll ("including three children").
 */
import type { FigureMatch } from './figures';
import { NUMBER, QUALIFIER, qualifierSign, readNumber } from './numbers';
import { matches } from './matches';
import { pattern } from '../lang/pattern';

const SHARE = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b((?:${NUMBER})\\s*(?:percent|per cent|%)|a third|two-thirds|two thirds|a quarter|three-quarters|half|a fifth|a tenth)\\s+of\\s+((?:that|the|its|their)?\\s*[\\w'’-]+)`,
	'gi'
);
const INCLUDING = pattern(`\\bincluding\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+([a-z]+)`, 'g');
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

/** Every share and "including" count of a sentence. */
export function findShares(sentence: string): FigureMatch[] {
	const out: FigureMatch[] = [];
	const shares = /\b(?:percent|per cent|third|thirds|quarter|quarters|half|fifth|tenth)\b|%/i.test(sentence);
	for (const m of shares ? matches(sentence, SHARE) : []) {
		const raw = m[2]!.toLowerCase();
		const n = FRACTIONS[raw] ?? readNumber(raw.replace(/\s*(percent|per cent|%)$/, ''));
		if (n === undefined) continue;
		const value = m[1] ? `${m[1].toLowerCase()} ${m[2]}` : m[2]!;
		out.push({
			kind: 'figure',
			value,
			qualifier: m[1]?.toLowerCase(),
			number: n,
			measure: `of ${m[3]!.trim()}`,
			index: m.index,
			normalized: `share:${qualifierSign(m[1])}${n}:${m[3]!.trim().toLowerCase()}`
		});
	}
	for (const m of sentence.includes('including') ? matches(sentence, INCLUDING) : []) {
		const n = readNumber(m[2]!);
		if (n === undefined) continue;
		const value = m[1] ? `${m[1].toLowerCase()} ${m[2]}` : m[2]!;
		out.push({
			kind: 'figure',
			value,
			number: n,
			measure: m[3]!,
			index: m.index + m[0].indexOf(m[1] ?? m[2]!),
			normalized: `count:${n}:${m[3]}`
		});
	}
	return out;
}
