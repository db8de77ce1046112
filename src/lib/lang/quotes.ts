/**
 * Where a sentence is inside quotation marks: what someone said, or a name in quotes, is read apart from the story's own
 * words (a speaker's "this morning" is not the day of publication; a year in "Operation Sinai 2018" names nothing).
 */

/** Whether [start, end) of `sentence` lies within a pair of quotation marks. */
export function quoted(sentence: string, start: number, end: number): boolean {
	if (!/["“”]/.test(sentence)) return false;
	for (const q of sentence.matchAll(/["“][^"“”]{1,400}["”]/g))
		if (q.index <= start && end <= q.index + q[0].length) return true;
	return false;
}

/** Whether a quotation is open at `index`: a quote mark before it in the sentence is not yet closed. */
export function inOpenQuote(sentence: string, index: number): boolean {
	const head = sentence.slice(0, index);
	return (head.match(/"/g)?.length ?? 0) % 2 === 1 || head.lastIndexOf('“') > head.lastIndexOf('”');
}
