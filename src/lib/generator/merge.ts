/**
 * Several sources: facts that are the same fact (same kind and measure, about the same event) are grouped. When
 * their values agree, one card stands for them; when they differ ("more than 90" against "almost 100"), the card
 * keeps both, one as its answer and the other as a variant, so the learner sees that the sources disagree.
 */
import { eventKeys } from './events';
import type { Fact } from './types';

export interface FactGroup {
	/** The fact the card asks: the first one read. */
	main: Fact;
	/** The same value in other words or from other documents ("over 130" beside "more than 130"). */
	agreeing: Fact[];
	/** Other documents' different values for the same fact. */
	differing: Fact[];
}

const subset = (a: string[], b: string[]) => a.length > 0 && a.every((k) => b.includes(k));

/** Whether two facts answer the same question. */
export function sameFact(a: Fact, b: Fact): boolean {
	if (a.kind !== b.kind || a.measure !== b.measure) return false;
	if (a.kind === 'actor' || a.kind === 'blame' || a.kind === 'warning')
		return a.normalized === b.normalized && (a.subject ?? '').toLowerCase() === (b.subject ?? '').toLowerCase();
	if (a.kind === 'motive') return a.normalized === b.normalized;
	if (a.kind === 'claim') return a.normalized === b.normalized || a.subject === b.subject;
	const ka = eventKeys(a.event);
	const kb = eventKeys(b.event);
	if (a.kind === 'date')
		return a.normalized === b.normalized && (ka.length === 0 || kb.length === 0 || ka.some((k) => kb.includes(k)));
	if (a.normalized === b.normalized) return ka.some((k) => kb.includes(k));
	// Different values are one fact only across documents, and only when one event's names contain the other's.
	return a.evidence.doc !== b.evidence.doc && (subset(ka, kb) || subset(kb, ka));
}

/** Whether two dates agree at the coarser precision ("2024" and "2024-01"). */
function compatible(a: Fact, b: Fact): boolean {
	if (a.kind !== 'date') return a.normalized === b.normalized;
	return a.normalized.startsWith(b.normalized) || b.normalized.startsWith(a.normalized);
}

/** Groups facts in reading order: documents in the order given, facts in the order read. */
export function groupFacts(facts: Fact[]): FactGroup[] {
	const groups: FactGroup[] = [];
	for (const f of facts) {
		const g = groups.find((g) => sameFact(g.main, f));
		if (!g) groups.push({ main: f, agreeing: [], differing: [] });
		else if (compatible(g.main, f)) g.agreeing.push(f);
		else if (f.evidence.doc !== g.main.evidence.doc && !g.differing.some((d) => d.evidence.doc === f.evidence.doc))
			g.differing.push(f);
		else groups.push({ main: f, agreeing: [], differing: [] });
	}
	return groups;
}
