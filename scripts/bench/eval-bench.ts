/**
 * Runs the generator over one half of the evaluation set and turns the scores into bench rows keyed
 * `generator.<half>.<kind>.recall`, `generator.<half>.wrong`… Targets are those the held-out half must meet
 * (eval/README.md); the tune half shows the same targets so the two can be read side by side.
 */
import { generate } from '../../src/lib/generator/index';
import { loadHalf, type EvalDoc, type Half } from './eval-labels';
import { KINDS, scoreDraft, type DocScore, type Draft, type Kind, type Tally, type TollsLost } from './eval-score';
import type { BenchRow } from './types';

/** The generator's draft of one report; `checks` is absent until the generator marks needs-check cards. */
export function draftOf(doc: EvalDoc): Draft {
	const { id, title, publisher, published } = doc.labels.meta;
	const out = generate(doc.text, { id, title, publisher, published }) as ReturnType<typeof generate> & Partial<Draft>;
	return { cards: out.cards, checks: out.checks ?? {} };
}

export interface HalfScore {
	docs: { doc: EvalDoc; score: DocScore }[];
	kinds: Record<Kind, Tally>;
	cards: number;
	needsCheck: number;
	wrong: number;
	duplicates: number;
	unnamed: number;
	stale: number;
	tollsLost: TollsLost;
	dateMentions: { expected: number; recalled: number };
}

/**
 * The report ids given by `--only=r57,r59` on the command line, to score the tune reports added since a rule set was
 * written on them alone (an out-of-sample figure); undefined scores every report.
 */
export const onlyIds = (argv = process.argv): string[] | undefined =>
	argv
		.find((a) => a.startsWith('--only='))
		?.slice('--only='.length)
		.split(',')
		.filter(Boolean);

/** Every report of a half (or those of `only`), generated and scored, with the sums. */
export function scoreHalf(half: Half, only = onlyIds()): HalfScore {
	const all = loadHalf(half);
	// "r10" is r10's id, not the start of r101's.
	const isOf = (doc: EvalDoc, id: string) => doc.labels.meta.id === id || doc.labels.meta.id.startsWith(`${id}-`);
	const unknown = only?.filter((id) => !all.some((doc) => isOf(doc, id))) ?? [];
	if (unknown.length) throw new Error(`--only: no ${half} report ${unknown.join(', ')}`);
	const docs = all
		.filter((doc) => !only || only.some((id) => isOf(doc, id)))
		.map((doc) => ({ doc, score: scoreDraft(draftOf(doc), doc.labels, doc.text) }));
	return sumScores(docs);
}

/** The sums of scored reports. */
function sumScores(docs: HalfScore['docs']): HalfScore {
	const sum = (f: (s: DocScore) => number) => docs.reduce((n, d) => n + f(d.score), 0);
	const kinds = Object.fromEntries(
		KINDS.map((k) => [
			k,
			{
				expected: sum((s) => s.kinds[k].expected),
				recalled: sum((s) => s.kinds[k].recalled),
				found: sum((s) => s.kinds[k].found),
				right: sum((s) => s.kinds[k].right)
			}
		])
	) as Record<Kind, Tally>;
	return {
		docs,
		kinds,
		cards: sum((s) => s.cards),
		needsCheck: sum((s) => s.needsCheck),
		wrong: sum((s) => s.wrong),
		duplicates: sum((s) => s.duplicates),
		unnamed: sum((s) => s.unnamed),
		stale: sum((s) => s.stale),
		tollsLost: {
			unformed: sum((s) => s.tollsLost.unformed),
			elsewhere: sum((s) => s.tollsLost.elsewhere),
			unread: sum((s) => s.tollsLost.unread)
		},
		dateMentions: {
			expected: sum((s) => s.dateMentions.expected),
			recalled: sum((s) => s.dateMentions.recalled)
		}
	};
}

const pct = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 1000) / 10;
const TARGETS: Partial<Record<Kind, { recall: number; precision: number }>> = {
	tolls: { recall: 95, precision: 97 },
	dates: { recall: 95, precision: 97 }
};

