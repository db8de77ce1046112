import { describe, expect, it } from 'vitest';
import { readReports } from '../../../src/lib/assignments/class-input';
import {
	addClassEntries,
	CLASS_RECORD,
	entryKey,
	listClassEntries,
	removeClassEntries
} from '../../../src/lib/assignments/class-records';
import { classGroups, defaultGroup } from '../../../src/lib/assignments/class-view';
import { traineeReport } from '../../../src/lib/assignments/progress';
import { signReport } from '../../../src/lib/share/report';
import { encodeReportFile } from '../../../src/lib/share/report-codec';
import { MemoryStorage } from '../../../src/lib/storage/memory';
import { makeAssignment, makeStore, NOW, snapshot, studiedCard } from './factories';

const settings = { desiredRetention: 0.9, maximumInterval: 36500, newPerDay: 20 };
const older = makeAssignment(3, { id: 'older-briefing', createdAt: '2024-03-10T09:00:00.000Z' });
const newer = makeAssignment(3, { id: 'newer-briefing', createdAt: '2024-03-18T09:00:00.000Z' });
const report = (a: typeof older, name: string, now = NOW) =>
	signReport(
		traineeReport(a, name, { cards: new Map([[a.deck.cards[0]!.id, studiedCard([3])]]), log: [] }, settings, now),
		a.secret
	);

describe('reports kept in the class view', () => {
	it('survive a new store on the same storage (a reload), listed per assignment, and can be removed', async () => {
		const storage = new MemoryStorage();
		const entries = [
			{ report: await report(newer, 'Anna'), verified: true },
			{ report: await report(newer, 'Boris'), verified: true },
			{ report: await report(older, 'Vera'), verified: true }
		];
		addClassEntries(makeStore(storage), entries);

		const reloaded = makeStore(storage);
		const kept = listClassEntries(reloaded);
		expect(kept.map((e) => e.report.trainee)).toEqual(['Anna', 'Boris', 'Vera']);
		const groups = classGroups(kept, [older, newer], NOW);
		expect(groups.map((g) => [g.id, g.entries.map((e) => e.report.trainee)])).toEqual([
			['newer-briefing', ['Anna', 'Boris']],
			['older-briefing', ['Vera']]
		]);

		removeClassEntries(reloaded, new Set([entryKey(entries[1]!.report)]));
		expect(listClassEntries(makeStore(storage)).map((e) => e.report.trainee)).toEqual(['Anna', 'Vera']);
	});

	it('a report dated 2099 is flagged and never decides which assignment is shown', async () => {
		const future = await report(older, 'Gleb', Date.UTC(2099, 0, 1));
		const entries = [
			{ report: await report(newer, 'Anna'), verified: true },
			{ report: await report(newer, 'Boris'), verified: true },
			{ report: await report(newer, 'Vera'), verified: true },
			{ report: future, verified: true }
		];
		const groups = classGroups(entries, [older, newer], NOW);
		expect(defaultGroup(groups)?.id).toBe('newer-briefing');
		expect(defaultGroup(groups)?.entries).toHaveLength(3);
		expect(groups[1]?.futureNotes[0]).toMatch(/^Gleb: this report is dated 2099-01-01 00:00 UTC, in the future/);
	});

	it('a refused report leaves what is stored exactly as it was', async () => {
		const storage = new MemoryStorage();
		const store = makeStore(storage);
		addClassEntries(store, [{ report: await report(newer, 'Anna'), verified: true }]);
		const before = snapshot(storage);
		const forged = await signReport(
			traineeReport(newer, 'Anna', { cards: new Map(), log: [] }, settings, NOW + 1000),
			'Zm9yZ2VkLXNlY3JldC0xMg'
		);
		const got = await readReports([{ source: 'f.json', text: encodeReportFile(forged) }], '', listClassEntries(store), [
			newer
		]);
		expect(got.entries).toEqual([]);
		if (got.entries.length) addClassEntries(store, got.entries);
		expect(snapshot(storage)).toEqual(before);
		expect(storage.getItem(`bt:rec:${CLASS_RECORD}`)).toContain('Anna');
	});
});
