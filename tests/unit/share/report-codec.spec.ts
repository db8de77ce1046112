import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_KINDS } from '../../../src/lib/decks/schema';
import { CARD_STATES, type Report } from '../../../src/lib/share/report';
import {
	decodeReportFile,
	decodeReportText,
	encodeReportFile,
	encodeReportText,
	REPORT_ERRORS,
	REPORT_FILE_MAX,
	REPORT_TEXT_MAX,
	reportTooLongMessage
} from '../../../src/lib/share/report-codec';
import { canonicalJson, crc32 } from '../../../src/lib/share/checksum';
import { packText } from '../../../src/lib/share/packing';

/** Hundreds of generated cases each; generous, because the test machine may be shared and slow. */
const PROPERTY_TIMEOUT = 30_000;

/** Any report that could be built: unique card ids, counts that agree, totals that agree with the cards. */
const reportArb: fc.Arbitrary<Report> = fc
	.record({
		trainee: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((s) => `x${s}`.trim().slice(0, 100)),
		title: fc
			.oneof(fc.string({ unit: 'grapheme', minLength: 1 }), fc.constant('<script>alert(1)</script>'))
			.map((s) => `T${s}`.trim()),
		cards: fc.uniqueArray(
			fc.record({
				id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
				kind: fc.constantFrom(...CARD_KINDS),
				state: fc.constantFrom(...CARD_STATES),
				reviews: fc.nat(500),
				lapses: fc.nat(50),
				recallOnDue: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000)
			}),
			{ maxLength: 30, selector: (x) => x.id }
		),
		timeSpentMs: fc.nat()
	})
	.map(({ trainee, title, cards, timeSpentMs }) => ({
		format: 'briefing-trainer-report' as const,
		version: 2 as const,
		trainee,
		assignment: { id: 'crocus-briefing', title, dueDate: '2024-03-22', from: 'Maj. A. Petrova', version: 1 },
		generatedAt: '2024-03-20T15:00:00.000Z',
		cards: cards.map((x) =>
			x.state === 'new'
				? { ...x, reviews: 0, lapses: 0, recallOnDue: 0 }
				: {
						...x,
						reviews: x.reviews + 1,
						lapses: Math.min(x.lapses, x.reviews),
						lastReview: '2024-03-19T07:00:00.000Z'
					}
		),
		totals: {
			studied: cards.filter((x) => x.state !== 'new').length,
			total: cards.length,
			meanRecallOnDue: cards.length
				? cards.reduce((s, x) => s + (x.state === 'new' ? 0 : x.recallOnDue), 0) / cards.length
				: 0,
			timeSpentMs
		},
		// Signatures are checked by the class view, not by the codec: any well-formed one round-trips.
		signature: 'S'.repeat(43)
	}));

const sample = fc.sample(
	reportArb.filter((r) => r.cards.length > 5),
	{ numRuns: 1, seed: 42 }
)[0]!;

/** A text block built by hand, to get past the checksum with content of our choosing. */
function textWith(content: unknown): string {
	const json = canonicalJson(content);
	return textWithJson(json);
}

function textWithJson(json: string): string {
	return `BT-REPORT 2 ${crc32(json)}\n${packText(json)}\nBT-REPORT END\n`;
}

