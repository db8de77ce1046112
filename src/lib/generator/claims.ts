/**
 * Who claimed an attack. Besides "X claimed responsibility" (actors.ts), news copy says it three more ways, and each
 * is read only when its doer is an organisation and what it claimed is the event, so a person who "claimed to be
 * Moroccan" or a government that "claimed" a success is never a claimant:
 *
 * - "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed the bombing" (an event noun as the object);
 * - "they were claimed by the Northern Falcons (NF), a militant group", "a bombing claimed by …" (the passive);
 * - "the group said on Telegram that its fighters carried out the attack" (a statement of its own doing).
 */

import {
	claimantBefore,
	claimantKey,
	isGroupName,
	MILITANT,
	NAME_WORD,
	namedSpeaker,
	ORG_NOUN,
	organisationIn,
	ownSpeaker,
	speakerGroup,
	spokesmanOf,
	TIED,
	PERSON_NAME,
	type SubjectReader
} from './claimants';
import { MONTHS, WEEKDAYS } from '../lang';
import { matches, type KeyWords } from './matches';
import { pattern } from '../lang/pattern';

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
const NAMES_IN = /^(?:(?:the|its|their|this|that|these|those|both)\s+)?((?:[A-Z][\w'’-]*\s+)+)/;
function namesIn(object: string): string | undefined {
	const words = NAMES_IN.exec(object)?.[1]?.trim();
	// "claimed Monday's bombing": a day names when, not which.
	return words && !HOLIDAY.test(words) && !DAY_NAME.test(words) ? words.replace(/['’]s$/, '') : undefined;
}
const DAY_NAME = pattern(`^(?:${[...WEEKDAYS, ...MONTHS, 'Yesterday', 'Today', 'Tonight'].join('|')})(?:['’]s)?$`);

const EVENT_NOUN =
	// "claimed the car bomb that hit a police bus", "claimed the car bomb." — but not "claimed the bomb was planted by
	// …", "claimed the bomb belonged to the army": a bomb is the event only with a relative clause or at a clause's end.
	'(?:attacks?|bombings?|blasts?|assaults?|abductions?|kidnappings?|shootings?|massacres?|killings?|explosions?|ambush(?:es)?|raids?|strikes?|sieges?|beheadings?|hostage-taking|bombs?(?=\\s+(?:that|which)\\b|\\s*[,.;]|$))';
/**
 * "claimed the attack", "claims the New Year's attack", "has claimed it" — the object is the event; and "ETA admitted
 * the bombing", a name owning it.
 */
const CLAIMED_EVENT = pattern(
	`\\b(?:claimed|claims|(?<=\\b[A-Z][\\w'’-]*\\s)admit(?:ted|s))\\s+(?:((?:(?:the|its|their|this|that|these|those|both|all(?:\\s+the)?|[A-Z][\\w'’-]*['’]s)\\s+|(?=[A-Z]))(?:[\\w'’-]+\\s+){0,3}?${EVENT_NOUN})\\b|(it|them)\\b(?!\\s+(?:was|were|is|had|has)\\b))`,
	'g'
);
/** "… of an elderly priest in a Normandy church": an "of" phrase after a claimed event noun, up to the clause's end. */
const OBJECT_OF =
	/^\s+of\s+(?:an?|the)\s+[^,.;:—–()"“”]{3,70}?(?=\s*[,.;:—–]|\s+(?:that|which|who|through|via|on\s+(?:its|their)|in\s+(?:a|an|its|their)\s+(?:statement|video|message|post))\b|$)/;

/**
 * "they were claimed by the Northern Falcons (NF)", "a bombing claimed by the Front", "was claimed on Tuesday by the
 * Eastern Front" (the day of the claim between), "by a previously unknown group, the White Rose Legion" (a
 * description, then the name).
 */
const CLAIMED_BY =
	/\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?claimed\s+(?:(?:(?:late|early)\s+)?on\s+[A-Z][a-z]+(?:\s+(?:morning|afternoon|evening|night))?\s+|(?:yesterday|overnight)\s+)?by\s+(?:(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:group|faction|organi[sz]ation|movement|militia|outfit|network),\s+)?((?:the\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})(?:\s+\(([A-Z][\w-]{1,9})\))?/g;
/** What a claim of having done it may be followed by: the event ("the attack", "both raids") or the clause's end. */
const DONE_END = `(?=\\s+(?:the|this|that|both|these|those|its|their)\\s+(?:[\\w'’-]+\\s+){0,3}?${EVENT_NOUN}\\b|\\s+(?:them|it)\\s*(?:[,.;]|$)|\\s*(?:[,.;]|$))`;
/**
 * Verbs of doing an attack besides "carried out", each only with the event as its object: "said it had planned the
 * attack", "that its fighters had mounted the raid", "that it had downed the plane", "said it had planted the bomb".
 * Not "launched" or "conducted", which armies say of their own raids.
 */
const DID = `(?:(?:planned|staged|mounted|organi[sz]ed)(?=\\s+(?:the|this|that|both|these|those|its|their)\\s+(?:[\\w'’-]+\\s+){0,3}?${EVENT_NOUN}\\b)|(?:downed|brought\\s+down)\\s+the\\s+(?:plane|airliner|aircraft|jet|flight)|(?:planted|placed|set\\s+off|detonated)\\s+the\\s+(?:[a-z-]+\\s+)?(?:bomb|bombs|device|explosives))`;
/** "said the attack had been carried out by \"supporters\" of the group", "by its fighters": the doers are its own. */
const DONE_BY = `(?:that\\s+)?the\\s+(?:[\\w'’-]+\\s+){0,2}?${EVENT_NOUN}\\s+(?:had\\s+been|was|were)\\s+carried\\s+out\\s+by\\s+(?:(?<oneOf>one\\s+of\\s+)?its\\s+(?:[a-z]+\\s+)?["“]?(?:fighters|soldiers|supporters|members|militants)["”]?|(?:[a-z]+\\s+)?["“]?(?:fighters|soldiers|supporters|members|militants)["”]?\\s+of\\s+the\\s+group)`;
/** "his fighters": the men of the one who speaks, who claims their attack himself. */
const HIS_MEN = `(?:his|her)\\s+["“]?(?:fighters|militants|followers)["”]?`;
/**
 * "said … that its fighters carried out the attack" (or "said its fighters had carried out the attack"), "that he was
 * one of its 'soldiers'", "said it was behind the attack", "say they are behind the attack", "said its fighters were
 * responsible" and "told reporters that the group's fighters carried out both bombings" (the last only from a spokesman of
 * the group, see `spokesmanOf`: from anyone else "the group" is blame).
 */
const SAID_DONE = pattern(
	`\\b(?:said|says|say|announced|declared|stated|told|tells)\\b[^.;]{0,90}?\\b(?:that\\s+(?:(?:it|its\\s+["“]?(?:fighters|soldiers|members|militants|men)["”]?|(?<theGroup>the\\s+group(?:['’]s\\s+(?:fighters|members|militants|men))?)|(?<hisGroup>(?:his|her)\\s+(?:movement|group|organi[sz]ation|faction)))\\s+(?:had\\s+)?(?:carried\\s+(?:it\\s+)?out|(?:was|were)\\s+behind${DONE_END}|was\\s+responsible(?:\\s+for|${DONE_END})|${DID})|(?:he|she|they|the\\s+(?:attacker|bomber|gunman|assailant)s?|[A-Z][\\w'’-]+)\\s+(?:was|were)\\s+(?:one\\s+of\\s+its|among\\s+its|its)\\s+["“]?(?:soldiers?|fighters?|members?)|one\\s+of\\s+its\\s+["“]?(?:soldiers|fighters|members)["”]?\\s+had\\s+(?:carried|placed|planted|detonated|set|attacked)|(?:its\\s+["“]?(?:fighters|soldiers|members|militants|men)|["“]soldiers\\s+of\\s+the\\s+caliphate)["”]?\\s+(?:had\\s+)?(?:attacked|struck|stormed|targeted|bombed)\\b)|(?:it|they)\\s+(?:had\\s+)?(?:(?:was|were|is|are)\\s+(?:behind|responsible)|carried\\s+out|${DID})${DONE_END}|(?<insider>one\\s+of\\s+its\\s+(?:own\\s+)?["“]?(?:soldiers|fighters|members|men)["”]?\\s+had\\s+(?:carried|placed|planted|detonated|set|attacked)\\b)|(?<bombers>(?<=\\b(?:said|says|announced|stated)\\s+(?:that\\s+)?)(?:two|three|four|five|six|\\d+)\\s+(?:suicide\\s+)?(?:bombers|attackers|gunmen)\\s+(?:had\\s+)?carried\\s+out${DONE_END})|its\\s+["“]?(?:fighters|soldiers|members|militants|men)["”]?\\s+(?:had\\s+)?(?:carried\\s+(?:it\\s+)?out|(?:were|are)\\s+(?:behind|responsible)|${DID})${DONE_END}|${DONE_BY})|\\b(?:said|says|announced|declared|stated)\\s+(?:that\\s+)?(?<hisMen>${HIS_MEN})\\s+(?:(?:had\\s+)?carried\\s+(?:it\\s+)?out|(?:were|was)\\s+behind)${DONE_END}`,
	'g'
);

/**
 * Words every SAID_DONE match holds: the verb of saying it opens with, and a word of the doing its every branch ends
 * in ("carried out", "was behind", "responsible", DID's verbs, "one of its soldiers", "its fighters attacked"). The
 * pattern is among the longest the generator has, and a pattern costs most the first time it runs (it is compiled
 * then), so a sentence without both is not scanned. No `\b` after the doing: "its member" matches in "membership".
 */
const SAYING = /\b(?:said|says|say|announced|declared|stated|told|tells)\b/;
const DOING =
	/\b(?:carried|behind|responsible|planned|staged|mounted|organi[sz]ed|downed|brought|planted|placed|set\s+off|detonated|soldier|fighter|member|attacked|struck|stormed|targeted|bombed)/;
/** SAID_DONE with what it needs, kept in step by tests/unit/generator/key-words.spec.ts. */
export const KEY_WORDS: readonly KeyWords[] = [
	{ name: 'SAID_DONE', pattern: SAID_DONE, needs: SAYING },
	{ name: 'SAID_DONE', pattern: SAID_DONE, needs: DOING }
];

/** "Later the Islamic State made a rival claim through its Amaq agency": a claim of the event the story is on. */
const MADE_CLAIM =
	/\b(?:made|makes|issued|put\s+out)\s+(?:a|an|its\s+own|their\s+own)\s+(?:(?:rival|new|second|separate|competing|counter|fresh)\s+)?claim\b(?!\s+(?:that|to)\b)/g;

/**
 * What follows "made a claim" when the claim is of the attack: the clause's end, "of responsibility", "for the
 * bombing", or how it was made ("through its Amaq agency", "in a video"), and no "that" after ("a claim on Sunday that
 * 30 militants had died").
 */
const CLAIM_OF_ATTACK = pattern(
	`^(?![^.;]*\\bthat\\b)(?:\\s*(?:[,.;]|$)|\\s+(?:of\\s+(?:responsibility|its\\s+own|their\\s+own)|for\\s+(?:the|its|their|both)\\s+(?:[\\w'’-]+\\s+){0,3}?${EVENT_NOUN}\\b|through|via|in\\s+(?:a|an|its|their)\\s+(?:statement|video|message|post|audio|recording)|on\\s+(?:its|their)\\s))`
);
/**
 * A verb after a claimed event, past a phrase of place or a clause of "which": what was claimed is that something is so
 * ("claimed the Israeli strike killed 40", "claims Quetta attack foiled", "claimed both attacks had been repelled",
 * "claimed the raid on the hideout killed 20"), not the attack. A participle is the event's own ("the bombing carried
 * out by two of its fighters", "the attack launched on Monday"), and so is "was carried out by one of their bombers".
 */
const CLAIMED_THAT =
	/^(?:\s+(?:on|in|at|against|by)\s+[^,.;]{1,60}?|,\s+which\s+[^,.;]+,)?\s+(?:(?:had|has|have|was|were|is|are|would|could|will|might|may|did|does)\b(?!\s+(?:been\s+)?carried\s+out\s+by\s+(?:(?:one|two|three|some)\s+of\s+)?(?:its|their)\b)|(?:killed|kills|hit|hits|left|failed|foiled|repelled)\b)/;

/** Compiled once: they run for every claim a sentence holds. */
const IN_THE_NAME_OF = pattern(
	String.raw`^\s+in\s+the\s+name\s+of\s+((?:the\s+)?${NAME_WORD}(?:\s+(?:(?:of|in)\s+(?:the\s+)?)?${NAME_WORD}){0,8}(?:\s+group)?)(?:\s+and\s+(?:of\s+)?((?:the\s+)?${NAME_WORD}(?:\s+(?:(?:of|in)\s+(?:the\s+)?)?${NAME_WORD}){0,8}))?`
);
/** A name a claim is made in that is an idea, not a group: "in the name of Global Jihad", "… of God". */
const IDEA = /^(?:the\s+)?[\w\s'’-]*(?:Jihad|Caliphate|Resistance|Emirate|Ummah|Islam|God|Allah)$/;
/** "… but the group has not claimed it", "falsely claimed": a claim in another's name the text doubts. */
const DOUBTED = /\b(?:not|never)\s+(?:\w+\s+)?claimed\b|\bden(?:y|ies|ied)\b|\bdoubt|\b(?:falsely|wrongly)\s+claim/i;
const HIS_MEN_CARRIED = pattern(`\\b${HIS_MEN}\\s+(?:(?:had\\s+)?carried|(?:were|was)\\s+behind)\\b`);
/** "The Front said its fighters had carried out the attack": its own men's doing, said without "that". */
const ITS_MEN_DID =
	/\bits\s+(?:own\s+)?["“]?(?:fighters|soldiers|members|militants|men)["”]?\s+(?:had\s+)?(?:carried|planned|staged|mounted|organi[sz]ed|planted|placed|set\s+off|detonated|(?:were|are)\s+(?:behind|responsible))\b/;
const ORG_APPOSITION = pattern(`^,\\s+(?:a|an|the)\\s+[^,.;]*${ORG_NOUN.source}`, 'i');
const EVENT_AFTER = pattern(`^\\s+(?:the|this|that|both)\\s+(?:[\\w'’-]+\\s+){0,2}?${EVENT_NOUN}\\b`);

/** Whether the words before `index` deny a claim ("No group has claimed", "has not claimed"). */
export function denied(sentence: string, index: number): boolean {
	// ("No group had claimed the attack, and the Front, which claimed the bombing of a ferry, …": past ", and" the denial
	// is another clause's.)
	return /\b(?:no|not(?!\s+only)|never|nobody|none|neither|yet to|n['’]t)\b[^.;]*$/i.test(
		sentence
			.slice(0, index)
			.split(/[;.]|,\s+(?:and|but)\s+/)
			.pop() ?? ''
	);
}

/**
 * A man who claimed an attack by its noun, his name right before the verb: "Doku Umarov claimed the twin suicide
 * bombings on the Moscow metro". (A claim "that" something was so is no claim of an attack: CLAIMED_THAT.)
 */
function leaderBefore(sentence: string, m: RegExpExecArray, read: SubjectReader): { subject: string } | undefined {
	if (!m[1] || !/^claimed\s/.test(m[0])) return undefined;
	const who = read(sentence, m.index)?.subject;
	const head = sentence.slice(0, m.index).trimEnd();
	if (!who || !PERSON_NAME.test(who) || !head.endsWith(who)) return undefined;
	// (The sentence's subject, or a militant leader's name: "Prime Minister Vladimir Putin" claims no attack.)
	return LEADER_BEFORE.test(head.slice(0, head.length - who.length)) ? { subject: who } : undefined;
}
/** What may stand before such a name: the sentence's start, or words that make him a militant leader. */
const LEADER_BEFORE =
	/(?:^|[,;:]\s*|\b(?:leader|chief|commander|founder|emir|warlord|militant|rebel|jihadist|insurgent)\s+)$/;

/** Claims of an event, in the forms above: by an organisation, or by a militant leader named before the verb. */
export function findClaims(sentence: string, read: SubjectReader): ClaimMatch[] {
	// Cheap tests first: most sentences neither claim nor say that "its fighters" did anything.
	const said =
		(/\bthat\s+(?:(?:it|its|he|she|his|her|they|the|one)\b|[A-Z]|["“]soldiers)/.test(sentence) &&
			/\bits\b|\bit\s+had\b|\bthe\s+group\b|\b(?:his|her)\s+(?:movement|group|organi[sz]ation|faction)\b/.test(
				sentence
			)) ||
		HIS_MEN_CARRIED.test(sentence) ||
		ITS_MEN_DID.test(sentence) ||
		/\bcarried\s+out\s+by\b|\b(?:bombers|attackers|gunmen)\s+(?:had\s+)?carried\s+out\b|\b(?:it|they)\s+(?:had\s+)?(?:(?:was|were|is|are|carried)\s+(?:behind|responsible|out)|planned|staged|mounted|organi[sz]ed|downed|brought\s+down|planted|placed|set\s+off|detonated)\b/.test(
			sentence
		);
	// ("ETA admitted the bombing": a group owning an attack by its name claims it.)
	const admitted = /\badmit(?:ted|s)\b/.test(sentence);
	if (!said && !sentence.includes('claim') && !admitted) return [];
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
	// The subject of a claim's verb at `index`, or the group of the spokesman who is ("An Abu Sayyaf spokesman claimed
	// the bombing").
	const claimant = (index: number) => claimantBefore(sentence, index, read) ?? spokesmanOf(sentence.slice(0, index));
	for (const m of sentence.includes('claim') || admitted ? matches(sentence, CLAIMED_EVENT) : []) {
		if (denied(sentence, m.index)) continue;
		const before = claimant(m.index) ?? leaderBefore(sentence, m, read);
		// "the gunman … claimed the attack in the name of the Islamic State group": the group is the claimant; and where
		// a group calling itself by another name claims "in the name of al-Qaeda", both are asked. A group that claims in
		// the name it also goes by ("The Taliban … in the name of the Islamic Emirate") is one claimant.
		const onBehalf = IN_THE_NAME_OF.exec(sentence.slice(m.index + m[0].length));
		const inName = (name: string | undefined) =>
			name &&
			(!before || /\bcall(?:s|ing)\s+itself\b/.test(sentence.slice(0, m.index))) &&
			!DOUBTED.test(sentence) &&
			!IDEA.test(name)
				? organisationIn(name, false)
				: undefined;
		// "… in the name of al-Qaeda and of IBDA-C, a small Turkish Islamist group": both names it was made in.
		const group = inName(onBehalf?.[1]);
		const also = group && onBehalf?.[2] && isGroupName(onBehalf[2]) ? inName(onBehalf[2]) : undefined;
		const who = [
			...(group ? [{ subject: group }] : []),
			...(also ? [{ subject: also }] : []),
			...(before && (!group || claimantKey(before.subject) !== claimantKey(group)) ? [before] : [])
		];
		// The event is read at the object ("claimed the Brussels bombing"), not at the verb beside the subject. What the
		// object goes on to say of its event ("the killing of an elderly priest in a Normandy church") is kept with it:
		// where no event of the text is found for the claim, those words are what its question names.
		const of = m[1] ? OBJECT_OF.exec(sentence.slice(m.index + m[0].length))?.[0] : undefined;
		if (m[1] && CLAIMED_THAT.test(sentence.slice(m.index + m[0].length + (of?.length ?? 0)))) continue;
		const object = (m[1] ?? m[2]!) + (of ?? '');
		const end = m.index + m[0].length + (group ? onBehalf![0].length : 0);
		for (const w of who) push(w, object, m.index + m[0].lastIndexOf(object), end, namesIn(object));
	}
	for (const m of sentence.includes(' claim') ? matches(sentence, MADE_CLAIM) : []) {
		if (denied(sentence, m.index) || !CLAIM_OF_ATTACK.test(sentence.slice(m.index + m[0].length))) continue;
		const who = claimant(m.index);
		if (who) push(who, 'the attack', m.index, m.index + m[0].length);
	}
	for (const m of /\bclaimed\s+(?:[\w-]+\s+){0,4}?by\s/.test(sentence) ? matches(sentence, CLAIMED_BY) : []) {
		if (denied(sentence, m.index)) continue;
		// ("attacks in its north since 2015, many of them claimed by Ansarul Islam": some of a kind's attacks, none told;
		// review 43, BN min/01-16 gave the claim to the last attack named.)
		if (
			/\b(?:many|most|some|several|a\s+number|dozens|hundreds|a\s+few|few)\s+of\s+(?:them|which|these|those)\s+(?:(?:were|have\s+been|had\s+been)\s+)?$/i.test(
				sentence.slice(0, m.index)
			) &&
			// (Only attacks over a span or of a kind: "A wave of car bombs hit markets across Baghdad on Monday …; most of
			// them were claimed by" tells of the claim of what the sentence told.)
			/\b(?:since\s+(?:19|20)\d\d|in\s+recent\s+(?:years|months|weeks)|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)\s+(?:few\s+)?(?:years|months)|a\s+(?:growing\s+number|spate|string|series|wave)\s+of)\b/i.test(
				sentence.slice(Math.max(0, m.index - 200), m.index)
			) &&
			!/\b(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(sentence.slice(0, m.index))
		)
			continue;
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
	for (const m of said && SAYING.test(sentence) && DOING.test(sentence) ? matches(sentence, SAID_DONE) : []) {
		// "said the group denied it was behind the attack": a denial between the verb and the doing.
		if (denied(sentence, m.index) || /\bden(?:y|ies|ied)\b/.test(m[0])) continue;
		const before = sentence.slice(0, m.index);
		const g = m.groups ?? {};
		const who = g.theGroup
			? (spokesmanOf(before) ?? speakerGroup(before))
			: g.hisGroup
				? speakerGroup(before)
				: g.hisMen
					? namedSpeaker(sentence, m.index, read)
					: (claimantBefore(sentence, m.index, read) ?? spokesmanOf(before) ?? ownSpeaker(before));
		// "one of its soldiers", "two suicide bombers": from an army, an insider or whoever attacked it.
		if (who && (g.insider || g.bombers || g.oneOf) && !MILITANT.test(who.subject)) continue;
		// "said two gunmen had carried out the attack on its office": the group was the target.
		if (
			g.bombers &&
			/^\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|assault|raid|bombing)s?\s+(?:on|against)\s+(?:its|their)\b/.test(
				sentence.slice(m.index + m[0].length)
			)
		)
			continue;
		const end = m.index + m[0].length;
		const what = EVENT_AFTER.exec(sentence.slice(end));
		// "that it had carried it out" names no event: the sentence's own or the story's, as a toll's would be; "that it
		// was behind them" points back at events told before.
		const them = /^\s+them\b/.test(sentence.slice(end));
		if (who)
			push(
				who,
				what ? what[0].trim() : them ? 'them' : 'the attack',
				what ? end : m.index,
				end + (what?.[0].length ?? 0)
			);
	}
	return out;
}

/**
 * "The group claimed the attack", "It later claimed responsibility", and after its spokesman was named, "He also
 * claimed Tuesday's bombing of a train": a claim whose doer the text refers back to. ("The al Qaeda-linked group" is
 * one too: the group it is tied to describes it, and does not name it.)
 */
const REFERRED = pattern(
	`(?:^\\s*|[.;:,]\\s+|\\b(?:and|but)\\s+)((?:[Ii]t|[Tt]he\\s+(?:(?:(?:al|el)\\s+)?[\\w'’]+-${TIED}\\s+|[a-z]+\\s+)?(?:group|faction|organi[sz]ation|movement|militia)|[Hh]e|[Ss]he))\\s+(?:(?:later|also|quickly|swiftly|itself|has|had|publicly|openly|formally|officially|already|since|now|again|on\\s+[A-Z][a-z]+)\\s+)*(?:(?:claimed|claims)\\s+(?:responsibility|credit|(?:the|its|[A-Z][\\w'’-]*['’]s)\\s+(?:[\\w'’-]+\\s+){0,2}?${EVENT_NOUN}|it)\\b(?!\\s+(?:was|were|is|are|had|has|would|could)\\b)|(?<=\\b[Tt]he\\s+(?:group|faction|militia)\\s+(?:(?:later|also|has|had)\\s+)*)said\\s+(?:that\\s+)?it\\s+(?:had\\s+)?(?:carried\\s+(?:it\\s+)?out|was\\s+behind|was\\s+responsible\\s+for)\\s+(?:the|this|that)\\s+(?:[\\w'’-]+\\s+){0,2}?(?!strikes?\\b)${EVENT_NOUN}\\b)`,
	'g'
);

/** Claims by "the group" or "it", for the caller to resolve to the organisation the story is about. */
export function referredClaims(sentence: string): { word: string; quote: string; index: number }[] {
	if (!sentence.includes('claim') && !/\bsaid\s+(?:that\s+)?it\s+(?:had|was)\b/.test(sentence)) return [];
	const out: { word: string; quote: string; index: number }[] = [];
	for (const m of matches(sentence, REFERRED)) {
		const start = m.index + m[0].indexOf(m[1]!);
		if (!denied(sentence, start))
			out.push({ word: m[1]!, quote: sentence.slice(start, m.index + m[0].length), index: start });
	}
	return out;
}
