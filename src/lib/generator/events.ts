/**
 * Names the event a figure or date belongs to, from the words around it: "suicide bombings in Kerman, Iran",
 * "attack on a maternity ward in Kabul", "Kabul University". A figure whose sentence names no event belongs to the
 * event the story was last on ("More than 130 people have been killed" after "a packed concert hall in Moscow").
 */

const ATTACK =
	'(?:attacks?|bombings?|assaults?|shootings?|massacres?|raids?|blasts?|explosions?|strikes?|sieges?|stabbings?|hostage-taking)';
/** A proper name: capitalised words, allowing "of", "al-" and a trailing venue noun ("Kabul airport"). */
const NAME =
	"(?:[A-Z][\\w'’.-]*(?:\\s+(?:of\\s+|de\\s+|al-)?[A-Z][\\w'’-]*)*(?:\\s+(?:theater|theatre|hall|airport|university|mosque|church|synagogue|school|hospital|station|stadium|market|base|square|shrine|cemetery|refinery|plant|port|terminal|pipeline|depot|embassy|hotel|harbour|harbor|market|academy|barracks|prison))?)";
const PLACE = `${NAME}(?:,\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?)?`;

const PATTERNS: RegExp[] = [
	// "suicide bombings in Kerman, Iran", "attack on a maternity ward in Kabul", "bombings at Kabul airport"
	new RegExp(
		`\\b(?:(?:suicide|terrorist|devastating|deadly|armed|bomb|gun|mass|jihadi|ISIS-K|ISKP|[A-Z][a-z]+)\\s+){0,2}${ATTACK}\\s+(?:on|at|in|against)\\s+(?:(?:a|an|the)\\s+)?(?:(?:[a-z-]+\\s+){0,3}(?:in|at)\\s+)?${PLACE}`,
		'g'
	),
	// "attacked Kabul University", "bombed an election rally"
	new RegExp(
		`\\b(?:attacked|bombed|struck|targeted|stormed|hit)\\s+(?:(?:a|an|the)\\s+)?(?:${NAME}|(?:[a-z-]+\\s+){0,2}(?:rally|mosque|church|school|hospital|market|concert|wedding|funeral|ceremony|university|airport|academy|station|base|terminal|refinery|plant|port|hotel|embassy|prison|barracks|hall|theater|theatre|pipeline|depot))`,
		'g'
	),
	// "an ISIS-K terrorist bombing in Iran", "the Moscow attack"
	new RegExp(
		`\\b(?:the\\s+)?${NAME}\\s+(?:(?!for\\b|to\\b|with\\b|against\\b|by\\b|the\\b)[a-z]+\\s+){0,2}${ATTACK}\\b(?:\\s+(?:in|at|on)\\s+${PLACE})?`,
		'g'
	),
	// a place alone: "at the Crocus City Hall theater in Moscow", "in Europe", "in Pensacola, Florida"
	new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?${PLACE}`, 'g')
];

/** Words that start sentences or name groups rather than places, so "In July" or "ISKP" is no event. */
const NOT_PLACE =
	/^(?:in|at|the)?\s*(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/;

/** The event phrase closest to `index` in the sentence, or undefined. */
export function eventNear(sentence: string, index: number): string | undefined {
	let best: { text: string; score: number } | undefined;
	PATTERNS.forEach((re, rank) => {
		re.lastIndex = 0;
		for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
			const text = m[0]
				.replace(/^(?:in|at|attacked|bombed|struck|targeted|stormed|hit)\s+/, '')
				.replace(/[,.]$/, '')
				.trim();
			if (NOT_PLACE.test(text) || text.split(/\s+/).length > 12) continue;
			// "the attack on U.S. soil" names no place of its own.
			if (/[A-Z]/.test(text) && eventKeys(text).length === 0) continue;
			const distance =
				index >= m.index && index <= m.index + m[0].length
					? 0
					: Math.min(Math.abs(index - m.index), Math.abs(index - m.index - m[0].length));
			// Nearest wins; a phrase that names the attack beats a bare place at a similar distance.
			const score = distance + rank * 10;
			if (!best || score < best.score) best = { text, score };
		}
	});
	return best?.text;
}

/** The capitalised words of an event, lowercased, to tell whether two phrases name the same event. */
export function eventKeys(event: string | undefined): string[] {
	if (!event) return [];
	const stop = new Set([
		'The',
		'A',
		'An',
		'In',
		'At',
		'On',
		'US',
		'U.S.',
		'U.S',
		'UK',
		'U.K',
		'USA',
		'ISIS-K',
		'ISKP',
		'ISIS',
		'ISIL',
		'Islamic',
		'State'
	]);
	return [...event.matchAll(/\b[A-Z][\w'’-]+/g)]
		.map((m) => m[0])
		.filter((w) => !stop.has(w))
		.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
}

/** A readable id part for an event: its first distinctive name ("kerman", "crocus-city-hall"). */
export function eventSlug(event: string | undefined): string {
	const keys = eventKeys(event);
	const slug = (
		keys.length ? keys.slice(0, 3).join('-') : (event ?? 'event').split(/\s+/).slice(-2).join('-')
	).toLowerCase();
	return (
		slug
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || 'event'
	);
}
