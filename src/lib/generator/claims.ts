/**
 * Who claimed an attack. Besides "X claimed responsibility" (actors.ts), news copy says it three more ways, and each
 * is read only when its doer is an organisation and what it claimed is the event, so a person who "claimed to be
 * Moroccan" or a government that "claimed" a success is never a claimant:
 *
 * - "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed the bombing" (an event noun as the object);
 * - "they were claimed by the Northern Falcons (NF), a militant group", "a bombing claimed by …" (the passive);
 * - "the group said on Telegram that its fighters carried out the attack" (a statement of its own doing).
 */

import { matches } from './matches';

export interface ClaimMatch {
	subject: string;
	/** What was claimed: an event noun phrase, or "it" when the text refers back to the story's event. */
	value: string;
	aliases?: string[];
	/** Names the claimed object gives its event ("the Harbour Street bombing"), which the event must carry. */
	names?: string;
	quote: string;
	index: number;
}

/** Capitalised words naming a time, not a place: "the New Year's attack", "the Easter bombings". */
const HOLIDAY =
	/^(?:New Year['’]s(?: Eve| Day)?|Christmas(?: Eve| Day)?|Easter(?: Sunday)?|Eid|Ramadan|Valentine['’]s Day)$/;

/** The name inside a claimed object: capitalised words between the determiner and the event noun. */
const NAMES_IN = /^(?:the|its|their|this|that|these|those)\s+((?:[A-Z][\w'’-]*\s+)+)/;
function namesIn(object: string): string | undefined {
	const words = NAMES_IN.exec(object)?.[1]?.trim();
	return words && !HOLIDAY.test(words) ? words.replace(/['’]s$/, '') : undefined;
}

/** A subject read before the verb; the caller's reader (actors.ts) strips times, conjunctions and asides. */
export type SubjectReader = (sentence: string, index: number) => { subject: string; aliases?: string[] } | undefined;

const EVENT_NOUN =
	'(?:attacks?|bombings?|blasts?|assaults?|abductions?|kidnappings?|shootings?|massacres?|killings?|explosions?|ambush(?:es)?|raids?|strikes?|beheadings?|hostage-taking)';
/** "claimed the attack", "claims the New Year's attack", "has claimed it" — the object is the event. */
const CLAIMED_EVENT = new RegExp(
	`\\b(?:claimed|claims)\\s+(?:((?:the|its|their|this|that|these|those|[A-Z][\\w'’-]*['’]s)\\s+(?:[\\w'’-]+\\s+){0,3}?${EVENT_NOUN})\\b|(it|them)\\b(?!\\s+(?:was|were|is|had|has)\\b))`,
	'g'
);
/** "they were claimed by the Northern Falcons (NF)", "a bombing claimed by the Front". */
const CLAIMED_BY =
	/\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?claimed\s+by\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})(?:\s+\(([A-Z][\w-]{1,9})\))?/g;
/** What a claim of having done it may be followed by: the event ("the attack", "both raids") or the clause's end. */
const DONE_END = `(?=\\s+(?:the|this|that|both|these|those|its|their)\\s+(?:[\\w'’-]+\\s+){0,3}?${EVENT_NOUN}\\b|\\s*(?:[,.;]|$))`;
/**
 * Verbs of doing an attack besides "carried out", each only with the event as its object: "said it had planned the
 * attack", "that its fighters had mounted the raid", "that it had downed the plane". Not "launched" or "conducted",
 * which armies say of their own raids.
 */
const DID = `(?:(?:planned|staged|mounted|organi[sz]ed)(?=\\s+(?:the|this|that|both|these|those|its|their)\\s+(?:[\\w'’-]+\\s+){0,3}?${EVENT_NOUN}\\b)|(?:downed|brought\\s+down)\\s+the\\s+(?:plane|airliner|aircraft|jet|flight))`;
/**
 * "said … that its fighters carried out the attack", "that he was one of its 'soldiers'", "said it was behind the
 * attack" and "told reporters that the group's fighters carried out both bombings" (the last only from a spokesman of
 * the group, see `spokesmanOf`: from anyone else "the group" is blame).
 */
const SAID_DONE = new RegExp(
	`\\b(?:said|says|announced|declared|stated|told|tells)\\b[^.;]{0,90}?\\b(?:that\\s+(?:(?:it|its\\s+["“]?(?:fighters|soldiers|members|militants|men)["”]?|(the\\s+group(?:['’]s\\s+(?:fighters|members|militants|men))?))\\s+(?:had\\s+)?(?:carried\\s+(?:it\\s+)?out|(?:was|were)\\s+behind${DONE_END}|was\\s+responsible\\s+for|${DID})|(?:he|she|they|the\\s+(?:attacker|bomber|gunman|assailant)s?|[A-Z][\\w'’-]+)\\s+(?:was|were)\\s+(?:one\\s+of\\s+its|among\\s+its|its)\\s+["“]?(?:soldiers?|fighters?|members?)|one\\s+of\\s+its\\s+["“]?(?:soldiers|fighters|members)["”]?\\s+had\\s+(?:carried|placed|planted|detonated|set|attacked))|(?:it|they)\\s+(?:had\\s+)?(?:(?:was|were)\\s+(?:behind|responsible)|carried\\s+out|${DID})${DONE_END})`,
	'g'
);

/**
 * The group whose spokesman or commander speaks right before the verb: "An al-Shabab spokesman, Sheikh Ali Mohamud
 * Rage, told …", "Taliban spokesman Zabihullah Mujahid said …". The subject reader gives the person, who is no claimant.
 */
const SPOKESMAN =
	/(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:(?:[Aa]n?|[Tt]he)\s+)?((?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,4})\s+(?:spokes(?:man|woman|person)|commander)(?:,?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?,?\s*$/;
function spokesmanOf(before: string): { subject: string } | undefined {
	const name = SPOKESMAN.exec(before)?.[1];
	const subject = name && organisationIn(name, false);
	return subject ? { subject } : undefined;
}

/** "one of its leaders, Nasr al-Ansi," right before the verb: someone speaking for the group "its" refers to. */
const ITS_SPEAKER =
	/\b(?:one\s+of\s+)?its\s+(?:[a-z]+\s+)?(?:leaders?|spokes(?:man|woman|person)|commanders?|chiefs?|emirs?)(?:,?\s+(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,4})?,?\s*$/;
/** A capitalised run that may name a group: "al-Qaeda in the Arabian Peninsula", "the Valley Taliban". */
const NAME_RUN = /(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|in\s+the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*)*/g;
/** The group "its" refers to when its speaker claims: the first organisation the sentence names before him. */
function ownSpeaker(before: string): { subject: string } | undefined {
	const speaker = ITS_SPEAKER.exec(before);
	if (!speaker) return undefined;
	for (const m of matches(before.slice(0, speaker.index), NAME_RUN)) {
		// "On Wednesday al-Qaeda in …": the words that open the sentence are no part of the name.
		const name = m[0].replace(
			/^(?:(?:On|In|At|By|After|Later|Earlier|Then)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?/,
			''
		);
		const subject = organisationIn(name, false);
		if (subject) return { subject };
	}
	return undefined;
}

/** Words that make a capitalised name an organisation. */
const ORG_WORD =
	/\b(?:Taliban|Shabaa?b|Qaeda|Daesh|State|Group|Front|Brigades?|Army|Province|Movement|Organi[sz]ation|Party|Council|Battalions?|Legion|Network|Command|Committee|Alliance|Forces?|Guards?|Jihad|Mujahideen|Caliphate|Emirate|Wing|Cell|Liberation|Resistance)\b/;
/** The common noun an apposition or a description gives an organisation: "a faction of …", "the militant group". */
const ORG_NOUN =
	/\b(?:group|faction|organi[sz]ation|movement|militia|network|offshoot|affiliate|branch|wing|outfit)\b/i;
/** "a group calling itself the Abu Hafs al-Masri Brigades", right before the verb of the claim. */
const CALLING_ITSELF =
	/\b(?:a|an)\s+(?:[a-z]+\s+)?(?:group|organi[sz]ation|faction|outfit|cell|movement)\s+(?:(?:that|which)\s+calls|calling)\s+itself\s+((?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?:(?:al|el)-)?[A-Z][\w'’-]*){0,5}),?\s*$/;
/** Compiled once: they run for every claim a sentence holds. */
const NAMED_ORG = new RegExp(`^(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}${ORG_NOUN.source}\\s+(?=[A-Za-z]*[A-Z])`, 'i');
const ORG_APPOSITION = new RegExp(`^,\\s+(?:a|an|the)\\s+[^,.;]*${ORG_NOUN.source}`, 'i');
const EVENT_AFTER = new RegExp(`^\\s+(?:the|this|that|both)\\s+(?:[\\w'’-]+\\s+){0,2}?${EVENT_NOUN}\\b`);

/** "The leader of the Islamist group Boko Haram" → "Boko Haram"; "a spokesman for the Front" → "the Front". */
export function organisationIn(subject: string, described: boolean): string | undefined {
	let name = subject
		.replace(
			/^(?:the|a|an)\s+(?:\w+\s+)?(?:leader|spokes(?:man|woman|person)|commander|chief|head)\s+(?:of|for)\s+/i,
			''
		)
		.trim();
	// "the Islamic State group": the common noun after a name only says what the name is.
	const grouped = /^(.+[A-Z][\w'’-]*)\s+(?:group|organi[sz]ation|movement|network)$/.exec(name);
	if (grouped) {
		name = grouped[1]!;
		described = true;
	}
	const named = NAMED_ORG.exec(name);
	if (named) {
		name = name.slice(named[0].length);
		described = true;
	}
	if (!/^(?:the\s+)?(?:(?:al|el)-)?[A-Z]/.test(name) || /^(?:the\s+)?(?:It|They|He|She|This|That)$/i.test(name))
		return undefined;
	// A name of capitalised words (with "of", "the" and particles like "al-" or "-ul-" between them).
	if (
		!/^(?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|in\s+the\s+|the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*)*$/.test(
			name
		)
	)
		return undefined;
	const org =
		described ||
		ORG_WORD.test(name) ||
		/\b(?:al|el)-|-(?:ul|ud|e|i|al)-/i.test(name) ||
		/^(?:[Tt]he\s+)?[A-Z]{2,6}(?:-[A-Z])?$/.test(name);
	return org ? name : undefined;
}

/**
 * The subject before `index`, looking past an apposition: "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban,"
 * and "the Islamic State's Khorasan Province, known as ISIS-K or ISKP," name the group before the commas.
 */
export function claimantBefore(
	sentence: string,
	index: number,
	read: SubjectReader,
	appositionOnly = false
): { subject: string; aliases?: string[] } | undefined {
	// "Sarbakaf Mohmand, a commander of the group, had claimed": the apposition ends before the verb's auxiliaries.
	const before = sentence
		.slice(0, index)
		.replace(/,\s+(?:(?:had|has|have|also|later|then|again|already|quickly|swiftly|promptly)\s+)+$/, ', ');
	// "The Islamic State group's affiliate in Egypt, which calls itself Sinai Province, said": the name it gives itself.
	const self = /,\s+(?:which|that)\s+calls\s+itself\s+([^,]+?),\s*$/.exec(before);
	if (self) {
		const subject = organisationIn(self[1]!, true);
		if (subject) return { subject };
	}
	// "e-mails from a group calling itself the Deccan Mujahideen claimed the attacks": the group that names itself is
	// the claimant, whatever carried its words.
	const calling = CALLING_ITSELF.exec(before);
	if (calling) {
		const subject = organisationIn(calling[1]!, true);
		return subject ? { subject } : undefined;
	}
	const known = /,\s+(?:also\s+|commonly\s+|better\s+)?known\s+as\s+([^,]+?),\s*$/.exec(before);
	if (known) {
		const who = read(sentence, known.index);
		const subject = who && organisationIn(who.subject, true);
		const aliases = known[1]!.split(/\s+or\s+|,\s*|\s+and\s+/).map((a) => a.replace(/^the\s+/, '').trim());
		return subject ? { subject, aliases } : undefined;
	}
	// "the Northern Front, which claimed the bombing": the group the relative clause hangs on.
	const relative = /,\s+which\s+(?:(?:has|had|also|later|quickly|swiftly)\s+)*$/.exec(before);
	if (relative && !appositionOnly) {
		const name = /(?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*$/.exec(
			before.slice(0, relative.index)
		)?.[0];
		const subject = name && organisationIn(name, false);
		return subject ? { subject } : undefined;
	}
	const apposition = /,\s+(?:a|an|the)\s+([^,]{3,120}),\s*$/.exec(before);
	if (apposition && ORG_NOUN.test(apposition[1]!)) {
		const who = read(sentence, apposition.index);
		const subject = who && organisationIn(who.subject, true);
		return subject ? { subject, aliases: who!.aliases } : undefined;
	}
	if (appositionOnly) return undefined;
	const who = read(sentence, index);
	const subject = who && organisationIn(who.subject, false);
	return subject ? { subject, aliases: who!.aliases } : undefined;
}

/** Whether the words before `index` deny a claim ("No group has claimed", "has not claimed"). */
export function denied(sentence: string, index: number): boolean {
	return /\b(?:no|not(?!\s+only)|never|nobody|none|neither|yet to|n['’]t)\b[^.;]*$/i.test(
		sentence.slice(0, index).split(/[;.]/).pop() ?? ''
	);
}

/** Claims by an organisation of an event, in the three forms above. */
export function findClaims(sentence: string, read: SubjectReader): ClaimMatch[] {
	// Cheap tests first: most sentences neither claim nor say that "its fighters" did anything.
	const said =
		(/\bthat\s+(?:(?:it|its|he|she|they|the|one)\b|[A-Z])/.test(sentence) &&
			/\bits\b|\bit\s+had\b|\bthe\s+group\b/.test(sentence)) ||
		/\b(?:it|they)\s+(?:had\s+)?(?:(?:was|were|carried)\s+(?:behind|responsible|out)|planned|staged|mounted|organi[sz]ed|downed|brought\s+down)\b/.test(
			sentence
		);
	if (!said && !sentence.includes('claim')) return [];
	const out: ClaimMatch[] = [];
	const push = (
		who: { subject: string; aliases?: string[] },
		value: string,
		index: number,
		end: number,
		names?: string
	) => {
		const start = sentence.lastIndexOf(who.subject, index);
		out.push({
			...who,
			value,
			...(names ? { names } : {}),
			quote: sentence.slice(start < 0 ? index : start, end),
			index
		});
	};
	for (const m of sentence.includes('claim') ? matches(sentence, CLAIMED_EVENT) : []) {
		if (denied(sentence, m.index)) continue;
		const who = claimantBefore(sentence, m.index, read);
		// The event is read at the object ("claimed the Brussels bombing"), not at the verb beside the subject.
		const object = m[1] ?? m[2]!;
		if (who) push(who, object, m.index + m[0].lastIndexOf(object), m.index + m[0].length, namesIn(object));
	}
	for (const m of sentence.includes('claimed by') ? matches(sentence, CLAIMED_BY) : []) {
		if (denied(sentence, m.index)) continue;
		const rest = sentence.slice(m.index + m[0].length);
		const subject = organisationIn(m[1]!, Boolean(m[2]) || ORG_APPOSITION.test(rest));
		if (!subject) continue;
		// "they were claimed by …": what was claimed is the event the sentence names before.
		const what =
			/(?:^|[\s,;])(they|it|these|those|which|the\s+\w+)\s*$/i.exec(sentence.slice(0, m.index))?.[1] ?? 'the attack';
		const end = m.index + m[0].length;
		out.push({
			subject,
			value: /^(?:it|they|these|those|which)$/i.test(what) ? 'the attack' : what,
			aliases: m[2] ? [m[2]] : undefined,
			quote: sentence.slice(Math.max(0, sentence.lastIndexOf(what, m.index)), end),
			index: m.index
		});
	}
	for (const m of said ? matches(sentence, SAID_DONE) : []) {
		// "said the group denied it was behind the attack": a denial between the verb and the doing.
		if (denied(sentence, m.index) || /\bden(?:y|ies|ied)\b/.test(m[0])) continue;
		const before = sentence.slice(0, m.index);
		const who = m[1]
			? spokesmanOf(before)
			: (claimantBefore(sentence, m.index, read) ?? spokesmanOf(before) ?? ownSpeaker(before));
		const end = m.index + m[0].length;
		const what = EVENT_AFTER.exec(sentence.slice(end));
		// "that it had carried it out" names no event: the sentence's own or the story's, as a toll's would be.
		if (who) push(who, what ? what[0].trim() : 'the attack', what ? end : m.index, end + (what?.[0].length ?? 0));
	}
	return out;
}

/** "The group claimed the attack", "It later claimed responsibility": a claim whose doer the text refers back to. */
const REFERRED = new RegExp(
	`(?:^|[.;:,]\\s+|\\b(?:and|but)\\s+)((?:[Ii]t|[Tt]he\\s+(?:[a-z]+\\s+)?(?:group|faction|organi[sz]ation|movement|militia)))\\s+(?:(?:later|also|quickly|swiftly|has|had|on\\s+[A-Z][a-z]+)\\s+)*(?:claimed|claims)\\s+(?:responsibility|credit|(?:the|its)\\s+(?:[\\w'’-]+\\s+){0,2}?${EVENT_NOUN}|it)\\b`,
	'g'
);

/** Claims by "the group" or "it", for the caller to resolve to the organisation the story is about. */
export function referredClaims(sentence: string): { word: string; quote: string; index: number }[] {
	if (!sentence.includes('claim')) return [];
	const out: { word: string; quote: string; index: number }[] = [];
	for (const m of matches(sentence, REFERRED)) {
		const start = m.index + m[0].indexOf(m[1]!);
		if (!denied(sentence, start))
			out.push({ word: m[1]!, quote: sentence.slice(start, m.index + m[0].length), index: start });
	}
	return out;
}
