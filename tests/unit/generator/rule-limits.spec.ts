/**
 * Where the rules that mend one misreading must stop: sentences a reader of real reports meets that look like the
 * mended ones but mean what they always meant. One row per rule, each a card a reader would notice lost or changed.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/generator/figures';
import { generate } from '../../../src/lib/generator/index';
import { findDates } from '../../../src/lib/lang';

const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');
/** Every card as "prompt -> answer", with "(check)" for one a reviewer must check. */
const cards = (text: string, published: string) => {
	const { cards, checks } = generate(text, { id: 'w', title: 'Wire', published });
	return cards.map((c) => `${c.prompt} -> ${c.answer}${c.id in checks ? ' (check)' : ''}`);
};

describe('counts the mending rules leave as they were', () => {
	it.each<[string, string, string, string]>([
		[
			'a bare "would" telling a past story is no threat',
			'2018-05-22',
			'On 22 May 2017 a suicide bomber detonated a bomb at the Velda Arena in Karsk that would kill 22 people.',
			'How many people were killed in the 22 May 2017 bombing at the Velda Arena in Karsk? -> 22'
		],
		[
			'a hospital a sentence opens on is where the hurt were taken, not an attack',
			'2014-06-16',
			doc(
				'Gunmen killed 60 people in Karsk on Sunday night.',
				'At Velda National Hospital in Tarn, doctors said 40 people were wounded.'
			),
			'How many people were injured in the 15 June 2014 attack in Karsk? -> 40'
		],
		[
			"a revised toll after a separate incident that had its own count is that incident's",
			'2016-01-17',
			doc(
				'Gunmen attacked the Splendid Hotel in Karsk on Friday night, killing at least 20 people.',
				'In a separate incident, a bomb exploded at a market in Tarn on Saturday, killing four people.',
				'Local officials said the toll had risen to six.'
			),
			'How many people were killed in the 15 January 2016 attack on the Splendid Hotel in Karsk? -> at least 20'
		],
		[
			'a victims\' count before "and a second detonated" is all the victims',
			'2021-03-22',
			'A suicide bomber killed 14 people at a market in Karsk on Sunday, and a second detonated a car bomb outside a mosque minutes later.',
			'How many people were killed in the 21 March 2021 attack at a market in Karsk? -> 14'
		]
	])('%s', (_why, published, text, card) => {
		expect(cards(text, published)).toContain(card);
	});

	it('attackers killed "in all" give no count', () => {
		const text =
			'Militants attacked an army camp in Karsk on Tuesday, killing at least 20 soldiers. All the attackers were killed, seven in all, the army said.';
		expect(cards(text, '2019-12-12').filter((c) => / -> seven\b/.test(c))).toEqual([]);
	});

	it('a year in a relative clause about the doer does not check a count its own day dates', () => {
		const text = doc(
			'Velda Front, which began its insurgency in 2009, killed 30 people in an attack on a village in Karsk on Sunday.'
		);
		expect(cards(text, '2021-03-30')).toContain(
			'How many people were killed in the 28 March 2021 attack in a village in Karsk? -> 30'
		);
	});
});

describe('days the mending rules leave as they were', () => {
	it.each<[string, string, string, string[]]>([
		[
			'a feast day told with "on" is that day',
			'2024-06-24',
			'Gunmen attacked two churches in Karsk on Trinity Sunday.',
			['2024-06-23']
		],
		[
			'a "when" clause that reports a future leaves its day in the past',
			'2013-09-25',
			'The president addressed the nation on Sunday, when he said the attackers will be hunted down.',
			['2013-09-22']
		],
		[
			'one night told by its two days is that night',
			'2016-01-01',
			'On the night of 20 and 21 November 2015, gunmen struck.',
			['2015-11-20']
		]
	])('%s', (_why, published, sentence, isos) => {
		expect(
			findDates(sentence, { published: { iso: published, precision: 'day' } }).map((d) => [d.iso, !!d.unsettled])
		).toEqual(isos.map((iso) => [iso, false]));
	});

	it('an English headline with a month is no date line of the page', () => {
		const text = doc(
			'3 dead in September 2019 raid',
			'Gunmen attacked a police station in Karsk this morning, killing three officers.'
		);
		expect(cards(text, '2019-09-05')).toContain(
			'When did the attack at a police station in Karsk take place? -> 5 September 2019'
		);
	});

	it('a year a figure is given for is no final report', () => {
		const f = findFigures('The official figures for last year: 120 people were killed in attacks in the province.');
		expect(f.filter((x) => x.kind === 'toll' && x.update).length).toBe(0);
	});
});
