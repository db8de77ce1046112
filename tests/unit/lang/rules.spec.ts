/**
 * The English reader's table: every rule with three kinds of row.
 * - correct: a form the rule reads, and what it reads it as;
 * - close: a look-alike that must read as something else ("no more than 5" is not "more than 5", "six weeks" is
 *   not six months, "Friday" in a Friday paper's past-perfect clause is the week before);
 * - wrong: text the rule must not read at all (durations as dates, ordinals as fractions, "sat down" as Saturday).
 */
import { describe, expect, it } from 'vitest';
import {
	convert,
	findNumbers,
	formatDate,
	inOtherScript,
	isDateLine,
	parseDate,
	QUALIFIER,
	readNumber,
	readQuantity,
	readShare,
	splitSentences,
	type TimeUnit
} from '../../../src/lib/lang';
import { DATE_ROWS } from './dates-rows';
import type { LangRule } from './make';

const values = (s: string) => findNumbers(s).map((m) => m.value);
const round = (n: number) => Math.round(n * 100) / 100;

const NUMBER_ROWS: LangRule[] = [
	{
		rule: 'numbers in digits and words',
		read: values,
		rows: [
			['correct', '1,155', [1155]],
			['correct', 'one hundred and thirty', [130]],
			['correct', 'two dozen', [24]],
			['correct', 'forty-two', [42]],
			['correct', '1.5 million', [1_500_000]],
			['correct', '32 killed, 100+ wounded', [32, 100]],
			['close', 'one hundered and thirty', [1, 30]],
			['close', '1,15', []],
			['wrong', 'hundreds of people', []],
			['wrong', 'many', []]
		]
	},
	{
		rule: 'qualifiers',
		read: (s) => findNumbers(s).map((m) => m.qualifier),
		rows: [
			['correct', 'more than 130', ['more']],
			['correct', 'over 100', ['more']],
			['correct', '130+', ['more']],
			['correct', '100+ wounded', ['more']],
			['correct', 'at least 22', ['atLeast']],
			['correct', 'up to 60', ['atMost']],
			['correct', 'as many as 60', ['atMost']],
			['correct', 'nearly 300', ['nearly']],
			['correct', 'almost 100', ['nearly']],
			['correct', 'fewer than 50', ['less']],
			['correct', 'some 2000', ['about']],
			['correct', 'around 40', ['about']],
			['close', 'no more than 5', ['atMost']],
			['close', 'no fewer than 22', ['atLeast']],
			['close', 'just under 50', ['nearly']],
			['wrong', '130', ['exact']],
			['wrong', 'more people came', []]
		]
	},
	{
		rule: 'the qualifier pattern for running text',
		read: (s) => new RegExp(`^${QUALIFIER}\\b`, 'i').exec(s)?.[0] ?? null,
		rows: [
			['correct', 'More than 130 people', 'More than'],
			['correct', 'up to 60 people', 'up to'],
			['close', 'no more than 5 people', 'no more than'],
			['close', 'as many as 60', 'as many as'],
			['wrong', 'moreover, 5 people', null]
		]
	},
	{
		rule: 'units of time',
		read: (s) => findNumbers(s).map((m) => [m.value, m.unit ?? null]),
		rows: [
			['correct', 'six months', [[6, 'month']]],
			['correct', 'half a year', [[0.5, 'year']]],
			['correct', 'a year and a half', [[1.5, 'year']]],
			['correct', 'one and a half years', [[1.5, 'year']]],
			['correct', 'a fortnight', [[1, 'fortnight']]],
			['correct', '96 hours', [[96, 'hour']]],
			['correct', 'a quarter of a century', [[0.25, 'century']]],
			['close', 'six weeks', [[6, 'week']]],
			['close', 'six', [[6, null]]],
			['wrong', 'months', []],
			['wrong', 'in May', []]
		]
	},
	{
		rule: 'conversions between units of time',
		read: (s) => {
			const [n, from, to] = s.split(' ');
			return round(convert(Number(n), from as TimeUnit, to as TimeUnit));
		},
		rows: [
			['correct', '0.5 year month', 6],
			['correct', '2 week day', 14],
			['correct', '96 hour day', 4],
			['correct', '2 decade year', 20],
			['correct', '120 minute hour', 2],
			['close', '26 week month', 6],
			['close', '4 week month', 0.92],
			['wrong', '6 week month', 1.38]
		]
	},
	{
		rule: 'percentages and fractions',
		read: (s) => findNumbers(s).map((m) => [round(m.value), m.percent ? '%' : m.fraction ? 'fraction' : '']),
		rows: [
			['correct', '40 percent', [[40, '%']]],
			['correct', '40%', [[40, '%']]],
			['correct', '95 per cent', [[95, '%']]],
			['correct', 'a third', [[0.33, 'fraction']]],
			['correct', 'two fifths', [[0.4, 'fraction']]],
			['close', '40', [[40, '']]],
			['wrong', 'the fifth attack', []],
			['wrong', 'per cent', []]
		]
	},
	{
		rule: 'a whole phrase as one number',
		read: (s) => readNumber(s) ?? null,
		rows: [
			['correct', 'a dozen', 12],
			['correct', 'twenty-five', 25],
			['correct', '1,200', 1200],
			['correct', 'a', 1],
			['close', 'half', 0.5],
			['wrong', 'dozens', null],
			['wrong', 'hundreds', null],
			['wrong', 'two people', null]
		]
	}
];

