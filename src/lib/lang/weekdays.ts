/**
 * A weekday in running text ("on Friday") dated from publication, reading the tense of its sentence:
 *
 * - "last Friday" is the Friday before publication, a week back when publication is itself a Friday; "next Friday"
 *   the one after, a week on when publication is a Friday; "this Friday" the one of publication's week.
 * - Future tense ("will meet on Friday", "is due to open on Friday") looks forward: the next such day, publication's
 *   own day included ("will speak on Friday" in a Friday paper is later that day). So does a day's event that
 *   something is for or ahead of ("campaigning for Thursday's election resumed").
 * - Past perfect ("had attacked on Friday") is background, before the story's present: a Friday paper's "Friday" is
 *   then the week before.
 * - Otherwise (past or present tense) it is the latest such day on or before publication. On publication's own
 *   weekday that is the same day — wire copy dates the day's events by its weekday ("gunmen attacked on Friday") —
 *   but a weekly piece may mean the week before, so the reading is marked `uncertain` for someone to check.
 */
import { WEEKDAYS, weekdayFor } from './dates';
import { make, parts, type Resolved, type Timeline } from './timepoint';
import { pattern } from './pattern';
import { afterMark } from './sentences';

/**
 * Words that put a clause in the future ("is set to", not "were set off"; "Marches … are planned … on Sunday", review
 * 49, CQ min/01-19); and a newsletter's farewell or what may not be known yet ("See you on Monday", "results might not
 * be known on Wednesday morning"; review 44, BV min/05-15, 05-17 read the days before publication).
 */
