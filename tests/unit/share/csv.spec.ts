import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClassSummary } from '../../../src/lib/share/class';
import { csvCell, formatCsv, toCsv } from '../../../src/lib/share/csv';

/** Hundreds of generated cases each; generous, because the test machine may be shared and slow. */
const PROPERTY_TIMEOUT = 30_000;

/** An RFC 4180 reader, written independently of the writer, to read back what it wrote. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += ch;
	}
	return rows;
}

describe('CSV', () => {
	it.each([
		{ value: 'Anna Petrova', cell: 'Anna Petrova' },
		{ value: 'Petrova, Anna', cell: '"Petrova, Anna"' },
		{ value: 'Anna "Anya" Petrova', cell: '"Anna ""Anya"" Petrova"' },
		{ value: 'two\nlines', cell: '"two\nlines"' },
		{ value: '=HYPERLINK("http://evil.example","x")', cell: `"'=HYPERLINK(""http://evil.example"",""x"")"` },
		{ value: '+7 900 000', cell: "'+7 900 000" },
		{ value: '-1', cell: "'-1" },
		{ value: '@SUM(A1)', cell: "'@SUM(A1)" },
		{ value: '\t=1', cell: "'\t=1" },
		{ value: 'a=b', cell: 'a=b' },
		{ value: -2.5, cell: '-2.5' },
		{ value: Number.NaN, cell: '' }
	])('csvCell($value) = $cell', ({ value, cell }) => {
		expect(csvCell(value)).toBe(cell);
	});

	it(
		'reads back as the cells written, formula starters behind an apostrophe',
		() => {
			fc.assert(
				fc.property(
					fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }), {
						minLength: 1,
						maxLength: 4
					}),
					(rows) => {
						const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
						expect(readCsv(formatCsv(rows))).toEqual(expected);
					}
				)
			);
		},
		PROPERTY_TIMEOUT
	);

	it('writes one row per trainee, recall in percent and time in minutes', () => {
		const summary: ClassSummary = {
			trainees: [
				{
					name: 'Petrova, Anna',
					studied: 4,
					total: 4,
					meanRecallOnDue: 0.9123,
					onTrack: true,
					status: 'ready',
					timeSpentMs: 754_000,
					generatedAt: '2024-03-20T08:00:00.000Z',
					futureDated: false,
					earlierVersion: null
				},
				{
					name: '=cmd|calc',
					studied: 0,
					total: 4,
					meanRecallOnDue: 0,
					onTrack: false,
					status: 'behind',
					timeSpentMs: 0,
					generatedAt: '2024-03-19T08:00:00.000Z',
					futureDated: false,
					earlierVersion: null
				}
			],
			weakestCards: [],
			masteryByKind: [],
			duplicates: [],
			mismatched: []
		};
		expect(toCsv(summary)).toBe(
			'Trainee,Status,Cards studied,Cards assigned,Mean recall on due date (%),Time spent (min),Report made\r\n' +
				'"Petrova, Anna",ready,4,4,91.2,12.6,2024-03-20T08:00:00.000Z\r\n' +
				"'=cmd|calc,behind,0,4,0,0,2024-03-19T08:00:00.000Z\r\n"
		);
	});
});
