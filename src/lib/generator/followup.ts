/**
 * Dates that tell when something was said or done after an event, not when an event happened: "Police on Monday
 * named the man", "The Islamic State claimed responsibility on Sunday", "Hospital officials counted 231 dead on
 * Sunday", "A man was arrested on Tuesday". A briefing asks when the attack happened; the day of a statement, a
 * count or an arrest asked as a bare cloze names no event and cannot be checked against one, so it is no card.
 */
import { eventKeys, findMentions, keysOf } from './events';
import type { StoryEvent } from './model';
import { pattern } from '../lang/pattern';

/** A "when" clause right after a day: ", when a van packed with explosives blew up". */
export const WHEN_AFTER = /^,?\s+when\s/i;

// ("Colombia's government on Friday blamed the ELN for the car bomb": the day of a blame; review 49, CQ min/01-3.)
const VERBS = String.raw`(?:claimed|said|says|named|announced|confirmed|told|reported|denied|vowed|searched|identified|released|published|blamed|accused|(?:lowered|raised|revised|corrected|updated)\s+(?:the\s+|its\s+|their\s+)?(?:death\s+)?(?:toll|number|figure|count))\b`;
/** A reporting or follow-up verb right after the date: "Police on Monday named …". */
const VERB_AFTER = pattern(String.raw`^\s+${VERBS}`, 'i');
/**
 * A sentence opened by the date and then who said it: "By Sunday evening, officials said …", "On Friday, the Amaq
 * news agency, which is affiliated with the group, said …", "This Saturday, 19/08/2017, the Mossos d'Esquadra, the Catalan
 * regional police, raised the number of dead" (review 42, BM min/09-1), "On July 4, the Inspector-General of Police
 * confirmed that the attack was …" (review 47, CH min/07-5). Mid-sentence, ", officials
 * said" attributes the whole sentence ("killed 41 late on Tuesday, officials said"), so the date is the event's.
 */
const OPENING_SAID = pattern(
	String.raw`^,\s+(?:(?:[\w'’-]+\s+){1,2}?|(?:the|a|an)\s+(?:[\w'’-]+\s+){1,3}?|(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+(?:(?:which|who)\s+[^,;]{1,80}|(?:the|a|an)\s+[^,;]{1,60}),\s+)${VERBS}`,
	'i'
);
/**
 * The date of a claim: "claimed responsibility on Sunday", "claimed the attacks on Saturday", "claimed responsibility
 * through its Amaq news agency on Thursday", "The bombing was claimed on Tuesday by …".
 */
const CLAIM_BEFORE =
	/\bclaim(?:ed|s)?\s+(?:responsibility|the\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|bombings?|killings?|assault))\s+(?:(?:through|via)\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:on|late|early)\s+)?$|\b(?:was|were|(?:has|have|had)\s+been)\s+claimed\s+(?:(?:on|late|early)\s+)?$/i;
/**
 * "The bombing was claimed by a previously unknown group, the White Rose Legion, in an email to a newspaper on 23
 * January": the claimant and how it claimed, then the day, which is the claim's (not across a verb of harm: "which was
 * claimed by the Front, killed 12 on Monday").
 */
const CLAIMED_BY_BEFORE =
	/\b(?:was|were|(?:has|have|had)\s+been)\s+claimed\s+by\s+(?![^;.]*\b(?:killed|exploded|attacked|struck|wounded|died|stormed)\b)[^;.]{2,140}?\s+(?:(?:late|early)\s+)?on\s+$/i;
/**
 * What follows an event: counts and statements, arrests and searches, mourning, hospitals, services resuming,
 * officials' visits and briefings, vigils and funerals, recordings posted online or released, the wounded flown home, an
 * attacker found dead, prosecutors taking over, traffic flowing again, polling.
 * A clause with one of these that names no event of the story is about the aftermath.
 */
