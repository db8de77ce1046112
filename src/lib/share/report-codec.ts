/**
 * A report as text to paste into chat or mail, and as a file.
 *
 * Text:
 *
 *     Ann Lee — Crocus City Hall: 12 of 14 cards studied, 87 % predicted recall     (for people; ignored on reading)
 *     BT-REPORT 1 3f2a9c1e                                                          (format version, CRC-32)
 *     DwQgtgpgzgTgJgYwHYDMBcB...                                                    (payload, 76 characters a line)
 *     BT-REPORT END
 *
 * The payload is lz-string `compressToEncodedURIComponent` of the canonical JSON, and the CRC-32 is over that JSON.
 * Lines are cut at 76 characters because chat apps and mail wrap longer ones at spaces they invent or break them
 * where they like. Reading ignores anything around the block and anything inside it that cannot be payload
 * (quote marks, `> ` quoting, line breaks, spaces), and the end line tells a cut-off paste from a damaged one.
 *
 * File: the report's JSON with a `checksum` field, the CRC-32 of the canonical JSON of everything else.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from '../lz';
import { canonicalJson, CHECKSUM_CAVEAT, crc32 } from './checksum';
import { isRecord, parseJson } from './file';
import { checkReport, REPORT_FORMAT, REPORT_VERSION, type Report } from './report';

export type DecodedReport = { ok: true; report: Report } | { ok: false; error: string };

const LINE = 76;
const HEADER = /BT-REPORT[\s"'`>*]+(\d+)\s+([0-9a-f]{8})/i;
const END = /BT-REPORT\s+END/i;
/** Characters `compressToEncodedURIComponent` writes; everything else in the block is noise from copying. */
const NOT_PAYLOAD = /[^A-Za-z0-9+\-$]/g;

export const REPORT_ERRORS = {
	notAReport: 'This is not a Briefing Trainer progress report.',
	incomplete:
		'This report is incomplete — it may have been cut off when it was copied. Ask for it again, from the BT-REPORT line to the BT-REPORT END line.',
	damaged: `This report was changed or damaged after it was made. Ask for it again. ${CHECKSUM_CAVEAT}`,
	newer:
		'This report was made by a newer version of Briefing Trainer. Reload the page to update the app, then try again.'
} as const;

/** The text block for `r`, with a one-line summary above it so a person can see whose report it is. */
export function encodeReportText(r: Report): string {
	const json = canonicalJson(r);
	const payload = compressToEncodedURIComponent(json);
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

/** Reads a pasted report. Never throws. */
export function decodeReportText(text: string): DecodedReport {
	if (typeof text !== 'string') return fail(REPORT_ERRORS.notAReport);
	const header = HEADER.exec(text);
	if (!header) return fail(/BT-REPORT/i.test(text) ? REPORT_ERRORS.incomplete : REPORT_ERRORS.notAReport);
	const version = Number(header[1]);
	if (version > REPORT_VERSION) return fail(REPORT_ERRORS.newer);
	if (version < 1) return fail(REPORT_ERRORS.notAReport);
	const rest = text.slice(header.index + header[0].length);
	const end = END.exec(rest);
	if (!end) return fail(REPORT_ERRORS.incomplete);
	const payload = rest.slice(0, end.index).replace(NOT_PAYLOAD, '');
	const json = decompress(payload);
	if (json === undefined || crc32(json) !== (header[2] ?? '').toLowerCase()) return fail(REPORT_ERRORS.damaged);
	return validated(parseJson(json));
}

/** The report as a JSON file, with its checksum. */
export function encodeReportFile(r: Report): string {
	return `${JSON.stringify({ ...r, checksum: crc32(canonicalJson(r)) }, null, '\t')}\n`;
}

/** Reads a report file. Never throws. */
export function decodeReportFile(text: string): DecodedReport {
	const parsed = parseJson(text);
	if (parsed === undefined) {
		return fail(
			typeof text === 'string' && text.includes(REPORT_FORMAT) ? REPORT_ERRORS.incomplete : REPORT_ERRORS.notAReport
		);
	}
	if (!isRecord(parsed) || parsed.format !== REPORT_FORMAT) return fail(REPORT_ERRORS.notAReport);
	if (typeof parsed.version === 'number' && parsed.version > REPORT_VERSION) return fail(REPORT_ERRORS.newer);
	const { checksum, ...content } = parsed;
	if (typeof checksum !== 'string' || crc32(canonicalJson(content)) !== checksum) return fail(REPORT_ERRORS.damaged);
	return validated(content);
}

function validated(data: unknown): DecodedReport {
	const checked = checkReport(data);
	if (!checked.ok) return fail(`This report is not valid (${checked.error}).`);
	return { ok: true, report: checked.value };
}

function decompress(payload: string): string | undefined {
	if (payload === '') return undefined;
	try {
		return decompressFromEncodedURIComponent(payload) || undefined;
	} catch {
		return undefined;
	}
}

function fail(error: string): { ok: false; error: string } {
	return { ok: false, error };
}
