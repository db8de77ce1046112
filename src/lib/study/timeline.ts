/**
 * A deck's timeline: every dated card placed on one line, each with its quote and source. Where sources give
 * different dates for one event, the event carries every account and is marked as disputed.
 */
import { formatDate, parseDate, type ParsedDate, type Precision } from '../lang';
import type { Deck, DeckCard, Evidence } from '../decks/schema';

export interface Account {
	/** The date as this source gives it, e.g. "March 2019". */
	label: string;
	evidence: Evidence;
	/** The source's title (or its id when the deck lists none). */
	sourceTitle: string;
}

export interface TimelineEvent {
	cardId: string;
	/** What happened, as a headline: "Taliban take control of Afghanistan". */
	title: string;
	year: number;
	month?: number;
	day?: number;
	precision: Precision;
	/** The span the date covers, epoch ms (UTC): a year-only date covers the whole year. */
	start: number;
	end: number;
	label: string;
	/** The card's own account first, then other sources' (variants). */
	accounts: Account[];
	/** Sources give different dates. */
	disputed: boolean;
}

/** The date in an answer such as "22 March 2024", "March 2019", "by the end of 2017" or "2015"; null when none. */
export function readDate(text: string): ParsedDate | null {
	const parsed = parseDate(text);
	if (parsed?.year !== undefined) return parsed;
	// Phrases around a year ("by the end of 2017", "since 2019"): the year is what can be placed.
	const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(text);
	return year ? { year: Number(year[1]) } : null;
}

const QUESTION =
	/^(?:on what date|in what year|in which year|in what month|since what year|since when|by when|when)\s+(?:did|was|were|had|has|have|is|are)\s+/i;

/**
 * A headline for a dated card, from its question: "When did the Taliban take control of Afghanistan?" becomes
 * "The Taliban take control of Afghanistan". Notes in brackets and "per Byman" go; a cloze card, whose prompt has a
 * hole, uses its quote.
 */
export function eventTitle(card: Pick<DeckCard, 'format' | 'prompt' | 'source'>): string {
	if (card.format === 'cloze' || !QUESTION.test(card.prompt)) return sentence(card.source.quote);
	const text = card.prompt
		.replace(QUESTION, '')
		.replace(/\s*\([^)]*\)/g, '')
		.replace(/,?\s+(?:per|according to)\s+[A-Z][\w.]*\s*\??$/, '')
		.replace(/\?$/, '')
		.trim();
	return sentence(text);
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The span of a date in UTC: a day, a month or a year. */
function span(d: ParsedDate & { year: number }): { start: number; end: number } {
	if (d.month === undefined) return { start: Date.UTC(d.year, 0, 1), end: Date.UTC(d.year + 1, 0, 1) };
	if (d.day === undefined) return { start: Date.UTC(d.year, d.month - 1, 1), end: Date.UTC(d.year, d.month, 1) };
	return { start: Date.UTC(d.year, d.month - 1, d.day), end: Date.UTC(d.year, d.month - 1, d.day + 1) };
}

/** Every date card of the deck with a readable date, earliest first (a shorter span first on a tie). */
export function buildTimeline(deck: Pick<Deck, 'cards' | 'sources'>): TimelineEvent[] {
	const titleOf = (doc: string) => deck.sources.find((s) => s.id === doc)?.title ?? doc;
	const events: TimelineEvent[] = [];
	for (const card of deck.cards) {
		if (card.kind !== 'date') continue;
		const date = readDate(card.answer);
		if (date?.year === undefined) continue;
		const d = { ...date, year: date.year };
		const accounts: Account[] = [
			{ label: card.answer, evidence: card.source, sourceTitle: titleOf(card.source.doc) },
			...(card.variants ?? []).map((v) => ({ label: v.answer, evidence: v.source, sourceTitle: titleOf(v.source.doc) }))
		];
		const precision = card.precision ?? (d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year');
		events.push({
			cardId: card.id,
			title: eventTitle(card),
			year: d.year,
			month: d.month,
			day: d.day,
			precision,
			...span(d),
			label: formatDate(d, precision),
			accounts,
			disputed: accounts.some((a) => a.label !== card.answer)
		});
	}
	return events.sort((a, b) => a.start - b.start || a.end - b.end || a.cardId.localeCompare(b.cardId));
}

export type Zoom = 'year' | 'month' | 'day';

export interface TimelineGroup {
	key: string;
	label: string;
	events: TimelineEvent[];
}

/**
 * Events grouped for a zoom level: by year, by month, or by day. An event dated less precisely than the zoom stays
 * in a group of its own precision ("2019", "March 2019"), placed before the finer groups it contains.
 */
export function groupTimeline(events: readonly TimelineEvent[], zoom: Zoom): TimelineGroup[] {
	const groups: TimelineGroup[] = [];
	for (const e of events) {
		const depth = Math.min(rank(zoom), rank(e.precision));
		const key = [e.year, depth >= 1 ? e.month : null, depth >= 2 ? e.day : null].filter((x) => x != null).join('-');
		const label = formatDate({ year: e.year, month: e.month, day: e.day }, (['year', 'month', 'day'] as const)[depth]);
		const last = groups.at(-1);
		if (last?.key === key) last.events.push(e);
		else groups.push({ key, label, events: [e] });
	}
	return groups;
}

const rank = (p: Precision | Zoom) => (p === 'year' ? 0 : p === 'month' ? 1 : 2);
