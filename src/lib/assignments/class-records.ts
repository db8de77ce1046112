/**
 * Reports the instructor has loaded into the class view, kept in this browser through the store's record API so
 * they survive a reload. Each entry remembers whether its signature was checked (the assignment was made here) or
 * could not be (made elsewhere). Validated item by item on reading: one unreadable entry is dropped, not the list.
 */
import * as v from 'valibot';
import { checkReport, type Report } from '../share/report';
import type { ProgressStore } from '../storage';
import { bySchema } from '../storage/by-schema';

export const CLASS_RECORD = 'class-reports';

export interface ClassEntry {
	report: Report;
	/** true: signed with the secret of an assignment made here; false: that assignment is not in this browser. */
	verified: boolean;
}

type RecordReader = Pick<ProgressStore, 'getRecord'>;
type RecordStore = Pick<ProgressStore, 'getRecord' | 'setRecord'>;

const readList = bySchema(v.array(v.object({ report: v.unknown(), verified: v.boolean() })));

export function listClassEntries(store: RecordReader): ClassEntry[] {
	return (store.getRecord(CLASS_RECORD, readList) ?? []).flatMap((item) => {
		const checked = checkReport(item.report);
		return checked.ok ? [{ report: checked.value, verified: item.verified }] : [];
	});
}

/** A report's identity in the list: its signature, which differs for any change in its content. */
export function entryKey(r: Pick<Report, 'signature'>): string {
	return r.signature;
}

/** Adds entries (a report already kept is not added twice). Throws StorageFullError when the quota is reached. */
export function addClassEntries(store: RecordStore, added: readonly ClassEntry[]): ClassEntry[] {
	const all = listClassEntries(store);
	const keys = new Set(all.map((e) => entryKey(e.report)));
	const next = [...all, ...added.filter((e) => !keys.has(entryKey(e.report)))];
	store.setRecord(CLASS_RECORD, next);
	return next;
}

/** Removes the reports whose keys are given. */
export function removeClassEntries(store: RecordStore, keys: ReadonlySet<string>): ClassEntry[] {
	const next = listClassEntries(store).filter((e) => !keys.has(entryKey(e.report)));
	store.setRecord(CLASS_RECORD, next);
	return next;
}
