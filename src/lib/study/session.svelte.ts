/**
 * One study session over one deck: what is on screen, what comes next, and undo. Scheduling decisions live in
 * scheduler/, persistence in storage/; this class only sequences them and holds the state the screen shows.
 */
import type { Card, FSRS, Grade } from 'ts-fsrs';
import type { Deck, DeckCard } from '../decks/schema';
import type { Briefing } from '../scheduler/briefing';
import { createEmptyCard, reviewTime } from '../scheduler/card';
import { studyDayStart } from '../scheduler/day';
import { loadScheduler, schedulerKit, type SchedulerKit } from '../scheduler/lazy';
import { buildQueue, candidates, countsOf, nextCard, type QueueCounts, type StudyQueue } from '../scheduler/queue';
import type { AnswerMode, SchedulerSettings } from '../scheduler/settings';
import type { Outcome } from './answer';
import type { Answers } from './answer-loader';
import { answersNow, loadAnswers } from './answer-loader';
import type { Grader } from './grading.svelte';
import { cardMode, type CardMode } from './modes';
import { onDemand } from '../lazy';
import { optionOrderNow } from './option-loader.svelte';
import { buriedSince, spacedPick, withoutBuried, type Siblings } from './siblings';

export type Progress = { cards: Map<string, Card>; log: { cardId: string; at: number }[] };

type Grading = typeof import('./grading.svelte');
const grading = onDemand(() => import('./grading.svelte'));

/**
 * Loads what a grade, an undo and a cram answer run (grading.svelte.ts); `prepare` loads it with the scheduler and the
 * ledger. A failed load (offline before the app was cached) is tried again on the next call.
 */
export const loadGrading = (): Promise<Grading> => grading.load();

/**
 * What the session needs of the progress store; the real one is storage/ProgressStore. The store is the one owner
 * of undo history: the session asks it to undo and shows what it says.
 */
export interface SessionStore {
	/** Every card state and the reviews of the study day containing `now`. */
	loadToday(deckId: string, now: number): Progress;
	/** Saves a grade; throws (nothing saved) if the stored state is no longer `expected` or storage is full. */
	grade(
		deckId: string,
		cardId: string,
		next: Card,
		entry: { cardId: string; at: number; rating: Grade; durationMs: number },
		expected: Card | null
	): void;
	undo(deckId: string): { ok: true; cardId: string; rating: Grade } | { ok: false; message: string } | null;
	canUndo(deckId: string): boolean;
	/** Whether the code that saves a grade has loaded, and loading it (the store loads it on demand). */
	ledgerLoaded(): boolean;
	loadLedger(): Promise<void>;
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

/** Answers that took longer than this are counted as this long: the phone was put down, not the card studied. */
const MAX_COUNTED_MS = 5 * 60_000;

export class StudySession {
	readonly deck: Deck;
	readonly settings: SchedulerSettings;
	readonly #store: SessionStore;
	/**
	 * The scheduler, once loaded: the first card is chosen from stored due dates alone, so the screen loads it after
	 * that card is shown (`prepare`). Until then the interval labels wait and a grade waits for it.
	 */
	#scheduler = $state.raw<{ kit: SchedulerKit; f: FSRS } | null>(null);
	readonly #cards: Map<string, DeckCard>;
	#shownAt = 0;
	#day: SessionDay = PLAIN_DAY;
	/** The progress last read from the store, until a grade in this session makes it out of date. */
	#read: Progress | null = null;
	/** Cards shown in this session, latest last, so siblings are kept apart. */
	#recent: string[] = [];
	/** What grades, undoes and writes, once it and what it needs have loaded (`prepare`). */
	#grader = $state.raw<Grader | null>(null);
	/** When a waiting grade is written: at once unless the screen says otherwise (`writeBehind`). */
	#schedule: (write: () => void) => void = (write) => write();
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
	/** Replaced whole on each grade, never changed in place, so it needs no deep proxy. */
	tally = $state.raw<Record<Grade, number>>({ 1: 0, 2: 0, 3: 0, 4: 0 });
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
		return !this.#day.cram && (this.#grader?.waiting || this.#store.canUndo(this.deck.id));
	}
	get cramming(): boolean {
		return this.#day.cram !== null;
	}
	/** How the current card is answered under this session's mode. */
	get cardMode(): CardMode | null {
		const card = this.current;
		return card ? cardMode(card, this.stateOf(card.id).state, this.mode) : null;
	}
	/**
	 * The current card's options, when it is answered by multiple choice: none until the code that orders them has
	 * loaded with the parts that draw them (option-loader.svelte.ts), so no key picks an option not yet on screen.
	 */
	get options(): string[] {
		const card = this.current;
		const order = optionOrderNow();
		return card && order && this.cardMode === 'choice' ? order.choiceOptions(card, this.seed) : [];
	}

