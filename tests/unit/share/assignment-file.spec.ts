import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realisticAssignment } from '../../../src/lib/share/capacity';
import { decodeAssignmentFile, encodeAssignmentFile, FILE_ERRORS } from '../../../src/lib/share/file';

/** Hundreds of generated cases each; generous, because the test machine may be shared and slow. */
const PROPERTY_TIMEOUT = 30_000;

const a = realisticAssignment(40);

describe('assignment files', () => {
	it('round-trip an assignment too large for a link', () => {
		const text = encodeAssignmentFile(a);
		expect(JSON.parse(text)).toMatchObject({ format: 'briefing-trainer-assignment', version: 1 });
		expect(decodeAssignmentFile(text)).toEqual({ ok: true, assignment: a });
	});

	it('stay valid when re-indented or their keys reordered', () => {
		const data = JSON.parse(encodeAssignmentFile(a)) as Record<string, unknown>;
		const reordered = Object.fromEntries(Object.entries(data).reverse());
		expect(decodeAssignmentFile(JSON.stringify(reordered))).toEqual({ ok: true, assignment: a });
	});

	it.each([
		{ name: 'empty', text: '', error: FILE_ERRORS.notAFile },
		{ name: 'a deck file', text: 'id: crocus\ncards: []\n', error: FILE_ERRORS.notAFile },
		{ name: 'another JSON file', text: '{"format":"something-else","version":1}', error: FILE_ERRORS.notAFile },
		{ name: 'cut off', text: encodeAssignmentFile(a).slice(0, 500), error: FILE_ERRORS.incomplete },
		{
			name: 'from a newer app',
			text: JSON.stringify({ format: 'briefing-trainer-assignment', version: 2 }),
			error: FILE_ERRORS.newer
		},
		{
			name: 'edited',
			text: encodeAssignmentFile(a).replace('"minRecall": 0.9', '"minRecall": 0.5'),
			error: FILE_ERRORS.damaged
		}
	])('refuse a file that is $name', ({ text, error }) => {
		expect(decodeAssignmentFile(text)).toEqual({ ok: false, error });
	});

	it(
		'refuse any one-character change that still parses, or give back the same assignment',
		() => {
			const small = realisticAssignment(2);
			const text = encodeAssignmentFile(small);
			fc.assert(
				fc.property(fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (at, c) => {
					const i = at % text.length;
					const decoded = decodeAssignmentFile(text.slice(0, i) + c + text.slice(i + 1));
					if (decoded.ok) expect(decoded.assignment).toEqual(small);
					else expect(decoded.error).toMatch(/\w/);
				}),
				{ numRuns: 500 }
			);
		},
		PROPERTY_TIMEOUT
	);
});
