/**
 * Turns a valibot issue into a message that names the wrong field, e.g. `deck.cards[2].answer is empty`, so a
 * rejected link or report says what is wrong rather than only that something is.
 */
import type { BaseIssue } from 'valibot';

export function issueMessage(issue: BaseIssue<unknown> | undefined): string {
	if (!issue) return 'is not valid';
	const field = fieldPath(issue.path ?? []);
	const what = issue.input === undefined && issue.kind === 'schema' ? 'is missing' : issue.message;
	return field ? `${field} ${what}` : what;
}

function fieldPath(path: readonly { key?: unknown }[]): string {
	let out = '';
	for (const item of path) {
		if (typeof item.key === 'number') out += `[${item.key}]`;
		else out += (out ? '.' : '') + String(item.key);
	}
	return out;
}