	/**
	 * `initial`: the deck's progress when the caller has just read it (the study screen reads a deck once). `day`: the
	 * day's shape when it is known already (as `configure` takes it), so today's queue is built once, with it, rather
	 * than built plain and again on `configure` — on a 500-card deck with a year of reviews, most of the task that
	 * opens the study screen on a phone.
	 */
	constructor(
		deck: Deck,
		settings: SchedulerSettings,
		store: SessionStore,
		now: number,
		seed = now,
		initial?: Progress,
		day: Partial<SessionDay> = {}
	) {
		this.deck = deck;
		this.settings = settings;
		this.mode = settings.answerMode ?? 'auto';
		this.seed = seed;
		this.#store = store;
		const kit = schedulerKit();
		if (kit) this.#scheduler = { kit, f: kit.makeScheduler(settings) };
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the deck's cards by id, fixed for the session, not state
		this.#cards = new Map(deck.cards.map((c) => [c.id, c]));
		this.#day = { ...PLAIN_DAY, ...day };
		this.#use(initial ?? store.loadToday(deck.id, now), now, null);
	}

	/** Sets the briefing, suspended cards, siblings or cram set, and rebuilds today's queue with them. */
	configure(day: Partial<SessionDay>, now: number): void {
		this.#day = { ...PLAIN_DAY, ...day };
		// Right after a read (the screen configures the session it has just opened) that progress is still current:
		// the deck is not read a second time.
		if (this.#read) this.#use(this.#read, now, this.currentId);
		else this.reload(now);
	}

	/**
	 * Re-reads progress (when another tab saved) and rebuilds today's queue. The card on screen stays unless another
	 * tab graded it meanwhile: then it leaves, so it is not reviewed twice.
	 */
	reload(now: number): void {
		if (!this.flush()) return;
		const id = this.currentId;
		const before = id ? this.states.get(id) : undefined;
		const progress = this.#store.loadToday(this.deck.id, now);
		const after = id ? progress.cards.get(id) : undefined;
		const gradedElsewhere =
			before?.reps !== after?.reps || before?.last_review?.getTime() !== after?.last_review?.getTime();
		this.#use(progress, now, gradedElsewhere ? null : id);
	}

	#use(progress: Progress, now: number, keep: string | null): void {
		this.#read = progress;
		this.states = progress.cards;
		// Reviews dated after now (a clock that was wrong) must not count against today's limits.
		const log = progress.log.filter((e) => e.at <= now);
		this.queue = this.#todayQueue(log, now);
		if (keep === null && this.currentId) this.currentId = null;
		this.#advance(now, keep);
	}

