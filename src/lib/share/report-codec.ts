/**
 * A report as text to paste into chat or mail, and as a file.
 *
 * Text:
 *
 *     Ann Lee — Crocus City Hall: 12 of 14 cards studied, 87 % predicted recall     (for people; ignored on reading)
 *     BT-REPORT 2 3f2a9c1e                                                          (format version, CRC-32)
 *     DwQgtgpgzgTgJgYwHYDMBcB...                                                    (payload, 76 characters a line)
 *     BT-REPORT END
 *
 * The payload is packed canonical JSON (packing.ts: raw DEFLATE, base64url) and the CRC-32 is over that JSON. Lines
 * are cut at 76 characters because chat apps and mail wrap longer ones where they like. Reading ignores anything
 * around the block and anything inside it that cannot be payload (quote marks, `> ` quoting, line breaks, spaces),
 * and the end line tells a cut-off paste from a damaged one.
 *
 * File: the report's JSON with a `checksum` field, the CRC-32 of the canonical JSON of everything else.
 *
 * Caps, checked before any work: a block over REPORT_TEXT_MAX characters or a file over REPORT_FILE_MAX is refused by
 * its size; decompression stops at REPORT_BUDGET bytes; JSON nesting is capped. Decoding never throws.
 */
import { canonicalJson, CHECKSUM_CAVEAT, crc32 } from './checksum';
import { isRecord } from './file';
import { chars, packText, parseJsonCapped, unpackText } from './packing';
import { checkReport, REPORT_FORMAT, REPORT_VERSION, type Report } from './report';

export type DecodedReport = { ok: true; report: Report } | { ok: false; error: string };

const LINE = 76;
const HEADER = /BT-REPORT[\s"'`>*]+(\d{1,6})\s+([0-9a-f]{8})/i;
const END = /BT-REPORT\s+END/i;
/** Characters base64url writes; everything else in the block is noise from copying. */
const NOT_PAYLOAD = /[^A-Za-z0-9_-]/g;

/**
 * Longest report block read. A report of the largest assignment (500 cards) packs to about 14,000 characters; twice
 * that leaves room for quoting and line breaks added on the way.
 */
export const REPORT_TEXT_MAX = 30_000;
/** Longest report file read: 500 cards written out with indentation come to about 110,000 characters. */
export const REPORT_FILE_MAX = 250_000;
/** Most bytes a report may unpack to: a 500-card report is about 80 KB of JSON. */
export const REPORT_BUDGET = 250_000;

export const REPORT_ERRORS = {
	notAReport: 'This is not a Briefing Trainer progress report.',
	incomplete:
		'This report is incomplete — it may have been cut off when it was copied. Ask for it again, from the BT-REPORT line to the BT-REPORT END line.',
	damaged: `This report was changed or damaged after it was made. Ask for it again. ${CHECKSUM_CAVEAT}`,
	newer:
		'This report was made by a newer version of Briefing Trainer. Reload the page to update the app, then try again.',
	older:
		'This report was made by an earlier version of Briefing Trainer and is not signed. Ask the trainee to open the assignment link again and send a new report.',
	tooLarge: 'This report unpacks to far more than any report holds, so it was not read.',
	tooDeep: 'This report holds data nested far deeper than any report (thousands of brackets), so it was not read.'
} as const;

export function reportTooLongMessage(n: number, max: number): string {
	return `This report has ${chars(n)} characters; a report has at most ${chars(max)}, so it was not read.`;
}

/** The text block for `r`, with a one-line summary above it so a person can see whose report it is. */
export function encodeReportText(r: Report): string {
	const json = canonicalJson(r);
	const payload = packText(json);
	const lines: string[] = [];
	for (let i = 0; i < payload.length; i += LINE) lines.push(payload.slice(i, i + LINE));
	const recall = Math.round(r.totals.meanRecallOnDue * 100);
	// The marker is taken out of the names so a name can never pass for the start of the block.
	const summary =
		`${r.trainee} — ${r.assignment.title}: ${r.totals.studied} of ${r.totals.total} cards studied, ${recall} % predicted recall`.replace(
			/BT-REPORT/gi,
			'BT REPORT'
		);
	return [summary, `BT-REPORT ${REPORT_VERSION} ${crc32(json)}`, ...lines, 'BT-REPORT END', ''].join('\n');
}

/** Reads a pasted report block. Never throws. */
export function decodeReportText(text: string): DecodedReport {
	if (typeof text !== 'string') return fail(REPORT_ERRORS.notAReport);
	if (text.length > REPORT_TEXT_MAX) return fail(reportTooLongMessage(text.length, REPORT_TEXT_MAX));
	const header = HEADER.exec(text);
	if (!header) return fail(/BT-REPORT/i.test(text) ? REPORT_ERRORS.incomplete : REPORT_ERRORS.notAReport);
	const version = Number(header[1]);
	if (version > REPORT_VERSION) return fail(REPORT_ERRORS.newer);
	if (version < REPORT_VERSION) return fail(version >= 1 ? REPORT_ERRORS.older : REPORT_ERRORS.notAReport);
	const rest = text.slice(header.index + header[0].length);
	const end = END.exec(rest);
	if (!end) return fail(REPORT_ERRORS.incomplete);
	const payload = rest.slice(0, end.index).replace(NOT_PAYLOAD, '');
	const json = unpackText(payload, REPORT_TEXT_MAX, REPORT_BUDGET);
	if (!json.ok) return fail(json.error === 'too large' ? REPORT_ERRORS.tooLarge : REPORT_ERRORS.damaged);
	if (crc32(json.value) !== (header[2] ?? '').toLowerCase()) return fail(REPORT_ERRORS.damaged);
	const parsed = parseJsonCapped(json.value);
	if (!parsed.ok) return fail(parsed.error === 'too deep' ? REPORT_ERRORS.tooDeep : REPORT_ERRORS.damaged);
	return validated(parsed.value);
}

/** The report as a JSON file, with its checksum. */
export function encodeReportFile(r: Report): string {
	return `${JSON.stringify({ ...r, checksum: crc32(canonicalJson(r)) }, null, '\t')}\n`;
}

/** Reads a report file. Never throws. */
export function decodeReportFile(text: string): DecodedReport {
	if (typeof text !== 'string') return fail(REPORT_ERRORS.notAReport);
	if (text.length > REPORT_FILE_MAX) return fail(reportTooLongMessage(text.length, REPORT_FILE_MAX));
	const parsed = parseJsonCapped(text);
	if (!parsed.ok) {
		if (parsed.error === 'too deep') return fail(REPORT_ERRORS.tooDeep);
		return fail(text.includes(REPORT_FORMAT) ? REPORT_ERRORS.incomplete : REPORT_ERRORS.notAReport);
	}
	const data = parsed.value;
	if (!isRecord(data) || data.format !== REPORT_FORMAT) return fail(REPORT_ERRORS.notAReport);
	if (typeof data.version === 'number' && data.version > REPORT_VERSION) return fail(REPORT_ERRORS.newer);
	if (typeof data.version === 'number' && data.version < REPORT_VERSION) return fail(REPORT_ERRORS.older);
	const { checksum, ...content } = data;
	if (typeof checksum !== 'string' || crc32(canonicalJson(content)) !== checksum) return fail(REPORT_ERRORS.damaged);
	return validated(content);
}

function validated(data: unknown): DecodedReport {
	const checked = checkReport(data);
	if (!checked.ok) return fail(`This report is not valid (${checked.error}).`);
	return { ok: true, report: checked.value };
}

function fail(error: string): { ok: false; error: string } {
	return { ok: false, error };
}
