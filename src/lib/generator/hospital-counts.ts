/**
 * Counts a hospital or a morgue gives of those it took in from an attack: "Holy Family Hospital took in two bodies and
 * 35 wounded", "Staff at JJ Hospital say they have admitted 17 of the injured, GT Hospital has 19 and St George's
 * Hospital nine", "Fifteen of the injured have been transferred … to the Nasser Institute". Each is the part of the
 * event's toll that went there: asked as such ("How many of those injured in … were taken to JJ Hospital?"), and never
 * a rival of the toll, which a hospital's smaller count would otherwise seem to revise.
 */
import { NUMBER, QUALIFIER } from './numbers';
import { matches } from './matches';
import { pattern } from '../lang/pattern';

/** How a fact's measure names the hospital a part of the toll was taken to: `injured:taken to JJ Hospital`. */
export const TAKEN_TO = 'taken to ';

export interface HospitalCount {
	qualifier?: string;
	num: string;
	measure: 'killed' | 'injured';
	/** Where the count (its qualifier included) starts in the sentence. */
	index: number;
	/** The hospital or morgue, as written ("Holy Family Hospital", "the city morgue"). */
	hospital: string;
}

/** A count read with whether its words say it is a part ("13 of the wounded", "there alone"). */
interface Read extends HospitalCount {
	part: boolean;
}

/**
 * A hospital by its name ("Khyber Teaching Hospital", "University Medical Center of El Paso", "Pakistan Institute of
 * Medical Sciences", "City Clinical Hospital No. 2", "Medina hospital"), or a morgue or hospital a word or two
 * describe ("the city morgue", "the regional clinical hospital"; "the hospital" alone says which to no reader).
 */
const HOSPITAL_NAME =
	"(?:(?:[A-Z][\\w'’.-]*\\s+){1,5}?(?:Hospital|Medical\\s+Cent(?:er|re)|Medical\\s+Complex|Medical\\s+College|Infirmary|Clinic|Institute\\s+of\\s+Medical\\s+Sciences)(?:\\s+No\\.?\\s*\\d+)?(?:\\s+of\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?)?|[A-Z][\\w'’-]*\\s+(?:hospital|morgue)|[Tt]he\\s+(?:(?!hospital\\b|morgue\\b)[a-z]+\\s+){1,2}(?:hospital|morgue|mortuary))";
/** Words for those a count counts: the dead or the hurt, and "of the dead", "of the injured". */
// ("had admitted 47 of them": a part of the count the sentence before gave, read as of the hurt where the hospital
// admitted or treated them.)
const WHO = '(?:of\\s+(?:the\\s+)?)?(dead|bodies|wounded|injured|casualties|(?<=\\bof\\s)them)';
/** What a hospital does with those it takes in. */
const TOOK =
	'(?:(?:has|had|have)\\s+)?(?:received|admitted|took\\s+in|taken\\s+in|counted|treated|was\\s+treating|is\\s+treating|has|had)';

/**
 * The hospital as the subject of its count: "Holy Family Hospital in Rawalpindi took in two bodies", "The Pakistan
 * Institute of Medical Sciences (Pims) said it had received 19 bodies", "Staff at JJ Hospital say they have admitted
 * 17 of the injured". Groups: the hospital, qualifier, number, who.
 */
const HOSPITAL_TOOK = pattern(
	`(?:\\b(?:[Ss]taff|[Dd]octors|[Oo]fficials)\\s+at\\s+)?\\b((?:[Tt]he\\s+)?${HOSPITAL_NAME})(?:\\s+\\([A-Za-z]{2,8}\\))?(?:\\s+(?:in|of)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?)?(?:,\\s+the\\s+[^,;]{1,40},)?(?:\\s+(?:said|says|say|reported|reports)\\s+(?:that\\s+)?(?:it|they))?\\s+${TOOK}\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+${WHO}\\b`,
	'g'
);
/** A second count the same hospital took in: " and was treating 56 wounded", " and 35 wounded". */
const AND_MORE = pattern(
	`^\\s+and\\s+(?:(?:was|is)\\s+treating\\s+|treated\\s+|admitted\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+${WHO}\\b`
);
/**
 * Another hospital's count in the same list, its verb or its noun left out: ", GT Hospital has 19", " and St George's
 * Hospital nine", ", and Del Sol Medical Center took in 11". Groups: the hospital, qualifier, number.
 */
