/**
 * The card for one fact, before ids are made unique and choices added. Tolls, dates, claims and blame are asked in
 * plain words that name their event from the event's own words ("How many people were killed in the 22 March 2024
 * attack on a packed concert hall in Moscow, Russia?"); a fact with no event is a cloze of its own clause. Motives ask
 * why, naming who says so. Ids come from the fact (event and measure), never from position.
 */
import type { DeckCard } from '../decks/schema';
import { officeCountry } from './countries';
import { formatDate } from './dates';
import { describe, slugOf, whereAndWhen, type StoryEvent } from './model';
import { TAKEN_TO } from './hospital-counts';
import { keyPhrases } from './motives';
import { clauseAround } from './quote';
import { spannedTo } from './date-facts';
import { remembered } from '../lang/remembered';
import { blankClockTimes } from '../lang';
import { TITLE_OWNER } from './actors';
import type { Fact } from './types';
import { pattern } from '../lang/pattern';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'and', 'its', 'their', 'that', 'for', 'with']);
/** An id part: the first `words` content words of `s`, lower case, joined by hyphens (remembered per phrase). */
/** A verb of a clause, roughly: a past or participle in -ed, an auxiliary, or a common verb of news copy. */
const VERB =
	/\b(?:[a-z]{2,}ed|is|are|was|were|be|been|has|have|had|will|would|can|could|said|says|told|took|came|went|made|began|struck|hit|shot|set|put|led|held|left|fell|rose|met|won|lost|died|gave|saw|became|fled|fought|ran|tore|blew|drove|stood|found|brought|sent|laid)\b/;
/**
 * A pronoun opening a sentence that points back at a figure or a statement: "That was revised upwards …", "It rose on
 * … to 37". (A person's "He pleaded guilty in …" is kept: the story is about him.)
 */
const BARE_PRONOUN =
	/^(?:That|This)\s+(?:was|is|had|has)\b|^It\s+(?:rose|fell|climbed|dropped|was\s+(?:revised|raised|lowered|corrected))\b/;
/** Words that join the names of a label: "Ministry of the Interior and Local Authorities". */
const JOINING = /^(?:of|the|and|to|in|for|at|by|a|an|on|with)$/;

/**
 * Whether a sentence, with its date taken out, is a label or a signature and says nothing of the day: no verb, and it
 * opens with a label's word or has no word in lower case but those that join names.
 */
