import type { Grade } from 'ts-fsrs';
import { optionForKey } from './choices';
import type { CardMode } from './modes';

export type StudyAction =
	{ type: 'reveal' } | { type: 'pick'; index: number } | { type: 'grade'; grade: Grade } | { type: 'undo' } | null;

/**
 * Where the learner is on the current card. While answering, digits and letters pick options; once the answer
 * shows, digits grade. The two never overlap, so "3" is always either the third option or Good, never both.
 */
export type KeyContext =
	{ step: 'answer'; mode: CardMode; options: number } | { step: 'grade'; suggested: Grade | null };

/**
 * Keyboard shortcuts of the study screen, as in Anki: Space or Enter reveals (Space on a choice card too), 1–4 grade, Ctrl+Z or U undoes. In
 * multiple choice 1–4 or A–D pick an option; after a checked answer Enter accepts the suggested grade. Keys typed
 * into a field belong to the field, Enter on a focused button is that button's own click, and a held key's repeats
 * are ignored so holding "1" cannot pick an option and then grade Again.
 */
export function studyKey(
	e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & { repeat?: boolean; target: EventTarget | null },
	context: KeyContext
): StudyAction {
	const el = e.target as { tagName?: string; isContentEditable?: boolean } | null;
	const tag = el?.tagName?.toLowerCase();
	if (tag === 'input' || tag === 'textarea' || tag === 'select' || el?.isContentEditable) return null;
	if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') return { type: 'undo' };
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	if (e.key === 'u' || e.key === 'U') return { type: 'undo' };
	if (e.repeat) return null;
	const onControl = tag === 'button' || tag === 'a';
	if (context.step === 'answer') {
		if (context.mode === 'choice') {
			// Space reveals here too, as the README promises; Enter is left to the focused option.
			if (e.key === ' ' && !onControl) return { type: 'reveal' };
			const index = optionForKey(e.key, context.options);
			return index === null ? null : { type: 'pick', index };
		}
		if (context.mode !== 'reveal') return null;
		if (e.key === ' ' || (e.key === 'Enter' && !onControl)) return { type: 'reveal' };
		return null;
	}
	if (['1', '2', '3', '4'].includes(e.key)) return { type: 'grade', grade: Number(e.key) as Grade };
	if (e.key === 'Enter' && !onControl && context.suggested) return { type: 'grade', grade: context.suggested };
	return null;
}
