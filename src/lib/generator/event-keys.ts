/**
 * Keys of event names: the lowercased words that identify a place or a target, for telling whether two mentions are
 * one event, and readable id parts made from them.
 */
const STOP = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'of', 'near', 'us', 'u.s.', 'uk', 'its', 'their']);
/** Venues that name the same kind of place, so "a concert hall" and "the … theater" can be one venue. */
const SAME_VENUE: Record<string, string> = {
	theater: 'hall',
	theatre: 'hall',
	concert: 'hall',
	venue: 'hall',
	nightclub: 'club'
};

/** Lowercased words that identify a place or target, for telling whether two mentions are one event. */
export function keysOf(text: string | undefined): string[] {
	if (!text) return [];
	let keys = KEYS.get(text);
	if (!keys) {
		keys = readKeys(text);
		// Bounded, so a long session of drafts does not grow it without end.
		if (KEYS.size > 5000) KEYS.clear();
		KEYS.set(text, keys);
	}
	return keys;
}
const KEYS = new Map<string, string[]>();

function readKeys(text: string): string[] {
	// "Liège" and "Liege" are one place.
	// ("a city bus", "the city's main railway station": a lowercase "city" says what kind, not which; "Kuwait City" names
	// one. Review 34, AN min/09-10 merged a bus bombing into a station explosion by it.)
	return text
		.replace(/\bcity\b/g, ' ')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.split(/[^a-z0-9.-]+/)
		.filter((w) => w.length > 1 && !STOP.has(w) && !['packed', 'crowded', 'busy', 'local'].includes(w))
		.map((w) => SAME_VENUE[w] ?? w);
}

/** The items of a list: "Sarojini Nagar, Paharganj and Govindpuri", "Iran's parliament and Khomeini mausoleum". */
export const listItems = (text: string): string[] => text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);

/** Capitalised words of an event phrase (kept for merging facts that carry only an event phrase). */
export function eventKeys(event: string | undefined): string[] {
	return keysOf(event?.match(/\b[A-Z][\w'’-]+/g)?.join(' '));
}

/** A readable id part for an event ("kerman", "crocus-city-hall"). */
export function eventSlug(event: string | undefined): string {
	const slug = keysOf(event).slice(0, 3).join('-');
	return (
		slug
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || 'event'
	);
}
