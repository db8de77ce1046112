/** How a cram set moves on after an answer: apart from cram.ts, so every study session need not load cram links' code. */
import type { Grade } from 'ts-fsrs';
import { Rating } from '../scheduler/card';

/** The cram list after `id` was answered: it leaves, or goes to the back once more when answered Again. */
export function afterCram(list: readonly string[], id: string, grade: Grade): string[] {
	const rest = list.filter((x) => x !== id);
	return grade === Rating.Again ? [...rest, id] : rest;
}
