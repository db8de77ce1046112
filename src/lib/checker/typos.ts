/**
 * Small-typo tolerance for names. A typo is measured with the Damerau–Levenshtein distance (optimal string
 * alignment: insert, delete, substitute, swap two neighbours), word by word, because a long name with one slip per
 * word ("Kugleman", "Zawahri") is still the trainee recalling the right person.
 */

/** Edits a word may carry and still count as the same word: none under 5 letters (ISIS/ISIL, Iran/Iraq differ by
 * one letter and mean different things), 1 for 5–8 letters, 2 beyond. Words with digits get none, ever. */
export function typoAllowance(word: string): number {
	if (/\d/.test(word)) return 0;
	if (word.length < 5) return 0;
	return word.length <= 8 ? 1 : 2;
}

/** Optimal-string-alignment distance, giving up (returning `limit + 1`) once every path costs more than `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > limit) return limit + 1;
		prev2 = prev;
		prev = row;
	}
	return Math.min(prev[b.length]!, limit + 1);
}

/**
 * How far `typed` words are from `want` words: `exact`, `typo` (every word within its allowance), `near` (some
 * word one edit past its allowance, at most one such word, none with digits), or `far`.
 */
export function compareWords(want: string[], typed: string[]): 'exact' | 'typo' | 'near' | 'far' {
	if (want.length !== typed.length) return 'far';
	let result: 'exact' | 'typo' | 'near' = 'exact';
	let nearWords = 0;
	for (let k = 0; k < want.length; k++) {
		const w = want[k]!;
		const t = typed[k]!;
		if (w === t) continue;
		const allow = typoAllowance(w);
		if (/\d/.test(w) || /\d/.test(t)) return 'far';
		const d = editDistance(w, t, allow + 1);
		if (d <= allow) result = result === 'near' ? 'near' : 'typo';
		else if (d === allow + 1 && w.length >= 5) {
			result = 'near';
			nearWords++;
		} else return 'far';
	}
	return nearWords > 1 ? 'far' : result;
}
