/**
 * Reading what an instructor drops into the class view: report files and pasted report text, many at once. Each
 * input is decoded on its own, so one damaged, oversized or forged report is named and left out while the others
 * are read. A report for an assignment made in this browser must carry that assignment's signature.
 */
import { decodeReportFile, decodeReportText } from '../share/report-codec';
import { verifyReport } from '../share/report';
import { chars } from '../share/packing';
import type { Assignment } from '../share/assignment';
import { entryKey, type ClassEntry } from './class-records';

export interface ReportSource {
	/** What to call the input in messages: a file name, or "Pasted report 2". */
	source: string;
	text: string;
}

export interface ReadReports {
	entries: ClassEntry[];
	/** One sentence per input that was not read, naming it. */
	errors: string[];
	/** One sentence per report given twice (the same file opened twice, the same text pasted twice). */
	repeated: string[];
}

/** Enough for a class of 100 trainees' reports of a 66-card deck pasted at once (about 4,000 characters each). */
export const PASTE_MAX = 1_000_000;

const HEADER = /BT-REPORT[\s"'`>*]+\d{1,6}\s+[0-9a-f]{8}/gi;

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
	return /^\s*[[{]/.test(text) ? decodeReportFile(text) : decodeReportText(text);
}

export function pasteTooLongMessage(n: number): string {
	return `The pasted text has ${chars(n)} characters; at most ${chars(PASTE_MAX)} are read at once, so none of it was read. Paste fewer reports at a time.`;
}

/**
 * Reads files (`files`) and pasted text (`pasted`, which may hold several blocks), leaving out reports that are
 * `already` kept. `sent` are the assignments made here, whose secrets check the signatures.
 */
export async function readReports(
	files: readonly ReportSource[],
	pasted: string,
	already: readonly ClassEntry[],
	sent: readonly Assignment[]
): Promise<ReadReports> {
	const out: ReadReports = { entries: [], errors: [], repeated: [] };
	const blocks = pasted.length > PASTE_MAX ? [] : splitReportBlocks(pasted);
	if (pasted.length > PASTE_MAX) out.errors.push(pasteTooLongMessage(pasted.length));
	const inputs: ReportSource[] = [
		...files,
		...blocks.map((text, i, all) => ({ source: all.length > 1 ? `Pasted report ${i + 1}` : 'Pasted text', text }))
	];
	const seen = new Set(already.map((e) => entryKey(e.report)));
	for (const { source, text } of inputs) {
		const result = decodeOne(text);
		if (!result.ok) {
			out.errors.push(`${source}: ${result.error}`);
			continue;
		}
		const report = result.report;
		const assignment = sent.find((a) => a.id === report.assignment.id);
		if (assignment && !(await verifyReport(report, assignment.secret))) {
			out.errors.push(
				`${source}: this report from ${report.trainee} is not signed with the secret of “${assignment.title}”, so it was not made from that assignment’s link or file, or it was changed since. It was not loaded.`
			);
			continue;
		}
		const key = entryKey(report);
		if (seen.has(key)) {
			out.repeated.push(`${source}: this report from ${report.trainee} is already loaded; it is counted once.`);
			continue;
		}
		seen.add(key);
		out.entries.push({ report, verified: assignment !== undefined });
	}
	return out;
}
