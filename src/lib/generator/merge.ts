/**
 * Facts to questions: facts that answer one question (the same measure of the same event, the same claimant of the
 * same event, the same person's role) are grouped. Values that agree make one card; another document's different
 * value becomes a variant, so the learner sees that the sources differ; a revised count in one document ("rose to
 * 143") is asked as the latest, with the earlier figure kept as context.
 */
import { claimantKey } from './claimants';
import { countOf } from './toll-facts';
import type { Fact } from './types';
import { pattern } from '../lang/pattern';

export interface FactGroup {
	/** The fact the card asks: the latest count, the most precise date, or the first one read. */
	main: Fact;
	/** The same value in other words or from other documents ("over 130" beside "more than 130"). */
	agreeing: Fact[];
	/** Other documents' different values for the same fact. */
	differing: Fact[];
	/** Earlier figures of the same document, superseded by `main`. */
	earlier: Fact[];
	/** Why the card needs a reviewer's check, when it does. */
	check?: string;
	/** For a second group claiming the same attack in the same document: the group that claimed it first. */
	besides?: string;
}

/** Words of a count that grew: "rose to", "had climbed to", "has risen to". */
const ROSE_TO = /\b(?:rose|risen|rises|climbed|climbs|increased|jumped|mounted|grew|grown)\s+to\b/i;
/** A count told as the one that stands now: "now says 43", "the latest figure". */
const NOW = /\b(?:now|latest)\b/i;
/** A toll's measure with its group in one form: "schoolgirls" are the "girls" another sentence counts. */
const groupOf = (measure: string | undefined) => measure?.replace(/:school(girls|boys|children)$/i, ':$1');

/** The question a fact answers, as a key: facts with one key are one card. */
export function questionKey(f: Fact): string {
	switch (f.kind) {
		case 'toll':
			// A count whose event is only guessed is its own question, never folded into a count the text ties down.
			return f.eventId && !f.check
				? `toll:${f.eventId}:${groupOf(f.measure)}`
				: `toll:${f.sentence}:${f.measure}:${f.normalized}`;
		case 'date':
			return f.eventId ? `date:${f.eventId}` : `date:${f.normalized}:${f.sentence}`;
		case 'claim':
			return `claim:${f.eventId ?? f.subject}`;
		case 'denial':
			return `denial:${f.eventId ?? ''}`;
		case 'blame':
			return `blame:${f.eventId ?? ''}:${(f.subject ?? '').toLowerCase()}`;
		case 'actor':
		case 'warning':
			return `${f.kind}:${(f.subject ?? '').toLowerCase()}`;
		default:
			return `${f.kind}:${f.normalized}`;
	}
}

/** Whether two facts give the same answer (a date at a coarser precision agrees with a finer one). */
function agrees(a: Fact, b: Fact): boolean {
	if (a.kind === 'date') return a.normalized.startsWith(b.normalized) || b.normalized.startsWith(a.normalized);
	if (a.kind === 'claim' || a.kind === 'denial') {
		const names = (f: Fact) => [f.subject ?? '', ...(f.aliases ?? [])].map(claimantKey);
		return names(a).some((n) => names(b).includes(n));
	}
	// "at least 38" and "38" (or "about 38"): the same count, the bare one the more exact.
	return a.normalized === b.normalized || (a.kind === 'toll' && bare(a.normalized) === bare(b.normalized));
}

/** A toll's measure and number without an "at least" or "about" before it: `killed:>=38` → `killed:38`. */
const bare = (normalized: string) => normalized.replace(/:(?:>=|~)(?=\d)/, ':');

const precise = (f: Fact) =>
	f.kind === 'date' ? f.normalized.length : f.kind === 'toll' && bare(f.normalized) === f.normalized ? 1 : 0;

/**
 * The latest day a group's count was told: the same count told again later ("61" in the headline, then "on Thursday
 * lowered … to 61") was told by then.
 */
const toldOf = (g: FactGroup) =>
	[g.main, ...g.agreeing.filter((a) => agrees(g.main, a))]
		.map((x) => x.told)
		.filter((d): d is string => d !== undefined)
		.sort()
		.pop();

/**
 * Whether a count told at `a` was told after one told at `b` (days, and times of a live page's entries: "2016-12-18T10:42"):
 * undefined when that is not known — the same day with no time for one of them, or the same moment.
 */
function toldLater(a: string, b: string): boolean | undefined {
	const [dayA, timeA] = a.split('T');
	const [dayB, timeB] = b.split('T');
	if (dayA !== dayB) return dayA! > dayB!;
	return timeA && timeB && timeA !== timeB ? timeA > timeB : undefined;
}