const FOLLOW_UP =
	/\b(?:officials?\s+(?:said|counted)|counted|gave\s+a\s+figure|put\s+the\s+(?:number|toll)|hearing|identified|(?:was|were)\s+arrested|hunting|searched|discharged|mourn(?:ing|ers)|queued|boycotted|resumed|reopened|memorial\s+(?:gathering|service)s?|wreaths?|minute['’]s\s+silence|news\s+conference|claimed|told\s+reporters|flew\s+to|flown\s+to|arrived\s+in|went\s+to\s+the\s+scene|found\s+(?:\w+\s+)?dead|took\s+over\s+the\s+case|flowing\s+again|polling|visited|vigils?|funerals?|posted\s+online|revis(?:es|ed)\s+the\s+(?:death\s+)?toll|released\s+(?:a\s+)?(?:video|recording|statement))\b/i;

/** "people killed by a truck bomb": the clause tells what happened, whatever else it reports. */
const HAPPENED = /\b(?:killed|wounded|injured)\s+(?:by|in)\b/i;

/** The time a count was given: "rose to five on Sunday", "was revised to 84 late on Thursday". */
const COUNT_BEFORE =
	/\b(?:rose|risen|rises|climbed|increased|revised|lowered|reached|stood)\s+(?:to|at)\s+(?!(?:the|a|an|its|their)\b)[\w,.-]+(?:\s+[a-z]+)?\s+(?:(?:on|late|early|by)\s+)?$/i;

/** A finding or statement, right before its day: "concluded on Thursday", "ruled on Monday". */
const FOUND_BEFORE =
	/\b(?:concluded|ruled|found|announced|confirmed|stated|testified|reported|said|says|told\s+(?:reporters|journalists|the\s+\w+))\s+(?:(?:on|late|early)\s+)?$/i;
/** "ended on Saturday morning", "was over by …", "came to an end on Sunday". */
const ENDED_BEFORE =
	/\b(?:ended|finished|(?:was|were)\s+(?:over|lifted|ended|broken)|came\s+to\s+an\s+end)\s+(?:(?:on|late|early|in)\s+)?$/i;
/** "died of his wounds", "died in hospital", "succumbed to her injuries", right before the date. */
const LATER_DEATH =
	/\b(?:died\s+(?:(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries|burns)|in\s+(?:a\s+)?hospital)|succumbed\s+to\s+(?:his|her|their)\s+(?:wounds|injuries|burns))\s+(?:(?:on|late|early|in)\s+)?$/i;
/** "a police officer among the injured, Rouven Laur, died": one of the wounded, whose death came later. */
const WOUNDED_ONE = /\b(?:among|one\s+of)\s+the\s+(?:injured|wounded)\b/i;

/** "The toll rose through Sunday": the span over which a count grew. */
const COUNT_THROUGH = /\b(?:rose|climbed|grew)\s+(?:steadily\s+)?(?:through|over|throughout)\s+$/i;

/**
 * A report a sentence cites as its source, then the day it was made public: "according to its report made public by
 * the Supreme Court on ". (A report's own day told for itself, "His report, made public on 15 December 2016, found …",
 * is a fact a briefing asks, and stays.)
 */
const REPORT_OUT =
	/\baccording\s+to\s+(?:its|the|a|their|his|her)\s+(?:[a-z]+\s+)?(?:report|findings|verdict|judgment|judgement|ruling)\b[^.;]{0,20}?\b(?:made\s+public|published|released|issued|presented|submitted|tabled|handed\s+down)\b[^.;,]{0,40}?(?:\s(?:on|in))?\s+$/i;

/**
 * "claimed, in a statement published on internet sites on": the day a claim came out, set off before what it claimed.
 * (Not "said his fighters had carried out the attack in a statement posted on a rebel website on September 17", whose
 * day is asked as the claim's.)
 */
const CLAIM_OUT =
	/\bclaim(?:ed|s)?,?\s+in\s+an?\s+(?:[a-z]+\s+)?(?:statement|message|video|audio\s+recording|recording|communiqu[eé])\s+(?:published|posted|released|issued|circulated|carried|put\s+out)\b[^.;,]{0,50}?\s+(?:(?:on|late|early)\s+)*$/i;

/** Why the date at [start, end) of `sentence` is the time of a statement or claim, or undefined. */
export function statementDate(sentence: string, start: number, end: number, day = true): string | undefined {
	const after = sentence.slice(end, end + 60);
	if (
		VERB_AFTER.test(after) ||
		// (Or right after the weekday it restates: "This Saturday, 19/08/2017, the Mossos …, raised the number of dead".)
		(/^(?:(?:on|by|late|early)\s+)*(?:(?:this|last|on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?$/i.test(
			sentence.slice(0, start)
		) &&
			OPENING_SAID.test(sentence.slice(end, end + 140)))
	)
		return 'the date of a statement';
	const before = sentence.slice(Math.max(0, start - 60), start);
	// "the chairman of the public inquiry into the attack concluded on Thursday": the day of a finding.
	if (FOUND_BEFORE.test(before)) return 'the date of a statement';
	// ("Investigators in Tunisia, Kuwait and France were still working on Sunday to establish whether a beach massacre …
	// that took place … on Friday": a day something was still going on is the story's present, not an event's; review
	// 32, AJ min/01-1.)
	if (/\b(?:was|were|is|are)\s+still\s+[a-z]+ing\s+(?:(?:on|late|early)\s+)?$/i.test(before))
		return 'the date of a later day';
	// "according to its report made public by the Supreme Court on Friday": the day of a report (review 40, BC min/07-1
	// dated the Army Public School attack by its inquiry's report).
	if (REPORT_OUT.test(sentence.slice(Math.max(0, start - 100), start))) return 'the date a report was made public';
	// "claimed, in a statement published on internet sites on Saturday, responsibility for the attack … last week": the
	// day a claim came out (review 47, CJ min/09-3 dated the Tourine attack by its claim).
	if (CLAIM_OUT.test(sentence.slice(Math.max(0, start - 100), start))) return 'the date of a claim';
	// "The sieges of Mumbai ended on Saturday morning": the day it ended, not the day it happened.
	if (ENDED_BEFORE.test(before)) return 'the date it ended';
	if (CLAIM_BEFORE.test(before) || CLAIMED_BY_BEFORE.test(sentence.slice(Math.max(0, start - 160), start)))
		return 'the date of a claim';
	// "The toll as of Thursday night: 84 dead": "as of" gives the time of a count or a statement, never of an event.
	if (COUNT_BEFORE.test(before) || COUNT_THROUGH.test(before) || /\bas\s+of\s+$/i.test(before))
		return 'the date of a count';
	// "killed 14 people and wounded 22, a figure police revised up from 21 on Thursday": the day a count was revised
	// (review 47, CI min/06-5).
	if (
		/\b(?:revised|raised|lowered|corrected)\s+(?:(?:up|down)(?:wards?)?\s+)?(?:from\s+\S+\s+)?(?:to\s+\S+\s+)?$/i.test(
			before
		)
	)
		return 'the date of a count';
	// "By Monday afternoon three of the wounded had died", "By Friday traffic was flowing again": "by" a day gives the
	// time a count or a state stood in the days after, never when something happened. "By the end of 2017" is kept: a
	// state reached by a year may be what a briefing asks ("it had lost 95 percent of its territory").
	if (day && (/^by\s/i.test(sentence.slice(start, end)) || /\bby\s+$/i.test(before)))
		return 'the date a state was reached';
	// "Strens, 25, died in hospital on 6 June", "one of the wounded, Rouven Laur, died on Sunday": a victim's later
	// death moves the count, not the day of the attack, and is no event of its own to ask.
	if (
		LATER_DEATH.test(before) ||
		(/\bdied\s+(?:(?:on|late|early)\s+)?$/i.test(before) && WOUNDED_ONE.test(before)) ||
		// "A second Israeli died on Thursday morning of wounds sustained in a terror shooting attack": the wounds after.
		(/\b(?:died|succumbed)\s+(?:(?:on|late|early)\s+)?$/i.test(before) &&
			/^\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries|burns)\b/i.test(
				sentence.slice(end, end + 60)
			))
	)
		return 'the date of a later death';
	return undefined;
}

/** "The marathon is held every year on Patriots' Day": a date that comes round again is no event's. */
const RECURRING = /\b(?:every|each)\s+(?:year|month|week)\b|\bannually\b|\byearly\b/i;

/**
 * Whether a date's clause tells of what comes round every year, or of the aftermath while naming none of the
 * story's events by their place or target.
 */
export function followUpClause(clause: string, written: string, events: StoryEvent[], day = true): boolean {
	if (RECURRING.test(clause)) return true;
	// "Campaigning for Thursday's general election": the date names an occasion of its own.
	if (!FOLLOW_UP.test(clause) || clause.includes(`${written}'s`) || clause.includes(`${written}’s`)) return false;
	// "The number of people killed by a truck bomb … on Saturday has risen": the clause names what happened.
	if (HAPPENED.test(clause) || findMentions(clause).some((m) => !m.anaphor)) return false;
	// "The market reopened on Friday": in the days after, a venue's common noun alone ("the market") does not name the
	// event; its name or its place does ("the Calder ferry pier"). Months on, a venue reopening ("which reopened in
	// November 2016 with a concert") is an occasion of its own.
	const words = new Set(keysOf(clause));
	return !events.some((e) =>
		[...(day ? eventKeys(e.target) : keysOf(e.target)), ...[e.place, ...e.alsoIn].flatMap(keysOf)].some((k) =>
			words.has(k)
		)
	);
}