/** The bench rows of one half. */
export function evalRows(half: Half, s: HalfScore = scoreHalf(half)): BenchRow[] {
	const section = `generator ${half}`;
	const key = `generator.${half}`;
	const rows: BenchRow[] = [];
	for (const k of KINDS) {
		const t = s.kinds[k];
		rows.push(
			{
				section,
				name: `${key}.${k}.recall`,
				value: pct(t.recalled, t.expected),
				unit: '%',
				target: TARGETS[k]?.recall,
				better: 'higher',
				note: `${t.recalled}/${t.expected} ${k === 'dates' ? "events' days" : 'labelled'}, counting the event, ${s.docs.length} reports`
			},
			{
				section,
				name: `${key}.${k}.precision`,
				value: pct(t.right, t.found),
				unit: '%',
				target: TARGETS[k]?.precision,
				better: 'higher',
				note: `${t.right}/${t.found} cards right`
			}
		);
	}
	rows.push(
		{
			section,
			// Recall as it was counted before each event's day counted once: every labelled mention of a date.
			name: `${key}.dates.recallPerMention`,
			value: pct(s.dateMentions.recalled, s.dateMentions.expected),
			unit: '%',
			better: 'higher',
			note: `${s.dateMentions.recalled}/${s.dateMentions.expected} labelled mentions of a date`
		},
		{
			section,
			name: `${key}.wrong`,
			value: s.wrong,
			unit: 'cards',
			target: 0,
			better: 'lower',
			note: 'contradict the labels, not marked needs-check'
		},
		{
			section,
			name: `${key}.needsCheckRate`,
			value: pct(s.needsCheck, s.cards),
			unit: '%',
			target: 15,
			better: 'lower',
			note: `${s.needsCheck}/${s.cards} cards`
		},
		{
			section,
			name: `${key}.duplicateQuestions`,
			value: s.duplicates,
			unit: 'cards',
			target: 0,
			better: 'lower',
			note: 'same normalised prompt within a draft'
		},
		{
			section,
			name: `${key}.unnamedEventPrompts`,
			value: s.unnamed,
			unit: 'cards',
			target: 0,
			better: 'lower',
			note: 'toll and date prompts naming no labelled event'
		},
		{ section, name: `${key}.staleTolls`, value: s.stale, unit: 'cards', note: 'toll cards giving a superseded count' },
		// Where the tolls no right card found were lost: an event no card names, a number asked of another event, or a
		// count of a named event no card gives.
		...(
			[
				['unformed', 'missed tolls of an event no card names'],
				['elsewhere', 'missed tolls whose number a toll card asks of another event or none'],
				['unread', 'missed tolls of an event cards name, with no card of this count']
			] as const
		).map(([k, note]) => ({
			section,
			name: `${key}.tolls.lost.${k}`,
			value: s.tollsLost[k],
			unit: 'labels',
			note
		}))
	);
	// The held-out half in its two batches: r02–r32, measured after every round of rules since 2026-12-01 (and once used
	// to find a rule that lost counts), and r317 on, written to replace the second batch (r301–r316, since moved to the
	// tune half) and unseen since (eval/README.md).
	if (half === 'heldout')
		for (const [batch, first] of [
			['batch1', true],
			['batch3', false]
		] as const) {
			const b = sumScores(s.docs.filter((d) => Number(/^r(\d+)/.exec(d.doc.labels.meta.id)?.[1]) < 301 === first));
			for (const k of ['tolls', 'dates'] as const) {
				const t = b.kinds[k];
				rows.push(
					{
						section,
						name: `${key}.${batch}.${k}.recall`,
						value: pct(t.recalled, t.expected),
						unit: '%',
						better: 'higher',
						note: `${t.recalled}/${t.expected} ${k === 'dates' ? "events' days" : 'labelled'}, ${b.docs.length} reports (${first ? 'r02–r32' : 'r317 on'})`
					},
					{
						section,
						name: `${key}.${batch}.${k}.precision`,
						value: pct(t.right, t.found),
						unit: '%',
						better: 'higher',
						note: `${t.right}/${t.found} cards right`
					}
				);
			}
			rows.push({
				section,
				name: `${key}.${batch}.wrong`,
				value: b.wrong,
				unit: 'cards',
				better: 'lower',
				note: `contradict the labels, not marked needs-check; needs check ${b.needsCheck}/${b.cards}`
			});
		}
	return rows;
}

/** One line per scored card of the tune half, for whoever tunes the rules: `npx tsx scripts/bench/eval-bench.ts`. */
export function tuneReport(): string {
	const lines: string[] = [];
	for (const { doc, score } of scoreHalf('tune').docs) {
		lines.push(`${doc.labels.meta.id}`);
		const cards = new Map(draftOf(doc).cards.map((c) => [c.id, c]));
		for (const v of score.verdicts) {
			const card = cards.get(v.id)!;
			lines.push(`  ${v.verdict.padEnd(9)} ${v.kind.padEnd(6)} ${v.needsCheck ? '(check) ' : ''}${v.id}: ${v.why}`);
			lines.push(`      Q: ${card.prompt.replace(/\s+/g, ' ')}\n      A: ${card.answer}`);
		}
		for (const m of score.missed) lines.push(`  missed    ${m.kind.padEnd(6)} ${JSON.stringify(m.label)}`);
	}
	return lines.join('\n');
}

if (process.argv[1]?.endsWith('eval-bench.ts')) console.log(tuneReport());
