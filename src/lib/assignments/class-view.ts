/**
 * The class view's list: one group per assignment — every assignment made here, with the reports kept for it, and
 * any assignment known only from reports. The order is fixed by the assignments (newest made first, then those made
 * elsewhere by title), never by report dates: a report dated in the future must not decide what is shown.
 */
import type { Assignment } from '../share/assignment';
import { isFutureDated } from '../share/report';
import type { ClassEntry } from './class-records';

export interface ClassGroup {
	id: string;
	title: string;
	/** The assignment as made here (its current version); null when it was made in another browser. */
	assignment: Assignment | null;
	entries: ClassEntry[];
	/** Reports dated later than now, one sentence each. */
	futureNotes: string[];
}

export function classGroups(entries: readonly ClassEntry[], sent: readonly Assignment[], now: number): ClassGroup[] {
	const byId = new Map<string, ClassEntry[]>();
	for (const e of entries) byId.set(e.report.assignment.id, [...(byId.get(e.report.assignment.id) ?? []), e]);
	const made = [...sent].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
	const groups: ClassGroup[] = made.map((a) => group(a.id, a.title, a, byId.get(a.id) ?? [], now));
	const elsewhere = [...byId.keys()]
		.filter((id) => !made.some((a) => a.id === id))
		.map((id) => {
			const list = byId.get(id) ?? [];
			return group(id, list[0]?.report.assignment.title ?? id, null, list, now);
		})
		.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
	return [...groups, ...elsewhere];
}

/** The group shown first: the newest assignment made here that has reports, else the first with any. */
export function defaultGroup(groups: readonly ClassGroup[]): ClassGroup | undefined {
	return groups.find((g) => g.entries.length > 0) ?? groups[0];
}

function group(id: string, title: string, a: Assignment | null, entries: ClassEntry[], now: number): ClassGroup {
	const futureNotes = entries
		.filter((e) => isFutureDated(e.report, now))
		.map(
			(e) =>
				`${e.report.trainee}: this report is dated ${e.report.generatedAt.slice(0, 16).replace('T', ' ')} UTC, in the future — the clock on their device is wrong or the date was changed. It is shown, but never counted as their newest.`
		);
	return { id, title, assignment: a, entries, futureNotes };
}
