/**
 * A pattern compiled to less machine code, matching exactly what `new RegExp(source, flags)` matches.
 *
 * V8 compiles a pattern to machine code when it first runs it again, and writes the code of what follows an optional
 * or repeated group once for each way of arriving there, up to ten times: "the (Capitalised words){1,4} (one of a
 * hundred venue names)" took 600 KB, several copies of the venue names. The patterns a report reaches came to 33 MB
 * (both kinds of string V8 keeps, one byte a character and two), and compiling them was most of a first draft's time;
 * past 16 MB of such code V8 also compiles every further pattern without its optimisations. An empty lookahead, which
 * matches the empty string wherever it is tried, ends each way of arriving: after every optional or repeated group
 * that a long rest of the pattern follows, the code of the rest is written once. The same patterns came to 25 MB, and
 * a first draft in Chromium took two thirds of the time (README, note 45).
 */
export function pattern(source: string, flags?: string): RegExp {
	return new RegExp(compact(source), flags);
}

/** How much of a pattern must follow a group for its code to be worth writing once: a short rest costs little. */
const REST = 1000;

/** A quantifier, read where a group closes. */
const QUANTIFIER = /(?:\{\d+(?:,\d*)?\}|[?*+])\??/y;

/** `source` with an empty lookahead after every quantified group that REST or more characters follow. */
export function compact(source: string): string {
	// (A pattern made while reading, of a name or a word found in the text, is short: nothing can follow a group by REST.)
	if (source.length <= REST) return source;
	let out = '';
	let inClass = false;
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		out += c;
		if (c === '\\') out += source[++i] ?? '';
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === ')') {
			QUANTIFIER.lastIndex = i + 1;
			const quantifier = QUANTIFIER.exec(source)?.[0];
			if (!quantifier) continue;
			out += quantifier;
			i += quantifier.length;
			if (source.length - i - 1 >= REST) out += '(?=)';
		}
	}
	return out;
}

/** `text` as a pattern that matches it literally: a name found in a document, put into a pattern. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
