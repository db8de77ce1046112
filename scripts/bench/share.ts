/**
 * Link and QR sizes per deck (`npm run bench share`): each shipped deck assigned as a whole, sent by reference (the
 * normal case) and, for comparison, carried inside the link as a deck kept only in the browser would be — packed
 * with raw DEFLATE + base64url (what links use) and with lz-string (what they used before), so the choice stays
 * measured. Plus a 60-card deck kept only in the browser: the curated deck's first 60 cards under another id, and
 * the first 60 cards the generator proposes from the briefing documents (what /create would keep in the browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from 'uqr';
import { generateDeck, type DocMeta } from '../../src/lib/generator/index';
import { compressToEncodedURIComponent } from '../../src/lib/lz';
import { loadDecks } from '../../src/lib/server/decks';
import { makeBody } from '../../src/lib/share/body';
import { realisticAssignment } from '../../src/lib/share/capacity';
import { canonicalJson, crc32 } from '../../src/lib/share/checksum';
import { encodeAssignmentLink, LINK_FORMAT, LINK_LIMIT, QR_LIMIT } from '../../src/lib/share/link';
import type { Assignment } from '../../src/lib/share/assignment';
import type { Deck } from '../../src/lib/decks/schema';
import type { BenchRow } from './types';

/** A deployment's join page; a site under a longer path adds its extra length to every figure. */
const BASE = 'https://briefing-trainer.example.org/join/';
/** The 66-card deck's reference link must stay this short (issue target), and a 60-card local deck's link within LINK_LIMIT. */
const REFERENCE_TARGET = 600;

function assign(deck: Deck): Assignment {
	return { ...realisticAssignment(1), title: deck.title, deck };
}

/** QR version size in modules (21 for version 1, +4 a version) at error correction L, as the app draws it. */
function qrModules(url: string): number {
	return encode(url, { ecc: 'L', border: 0 }).size;
}

async function lzLinkChars(a: Assignment): Promise<number> {
	const json = canonicalJson(await makeBody(a, false));
	return `${BASE}#a=${LINK_FORMAT}.`.length + compressToEncodedURIComponent(crc32(json) + json).length;
}

export async function bench(): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	const note = `base ${BASE}`;
	for (const deck of loadDecks()) {
		const a = assign(deck);
		const ref = await encodeAssignmentLink(a, BASE, true);
		const inline = await encodeAssignmentLink(a, BASE, false);
		const lz = await lzLinkChars(a);
		const n = deck.cards.length;
		rows.push(
			{
				section: 'share',
				name: `link.reference.${deck.id}`,
				value: ref.chars,
				unit: 'chars',
				...(deck.id === 'crocus-city-hall' ? { target: REFERENCE_TARGET, better: 'lower' as const } : {}),
				note: `${n} cards by reference; ${note}`
			},
			{
				section: 'share',
				name: `qr.reference.${deck.id}`,
				value: qrModules(ref.url),
				unit: 'modules',
				target: qrModules('x'.repeat(QR_LIMIT)),
				better: 'lower',
				note: `QR side of that link, ECC L`
			},
			{
				section: 'share',
				name: `link.inline.deflate.${deck.id}`,
				value: inline.chars,
				unit: 'chars',
				note: `${n} cards inside the link, DEFLATE + base64url`
			},
			{
				section: 'share',
				name: `link.inline.lz.${deck.id}`,
				value: lz,
				unit: 'chars',
				note: `same with lz-string: DEFLATE is ${((1 - inline.chars / lz) * 100).toFixed(0)} % shorter`
			}
		);
	}
	const full = loadDecks().find((d) => d.id === 'crocus-city-hall');
	if (full) {
		const local = { ...full, id: 'my-briefing', cards: full.cards.slice(0, 60) };
		const link = await encodeAssignmentLink(assign(local), BASE, false);
		rows.push({
			section: 'share',
			name: 'link.local60.real',
			value: link.chars,
			unit: 'chars',
			target: LINK_LIMIT,
			better: 'lower',
			note: `first 60 cards of crocus-city-hall as a browser-only deck; QR ${link.fitsQr ? qrModules(link.url) + ' modules' : 'does not fit'}`
		});
	}
	const made = generatedDeck();
	if (made) {
		const link = await encodeAssignmentLink(assign(made), BASE, false);
		rows.push({
			section: 'share',
			name: 'link.local60.generator',
			value: link.chars,
			unit: 'chars',
			target: LINK_LIMIT,
			better: 'lower',
			note: `${made.cards.length} cards the generator proposes from the briefing documents, as a browser-only deck`
		});
	}
	return rows;
}

/** The deck /create would make from the briefing's documents (first 60 cards), or null when they are absent. */
function generatedDeck(): Deck | null {
	const dir = process.env.BRIEFING_SOURCES ?? join('..', 'shared', 'briefings');
	const listing = join(dir, 'sources.json');
	if (!existsSync(listing)) return null;
	const docs = (JSON.parse(readFileSync(listing, 'utf8')) as { documents: (DocMeta & { file: string })[] }).documents;
	const inputs = docs.map((d) => ({ text: readFileSync(join(dir, d.file), 'utf8'), meta: d }));
	const deck = generateDeck(inputs, { id: 'my-briefing', title: 'My briefing' }).deck;
	return { ...deck, cards: deck.cards.slice(0, 60) };
}
