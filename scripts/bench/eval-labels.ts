/**
 * The evaluation set's labels (eval/README.md): their shape, the loader for one half, and the checks that each label
 * says what its text says. Labels are data typed by hand, so a typo in a number or a date would silently move every
 * figure the bench reports; `labelProblems` catches those by finding each labelled value in the text itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { MONTHS, WEEKDAYS } from '../../src/lib/lang/english';
import { NUMBER, readNumber } from '../../src/lib/generator/numbers';

export const MEASURES = ['killed', 'wounded', 'missing', 'arrested', 'abducted', 'escaped'] as const;
export type Measure = (typeof MEASURES)[number];
export const HALVES = ['tune', 'heldout'] as const;
export type Half = (typeof HALVES)[number];

const Iso = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const Words = v.pipe(v.string(), v.trim(), v.nonEmpty('is empty'));

export const EvalLabelsSchema = v.strictObject({
	meta: v.strictObject({
		id: v.pipe(v.string(), v.regex(/^r\d{2,3}-[a-z0-9-]+$/, 'must be rNN-words or rNNN-words')),
		title: Words,
		publisher: Words,
		published: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
		genre: Words
	}),
	events: v.array(
		v.strictObject({
			id: Words,
			what: Words,
			names: v.pipe(v.array(Words), v.minLength(1, 'needs at least one name')),
			date: v.optional(Iso)
		})
	),
	tolls: v.array(
		v.strictObject({
			event: Words,
			measure: v.picklist(MEASURES),
			value: v.pipe(v.number(), v.integer(), v.minValue(0)),
			qualifier: v.optional(Words),
			victims: v.optional(Words),
			latest: v.boolean()
		})
	),
	dates: v.array(
		v.strictObject({ event: Words, iso: Iso, precision: v.picklist(['year', 'month', 'day']), written: Words })
	),
	claims: v.array(
		v.union([
			v.strictObject({ event: Words, claimant: Words, aliases: v.optional(v.array(Words)) }),
			v.strictObject({ event: Words, none: v.literal(true) })
		])
	),
	roles: v.array(v.strictObject({ person: Words, role: Words, affiliation: v.optional(Words) }))
});

export type EvalLabels = v.InferOutput<typeof EvalLabelsSchema>;
export type LabelEvent = EvalLabels['events'][number];
export type LabelToll = EvalLabels['tolls'][number];
export type LabelClaim = EvalLabels['claims'][number];

export interface EvalDoc {
	file: string;
	half: Half;
	labels: EvalLabels;
	text: string;
}

export const evalDir = resolve(import.meta.dirname, '../../eval');

/**
 * The split rule, fixed before any output was read: odd-numbered reports tune, even-numbered are held out; r301–r316, a
 * second held-out batch, moved to the tune half once a third (r317 on) was written to replace it (eval/README.md).
 */
export function halfOf(id: string): Half {
	const n = Number(/^r(\d+)/.exec(id)?.[1]);
	if (n >= 317) return 'heldout';
	return n <= 32 && n % 2 === 0 ? 'heldout' : 'tune';
}

/** Every report of one half with its labels; a file that does not match the schema stops the bench with its path. */
export function loadHalf(half: Half): EvalDoc[] {
	const dir = join(evalDir, half);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const parsed = v.safeParse(EvalLabelsSchema, JSON.parse(readFileSync(join(dir, f), 'utf8')));
			if (!parsed.success)
				throw new Error(
					`eval/${half}/${f}: ${parsed.issues.map((i) => `${v.getDotPath(i) ?? ''} ${i.message}`).join('; ')}`
				);
			return {
				file: `eval/${half}/${f}`,
				half,
				labels: parsed.output,
				text: readFileSync(join(dir, f.replace(/\.json$/, '.txt')), 'utf8')
			};
		});
}

/** Every number the text writes, in digits or words, read by the generator's own number reader. */
function numbersIn(text: string): Set<number> {
	const found = new Set<number>();
	for (const m of text.toLowerCase().matchAll(new RegExp(`\\b${NUMBER}\\b`, 'g'))) {
		const n = readNumber(m[0]);
		if (n !== undefined) found.add(n);
	}
	return found;
}

