/** Number rows of the English reader's table: digits and words, qualifiers, units of time, shares. */
import {
	convert,
	findNumbers,
	QUALIFIER,
	readNumber,
	readQuantity,
	readShare,
	type TimeUnit
} from '../../../src/lib/lang';
import type { LangRule } from './make';

const values = (s: string) => findNumbers(s).map((m) => m.value);
const round = (n: number) => Math.round(n * 100) / 100;

export const NUMBER_ROWS: LangRule[] = [
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
			// (After the number: review 43, BN min/09-15 read "400 or more" as 400.)
			['correct', '400 or more', ['atLeast']],
			['correct', '20 or so', ['about']],
			['close', 'two or three', ['exact', 'exact']],
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

export const SHARE_ROWS: LangRule[] = [
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
