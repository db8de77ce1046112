import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/lib/share/assignment';
import type { Body } from '../../../src/lib/share/body';
import { realisticAssignment } from '../../../src/lib/share/capacity';
import {
	ASSIGNMENT_FILE_MAX_CHARS,
	decodeAssignmentFile,
	encodeAssignmentFile,
	FILE_ERRORS,
	fileTooLargeMessage
} from '../../../src/lib/share/file';

/** Hundreds of generated cases each; generous, because the test machine may be shared and slow. */
const PROPERTY_TIMEOUT = 30_000;

const a = realisticAssignment(40);

function inline(x: Assignment): Body {
	const { deck, ...meta } = x;
	return { meta, kind: 'inline', deck };
}

describe('assignment files', () => {
	it('round-trip an assignment too large for a link', async () => {
		const text = await encodeAssignmentFile(a, false);
		expect(JSON.parse(text)).toMatchObject({ format: 'briefing-trainer-assignment', version: 2 });
		expect(decodeAssignmentFile(text)).toEqual({ ok: true, body: inline(a) });
	});

	it('name a shipped deck instead of carrying it', async () => {
		const text = await encodeAssignmentFile(a, true);
		expect(text).not.toContain(a.deck.cards[0]!.prompt);
		const decoded = decodeAssignmentFile(text);
		expect(decoded.ok && decoded.body.kind).toBe('shipped');
	});

	it('stay valid when re-indented or their keys reordered', async () => {
		const data = JSON.parse(await encodeAssignmentFile(a, false)) as Record<string, unknown>;
		const reordered = Object.fromEntries(Object.entries(data).reverse());
		expect(decodeAssignmentFile(JSON.stringify(reordered))).toEqual({ ok: true, body: inline(a) });
	});

	it.each([
		{ name: 'empty', text: async () => '', error: FILE_ERRORS.notAFile },
		{ name: 'a deck file', text: async () => 'id: crocus\ncards: []\n', error: FILE_ERRORS.notAFile },
		{
			name: 'another JSON file',
			text: async () => '{"format":"something-else","version":1}',
			error: FILE_ERRORS.notAFile
		},
		{
			name: 'cut off',
			text: async () => (await encodeAssignmentFile(a, false)).slice(0, 500),
			error: FILE_ERRORS.incomplete
		},
		{
			name: 'from a newer app',
			text: async () => JSON.stringify({ format: 'briefing-trainer-assignment', version: 3 }),
			error: FILE_ERRORS.newer
		},
		{
			name: 'from the unsigned first version',
			text: async () => JSON.stringify({ format: 'briefing-trainer-assignment', version: 1 }),
			error: FILE_ERRORS.older
		},
		{
			name: 'edited',
			text: async () => (await encodeAssignmentFile(a, false)).replace('"minRecall": 0.9', '"minRecall": 0.5'),
			error: FILE_ERRORS.damaged
		},
		{
			name: '20,000 brackets deep',
			text: async () => `{"format":"briefing-trainer-assignment","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
			error: FILE_ERRORS.tooDeep
		},
		{
			name: 'over the size cap',
			text: async () => ' '.repeat(ASSIGNMENT_FILE_MAX_CHARS + 1),
			error: fileTooLargeMessage(ASSIGNMENT_FILE_MAX_CHARS + 1)
		}
	])('refuse a file that is $name', async ({ text, error }) => {
		expect(decodeAssignmentFile(await text())).toEqual({ ok: false, error });
	});

	it(
		'refuse any one-character change that still parses, or give back the same assignment',
		async () => {
			const small = realisticAssignment(2);
			const text = await encodeAssignmentFile(small, false);
			fc.assert(
				fc.property(fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (at, c) => {
					const i = at % text.length;
					const decoded = decodeAssignmentFile(text.slice(0, i) + c + text.slice(i + 1));
					if (decoded.ok) expect(decoded.body).toEqual(inline(small));
					else expect(decoded.error).toMatch(/\w/);
				}),
				{ numRuns: 500 }
			);
		},
		PROPERTY_TIMEOUT
	);
});