const NEXT_HOSPITAL = pattern(
	`^(?:,\\s+(?:among\\s+them|including|[\\w-]+\\s+of\\s+them)\\s+[^,;]{1,40})?,?\\s+(?:and\\s+|while\\s+)?((?:the\\s+)?${HOSPITAL_NAME})(?:\\s+(?:in|of)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?)?(?:\\s+${TOOK})?\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})(?!\\s+(?:of\\s+the\\s+)?(?:dead|bodies|wounded|injured|casualties)\\b)(?=\\s*(?:[,.;]|$|\\s+and\\s))`
);
/** Another hospital's count after the first's, told as where they went: ", while 29 were taken to Pertamina hospital". */
const NEXT_TAKEN = pattern(
	`^,?\\s+(?:and|while|whereas)\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:others\\s+)?(?:were|had\\s+been|have\\s+been)\\s+(?:taken|rushed|admitted|brought|transferred)\\s+to\\s+((?:the\\s+)?${HOSPITAL_NAME})`
);
/**
 * The count as the subject, the hospital where it went: "Fifteen of the injured have been transferred from Maghagha
 * Central Hospital to the Nasser Institute in Cairo", "six bodies and 18 wounded were brought there", "more than 160 of
 * the wounded were being treated there". Groups: qualifier, number, who; a second qualifier, number and who; the
 * hospital, or "there".
 */
const TAKEN_THERE = pattern(
	`(?:\\b(${QUALIFIER})\\s+)?\\b(${NUMBER})\\s+${WHO}(?:\\s+and\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+${WHO})?\\s+(?:were|are|have\\s+been|had\\s+been)\\s+(?:being\\s+)?(?:taken|transferred|brought|rushed|admitted|flown|airlifted|treated)\\s+(?:from\\s+(?:${HOSPITAL_NAME})\\s+)?(?:(?:to|at|in)\\s+((?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,4}|${HOSPITAL_NAME})|(there))\\b`,
	'g'
);
/**
 * The whole first, then the count and the hospital it went to: "Of the wounded, 52 were taken to the Anuradhapura
 * Teaching Hospital". Groups: who, qualifier, number, the hospital.
 */
const OF_WHOLE_TAKEN = pattern(
	`\\b[Oo]f\\s+(?:the|those)\\s+(dead|bodies|wounded|injured|casualties)\\b[^,;.]{0,40},\\s+(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:were|are|have\\s+been|had\\s+been)\\s+(?:taken|rushed|admitted|brought|transferred|flown|airlifted)\\s+to\\s+((?:the\\s+)?${HOSPITAL_NAME})`,
	'g'
);
/** The next part of such a list, its verb left out: " and 34 to the hospitals at Kebithigollewa and Padaviya". */
const AND_TO = pattern(
	`^,?\\s+(?:and\\s+)?(?:(${QUALIFIER})\\s+)?(${NUMBER})\\s+(?:others\\s+)?to\\s+((?:the\\s+)?(?:${HOSPITAL_NAME}|(?:hospitals?|clinics?)\\s+(?:at|in)\\s+[A-Z][\\w'’-]*(?:(?:,\\s+|\\s+and\\s+)[A-Z][\\w'’-]*){0,3}))`
);
/** A name that is a hospital or a morgue, for a place the count went to; in a sentence, what every count here needs. */
const IS_HOSPITAL = /\b(?:[Hh]ospital|Medical|Infirmary|Clinic|Institute|[Mm]orgue|[Mm]ortuary)\b/;
const HOSPITAL_ANYWHERE = pattern(`(?:\\b[Tt]he\\s+)?${HOSPITAL_NAME}`, 'g');

/** After a count, where those counted came from: " bodies from the station", " of the wounded from the trolleybus". */
const FROM_SITE =
	/^\s+(?:of\s+the\s+)?(?:dead|bodies|wounded|injured|casualties)\s+(?:(?:hurt|injured|wounded|killed)\s+)?(?:from|in|at)\s+the\b/i;

const measureOf = (who: string): HospitalCount['measure'] => (/^(?:dead|bodies)$/i.test(who) ? 'killed' : 'injured');
/** A hospital named as the text names it, "the" and all; "The regional clinical hospital", opening a sentence, is "the …". */
const tidy = (name: string) => name.replace(/^The\s/, 'the ').trim();

