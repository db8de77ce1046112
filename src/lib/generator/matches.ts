/**
 * Every match of a global pattern in a text, as `text.matchAll(re)` gives them, but without its copy of the pattern.
 * `matchAll` builds a new RegExp from the pattern on every call, and for the generator's long patterns (2,000
 * characters of alternations) that costs ten times the scan of a sentence itself. This runs the pattern in place:
 * from its `lastIndex`, as `matchAll` starts, collecting every match before returning (so a caller's loop may use
 * the same pattern again) and leaving `lastIndex` as it found it.
 */
export function matches(text: string, re: RegExp): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`matches: ${re} is not global`);
	const from = re.lastIndex;
	const out: RegExpExecArray[] = [];
	try {
		for (let m = re.exec(text); m; m = re.exec(text)) {
			out.push(m);
			// An empty match would be found again at the same place; step past it as matchAll does.
			if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
		}
	} finally {
		re.lastIndex = from;
	}
	return out;
}

/** The index after `i`: one code unit, or a whole surrogate pair in a Unicode pattern. */
function advance(text: string, i: number, unicode: boolean): number {
	if (!unicode || i + 1 >= text.length) return i + 1;
	const c = text.charCodeAt(i);
	const d = text.charCodeAt(i + 1);
	return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
