/**
 * What opens a paragraph before its story does: a wire's dateline ("MARRAKESH, Morocco, May 8 (Tensift Wire) - ",
 * "QUEBEC CITY - ", "QUETTA: "), a live entry's time stamp ("10.42 GMT ", "22:10 - ", "9:20 p.m. ") or a list's
 * bullet ("- "). None of it is part of the sentence it stands before: a clause quoted or asked as a gap starts after it.
 */
import { readStamp } from './clock';

/**
 * A dateline: a city in capitals (a word of three letters or more, "QUEBEC CITY" in two), then the country, the day
 * or both after commas (capitalised words and numbers only), an agency in brackets, and a dash or a colon; or as the
 * Russian and Spanish agencies write it, "MOSCOW, April 27. /TASS/.", "MADRID, Jul 18 (EFE).-".
 */
const DATELINE =
	/^[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+)*(?:,\s(?:[A-Z][\w.'’]*|\d{1,4})(?:,?\s(?:[A-Z][\w.'’]*|\d{1,4})){0,4})?(?:\s*\([^()\n]{2,40}\)\.?|\.\s*\/[A-Z]{2,8}\/\.)?(?:\s*(?:--|[-–—:])|(?<=\/\.))\s+/;
/**
 * A dateline as a news agency in continental Europe writes it: the city in its own case, perhaps the day in numbers, and
 * the agency in brackets, "Magdeburg, 21.12.2024 (dpa) - ", "Berlin (dpa) - " (a known agency only: a city in its own
 * case could open any sentence); India's agencies write no dash after it: "New Delhi, Jul 2 (PTI) A 19-year-old …".
 */
const AGENCY_DATELINE =
	/^[A-Z][\p{Ll}'’.-]+(?:[ -][A-Z][\p{Ll}'’.-]+)?(?:,\s(?:\d{1,2}\.\d{1,2}\.\d{2,4}|[A-Z][a-z]+\.?\s\d{1,2}))?\s*\((?:dpa|AFP|AP|Reuters|ANP|TT|NTB|Ritzau|STT|APA|SDA|Keystone-SDA|KNA|epd|ANSA|EFE|PAP|CTK|MTI|Belga|PTI|IANS|UNI|ANI)\)\s*(?:(?:--|[-–—:])\s+|(?<=\((?:PTI|IANS|UNI|ANI)\)\s*)(?=[A-Z0-9"“]))/u;
/**
 * A dateline whose day is written in the paper's own language, lower-case words and all, ending in its year:
 * "RIPOLL, dissabte 19 d'agost de 2017 - ", "NICE, le 15 juillet 2016 — ", "SAINT-ÉTIENNE-DU-ROUVRAY (Seine-Maritime),
 * mercredi 27 juillet 2016. - ".
 */
const OWN_LANGUAGE_DATELINE =
	/^\p{Lu}[\p{Lu}'’.-]{2,}(?:\s\p{Lu}[\p{Lu}'’.-]+)*(?:\s*\([^()\n]{2,40}\))?,\s(?:\p{L}[\p{L}'’.]*\s+){0,3}\d{1,2}\s+(?:\p{L}[\p{L}'’.]*\s+){1,3}(?:19|20)\d\d\.?\s*(?:--|[-–—])\s+/u;
/** What may follow a stamp before the entry's words: a zone or "local time", then a dash or a colon. */
const AFTER_STAMP = /^(?:\s+(?:[A-Z]{2,4}|local\s+time)\b)?\s*(?:[-–—:]\s*)?/;
const BULLET = /^[-–—•*]\s+/;

/** Where the story's own words start in `sentence` (0 when nothing opens it). */
export function storyStart(sentence: string): number {
	const dateline = DATELINE.exec(sentence) ?? AGENCY_DATELINE.exec(sentence) ?? OWN_LANGUAGE_DATELINE.exec(sentence);
	if (dateline) return dateline[0].length;
	return stampLength(sentence) || (BULLET.exec(sentence)?.[0].length ?? 0);
}

/** `sentence` with its first `length` characters blanked: what opens it is read as no part of it, at the same offsets. */
export function blankStart(sentence: string, length: number): string {
	return length > 0 ? ' '.repeat(length) + sentence.slice(length) : sentence;
}

/** The length of a live entry's stamp opening `sentence` ("Sat 22:45 - ", "10.42 GMT "), 0 when none opens it. */
export function stampLength(sentence: string): number {
	const stamp = readStamp(sentence);
	// ("Tuesday 15 January, 3.28 p.m. - Loud explosions … have been reported": a date written out is the story's to
	// read, the entry's day and perhaps its event's; only the entry's time is furniture then, read by entryStamp.)
	if (!stamp || stamp.dated) return 0;
	const rest = AFTER_STAMP.exec(sentence.slice(stamp.end))![0];
	// A stamp is furniture only with words after it.
	return /\S/.test(sentence.slice(stamp.end + rest.length)) ? stamp.end + rest.length : 0;
}
