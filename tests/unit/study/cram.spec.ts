import { describe, expect, it } from 'vitest';
import type { Card } from 'ts-fsrs';
import { afterCram, cramCards, formatCram, parseCram, type CramFilter } from '../../../src/lib/study/cram';
import { becameLeech } from '../../../src/lib/study/leech';
import { makeScheduler } from '../../../src/lib/scheduler/fsrs';
import { curveOf } from '../../../src/lib/scheduler/recall';
import { at, makeSettings, reviewCard } from '../scheduler/factories';

const NOW = at('2024-03-22T10:00:00+03:00');
const w = curveOf(makeScheduler(makeSettings()));
const cards = [
	{ id: 'a', kind: 'toll' as const },
	{ id: 'b', kind: 'date' as const },
	{ id: 'c', kind: 'toll' as const },
	{ id: 'd', kind: 'actor' as const }
];
const studied = (due: string, stability: number): Card => ({
	...reviewCard(due),
	stability,
	last_review: new Date(at('2024-03-12T10:00:00+03:00'))
});
const states = new Map<string, Card>([
	['a', studied('2024-03-30T10:00:00+03:00', 20)],
	['b', studied('2024-03-23T10:00:00+03:00', 3)],
	['c', studied('2024-04-20T10:00:00+03:00', 50)]
]);

describe('cramCards', () => {
	it.each<[string, CramFilter, string[]]>([
		['everything, in deck order', { by: 'all' }, ['a', 'b', 'c', 'd']],
		['one kind', { by: 'kind', kind: 'toll' }, ['a', 'c']],
		['the weakest by recall now, new cards last', { by: 'weakest', count: 3 }, ['b', 'a', 'c']],
		['weakest fills up with new cards', { by: 'weakest', count: 9 }, ['b', 'a', 'c', 'd']],
		['studied cards due within N days, soonest first', { by: 'due', days: 10 }, ['b', 'a']]
	])('%s', (_what, filter, expected) => {
		expect(cramCards(cards, states, filter, w, NOW)).toEqual(expected);
	});

	it('never changes a state it reads', () => {
		const before = structuredClone([...states]);
		cramCards(cards, states, { by: 'weakest', count: 2 }, w, NOW);
		expect([...states]).toEqual(before);
	});
});

describe('cram links', () => {
	it.each(['all', 'kind:toll', 'weakest:20', 'due:3'])('%s reads back as written', (text) => {
		const parsed = parseCram(text);
		expect(parsed.ok && formatCram(parsed.filter)).toBe(text);
	});
	it.each(['kind:weather', 'weakest:0', 'due:x', 'some'])('%s is refused with a reason', (text) => {
		const parsed = parseCram(text);
		expect(parsed.ok ? '' : parsed.error).toContain(`“${text}” is not a cram set`);
	});
	it('an Again goes to the back once more; other grades leave', () => {
		expect(afterCram(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'c', 'a']);
		expect(afterCram(['a', 'b', 'c'], 'a', 3)).toEqual(['b', 'c']);
	});
});

describe('becameLeech', () => {
	it.each([
		[7, 8, true],
		[8, 8, false], // a grade that was no lapse
		[6, 7, false],
		[11, 12, true], // caught again every four lapses
		[9, 10, false]
	])('lapses %i → %i: %s', (before, after, expected) => {
		expect(becameLeech({ lapses: before }, { lapses: after })).toBe(expected);
	});
});
