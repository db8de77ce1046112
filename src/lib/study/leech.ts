/**
 * Leeches: cards that keep lapsing. As in Anki, a card is a leech when it has lapsed 8 times, and again every 4
 * lapses after that (12, 16…), so a leech unsuspended and still failing is caught again rather than every time.
 */
import type { Card } from 'ts-fsrs';

export const LEECH_LAPSES = 8;
export const LEECH_AGAIN_EVERY = 4;

/** True when the grade that turned `before` into `after` made the card a leech (it is then suspended). */
export function becameLeech(before: Pick<Card, 'lapses'>, after: Pick<Card, 'lapses'>): boolean {
	if (after.lapses <= before.lapses || after.lapses < LEECH_LAPSES) return false;
	return (after.lapses - LEECH_LAPSES) % LEECH_AGAIN_EVERY === 0;
}
