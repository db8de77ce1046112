/**
 * Motives and reasons: why an actor acted or chose its target, as stated or as analysts explain it. Each cue marks
 * the words a cloze card blanks out ("to remain relevant, amplify its reputation …", "because they are failing in
 * their original strategy"); a sentence with a cue is a motive sentence.
 */

import { QUALIFIER } from '../lang';
import { matches } from './matches';
import { NUMBER } from './numbers';
import { pattern } from '../lang/pattern';

export interface MotiveMatch {
	/** The reason as written: the answer of the card. */
	gap: string;
	index: number;
	/** Whether the cue states a reason ("because", "in order to", "crucial for … to"): the card asks why. */
	why: boolean;
}

/** Cues (by position in CUES) that state a reason or purpose; the others describe what an act is or shows. */
const WHY_CUES = new Set([0, 1, 4, 9, 11, 12]);

/** Words that run to the end of a clause; a dash, closing quote or semicolon ends a reason. */
const CLAUSE = '[^.;:—“”"()]+';
const CUES: RegExp[] = [
	// "crucial for the group “to remain relevant, …”"
	pattern(
		`\\b(?:crucial|vital|key|important|essential|necessary|needed|a way|a means)\\s+for\\s+(?:[\\w’'-]+\\s+){1,3}["“]?(to\\s+${CLAUSE})`,
		'g'
	),
	pattern(
		`\\b(?:in order to|so as to|in a bid to|in an effort to|aimed at|so that)\\s+(${CLAUSE.replace(']+', ',]+')})`,
		'g'
	),
	pattern(
		`\\b(?:attempting|trying|tried|tries|seeking|seeks|sought|aims?|aimed|hoping|hopes?|hoped|intends?|intended|wants?|wanted|determined)\\s+to\\s+(${CLAUSE.replace(']+', ',]+')})`,
		'g'
	),
	// "a deliberate tactic within ISKP’s strategy to globalise its campaign"
	pattern(
		`\\b((?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:tactic|strategy|ploy|attempt|bid|effort|policy)\\s+(?:within|to|of|for|aimed)\\s+${CLAUSE})`,
		'g'
	),
	// "because they are failing in their original strategy", "because of its ties to …"
	pattern(`\\bbecause\\s+(?:of\\s+)?(${CLAUSE})`, 'g'),
	// "attacks become a form of propaganda for a weak group"
	pattern(
		`\\b(?:is|are|was|were|become|becomes|became|serve as|serves as|act as|acts as)\\s+((?:a|an)\\s+(?:form|kind|means|tool|way|instrument)\\s+of\\s+${CLAUSE.replace(']+', ',]+')})`,
		'g'
	),
	// "seen by ISIL as an oppressor of Muslims …", "regards the Taliban as too willing to compromise"
	pattern(`\\b(?:seen|viewed|regarded|perceived)\\s+by\\s+[\\w\\s’'-]{1,40}?\\s+as\\s+(${CLAUSE})`, 'g'),
	pattern(
		`\\b(?:regards?|sees?|views?|considers?)\\s+(?:the\\s+)?[A-Z][\\w’'-]*(?:\\s+[\\w’'-]+){0,3}?\\s+as\\s+(${CLAUSE})`,
		'g'
	),
	// "underscores its political relevance …", "show that the group is standing up to a hated enemy"
	pattern(
		`\\b(?:underscores?|demonstrates?|signals?|shows?|proves?)\\s+((?:that\\s+|its\\s+|their\\s+|the\\s+group[’']s\\s+)${CLAUSE})`,
		'g'
	),
	// "targets fuel infrastructure to raise the cost of …": an act on a target, then its purpose
	pattern(
		`\\b(?:targets?|targeted|targeting|chose|chooses|picked|attacks?|attacked|strikes|struck|bombed)\\s+(?:[\\w’'-]+\\s+){1,4}?(to\\s+${CLAUSE.replace(']+', ',]+')})`,
		'g'
	),
	pattern(`\\benabling\\s+[\\w-]+\\s+to\\s+(${CLAUSE})`, 'g'),
	// Purpose after a motive verb: "to avenge", "to retaliate for", "to globalise its campaign"
	pattern(`\\b(?:in\\s+)?(?:retaliation|revenge|response)\\s+for\\s+(${CLAUSE.replace(']+', ',]+')})`, 'g'),
	pattern(`\\bmotivated\\s+by\\s+(${CLAUSE.replace(']+', ',]+')})`, 'g')
];

