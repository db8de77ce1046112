/**
 * Counts a headline gives ("Ankara car bomb: 37 dead, 125 hurt") are the counts of the one event it tells of. The body
 * usually repeats them, and then its sentence is the better source; a count only the headline gives is kept, so a
 * report whose body gives the wounded only in passing still yields its toll.
 */
import { findFigures } from './figures';
import type { StoryEvent } from './model';
import { quoteAround } from './quote';
import { countOf } from './toll-facts';
import type { Fact } from './types';

/** A headline that lowers its count: "toll lowered to 61", "death toll revised down to 253". */
const LOWERED = /\b(?:lowered|lowers|cut|cuts|reduced|reduces|falls|fell|dropped|drops|revised\s+down)\b/i;
/** The measure of a toll fact without its group: "killed" for "killed:children". */
const base = (measure: string | undefined) => measure?.split(':')[0];

/**
 * Toll facts for the headline's counts of `event` whose measure no fact of the body gives for it, appended to `facts`.
 * `headline` is the title paragraph as the document writes it, numbered `paragraph`.
 */
export function headlineCounts(
	headline: string,
	paragraph: number,
	event: StoryEvent,
	facts: Fact[],
	doc: string,
	/** The day of publication: a headline gives the count as it stood then. */
	published?: string
): void {
	for (const f of findFigures(headline)) {
		if (f.kind !== 'toll' || f.victims || f.superseded) continue;
		// The body's own count of that measure, or the same count given to an event the body names in other words.
		const given = (g: Fact) =>
			g.kind === 'toll' && base(g.measure) === f.measure && (g.eventId === event.id || g.normalized === f.normalized);
		// "Marrakesh cafe bomb toll rises to 17" over a body that gives 16: a headline's revised count is the latest,
		// unless the body gives it too, or more ("more than 100" over "at least 104", 17 over "rose to 19").
		// A headline's lowered count ("toll lowered to 61") replaces the higher counts before it, unless the body gives it.
		const lowered = LOWERED.test(headline);
		const beaten = (g: Fact) => given(g) && (lowered ? countOf(g) === f.number : countOf(g) >= f.number);
		if (facts.some(given) && !(f.update && !facts.some(beaten))) continue;
		facts.push({
			kind: 'toll',
			value: f.value,
			normalized: f.normalized,
			qualifier: f.qualifier,
			measure: f.measure,
			...(f.update ? { update: true } : {}),
			...(published ? { told: published } : {}),
			written: f.value,
			sentence: headline,
			eventId: event.id,
			evidence: { doc, paragraph, quote: quoteAround(headline, f.index, f.index + f.value.length) }
		});
	}
}
