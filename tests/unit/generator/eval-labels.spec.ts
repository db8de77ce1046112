/**
 * The evaluation set itself: every label file has the documented shape and says what its text says (a labelled toll,
 * date, name or claimant that the text does not give is a typo that would move every bench figure), the split follows
 * its stated rule, and the label check catches the typos it exists for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalDir, halfOf, HALVES, labelProblems, loadHalf, type EvalDoc } from '../../../scripts/bench/eval-labels';

const docs = HALVES.flatMap((h) => loadHalf(h));

describe('the evaluation set', () => {
	it('holds r01 to r32 once each, r33 to r316 only in the tune half, r317 on only held out', () => {
		// r01 to r99, then r101 on: the id is the number before the first hyphen.
		const ids = docs.map((d) => d.labels.meta.id.split('-')[0]!).sort();
		expect(new Set(ids).size).toBe(ids.length);
		const first = ids.filter((id) => Number(id.slice(1)) <= 32);
		expect(first).toEqual(Array.from({ length: 32 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`));
		// r33 to r299 were written after the paired set and belong to the tune half only; r301 to r316, the second
		// held-out batch, moved to the tune half when r317 on were written to replace it (eval/README.md).
		for (const id of ids.filter((id) => Number(id.slice(1)) > 32))
			expect([id, halfOf(id)]).toEqual([id, Number(id.slice(1)) >= 317 ? 'heldout' : 'tune']);
		expect([halfOf('r01'), halfOf('r02'), halfOf('r271'), halfOf('r302'), halfOf('r316'), halfOf('r317')]).toEqual([
			'tune',
			'heldout',
			'tune',
			'tune',
			'tune',
			'heldout'
		]);
		for (const d of docs) expect([d.labels.meta.id, d.half]).toEqual([d.labels.meta.id, halfOf(d.labels.meta.id)]);
	});

	it('pairs every text with a label file of the same name', () => {
		for (const half of HALVES) {
			const files = readdirSync(join(evalDir, half));
			const stems = (ext: string) =>
				files
					.filter((f) => f.endsWith(ext))
					.map((f) => f.slice(0, -ext.length))
					.sort();
			expect(stems('.txt')).toEqual(stems('.json'));
		}
		for (const d of docs) expect(d.file).toBe(`eval/${d.half}/${d.labels.meta.id}.json`);
	});

	it.each(docs.map((d) => [d.labels.meta.id, d] as const))(
		'%s: 150–900 words, paragraphs split by blank lines',
		(_id, d) => {
			const words = d.text.split(/\s+/).filter(Boolean).length;
			expect(words).toBeGreaterThanOrEqual(150);
			expect(words).toBeLessThanOrEqual(900);
			expect(d.text.split(/\n\s*\n/).length).toBeGreaterThanOrEqual(4);
		}
	);

	it.each(docs.map((d) => [d.labels.meta.id, d] as const))('%s: every label is found in the text', (_id, d) => {
		expect(labelProblems(d)).toEqual([]);
	});

	it('labels at least one event, toll and date in every report', () => {
		for (const d of docs)
			expect([
				d.labels.meta.id,
				d.labels.events.length > 0 && d.labels.tolls.length > 0 && d.labels.dates.length > 0
			]).toEqual([d.labels.meta.id, true]);
	});
});

describe('the label check catches typos', () => {
	const base = docs.find((d) => d.labels.meta.id === 'r01-manchester-arena-wire')!;
	const edit = (f: (l: EvalDoc['labels']) => void): EvalDoc => {
		const labels = structuredClone(base.labels);
		f(labels);
		return { ...base, labels };
	};
	it.each<[string, (l: EvalDoc['labels']) => void, RegExp]>([
		['a toll the text never gives', (l) => (l.tolls[0]!.value = 31), /never gives 31/],
		['a toll on an unknown event', (l) => (l.tolls[0]!.event = 'arena-typo'), /no such event/],
		['a date whose weekday is wrong', (l) => (l.dates[0]!.iso = '2017-05-23'), /Monday/],
		['a date whose month is wrong', (l) => (l.dates[1]!.iso = '2005-06-07'), /names July/],
		['a written date not in the text', (l) => (l.dates[0]!.written = 'late on Sunday'), /not in the text/],
		['a precision that does not fit the date', (l) => (l.dates[1]!.precision = 'month'), /precision/],
		['an event name not in the text', (l) => l.events[0]!.names.push('Manchester Stadium'), /Manchester Stadium/],
		['a claimant not in the text', (l) => (l.claims[0] = { event: 'arena', claimant: 'al-Qaeda' }), /al-Qaeda/],
		['a role not in the text', (l) => (l.roles[0]!.role = 'chief inspector'), /chief inspector/],
		['a toll group with no latest count', (l) => (l.tolls[0]!.latest = false), /no count is marked latest/]
	])('%s', (_why, mutate, message) => {
		expect(labelProblems(base)).toEqual([]);
		expect(labelProblems(edit(mutate)).join('\n')).toMatch(message);
	});

	it('reads the label files as committed, not a cached copy', () => {
		const raw = JSON.parse(readFileSync(join(evalDir, 'tune', 'r01-manchester-arena-wire.json'), 'utf8')) as unknown;
		expect(raw).toEqual(base.labels);
	});
});
