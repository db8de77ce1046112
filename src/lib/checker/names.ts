/**
 * Judging names and terms (actors, places, other short answers).
 *
 * Never decisive: case, accents, punctuation, a leading article ("the Taliban"), titles ("Gen."), the order of a
 * list ("Germany, Netherlands"). Accepted as correct: the long form or the abbreviation an answer gives in brackets
 * ("Islamic State Khorasan Province (ISKP)"), the initials of a long name, briefing-wide aliases (ISIS-K = ISKP), and
 * small typos (see typos.ts) — correct rather than close, because the card tests recall of who or what, not spelling;
 * the reason still points the slip out. One edit past the allowance is close ("check the spelling").
 * Also correct: a person's surname alone ("Putin" for "Vladimir Putin", "bin Laden", "al-Baghdadi"), the way a
 * briefing names someone after first mention. Close: the right surname with another first name ("Mike Kugelman"),
 * part of a longer name that is not a person's, one item of a two-item list, the answer with words added. Wrong: anything else — and any name that is itself a different alias of the briefing
 * ("ISIS" for "ISIS-K"), even when it is one letter away or part of the expected name.
 */
import { nameWords, STOP_WORDS } from './normalize';
import { compareWords } from './typos';
import { RANK, type Judgement } from './types';

/** A name as compared: its words, and its display form for reasons. */
interface Form {
	words: string[];
	shown: string;
}

function form(text: string): Form {
	return { words: nameWords(text), shown: text.trim() };
}

const key = (f: Form) => f.words.join(' ');
const joined = (f: Form) => f.words.join('');

/** "Islamic State Khorasan Province (ISKP)" → itself, the long form, and "ISKP". */
function bracketForms(text: string): Form[] {
	const forms = [form(text)];
	const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(text);
	if (m && m[1]!.trim()) forms.push(form(m[1]!), form(m[2]!));
	return forms;
}

/** Initials of a multi-word name, with and without its small words: "Islamic State in Khorasan Province" → iskp. */
function initials(f: Form): string[] {
	if (f.words.length < 2) return [];
	const all = f.words.map((w) => w[0]).join('');
	const content = f.words
		.filter((w) => !STOP_WORDS.has(w))
		.map((w) => w[0])
		.join('');
	return [all, content];
}

/** The expected forms plus every alias group that names one of them. */
function expand(expected: string, aliases: string[][]): { own: Form[]; alias: Form[] } {
	const own = bracketForms(expected);
	const keys = new Set(own.map(key));
	const alias = aliases
		.filter((group) => group.some((name) => keys.has(key(form(name)))))
		.flat()
		.map(form)
		.filter((f) => !keys.has(key(f)));
	return { own, alias };
}

/** Splits "the Netherlands and Germany", "Germany, Netherlands" into items; a single name stays whole. */
export function listItems(text: string): string[] {
	return text
		.split(/\s*(?:,|;|&|\/|\band\b)\s*/i)
		.map((s) => s.trim())
		.filter((s) => nameWords(s).length > 0);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** One name against one expected name: exact, alias, initials, typo, or nothing. */
function matchOne(expected: string, typed: string, aliases: string[][]): Judgement | undefined {
	const t = form(typed);
	const { own, alias } = expand(expected, aliases);
	const main = own[0]!.shown;
	if (own.some((f) => key(f) === key(t) || joined(f) === joined(t) || sameSet(f.words, t.words))) {
		return { verdict: 'correct', reason: 'Correct' };
	}
	const a = alias.find((f) => key(f) === key(t) || joined(f) === joined(t));
	if (a) return { verdict: 'correct', reason: `Accepted: ${a.shown} is another name for ${main}` };
	const long = [...own, ...alias].find((f) => t.words.length === 1 && initials(f).includes(t.words[0]!));
	if (long) return { verdict: 'correct', reason: `Accepted: ${t.words[0]!.toUpperCase()} is short for ${long.shown}` };
	let near: Form | undefined;
	for (const f of [...own, ...alias]) {
		// Word by word when the words line up; else the names run together ("Muhammad Alshamrani"), where only a
		// typo counts: a run-together near miss is more often a part of the name ("McCary" in "ianmccary").
		const lined = f.words.length === t.words.length;
		const c = lined ? compareWords(f.words, t.words) : compareWords([joined(f)], [joined(t)]);
		if (c === 'typo') return { verdict: 'correct', reason: `Accepted with a small typo (${f.shown})` };
		if (c === 'near' && lined) near ??= f;
	}
	return near ? { verdict: 'close', reason: `Nearly: check the spelling (${near.shown})` } : undefined;
}

/** Every name the briefing knows, so a typo is never allowed to turn one of them into another. */
function otherNames(expected: string, aliases: string[][]): Set<string> {
	const { own, alias } = expand(expected, aliases);
	const mine = new Set([...own, ...alias].map(key));
	return new Set(
		aliases
			.flat()
			.map((n) => key(form(n)))
			.filter((k) => !mine.has(k))
	);
}

function isSubsequence(part: string[], whole: string[]): boolean {
	let k = 0;
	for (const w of whole) if (w === part[k]) k++;
	return k === part.length;
}

/** Last words that make a name an institution, not a person: "Wilson Center" has no surname. */
const INSTITUTIONS = new Set(
	(
		'state province center centre university institute hall city command party group foundation army guard corps ' +
		'council committee agency ministry department front movement forces coalition station organization organisation'
	).split(' ')
);

/** Particles that belong to a surname: "al-Zawahiri", "bin Laden", "van Gogh". */
const PARTICLES = new Set('al el bin ibn van von de der da di du la le'.split(' '));

/** First words of place names, which look like a first name and a surname but are not ("New York", "Sri Lanka"). */
const PLACE_STARTS = new Set(
	'new san santa los las sri saint st port fort north south east west upper lower'.split(' ')
);

/** Two to four capitalised words ending in something that is not an institution: "Michael Kugelman". */
function looksLikePerson(e: Form): boolean {
	const particle = new RegExp(`^(${[...PARTICLES].join('|')})(-|$)`);
	const capitalised = e.shown.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || particle.test(w));
	const last = e.words[e.words.length - 1]!;
	const sized = e.words.length >= 2 && e.words.length <= 4;
	return sized && capitalised && !INSTITUTIONS.has(last) && !PLACE_STARTS.has(e.words[0]!);
}

