/** Free-text, cloze and absurd-input rows of the checker's table. */
import { ALIASES, group, type Case } from './make';

// Jadoon: the attacks are crucial for the group "to remain relevant, amplify its reputation and sustain its
// strategically diverse cadre" and part of ISKP's "strategy to globalise its campaign".
const JADOON = 'to remain relevant, amplify its reputation and sustain its strategically diverse cadre';
const GLOBALISE = 'to globalise its campaign';
// Byman: "high-profile terrorist attacks become a form of propaganda for a weak group".
const PROPAGANDA = 'propaganda for a weak group';
// Kugelman: "The Taliban staged prison breaks that ended up freeing ISIS-K fighters".
const PRISON_BREAKS = 'prison breaks that ended up freeing ISIS-K fighters';

const motives = group('motives and free text', 'motive', [
	[JADOON, JADOON, 'correct'],
	[JADOON, 'To remain relevant, amplify its reputation, and sustain its strategically diverse cadre.', 'correct'],
	[
		JADOON,
		'remain relevant, amplify reputation, sustain diverse cadre',
		'close',
		{ reason: /compare with the source/ }
	],
	[JADOON, 'to stay relevant, amplify its reputation and keep its diverse cadre', 'close'],
	[JADOON, 'remaining relevant and amplifying its reputation and sustaining its cadre', 'close'],
	[JADOON, 'to stay relevant', 'wrong'],
	[JADOON, 'revenge against Russia', 'wrong'],
	[JADOON, 'money', 'wrong'],
	[GLOBALISE, 'to globalise its campaign', 'correct'],
	[GLOBALISE, 'To globalise its campaign!', 'correct'],
	[GLOBALISE, 'globalize its campaign', 'close'],
	[GLOBALISE, 'globalising its campaign', 'close'],
	[GLOBALISE, 'to take its campaign global', 'close'],
	[GLOBALISE, 'to recruit fighters', 'wrong'],
	[GLOBALISE, 'going global', 'wrong'],
	[PROPAGANDA, 'propaganda for a weak group', 'correct'],
	[PROPAGANDA, 'Propaganda for a weak group', 'correct'],
	[PROPAGANDA, 'propaganda, because the group is weak', 'close'],
	[PROPAGANDA, "a weak group's propaganda", 'close'],
	[PROPAGANDA, 'propaganda', 'wrong'],
	[PROPAGANDA, 'revenge', 'wrong'],
	// A free-text answer that is never correct for a paraphrase, however good, only close.
	[
		'show that the group is standing up to a hated enemy',
		'showing the group stands up to an enemy it hates',
		'close',
		{ reason: /show that the group is standing up to a hated enemy/ }
	]
]);

const cloze = group(
	'cloze gaps by the rules of the card kind',
	'other',
	[
		['22 March 2024', 'March 22, 2024', 'correct', { kind: 'date' }],
		['22 March 2024', '23 March 2024', 'close', { kind: 'date' }],
		['22 March 2024', '2019', 'wrong', { kind: 'date' }],
		['more than 130', '130', 'correct', { kind: 'toll' }],
		['more than 130', '120', 'close', { kind: 'toll' }],
		['more than 130', '13', 'wrong', { kind: 'toll' }],
		['Kabul airport', 'Kabul Airport', 'correct', { kind: 'actor' }],
		['Kabul airport', 'Kabul', 'close', { kind: 'actor' }],
		['Kabul airport', 'Kandahar airport', 'wrong', { kind: 'actor' }],
		['ISKP', 'ISIS-K', 'correct', { kind: 'actor', aliases: ALIASES }],
		// Gaps longer than three words are free text: key-phrase overlap, close at best unless exact.
		[PRISON_BREAKS, PRISON_BREAKS, 'correct'],
		[PRISON_BREAKS, 'prison breaks that freed ISIS-K fighters', 'close'],
		[PRISON_BREAKS, 'air strikes', 'wrong'],
		['the absence of NATO air strikes', 'absence of NATO air strikes', 'correct'],
		['the absence of NATO air strikes', 'no NATO air strikes', 'close'],
		['the absence of NATO air strikes', 'NATO', 'wrong'],
		['remain relevant', 'remain relevant', 'correct', { kind: 'motive' }],
		['remain relevant', 'stay relevant', 'close', { kind: 'motive' }],
		['remain relevant', 'get rich', 'wrong', { kind: 'motive' }]
	],
	{ format: 'cloze' }
);

const LONG = 'a'.repeat(10_000);
const absurd = group('absurd input', 'actor', [
	['the Taliban', '', 'wrong', { reason: /No answer/ }],
	['the Taliban', '   ', 'wrong', { reason: /No answer/ }],
	['the Taliban', '\n\t', 'wrong'],
	['the Taliban', LONG, 'wrong', { reason: /Too long/ }],
	['more than 130', '130 '.repeat(2_500), 'wrong', { kind: 'toll', reason: /Too long/ }],
	['22 March 2024', '22 March 2024 '.repeat(800), 'wrong', { kind: 'date' }],
	['the Taliban', '<script>alert(1)</script>', 'wrong', { reason: /plain text/ }],
	['the Taliban', '<b>Taliban</b>', 'wrong'],
	['more than 130', '<img src=x onerror=alert(1)>130', 'wrong', { kind: 'toll' }],
	['the Taliban', '🙂', 'wrong', { reason: /No letters or digits/ }],
	['the Taliban', '🙂🙂🙂', 'wrong'],
	['the Taliban', '?!...', 'wrong'],
	['22 March 2024', '---', 'wrong', { kind: 'date' }],
	[JADOON, '!!!', 'wrong', { kind: 'motive' }],
	// Stray symbols around a right answer do not hide it.
	['the Taliban', 'Taliban 🙂', 'correct'],
	['ISKP', 'ISKP?', 'correct'],
	['Michael Kugelman', 'Kugelman!!!', 'correct'],
	['Michael Kugelman', 'Mike Kugelman!!!', 'close']
]);

export const TEXT_CASES: Case[] = [...motives, ...cloze, ...absurd];