/** Groups facts by question, documents in the order given, facts in the order read. */
export function groupFacts(facts: Fact[]): FactGroup[] {
	const byKey = new Map<string, FactGroup>();
	// "The figure announced on Sunday was provisional: 24 dead. It has today been raised to 25": a replaced count tied to
	// its event only by a guess is folded into the count that replaced it, which the text may tell after it; so such
	// counts are grouped last, once every count they could be context of has its group.
	const replacedGuess = (f: Fact) => f.kind === 'toll' && f.superseded === true && f.check !== undefined;
	// (Each group keeps the place in the text of the fact that opened it, so the draft's order is the text's.)
	const opened = new Map<FactGroup, number>();
	/** For a claim or denial: the others who claimed or denied the same event after the first, in the text's order. */
	const besidesOf = new Map<string, string[]>();
	/** For a denial: the groups asked before of the same event, first one first. */
	const deniedBefore = new Map<string, FactGroup[]>();
	const order = facts.map((_, i) => i);
	for (const i of [
		...order.filter((i) => !replacedGuess(facts[i]!)),
		...order.filter((i) => replacedGuess(facts[i]!))
	]) {
		let f = facts[i]!;
		const asked = questionKey(f);
		let key = asked;
		// "…rose to 149. Officials had put the toll at 128": a replaced count the text ties to no event is context for
		// the revised count it follows, not a question of its own.
		const revised =
			f.kind === 'toll' && f.superseded && f.check && byKey.get(`toll:${f.eventId}:${groupOf(f.measure)}`);
		if (revised && revised.main.update && !revised.main.check) key = `toll:${f.eventId}:${groupOf(f.measure)}`;
		// "The final count … is 57 people killed. An earlier figure of 67 dead …", both read as the story's event for a
		// check: the earlier figure is context of the count read for the same event, never a question of its own.
		else if (f.kind === 'toll' && f.superseded && f.check && f.eventId) {
			const same = [...byKey].find(
				([, g]) =>
					g.main.kind === 'toll' &&
					!g.main.superseded &&
					g.main.eventId === f.eventId &&
					groupOf(g.main.measure) === groupOf(f.measure)
			);
			if (same) key = same[0];
		}
		// "The dead now number 38", in a live entry read as the page's event for a check, after the summary's 38 for the
		// same event: the same count again agrees with that card, not a cloze of its own.
		// So is a count the text calls revised, alone in its sentence ("14:10 — Correction: it has revised the toll down to
		// 38", after "13:25 — 39 dead"): it replaces the count before it, and the card asks it, checked, rather than the
		// old count trusted. (Not "… at first put the toll at 16; it later rose to 19": that revises the count beside it,
		// whose event is the same guess.)
		else if (f.kind === 'toll' && f.check && f.eventId && byKey.get(`toll:${f.eventId}:${groupOf(f.measure)}`)) {
			const g = byKey.get(`toll:${f.eventId}:${groupOf(f.measure)}`)!;
			const revision =
				f.update &&
				!f.superseded &&
				!g.main.update &&
				g.main.evidence.doc === f.evidence.doc &&
				!facts.some((o) => o !== f && o.kind === 'toll' && o.sentence === f.sentence);
			if (agrees(g.main, f) || revision) key = `toll:${f.eventId}:${groupOf(f.measure)}`;
		}
		// "…put the number of dead at 47 on Thursday, with more than 100 wounded. … on Friday officials said … more than
		// 200 wounded", both read as the same event for a check: counts told on different days are one count as it went
		// on, the later day's asked and the earlier its context (the two would ask one question, and the first kept it).
		if (key === asked && f.kind === 'toll' && f.check && f.eventId && f.told) {
			const told = f.told;
			const same = [...byKey].find(([, g]) => {
				if (g.main.kind !== 'toll' || g.main.check === undefined || g.main.eventId !== f.eventId) return false;
				if (g.main.told === undefined) return false;
				if (groupOf(g.main.measure) !== groupOf(f.measure)) return false;
				const later = toldLater(told, g.main.told);
				// (A toll grows as it is told: a smaller count on a later day, "47 … on Thursday", then "7 … on Friday" in
				// another town, is more likely another event's, and both stay for the reviewer. The same count told again
				// agrees.)
				return later !== undefined && (countOf(f) === countOf(g.main) || later === countOf(f) > countOf(g.main));
			});
			if (same) key = same[0];
		}
		const g = byKey.get(key);
		if (!g) {
			const group: FactGroup = { main: f, agreeing: [], differing: [], earlier: [], check: f.check };
			byKey.set(key, group);
			opened.set(group, i);
			continue;
		}
		// "the earlier figure of 29 dead", told after "The death toll stands at 29": the count the text calls replaced is
		// replaced wherever else it stands.
		if (f.kind === 'toll' && f.superseded && !g.main.superseded && countOf(f) === countOf(g.main))
			g.main = { ...g.main, superseded: true };
		if (f.kind === 'toll' && !f.superseded && g.earlier.some((e) => e.superseded && countOf(e) === countOf(f)))
			f = { ...f, superseded: true };
		if (agrees(g.main, f)) {
			// A more precise date of the same event asks better ("22 March 2024" over "March 2024").
			if (precise(f) > precise(g.main)) {
				g.agreeing.push(g.main);
				g.main = f;
			} else {
				g.agreeing.push(f);
				// A reading the text leaves in doubt adds no doubt to the same answer read where the text settles it: "Islamic
				// State has claimed the bombing … The group had also claimed …" is asked without "read "The group" as …".
				if (!g.main.check) continue;
			}
		} else if (f.evidence.doc !== g.main.evidence.doc) {
			if (!g.differing.some((d) => d.evidence.doc === f.evidence.doc)) g.differing.push(f);
		} else if (f.kind === 'toll') {
			// The same document gives another count: the latest is asked, the other kept as context. A count the text
			// calls revised ("has risen to 68") is the latest wherever it stands (live blogs put the newest first);
			// otherwise a toll only grows, so the larger is the later.
			// Two counts told on different days ("Late on Tuesday … 85", "on Thursday lowered … to 61"): the later day's.
			// (A count the text calls revised keeps its place over one it does not, whatever their days.)
			const mainTold = toldOf(g);
			// (Nor over a larger count told later: "14:20 … now puts the death toll at 127", then "18:45 … says 129 people were
			// killed".)
			const later = f.told && mainTold ? toldLater(f.told, mainTold) : undefined;
			const grown =
				later !== undefined && (later ? countOf(f) >= countOf(g.main) : countOf(g.main) >= countOf(f))
					? later
					: undefined;
			// ("Updated 9.05am Friday: … now says 43 people were killed … ¶ Updated 7.45pm: … the toll had climbed to 37": a
			// count the text says rose to is older than a larger one the text says is the count now; review 27, min/aa02-1.)
			const rose = (x: Fact, than: Fact) =>
				x.update && ROSE_TO.test(x.sentence) && countOf(x) < countOf(than) && NOW.test(than.sentence);
			const byDay = rose(f, g.main) ? false : rose(g.main, f) ? true : !!f.update === !!g.main.update ? later : grown;
			const newer =
				!f.superseded &&
				(g.main.superseded || (byDay ?? (f.update || (!g.main.update && countOf(f) >= countOf(g.main)))));
			const told = byDay !== undefined || f.update || g.main.update || f.superseded || g.main.superseded;
			if (!told && !g.check)
				g.check = `the document gives two counts (${g.main.value}, then ${f.value}) and does not say which replaces the other`;
			if (newer) {
				// The guess that tied a replaced count to the event says nothing of the count that replaces it.
				if (g.main.superseded && g.check === g.main.check) g.check = f.check;
				g.earlier.push(g.main);
				g.main = f;
			} else g.earlier.push(f);
		} else if ((f.kind === 'claim' || f.kind === 'denial') && !f.check && !g.main.check && !g.besides) {
			// "Later on Monday the Islamic State also claimed responsibility": two groups claiming one attack are two
			// facts of the story, each its own card; the second is asked beside the first, which the reviewer confirms.
			// Two denials ("Pakistan denied any involvement … a Lashkar-e-Taiba spokesman also denied it") are asked the
			// same way, with no doubt: both can be true.
			const other = `${key}:${claimantKey(f.subject!)}`;
			const h = byKey.get(other);
			if (h) h.agreeing.push(f);
			else {
				// A third is asked beside both before it, so no two of the questions are the same.
				const before = [g.main.subject!, ...(besidesOf.get(key) ?? [])];
				besidesOf.set(key, [...before.slice(1), f.subject!]);
				const besides: FactGroup = {
					main: f,
					agreeing: [],
					differing: [],
					earlier: [],
					besides: before
						.map((b, n) => (n ? b.replace(/^The\s/, 'the ') : b))
						.join(before.length > 2 ? ', ' : ' and ')
						.replace(/, ([^,]+)$/, ' and $1'),
					check:
						f.kind === 'claim'
							? `the text gives two claimants of this attack; the first was ${g.main.subject}`
							: undefined
				};
				// (A later denier is as right an answer to the questions asked before it, "Who denied any part …?" among
				// them: accepted there, so never offered as a wrong choice.)
				const asked = deniedBefore.get(key) ?? [g];
				if (f.kind === 'denial') for (const a of asked) a.agreeing.push(f);
				deniedBefore.set(key, [...asked, besides]);
				byKey.set(other, besides);
				opened.set(besides, i);
			}
			continue;
		} else if (f.kind === 'claim' || f.kind === 'denial' || f.kind === 'date') {
			const said = (x: Fact) => (x.kind === 'date' ? x.value : x.subject!);
			g.check ??= `the document gives two answers: ${said(g.main)} and ${said(f)}`;
			g.agreeing.push(f);
		}
		if (f.check && !g.check && (!f.superseded || g.main === f)) g.check = f.check;
	}
	const groups = [...byKey.values()].sort((a, b) => opened.get(a)! - opened.get(b)!);
	// "killing at least 46 worshippers … a doctor had put the number of dead at 35": a latest count of everyone smaller
	// than the latest count of one group of the same event is out of date or only part of it, and is checked.
	for (const g of groups) {
		const f = g.main;
		// "Initial reports put the toll at eight", with no count of everyone after it: a count the text calls replaced is
		// never asked as if it stood.
		if (f.kind === 'toll' && f.superseded) g.check ??= 'the text says this count was later replaced';
		if (f.kind !== 'toll' || !f.eventId || !f.measure || f.measure.includes(':')) continue;
		const part = groups.find(
			(h) =>
				h.main.kind === 'toll' &&
				h.main.eventId === f.eventId &&
				h.main.measure?.startsWith(`${f.measure}:`) &&
				countOf(h.main) > countOf(f)
		);
		if (part)
			g.check ??= `the text gives a larger count of ${part.main.measure!.split(':')[1]} alone (${part.main.value})`;
	}
	// "Five people died, the car's three occupants and two tourists", read as the Kunming attack whose count asked is 27:
	// a group told within a count of everyone that is not the one asked, where the text does not say which replaces the
	// other, is in the same doubt, since it is of the same people (an earlier attack's, here).
	for (const g of groups) {
		const f = g.main;
		if (g.check || f.kind !== 'toll' || !f.eventId || !f.measure?.includes(':')) continue;
		const measure = f.measure.split(':')[0];
		const whole = groups.find(
			(h) =>
				h.check &&
				h.main.kind === 'toll' &&
				h.main.eventId === f.eventId &&
				h.main.measure === measure &&
				h.earlier.some((x) => !x.superseded && x.sentence === f.sentence && x.evidence.doc === f.evidence.doc)
		);
		const of = whole?.earlier.find((x) => x.sentence === f.sentence);
		if (whole && of) g.check = `it is part of a count (${of.value}) that is not the one asked: ${whole.check}`;
	}
	const read = new Map(facts.map((f, i) => [f, i]));
	const at = (g: FactGroup) => read.get(g.main) ?? opened.get(g)!;
	return groups.filter((g) => !outgrown(g, groups, facts, read, at));
}