/** Whether the words a date label cites agree with its ISO value: month name, four-digit year, day and weekday. */
function dateAgrees(written: string, iso: string): string | undefined {
	const [y, m, d] = iso.split('-').map(Number);
	const month = MONTHS.findIndex((name) => new RegExp(`\\b${name}\\b`).test(written));
	if (month >= 0 && m !== undefined && month + 1 !== m) return `names ${MONTHS[month]} but the date is ${iso}`;
	const year = /\b(1[89]|20)\d\d\b/.exec(written)?.[0];
	if (year && Number(year) !== y) return `names ${year} but the date is ${iso}`;
	const day = month >= 0 ? /\b(\d{1,2})\b(?!\d)/.exec(written)?.[1] : undefined;
	if (day && d !== undefined && Number(day) !== d) return `names day ${day} but the date is ${iso}`;
	const weekday = WEEKDAYS.findIndex((name) => new RegExp(`\\b${name}\\b`, 'i').test(written));
	if (weekday >= 0 && d !== undefined && new Date(Date.UTC(y!, m! - 1, d)).getUTCDay() !== weekday)
		return `names ${WEEKDAYS[weekday]} but ${iso} is a ${WEEKDAYS[new Date(Date.UTC(y!, m! - 1, d)).getUTCDay()]}`;
	return undefined;
}

/** Everything wrong with one document's labels, each as "where: what". Empty when the labels hold. */
export function labelProblems({ labels, text }: Pick<EvalDoc, 'labels' | 'text'>): string[] {
	const out: string[] = [];
	const lower = text.toLowerCase();
	const has = (words: string) => lower.includes(words.toLowerCase());
	const events = new Map(labels.events.map((e) => [e.id, e]));
	if (events.size !== labels.events.length) out.push('events: two events share an id');
	for (const e of labels.events)
		for (const name of e.names) if (!has(name)) out.push(`event ${e.id}: name "${name}" is not in the text`);
	const numbers = numbersIn(text);
	const latest = new Map<string, boolean>();
	for (const t of labels.tolls) {
		const where = `toll ${t.event} ${t.measure} ${t.value}`;
		if (!events.has(t.event)) out.push(`${where}: no such event`);
		if (!numbers.has(t.value)) out.push(`${where}: the text never gives ${t.value}`);
		if (t.qualifier && !has(t.qualifier)) out.push(`${where}: qualifier "${t.qualifier}" is not in the text`);
		if (t.victims && !t.victims.split(/\s+/).some(has)) out.push(`${where}: victims "${t.victims}" not in the text`);
		const group = `${t.event}/${t.measure}/${t.victims ?? ''}`;
		latest.set(group, (latest.get(group) ?? false) || t.latest);
	}
	for (const [group, any] of latest) if (!any) out.push(`tolls ${group}: no count is marked latest`);
	for (const d of labels.dates) {
		const where = `date ${d.event} ${d.iso}`;
		if (!events.has(d.event)) out.push(`${where}: no such event`);
		if (!text.includes(d.written)) out.push(`${where}: "${d.written}" is not in the text`);
		const parts = d.iso.split('-').length;
		if (parts !== { year: 1, month: 2, day: 3 }[d.precision]) out.push(`${where}: precision ${d.precision}`);
		const disagreement = dateAgrees(d.written, d.iso);
		if (disagreement) out.push(`${where}: "${d.written}" ${disagreement}`);
		const own = events.get(d.event)?.date;
		if (
			own &&
			!own.startsWith(d.iso) &&
			!d.iso.startsWith(own) &&
			!labels.dates.some((x) => x.event === d.event && x.iso === own)
		)
			out.push(`${where}: the event is dated ${own}`);
	}
	for (const c of labels.claims) {
		if (!events.has(c.event)) out.push(`claim ${c.event}: no such event`);
		if ('claimant' in c)
			for (const name of [c.claimant, ...(c.aliases ?? [])])
				if (!has(name)) out.push(`claim ${c.event}: "${name}" is not in the text`);
	}
	for (const r of labels.roles)
		for (const words of [r.person, r.role, r.affiliation])
			if (words && !has(words)) out.push(`role ${r.person}: "${words}" is not in the text`);
	return out;
}
