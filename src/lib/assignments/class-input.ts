/**
 * Reading what an instructor drops into the class view: report files and pasted report text, many at once. Each
 * input is decoded on its own, so one damaged report is named and left out while the others are read.
 */
import { canonicalJson } from '../share/checksum';
import { decodeReportFile, decodeReportText } from '../share/report-codec';
import type { Report } from '../share/report';
import type { Assignment } from '../share/assignment';

export interface ReportSource {
	/** What to call the input in messages: a file name, or "Pasted report 2". */
	source: string;
	text: string;
}

export interface ReadReports {
	reports: Report[];
	/** One sentence per input that was not read, naming it. */
	errors: string[];
	/** One sentence per report given twice (the same file opened twice, the same text pasted twice). */
	repeated: string[];
}

const HEADER = /BT-REPORT[\s"'`>*]+\d+\s+[0-9a-f]{8}/gi;

/**
 * Cuts pasted text into one piece per report block. A piece runs from a block's header to the next header, so text
 * between blocks (the summary line of the next report, chat names, dates) is noise the decoder ignores. Text with no
 * header is one piece, so the decoder can say what it is.
 */
export function splitReportBlocks(text: string): string[] {
	const starts = [...text.matchAll(HEADER)].map((m) => m.index);
	if (starts.length === 0) return text.trim() ? [text] : [];
	return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}

/** Files hold JSON; a file that holds a pasted block (saved from chat as .txt) is read as text. */
function decodeOne(text: string) {
	return /BT-REPORT/i.test(text) && !text.trimStart().startsWith('{') ? decodeReportText(text) : decodeReportFile(text);
}

/**
 * Reads files (`files`) and pasted text (`pasted`, which may hold several blocks), leaving out reports that are
 * `already` in the class view.
 */
export function readReports(files: readonly ReportSource[], pasted = '', already: readonly Report[] = []): ReadReports {
	const inputs: ReportSource[] = [
		...files,
		...splitReportBlocks(pasted).map((text, i, all) => ({
			source: all.length > 1 ? `Pasted report ${i + 1}` : 'Pasted text',
			text
		}))
	];
	const seen = new Set(already.map(canonicalJson));
	const out: ReadReports = { reports: [], errors: [], repeated: [] };
	for (const { source, text } of inputs) {
		const result = decodeOne(text);
		if (!result.ok) {
			out.errors.push(`${source}: ${result.error}`);
			continue;
		}
		const key = canonicalJson(result.report);
		if (seen.has(key)) {
			out.repeated.push(
				`${source}: the same report from ${result.report.trainee} was given twice; it is counted once.`
			);
			continue;
		}
		seen.add(key);
		out.reports.push(result.report);
	}
	return out;
}

/**
 * The assignment made in this browser that the reports answer (that of the newest report, as the class view takes
 * it), so the class view judges against its real target and shows card prompts; null when it was made elsewhere.
 */
export function assignmentFor(reports: readonly Report[], sent: readonly Assignment[]): Assignment | null {
	const newest = [...reports].sort((a, b) => b.generatedAt.localeCompare(a.generatedAt))[0];
	return newest ? (sent.find((a) => a.id === newest.assignment.id) ?? null) : null;
}
