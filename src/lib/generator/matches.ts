/**
 * A long pattern and what its every match holds, which the generator tests first, so that a sentence without it is
 * never scanned (and the pattern, until some sentence needs it, never compiled: V8 compiles a pattern the first time
 * it runs). tests/unit/generator/key-words.spec.ts holds each pair to that on every report and fixture, so an edit of
 * a pattern that its test no longer covers fails there instead of silently losing matches.
 */
export interface KeyWords {
	/** The pattern's name in its module. */
	name: string;
	/** Found in a sentence wherever `pattern` is. */
	needs: RegExp;
	pattern: RegExp;
}

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

const SPACE = /\s/;

/**
 * Where a match holding `key` at `at` can start at the earliest, when at most `words` runs of spaces stand between
 * the match's start and its key: the start of the key's run of non-space characters, then back over that many runs.
 */
function earliestStart(text: string, at: number, words: number): number {
	let i = at;
	while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
	for (let run = 0; run < words && i > 0; run++) {
		while (i > 0 && SPACE.test(text[i - 1]!)) i--;
		while (i > 0 && !SPACE.test(text[i - 1]!)) i--;
	}
	return i;
}

/**
 * Every match of `re`, exactly as `matches` finds them, for a pattern whose every match holds a match of `key` (a
 * global pattern of its key words) after at most `words` words, each followed by spaces. A pattern that opens with
 * optional words ("the suicide bombings", "Foreign Minister Sergei Lavrov") is tried at every word of a text; this
 * starts each scan a few words before the next key word instead, where the next match can start at the earliest, so
 * no match is missed.
 */
export function keyedMatches(text: string, re: RegExp, key: RegExp, words: number): RegExpExecArray[] {
	if (!re.global || !key.global) throw new TypeError(`keyedMatches: ${re} and ${key} must be global`);
	const out: RegExpExecArray[] = [];
	try {
		for (let from = 0; ;) {
			key.lastIndex = from;
			const k = key.exec(text);
			if (!k) break;
			re.lastIndex = Math.max(from, earliestStart(text, k.index, words));
			const m = re.exec(text);
			if (!m) break;
			out.push(m);
			// The key words hold at least one character, so no match is empty.
			from = re.lastIndex;
		}
	} finally {
		re.lastIndex = 0;
		key.lastIndex = 0;
	}
	return out;
}
