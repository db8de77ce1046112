import { describe, expect, it } from 'vitest';
import {
	assignmentFileName,
	buildAssignment,
	formErrors,
	initialForm,
	linkAdvice,
	newAssignmentId,
	nextIdentity,
	qrAdvice,
	type AssignmentForm
} from '../../../src/lib/assignments/form';
import { restrictToKinds } from '../../../src/lib/share/assignment';
import { decodeAssignmentLink, encodeAssignmentLink } from '../../../src/lib/share/link';
import { makeAssignment, NOW } from './factories';

const deck = makeAssignment(12).deck;
const form = (over: Partial<AssignmentForm> = {}): AssignmentForm => ({
	...initialForm(deck, null, NOW),
	from: 'Maj. A. Petrova',
	...over
});

describe('initialForm', () => {
	it('starts a new assignment a week ahead, every card, 90 % on the day', () => {
		expect(initialForm(deck, null, NOW)).toEqual({
			title: deck.title,
			instructions: '',
			from: '',
			dueDate: '2024-03-27',
			allStudied: true,
			minRecall: '90',
			kinds: ['date', 'toll', 'actor', 'motive', 'figure', 'other']
		});
	});

	it('revises the last assignment made for the deck', () => {
		const previous = makeAssignment(12, { kinds: ['date', 'toll'], target: { allStudied: false, minRecall: 0.85 } });
		expect(initialForm(deck, previous, NOW)).toMatchObject({
			dueDate: '2024-03-22',
			allStudied: false,
			minRecall: '85',
			kinds: ['date', 'toll']
		});
		// The secret stays with the assignment, so reports made from any version are signed alike.
		expect(nextIdentity(deck.id, previous, NOW)).toEqual({ id: previous.id, version: 2, secret: previous.secret });
	});

	it('gives a new assignment a fresh random secret', () => {
		const a = nextIdentity(deck.id, null, NOW);
		const b = nextIdentity(deck.id, null, NOW);
		expect(a.secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(a.secret).not.toBe(b.secret);
	});
});

const SECRET = 'c2VjcmV0LXNlY3JldC0xMg';

describe('formErrors', () => {
	it.each([
		{ field: 'title', over: { title: '  ' }, message: 'Give the assignment a title.' },
		{ field: 'from', over: { from: '' }, message: 'Say who it is from, as trainees should see it.' },
		{ field: 'dueDate', over: { dueDate: '' }, message: 'Choose the day of the briefing.' },
		{ field: 'dueDate', over: { dueDate: '2024-03-19' }, message: 'The briefing day is in the past.' },
		{ field: 'minRecall', over: { minRecall: '0' }, message: 'Enter a percentage from 1 to 100.' },
		{ field: 'minRecall', over: { minRecall: '101' }, message: 'Enter a percentage from 1 to 100.' },
		{ field: 'minRecall', over: { minRecall: 'ninety' }, message: 'Enter a percentage from 1 to 100.' },
		{ field: 'kinds', over: { kinds: [] }, message: 'Tick at least one kind of card.' }
	] as const)('$field: $message', ({ field, over, message }) => {
		expect(formErrors(form(over as Partial<AssignmentForm>), NOW)).toEqual({ [field]: message });
	});

	it('accepts the briefing today and a percentage typed with its sign', () => {
		expect(formErrors(form({ dueDate: '2024-03-20', minRecall: '85 %' }), NOW)).toEqual({});
	});
});

describe('buildAssignment', () => {
	it.each([
		{ kinds: ['date', 'toll', 'actor', 'motive', 'figure', 'other'] as const, expected: undefined, cards: 12 },
		{ kinds: ['toll', 'date'] as const, expected: ['date', 'toll'], cards: 4 }
	])('kinds $kinds are sent as $expected, $cards cards', async ({ kinds, expected, cards }) => {
		const built = buildAssignment(
			form({ kinds: [...kinds], minRecall: '85' }),
			deck,
			{ id: 'crocus-x', version: 3, secret: SECRET },
			NOW
		);
		expect(built.ok).toBe(true);
		if (!built.ok) return;
		expect(built.value).toMatchObject({
			id: 'crocus-x',
			version: 3,
			from: 'Maj. A. Petrova',
			target: { allStudied: true, minRecall: 0.85 }
		});
		expect(built.value.kinds).toEqual(expected);
		expect(built.value.createdAt).toBe(new Date(NOW).toISOString());
		// What the trainee receives through the link: only the assigned cards.
		const link = (await encodeAssignmentLink(built.value, 'https://example.org/join/', false)).url;
		const decoded = decodeAssignmentLink(link);
		if (!decoded.ok || decoded.body.kind !== 'inline') throw new Error('not an inline link');
		expect(decoded.body.deck.cards.length).toBe(cards);
		expect({ ...decoded.body.meta, deck: decoded.body.deck }).toEqual(restrictToKinds(built.value));
	});

	it('gives the first problem in words instead of an assignment', () => {
		expect(buildAssignment(form({ from: '' }), deck, { id: 'x', version: 1, secret: SECRET }, NOW)).toEqual({
			ok: false,
			error: 'Say who it is from, as trainees should see it.'
		});
	});
});

describe('advice on the link', () => {
	it.each([
		{ chars: 1200, link: null, qr: null },
		{ chars: 2953, link: null, qr: null },
		{ chars: 2954, link: null, qr: 'No QR code: the link has 2,954 characters and a QR code holds at most 2,953.' },
		{ chars: 8000, link: null, qr: 'No QR code: the link has 8,000 characters and a QR code holds at most 2,953.' },
		{
			chars: 16417,
			link: 'This deck makes a 16,417-character link; links over 8,000 characters break in some apps. Send the file instead, or assign fewer kinds.',
			qr: null
		}
	])('$chars characters', ({ chars, link, qr }) => {
		expect(linkAdvice({ chars })).toBe(link);
		expect(qrAdvice({ chars })).toBe(qr);
	});
});

describe('ids and file names', () => {
	it.each([
		{ deckId: 'crocus-starter', now: NOW, id: `crocus-starter-${Math.floor(NOW / 1000).toString(36)}` },
		{ deckId: 'a'.repeat(64), now: NOW, id: `${'a'.repeat(54)}-${Math.floor(NOW / 1000).toString(36)}` }
	])('a new assignment of $deckId gets a valid id', ({ deckId, now, id }) => {
		expect(newAssignmentId(deckId, now)).toBe(id);
		expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
	});

	it.each([
		{ version: 1, name: 'crocus-x.assignment.json' },
		{ version: 4, name: 'crocus-x-v4.assignment.json' }
	])('version $version is saved as $name', ({ version, name }) => {
		expect(assignmentFileName({ id: 'crocus-x', version })).toBe(name);
	});
});
