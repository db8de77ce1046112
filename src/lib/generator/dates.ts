/** Dates in a story are read by the one English reader in `src/lib/lang`; re-exported for the fact finder. */
export { MONTHS, advance, findDates, formatDate, shift, type DateMatch, type TimePoint, type Timeline } from '../lang';

/** A verb of what follows an attack: the police, the courts, mourners and officials acting on it. */
const AFTERMATH =
	/\b(?:arrested|detained|charged|convicted|sentenced|jailed|condemned|mourned|buried|extradited|visited|commemorated)\b/i;

/**
 * Whether a date's clause tells of the aftermath of the event it names — "Police arrested two men over the Rell
 * market attack on Tuesday" — so the date is the arrest's, not the attack's: an aftermath verb, then the event named
 * after a preposition ("in", "over", "for", "after", "the site of") rather than as what happened.
 */
export function aftermathOf(clause: string, mention: string): boolean {
	if (!AFTERMATH.test(clause)) return false;
	const at = clause.indexOf(mention);
	if (at <= 0 || !AFTERMATH.test(clause.slice(0, at))) return false;
	return /\b(?:in|over|for|after|from|of|on|with|since)\s+(?:the\s+|a\s+|an\s+)?$/i.test(clause.slice(0, at));
}