/**
 * "Five police officers were killed on Monday … Officials said on Tuesday that one of the injured officers had died,
 * raising the toll to six": a count of one group, given where the text counts no one else, was the whole toll as then
 * told; a later revised toll of everyone that tells of that group's dead ("one of the injured officers") outgrows it,
 * and the group's out-of-date count is not asked (the revised toll is). A revision that names no group ("The toll
 * later rose to 20") may have added others, and leaves the group's count standing. True when the card is dropped.
 */
function outgrown(
	g: FactGroup,
	groups: FactGroup[],
	facts: Fact[],
	read: Map<Fact, number>,
	at: (g: FactGroup) => number
): boolean {
	const f = g.main;
	if (f.kind !== 'toll' || !f.eventId || g.check || !f.measure?.includes(':')) return false;
	const [measure, group] = f.measure.split(':') as [string, string];
	// (Not where the sentence counts others too — "killed 20 foreign tourists and a police officer" — or a count of
	// everyone came first: "29 lost their lives … At least two of the dead were children".)
	const others = facts.some(
		(o) =>
			o.kind === 'toll' &&
			o !== f &&
			o.measure?.split(':')[0] === measure &&
			(o.sentence === f.sentence ||
				(o.measure === measure && o.eventId === f.eventId && (read.get(o) ?? Infinity) < at(g)))
	);
	if (others) return false;
	const revised = groups.find(
		(h) =>
			h.main.kind === 'toll' &&
			h.main.update &&
			!h.main.superseded &&
			h.main.eventId === f.eventId &&
			h.main.measure === measure &&
			h.main.evidence.doc === f.evidence.doc &&
			h.main.sentence !== f.sentence &&
			at(h) > at(g) &&
			countOf(h.main) > countOf(f)
	);
	if (!revised) return false;
	const head = /(\w+?)(?:ies|es|s|men)?$/.exec(group.split(/\s+/).pop() ?? '')?.[1] ?? group;
	return pattern(`\\b${head}`, 'i').test(revised.main.sentence);
}
