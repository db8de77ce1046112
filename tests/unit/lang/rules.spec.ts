/**
 * The English reader's table: every rule with three kinds of row.
 * - correct: a form the rule reads, and what it reads it as;
 * - close: a look-alike that must read as something else ("no more than 5" is not "more than 5", "six weeks" is
 *   not six months, "Friday" in a Friday paper's past-perfect clause is the week before);
 * - wrong: text the rule must not read at all (durations as dates, ordinals as fractions, "sat down" as Saturday).
 */
import { describe, expect, it } from 'vitest';
import { dateLineDay, formatDate, inOtherScript, isDateLine, parseDate, splitSentences } from '../../../src/lib/lang';
import { DATE_ROWS } from './dates-rows';
import { NUMBER_ROWS, SHARE_ROWS } from './numbers-rows';
import type { LangRule } from './make';

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
			// "Jl." (jalan, street) before an Indonesian street's name, as "Rd." after an English one.
			[
				'correct',
				'Gunmen attacked a cafe on Jl. MH Thamrin. Police came.',
				['Gunmen attacked a cafe on Jl. MH Thamrin.', 'Police came.']
			],
			['correct', 'U.S. officials blamed it. Russia did not.', ['U.S. officials blamed it.', 'Russia did not.']],
			// (Review 37, AT min/06-9: a priest's title cut his name from the sentence.)
			[
				'correct',
				'Fr. Teresito Soganub led a prayer. It rained.',
				['Fr. Teresito Soganub led a prayer.', 'It rained.']
			],
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
			// (Review 47, CK min/03-13.)
			[
				'close',
				'Police stormed both sites shortly after 5 p.m. All three gunmen were killed.',
				['Police stormed both sites shortly after 5 p.m.', 'All three gunmen were killed.']
			],
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
		rule: 'the day a date line gives its page',
		read: (s) => dateLineDay(s) ?? null,
		rows: [
			['correct', 'Updated Monday 23 September 2013', { iso: '2013-09-23', updated: true }],
			['correct', 'Published: Sunday 24 March 2024 10:15 GMT', { iso: '2024-03-24', updated: false }],
			['correct', 'March 24, 2024', { iso: '2024-03-24', updated: false }],
			// A section's heading on a live page gives no year: no day of the page to count from.
			['close', 'Monday 23 August', null],
			['wrong', 'On 23 March 2024, gunmen attacked the hall.', null],
			['wrong', 'Updated 9.40pm', null]
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