export const FUTURE =
	/\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:due|set(?=\s+(?:to|for)\b)|expected|scheduled|going|planning|to)\b|(?:is|are)\s+(?:being\s+)?planned\b|plans?\s+to|intends?\s+to|see\s+you|(?:may|might)\s+(?:not\s+)?be\s+(?:known|announced|declared|counted|released|held))\b|['’]ll\b/i;
/**
 * "Biden said he would travel to Buffalo on Tuesday", "adding that the cabinet would discuss the matter on Monday":
 * "would" after a verb of saying is the future as seen when it was said, so the day is still to come ("would have"
 * looks back and is not this). ("SGDF members said the names of all those killed would be read out … on Wednesday":
 * whatever the subject's length, up to eight words; review 30, AF min/09-16. "Officials said the shrine, built in
 * 1956, would reopen … on Wednesday": and an aside set off by commas in it; AG min/01-15. "said a man in his late
 * twenties had been charged with murder and would appear in … Court on Saturday": and the reported clause's next verb,
 * after "and"; review 41, BF min/01-6.)
 */
const FUTURE_REPORTED =
	/\b(?:said|says|saying|told\s+[\w-]+|announced|added|adding|promised|pledged|vowed|warned|insisted|stressed)\s+(?:that\s+)?(?:(?:[\w'’-]+\s+){0,8}?(?:[\w'’-]+,\s+[^,.;]{1,100}?,\s+)?|[^.;]{1,120}?\band\s+)would\b(?!\s+have\b)/i;
/**
 * "said the country would not be divided, and thanked the crowds who marched on Thursday": a verb in the past after the
 * "would", joined by "and" or a relative pronoun, is a clause of its own, and the day is in its time, not the future.
 */
const PAST_AFTER = /(?:\band|\bwho|\bwhich|\bwhose\s+[a-z]+)\s+(?:(?:was|were)\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b/i;
/** What something is ahead of, then its day: "Ahead of the fifth anniversary on ", "before the memorial service on ". */
const OCCASION_AHEAD =
	/\b(?:ahead\s+of|before|for)\s+(?:the|next|this|a|an)\s+(?:[\w-]+\s+){0,2}(?:anniversary|commemoration|memorial|vigil|service|ceremony|elections?|vote|referendum|summit|trial|hearing)\s+(?:on\s+)?$/i;
/**
 * "campaigning for Thursday's general election", "ahead of Sunday's vote": a day's event that something is for or
 * ahead of has not happened yet, whatever the tense of the verb. (Not what something is revenge, blame or punishment
 * for: "the attack was retaliation for the March 15 shootings" looks back; review 36, AS min/08-12.)
 */
/**
 * A timetable's present, before its day in the clause: "Eurozone finance ministers meet on", "Inspectors … return to
 * Athens on", "Italy votes in a national election on", "The Champions League match is at the Karaiskakis stadium … on".
 * What is set to happen is told in the present as often as with "will" (review 46, CD min/01-14, 03-13, 05-11, 05-13
 * read the days gone). Not the nouns ("the votes on", "tax returns").
 */
export const TIMETABLE =
	/(?:(?<!\b(?:the|of|a|an|his|her|their|its|postal|all|tax)\s)\b(?:meets?|convene|convenes|reconvene|reconvenes|sits|votes?|returns?|resumes?|reopens?)|\b(?:match|game|final|summit|hearing|funeral|memorial\s+service|ceremony)\s+(?:is|are))\b(?![^,;.:!?]*\b(?:was|were|had|did|said|told|last|ago)\b)[^,;.:!?"”]{0,70}$/i;

export const AHEAD_OF =
	/\b(?:(?<!\b(?:revenge|retaliation|reprisal|reprisals|vengeance|responsibility|blamed|blame|punishment|compensation|justice|apologi[sz]ed|sentenced|jailed|convicted|charged|arrested|tried|prosecuted|wanted)\s+)for|before|ahead\s+of|towards?|(?<!\b(?:did\s+not|didn['’]t|lasted|remained|stayed|continued)\s+(?:[\w'’-]+\s+){0,5})until)\s+(?:the\s+)?$/i;
const SAID_THAT =
	/\b(?:said|says|say|told|tells|announced|added|believes?|believed|thinks?|thought|noted|insisted)\s+$/i;
/**
 * A verb of saying in the past, then its subject (up to eight words, none a verb in the past or a "who", though "named
 * as", "suspected of" or "linked to" may describe it, and an aside on who was among them may follow it: "nine police
 * officials, among them the deputy police commissioner of Addis Ababa,"; review 48, CL min/10-7), then "had":
 * reported speech's past, shifted back. ("The ministry says the gunmen had …" is not shifted: "says" is the present.)
 */
const REPORTED_PAST =
	/\b(?:said|told\s+[\w-]+|announced|reported|confirmed|added|stated)\s+(?:that\s+)?(?:(?![\w'’-]*ed\b(?!\s+(?:as|of|to|with)\b)|who\b|which\b)[\w'’-]+(?:,\s+(?:among\s+them|including)\s+[^,;.]{1,80},)?\s+){1,8}?had\b/i;
/**
 * A day the clause after it, opened by "when", puts in the future: "end on Saturday, when the names of the dead will be
 * read aloud" (review 39, BA min/06-14 read the Saturday before publication). (Not a clause that reports a future, "on
 * Sunday, when he said the attackers will be hunted down", nor one about someone, "when shoppers who will never be
 * forgotten filled its cafes".)
 */
const WHEN_WILL =
	/^\p{L}+(?:\s+(?:morning|afternoon|evening|night))?\s*,\s+when\s+(?![^,;.]*\b(?:was|were|had|did|said|says|told|vowed|warned|promised|pledged|announced|who|which|that)\b)[^,;.]{0,80}?\b(?:will|shall|is\s+due|are\s+due)\b/iu;
/**
 * A past-perfect clause: "had" before the weekday in the same clause. ("a nurse who … had a bandaged arm on Sunday":
 * "had" before a noun's article or count is the verb "have", no past perfect; review 48, CM min/01-11 read the Sunday a
 * week before a Sunday paper.)
 */
const PAST_PERFECT =
	/\bhad\b(?!\s+(?:a|an|the|no|some|any|his|her|their|its|my|our|your|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)/i;
/** "Wednesday's attack", "Friday's bombings": a day's violence, reported, is past. */
// ("Monday's bomb was set to go off when the station was full": a bomb too; review 49, CQ min/05-8.)
const PAST_EVENT =
	/^\p{L}+['’]s\s+(?:[\p{L}-]+\s+)?(?:attacks?|bombs?|bombings?|blasts?|shootings?|massacres?|killings?|raids?|explosions?|assaults?|siege)\b/iu;

/** A verb of saying or deciding in the past, right before its day ("a judge ruled on", "officials said"). */
export const SAID_ON =
	/\b(?:said|ruled|announced|confirmed|reported|added|stated|decided|told\s+(?!on\b)[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:on\s+)?$/i;

/** Whether a verb of saying puts the end of `head` in the future ("said he would travel to the city on"). */
function reportedFuture(head: string): boolean {
	const m = FUTURE_REPORTED.exec(head);
	return (
		!!m &&
		!PAST_AFTER.test(head.slice(m.index + m[0].length)) &&
		// ("… and would be questioned about the bombing on Monday night": a day right after an event's noun is its day.)
		!/\b(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|killings?|raids?|assaults?|siege)\s+(?:on\s+)?$/i.test(
			head
		)
	);
}

/** Where the clause around `index` starts: after the nearest clause mark (; — :) before it. */
function clauseStartOf(sentence: string, index: number): number {
	const before = sentence.slice(0, index);
	return afterMark(before, ';', '—', ':');
}

/**
 * The clause around `index`: between the nearest clause marks (; — :) either side, ending before a clause that opens
 * after the day ("that", "which", "who").
 */
function clauseAround(sentence: string, index: number): string {
	const start = clauseStartOf(sentence, index);
	const rest = sentence.slice(index);
	// ("had received a warning on Friday that militants were planning an attack": what the day's act was about is a
	// clause of its own, in its own time.)
	const stop = rest.search(/[;—:]|\b(?:that|which|who)\s/);
	return sentence.slice(start, stop < 0 ? sentence.length : index + stop);
}

const FUTURE_ALL = pattern(FUTURE.source, 'gi');
/** A passive in the past right before "on" and its day: "were killed on ", "was shot dead on ". */
const PASSIVE_PAST_ON = /\b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ot)(?:\s+dead)?\s+(?:on\s+)?$/i;
/**
 * A verb in the past of a clause of its own: "were stabbed", "had been freed", "were lit", "he said". ("Sharif was
 * expected to attend, while candles were lit … on Tuesday night": the candles' day; review 35, AP min/06-8.)
 */
const PAST_OWN =
	/\b(?:was|were|had)\s+(?:(?:also|then|later|first|been)\s+)*(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn|ung|ot|lt|pt)|lit|hit|held|laid|paid|made|built|sent|kept|left|met|found|shut|put|cut|fought|brought|caught|won|begun|done|gone|seen)\b|(?<!\b(?:be|been|being|to|will|would|shall)\s+)\b(?:said|told|added|stated|announced|died|killed|stabbed|attacked|exploded|struck)\b/i;

/**
 * A reader asked to come back: "23:55 - Follow TASS for updates on Tuesday", "Join us again on Monday" (review 33, AM
 * min/02-12 read the Tuesday before publication).
 */
export const INVITED = /^[^A-Za-z]*(?:Follow|Stay\s+with|Join|Watch|Tune\s+in|Check\s+back|Look\s+out|Come\s+back)\b/;

/**
 * Whether the day at `index` is in the future of its clause. A "will" (or "is due to" …) before it governs it unless a
 * verb in the past of its own stands between them ("will be charged after a priest was stabbed on Monday": the
 * stabbing's day; '"We will protect you," he said on Tuesday': the day it was said). One after it governs it when
 * nothing but its subject stands between ("On Tuesday the court will rule"), not across "and" or "but" ("was arrested on
 * Monday and will appear in court").
 */
function futureOf(clause: string, at: number): boolean {
	if (INVITED.test(clause.slice(0, at))) return true;
	const after = clause.slice(at);
	const next = FUTURE.exec(after);
	// ("On Wednesday, politicians are due to join …": the comma after a day that opens the clause sets it off, and
	// ends nothing.)
	const between = next ? after.slice(0, next.index) : '';
	// ("On Monday, the twentieth anniversary, survivors and bereaved families will gather": nor does a name for the day
	// set off after it, and the subject may be two nouns joined by "and"; review 45, BX min/10-11 read the Monday gone.)
	const opening = clause.slice(0, at).trim() === '';
	const span = opening ? between.replace(/^[^,]{1,30},\s+(?:the\s+[^,]{1,40},\s+)?/, '') : between;
	const twoNouns = opening && /^(?:[A-Za-z'’-]+(?<!ed)\s+){1,3}and\s+(?:[A-Za-z'’-]+\s+){1,3}$/.test(span);
	// ("rose 0.6 per cent on Wednesday but is set to finish the year down": nor across "but"; review 44, BW min/05-20.)
	if (next && (twoNouns || !/\b(?:and|but|while|whereas)\b|,/.test(span)) && !PAST_OWN.test(span)) return true;
	let last: RegExpExecArray | undefined;
	for (const m of clause.slice(0, at).matchAll(FUTURE_ALL)) last = m;
	if (!last) return false;
	// ("Manchester United's players, who were due to stay at the Ritz-Carlton next week, train in Kuala Lumpur on
	// Friday": a relative clause set off by commas looks forward on its own; the main clause after its closing comma
	// keeps its own tense; review 52, EC min/10-13 read the Friday to come.)
	const relative = /,\s+(?:who|which)\s+$/i.test(clause.slice(0, last.index));
	// (Not a main clause that says the plan changed: "…, which was due to be held next month, now takes place on Friday".)
	const main = clause.slice(last.index, at);
	if (relative && main.includes(',') && !/\bnow\b/i.test(main.slice(main.lastIndexOf(',')))) return false;
	return !PAST_OWN.test(clause.slice(last.index + last[0].length, at));
}

/**
 * The date of weekday `day` (0 = Sunday) written with `lead` ("on", "last", "next", "this" or none) at `index` of
 * `sentence`, from publication.
 */
/**
 * What is called or planned for a day: "a general strike for ", "protests for ", "a national remembrance service planned
 * for " (review 34, AO min/06-13 read the Sunday before a Saturday paper).
 */
const CALLED_FOR =
	/\b(?:strikes?|shutdowns?|bandh|protests?|rall(?:y|ies)|marches|march|vigils?|curfew|vote|polls?|elections?|hearings?|summit|talks|planned|scheduled|arranged)\s+for\s+$/i;

/** A clause that is only an occasion before its day: "sentence on ", "Funeral on ", "verdict due on ". */
const OCCASION_ONLY =
	/^\s*(?:[\w'’-]+\s+){0,2}?(?:sentence|sentencing|verdict|ruling|hearing|funeral|burial|vote|polls|talks)\s+(?:due\s+)?(?:on\s+)?$/i;

/** Whether a clause's "had" is a relative clause's after a main verb in the past: "shot dead five people who had". */
function mainPast(head: string): boolean {
	const relative = /\b(?:who|which|that)\s+had\b[^,;]*$/i.exec(head);
	if (!relative) return false;
	const main = head.slice(0, relative.index);
	return (
		!/\bhad\b/i.test(main) &&
		/\b(?!(?:hundred|kindred)\b)(?:[a-z]{3,}ed|shot|killed|struck|hit|caught|found|took)\b/.test(main)
	);
}

/** Right before a day: a verb that sets it aside ("declared", "has proclaimed"). */
const DECLARED = /\b(?:declared|declares|declare|proclaimed|proclaims|named)\s+$/i;
/** A weekday, then what it is set aside as: "Saturday a day of mourning", "Thursday as a national holiday". */
const DAY_OF_MOURNING =
	/^\p{L}+\s+(?:as\s+)?an?\s+(?:(?:national|public|official|general)\s+)*(?:day\s+of\s+(?:national\s+)?mourning|holiday)\b/iu;

/** A plan told in the past, right up to its day: "were due to fly home on ", "was scheduled to speak on ". */
const PAST_PLAN =
	/\b(?:was|were)\s+(?:originally\s+)?(?:due|scheduled|supposed|set)\s+to\s+[^,;:.]{1,60}?\s+(?:on\s+)?$/i;

/** A weekday's occasion, then that it was called off: "Saturday's test match … has been called off". */
const CALLED_OFF_OCCASION =
	/^\p{L}+['’]s\s+(?:[\w-]+\s+){0,2}(?:match|game|test|fixture|meeting|summit|vote|election|rally|concert|parade|ceremony|hearing|festival|race|marathon)\b[^.;]{0,60}?\b(?:has|have|had)\s+been\s+(?:called\s+off|cancell?ed|postponed|suspended)\b/iu;
/** Before a weekday, an occasion held on a set day: "to a summit in the French town of Pau on ". */
const OCCASION_BEFORE =
	/\b(?:summit|meeting|conference|talks|vote|election|referendum|hearing|trial|ceremony|visit|match|rally|parade)\b[^,;.]{0,60}$/i;
/** After it, that the occasion was put off: ", postponed it until early next year". */
const POSTPONED_AFTER = /^[^.;]*\b(?:postponed|cancell?ed|called\s+off|put\s+off|rescheduled)\b/i;

export function weekdayDate(
	t: Timeline,
	day: number,
	lead: string | undefined,
	sentence: string,
	index: number
): Resolved {
	const [py, pm, pd] = parts(t.published.iso);
	const pubDay = new Date(Date.UTC(py, pm - 1, pd)).getUTCDay();
	const back = (pubDay - day + 7) % 7;
	const ahead = (day - pubDay + 7) % 7;
	// "said that Friday was the deadliest day": "that" after a verb of saying starts a clause; it points at no day.
	const word = /^that$/i.test(lead ?? '') && SAID_THAT.test(sentence.slice(0, index)) ? undefined : lead?.toLowerCase();
	const clause = clauseAround(sentence, index);
	/** Where the day stands in its clause. */
	const inClause = index - clauseStartOf(sentence, index);
	const at = (offset: number, uncertain?: string): Resolved => ({
		...make(py, pm, pd + offset, 'day'),
		resolvedFrom: 'publication date',
		...(uncertain ? { uncertain } : {})
	});
	// ("Wednesday: The National Police Agency is due to present a report on the Wakayama attack": a diary's day heads
	// what follows its colon, which may look forward; review 50, CW min/05-15 read the Wednesday gone.)
	if (sentence.slice(0, index).trim() === '' && /^\p{L}+\s*:\s/u.test(sentence.slice(index))) {
		const rest = sentence.slice(index).replace(/^\p{L}+\s*:\s*/u, '');
		if (futureOf(rest, 0)) return at(ahead);
	}
	// "The first attack came on Tuesday of last week", "on Monday last week", "last week on Monday": the day of the
	// calendar week (Monday to Sunday) before publication's, however near it (review 27, min/aa07-1 read the Tuesday
	// just past).
	if (
		/^(?:on\s+)?\p{L}+(?:\s+(?:morning|afternoon|evening|night))?\s+(?:of\s+)?last\s+week\b/iu.test(
			sentence.slice(index)
		) ||
		/\blast\s+week,?\s+$/i.test(sentence.slice(0, index))
	) {
		const r = at(-((pubDay + 6) % 7) - 7 + ((day + 6) % 7));
		// ("on Tuesday last week", in a Sunday paper: the week just ending is "last week" to many writers, so the day is
		// checked; review 44, BT min/06-7 read 10 June for a speech of 17 June.)
		return pubDay === 0
			? { ...r, unsettled: `"${WEEKDAYS[day]} last week", written on a Sunday, may be in the week that ends that day` }
			: r;
	}
	// ("Istanbul, 10 December ¶ Shortly before 10:30 on Saturday night, … a car bomb exploded", read on Sunday 18
	// December: the weekday of the section's own day is that day; review 43, BR min/05-3 read the Saturday just gone.)
	if ((!word || word === 'on') && t.sectionDay) {
		const [sy, sm, sd] = parts(t.sectionDay);
		if (weekdayFor(sy, sm, sd) === day) return { ...make(sy, sm, sd, 'day'), resolvedFrom: 'its section’s day' };
	}
	// ("… but they were not there last Tuesday", in a Wednesday paper, a week after the bombing: the day before is
	// "yesterday", and "last Tuesday" the one of the week before; review 51, DA min/06-8 read the day before. Where the
	// story stands on the day before, it may be that.)
	if (word === 'last' && back === 1) {
		const [ay, am, ad] = t.anchor?.precision === 'day' ? parts(t.anchor.iso) : [];
		const yesterday = ay !== undefined && make(ay, am!, ad!, 'day').iso === make(py, pm, pd - 1, 'day').iso;
		return yesterday
			? {
					...at(-1),
					unsettled: `"last ${WEEKDAYS[day]}", said the day after one, may be that day or the one a week before`
				}
			: at(-8);
	}
	if (word === 'last') return at(-(back || 7));
	// "on the morning of that Thursday": the day the story stands on, when it is that weekday; else unsettled.
	if (word === 'that') {
		const a = t.anchor?.precision === 'day' ? parts(t.anchor.iso) : undefined;
		if (a && new Date(Date.UTC(a[0], a[1] - 1, a[2])).getUTCDay() === day)
			return { ...make(a[0], a[1], a[2], 'day'), resolvedFrom: 'the story’s last date' };
		return { ...at(-back), unsettled: `"that ${WEEKDAYS[day]}" refers back to a day the text has not dated` };
	}
	if (word === 'next') return at(ahead || 7);
	// "the first figures came only on the Monday morning": a weekday with "the" is told from the story's day, not from
	// publication — the first such day after the day the story stands on, if that is not after publication.
	// ("praying together at the Grand Mosque the following Friday", after the attack of 26 June: so is "the following";
	// review 29, AD min/07-9 read the Friday before publication, in September.)
	if (/\bthe\s+(?:following\s+)?$/i.test(sentence.slice(0, index)) && t.anchor?.precision === 'day') {
		const a = parts(t.anchor.iso);
		const from = Date.UTC(a[0], a[1] - 1, a[2]);
		const next = (day - new Date(from).getUTCDay() + 7) % 7 || 7;
		if (from + next * 86_400_000 <= Date.UTC(py, pm - 1, pd))
			return { ...make(a[0], a[1], a[2] + next, 'day'), resolvedFrom: 'the story’s last date' };
	}
	const after = sentence.slice(index).replace(/^(?:on|this)\s+/i, '');
	const possessive = /^\p{L}+['’]s\b/u.test(after);
	// "responsibility for Wednesday's attack": an attack a report speaks of has happened, whatever comes before it.
	const head = sentence.slice(0, index);
	// ("will continue cross-party talks after surviving Wednesday's no-confidence vote": so is a day's event someone came
	// through; review 38, AY min/02-18 read the Wednesday after publication.)
	const pastEvent = possessive && (PAST_EVENT.test(after) || /\bafter\s+[a-z]+ing\s+$/i.test(head));
	const clauseHead = head.slice(clauseStartOf(sentence, index));
	// "… will go on trial in September, a judge ruled on Tuesday": a day a verb of saying in the past is told on, in a
	// phrase of its own, is when it was said, whatever the clause it reports looks forward to.
	const phrase = head.slice(afterMark(head, ','));
	const saidOn = SAID_ON.test(phrase) && !FUTURE.test(phrase);
	// ("Officials said security would be reviewed after Saturday's attack": a day's attack has happened, whatever the
	// clause that names it looks forward to; review 50, CW min/05-14 read the Saturday to come.)
	// ("the couple were due to fly home on Thursday", in a Friday report of Wednesday's attack: a plan told in the past
	// may be for a day gone or one to come, so it is the nearer of the two, and checked when that is the day gone;
	// review 52, EB min/06-6 read the Thursday to come; "guests were due to celebrate on Saturday" at a bombed wedding
	// hall, in a Sunday paper, is the day before, checked.)
	// (Whether the clause looks ahead is read once: both readings below ask it.)
	const looksAhead = !pastEvent && futureOf(clause, inClause) && !saidOn;
	if (looksAhead && (!word || word === 'on') && PAST_PLAN.test(clauseHead) && back < ahead)
		return { ...at(-back), unsettled: `"${WEEKDAYS[day]}" is a plan told in the past; it may be the one to come` };
	if (
		!pastEvent &&
		(looksAhead ||
			((!word || word === 'on') && TIMETABLE.test(clauseHead)) ||
			WHEN_WILL.test(after) ||
			reportedFuture(clauseHead) ||
			(!word && possessive && AHEAD_OF.test(sentence.slice(0, index))))
	)
		return at(ahead);
	// ("Ahead of the fifth anniversary on Sunday, the Federal Government wishes to set out …": a day an occasion is held
	// on, named as what something is ahead of, is the nearer of its last and its next; review 32, AK min/04-6.)
	// (Not one told in the past: "They gathered for the memorial service on Sunday".)
	if ((!word || word === 'on') && OCCASION_AHEAD.test(head) && !/\b(?:had|was|were|did|[a-z]{3,}ed)\b/i.test(head))
		return at(ahead <= back ? ahead : -back);
	// ("Special court finds Pakistani gunman guilty on 80 counts; sentence on Thursday": an occasion a headline's clause
	// names with its day and no verb, the day ending the text, is still to come; review 35, AP min/07-1.)
	if ((!word || word === 'on') && OCCASION_ONLY.test(clauseHead) && /^\p{L}+\s*[.!]?\s*$/u.test(after))
		return at(ahead);
	// ("had invited the leaders … to a summit in the French town of Pau on Monday, postponed it until early next year",
	// on a Friday: an occasion put off before it was held was still to come; review 47, CJ min/03-13 read the Monday
	// gone.)
	if ((!word || word === 'on') && OCCASION_BEFORE.test(head) && POSTPONED_AFTER.test(after)) return at(ahead);
	// ("Saturday's test match against New Zealand has been called off", in a Friday report: an occasion named by its
	// weekday and called off is the nearer of its last and its next; review 52, EC min/02-10 read the Saturday gone.)
	if (!word && CALLED_OFF_OCCASION.test(sentence.slice(index))) return at(ahead <= back ? ahead : -back);
	if (word === 'this') return at(-back);
	// ("The cabinet declared Saturday a day of mourning", "has declared Thursday a national day of mourning": a day set
	// aside to mourn is still to come, whatever the tense of the setting aside; review 29, AD 01 and 02, read the days
	// before and counted "a week later" from them.)
	if (!word && DECLARED.test(head) && DAY_OF_MOURNING.test(sentence.slice(index))) return at(ahead);
	// ("The Chand faction had announced a general strike for Monday": a day something is called for is still to come,
	// whatever the tense of the calling; review 28, min/ab08-2.)
	if (!word && CALLED_FOR.test(head)) return at(ahead);
	// "the previous Friday", "the preceding Friday": the one before the story's, whatever the tense.
	if (/\b(?:previous|preceding)\s+$/i.test(head)) return at(-(back || 7));
	// Only a "had" before the weekday puts it in the past perfect: "said on Wednesday the decision had been flawed"
	// is Wednesday's statement about something earlier.
	// "No group had claimed the bombing by Monday evening": the day after "by" is the time the past perfect looks
	// back from, the story's present, not a day before it; and in "had claimed Monday's attack" the day names the
	// attack, not the time of the claim.
	// "Police said about 20 suspects had been taken into custody on Monday": a "had" that only follows a verb of saying
	// is reported speech's shift of the past ("were taken", as told), not a time before the story's.
	// ("Two men who had helped plan the assault were detained early on Monday", "a game that had been set for Wednesday
	// night at the Superdome, was postponed … and played on Thursday", "A 75-year-old man who had been on life support
	// died on Thursday evening": a "had" of a relative clause is its own.)
	// ("By Wednesday evening the count had climbed to 15, before the coroner's office corrected it on Thursday": a
	// clause joined by ", before" or ", after" has its own tense.)
	// ("The minister had put the toll at 276 late on Sunday, but rescue workers were still pulling bodies … on Monday
	// morning": so has one joined by ", but".)
	// ("By Friday night it had raised the figure to 37, and on Saturday it said 38 …": so has one joined by ", and" that
	// opens on its day; review 34, AO min/05-4.)
	const joinedAt = [
		...clauseHead.matchAll(
			/,\s+(?:(?:before|after|until|till|when|but|while|and\s+then)\s+|and(?=\s+(?:(?:on|by|late|early)\s+)?$)\s*)/gi
		)
	].pop();
	const ownHead = clauseHead
		.slice(joinedAt ? joinedAt.index : 0)
		.replace(/\b(?:who|which|that)\s+had\b[^,]*?(?:,\s*)?\b(?=(?:was|were|died|[a-z]+ed)\b)/gi, '');
	// ("Police … shot dead five people who had driven an Audi A3 into pedestrians early Friday", in a Friday paper: a
	// relative clause's past perfect, after a main verb in the past, is before that verb's time, not the paper's; review
	// 37, AU min/08-12 read the Friday a week before.)
	// ("The festival, which had been due to run until Sunday, was cancelled": a period cut short ended on its plan's day,
	// the latest such day up to publication, not one before the story's; review 42, BI min/10-14.)
	if (
		PAST_PERFECT.test(ownHead) &&
		!mainPast(ownHead) &&
		!REPORTED_PAST.test(ownHead) &&
		!/\bby\s+$/i.test(head) &&
		!/\bhad\s+been\s+due\s+to\s+(?:run|last|continue|go\s+on)\s+until\s+$/i.test(head) &&
		!possessive
	)
		return at(-(back || 7));
	// "On Saturday 2 January … ¶ On Sunday the Prime Minister went to the scene", in a long read published in April:
	// a weekday told right after a day the story stands on, weeks before publication, is the next such day.
	const near = t.anchorNear && t.anchor?.precision === 'day' ? parts(t.anchor.iso) : undefined;
	if (near) {
		const from = Date.UTC(near[0], near[1] - 1, near[2]);
		const next = (day - new Date(from).getUTCDay() + 7) % 7 || 7;
		// ("On Friday, a day before the attack, elders had met": the one before it.)
		const earlier = /\b(?:before|earlier|previous|preceding)\b/i.test(clause) || PAST_PERFECT.test(clauseHead);
		const prior = (new Date(from).getUTCDay() - day + 7) % 7 || 7;
		if ((Date.UTC(py, pm - 1, pd) - from) / 86_400_000 >= 14)
			return {
				...make(near[0], near[1], near[2] + (earlier ? -prior : next), 'day'),
				resolvedFrom: 'the story’s last date'
			};
	}
	if (back > 0) return at(-back);
	// "Wednesday 7 January … The next morning, Thursday" in a Thursday paper: a story that stands on a day of the last
	// two weeks goes on from there, so publication's weekday is the first such day after it, when that is before
	// publication.
	// ("Shortly before 11:30 a.m. on Wednesday, January 7, two men … forced their way into the paper's offices. ¶ Cherif
	// was convicted in 2008 … ¶ On Thursday morning, a policewoman … was shot dead", in a Thursday paper a week on: so does
	// one whose story went back to a year between; review 47, CK min/03-9 read the day of publication.)
	const anchor = t.anchor?.precision === 'day' ? parts(t.anchor.iso) : t.lastDay ? parts(t.lastDay) : undefined;
	if (anchor) {
		const from = Date.UTC(anchor[0], anchor[1] - 1, anchor[2]);
		const gap = (Date.UTC(py, pm - 1, pd) - from) / 86_400_000;
		const next = (day - new Date(from).getUTCDay() + 7) % 7 || 7;
		if (gap > 0 && gap < 14 && next < gap)
			return { ...make(anchor[0], anchor[1], anchor[2] + next, 'day'), resolvedFrom: 'the story’s last date' };
		// ("last Saturday the men … went out to bring in the harvest. … whose husband and two brothers were killed on
		// Saturday", in a Saturday paper: the day the story stands on, a week back, is the weekday told; review 49, CS
		// min/10-22 read the day of publication.)
		if (
			gap === 7 &&
			word === 'on' &&
			PASSIVE_PAST_ON.test(head) &&
			!FUTURE.test(clause) &&
			// ("In a separate attack this morning, two policemen were shot dead on Saturday": today.)
			!/\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|separate)\b/i.test(sentence)
		)
			return { ...make(anchor[0], anchor[1], anchor[2], 'day'), resolvedFrom: 'the story’s last date' };
	}
	const name = WEEKDAYS[day]!;
	return at(0, `${name} is the publication's weekday: read as the same day; it may mean the ${name} before`);
}
