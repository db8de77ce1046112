/**
 * Assignment files: the same body as a link (body.ts: a shipped deck by reference, any other deck inside), as JSON,
 * for mail or a shared drive and for decks too large for a link. `{ format, version, checksum, assignment, deck |
 * deckRef }`, where `checksum` is the CRC-32 of the canonical JSON of everything but itself — so re-indenting the
 * file or reordering its keys keeps it valid, but any changed value is caught.
 *
 * Caps, checked before any work: a file over ASSIGNMENT_FILE_MAX_CHARS is refused by its size (FileDrop checks the
 * byte size before reading it at all), JSON nesting is capped. Decoding never throws.
 */
import { makeBody, checkBody } from './body';
import type { Assignment } from './assignment';
import { canonicalJson, CHECKSUM_CAVEAT, crc32 } from './checksum';
import type { DecodedLink } from './link';
import { chars, parseJsonCapped } from './packing';

export const ASSIGNMENT_FILE_FORMAT = 'briefing-trainer-assignment';
export const ASSIGNMENT_FILE_VERSION = 2;
/** 500 cards of about 700 characters each, indented: 2 MB is ample and still parses in a few milliseconds. */
export const ASSIGNMENT_FILE_MAX_CHARS = 2_000_000;

export const FILE_ERRORS = {
	notAFile: 'This is not a Briefing Trainer assignment file.',
	incomplete:
		'This assignment file is incomplete — it may have been cut off when it was saved or sent. Ask for the file again.',
	damaged: `This assignment file has been changed since it was made. Ask for the file again. ${CHECKSUM_CAVEAT}`,
	newer:
		'This assignment file was made by a newer version of Briefing Trainer. Reload the page to update the app, then open the file again.',
	older:
		'This assignment file was made by an earlier version of Briefing Trainer, which this version no longer reads. Ask your instructor for a new file.',
	tooDeep: 'This file holds data nested far deeper than any assignment, so it was not opened.'
} as const;

export function fileTooLargeMessage(size: number, unit = 'characters'): string {
	return `This file has ${chars(size)} ${unit}; an assignment file has at most ${chars(ASSIGNMENT_FILE_MAX_CHARS)}, so it was not opened.`;
}

/** The file's text. Throws if the assignment is not valid, as `encodeAssignmentLink` does. */
export async function encodeAssignmentFile(a: Assignment, shipped: boolean): Promise<string> {
	const body = await makeBody(a, shipped);
	const file = { format: ASSIGNMENT_FILE_FORMAT, version: ASSIGNMENT_FILE_VERSION, ...body };
	return `${JSON.stringify({ ...file, checksum: crc32(canonicalJson(file)) }, null, '\t')}\n`;
}

/** Reads an assignment file's text. Never throws. */
export function decodeAssignmentFile(text: string): DecodedLink {
	if (typeof text !== 'string') return fail(FILE_ERRORS.notAFile);
	if (text.length > ASSIGNMENT_FILE_MAX_CHARS) return fail(fileTooLargeMessage(text.length));
	const parsed = parseJsonCapped(text);
	if (!parsed.ok) {
		if (parsed.error === 'too deep') return fail(FILE_ERRORS.tooDeep);
		return fail(text.includes(ASSIGNMENT_FILE_FORMAT) ? FILE_ERRORS.incomplete : FILE_ERRORS.notAFile);
	}
	const data = parsed.value;
	if (!isRecord(data) || data.format !== ASSIGNMENT_FILE_FORMAT) return fail(FILE_ERRORS.notAFile);
	if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
		return fail(FILE_ERRORS.notAFile);
	}
	if (data.version > ASSIGNMENT_FILE_VERSION) return fail(FILE_ERRORS.newer);
	if (data.version < ASSIGNMENT_FILE_VERSION) return fail(FILE_ERRORS.older);
	const { checksum, ...content } = data;
	if (typeof checksum !== 'string' || crc32(canonicalJson(content)) !== checksum) return fail(FILE_ERRORS.damaged);
	const checked = checkBody({ assignment: content.assignment, deck: content.deck, deckRef: content.deckRef });
	if (!checked.ok) return fail(`This file holds an assignment that is not valid (${checked.error}).`);
	return { ok: true, body: checked.value };
}

export function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function fail(error: string): { ok: false; error: string } {
	return { ok: false, error };
}
