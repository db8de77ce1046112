/**
 * Judging a typed number against the figure a source gives (tolls, percentages, counts).
 *
 * The rules, with `E` the expected value, `tol` the card's tolerance and `near = max(2·tol, 10% of E)`:
 * - No qualifier ("24"): correct within `tol`, close within `near`, wrong beyond.
 * - A lower bound ("more than 130", "over 100", "at least 22", "130+"): the figure itself is correct — the trainee
 *   recalled the number the source gives — and so is a little above it (up to `max(tol, 5% of E, 1)`: "131" is
 *   more than 130). Further above, up to `2·near`, is close: consistent with the bound but not what the source says.
 *   Below the bound is close within `near`, wrong beyond.
 * - An upper bound ("nearly 300", "almost 100", "under 50"): the mirror image.
 * - "about 130": correct within `max(tol, 5%)`, close within `near`.
 * Qualifiers typed by the trainee: "about" or none never contradict; a bound in the other direction ("nearly 130"
 * for "more than 130") or any bound on an exact figure turns a correct number into close, because the direction is
 * part of the fact. Percent signs may be left out (the question says what is counted); a fraction meets a
 * percentage ("a third" = 33 percent). Numbers are never typo-corrected: "310" for "130" is just wrong.
 *
 * A unit of time is part of the value: the typed figure is converted into the card's unit before any rule above
 * ("96 hours" for "four days" is 4 days, correct; "six weeks" for "six months" is 1.4 months, wrong; "half a year"
 * is 6 months). A right number without the unit the card gives is close ("four" for "four days"): the unit is half
 * the fact. A unit typed where the card has none is the question's own ("20 years" for "20") and changes nothing.
 */
import { RANK, type Judgement, type Verdict } from './types';
import { findNumbers, type NumberMention } from '../lang/numbers';
import { direction, type Qualifier } from '../lang/qualifiers';
import { convert, unitName } from '../lang/units';

/** Both values on one scale: a fraction meets a percentage as hundredths, rounded as people round "a third". */
function scaled(expected: NumberMention, typed: NumberMention): [number, number] {
	if (expected.unit && typed.unit) return [expected.value, convert(typed.value, typed.unit, expected.unit)];
	if (expected.percent && typed.fraction) return [expected.value, Math.round(typed.value * 100)];
	if (typed.percent && expected.fraction) return [Math.round(expected.value * 100), typed.value];
	return [expected.value, typed.value];
}

/** A converted value as a person writes it: "1.4", "6". */
const round = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The two lengths of time side by side in whichever unit reads as a whole-ish number: "six weeks is 1.4 months", but
 * "the source says two decades, 240 months" rather than "twenty months is 0.2 decades".
 */
function inUnits(expected: NumberMention, typed: NumberMention, t: number): string {
	if (t >= 1) return `${typed.text} is ${round(t)} ${unitName(expected.unit!, t)}; the source says ${expected.text}`;
	const e = convert(expected.value, expected.unit!, typed.unit!);
	return `the source says ${expected.text}, ${round(e)} ${unitName(typed.unit!, e)}`;
}

/** The verdict on the value alone, from where it falls around the expected figure. */
function byValue(e: number, t: number, q: Qualifier, tol: number): Verdict {
	const near = Math.max(2 * tol, 0.1 * Math.abs(e));
	const inside = Math.max(tol, 0.05 * Math.abs(e), 1);
	const d = t - e;
	const dir = direction(q);
	if (dir === 'none') {
		const ok = q === 'about' ? Math.max(tol, 0.05 * Math.abs(e)) : tol;
		return Math.abs(d) <= ok ? 'correct' : Math.abs(d) <= near ? 'close' : 'wrong';
	}
	// Measure towards the inside of the bound: above for "more than", below for "nearly".
	const towards = dir === 'up' ? d : -d;
	if (towards >= -tol && towards <= inside) return 'correct';
	if (towards > inside && towards <= 2 * near) return 'close';
	if (towards < -tol && towards >= -near) return 'close';
	return 'wrong';
}

