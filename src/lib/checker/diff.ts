/**
 * Where a typed answer and the expected one differ, for display: a character-level longest common subsequence,
 * compared case-insensitively so "kurilla" against "Kurilla" shows no difference.
 */
import type { DiffPart } from './types';

/** Longest strings diffed character by character; the table is |a|·|b| cells, so longer input is not diffed. */
export const MAX_DIFF = 200;

function push(parts: DiffPart[], op: DiffPart['op'], ch: string): void {
	const last = parts[parts.length - 1];
	if (last && last.op === op) last.text += ch;
	else parts.push({ op, text: ch });
}

/**
 * Parts of `typed` and `expected` in reading order: `same` (in both, shown as typed), `extra` (typed only),
 * `missing` (expected only). `undefined` when either is longer than MAX_DIFF.
 */
export function diffChars(typed: string, expected: string): DiffPart[] | undefined {
	const a = [...typed];
	const b = [...expected];
	if (a.length > MAX_DIFF || b.length > MAX_DIFF) return undefined;
	const eq = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
	// lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			lcs[i]![j] = eq(a[i]!, b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
		}
	}
	const parts: DiffPart[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && eq(a[i]!, b[j]!)) {
			push(parts, 'same', a[i++]!);
			j++;
		} else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) push(parts, 'missing', b[j++]!);
		else push(parts, 'extra', a[i++]!);
	}
	return parts;
}
