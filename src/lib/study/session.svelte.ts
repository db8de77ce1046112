/**
 * One study session over one deck: what is on screen, what comes next, and undo. Scheduling decisions live in
 * scheduler/, persistence in storage/; this class only sequences them and holds the state the screen shows.
 */
import type { FSRS, Grade } from 'ts-fsrs';
import type { Deck, DeckCard } from '../decks/schema';
import { createEmptyCard, gradeCard, makeScheduler, previewGrades, reviewTime, type Card } from '../scheduler/fsrs';
import { briefingQueue, type Briefing } from '../scheduler/briefing';
import { studyDayStart } from '../scheduler/day';
import { afterGrade, candidates, countsOf, nextCard, type QueueCounts, type StudyQueue } from '../scheduler/queue';
import type { AnswerMode, SchedulerSettings } from '../scheduler/settings';
import { checkChoice, checkTyped, suggestFor, type Outcome } from './answer';
import { choiceOptions } from './choices';
import { afterCram } from './cram';
import { becameLeech } from './leech';
import { cardMode, type CardMode } from './modes';
import { buriedSince, spacedPick, withoutBuried, type Siblings } from './siblings';

/** What the session needs of the progress store; the real one is storage/ProgressStore. */
export interface SessionStore {
	load(deckId: string): { cards: Map<string, Card>; log: { cardId: string; at: number }[] };
	record(
		deckId: string,
		cardId: string,
		next: Card,
		entry: { cardId: string; at: number; rating: Grade; durationMs: number }
	): void;
	undo(deckId: string): { cardId: string; restored: Card | null } | null;
}

/**
 * What shapes today's queue beyond FSRS: the briefing, suspended cards, siblings, and — for a cram session — the
 * cards to drill and where their answers go instead of the schedule.
 */
export interface SessionDay {
	briefing: Briefing | null;
	suspended: ReadonlySet<string>;
	siblings: Siblings;
	/** A cram session: these cards, in this order; answers are logged by `record` and change no FSRS state. */
	cram: {
		ids: readonly string[];
		record: (entry: { cardId: string; at: number; rating: Grade; durationMs: number }) => void;
	} | null;
	/** Called when a grade makes a card a leech; the card has then left the queue. */
	onLeech: (cardId: string) => void;
}

const NONE: ReadonlySet<string> = new Set();

const PLAIN_DAY: SessionDay = {
	briefing: null,
	suspended: new Set(),
	siblings: new Map(),
	cram: null,
	onLeech: () => {}
};

interface UndoStep {
	cardId: string;
	grade: Grade;
	queue: StudyQueue;
}

/** Answers that took longer than this are counted as this long: the phone was put down, not the card studied. */
const MAX_COUNTED_MS = 5 * 60_000;

export class StudySession {
	readonly deck: Deck;
	readonly settings: SchedulerSettings;
	readonly #store: SessionStore;
	readonly #f: FSRS;
	readonly #cards: Map<string, DeckCard>;
	#undo: UndoStep[] = [];
	#shownAt = 0;
	#day: SessionDay = PLAIN_DAY;
	/** Cards shown in this session, latest last, so siblings are kept apart. */
	#recent: string[] = [];
	/** Seeds the order of multiple-choice options: stable within this session, different in the next. */
	readonly seed: number;

	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new map replaces the old whole ($state.raw); none is mutated once shown
	states = $state.raw(new Map<string, Card>());
	queue = $state.raw<StudyQueue>({ learning: [], review: [], fresh: [], dayEnd: 0 });
	currentId = $state<string | null>(null);
	revealed = $state(false);
	/** When the next learning card comes due, if nothing is left to show now. */
	waitUntil = $state<number | null>(null);
	graded = $state(0);
	tally = $state<Record<Grade, number>>({ 1: 0, 2: 0, 3: 0, 4: 0 });
	timeSpentMs = $state(0);
	/** A message for the learner when a grade could not be saved. */
	error = $state<string | null>(null);
	/** How cards are answered in this session; starts from the deck's setting and can be changed for the session. */
	mode = $state<AnswerMode>('auto');
	/** The checked answer on the current card, once submitted; nothing is saved until a grade is chosen. */
	outcome = $state.raw<Outcome | null>(null);
	/** Cards that became leeches (and were suspended) in this session. */
	leeches = $state<string[]>([]);
	/** Review cards shown today ahead of FSRS's date so they are remembered at the briefing. */
	broughtForward = $state(0);