/** The surname's words: the last word with the particles before it ("bin laden"), never the whole name. */
function surname(e: Form): string[] {
	let k = e.words.length - 1;
	while (k > 1 && PARTICLES.has(e.words[k - 1]!)) k--;
	return e.words.slice(k);
}

/** A person's surname typed alone, with or without its particles: correct, or close when misspelt past a typo. */
function bySurname(e: Form, t: Form): Judgement | undefined {
	if (!looksLikePerson(e)) return undefined;
	const full = surname(e);
	const bare = full.slice(-1);
	for (const s of [full, bare]) {
		if (s.length === e.words.length || t.words.length !== s.length) continue;
		const c = compareWords(s, t.words);
		if (c === 'exact') return { verdict: 'correct', reason: `Correct; the full name is ${e.shown}` };
		if (c === 'typo') return { verdict: 'correct', reason: `Accepted with a small typo (${e.shown})` };
		if (c === 'near') return { verdict: 'close', reason: `Nearly: check the spelling (${e.shown})` };
	}
	return undefined;
}

/** Close calls that are neither a match nor plainly wrong: surname, part of a name, extra words. */
function partial(expected: string, typed: string): Judgement | undefined {
	const t = form(typed);
	// The long form: for "Islamic State Khorasan Province (ISKP)", the words before the brackets.
	const forms = bracketForms(expected);
	const e = forms[1] ?? forms[0]!;
	const last = e.words[e.words.length - 1]!;
	const named = bySurname(e, t);
	if (named) return named;
	if (looksLikePerson(e) && t.words.length === e.words.length && t.words[t.words.length - 1] === last) {
		return { verdict: 'close', reason: `Right surname, wrong first name: ${e.shown}` };
	}
	const content = e.words.filter((w) => !STOP_WORDS.has(w));
	// A first name alone ("Michael") names nobody in particular.
	if (looksLikePerson(e) && !t.words.includes(last)) return undefined;
	if (t.words.length < e.words.length && isSubsequence(t.words, e.words) && 2 * t.words.length >= content.length) {
		return { verdict: 'close', reason: `Partly right: the full answer is ${e.shown}` };
	}
	if (t.words.length > e.words.length && isSubsequence(e.words, t.words) && !t.words.some((w) => NEGATIONS.has(w))) {
		return { verdict: 'close', reason: `Right, with words the answer does not have: ${e.shown}` };
	}
	return undefined;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'neither', 'nor']);

/** Lists: each expected item must be typed (in any order) and nothing else. */
function judgeList(expected: string, typed: string, aliases: string[][]): Judgement | undefined {
	const want = listItems(expected);
	if (want.length < 2) return undefined;
	const got = listItems(typed);
	const found = want.map((w) => got.findIndex((g) => matchOne(w, g, aliases)?.verdict === 'correct'));
	const hits = found.filter((k) => k >= 0).length;
	if (hits === 0) return undefined;
	const extra = got.filter((_, k) => !found.includes(k));
	const missing = want.filter((_, k) => found[k]! < 0);
	if (missing.length === 0 && extra.length === 0) return { verdict: 'correct', reason: 'Correct' };
	const why: string[] = [];
	if (missing.length) why.push(`missing ${missing.join(' and ')}`);
	if (extra.length) why.push(`not ${extra.join(' or ')}`);
	return { verdict: 'close', reason: `Partly right, ${why.join(', ')}: the answer is ${expected.trim()}` };
}

/**
 * Judge a typed name or term against one expected name, with the briefing's alias groups. A typed "long form
 * (SHORT)" counts as its best part, so writing an answer the way the source does is never penalised.
 */
export function judgeName(expected: string, typed: string, aliases: string[][] = []): Judgement {
	const parts = bracketForms(typed);
	if (parts.length === 1) return judgeWhole(expected, typed, aliases);
	return parts
		.map((p) => judgeWhole(expected, p.shown, aliases))
		.reduce((best, j) => (RANK[j.verdict] > RANK[best.verdict] ? j : best));
}

function judgeWhole(expected: string, typed: string, aliases: string[][]): Judgement {
	const t = form(typed);
	const others = otherNames(expected, aliases);
	if (others.has(key(t))) {
		return { verdict: 'wrong', reason: `${typed.trim()} is a different name: the answer is ${expected.trim()}` };
	}
	const results = [matchOne(expected, typed, aliases), judgeList(expected, typed, aliases), partial(expected, typed)];
	let best: Judgement = { verdict: 'wrong', reason: `The answer is ${expected.trim()}` };
	for (const r of results) if (r && RANK[r.verdict] > RANK[best.verdict]) best = r;
	return best;
}
