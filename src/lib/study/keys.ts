import type { Grade } from 'ts-fsrs';

export type StudyAction = { type: 'reveal' } | { type: 'grade'; grade: Grade } | { type: 'undo' } | null;

/**
 * Keyboard shortcuts of the study screen, as in Anki: Space or Enter reveals, 1–4 grade, Ctrl+Z or U undoes. Keys
 * typed into a field belong to the field, and Enter on a focused button is that button's own click.
 */
export function studyKey(
	e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & { target: EventTarget | null },
	revealed: boolean
): StudyAction {
	const el = e.target as { tagName?: string; isContentEditable?: boolean } | null;
	const tag = el?.tagName?.toLowerCase();
	if (tag === 'input' || tag === 'textarea' || tag === 'select' || el?.isContentEditable) return null;
	if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') return { type: 'undo' };
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	if (e.key === 'u' || e.key === 'U') return { type: 'undo' };
	if (!revealed && (e.key === ' ' || e.key === 'Enter')) {
		if (e.key === 'Enter' && (tag === 'button' || tag === 'a')) return null;
		return { type: 'reveal' };
	}
	if (revealed && ['1', '2', '3', '4'].includes(e.key)) return { type: 'grade', grade: Number(e.key) as Grade };
	return null;
}