	get current(): DeckCard | null {
		return this.currentId ? (this.#cards.get(this.currentId) ?? null) : null;
	}
	get counts(): QueueCounts {
		return countsOf(this.queue);
	}
	get remaining(): number {
		return this.queue.learning.length + this.queue.review.length + this.queue.fresh.length;
	}
	get canUndo(): boolean {
		// A cram answer changed no state, so there is nothing in the store to take back.
		return this.graded > 0 && !this.#day.cram;
	}
	get cramming(): boolean {
		return this.#day.cram !== null;
	}
	/** How the current card is answered under this session's mode. */
	get cardMode(): CardMode | null {
		const card = this.current;
		return card ? cardMode(card, this.stateOf(card.id).state, this.mode) : null;
	}
	/** The current card's options, when it is answered by multiple choice. */
	get options(): string[] {
		const card = this.current;
		return card && this.cardMode === 'choice' ? choiceOptions(card, this.seed) : [];
	}

	constructor(deck: Deck, settings: SchedulerSettings, store: SessionStore, now: number, seed = now) {
		this.deck = deck;
		this.settings = settings;
		this.mode = settings.answerMode ?? 'auto';
		this.seed = seed;
		this.#store = store;
		this.#f = makeScheduler(settings);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the deck's cards by id, fixed for the session, not state
		this.#cards = new Map(deck.cards.map((c) => [c.id, c]));
		this.reload(now);
	}

	/** Sets the briefing, suspended cards, siblings or cram set, and rebuilds today's queue with them. */
	configure(day: Partial<SessionDay>, now: number): void {
		this.#day = { ...PLAIN_DAY, ...day };
		this.reload(now);
	}

	/** Re-reads progress (at start, and when another tab saved a review) and rebuilds today's queue. */
	reload(now: number): void {
		const progress = this.#store.load(this.deck.id);
		this.states = progress.cards;
		this.queue = this.#todayQueue(progress.log, now);
		this.#advance(now, this.currentId);
	}

	/**
	 * Today's queue: the cram set as it stands, or FSRS's queue (brought forward for a briefing) without suspended
	 * cards and without the siblings of cards answered today.
	 */
	#todayQueue(log: readonly { cardId: string; at: number }[], now: number): StudyQueue {
		const { cram, suspended, siblings, briefing } = this.#day;
		const plan = briefingQueue({
			cardIds: this.deck.cards.map((c) => c.id).filter((id) => !suspended.has(id)),
			states: this.states,
			log,
			settings: this.settings,
			now,
			f: this.#f,
			briefing
		});
		if (cram)
			return {
				learning: [],
				review: [],
				fresh: cram.ids.filter((id) => !suspended.has(id)),
				dayEnd: plan.queue.dayEnd
			};
		this.broughtForward = plan.broughtForward.length;
		return withoutBuried(plan.queue, buriedSince(siblings, log, studyDayStart(now, this.settings.dayStartsAt)));
	}

	stateOf(id: string): Card {
		return this.states.get(id) ?? createEmptyCard(reviewTime(0));
	}

	/** The state each grade would give the current card, for the interval labels on the buttons. */
	previews(now: number): Record<Grade, Card> | null {
		return this.currentId ? previewGrades(this.#f, this.stateOf(this.currentId), now) : null;
	}

	reveal(): void {
		if (this.currentId) this.revealed = true;
	}

	/** Checks a typed answer (or a gap filled in) and shows the feedback with a suggested grade. */
	submit(typed: string, now: number): void {
		const card = this.current;
		if (!card || this.revealed) return;
		const { result, matched } = checkTyped(card, this.deck, typed);
		this.#answered({ result, matched, suggested: suggestFor(result, now - this.#shownAt, card.kind, false) });
	}

	/** Checks the multiple-choice option at `index` and shows the feedback with a suggested grade. */
	pick(index: number, now: number): void {
		const card = this.current;
		const option = this.options[index];
		if (!card || option === undefined || this.revealed) return;
		const result = checkChoice(card, option);
		this.#answered({
			result,
			matched: null,
			suggested: suggestFor(result, now - this.#shownAt, card.kind, true),
			picked: index
		});
	}

