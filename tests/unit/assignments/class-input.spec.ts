import { describe, expect, it } from 'vitest';
import {
	PASTE_MAX,
	pasteTooLongMessage,
	readReports,
	splitReportBlocks
} from '../../../src/lib/assignments/class-input';
import { traineeReport } from '../../../src/lib/assignments/progress';
import { signReport, type Report } from '../../../src/lib/share/report';
import {
	encodeReportFile,
	encodeReportText,
	REPORT_ERRORS,
	REPORT_TEXT_MAX,
	reportTooLongMessage
} from '../../../src/lib/share/report-codec';
import { makeAssignment, NOW, studiedCard } from './factories';

const a = makeAssignment(3);
const settings = { desiredRetention: 0.9, maximumInterval: 36500, newPerDay: 20 };
const report = (name: string, studied: number, now = NOW, secret = a.secret): Promise<Report> =>
	signReport(
		traineeReport(
			a,
			name,
			{ cards: new Map(a.deck.cards.slice(0, studied).map((c) => [c.id, studiedCard([3])])), log: [] },
			settings,
			now
		),
		secret
	);
const anna = await report('Anna', 3);
const boris = await report('Boris', 1);
const vera = await report('Vera', 0);
const sent = [a];

describe('splitReportBlocks', () => {
	it('cuts pasted chat into one piece per report, noise and all', async () => {
		const chat = `Anna, 10:02:\n${encodeReportText(anna)}\nBoris, 10:05:\n> ${encodeReportText(boris).replace(/\n/g, '\n> ')}`;
		const blocks = splitReportBlocks(chat);
		expect(blocks).toHaveLength(2);
		expect(blocks[0]).toMatch(/^BT-REPORT 2 /);
		expect((await readReports([], chat, [], sent)).entries.map((e) => e.report.trainee)).toEqual(['Anna', 'Boris']);
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
	it('reads files and pasted text together, naming what it could not read', async () => {
		const damaged = encodeReportFile(boris).replace('"Boris"', '"Borya"');
		const got = await readReports(
			[
				{ source: 'anna.json', text: encodeReportFile(anna) },
				{ source: 'boris.json', text: damaged },
				{ source: 'notes.txt', text: 'see you Friday' },
				{ source: 'vera.txt', text: encodeReportText(vera) }
			],
			encodeReportText(boris).slice(0, 120),
			[],
			sent
		);
		expect(got.entries.map((e) => [e.report.trainee, e.verified])).toEqual([
			['Anna', true],
			['Vera', true]
		]);
		expect(got.errors).toEqual([
			`boris.json: ${REPORT_ERRORS.damaged}`,
			`notes.txt: ${REPORT_ERRORS.notAReport}`,
			`Pasted text: ${REPORT_ERRORS.incomplete}`
		]);
	});

	it('refuses a report not signed with the assignment’s secret — a forgery for an existing trainee — naming it', async () => {
		const forged = await report('Anna', 3, NOW + 60_000, 'Zm9yZ2VkLXNlY3JldC0xMg');
		const got = await readReports([{ source: 'anna2.json', text: encodeReportFile(forged) }], '', [], sent);
		expect(got.entries).toEqual([]);
		expect(got.errors[0]).toMatch(/^anna2\.json: this report from Anna is not signed with the secret of/);
	});

	it('keeps a report for an assignment made elsewhere, marked as not checked', async () => {
		const got = await readReports([{ source: 'anna.json', text: encodeReportFile(anna) }], '', [], []);
		expect(got.entries.map((e) => e.verified)).toEqual([false]);
	});

	it('refuses 20,000 nested brackets and a 60,000-character report with a message; the good reports beside them load', async () => {
		const deep = `{"format":"briefing-trainer-report","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
		const long = `BT-REPORT 2 00000000\n${'A'.repeat(60_000)}\nBT-REPORT END`;
		const got = await readReports(
			[
				{ source: 'deep.json', text: deep },
				{ source: 'anna.json', text: encodeReportFile(anna) }
			],
			`${long}\n${encodeReportText(boris)}`,
			[],
			sent
		);
		expect(got.entries.map((e) => e.report.trainee)).toEqual(['Anna', 'Boris']);
		// The pasted block runs to the next header, so it also holds the summary line of Boris's report.
		expect(got.errors).toEqual([
			`deep.json: ${REPORT_ERRORS.tooDeep}`,
			expect.stringMatching(/^Pasted report 1: This report has 60,\d{3} characters; a report has at most 30,000/)
		]);
		expect(reportTooLongMessage(60_000, REPORT_TEXT_MAX)).toContain('so it was not read');
	});

	it('refuses pasted text over the paste cap as a whole, before splitting it', async () => {
		const got = await readReports([], 'x'.repeat(PASTE_MAX + 1), [], sent);
		expect(got).toEqual({ entries: [], errors: [pasteTooLongMessage(PASTE_MAX + 1)], repeated: [] });
	});

	it('counts a report given twice once, and says so', async () => {
		const already = [{ report: boris, verified: true }];
		const got = await readReports(
			[{ source: 'anna.json', text: encodeReportFile(anna) }],
			encodeReportText(anna),
			already,
			sent
		);
		expect(got.entries.map((e) => e.report.trainee)).toEqual(['Anna']);
		expect(got.repeated).toEqual(['Pasted text: this report from Anna is already loaded; it is counted once.']);
		// A newer report from the same trainee is a different report: the class view counts the newest.
		const newer = await report('Boris', 2, NOW + 60_000);
		expect(
			(await readReports([{ source: 'b.json', text: encodeReportFile(newer) }], '', already, sent)).entries
		).toHaveLength(1);
	});
});
