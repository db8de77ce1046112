/**
 * Assignment links: the whole assignment, deck included, travels in the URL fragment (`#a=1.<payload>`). Browsers
 * never send the fragment to a server, so the static site learns nothing about who is assigned what.
 *
 * Payload: lz-string `compressToEncodedURIComponent` of `<crc32><canonical JSON>`. The version number before the dot
 * lets a later format be recognised ("made by a newer version") instead of being read as damage; the CRC-32 inside
 * the compressed text catches a link cut short or altered in a way that still decompresses.
 *
 * Limits (see LINK_LIMIT and QR_LIMIT): a link is offered up to 8,000 characters and a QR code up to 2,953.
 * This module is what the trainee's link-opening screen loads, so it imports nothing heavier than lz-string and the
 * schema it must validate against; the QR encoder lives in qr.ts.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from '../lz';
import { checkAssignment, restrictToKinds, type Assignment } from './assignment';
import { canonicalJson, CHECKSUM_CAVEAT, crc32 } from './checksum';

/** The link format written by this version; a link with a higher number was made by a newer app. */
export const LINK_FORMAT = 1;

/**
 * Longest link we call shareable. RFC 9110 §4.1 recommends that all software handling URIs support at least 8,000
 * octets, which is what mail clients, browsers' address bars and link previewers are built for. Browsers take far
 * more (Chrome ~2 MB), but a link is only useful if everything on the way passes it intact. Some chat apps cut
 * shorter messages: Telegram splits messages above 4,096 characters and Discord above 2,000 — a link broken that
 * way is reported as damaged when opened, and the assignment file is the fallback.
 */
export const LINK_LIMIT = 8000;

/**
 * Largest link a QR code can hold: version 40 at error-correction level L carries 2,953 bytes in byte mode, and a
 * link is plain ASCII, one byte a character. Phone cameras read such dense codes only from a sharp screen at close
 * range; the smaller the link, the easier the scan.
 */
export const QR_LIMIT = 2953;

export interface EncodedLink {
	url: string;
	chars: number;
	/** Whether the link is short enough to share as a link (≤ LINK_LIMIT); otherwise offer the file. */
	fits: boolean;
	/** Whether the link is short enough for a QR code (≤ QR_LIMIT). */
	fitsQr: boolean;
}

export type DecodedAssignment = { ok: true; assignment: Assignment } | { ok: false; error: string };

export const LINK_ERRORS = {
	notALink: 'This is not a Briefing Trainer assignment link.',
	incomplete: 'This link is incomplete — it may have been cut off when it was copied. Ask for the link again.',
	damaged: `This link is damaged — it was cut off or changed when it was copied. Ask for the link again. ${CHECKSUM_CAVEAT}`,
	newer:
		'This link was made by a newer version of Briefing Trainer. Reload the page to update the app, then open the link again.'
} as const;

/**
 * Puts an assignment into a link under `baseUrl` (any fragment of `baseUrl` is replaced). The deck is cut down to
 * the assigned kinds first. Throws if the assignment itself is not valid — the instructor's screen validates it
 * with `checkAssignment` before offering a link.
 */
export function encodeAssignmentLink(a: Assignment, baseUrl: string): EncodedLink {
	const checked = checkAssignment(restrictToKinds(a));
	if (!checked.ok) throw new Error(`Cannot make a link for an assignment that is not valid: ${checked.error}`);
	const json = canonicalJson(checked.value);
	const payload = compressToEncodedURIComponent(crc32(json) + json);
	const url = `${baseUrl.split('#')[0] ?? ''}#a=${LINK_FORMAT}.${payload}`;
	return { url, chars: url.length, fits: url.length <= LINK_LIMIT, fitsQr: url.length <= QR_LIMIT };
}

/**
 * Reads an assignment from a whole link, a fragment (`#a=…`) or the bare `a=…` part. Never throws: damaged, cut-off,
 * foreign or future links give `{ ok: false, error }` with a sentence to show the trainee.
 */
export function decodeAssignmentLink(urlOrFragment: string): DecodedAssignment {
	const value = fragmentValue(urlOrFragment);
	if (value === undefined) return fail(LINK_ERRORS.notALink);
	const m = /^(\d+)(?:\.(.*))?$/s.exec(value);
	if (value === '' || (m && m[2] === undefined)) return fail(LINK_ERRORS.incomplete);
	if (!m) return fail(LINK_ERRORS.notALink);
	const version = Number(m[1]);
	if (version > LINK_FORMAT) return fail(LINK_ERRORS.newer);
	if (version < 1) return fail(LINK_ERRORS.notALink);

	const text = decompress(m[2] ?? '');
	if (text === undefined) return fail(LINK_ERRORS.incomplete);
	const sum = text.slice(0, 8);
	const json = text.slice(8);
	if (!/^[0-9a-f]{8}$/.test(sum) || crc32(json) !== sum) return fail(LINK_ERRORS.damaged);
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return fail(LINK_ERRORS.damaged);
	}
	const checked = checkAssignment(data);
	if (!checked.ok)
		return fail(`This link holds an assignment that is not valid (${checked.error}). Ask for a new link.`);
	return { ok: true, assignment: checked.value };
}

/**
 * The `a` value of the fragment, or undefined when there is none. Tolerates what copying does to a link: spaces
 * and line breaks inside it (mail wraps long lines), surrounding quotes or angle brackets, percent-encoding.
 */
function fragmentValue(input: string): string | undefined {
	if (typeof input !== 'string') return undefined;
	const s = input.replace(/\s+/g, '').replace(/^["'<«“‘(]+|[">'»”’)]+$/g, '');
	const hash = s.indexOf('#');
	const fragment = hash >= 0 ? s.slice(hash + 1) : s;
	const m = /(?:^|&)a=([^&]*)/.exec(fragment);
	if (!m) return undefined;
	const raw = m[1] ?? '';
	if (!raw.includes('%')) return raw;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** lz-string returns null, '' or garbage for damaged input, and may throw on some; all of it is "incomplete". */
function decompress(payload: string): string | undefined {
	if (payload === '') return undefined;
	try {
		const text = decompressFromEncodedURIComponent(payload);
		return text ? text : undefined;
	} catch {
		return undefined;
	}
}

function fail(error: string): { ok: false; error: string } {
	return { ok: false, error };
}