const SHARE_ROWS: LangRule[] = [
	{
		rule: 'shares as whole percentages',
		read: (s) => readShare(s) ?? null,
		rows: [
			['correct', '40 percent', 40],
			['correct', 'a third', 33],
			['correct', 'two-thirds', 67],
			['correct', 'half', 50],
			['close', 'three-quarters', 75],
			['wrong', '40', null],
			['wrong', 'half a year', null]
		]
	},
	{
		rule: 'a headline figure read whole',
		read: (s) => readQuantity(s) ?? null,
		rows: [
			['correct', '100+', { value: 100, qualifier: 'more', unit: undefined, percent: false }],
			['correct', 'more than 130', { value: 130, qualifier: 'more', unit: undefined, percent: false }],
			['correct', 'six weeks', { value: 6, qualifier: 'exact', unit: 'week', percent: false }],
			['close', 'no more than 5', { value: 5, qualifier: 'atMost', unit: undefined, percent: false }],
			['wrong', 'dozens', null]
		]
	}
];

const TEXT_ROWS: LangRule[] = [
	{
		rule: 'typed dates',
		read: (s) => {
			const d = parseDate(s);
			return d ? formatDate(d) : null;
		},
		rows: [
			['correct', 'March 22, 2024', '22 March 2024'],
			['correct', 'Friday 22nd of March 2024', '22 March 2024'],
			['correct', '2024-03', 'March 2024'],
			['correct', 'by the end of 2017', '2017'],
			['close', '22/3/24', '22 March 2024'],
			['close', 'may 2020', 'May 2020'],
			['wrong', 'maybe later', null],
			['wrong', '31 February 2024', null],
			['wrong', 'Friday', null]
		]
	},
	{
		rule: 'sentences',
		read: splitSentences,
		rows: [
			['correct', 'Gen. Erik Kurilla testified. He said more.', ['Gen. Erik Kurilla testified.', 'He said more.']],
			['correct', 'U.S. officials blamed it. Russia did not.', ['U.S. officials blamed it.', 'Russia did not.']],
			[
				'correct',
				'Gunmen opened fire at 8 p.m. Moscow time on Friday. Police came.',
				['Gunmen opened fire at 8 p.m. Moscow time on Friday.', 'Police came.']
			],
			['correct', 'Doors opened at 7 a.m. Friday. It was calm.', ['Doors opened at 7 a.m. Friday.', 'It was calm.']],
			[
				'correct',
				'He met Lt. Col. John Smith on Jan. 5. It was cold.',
				['He met Lt. Col. John Smith on Jan. 5.', 'It was cold.']
			],
			['close', 'Police arrived at 9 p.m. The gunmen had fled.', ['Police arrived at 9 p.m.', 'The gunmen had fled.']],
			[
				'close',
				'The study (Smith et al. 2020) agrees. It grew.',
				['The study (Smith et al. 2020) agrees.', 'It grew.']
			],
			['wrong', 'See e.g. The Times.', ['See e.g. The Times.']]
		]
	},
	{
		rule: 'date lines',
		read: isDateLine,
		rows: [
			['correct', '1 April 2024', true],
			['correct', 'Published: Sunday 24 March 2024 10:15 GMT', true],
			['correct', 'МОСКВА, 23 марта 2024 г.', true],
			['correct', 'موسكو، ٢٣ مارس ٢٠٢٤', true],
			['correct', 'Kyiv, 23 березня 2024 р.', true],
			['correct', 'Moscou, le 23 mars 2024', true],
			['close', 'Москва, 22 марта — РИА Новости', true],
			['wrong', 'On 23 March 2024, gunmen attacked the hall.', false],
			['wrong', 'КИЕВ, 1 апреля 2024 г. — Активисты провели шествие в центре города в память о погибших.', false]
		]
	},
	{
		rule: 'paragraphs in another script',
		read: inOtherScript,
		rows: [
			['correct', 'КИЕВ, 1 апреля 2024 г. — Активисты провели шествие в центре города.', true],
			['correct', 'قتل 133 شخصا في الهجوم', true],
			['close', 'The group, known as ИГИЛ in Russian, claimed it.', false],
			['wrong', 'More than 130 people were killed.', false],
			['wrong', '2024', false]
		]
	}
];

const ALL = [...NUMBER_ROWS, ...SHARE_ROWS, ...TEXT_ROWS, ...DATE_ROWS];
const rows = ALL.flatMap(({ rule, read, rows: r }) =>
	r.map(([kind, input, want]) => ({ rule, kind, input, want, read }))
);

describe('the English reader', () => {
	it('has correct, close and wrong rows for every rule', () => {
		for (const { rule, rows: r } of ALL) {
			expect([rule, [...new Set(r.map(([kind]) => kind))].sort()]).toEqual([rule, ['close', 'correct', 'wrong']]);
		}
	});

	it.each(rows)('$rule ($kind): $input', ({ input, want, read }) => {
		expect(read(input)).toEqual(want);
	});
});