describe('report text', () => {
	it(
		'round-trips any report',
		() => {
			fc.assert(
				fc.property(reportArb, (r) => {
					expect(decodeReportText(encodeReportText(r))).toEqual({ ok: true, report: r });
				}),
				{ numRuns: 200 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it('wraps at 76 characters and opens with a line a person can read', () => {
		const lines = encodeReportText(sample).split('\n');
		expect(Math.max(...lines.slice(1).map((l) => l.length))).toBeLessThanOrEqual(76);
		expect(lines[0]).toContain(sample.trainee);
		expect(lines[0]).toContain(`${sample.totals.studied} of ${sample.totals.total} cards studied`);
	});

	it.each([
		{ name: 'chat around it', mangle: (t: string) => `Anna, 18:02\nHere you go:\n${t}\nsent from my phone` },
		{
			name: 'quoted in a reply',
			mangle: (t: string) =>
				t
					.split('\n')
					.map((l) => `> ${l}`)
					.join('\n')
		},
		{ name: 'in quotes', mangle: (t: string) => `"${t.trim()}"` },
		{ name: 'in a code block', mangle: (t: string) => `\`\`\`\n${t}\`\`\`` },
		{
			name: 'Windows line ends and indentation',
			mangle: (t: string) =>
				t
					.split('\n')
					.map((l) => `    ${l}`)
					.join('\r\n')
		},
		{ name: 'lines joined by spaces', mangle: (t: string) => t.split('\n').join(' ') },
		{ name: 'blank lines between', mangle: (t: string) => t.split('\n').join('\n\n') }
	])('survives what chat does to it: $name', ({ mangle }) => {
		expect(decodeReportText(mangle(encodeReportText(sample)))).toEqual({ ok: true, report: sample });
	});

	it.each([
		{ name: 'empty', text: '', error: REPORT_ERRORS.notAReport },
		{ name: 'a message without a report', text: 'Done! 12 cards', error: REPORT_ERRORS.notAReport },
		{ name: 'an assignment link', text: 'https://trainer.example.org/#a=1.N4Ig', error: REPORT_ERRORS.notAReport },
		{
			name: 'cut off before the end line',
			text: encodeReportText(sample).split('BT-REPORT END')[0]!,
			error: REPORT_ERRORS.incomplete
		},
		{ name: 'cut off inside the header', text: 'BT-REPORT 2 3f2a', error: REPORT_ERRORS.incomplete },
		{ name: 'from a newer app', text: 'BT-REPORT 3 00000000\nAAAA\nBT-REPORT END', error: REPORT_ERRORS.newer },
		{
			name: 'unsigned, from the first version',
			text: 'BT-REPORT 1 00000000\nAAAA\nBT-REPORT END',
			error: REPORT_ERRORS.older
		},
		{
			name: 'with a wrong checksum',
			text: encodeReportText(sample).replace(/BT-REPORT 2 \w{8}/, 'BT-REPORT 2 00000000'),
			error: REPORT_ERRORS.damaged
		},
		{
			name: '60,000 characters long',
			text: `BT-REPORT 2 00000000\n${'A'.repeat(60_000)}\nBT-REPORT END`,
			error: reportTooLongMessage(60_000 + 35, REPORT_TEXT_MAX)
		},
		{
			name: 'a bomb that unpacks to megabytes',
			text: textWithJson(`"${'x'.repeat(3_000_000)}"`),
			error: REPORT_ERRORS.tooLarge
		},
		{
			name: '20,000 brackets deep',
			text: textWithJson(`${'['.repeat(20_000)}${']'.repeat(20_000)}`),
			error: REPORT_ERRORS.tooDeep
		},
		{
			name: 'with lines lost',
			text: encodeReportText(sample)
				.split('\n')
				.filter((_, i) => i !== 3)
				.join('\n'),
			error: REPORT_ERRORS.damaged
		}
	])('refuses a text that is $name', ({ text, error }) => {
		expect(decodeReportText(text)).toEqual({ ok: false, error });
	});

	it.each([
		{
			change: (r: Report) => ({ ...r, cards: r.cards.map((x) => ({ ...x, recallOnDue: 2 })) }),
			field: 'cards[0].recallOnDue must be 1 or less'
		},
		{ change: (r: Report) => ({ ...r, trainee: ' ' }), field: 'trainee is empty' },
		{
			change: (r: Report) => ({ ...r, totals: { ...r.totals, studied: r.totals.studied + 1 } }),
			field: 'totals.studied ('
		},
		{ change: (r: Report) => ({ ...r, generatedAt: 'yesterday' }), field: 'generatedAt must be a date and time' },
		{
			change: (r: Report) => ({ ...r, cards: r.cards.map((x) => ({ ...x, state: 'review', reviews: 1, lapses: 3 })) }),
			field: 'cards[0].lapses (3) is more than cards[0].reviews (1)'
		},
		{
			change: (r: Report) => ({ ...r, totals: { ...r.totals, total: r.totals.total + 2 } }),
			field: 'totals.total'
		},
		{
			change: (r: Report) => ({ ...r, cards: r.cards.map((x) => ({ ...x, state: 'new', reviews: 4, lapses: 0 })) }),
			field: 'cards[0].state is new but the card has reviews'
		},
		{
			change: (r: Report) => ({ ...r, cards: [r.cards[0]!, r.cards[0]!] }),
			field: 'appears twice'
		},
		{
			change: (r: Report) => ({ ...r, totals: { ...r.totals, meanRecallOnDue: 1 } }),
			field: 'totals.meanRecallOnDue does not match'
		},
		{
			change: (r: Report) => ({ ...r, generatedAt: '1999-01-01T00:00:00.000Z' }),
			field: 'generatedAt is before 2020'
		}
	])('refuses a well-formed text holding a wrong report, naming the field: $field', ({ change, field }) => {
		const decoded = decodeReportText(textWith(change(sample)));
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.error).toContain(field);
	});

	it(
		'a text cut anywhere or with one character changed is refused or is the same report — never another one',
		() => {
			const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_- \n';
			fc.assert(
				fc.property(reportArb, fc.nat(), fc.nat(), fc.boolean(), (r, at, pick, cut) => {
					const text = encodeReportText(r);
					const i = at % text.length;
					const damaged = cut
						? text.slice(0, i)
						: text.slice(0, i) + alphabet[pick % alphabet.length]! + text.slice(i + 1);
					const decoded = decodeReportText(damaged);
					if (decoded.ok) expect(decoded.report).toEqual(r);
					else expect(decoded.error).toMatch(/\w/);
				}),
				{ numRuns: 500 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'foreign text is refused with a message',
		() => {
			fc.assert(
				fc.property(
					fc.oneof(
						fc.string({ unit: 'binary' }),
						fc.string().map((s) => `BT-REPORT 2 0badc0de\n${s}\nBT-REPORT END`)
					),
					(s) => {
						const decoded = decodeReportText(s);
						expect(decoded.ok).toBe(false);
					}
				),
				{ numRuns: 300 }
			);
		},
		PROPERTY_TIMEOUT
	);
});

describe('report file', () => {
	it(
		'round-trips any report and carries its checksum',
		() => {
			fc.assert(
				fc.property(reportArb, (r) => {
					const text = encodeReportFile(r);
					expect(JSON.parse(text)).toMatchObject({
						format: 'briefing-trainer-report',
						version: 2,
						checksum: expect.stringMatching(/^[0-9a-f]{8}$/) as string
					});
					expect(decodeReportFile(text)).toEqual({ ok: true, report: r });
				}),
				{ numRuns: 100 }
			);
		},
		PROPERTY_TIMEOUT
	);

	it.each([
		{ name: 'empty', text: '', error: REPORT_ERRORS.notAReport },
		{
			name: 'an assignment file',
			text: '{"format":"briefing-trainer-assignment","version":1}',
			error: REPORT_ERRORS.notAReport
		},
		{ name: 'cut off', text: encodeReportFile(sample).slice(0, 200), error: REPORT_ERRORS.incomplete },
		{ name: 'from a newer app', text: '{"format":"briefing-trainer-report","version":3}', error: REPORT_ERRORS.newer },
		{
			name: 'unsigned, from the first version',
			text: '{"format":"briefing-trainer-report","version":1}',
			error: REPORT_ERRORS.older
		},
		{
			name: '20,000 brackets deep',
			text: `{"format":"briefing-trainer-report","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
			error: REPORT_ERRORS.tooDeep
		},
		{
			name: 'over the size cap',
			text: ' '.repeat(REPORT_FILE_MAX + 1),
			error: reportTooLongMessage(REPORT_FILE_MAX + 1, REPORT_FILE_MAX)
		},
		{
			name: 'edited by hand',
			text: encodeReportFile(sample).replace(/"studied": \d+/, '"studied": 999'),
			error: REPORT_ERRORS.damaged
		},
		{ name: 'without its checksum', text: JSON.stringify(sample), error: REPORT_ERRORS.damaged }
	])('refuses a file that is $name', ({ text, error }) => {
		expect(decodeReportFile(text)).toEqual({ ok: false, error });
	});

	it('says plainly that the checksum is no protection against deliberate edits', () => {
		expect(REPORT_ERRORS.damaged).toContain('A checksum catches accidental damage, not deliberate edits.');
	});
});
