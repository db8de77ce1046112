/**
 * Assignment links: `…/join/#a=2.<payload>`. The assignment travels in the URL fragment, which browsers never send to
 * a server, so the static site learns nothing about who is assigned what.
 *
 * Payload: base64url of raw DEFLATE (packing.ts) of `<crc32><canonical JSON>`, where the JSON is the body of
 * body.ts — a deck that ships with the app goes by reference (a few hundred characters for any shipped deck), any
 * other deck inside the link. The number before the dot is the format: a link with a higher number was made by a
 * newer app and is said to be so, not called damaged. Format 1 (lz-string, deck always inside) is no longer read:
 * it carried no secret, so reports made from it could not be signed.
 *
 * Caps, checked before any work: a link longer than LINK_LIMIT is refused by its length; decompression stops at
 * LINK_BUDGET bytes; JSON nesting is capped (packing.ts). Decoding never throws.
 */
import { checkBody, makeBody, type Body } from './body';
import type { Assignment } from './assignment';
import { canonicalJson, CHECKSUM_CAVEAT, crc32 } from './checksum';
import { chars, packText, parseJsonCapped, unpackText } from './packing';

/** The link format written by this version. */
export const LINK_FORMAT = 2;

/**
 * Longest link we make or read. RFC 9110 §4.1 recommends that all software handling URIs support at least 8,000
 * octets, which is what mail clients, browsers' address bars and link previewers are built for. A link is only
 * useful if everything on the way passes it intact; longer ones go as a file.
 */
export const LINK_LIMIT = 8000;

/**
 * Largest link a QR code can hold: version 40 at error-correction level L carries 2,953 bytes in byte mode, and a
 * link is plain ASCII, one byte a character. A link to a shipped deck is far below it.
 */
export const QR_LIMIT = 2953;

/**
 * Most bytes a link may decompress to. A 60-card deck is about 30 KB of JSON and a full 8,000-character link about
 * 35 KB; ten times that is room for text that compresses unusually well, and stops a crafted link that would expand
 * to megabytes.
 */
export const LINK_BUDGET = 400_000;

export interface EncodedLink {
	url: string;
	chars: number;
	/** Whether the deck goes by reference (shipped with the app) rather than inside the link. */
	byReference: boolean;
	/** Whether the link is short enough to share as a link (≤ LINK_LIMIT); otherwise offer the file. */
	fits: boolean;
	/** Whether the link is short enough for a QR code (≤ QR_LIMIT). */
	fitsQr: boolean;
}

export type DecodedLink = { ok: true; body: Body } | { ok: false; error: string };

export const LINK_ERRORS = {
	notALink: 'This is not a Briefing Trainer assignment link.',
	incomplete: 'This link is incomplete — it may have been cut off when it was copied. Ask for the link again.',
	damaged: `This link is damaged — it was cut off or changed when it was copied. Ask for the link again. ${CHECKSUM_CAVEAT}`,
	newer:
		'This link was made by a newer version of Briefing Trainer. Reload the page to update the app, then open the link again.',
	older:
		'This link was made by an earlier version of Briefing Trainer, which this version no longer reads. Ask your instructor for a new link.',
	tooLarge: 'This link unpacks to far more than any assignment holds, so it was not opened. Ask for the file instead.',
	tooDeep: 'This link holds data nested far deeper than any assignment, so it was not opened. Ask for a new link.'
} as const;

/** "This link has 300,000 characters; …": said before anything else is done with it. */
export function tooLongMessage(n: number): string {
	return `This link has ${chars(n)} characters; an assignment link has at most ${chars(LINK_LIMIT)}, so it was not opened. Ask for the assignment file instead.`;
}

/**
 * Puts an assignment into a link under `baseUrl` (any fragment of `baseUrl` is replaced): by reference when
 * `shipped`, else with the deck inside. Throws if the assignment is not valid.
 */
export async function encodeAssignmentLink(a: Assignment, baseUrl: string, shipped: boolean): Promise<EncodedLink> {
	const json = canonicalJson(await makeBody(a, shipped));
	const url = `${baseUrl.split('#')[0] ?? ''}#a=${LINK_FORMAT}.${packText(crc32(json) + json)}`;
	return {
		url,
		chars: url.length,
		byReference: shipped,
		fits: url.length <= LINK_LIMIT,
		fitsQr: url.length <= QR_LIMIT
	};
}

/**
 * Reads an assignment from a whole link, a fragment (`#a=…`) or the bare `a=…` part. Never throws: damaged, cut-off,
 * oversized, foreign or future links give `{ ok: false, error }` with a sentence to show the trainee.
 */
export function decodeAssignmentLink(urlOrFragment: string): DecodedLink {
	if (typeof urlOrFragment !== 'string') return fail(LINK_ERRORS.notALink);
	// The cap comes first: stripping spaces from a huge paste is the only work done before it, and it is linear.
	const compact = urlOrFragment.replace(/\s+/g, '');
	if (compact.length > LINK_LIMIT) return fail(tooLongMessage(compact.length));
	const value = fragmentValue(compact);
	if (value === undefined) return fail(LINK_ERRORS.notALink);
	const m = /^(\d{1,6})(?:\.(.*))?$/s.exec(value);
	if (value === '' || (m && m[2] === undefined)) return fail(LINK_ERRORS.incomplete);
	if (!m) return fail(LINK_ERRORS.notALink);
	const version = Number(m[1]);
	if (version > LINK_FORMAT) return fail(LINK_ERRORS.newer);
	if (version < LINK_FORMAT) return fail(version >= 1 ? LINK_ERRORS.older : LINK_ERRORS.notALink);

	const text = unpackText(m[2] ?? '', LINK_LIMIT, LINK_BUDGET);
	if (!text.ok) return fail(text.error === 'too large' ? LINK_ERRORS.tooLarge : LINK_ERRORS.incomplete);
	const sum = text.value.slice(0, 8);
	const json = text.value.slice(8);
	if (!/^[0-9a-f]{8}$/.test(sum) || crc32(json) !== sum) return fail(LINK_ERRORS.damaged);
	const parsed = parseJsonCapped(json);
	if (!parsed.ok) return fail(parsed.error === 'too deep' ? LINK_ERRORS.tooDeep : LINK_ERRORS.damaged);
	const checked = checkBody(parsed.value);
	if (!checked.ok) {
		return fail(`This link holds an assignment that is not valid (${checked.error}). Ask for a new link.`);
	}
	return { ok: true, body: checked.value };
}

/**
 * The `a` value of the fragment, or undefined when there is none. Tolerates what copying does to a link (spaces
 * and line breaks are already gone): surrounding quotes or angle brackets, percent-encoding.
 */
function fragmentValue(input: string): string | undefined {
	const s = input.replace(/^["'<«“‘(]+|[">'»”’)]+$/g, '');
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

function fail(error: string): { ok: false; error: string } {
	return { ok: false, error };
}
