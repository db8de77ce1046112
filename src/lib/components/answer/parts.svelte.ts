/**
 * The parts of the study screen that its first card may not need — answering by typing or choosing, the feedback on
 * a checked answer, the quote an answer comes from, the end-of-session summary — load apart from the page, and the answer checker right after them.
 * The screen asks for them when the card on screen needs one, and otherwise when the browser is idle after the first
 * card. An answer given before the checker is there is checked when it arrives (see StudySession.submit).
 */
import type ChoiceAnswer from './ChoiceAnswer.svelte';
import type Feedback from './Feedback.svelte';
import type TypedAnswer from './TypedAnswer.svelte';
import type AnswerField from './AnswerField.svelte';
import type SessionSummary from '../SessionSummary.svelte';
import type Evidence from '../Evidence.svelte';
import { loadAnswers } from '$lib/study/answer-loader';
import { loadOptionOrder } from '$lib/study/option-loader.svelte';

export interface AnswerParts {
	ChoiceAnswer: typeof ChoiceAnswer;
	Feedback: typeof Feedback;
	TypedAnswer: typeof TypedAnswer;
	AnswerField: typeof AnswerField;
	SessionSummary: typeof SessionSummary;
	Evidence: typeof Evidence;
}

const state = $state<{ parts: AnswerParts | null }>({ parts: null });
let pending: Promise<AnswerParts> | null = null;
let prefetching = false;

/** The loaded parts, or null while they load; reactive, so markup shows each part once it is there. */
export function answerParts(): AnswerParts | null {
	return state.parts;
}

export function loadAnswerParts(): Promise<AnswerParts> {
	// The options' order comes with the parts that draw the options, so a choice card shows both at once.
	pending ??= Promise.all([import('./all'), loadOptionOrder()]).then(([all]) => {
		const { ChoiceAnswer, Feedback, TypedAnswer, AnswerField, SessionSummary, Evidence } = all;
		const parts = { ChoiceAnswer, Feedback, TypedAnswer, AnswerField, SessionSummary, Evidence };
		state.parts = parts;
		// The checker's files are asked for in a task of their own. Asked for with the parts, the preload links of both
		// went into the page in one task of 100–200 ms on a throttled phone, nearly all of it starting those requests.
		setTimeout(() => void loadAnswers().catch(() => {}), 0);
		return parts;
	});
	// A failed load (offline before the app was cached) is tried again on the next need; "Show answer" still works.
	pending.catch(() => (pending = null));
	return pending;
}

/** Loads the parts when the browser is idle (or soon, where it cannot say). */
export function prefetchAnswerParts(): void {
	// Asked on every card: once the parts are loaded, loading or about to, there is nothing to schedule.
	if (pending || prefetching) return;
	prefetching = true;
	const load = () => {
		prefetching = false;
		void loadAnswerParts();
	};
	if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
	else setTimeout(load, 200);
}