/**
 * A cheap test per cue (same order as CUES): a cue's full pattern runs only on sentences holding its key word, which
 * keeps the generator fast on long documents.
 */
const CUE_WORDS: RegExp[] = [
	/\b(?:crucial|vital|key|important|essential|necessary|needed|way|means)\s+for\b/,
	/\b(?:in order to|so as to|in a bid to|in an effort to|aimed at|so that)\b/,
	/\b(?:attempt|try|tried|tries|seek|sought|aim|hop|intend|want|determined)\w*\s+to\b/,
	/\b(?:tactic|strategy|ploy|attempt|bid|effort|policy)\b/,
	/\bbecause\b/,
	/\b(?:form|kind|means|tool|way|instrument)\s+of\b/,
	/\b(?:seen|viewed|regarded|perceived)\s+by\b/,
	/\b(?:regard|see|view|consider)s?\b/,
	/\b(?:underscore|demonstrate|signal|show|prove)s?\b/,
	/\b(?:target|chose|choose|picked|attack|strike|struck|bombed)/,
	/\benabling\b/,
	/\b(?:retaliation|revenge|response)\s+for\b/,
	/\bmotivated\s+by\b/
];

/**
 * Any cue's key word, in one pattern: most sentences hold none, and one scan for all thirteen costs far less than
 * thirteen scans (each a pattern of its own, cold in the cache by the time the next sentence comes).
 */
const ANY_CUE = pattern(CUE_WORDS.map((re) => `(?:${re.source})`).join('|'));

/** A gap that is a count ("to 14", "to more than 30"): a toll risen to it, no purpose. */
const COUNT_GAP = pattern(`^(?:to\\s+)?(?:${QUALIFIER}\\s+)?${NUMBER}\\b`, 'i');

/** Reasons stated in one sentence; overlapping cues keep the earliest. */
export function findMotives(sentence: string): MotiveMatch[] {
	if (!ANY_CUE.test(sentence)) return [];
	const out: MotiveMatch[] = [];
	for (const [n, re] of CUES.entries()) {
		if (!CUE_WORDS[n]!.test(sentence)) continue;
		re.lastIndex = 0;
		for (const m of matches(sentence, re)) {
			// ("because of a cocaine seizure, but authorities later pointed to …": a clause joined by "but" is no part of the
			// reason; review 27, min/z08-3.)
			const gap = m[1]!
				.replace(/,\s+(?:but|yet|while|whereas|although|though)\s.*$/, '')
				.replace(/[\s,]+$/, '')
				.trim();
			if (gap.split(/\s+/).length < 2) continue;
			// "The death toll … rose to 14, officials said": "to" before a number is how far, not what for.
			if (COUNT_GAP.test(gap)) continue;
			// "claimed the attack in a message to the Al Jazeera network": "to" before a noun is a preposition, no purpose.
			if (/^to\s+(?:the|a|an|its|his|her|their|this|that|these|those|[A-Z])\b/.test(gap)) continue;
			// "do not lead to progress": "lead to" is a result, not a purpose. ("show a shift to soft targets", "a blow to
			// the group": "to" after such a noun is a preposition.)
			if (
				/\b(?:lead|leads|led|due|close|next|able|used|going|shift|move|switch|return|threat|access|damage|harm|visit|trip|attention|blow|boost|links?|ties|closer)\s+$/.test(
					sentence.slice(0, m.index + m[0].indexOf(m[1]!))
				)
			)
				continue;
			// "asking not to be named because he was not authorised to speak to the media": why a source is unnamed.
			if (
				/^(?:he|she|they|I|we)\s+(?:was|were|is|are|am)\s+not\s+(?:authori[sz]ed|allowed|permitted|cleared)\b/i.test(
					gap
				)
			)
				continue;
			const index = m.index + m[0].indexOf(m[1]!);
			if (out.some((o) => index < o.index + o.gap.length && index + gap.length > o.index)) continue;
			out.push({ gap, index, why: WHY_CUES.has(n) });
		}
	}
	return out.sort((a, b) => a.index - b.index);
}

