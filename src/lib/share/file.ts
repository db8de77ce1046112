/**
 * Assignment files: the same assignment as a link, as JSON, for decks too large for a link (or for sending by mail
 * or a shared drive). `{ format, version, checksum, assignment }`, where `checksum` is the CRC-32 of the canonical
 * JSON of `assignment` — so re-indenting the file or reordering its keys keeps it valid, but any changed value
 * is caught.
 */
import { checkAssignment, restrictToKinds, type Assignment } from './assignment';
import { canonicalJson, CHECKSUM_CAVEAT, crc32 } from './checksum';
import type { DecodedAssignment } from './link';

export const ASSIGNMENT_FILE_FORMAT = 'briefing-trainer-assignment';
export const ASSIGNMENT_FILE_VERSION = 1;

export const FILE_ERRORS = {
	notAFile: 'This is not a Briefing Trainer assignment file.',
	incomplete:
		'This assignment file is incomplete — it may have been cut off when it was saved or sent. Ask for the file again.',
	damaged: `This assignment file has been changed since it was made. Ask for the file again. ${CHECKSUM_CAVEAT}`,
	newer:
		'This assignment file was made by a newer version of Briefing Trainer. Reload the page to update the app, then open the file again.'
} as const;

/** The file's text. Throws if the assignment is not valid, as `encodeAssignmentLink` does. */
export function encodeAssignmentFile(a: Assignment): string {
	const checked = checkAssignment(restrictToKinds(a));
	if (!checked.ok) throw new Error(`Cannot make a file for an assignment that is not valid: ${checked.error}`);
	const assignment = checked.value;
	const file = {
		format: ASSIGNMENT_FILE_FORMAT,
		version: ASSIGNMENT_FILE_VERSION,
		checksum: crc32(canonicalJson(assignment)),
		assignment
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** Reads an assignment file's text. Never throws. */
export function decodeAssignmentFile(text: string): DecodedAssignment {
	const parsed = parseJson(text);
	if (parsed === undefined) {
		return fail(
			typeof text === 'string' && text.includes(ASSIGNMENT_FILE_FORMAT) ? FILE_ERRORS.incomplete : FILE_ERRORS.notAFile
		);
	}
	if (!isRecord(parsed) || parsed.format !== ASSIGNMENT_FILE_FORMAT) return fail(FILE_ERRORS.notAFile);
	if (typeof parsed.version !== 'number' || !Number.isInteger(parsed.version) || parsed.version < 1) {
		return fail(FILE_ERRORS.notAFile);
	}
	if (parsed.version > ASSIGNMENT_FILE_VERSION) return fail(FILE_ERRORS.newer);
	if (typeof parsed.checksum !== 'string' || crc32(canonicalJson(parsed.assignment)) !== parsed.checksum) {
		return fail(FILE_ERRORS.damaged);
	}
	const checked = checkAssignment(parsed.assignment);
	if (!checked.ok) return fail(`This file holds an assignment that is not valid (in assignment: ${checked.error}).`);
	return { ok: true, assignment: checked.value };
}

/** JSON.parse that answers undefined instead of throwing; shared with the report file. */
export function parseJson(text: string): unknown {
	if (typeof text !== 'string') return undefined;
	try {
		return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
	} catch {
		return undefined;
	}
}

export function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function fail(error: string): { ok: false; error: string } {
	return { ok: false, error };
}