/** Every count of the sentence a hospital or morgue gives, in the order found. */
export function findHospitalCounts(sentence: string): HospitalCount[] {
	if (!IS_HOSPITAL.test(sentence)) return [];
	const out: Read[] = [];
	/** Reads one count; `whole` says it is a part of a whole the sentence names ("Of the wounded, 52 were taken to …"). */
	const push = (
		q: string | undefined,
		num: string,
		measure: HospitalCount['measure'],
		index: number,
		h: string,
		whole = false
	) => {
		if (out.some((o) => o.index === index)) return;
		const after = sentence.slice(index + (q ? q.length + 1 : 0) + num.length);
		// "received 11 bodies from the station", "took in 13 of the wounded from the trolleybus": a count that names where
		// its dead or hurt came from is that site's, which is read as any count naming a place is.
		if (FROM_SITE.test(after)) return;
		const part = whole || /^\s+of\s+(?:the|them)\b/i.test(after) || /^[^,;.]*\balone\b/i.test(after);
		out.push({ ...(q ? { qualifier: q } : {}), num, measure, index, hospital: tidy(h), part });
	};
	for (const m of matches(sentence, HOSPITAL_TOOK)) {
		const [, name, q, num, who] = m as unknown as [string, string, string | undefined, string, string];
		// ("Medina Hospital had received 80 of them", after a count of the dead: "of them" is of the hurt only where the
		// hospital admitted or treated them.)
		if (who === 'them' && !/\b(?:admitted|treated|treating)\b/i.test(m[0])) continue;
		const start = m.index + m[0].lastIndexOf(num);
		const at = q ? m.index + m[0].lastIndexOf(q, start - m.index) : start;
		push(q, num, measureOf(who), at, name);
		let end = m.index + m[0].length;
		let measure = measureOf(who);
		const more = AND_MORE.exec(sentence.slice(end));
		if (more) {
			const i = end + more[0].indexOf(more[1] ?? more[2]!);
			push(more[1], more[2]!, measureOf(more[3]!), i, name);
			end += more[0].length;
			measure = measureOf(more[3]!);
		}
		for (let next = NEXT_HOSPITAL.exec(sentence.slice(end)); next; next = NEXT_HOSPITAL.exec(sentence.slice(end))) {
			const i = end + next[0].lastIndexOf(next[2] ?? next[3]!);
			push(next[2], next[3]!, measure, i, next[1]!);
			end += next[0].length;
		}
		const taken = NEXT_TAKEN.exec(sentence.slice(end));
		if (taken) push(taken[1], taken[2]!, measure, end + taken[0].indexOf(taken[1] ?? taken[2]!), taken[3]!);
	}
	// ("Fifteen of the injured …": the pattern reads numbers as written in running text, lower case.)
	const lowered = sentence.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
	for (const m of matches(lowered, TAKEN_THERE)) {
		const [, q1, n1, who1, q2, n2, who2, place, there] = m as unknown as (string | undefined)[];
		const hospital = there
			? [...sentence.slice(0, m.index).matchAll(HOSPITAL_ANYWHERE)].pop()?.[0]
			: place && IS_HOSPITAL.test(place)
				? place
				: undefined;
		if (!hospital) continue;
		// (The number and its qualifier as the sentence writes them: "Fifteen", not the lowered "fifteen".)
		const q = q1 && sentence.slice(m.index, m.index + q1.length);
		const n = m.index + m[0].indexOf(n1!, q1 ? q1.length : 0);
		push(q, sentence.slice(n, n + n1!.length), measureOf(who1!), m.index, hospital);
		if (n2)
			push(
				q2,
				n2,
				measureOf(who2!),
				m.index + m[0].indexOf(` ${q2 ?? n2} `, (q1 ?? '').length + n1!.length) + 1,
				hospital
			);
	}
	for (const m of matches(sentence, OF_WHOLE_TAKEN)) {
		const [, who, q, num, name] = m as unknown as [string, string, string | undefined, string, string];
		const start = m.index + m[0].lastIndexOf(num, m[0].length - name.length);
		const at = q ? m.index + m[0].lastIndexOf(q, start - m.index) : start;
		// (Each is a part of the whole the sentence opened on.)
		push(q, num, measureOf(who), at, name, true);
		let end = m.index + m[0].length;
		for (let next = AND_TO.exec(sentence.slice(end)); next; next = AND_TO.exec(sentence.slice(end))) {
			push(next[1], next[2]!, measureOf(who), end + next[0].indexOf(next[1] ?? next[2]!), next[3]!, true);
			end += next[0].length;
		}
	}
	// "the main hospital had received 33 bodies", told alone, may be all the text counts; several hospitals' counts,
	// or one said to be "of the wounded", are parts of a toll.
	const several = new Set(out.map((h) => h.hospital.toLowerCase())).size >= 2;
	return out
		.filter((h) => several || h.part)
		.sort((a, b) => a.index - b.index)
		.map(({ part: _, ...h }) => h);
}
