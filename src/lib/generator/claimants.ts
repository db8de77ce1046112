/**
 * Who a claim is by: the subject before the verb, read through the sentence's grammar — an apposition ("Jamaat-ul-Ahrar,
 * a faction of the Pakistani Taliban,"), the name a group calls itself, an outlet that speaks for a group, a spokesman
 * or a leader of "its" — and kept only when it names an organisation (or a person the text describes as one of its
 * members), so a person who "claimed to be Moroccan" or a government that "claimed" a success is never a claimant.
 */
import { DEMONYM } from './event-patterns';
import { matches } from './matches';
import { pattern } from '../lang/pattern';

/** A subject read before the verb; the caller's reader (actors.ts) strips times, conjunctions and asides. */
export type SubjectReader = (sentence: string, index: number) => { subject: string; aliases?: string[] } | undefined;

/**
 * The group whose spokesman or commander speaks right before the verb: "An al-Shabab spokesman, Sheikh Ali Mohamud
 * Rage, told …", "Taliban spokesman Zabihullah Mujahid said …". The subject reader gives the person, who is no claimant.
 */
const SPOKESMAN =
	/(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:(?:[Aa]n?|[Tt]he)\s+)?((?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,4})\s+(?:spokes(?:man|woman|person)|commander)(?:,?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?,?\s*$/;
export function spokesmanOf(before: string): { subject: string } | undefined {
	const name = SPOKESMAN.exec(before)?.[1];
	const subject = name && organisationIn(name, false);
	return subject ? { subject } : undefined;
}

/** "X, a spokesman for the Ahvaz National Resistance, … told … that his movement was responsible": his group. */
const SPEAKS_FOR =
	/\b(?:spokes(?:man|woman|person)|leader|commander|chief|head)\s+(?:for|of)\s+((?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?:(?:al|el)-)?[A-Z][\w'’-]*){0,5})/g;
/** The group the last person described as its spokesman or leader before the verb speaks for. */
export function speakerGroup(before: string): { subject: string } | undefined {
	const name = matches(before, SPEAKS_FOR).pop()?.[1];
	const subject = name && organisationIn(name, true);
	return subject ? { subject } : undefined;
}

/** "one of its leaders, Nasr al-Ansi," right before the verb: someone speaking for the group "its" refers to. */
const ITS_SPEAKER =
	/\b(?:one\s+of\s+)?its\s+(?:[a-z]+\s+)?(?:leaders?|spokes(?:man|woman|person)|commanders?|chiefs?|emirs?)(?:,?\s+(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,4})?,?\s*$/;
/** A capitalised run that may name a group: "al-Qaeda in the Arabian Peninsula", "the Valley Taliban". */
const NAME_RUN =
	/(?:\b(?:al|el)[-\s](?=[A-Z]))?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|in\s+the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*)*/g;
/** The group "its" refers to when its speaker claims: the first organisation the sentence names before him. */
export function ownSpeaker(before: string): { subject: string } | undefined {
	const speaker = ITS_SPEAKER.exec(before);
	if (!speaker) return undefined;
	const subject = organisationsIn(before.slice(0, speaker.index))[0];
	return subject ? { subject } : undefined;
}

/** The organisations a text names by their own names, in the order it names them. */
export function organisationsIn(text: string): string[] {
	const found: string[] = [];
	for (const m of matches(text, NAME_RUN)) {
		// "On Wednesday al-Qaeda in …": the words that open the sentence are no part of the name.
		const name = m[0].replace(
			/^(?:(?:On|In|At|By|After|Later|Earlier|Then)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?/,
			''
		);
		const subject = organisationIn(name, false);
		if (subject) found.push(subject);
	}
	return found;
}

/**
 * Who claims when a speaker says "his fighters" carried out the attack: the group whose spokesman or commander he is
 * ("Taliban spokesman Zabihullah Mujahid"), else the man himself where the text calls him a militant leader ("The
 * Chechen warlord Shamil Basayev", "the rebel commander Omar Dahir"). A minister or a president saying so of his own
 * soldiers, or of someone else's fighters, claims no attack.
 */
export function namedSpeaker(sentence: string, index: number, read: SubjectReader): { subject: string } | undefined {
	const group = spokesmanOf(sentence.slice(0, index));
	if (group) return group;
	// "Doku Umarov, the Chechen rebel leader who calls himself emir of the Caucasus Emirate, said": the description
	// after the name.
	const described = MILITANT_DESCRIBED.exec(sentence.slice(0, index));
	if (described) return { subject: described[1]! };
	const who = read(sentence, index)?.subject;
	const m = who && MILITANT_NAMED.exec(who);
	return m ? { subject: m[1]! } : undefined;
}
const MILITANT_DESCRIBED =
	/(?:^|[,;:]\s+)((?:(?:al|el|bin|ibn|abu|Abu)[- ])?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn)[- ])?[A-Z][\w'’-]+)+),\s+(?:a|an|the)\s+(?:(?!(?:who|which|that|whom)\b)[\w'’-]+\s+){0,2}?(?:warlord|emir|(?:rebel|militant|insurgent|militia|guerrilla|jihadist|separatist)\s+(?:leader|commander|chief))(?:\s+(?:who|of)\b[^,]*)?,\s*$/;
/** A militant's title right before a name of two words or more: "the Chechen warlord Shamil Basayev". */
const MILITANT_NAMED =
	/\b(?:warlord|emir|(?:rebel|militant|insurgent|militia|guerrilla|jihadist|separatist)\s+(?:leader|commander|chief))\s+((?:(?:al|el|bin|ibn|abu|Abu)[- ])?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn)[- ])?[A-Z][\w'’-]+)+)$/;

/** A claimant's name as two mentions of it compare: "The Islamic State" and "Islamic State" are one. */
export const claimantKey = (name: string) => name.toLowerCase().replace(/^the\s+/, '');

/** How a group is described by another it is tied to: "al Qaeda-linked", "IS-affiliated". */
export const TIED = '(?:linked|affiliated|backed|allied|aligned|inspired|based|led)';
const TIED_END = pattern(`-${TIED}$`, 'i');

/** The words of a person's name of two to four: "Doku Umarov", "Ibrahim El Bakraoui", "Anders Behring Breivik". */
export const PERSON_WORDS = "[A-Z][a-zà-ÿ'’-]+(?:\\s+(?:(?:al|el|bin|ibn|van|de)[-\\s])?[A-Z][a-zà-ÿ'’-]+){1,3}";
/** A person's name and nothing more. */
export const PERSON_NAME = pattern(`^${PERSON_WORDS}$`);

/** Words that make a capitalised name an organisation. */
const ORG_WORD =
	/\b(?:Taliban|Shabaa?b|Qaeda|Daesh|State|Group|Front|Brigades?|Army|Province|Movement|Organi[sz]ation|Party|Council|Battalions?|Legion|Network|Command|Committee|Alliance|Forces?|Guards?|Jihad|Mujahideen|Caliphate|Emirate|Wing|Cell|Liberation|Resistance|Brotherhood|Militias?|Volunteers|Shura|Martyrs|Falcons|Eagles|Hawks|Tigers|Sons\s+of|IRA|INLA|UVF|UDA)\b/;
/**
 * Militant groups news copy names with no such word and no particle ("Lashkar-e-Taiba" has one): known by the whole
 * name, so a person or a town that shares a word with one ("Ansar Burney", "Lashkar Gah") is none.
 */
export const KNOWN_GROUP =
	/^(?:the\s+)?(?:Boko\s+Haram|Abu\s+Sayyaf|Hamas|Hezbollah|Hizbollah|Hizballah|Jundallah|Jemaah\s+Islamiyah|Ansar\s+Dine|Ansaru)$/;
/** Whether a name is a group's by its own words, not by a particle a person's name may hold ("Abu Bakr al-Baghdadi"). */
export const isGroupName = (name: string) =>
	ORG_WORD.test(name) || KNOWN_GROUP.test(name) || /^(?:[Tt]he\s+)?[A-Z]{2,6}(?:-[A-Z])?$/.test(name);
/**
 * A group the words before a claim make a militant one, not an army, a ministry or an alliance of states: what only a
 * militant group says of an attack ("said two suicide bombers had carried out the attack", "one of its fighters") is a
 * claim only from one of these; from an army it tells who attacked it, or of an insider.
 */
export const MILITANT =
	/\b(?:Islamic\s+State|Qaeda|Taliban|Shabaa?b|Daesh|ISIS|ISIL|ISKP|IS|Mujahideen|Jihad|Caliphate|Emirate|Province|Brigades?|Front|Boko\s+Haram|Abu\s+Sayyaf|Hamas|Hezbollah|Jundallah)\b|-(?:ul|ud|e|i|al)-|\b(?:al|el)-/;
/** The common noun an apposition or a description gives an organisation: "a faction of …", "the militant group". */
export const ORG_NOUN =
	/\b(?:group|faction|organi[sz]ation|movement|militia|network|offshoot|affiliate|branch|wing|outfit)\b/i;
/** A capitalised word of a group's name, with its particle: "Qaeda", "al-Shabaab". */
export const NAME_WORD = String.raw`(?:(?:al|el)-)?[A-Z][\w'’-]*`;
/** Words of a group's name joined by "of", "in" and "the": "al-Qaeda in the Islamic Maghreb". */
const JOINED = String.raw`(?:\s+(?:(?:of|in)\s+(?:the\s+)?|the\s+)?${NAME_WORD})*`;
/** "a group calling itself the Abu Hafs al-Masri Brigades", right before the verb of the claim. */
const CALLING_ITSELF = pattern(
	String.raw`\b[Aa]n?\s+(?:[a-z][\w-]*\s+)?(?:group|organi[sz]ation|faction|outfit|cell|movement)\s+(?:(?:that|which)\s+calls|calling)\s+itself\s+((?:the\s+)?${NAME_WORD}(?:\s+(?:(?:of|in|and)\s+(?:the\s+)?)?${NAME_WORD}){0,8})(?:\s+\(([A-Z][\w-]{1,9})\))?(?:,\s+(?:a|an|the)\s+[^,]{3,100},)?(?:\s+(?:has|had|have|also|later|then|now))*,?\s*$`
);

/** Compiled once: they run for every claim a sentence holds. */
const NAME = pattern(String.raw`^(?:the\s+)?${NAME_WORD}${JOINED}$`);
/** A name a group gives itself may also join by "and", after its "of" or "in": "… of al-Qaeda in Syria and Egypt". */
const GIVEN_NAME = pattern(
	String.raw`^(?:the\s+)?${NAME_WORD}${JOINED}\s+(?:of|in)\s+(?:the\s+)?${NAME_WORD}(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*)+$`
);
// The noun in lower case: in "the Islamic Movement of Uzbekistan" it is part of the name.
const NAMED_ORG = pattern(
	`^(?:[Tt]he\\s+|[Aa]n?\\s+)?(?:[\\w-]+\\s+){0,2}${ORG_NOUN.source}\\s+(?=(?:(?:al|el)-)?[A-Z])`
);
/** "The organisation of al-Qaeda in Iraq": the lowercase noun alone; "the Islamic Movement of Uzbekistan" is a name. */
const ORGANISATION_OF = /^(?:[Tt]he\s+)?organi[sz]ation\s+of\s+(?=(?:(?:al|el)-)?[A-Z])/;
/** "Fighters of the Islamic State": the group the men belong to. */
const MEN_OF =
	/^(?:[Ff]ighters|[Mm]embers|[Ss]upporters|[Mm]ilitants|[Gg]unmen)\s+of\s+(?=(?:the\s+)?(?:(?:al|el)-)?[A-Z])/;

/** "The leader of the Islamist group Boko Haram" → "Boko Haram"; "a spokesman for the Front" → "the Front". */
export function organisationIn(subject: string, described: boolean, given = false): string | undefined {
	// "Tehreek-e-Taliban Pakistan (TTP)": the initials in brackets are the same group's, no part of its name.
	subject = subject.replace(/\s+\([A-Z][A-Za-z-]{1,9}\)$/, '');
	// "The Islamic State affiliate in Afghanistan": a group's branch, named by the group (and where it fights).
	const affiliate =
		/^(?:[Tt]he\s+)?((?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,4})\s+(affiliate|offshoot|franchise|branch)(\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?$/.exec(
			subject.trim()
		);
	if (affiliate) {
		const group = organisationIn(affiliate[1]!, true);
		return group ? `the ${group} ${affiliate[2]}${affiliate[3] ?? ''}` : undefined;
	}
	// "The Kasan branch of the Caliphate Army": a named part of a group is the group's, and answers by its whole name.
	const part = /^((?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:branch|wing|faction|cell)\s+of\s+)(.+)$/.exec(
		subject.trim()
	);
	if (part) {
		const whole = organisationIn(part[2]!, described, given);
		return whole ? `${part[1]}${whole}` : undefined;
	}
	let name = subject
		.replace(
			/^(?:the|a|an)\s+(?:\w+\s+)?(?:leader|spokes(?:man|woman|person)|commander|chief|head)\s+(?:of|for)\s+/i,
			''
		)
		.trim()
		.replace(MEN_OF, '');
	// "Northern Front fighters": the men of the group.
	// (A militant group's only: "Pakistan Army members said they had carried out the raid" is no claim.)
	const men = /^((?:the\s+)?(?:(?:al|el)-)?[A-Z](?:.*[A-Z])?[\w'’-]*)\s+(?:fighters|militants|gunmen|members)$/.exec(
		name
	);
	if (men && MILITANT.test(men[1]!)) name = men[1]!;
	// "the Islamic State group": the common noun after a name only says what the name is.
	// ("the Daesh terrorist group": with what kind of group it is.)
	const grouped =
		/^(.+[A-Z][\w'’-]*)\s+(?:(?:terrorist|militant|jihadist|extremist|armed|rebel|insurgent|separatist|Islamist)\s+)?(?:group|organi[sz]ation|movement|network)$/.exec(
			name
		);
	// "the al Qaeda-linked group", "an IS-affiliated outfit": a group described by another it is tied to, unnamed.
	if (grouped && TIED_END.test(grouped[1]!)) return undefined;
	// "The al-Qaida-linked al-Shabab militant group": the group, not what it is tied to.
	if (grouped)
		grouped[1] = grouped[1]!.replace(
			/^(?:the\s+)?\S+-(?:linked|backed|affiliated|aligned|allied|inspired)\s+(?=\S)/i,
			''
		);
	// "A Kurdish militant group": a people's word and what kind of group it is name no group.
	if (grouped && DEMONYM.test(grouped[1]!.replace(/^(?:an?|the)\s+/i, ''))) return undefined;
	if (grouped) {
		name = grouped[1]!;
		described = true;
	}
	const named = ORGANISATION_OF.exec(name) ?? NAMED_ORG.exec(name);
	if (named) {
		name = name.slice(named[0].length);
		described = true;
	}
	// "the banned Lashkar-e-Jhangvi", "the so-called Islamic State": words before the name say what it is, and are no
	// part of it (whether the name is an organisation is still read from the name alone).
	name = name.replace(/^(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:al|el)-)[a-z][\w-]*\s+){1,2}(?=(?:(?:al|el)-)?[A-Z])/, '');
	// "Somalia's al Shabaab militant group": the country owning a group it describes is where it fights, and "al" may
	// stand apart from the name (read as "al-" below, answered as written).
	if (described) name = name.replace(/^[A-Z][\w-]*['’]s\s+(?=(?:al|el)\s+[A-Z]|(?:(?:al|el)-)?[A-Z])/, '');
	const spaced = name;
	name = name.replace(/^(al|el)\s+(?=[A-Z])/, '$1-');
	if (!/^(?:the\s+)?(?:(?:al|el)-)?[A-Z]/.test(name) || /^(?:the\s+)?(?:It|They|He|She|This|That)$/i.test(name))
		return undefined;
	// A name of capitalised words (with "of", "in", "the" and particles like "al-" or "-ul-" between them). "And" joins
	// two groups ("Hamas and Islamic Jihad") except in a name a group gives itself, after its "of" or "in": "a group
	// calling itself the Brigades of al-Qaeda in Syria and Egypt".
	if (!NAME.test(name) && !(given && GIVEN_NAME.test(name))) return undefined;
	// (A name with a particle is a group's here, where the subject of a claim is read; see `isGroupName` for why not
	// everywhere.)
	const org = described || isGroupName(name) || /\b(?:al|el)-|-(?:ul|ud|e|i|al)-/i.test(name);
	// "The al-Velda group": "al-" is an article of its own, so the name keeps no English one.
	return org ? (spaced === name ? name : spaced).replace(/^[Tt]he\s+(?=(?:al|el)-)/, '') : undefined;
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
	// "The Front later said", "The Front, in a statement on its Telegram channel, claimed": an adverb, or a phrase set
	// off by commas that says how or where it was said, stands between the group and its verb.
	// ("Somalia's al Shabaab militant group, which is linked to al Qaeda, said", "a group calling itself the Imam Shamil
	// Battalion, which analysts linked to al-Qaeda, claimed": so does what the group is.)
	const aside =
		/(?:\s+(?:later|also|then|again|first|earlier|quickly|swiftly|promptly|subsequently|separately|itself)|,\s+(?:in|on|via|through)\s+(?:a|an|the|its|their)\s+[^,.;]{3,60},|,\s+(?:which|who)\s+(?:is|are|was|were|has|have)\s+[^,.;]{3,80},|,\s+(?:which|whom)\s+[a-z]+\s+(?:have\s+|had\s+)?(?:linked|tied|described|called|considered|believed)\s+[^,.;]{3,80},)\s*$/.exec(
			sentence.slice(0, index)
		);
	// (Not an outlet's: "the Amaq news agency, which is affiliated with the Islamic State," speaks for that group, below.)
	const outletAside =
		aside &&
		/^,\s+(?:which|who)/.test(aside[0]) &&
		/\b(?:agency|outlet|arm|channel|website)$/.test(sentence.slice(0, aside.index));
	if (aside && !outletAside) index = aside[0].startsWith(',') ? aside.index : aside.index + 1;
	// "Sarbakaf Mohmand, a commander of the group, had claimed": the apposition ends before the verb's auxiliaries.
	const before = sentence
		.slice(0, index)
		.replace(/,\s+(?:(?:had|has|have|also|later|then|again|already|quickly|swiftly|promptly)\s+)+$/, ', ');
	// "A little-known group, the Dzhelin Mountain Army, claimed": a description, then the name in apposition.
	const described =
		/(?:^|[,;]\s+|\b(?:said|says)\s+(?:that\s+)?)(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,3}(?:group|faction|organi[sz]ation|movement|militia|outfit|network),\s+((?:the\s+)?[A-Z][^,]{2,80}?),\s*$/.exec(
			before
		);
	if (described) {
		const subject = organisationIn(described[1]!, true);
		if (subject) return { subject };
	}
	// "members of al-Shabaab, the Somali Islamist group that claimed the attack": the group the description hangs on.
	const describedBy =
		/((?:the\s+)?(?:(?:al|el)[-\s])?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}(?:group|faction|organi[sz]ation|movement|militia|network)\s+(?:that|which)\s+(?:(?:has|had|later|also|quickly)\s+)*$/.exec(
			before
		);
	if (describedBy) {
		const subject = organisationIn(describedBy[1]!, true);
		if (subject) return { subject };
	}
	// "The Islamic State group's affiliate in Egypt, which calls itself Sinai Province, said": the name it gives itself.
	const self = /,\s+(?:which|that)\s+calls\s+itself\s+([^,]+?),\s*$/.exec(before);
	if (self) {
		const subject = organisationIn(self[1]!, true, true);
		if (subject) return { subject };
	}
	// "the Amaq news agency, which is affiliated with the Islamic State, said": an outlet speaks for the group it serves.
	const outlet =
		/\b(?:news\s+agency|agency|outlet|media\s+arm|channel|website),\s+(?:which|that)\s+is\s+(?:closely\s+)?(?:affiliated|linked|associated|allied)\s+(?:with|to)\s+([^,]+?),\s*$/.exec(
			before
		);
	if (outlet) {
		const subject = organisationIn(outlet[1]!.replace(/\s+group$/, ''), true);
		if (subject) return { subject };
	}
	// "e-mails from a group calling itself the Deccan Mujahideen claimed the attacks": the group that names itself is
	// the claimant, whatever carried its words.
	const calling = CALLING_ITSELF.exec(before);
	if (calling) {
		const subject = organisationIn(calling[1]!, true, true);
		return subject ? { subject, ...(calling[2] ? { aliases: [calling[2]] } : {}) } : undefined;
	}
	// "…, known by their Turkish initials TAK,": the initials are another name too.
	const known =
		/,\s+(?:also\s+|commonly\s+|better\s+)?known\s+(?:as|by\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:initials|acronym|abbreviation))\s+([^,]+?),\s*$/.exec(
			before
		);
	if (known) {
		const who = read(sentence, known.index);
		const subject = who && organisationIn(who.subject, true);
		const aliases = known[1]!.split(/\s+or\s+|,\s*|\s+and\s+/).map((a) => a.replace(/^the\s+/, '').trim());
		return subject ? { subject, aliases } : undefined;
	}
	// "A man who said he spoke for the United Baloch Army, a separatist group, claimed that bombing": the group he
	// spoke for.
	const spoke =
		/\b(?:spoke|speaks|speaking)\s+for\s+((?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?:(?:al|el)-)?[A-Z][\w'’-]*){0,5})(?:,\s+(?:a|an|the)\s+([^,]{3,80}),)?\s*$/.exec(
			before
		);
	if (spoke) {
		// (A lawyer who spoke for a man, or a woman who spoke for the market's traders, claims nothing.)
		const subject = organisationIn(spoke[1]!, Boolean(spoke[2] && ORG_NOUN.test(spoke[2])));
		if (subject) return { subject };
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
	// "a PKK offshoot, the Kurdistan Freedom Falcons, claimed": the description first, the group's name in apposition.
	const named =
		/(?:^|[,;:]\s+|\b(?:and|but|while)\s+)(?:a|an|the)\s+([^,]{3,60}),\s+((?:the\s+)?(?:(?:al|el)-)?[A-Z][^,]{2,80}),\s*$/.exec(
			before
		);
	if (named && ORG_NOUN.test(named[1]!)) {
		const subject = organisationIn(named[2]!, true);
		if (subject) return { subject };
	}
	// "Al-Qaeda in Iraq, led by the Jordanian Abu Musab al-Zarqawi, said": the group the participle describes.
	const led = /,\s+(?:led|headed|founded|run|commanded)\s+by\s+[^,]{2,80},\s*$/.exec(before);
	if (led) {
		const who = read(sentence, led.index);
		const subject = who && organisationIn(who.subject, false);
		if (subject) return { subject, aliases: who!.aliases };
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
