/**
 * The class view as CSV for a spreadsheet (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled inside).
 *
 * Trainee names and card prompts are typed by people, and a spreadsheet runs a cell that starts with = + - @ (or a
 * tab or carriage return, which some programs strip first) as a formula — `=HYPERLINK(...)` in a name would run on
 * the instructor's machine. Such text cells get a leading apostrophe, which spreadsheets read as "this is text".
 * Numbers are written as numbers and never altered.
 */
import type { ClassSummary } from './class';

export type CsvValue = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised if it could run as a formula, then quoted if it needs to be. */
export function csvCell(value: CsvValue): string {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, each line ended by CRLF. */
export function formatCsv(rows: readonly (readonly CsvValue[])[]): string {
	return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** One row per trainee. Recall is a percentage and time is in minutes, one decimal, as people read them. */
export function toCsv(summary: ClassSummary): string {
	return formatCsv([
		[
			'Trainee',
			'Status',
			'Cards studied',
			'Cards assigned',
			'Mean recall on due date (%)',
			'Time spent (min)',
			'Report made'
		],
		...summary.trainees.map((t) => [
			t.name,
			t.status,
			t.studied,
			t.total,
			round1(t.meanRecallOnDue * 100),
			round1(t.timeSpentMs / 60_000),
			t.generatedAt
		])
	]);
}

/** One row per card, weakest first. */
export function weakestCardsCsv(summary: ClassSummary): string {
	return formatCsv([
		['Card', 'Kind', 'Prompt', 'Mean recall on due date (%)', 'Trainees who have not studied it'],
		...summary.weakestCards.map((c) => [c.cardId, c.kind, c.prompt ?? '', round1(c.meanRecall * 100), c.notStudiedBy])
	]);
}

function round1(x: number): number {
	return Math.round(x * 10) / 10;
}
