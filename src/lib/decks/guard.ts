/**
 * Limits checked before and around YAML parsing, so a hostile or broken deck file gives `file:line: message` instead
 * of a stack overflow, a frozen build or a `ReferenceError`. The `yaml` package recurses once per nesting level
 * (a thousand nested brackets already overflow its composer, and 200,000 take seconds to fail), so depth is measured
 * here first, by a linear scan of the text.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

/**
 * Three times the largest deck written so far (31 KB, 66 cards). `yaml` parses about 5 µs a token, so the worst
 * text of this size (all two-character lines) parses in about half a second; at 200,000 characters that took a
 * second, and a million took five.
 */
export const MAX_DECK_CHARS = 100_000;
/** A deck nests six levels (deck, cards, card, variants, variant, source); 64 leaves room for any layout. */
export const MAX_DEPTH = 64;
/** How many nodes one alias may expand to, as `yaml` counts them: enough for any reuse, too few for a bomb. */
export const MAX_ALIAS_COUNT = 100;
/**
 * Aliases in one file. `yaml` re-walks an anchor's content for every alias that reaches it, so a chain of aliases
 * of nested anchors costs time quadratic in its length (100 links of 60 levels: 2 s); 32 is far more reuse than a
 * deck needs and parses in milliseconds.
 */
export const MAX_ALIASES = 32;

export interface Problem {
	/** 1-based line. */
	line: number;
	message: string;
}

/**
 * The first line at which nesting passes MAX_DEPTH, counting block indentation levels, `- ` and `? ` markers and
 * open flow brackets. Brackets inside quoted text count too: a false alarm needs 64 unclosed brackets in prose.
 */
export function deepestLine(text: string): Problem | null {
	const indents: number[] = [];
	let flow = 0;
	let line = 1;
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		let i = start;
		while (i < end && text.charCodeAt(i) === 32) i++;
		const blank = i === end || text[i] === '#' || text[i] === '\r';
		if (!blank && flow === 0) {
			while (indents.length > 0 && indents[indents.length - 1]! >= i - start) indents.pop();
			indents.push(i - start);
			// Compact nesting on one line: `- - - x` or `? - x`.
			while (i + 1 < end && (text[i] === '-' || text[i] === '?') && text[i + 1] === ' ') {
				indents.push(i - start + 1);
				i += 2;
				while (i < end && text.charCodeAt(i) === 32) i++;
			}
		}
		for (let j = i; j < end; j++) {
			const c = text[j];
			if (c === '[' || c === '{') flow++;
			else if ((c === ']' || c === '}') && flow > 0) flow--;
			if (indents.length + flow > MAX_DEPTH) return { line, message: tooDeep() };
		}
		if (indents.length > MAX_DEPTH) return { line, message: tooDeep() };
		start = end + 1;
		line++;
	}
	return null;
}

export const tooDeep = () => `nesting is deeper than ${MAX_DEPTH} levels; a deck needs about 6`;

/** What one walk of the parsed tree finds. */
export interface TreeScan {
	unresolved: { source: string; offset: number } | null;
	first: number | null;
	/** The alias past MAX_ALIASES, if there are that many. */
	tooMany: number | null;
	/** The first key repeated within one mapping. */
	duplicate: { key: string; offset: number } | null;
}

/**
 * Aliases in source order and repeated keys. `yaml` finds an alias without its anchor only when converting to plain
 * data, and then throws a ReferenceError without a position; this finds it with one. Repeated keys are found here
 * rather than by `yaml`'s `uniqueKeys`, which compares each key with every other (a 30,000-key mapping took 37 s).
 * The walk uses an explicit stack, so it cannot overflow whatever the depth.
 */
export function scanTree(doc: Document): TreeScan {
	let duplicate: TreeScan['duplicate'] = null;
	const anchors = new Map<string, number>();
	const aliases: { source: string; offset: number }[] = [];
	const stack: unknown[] = [doc.contents];
	while (stack.length > 0) {
		const node = stack.pop();
		if (isAlias(node)) {
			aliases.push({ source: node.source, offset: node.range?.[0] ?? 0 });
			continue;
		}
		const n = node as Node | null;
		if (n?.anchor) {
			const at = n.range?.[0] ?? 0;
			anchors.set(n.anchor, Math.min(anchors.get(n.anchor) ?? at, at));
		}
		if (isMap(node)) duplicate ??= repeatedKey(node.items);
		if (isMap(node) || isSeq(node)) stack.push(...(node.items as unknown[]));
		else if (isPair(node)) stack.push(node.key, node.value);
	}
	aliases.sort((a, b) => a.offset - b.offset);
	const unresolved = aliases.find((a) => {
		const defined = anchors.get(a.source);
		return defined === undefined || defined > a.offset;
	});
	return {
		unresolved: unresolved ?? null,
		first: aliases[0]?.offset ?? null,
		tooMany: aliases[MAX_ALIASES]?.offset ?? null,
		duplicate
	};
}

function repeatedKey(pairs: readonly Pair<unknown, unknown>[]): TreeScan['duplicate'] {
	const seen = new Set<unknown>();
	for (const pair of pairs) {
		const key = isScalar(pair.key) ? pair.key.value : pair.key;
		if (seen.has(key)) {
			return { key: String(key), offset: (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0 };
		}
		seen.add(key);
	}
	return null;
}
