/**
 * Hashes and signatures for assignments and reports, through Web Crypto (`crypto.subtle`: every browser the app
 * runs in, and Node 20+ for tests and the bench).
 *
 * - The **content hash** names the exact cards assigned: SHA-256 of their canonical JSON, first 128 bits. A link
 *   to a shipped deck carries it instead of the cards, and the trainee's copy must give the same hash.
 * - **Card fingerprints** (16 bits per card, SHA-256 of one card's canonical JSON) only locate which cards differ
 *   when the content hash does not match; the hash, not the fingerprints, decides whether anything differs. A changed
 *   card keeps its old fingerprint by chance once in 65,536, and is then missing from the list of differences only.
 * - Each assignment has a random **secret** (128 bits) that travels only in its link or file. Reports are signed
 *   with HMAC-SHA-256 under it, so the class view can tell a report made from that assignment from one typed up by
 *   anyone else. It proves nothing about who holds the link or whether the progress in the report is real.
 */
import { canonicalJson } from './checksum';
import { fromBase64Url, toBase64Url } from './packing';

const FINGERPRINT_BYTES = 2;
const CONTENT_HASH_BYTES = 16;
const SECRET_BYTES = 16;

const utf8 = (text: string) => new TextEncoder().encode(text);

async function sha256(text: string): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text)));
}

/** The content hash of `cards` (order matters: the deck's order is part of what was assigned). */
export async function contentHash(cards: readonly unknown[]): Promise<string> {
	return toBase64Url((await sha256(canonicalJson(cards))).subarray(0, CONTENT_HASH_BYTES));
}

/** 16-bit fingerprint of each card, in order, as numbers. */
export async function cardFingerprints(cards: readonly unknown[]): Promise<number[]> {
	const digests = await Promise.all(cards.map((c) => sha256(canonicalJson(c))));
	return digests.map((d) => (d[0]! << 8) | d[1]!);
}

/** Fingerprints packed two bytes each, as base64url (66 cards: 176 characters). */
export function packFingerprints(fps: readonly number[]): string {
	const bytes = new Uint8Array(fps.length * FINGERPRINT_BYTES);
	fps.forEach((fp, i) => {
		bytes[2 * i] = fp >> 8;
		bytes[2 * i + 1] = fp & 0xff;
	});
	return toBase64Url(bytes);
}

export function unpackFingerprints(text: string): number[] | undefined {
	const bytes = fromBase64Url(text);
	if (!bytes || bytes.length % FINGERPRINT_BYTES) return undefined;
	const out: number[] = [];
	for (let i = 0; i < bytes.length; i += 2) out.push((bytes[i]! << 8) | bytes[i + 1]!);
	return out;
}

/** A fresh assignment secret: 128 random bits, base64url (22 characters). */
export function newSecret(): string {
	return toBase64Url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** base64url of 16 bytes, as `newSecret` writes it. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{22}$/;

async function hmacKey(secret: string): Promise<CryptoKey | undefined> {
	const raw = fromBase64Url(secret);
	if (!raw || raw.length !== SECRET_BYTES) return undefined;
	return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

/** HMAC-SHA-256 of the canonical JSON of `value` under `secret`, base64url (43 characters). */
export async function sign(secret: string, value: unknown): Promise<string> {
	const key = await hmacKey(secret);
	if (!key) throw new RangeError('An assignment secret is 22 base64url characters.');
	return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(canonicalJson(value)))));
}

/** Whether `signature` is `sign(secret, value)`; compared by Web Crypto in constant time. Never throws. */
export async function verify(secret: string, value: unknown, signature: string): Promise<boolean> {
	try {
		const key = await hmacKey(secret);
		const sig = fromBase64Url(signature);
		if (!key || !sig) return false;
		return await crypto.subtle.verify('HMAC', key, sig, utf8(canonicalJson(value)));
	} catch {
		return false;
	}
}
