import { describe, expect, it } from 'vitest';
import { readReports, splitReportBlocks } from '../../../src/lib/assignments/class-input';
import { traineeReport } from '../../../src/lib/assignments/progress';
import { encodeReportFile, encodeReportText, REPORT_ERRORS } from '../../../src/lib/share/report-codec';
import { makeAssignment, NOW, studiedCard } from './factories';

const a = makeAssignment(3);
const settings = { desiredRetention: 0.9, maximumInterval: 36500, newPerDay: 20 };
const report = (name: string, studied: number, now = NOW) =>
	traineeReport(
		a,
		name,
		{ cards: new Map(a.deck.cards.slice(0, studied).map((c) => [c.id, studiedCard([3])])), log: [] },
		settings,
		now
	);
const anna = report('Anna', 3);
const boris = report('Boris', 1);
const vera = report('Vera', 0);

describe('splitReportBlocks', () => {
	it('cuts pasted chat into one piece per report, noise and all', () => {
		const chat = `Anna, 10:02:\n${encodeReportText(anna)}\nBoris, 10:05:\n> ${encodeReportText(boris).replace(/\n/g, '\n> ')}`;
		const blocks = splitReportBlocks(chat);
		expect(blocks).toHaveLength(2);
		expect(blocks[0]).toMatch(/^BT-REPORT 1 /);
		expect(readReports([], chat).reports.map((r) => r.trainee)).toEqual(['Anna', 'Boris']);
	});

	it.each([
		{ text: '', pieces: 0 },
		{ text: '   \n', pieces: 0 },
		{ text: 'hello', pieces: 1 }
	])('text without a block: $pieces piece(s)', ({ text, pieces }) => {
		expect(splitReportBlocks(text)).toHaveLength(pieces);
	});
});

describe('readReports', () => {
	it('reads files and pasted text together, naming what it could not read', () => {
		const damaged = encodeReportFile(boris).replace('"Boris"', '"Borya"');
		const got = readReports(
			[
				{ source: 'anna.json', text: encodeReportFile(anna) },
				{ source: 'boris.json', text: damaged },
				{ source: 'notes.txt', text: 'see you Friday' },
				{ source: 'vera.txt', text: encodeReportText(vera) }
			],
			encodeReportText(boris).slice(0, 120)
		);
		expect(got.reports.map((r) => r.trainee)).toEqual(['Anna', 'Vera']);
		expect(got.errors).toEqual([
			`boris.json: ${REPORT_ERRORS.damaged}`,
			`notes.txt: ${REPORT_ERRORS.notAReport}`,
			`Pasted text: ${REPORT_ERRORS.incomplete}`
		]);
	});

	it('counts a report given twice once, and says so', () => {
		const got = readReports([{ source: 'anna.json', text: encodeReportFile(anna) }], encodeReportText(anna), [boris]);
		expect(got.reports.map((r) => r.trainee)).toEqual(['Anna']);
		expect(got.repeated).toEqual(['Pasted text: the same report from Anna was given twice; it is counted once.']);
		// A newer report from the same trainee is a different report: the class view counts the newest.
		expect(
			readReports([{ source: 'b.json', text: encodeReportFile(report('Boris', 2, NOW + 60_000)) }], '', [boris]).reports
		).toHaveLength(1);
	});
});
