/**
 * `read` remembered per string, for readings asked again and again of the same few phrases (a draft reads the same
 * figures, dates and nouns for every rule and every event). Bounded, so a long session of drafts does not grow it
 * without end.
 */
export function remembered<T>(read: (s: string) => T): (s: string) => T {
	const seen = new Map<string, T>();
	return (s) => {
		if (seen.has(s)) return seen.get(s)!;
		const value = read(s);
		if (seen.size > 2000) seen.clear();
		seen.set(s, value);
		return value;
	};
}