/** Judge one typed mention against one expected mention. */
export function judgeMention(expected: NumberMention, typed: NumberMention, tol: number): Judgement {
	const [e, t] = scaled(expected, typed);
	const value = byValue(e, t, expected.qualifier, tol);
	const converted = expected.unit && typed.unit && typed.unit !== expected.unit;
	const says = converted ? inUnits(expected, typed, t) : `the source says ${expected.text}`;
	if (value === 'wrong')
		return { verdict: 'wrong', reason: `Wrong ${converted ? 'length of time' : 'number'}: ${says}` };
	if (value === 'close') return { verdict: 'close', reason: `Close, but ${says}` };
	if (expected.unit && !typed.unit) return { verdict: 'close', reason: `Right number; give the unit: ${says}` };
	if (converted) return { verdict: 'correct', reason: `Correct: ${says}` };
	const te = direction(typed.qualifier);
	const ee = direction(expected.qualifier);
	const contradicts = te !== 'none' && (ee === 'none' ? expected.qualifier === 'exact' : te !== ee);
	if (contradicts) return { verdict: 'close', reason: `Right number, but ${says}` };
	if (t === e && typed.qualifier === expected.qualifier) return { verdict: 'correct', reason: 'Correct' };
	if (t === e) return { verdict: 'correct', reason: `Right number; ${says}` };
	if (ee === 'none' && expected.qualifier === 'exact') return { verdict: 'correct', reason: `Within ±${tol}: ${says}` };
	return { verdict: 'correct', reason: `Consistent with the source, which says ${expected.text}` };
}

/**
 * Pair typed numbers with expected ones: by the noun they count where both name one ("13 soldiers"), otherwise in
 * the order written.
 */
function pair(expected: NumberMention[], typed: NumberMention[]): (NumberMention | undefined)[] {
	const left = [...typed];
	const byNoun = expected.map((e) => {
		const k = e.noun === undefined ? -1 : left.findIndex((t) => t.noun === e.noun);
		return k >= 0 ? left.splice(k, 1)[0] : undefined;
	});
	return byNoun.map((t) => t ?? left.shift());
}

/**
 * Judge every number of `expected` against the numbers typed. `undefined` when `expected` holds no number, so the
 * caller can fall back to comparing words. Missing one of several figures is close at most.
 */
export function judgeFigures(expected: string, typed: string, tolerance = 0): Judgement | undefined {
	const want = findNumbers(expected);
	if (want.length === 0) return undefined;
	const got = findNumbers(typed);
	if (got.length === 0) return { verdict: 'wrong', reason: `No number in the answer: the source says ${expected}` };
	if (want.length === 1) return judgeMention(want[0]!, got[0]!, tolerance);
	const paired = pair(want, got);
	const parts = want.map((e, k) => {
		const t = paired[k];
		return t ? judgeMention(e, t, tolerance) : undefined;
	});
	const missing = want.filter((_, k) => parts[k] === undefined).map((e) => e.text);
	const judged = parts.filter((p): p is Judgement => p !== undefined);
	const worst = judged.reduce((w, p) => (RANK[p.verdict] < RANK[w.verdict] ? p : w));
	if (missing.length > 0) {
		const verdict: Verdict = judged.some((p) => p.verdict !== 'wrong') ? 'close' : 'wrong';
		return { verdict, reason: `Missing ${missing.join(' and ')}: the source says ${expected}` };
	}
	if (worst.verdict === 'correct') return { verdict: 'correct', reason: `Correct: the source says ${expected}` };
	// One figure right and another wrong is still half the fact, hence close rather than wrong.
	const anyRight = judged.some((p) => p.verdict !== 'wrong');
	return { verdict: anyRight ? 'close' : 'wrong', reason: worst.reason };
}