function labelOnly(rest: string): boolean {
	if (VERB.test(rest)) return false;
	if (/^\s*[[(]?(?:Signed|Table|Figure|Chart|Source|Incident|Entry)\b/i.test(rest)) return true;
	return (rest.match(/\b[a-z][\w'’-]*/g) ?? []).every((w) => JOINING.test(w));
}

export function slug(s: string, words = 4): string {
	let read = SLUGS.get(words);
	if (!read) SLUGS.set(words, (read = remembered((t) => slugWords(t, words))));
	return read(s);
}
/** One remembered reader per word count. */
const SLUGS = new Map<number, (s: string) => string>();

const slugWords = (s: string, words: number) =>
	s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/['’]s\b/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter((w) => !STOP.has(w))
		.slice(0, words)
		.join('-') || 'fact';

/**
 * "the spokesman", "the army's spokesman", "the Kremlin's spokesman", but "Aden's health chief", "al-Qaeda's leader",
 * "North Rhine-Westphalia's interior minister": a name's possessive takes the article only where the text gives it one.
 */
const withArticle = (role: string, sentence = '') =>
	/^(?:the|a|an|one\s+of)\s/i.test(role) ||
	(/^(?:(?:al|el)-)?(?:[A-Z][\p{L}.-]*\s+){0,3}[A-Z][\p{L}'’.-]*['’]s\s/u.test(role) &&
		sentence.includes(role) &&
		!/\bthe\s+$/i.test(sentence.slice(0, sentence.indexOf(role))))
		? role
		: `the ${role}`;

/**
 * A gap question cut from inside a sentence reads as one of its own: "and police said about 20 suspects had been taken
 * into custody … ____." asks "Police said about 20 suspects …", "a gunman opened fire …" asks "A gunman opened fire …".
 * Only the opening changes; the words are the text's, and the quote beside the card is the text as written.
 */
function asSentence(prompt: string): string {
	const bare = prompt.replace(/^(?:and|but|or|while|whereas|so)\s+(?=\S)/, '');
	return /^\p{Ll}/u.test(bare) ? bare[0]!.toUpperCase() + bare.slice(1) : bare;
}

/**
 * Replaces the first `written` in `text`, as whole words, with ____ (but its first `keep` characters); undefined when the
 * text does not hold it.
 */
export function cloze(text: string, written: string | undefined, keep = 0): string | undefined {
	if (!written) return undefined;
	const i = wordAt(text, written, 0);
	return i < 0 ? undefined : `${text.slice(0, i + keep)}____${text.slice(i + written.length)}`;
}

/**
 * A date's gap in its sentence. A preposition the text wrote before the date stays outside the gap ("since ____", "were
 * charged on ____"), so the sentence still reads with the answer in it: the answer is a date, never "since June".
 */
const dateCloze = (text: string, written: string | undefined, at?: number) => {
	const keep =
		(written && /^(?:in|on|since|by|from|until|till|during|before|after)\s+(?=\S)/i.exec(written)?.[0].length) || 0;
	// ("In February 2018, … "Comprehensive Operation Sinai 2018"": the year of the name, where the text wrote it.)
	if (written && at !== undefined && at >= 0 && text.startsWith(written, at))
		return `${text.slice(0, at + keep)}____${text.slice(at + written.length)}`;
	return cloze(text, written, keep);
};

/** Where `words` first stand in `text` from `from` as whole words: "one" is not in "someone", nor "2" in "12". */
function wordAt(text: string, words: string, from: number): number {
	const edge = /[\p{L}\p{N}]/u;
	for (let i = text.indexOf(words, from); i >= 0; i = text.indexOf(words, i + 1))
		if (!edge.test(text[i - 1] ?? '') && !edge.test(text[i + words.length] ?? '')) return i;
	return -1;
}

/** A date as a card answers it: "22 March 2024", "the beginning of 2024". */
export function dateAnswer(f: Fact): string {
	const q = f.qualifier?.replace(/^by\s+/, '');
	return q && f.normalized.length === 4
		? `${/^the\s/.test(q) || /^(?:early|late|mid)/.test(q) ? q : `the ${q}`} ${f.normalized}`.replace(/mid- /, 'mid-')
		: formatDate(f.normalized);
}

/**
 * A count asked as a gap in its own clause. Its evidence is a window of words around it, which may begin inside a
 * phrase ("ministry put the toll at 71 soldiers killed and ____ wounded"); the clause around it in its sentence
 * begins where a reader can start ("The defence ministry put the toll at …").
 */
export function countCloze(f: Fact): string {
	const written = f.written ?? '';
	const i =
		f.writtenAt !== undefined && f.sentence.startsWith(written, f.writtenAt)
			? f.writtenAt
			: wordAt(f.sentence, written, Math.max(0, f.sentence.indexOf(f.evidence.quote)));
	if (i < 0) return asSentence(cloze(f.evidence.quote, f.written) ?? f.evidence.quote);
	const clause = clauseAround(f.sentence, i, i + written.length);
	const k = i - clause.offset;
	return asSentence(`${clause.text.slice(0, k)}____${clause.text.slice(k + written.length)}`);
}

export type Draft = Omit<DeckCard, 'choices'>;

/**
 * How a gap whose clause names no event opens, before the name of the event of its report and a colon ("From a report
 * on the attack in Lahore: …"); the eval scorer reads a cloze's own words after it.
 */
export const REPORT_LEAD = 'From a report on ';

/**
 * The word or two that say whose a title is ("police", "interior", "coast guard"), opening a role, capitalised only
 * where it opened its sentence.
 */
const OWNER_OPENING = pattern(`^${TITLE_OWNER}\\s`, 'i');
/**
 * A role as the middle of a question: "Police chief", "Interior minister" opened their sentences, and are "the police
 * chief", "the interior minister" within one; "Interior Minister" and "Kenyan police chief" are written as they stand.
 */
function titleCase(role: string): string {
	const m = /^([A-Z][a-z]+)((?:\s+[a-z][\w-]*)+)$/.exec(role);
	return m && OWNER_OPENING.test(role) ? m[1]!.toLowerCase() + m[2]! : role;
}

/**
 * Who blamed or warned, as the middle of a question: "Officials" and "The government" as mid-sentence words
 * ("Whom did officials blame …?"), without the auxiliary and adverb the subject was read with ("The government has
 * previously blamed …").
 */
function asker(subject: string): string {
	const bare = subject.replace(
		/(?:\s+(?:has|have|had|also|previously|repeatedly|already|again|quickly|swiftly|immediately|later|then|now))+$/i,
		''
	);
	return /^(?:The|An?|Officials|Police|Authorities|Residents|Witnesses|Investigators|Investigations|Prosecutors|Officers|Security\s+officials|Intelligence\s+officials)\b/.test(
		bare
	)
		? bare[0]!.toLowerCase() + bare.slice(1)
		: bare;
}

/**
 * Words of a title that say nothing of whose it is, capitalised in "Deputy Prime Minister", "Chief Fire Officer",
 * "Capital City Police Officer", "Detective Superintendent".
 */
const TITLE_WORDS = pattern(
	`^(?:${TITLE_OWNER}|vice|prime|ministers?|secretary|home|finance|chief|commissioner|governor|mayor|chancellor|president|premier|general|major|lieutenant|colonel|brigadier|captain|sergeant|inspector|superintendent|detective|officer|constable|commander|director|head|spokes(?:man|woman|person)|caretaker|union|acting|capital|cabinet|attorney|prosecutor|judge|king|queen|emir|crown|prince|sheikh|pope|mr|mrs|ms|assistant|magistrate|coroner|sheriff|affairs|public|safety|law|order|education|energy|labou?r|communications?|culture|tourism|trade|economy|agriculture|immigration|environment|homeland|internal|welfare|planning|development)$`,
	'i'
);
/** A ministry after its minister's title: "of Health", "of the Interior", "for Home Affairs". */
const MINISTRY_OF =
	/\s+(?:of|for)\s+(?:the\s+)?(?:Interior|Defen[cs]e|Health|Information|Justice|Finance|Education|Foreign\s+Affairs|Home\s+Affairs|Internal\s+Affairs|State)$/;
/**
 * Whether a role leaves open whose it is: no "of", "at", "from" … phrase and no owner's name ("Kenyan police chief",
 * "Al-Shabab spokesman", "the Kremlin's spokesman"), only a title and words of a title ("Interior Minister",
 * "spokesman", "gunman", "tea seller").
 */
/** "the city's", "the province's": a place a title names by its kind alone. */
const PLACE_OF_NO_NAME = /^(?:the\s+)?(?:city|town|village|province|state|region|district|country|capital)['’]s\s+/i;
function ownerless(role: string): boolean {
	// ("Minister of Health", "Secretary of State for Home Affairs": a ministry names no country.)
	// ("the city's police commander": a place of no name owns the title no more than none does; review 27, min/z09-1.)
	role = role.replace(MINISTRY_OF, '').replace(PLACE_OF_NO_NAME, '');
	if (/\b(?:of|at|from|for|with|in|on|to)\s|['’]s\b/.test(role)) return false;
	return (role.match(/\b[A-Z]\w*/g) ?? []).every((w) => TITLE_WORDS.test(w));
}

/** The card for one fact (before ids are made unique and choices added), or undefined when none can be made. */
export function cardFor(f: Fact, event: StoryEvent | undefined, story?: StoryEvent): Draft | undefined {
	const base = { source: f.evidence, format: 'qa' as const };
	switch (f.kind) {
		case 'toll': {
			const [measure, victims] = (f.measure ?? 'killed').split(':');
			if (!event) {
				const prompt = cloze(f.evidence.quote, f.written) && countCloze(f);
				return prompt
					? { ...base, id: `toll-${slug(f.value, 3)}`, kind: 'toll', format: 'cloze', prompt, answer: f.value }
					: undefined;
			}
			// "How many people were arrested in the arrests in St Petersburg?" would say the act twice: a count of arrests
			// made in an event of arrests asks where and when they were made.
			const arrestsAt = measure === 'arrested' && event.noun === 'arrests' ? whereAndWhen(event) : undefined;
			// "arrested in the shooting" says they were taken during it: arrests over an attack are made after it. (In
			// raids, a sweep or an operation, people are arrested in them.)
			const over =
				measure === 'arrested' && !/\b(?:raids?|operations?|crackdowns?|sweeps?|searches|manhunt)$/.test(event.noun);
			// "How many of those injured in the 9 April 2014 bombing … were taken to Holy Family Hospital?": a part of the
			// toll, asked by where it went.
			const hospital = victims?.startsWith(TAKEN_TO) ? victims.slice(TAKEN_TO.length) : undefined;
			const group = hospital ?? victims;
			return {
				...base,
				id: `${slugOf(event)}-${measure}${group ? `-${slug(group, 2)}` : ''}`,
				kind: 'toll',
				prompt: hospital
					? `How many of those ${measure} in ${describe(event)} were taken to ${hospital}?`
					: measure === 'missing' || measure === 'escaped'
						? `How many ${victims ?? 'people'} ${measure === 'missing' ? 'were missing' : 'escaped'} after ${describe(event)}?`
						: arrestsAt
							? `How many ${victims ?? 'people'} were arrested ${arrestsAt}?`
							: // "abducted in the abduction": the event's own noun says the act, so the verb says it another way.
								`How many ${victims ?? 'people'} were ${measure === 'abducted' && /^(?:abduction|kidnapping)s?$/.test(event.noun) ? 'seized' : measure} ${over ? 'over' : 'in'} ${describe(event)}?`,
				answer: f.value
			};
		}
		case 'date': {
			// Years of tolls, days of statements and of the aftermath: no event's date to ask.
			if (f.measure === 'toll-year' || f.measure === 'statement' || f.measure === 'follow-up') return undefined;
			const answer = dateAnswer(f);
			const accept = [formatDate(f.normalized), f.written?.replace(/^(?:in|on|since|by)\s+/i, '')].filter(
				// ("at about 20:10", a time read on its entry's day, is no answer to when.)
				(a): a is string =>
					Boolean(a) && a !== answer && /\d/.test(blankClockTimes(a!).replace(/\b\d{1,2}\s*[ap]\.?m\b/gi, ''))
			);
			if (event && !(event.noun.endsWith('s') && !event.target && f.precision === 'year'))
				return {
					...base,
					id: `${slugOf(event)}-date`,
					kind: 'date',
					precision: f.precision,
					prompt: `When did ${describe(event, false)} take place?`,
					answer,
					...(accept.length ? { accept } : {})
				};
			// "gathered on Tuesday, ten years to the day after an Army psychiatrist opened fire": a gap for the span would be
			// read as the gathering's date; the span dates only the event after it, which names none here.
			// ("The bombing came six days after voters approved …": a gap for "came six days after" leaves no verb between
			// the bombing and the voters, and no date fits where the words were.)
			if (f.measure === 'after' && /\b(?:to\s+the\s+day|after|since|before)$/i.test(f.written ?? '')) return undefined;
			// "many were still in hospital on Tuesday": the day a state of affairs was seen, not an event's.
			if (STILL.test(clauseOf(f.sentence, f.written)) || REACTION.test(f.sentence)) return undefined;
			if (VISIT.test(clauseOf(f.sentence, f.written)) && !DOERS.test(f.sentence)) return undefined;
			if (AS_BEFORE.test(clauseOf(f.sentence, f.written))) return undefined;
			// "The shooting came three days before the first round of the presidential election on Sunday": the day of what
			// came after the attack, counted from it, which no question of the attack asks (and a weekday ahead is easily
			// read as the last).
			if (f.written && spannedTo(f.sentence.slice(0, f.sentence.indexOf(f.written)), true)) return undefined;
			// "This year, for the first time, …": the writer's own year, which the date line already gives.
			if (/^(?:earlier\s+|later\s+)?this\s+year$/i.test(f.written ?? '')) return undefined;
			// "the army, which has fought the group since 2015, …": a relative clause's span of time is background about
			// who someone is, not the date of something that happened ("since 2019 it has held no territory" is kept).
			if (SPAN_ABOUT.test(clauseOf(f.sentence, f.written))) return undefined;
			// "Dar had joined the outfit in 2018", "who left for Syria in 2015": a step in a person's own life, which tells
			// who they are; a briefing on the attack does not ask it as a date.
			if (f.precision !== 'day' && CAREER.test(clauseOf(f.sentence, f.written))) return undefined;
			// "has killed more than 1,500 people this year": a year that spans a count is the count's, not an event's.
			if (f.precision === 'year' && COUNT_SPAN.test(f.sentence)) return undefined;
			// "one of the deadliest attacks in Ostrania this year": the year a comparison spans, not an event's date.
			if (f.precision === 'year' && COMPARED.test(clauseOf(f.sentence, f.written))) return undefined;
			// "Table 1, incident 2: 24 October 2020.", "Signed: Garba Shehu, …, 5 June 2022": a label or a signature
			// says of its day nothing a gap could ask.
			if (labelOnly(f.sentence.replace(f.written ?? '', ''))) return undefined;
			// "That was revised upwards early on ____.", "It rose on ____ after several wounded victims died": a gap whose
			// sentence opens on a pronoun for a figure, and names nothing else, asks of something the card never names.
			if (BARE_PRONOUN.test(f.sentence) && !/\s[A-Z]/.test(f.sentence.replace(f.written ?? '', ''))) return undefined;
			const gap = dateCloze(f.sentence, f.written, f.writtenAt);
			if (!gap) return undefined;
			// ("He was sentenced in ____": the person the paragraph named, where the reading found one.)
			const prompt = f.subject ? gap.replace(/^(?:He|She)\b/, f.subject) : gap;
			const asWritten = f.value === f.written?.replace(/^(?:in|since|by|on)\s+/i, '');
			return {
				...base,
				source: { ...f.evidence, quote: f.sentence },
				id: `date-${slug(f.sentence.replace(f.written ?? '', ''), 3)}`,
				kind: 'date',
				format: 'cloze',
				precision: f.precision,
				prompt: story ? `${REPORT_LEAD}${describe(story, false)}: ${asSentence(prompt)}` : asSentence(prompt),
				answer: asWritten ? f.written! : answer,
				...(accept.length ? { accept } : {}),
				explanation: asWritten
					? undefined
					: `"${f.written}" in the text: ${answer}, read from the story's own timeline.`
			};
		}
		case 'figure': {
			const prompt = cloze(f.sentence, f.written);
			return prompt
				? {
						...base,
						id: `figure-${slug(f.measure ?? f.value, 3)}`,
						kind: 'figure',
						format: 'cloze',
						prompt: asSentence(prompt),
						answer: f.value
					}
				: undefined;
		}
		case 'actor': {
			// "Gulnara Tashieva of the Osh Migration Project": who is with an institution, in no role the text gives.
			const country = f.office && ownerless(f.value) && officeCountry(f.office, story && describe(story, false));
			const who = `Who ${f.past ? 'was' : 'is'} ${
				f.value.startsWith('of the ')
					? f.value.replace(/^of/, 'with')
					: country
						? `${country} ${titleCase(f.value)}`
						: withArticle(titleCase(f.value), f.sentence)
			}?`;
			return {
				...base,
				id: `${slug(f.subject ?? f.value, 3)}-role`,
				kind: 'actor',
				// "Who is the President?", "Who is the gunman?" ask of no country and no attack: a title that does not say
				// whose it is asks within the report's event, so a deck of several reports can tell its presidents apart.
				prompt: story && ownerless(f.value) ? `${REPORT_LEAD}${describe(story, false)}: ${who}` : who,
				answer: f.subject!,
				explanation: roleLine(f)
			};
		}
		case 'claim': {
			// With no event, what the claim itself names ("for abducting 200 schoolgirls from Kelo") is the question.
			const own = !event && OWN_WORDS.test(f.value) ? f.value : undefined;
			return {
				...base,
				id: `${event ? slugOf(event) : own ? slug(own, 3) : 'attack'}-claim`,
				kind: 'actor',
				prompt: `Who claimed responsibility for ${own ?? describe(event ?? fallback)}?`,
				answer: f.subject!,
				accept: f.aliases
			};
		}
		case 'blame':
			return {
				...base,
				id: `${slug(f.subject!, 3)}-blame`,
				kind: 'actor',
				prompt: `Whom did ${asker(f.subject!)} blame for ${f.written ?? describe(event ?? fallback)}?`,
				answer: f.value.replace(/^The\s/, 'the '),
				accept: f.aliases
			};
		case 'denial':
			// "The Taliban denied any involvement": asked of the event, the denier the answer, as a claim is.
			return {
				...base,
				id: `${event ? slugOf(event) : 'attack'}-denial`,
				kind: 'actor',
				prompt: `Who denied any part in ${describe(event ?? fallback)}?`,
				answer: f.subject!.replace(/^The\s/, 'the '),
				accept: f.aliases
			};
		case 'warning':
			return {
				...base,
				id: `${slug(f.subject!, 3)}-warned-${slug(f.value, 2)}`,
				kind: 'actor',
				prompt: `Whom did ${asker(f.subject!)} warn before ${/\band\b/.test(f.value) ? 'the attacks' : 'the attack'}?`,
				answer: f.value
			};
		case 'motive': {
			const accept = keyPhrases(f.value);
			return {
				...base,
				id: `motive-${slug(f.value)}`,
				kind: 'motive',
				prompt: f.written!,
				answer: f.value,
				...(accept.length ? { accept } : {}),
				explanation: `${f.speaker ?? 'The text'}: “${f.evidence.quote}”`
			};
		}
	}
}

/** Words of a state that lasts: "were still in hospital", "remained closed". */
const STILL = /\b(?:still|remain(?:s|ed)?)\b/i;
/**
 * Reactions that follow an attack, public grief among them: "boycotted the courts in protest", "held a vigil", "laid
 * carnations at the bus stop", "the nation was in mourning", "began burying its dead".
 */
const REACTION =
	/\b(?:in\s+protest|boycott(?:s|ed)?|vigils?|funerals?|condolences|paid\s+tribute|(?:laid|lay|placed|left)\s+(?:[\w-]+\s+){0,2}?(?:flowers|wreaths|carnations|roses|candles)|mourn(?:ing|ed|s)?|bur(?:y|ied|ying)\s+(?:its|their|the)\s+dead)\b/i;
/**
 * Officials and investigators going to the scene ("investigators had arrived in Denpasar", "said he would travel to
 * Buffalo"): a day of their coming, not an event's. The attackers' own coming ("gunmen arrived in the town") is the
 * attack, so a sentence naming them is not this.
 */
const VISIT = /\b(?:travel(?:led|ed|s)?|fl(?:y|ew)|arrived|went)\s+(?:to|in)\s+[A-Z]/;
const DOERS = /\b(?:gunm[ae]n|attackers?|bombers?|assailants?|militants|fighters|hijackers)\b/i;
/** "as they did three years ago", "as it had in 2002": a comparison with another time, no event's day. */
const AS_BEFORE = /\bas\s+(?:they|he|she|it|we|you)\s+(?:did|had|were|was)(?:\s+in)?\s*$/i;
/** The words of `sentence` from the clause mark before `written` to it. */
const clauseOf = (sentence: string, written: string | undefined) => {
	const at = written ? sentence.indexOf(written) : -1;
	return at < 0
		? ''
		: sentence
				.slice(0, at)
				.split(/[,;:—–]\s/)
				.pop()!;
};

/** A relative clause's perfect tense up to "since": "who have fought … since", "which has been blamed … since". */
const SPAN_ABOUT = /\b(?:who|which)\s+(?:has|have|had)\b[^;:]*\bsince\s*$/i;

/**
 * A person's or a ruler's own step, up to the date: "had joined the outfit", "who left for Syria", "the junta, which
 * seized power in 2020 and again in 2021".
 */
const CAREER =
	/\b(?:(?:had|has|have)\s+)?joined\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?\s*$|\bleft\s+for\s+[A-Z][\w-]*\s+in\s*$|\b(?:seized|took|came\s+to)\s+power\s+(?:in\s+[\w-]+\s+and\s+again\s+)?in\s*$/;

/** A count of the dead or hurt over a span of time: "has killed more than 1,500 people". */
const COUNT_SPAN =
	/\b(?:has|have|had)\s+(?:killed|wounded|injured|abducted)\s+(?:(?:more\s+than|over|at\s+least|about|nearly|some)\s+)?[\d,]+\b/i;

/** A superlative that measures an event against a span of time ("the deadliest … this year", "the worst … since"). */
const COMPARED = /\b(?:deadliest|worst|bloodiest|most\s+(?:lethal|deadly))\b/i;

/** A claimed object in the text's own words that names something: a capitalised name and more than a noun. */
const OWN_WORDS = /^(?!(?:the|this|that|these|those|its|their)\s+\w+$)(?=.*\s).*\b[A-Z]/;

export const fallback: StoryEvent = { id: '', noun: 'attack', alsoIn: [], seen: [] };

/**
 * A person with their role, as a card explains it: "Amira Jadoon: assistant professor …", but "Ali Karimi, of the Tarn
 * Policy Institute." and "Lena Fors, one of the survivors." where the role is no noun of its own.
 */
const roleLine = (f: Fact) => `${f.subject}${/^(?:of|one\s+of)\s/.test(f.value) ? ',' : ':'} ${f.value}.`;

/** The role's institution as its own question, so a fact a prompt gives away is also asked as an answer. */
export function affiliationCard(f: Fact): Draft | undefined {
	if (f.kind !== 'actor' || !f.qualifier) return undefined;
	return {
		source: f.evidence,
		format: 'qa',
		id: `${slug(f.subject!, 3)}-affiliation`,
		kind: 'actor',
		// ("Gulmurod Khalimov, the former commander of the Interior Ministry's OMON special police unit, defected to IS": a
		// former role's organisation is one he was with; review 42, BK min/03-6.)
		prompt: `Which organisation ${f.past || /^(?:former|ex-)/i.test(f.value) ? 'was' : 'is'} ${f.subject} with?`,
		answer: f.qualifier,
		explanation: roleLine(f)
	};
}
