/**
 * Motives and reasons: why an actor acted or chose its target, as stated or as analysts explain it. Each cue marks
 * the words a cloze card blanks out ("to remain relevant, amplify its reputation …", "because they are failing in
 * their original strategy"); a sentence with a cue is a motive sentence.
 */

export interface MotiveMatch {
	/** The reason as written: the gap of a cloze card. */
	gap: string;
	index: number;
}

/** Words that run to the end of a clause; a dash, closing quote or semicolon ends a reason. */
const CLAUSE = '[^.;:—“”"()]+';
const CUES: RegExp[] = [
	// "crucial for the group “to remain relevant, …”"
	new RegExp(
		`\\b(?:crucial|vital|key|important|essential|necessary|needed|a way|a means)\\s+for\\s+(?:[\\w’'-]+\\s+){1,3}["“]?(to\\s+${CLAUSE})`,
		'g'
	),
	new RegExp(
		`\\b(?:in order to|so as to|in a bid to|in an effort to|aimed at|so that)\\s+(${CLAUSE.replace(']+', ',]+')})`,
		'g'
	),
	new RegExp(
		`\\b(?:attempting|trying|tried|tries|seeking|seeks|sought|aims?|aimed|hoping|hopes?|hoped|intends?|intended|wants?|wanted|determined)\\s+to\\s+(${CLAUSE.replace(']+', ',]+')})`,
		'g'
	),
	// "a deliberate tactic within ISKP’s strategy to globalise its campaign"
	new RegExp(
		`\\b((?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:tactic|strategy|ploy|attempt|bid|effort|policy)\\s+(?:within|to|of|for|aimed)\\s+${CLAUSE})`,
		'g'
	),
	// "because they are failing in their original strategy", "because of its ties to …"
	new RegExp(`\\bbecause\\s+(?:of\\s+)?(${CLAUSE})`, 'g'),
	// "attacks become a form of propaganda for a weak group"
	new RegExp(
		`\\b(?:is|are|was|were|become|becomes|became|serve as|serves as|act as|acts as)\\s+((?:a|an)\\s+(?:form|kind|means|tool|way|instrument)\\s+of\\s+${CLAUSE.replace(']+', ',]+')})`,
		'g'
	),
	// "seen by ISIL as an oppressor of Muslims …", "regards the Taliban as too willing to compromise"
	new RegExp(`\\b(?:seen|viewed|regarded|perceived)\\s+by\\s+[\\w\\s’'-]{1,40}?\\s+as\\s+(${CLAUSE})`, 'g'),
	new RegExp(
		`\\b(?:regards?|sees?|views?|considers?)\\s+(?:the\\s+)?[A-Z][\\w’'-]*(?:\\s+[\\w’'-]+){0,3}?\\s+as\\s+(${CLAUSE})`,
		'g'
	),
	// "underscores its political relevance …", "show that the group is standing up to a hated enemy"
	new RegExp(
		`\\b(?:underscores?|demonstrates?|signals?|shows?|proves?)\\s+((?:that\\s+|its\\s+|their\\s+|the\\s+group[’']s\\s+)${CLAUSE})`,
		'g'
	),
	// "targets fuel infrastructure to raise the cost of …": an act on a target, then its purpose
	new RegExp(
		`\\b(?:targets?|targeted|targeting|chose|chooses|picked|attacks?|attacked|strikes|struck|bombed)\\s+(?:[\\w’'-]+\\s+){1,4}?(to\\s+${CLAUSE.replace(']+', ',]+')})`,
		'g'
	),
	new RegExp(`\\benabling\\s+[\\w-]+\\s+to\\s+(${CLAUSE})`, 'g'),
	// Purpose after a motive verb: "to avenge", "to retaliate for", "to globalise its campaign"
	new RegExp(`\\b(?:in\\s+)?(?:retaliation|revenge|response)\\s+for\\s+(${CLAUSE.replace(']+', ',]+')})`, 'g'),
	new RegExp(`\\bmotivated\\s+by\\s+(${CLAUSE.replace(']+', ',]+')})`, 'g')
];

/** Reasons stated in one sentence; overlapping cues keep the earliest. */
export function findMotives(sentence: string): MotiveMatch[] {
	const out: MotiveMatch[] = [];
	for (const re of CUES) {
		re.lastIndex = 0;
		for (const m of sentence.matchAll(re)) {
			const gap = m[1]!.replace(/[\s,]+$/, '').trim();
			if (gap.split(/\s+/).length < 2) continue;
			const index = m.index + m[0].indexOf(m[1]!);
			if (out.some((o) => index < o.index + o.gap.length && index + gap.length > o.index)) continue;
			out.push({ gap, index });
		}
	}
	return out.sort((a, b) => a.index - b.index);
}