/** Adverbial openers that are not part of the claim ("As for the ISKP, …", "Within such circumstances, …"). */
const OPENER =
	/^(?:As for|Within|In essence|In effect|However|Meanwhile|In the case of|After|For|Finally|Yet|But|And|So|Since|Despite|Although|While|By)\b[^,]*,\s+/;
/** Words that start a clause and are not names, so the question may lower-case them. */
const COMMON_START =
	/^(?:The|A|An|Many|Most|Some|These|Those|This|That|Its|Their|High-profile|Such|Orchestrating|Attacks|Terrorists|Militant|It|They|He|She|We|Analysts|Both|Should|If|Every|Each|All|Few|Several|No|None|Nothing|Nobody|Everyone)\b/;
const AUX = /^(.{3,80}?)\s+(is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\s+(.+)$/;

/** The claim a reason belongs to: the clause before the cue, without an opener, a quote mark or the cue's words. */
function claimBefore(sentence: string, index: number): string {
	// A parenthesis between dashes ("— perhaps the most effective tactic … —") is not part of the claim.
	let before = sentence.slice(0, index).replace(/\s+[—–]\s+[^—–]*?\s+[—–]\s+/g, ' ');
	const open = Math.max(
		before.lastIndexOf('“'),
		before.lastIndexOf('"'),
		before.lastIndexOf(';'),
		before.lastIndexOf(' — ')
	);
	if (
		open >= 0 &&
		before
			.slice(open + 1)
			.trim()
			.split(/\s+/).length >= 3
	)
		before = before.slice(open + 1);
	// Reported speech: the claim is what was said ("… said the group had tried to …", "…, saying the strike was …").
	// ("told reporters by telephone that …", "said in a statement that …": how it was said is no part of the claim.)
	const said =
		/^.*\b(?:said|says|saying|believe|believes|suspect|suspects|told\s+(?:[A-Z][\w ]*?|reporters|journalists|lawmakers|parliament|investigators|detectives|interrogators|police|prosecutors|(?:the|a)\s+(?:court|judge|jury))|argued|added)\s+(?:(?:by|in|on|via|through|over)\s+(?:[\w'’-]+\s+){1,3}?that\s+|that\s+)?/.exec(
			before
		);
	if (said && before.slice(said[0].length).trim().split(/\s+/).length >= 3) before = before.slice(said[0].length);
	// "… said the four attackers were his men and that the university had been chosen because …": the last thing said
	// is what the reason is given for.
	const and = /^.*\band\s+that\s+/.exec(before);
	if (and && before.slice(and[0].length).trim().split(/\s+/).length >= 3) before = before.slice(and[0].length);
	return (
		before
			.replace(/^[\s“”"‘’—–(-]+/, '')
			.replace(OPENER, '')
			.replace(/^(?:[A-Z][\w'’-]*)(?:\s+[a-z][\w'’-]*){1,3},\s+(?=\S+(?:\s+\S+){3})/, '')
			.replace(
				/\s*(?:[“"]|\b(?:(?:especially|partly|largely|mainly|simply|only|in part|precisely)\s+)?(?:because(?:\s+of)?|in order to|so as to|in a bid to|in an effort to|aimed at|so that|(?:in\s+)?(?:an?\s+)?(?:retaliation|revenge|response|reprisal)\s+for|motivated by|to))\s*$/i,
				''
			)
			.replace(/[\s,“”"]+$/, '')
			// ("… carried out by the Zetas cartel, possibly because …": how sure the speaker is belongs to no claim.)
			.replace(/,?\s+(?:possibly|probably|perhaps|apparently|allegedly|reportedly|likely)$/, '')
			.trim()
	);
}

/** A claim that only says what the act was: "it was", "the bombing was". */
/** "…, calling them revenge for": the acts the clause told of, called so. */
const CALLING =
	/,\s+calling\s+(?:it|them|the\s+(attacks?|bombings?|raids?))\s+(?:an?\s+)?(?:retaliation|revenge|response|reprisal)\s+for\s*$/i;
/**
 * What the act was, said of it: "it was", "the bombing is", after what found or said it ("a preliminary investigation
 * showed the attack was"; review 36, AS 08 asked "is it that a preliminary investigation showed the attack was?").
 */
const ACT_WAS =
	/(?:^|\b(?:showed|shows|said|says|found|finds|believed|believes|suggested|suggests|concluded|indicated|indicates|confirmed|confirms)\s+(?:that\s+)?)(?:it|this|that|the\s+(attack|bombing|assault|raid|shooting|blast|killing|massacre))\s+(?:was|is)$/i;

const lower = (s: string) => (COMMON_START.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/**
 * A motive asked the way a briefing asks it, naming who says so: "Why, according to Byman, is it that many militant
 * organizations embrace terrorism?" for a stated reason, "According to Byman, high-profile terrorist attacks become
 * what?" for what an act is or shows. Undefined when the sentence leaves no claim to ask about.
 */
export function motiveQuestion(sentence: string, m: MotiveMatch, speaker: string | undefined): string | undefined {
	const who = speaker ?? 'the text';
	const seen = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*[—–,]?\s*seen\s+by\s+([\w\s’'-]{1,40}?)\s+as\s*$/.exec(
		sentence.slice(0, m.index)
	);
	if (seen)
		return `How, according to ${who}, does ${seen[2]} see ${seen[1]!.replace(/^(?:While|Although|As|And|But)\s+/, '')}?`;
	const claim = claimBefore(sentence, m.index);
	// "The Velda Front said it was revenge for the killing of its leader": a reason given as what the act was asks why
	// the act was done.
	const act = ACT_WAS.exec(claim) ?? CALLING.exec(sentence.slice(0, m.index));
	if (act && m.why)
		return `Why, according to ${who}, was ${act[1] ? `the ${act[1].toLowerCase()}` : 'the attack'} carried out?`;
	// ("He told investigators he wanted to punish Sweden …": a pronoun and its verb are a claim, "he wanted to do what?")
	if (claim.split(/\s+/).length < 3 && !/^(?:he|she|they)\s+[a-z]+$/.test(claim)) return undefined;
	// "The device … went off at about 7.15 p.m. when a waiter tried to open it": an attempt told of in a clause of time
	// is part of the story, not anyone's purpose.
	if (!m.why && /\b(?:when|as|while|after|before|until)\s/.test(claim)) return undefined;
	if (!m.why) {
		// "has tried to normalize …" asks "has tried to do what?"; a reason that starts with "to" keeps it ("lead to what?").
		const bridge = sentence.slice(0, m.index).trimEnd();
		const tail = /\bto$/.test(bridge) ? ' to do' : /^to\s/.test(m.gap) ? ' to' : '';
		return `According to ${who}, ${lower(claim)}${tail} what?`;
	}
	// "the attacks were aimed at Egypt's economy": what they were aimed at is the question.
	const aimed = /\baimed\s+at\s*$/.test(sentence.slice(0, m.index))
		? /^(.{3,80}?)\s+(is|are|was|were)$/.exec(claim)
		: null;
	if (aimed) return `What, according to ${who}, ${aimed[2]} ${lower(aimed[1]!)} aimed at?`;
	const inv = AUX.exec(claim);
	if (inv && inv[1]!.split(/\s+/).length <= 10 && !/,/.test(inv[1]!))
		return `Why, according to ${who}, ${inv[2]} ${lower(inv[1]!)} ${inv[3]}?`;
	return `Why, according to ${who}, is it that ${lower(claim)}?`;
}

/** Key phrases of a reason: its parts split at commas and "and", each enough to show the gist was understood. */
export function keyPhrases(gap: string): string[] {
	// Only a list of purposes ("to remain relevant, amplify …") splits; "Chechnya, Syria and Afghanistan" is one gist.
	if (!/^to\s/.test(gap)) return [];
	const parts = gap
		.replace(/^to\s+/, '')
		.split(/,\s*(?:and\s+)?|\s+and\s+(?=(?:to\s+)?[a-z]+\s)/)
		.map((p) => p.replace(/^(?:to|also|the)\s+/, '').trim())
		.filter((p) => p.split(/\s+/).length >= 2);
	return parts.length > 1 ? parts : [];
}
