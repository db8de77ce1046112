/**
 * One study session over one deck: what is on screen, what comes next, and undo. Scheduling decisions live in
 * scheduler/, persistence in storage/; this class only sequences them and holds the state the screen shows.
 */
import type { FSRS, Grade } from 'ts-fsrs';
import type { Deck, DeckCard } from '../decks/schema';
import { createEmptyCard, gradeCard, makeScheduler, previewGrades, reviewTime, type Card } from '../scheduler/fsrs';
import { afterGrade, buildQueue, countsOf, nextCard, type QueueCounts, type StudyQueue } from '../scheduler/queue';
import type { AnswerMode, SchedulerSettings } from '../scheduler/settings';
import type { Outcome } from './answer';
import { answersNow, loadAnswers } from './answer-loader';
import { choiceOptions } from './choices';
import { cardMode, type CardMode } from './modes';

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
		return this.graded > 0;
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

	/** Re-reads progress (at start, and when another tab saved a review) and rebuilds today's queue. */
	reload(now: number): void {
		const progress = this.#store.load(this.deck.id);
		this.states = progress.cards;
		this.queue = buildQueue({
			cardIds: this.deck.cards.map((c) => c.id),
			states: progress.cards,
			log: progress.log,
			settings: this.settings,
			now
		});
		this.#advance(now, this.currentId);
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
		const answers = answersNow();
		// The checker loads on first use; the answer is checked as soon as it is there.
		if (!answers) return void loadAnswers().then(() => this.#stillOn(card.id) && this.submit(typed, now));
		const { checkTyped, suggestFor } = answers;
		const { result, matched } = checkTyped(card, this.deck, typed);
		this.#answered({ result, matched, suggested: suggestFor(result, now - this.#shownAt, card.kind, false) });
	}

	/** Checks the multiple-choice option at `index` and shows the feedback with a suggested grade. */
	pick(index: number, now: number): void {
		const card = this.current;
		const option = this.options[index];
		if (!card || option === undefined || this.revealed) return;
		const answers = answersNow();
		if (!answers) return void loadAnswers().then(() => this.#stillOn(card.id) && this.pick(index, now));
		const { checkChoice, suggestFor } = answers;
		const result = checkChoice(card, option);
		this.#answered({
			result,
			matched: null,
			suggested: suggestFor(result, now - this.#shownAt, card.kind, true),
			picked: index
		});
	}

	/** Whether `id` is still the card on screen, so a late-loaded check never lands on the next card. */
	#stillOn(id: string): boolean {
		return this.currentId === id;
	}

	#answered(outcome: Outcome): void {
		this.outcome = outcome;
		this.revealed = true;
	}

	/** Grades the current card, saves it durably, then shows the next card. Nothing changes if the save fails. */
	grade(grade: Grade, now: number): void {
		const id = this.currentId;
		if (!id) return;
		const next = gradeCard(this.#f, this.stateOf(id), now, grade);
		const durationMs = Math.min(Math.max(0, now - this.#shownAt), MAX_COUNTED_MS);
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
		this.queue = afterGrade(this.queue, id, next);
		this.graded++;
		this.tally = { ...this.tally, [grade]: this.tally[grade] + 1 };
		this.timeSpentMs += durationMs;
		this.#advance(now, null);
	}

	/** Takes back the last grade of this session: the card's previous state returns and it is shown again. */
	undo(now: number): void {
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
		if (next.id !== null) this.#show(next.id, now);
		else {
			this.currentId = null;
			this.revealed = false;
			this.outcome = null;
			this.waitUntil = next.nextLearningAt;
		}
	}

	#show(id: string, now: number): void {
		this.currentId = id;
		this.revealed = false;
		this.outcome = null;
		this.waitUntil = null;
		this.#shownAt = now;
	}
}