	#answered(outcome: Outcome): void {
		this.outcome = outcome;
		this.revealed = true;
	}

	/** Grades the current card, saves it durably, then shows the next card. Nothing changes if the save fails. */
	grade(grade: Grade, now: number): void {
		const id = this.currentId;
		if (!id) return;
		const durationMs = Math.min(Math.max(0, now - this.#shownAt), MAX_COUNTED_MS);
		if (this.#day.cram) return this.#cramGrade(id, grade, now, durationMs);
		const previous = this.stateOf(id);
		const next = gradeCard(this.#f, previous, now, grade);
		try {
			this.#store.record(this.deck.id, id, next, {
				cardId: id,
				at: reviewTime(now).getTime(),
				rating: grade,
				durationMs
			});
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			return;
		}
		this.error = null;
		this.#undo.push({ cardId: id, grade, queue: this.queue });
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new map replaces the old whole ($state.raw); none is mutated once shown
		this.states = new Map(this.states).set(id, next);
		// Siblings of an answered card wait for tomorrow; a new leech is suspended and leaves the queue.
		let queue = withoutBuried(afterGrade(this.queue, id, next), this.#day.siblings.get(id) ?? NONE);
		if (becameLeech(previous, next)) {
			const without = (ids: string[]) => ids.filter((x) => x !== id);
			queue = {
				...queue,
				learning: without(queue.learning),
				review: without(queue.review),
				fresh: without(queue.fresh)
			};
			this.leeches = [...this.leeches, id];
			this.#day.onLeech(id);
		}
		this.queue = queue;
		this.#counted(grade, durationMs);
		this.#advance(now, null);
	}

	/** A cram answer: logged as cram, the card's state untouched; an Again comes back at the end of the set. */
	#cramGrade(id: string, grade: Grade, now: number, durationMs: number): void {
		try {
			this.#day.cram!.record({ cardId: id, at: reviewTime(now).getTime(), rating: grade, durationMs });
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			return;
		}
		this.error = null;
		this.queue = { ...this.queue, fresh: afterCram(this.queue.fresh, id, grade) };
		this.#counted(grade, durationMs);
		this.#advance(now, null);
	}

	#counted(grade: Grade, durationMs: number): void {
		this.graded++;
		this.tally = { ...this.tally, [grade]: this.tally[grade] + 1 };
		this.timeSpentMs += durationMs;
	}

	/** Takes back the last grade of this session: the card's previous state returns and it is shown again. */
	undo(now: number): void {
		if (this.#day.cram) return;
		const step = this.#undo.pop();
		if (!step) return;
		const undone = this.#store.undo(this.deck.id);
		if (!undone || undone.cardId !== step.cardId) {
			// Another tab graded since: its review is kept, and ours is left as saved rather than guessed at.
			this.#undo = [];
			this.reload(now);
			return;
		}
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new map replaces the old whole ($state.raw); none is mutated once shown
		const states = new Map(this.states);
		if (undone.restored) states.set(step.cardId, undone.restored);
		else states.delete(step.cardId);
		this.states = states;
		this.queue = step.queue;
		this.graded--;
		this.tally = { ...this.tally, [step.grade]: this.tally[step.grade] - 1 };
		this.#show(step.cardId, now);
	}

	/** Moves on when a waiting learning card has come due. */
	tick(now: number): void {
		if (!this.currentId) this.#advance(now, null);
	}

	#advance(now: number, keep: string | null): void {
		// Keep the card on screen when a reload happens mid-card, unless it has left the queue meanwhile.
		const q = this.queue;
		if (keep && (q.learning.includes(keep) || q.review.includes(keep) || q.fresh.includes(keep))) return;
		const next = nextCard(q, this.states, now);
		if (next.id !== null)
			this.#show(spacedPick(candidates(q, this.states, now), this.#recent, this.#day.siblings)!, now);
		else {
			this.currentId = null;
			this.revealed = false;
			this.outcome = null;
			this.waitUntil = next.nextLearningAt;
		}
	}

	#show(id: string, now: number): void {
		if (this.#recent.at(-1) !== id) this.#recent.push(id);
		this.currentId = id;
		this.revealed = false;
		this.outcome = null;
		this.waitUntil = null;
		this.#shownAt = now;
	}
}