	/**
	 * Today's queue: the cram set as it stands, or FSRS's queue (brought forward for a briefing) without suspended
	 * cards and without the siblings of cards answered today.
	 */
	#todayQueue(log: readonly { cardId: string; at: number }[], now: number): StudyQueue {
		const { cram, suspended, siblings, briefing } = this.#day;
		const input = {
			cardIds: this.deck.cards.map((c) => c.id).filter((id) => !suspended.has(id)),
			states: this.states,
			log,
			settings: this.settings,
			now
		};
		if (cram)
			return {
				learning: [],
				review: [],
				fresh: cram.ids.filter((id) => !suspended.has(id)),
				dayEnd: buildQueue(input).dayEnd
			};
		const plan = this.#planned(input, briefing);
		this.broughtForward = plan.broughtForward.length;
		return withoutBuried(plan.queue, buriedSince(siblings, log, studyDayStart(now, this.settings.dayStartsAt)));
	}

	/**
	 * FSRS's queue, brought forward for a briefing. A briefing plans with the scheduler, which the study page loads
	 * before the first card when the deck has one; should it still be loading, the plain queue stands until it is
	 * there, and the queue is then built again.
	 */
	#planned(
		input: Parameters<typeof buildQueue>[0],
		briefing: Briefing | null
	): { queue: StudyQueue; broughtForward: string[] } {
		const scheduler = this.#scheduler;
		if (!briefing) return { queue: buildQueue(input), broughtForward: [] };
		if (scheduler) return scheduler.kit.briefingQueue({ ...input, f: scheduler.f, briefing });
		void this.prepare().then(() => this.reload(Date.now()));
		return { queue: buildQueue(input), broughtForward: [] };
	}

	/**
	 * Loads the scheduler, the store's code that saves a grade and the session's own (grading.svelte.ts); grading needs
	 * all three, the interval labels the first. Resolves at once when they are loaded.
	 */
	prepare(): Promise<void> {
		if (this.#gradingNow()) return Promise.resolve();
		return Promise.all([loadScheduler(), this.#store.loadLedger(), loadGrading()]).then(([kit]) => {
			this.#scheduler ??= { kit, f: kit.makeScheduler(this.settings) };
		});
	}

	/** The grader, made once what a grade needs is here: the scheduler, the store's code that saves it, and its own. */
	#gradingNow(): Grader | null {
		const scheduler = this.#scheduler;
		const code = grading.now();
		if (this.#grader || !scheduler || !code || !this.#store.ledgerLoaded()) return this.#grader;
		return (this.#grader = new code.Grader(this, {
			store: this.#store,
			kit: scheduler.kit,
			f: scheduler.f,
			day: () => this.#day,
			bury: (q, id) => withoutBuried(q, this.#day.siblings.get(id) ?? NONE),
			rebuild: (progress, now, keep) => this.#use(progress, now, keep),
			next: (now) => {
				this.#read = null;
				this.#advance(now, null);
			},
			show: (id, now) => this.#show(id, now)
		}));
	}

	/**
	 * Runs `then` with the grader: at once when it is there, else once it and what it needs have loaded. Grading needs
	 * the scheduler and the code that saves a grade; a learner quicker than they are waits for them.
	 */
	#withGrader(then: (grader: Grader) => void): void {
		const ready = this.#gradingNow();
		if (ready) return then(ready);
		void this.prepare().then(
			() => {
				const grader = this.#gradingNow();
				if (grader) then(grader);
			},
			(e: unknown) =>
				(this.error = `The code that schedules and saves a grade did not load (${e instanceof Error ? e.message : String(e)}): try again.`)
		);
	}

	stateOf(id: string): Card {
		return this.states.get(id) ?? createEmptyCard(reviewTime(0));
	}

	/** The state each grade would give the current card, for the interval labels on the buttons. */
	previews(now: number): Record<Grade, Card> | null {
		const scheduler = this.#scheduler;
		if (!scheduler || !this.currentId) return null;
		return scheduler.kit.previewGrades(scheduler.f, this.stateOf(this.currentId), now);
	}

	reveal(): void {
		if (this.currentId) this.revealed = true;
	}

	/** Checks a typed answer (or a gap filled in) and shows the feedback with a suggested grade. */
	submit(typed: string, now: number): void {
		this.#check((answers, card) => answers.typedOutcome(card, this.deck, typed, now - this.#shownAt));
	}

	/** Checks the multiple-choice option at `index` and shows the feedback with a suggested grade. */
	pick(index: number, now: number): void {
		const option = this.options[index];
		if (option !== undefined)
			this.#check((answers, card) => answers.choiceOutcome(card, option, index, now - this.#shownAt));
	}

	/**
	 * Checks an answer on the card on screen, unless one is shown already. The checker loads on first use; the answer
	 * is checked as soon as it is there, if its card still is.
	 */
	#check(outcome: (answers: Answers, card: DeckCard) => Outcome): void {
		const card = this.current;
		if (!card || this.revealed) return;
		const answers = answersNow();
		if (!answers)
			return void loadAnswers().then(
				() => this.#stillOn(card.id) && this.#check(outcome),
				(e: unknown) => this.#checkerMissing(e)
			);
		this.#answered(outcome(answers, card));
	}

	/** Whether `id` is still the card on screen, so a late-loaded check never lands on the next card. */
	#stillOn(id: string): boolean {
		return this.currentId === id;
	}

	#answered(outcome: Outcome): void {
		// A checker that failed to load before has loaded now: its message no longer applies.
		if (this.error !== null && this.error === this.#checkerError) this.error = null;
		this.outcome = outcome;
		this.revealed = true;
	}

	/**
	 * Grades the current card, saves it durably, then shows the next card. Nothing changes if the save fails. Graded
	 * before the scheduler (or the code that saves) arrived, the grade is made as soon as they are, unless the card has
	 * left meanwhile.
	 */
	grade(grade: Grade, now: number): void {
		const id = this.currentId;
		if (!id) return;
		const durationMs = Math.min(Math.max(0, now - this.#shownAt), MAX_COUNTED_MS);
		this.#withGrader((grader) => {
			if (!this.#stillOn(id)) return;
			if (this.#day.cram) grader.cram(id, grade, now, durationMs);
			else if (grader.grade(id, grade, now, durationMs)) this.#schedule(() => this.flush());
		});
	}

	/**
	 * How a grade is written: `schedule` is given the write as soon as the next card is on screen, and must run it
	 * soon — the study screen runs it once that card is painted and the browser is idle, so writing (a few milliseconds
	 * on a phone) never delays the next card or an input. Whatever is waiting is written first by the next grade, undo or re-read, and by `flush`,
	 * which the screen calls when it is left or hidden.
	 */
	writeBehind(schedule: (write: () => void) => void): void {
		this.#schedule = schedule;
	}

	/**
	 * Writes the grade waiting to be written, if any. When storage refuses it (full, or another tab graded that card
	 * meanwhile), the grade is taken back on screen with the reason shown, and false is returned.
	 */
	flush(): boolean {
		return this.#grader?.flush() ?? true;
	}

	/** The checker could not load (offline before the app was cached): the answer can still be shown and graded. */
	#checkerMissing(e: unknown): void {
		this.#checkerError = `The answer checker did not load (${e instanceof Error ? e.message : String(e)}): check again, or show the answer.`;
		this.error = this.#checkerError;
	}

	#checkerError: string | null = null;

	#inQueue(id: string): boolean {
		const q = this.queue;
		return q.learning.includes(id) || q.review.includes(id) || q.fresh.includes(id);
	}

	/**
	 * Takes back the last grade made in this tab: the store restores the card's previous state (or refuses, if
	 * another tab graded it since) and the card is shown again.
	 */
	undo(now: number): void {
		// A cram answer changed no state, so there is nothing in the store to take back.
		if (!this.#day.cram) this.#withGrader((grader) => grader.undo(now));
	}

	/** Moves on when a waiting learning card has come due. */
	tick(now: number): void {
		if (!this.currentId) this.#advance(now, null);
	}

	#advance(now: number, keep: string | null): void {
		// Keep the card on screen when a reload happens mid-card, unless it has left the queue meanwhile.
		const q = this.queue;
		if (keep && this.#inQueue(keep)) return;
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
