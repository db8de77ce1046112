/**
 * What the feedback panel shows of a checked answer: the verdict in words, and the typed and expected texts split
 * into runs, with the runs that differ marked.
 */
import type { CheckResult, Verdict } from '../checker/index';

export const VERDICT_TEXT: Record<Verdict, string> = { correct: 'Correct', close: 'Close', wrong: 'Wrong' };

/** A run of one line of the comparison; `marked` runs are where this text differs from the other. */
export interface Run {
	text: string;
	marked: boolean;
}

/**
 * Both sides of the comparison, each in its own spelling. The checker's diff shows shared runs as typed, so shared
 * runs are re-cut from each text by length — "kurilla" against "Kurilla" reads "Kurilla" on the expected line.
 * Without a diff (an exact match, or texts too long to diff) each line is one unmarked run.
 */
export function diffLines(result: Pick<CheckResult, 'typed' | 'expected' | 'diff'>): { typed: Run[]; expected: Run[] } {
	const typed = [...result.typed.trim()];
	const expected = [...result.expected.trim()];
	const plain = {
		typed: runs([{ text: typed.join(''), marked: false }]),
		expected: runs([{ text: expected.join(''), marked: false }])
	};
	if (!result.diff) return plain;
	const out = { typed: [] as Run[], expected: [] as Run[] };
	let t = 0;
	let e = 0;
	for (const part of result.diff) {
		const n = [...part.text].length;
		if (part.op !== 'missing') {
			out.typed.push({ text: typed.slice(t, t + n).join(''), marked: part.op === 'extra' });
			t += n;
		}
		if (part.op !== 'extra') {
			out.expected.push({ text: expected.slice(e, e + n).join(''), marked: part.op === 'missing' });
			e += n;
		}
	}
	// A diff that does not cover both texts exactly belongs to other texts; showing it would mislabel letters.
	if (t !== typed.length || e !== expected.length) return plain;
	return { typed: runs(out.typed), expected: runs(out.expected) };
}

/** Drops empty runs, so an empty line renders as nothing rather than as an empty mark. */
function runs(list: Run[]): Run[] {
	return list.filter((r) => r.text !== '');
}
