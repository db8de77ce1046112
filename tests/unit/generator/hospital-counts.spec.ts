/**
 * What a hospital or a morgue took in from an attack: the part of the toll that went there, asked as such and never a
 * rival of the toll, which a hospital's smaller count would otherwise seem to revise (the reviewer was asked which of
 * "24 killed" and "19 bodies" stood). One row per form as wire copy writes it.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/generator/figures';
import { generate } from '../../../src/lib/generator/index';

/** Each toll of a sentence as "measure number[ at hospital][ victims]". */
const tolls = (s: string) =>
	findFigures(s)
		.filter((f) => f.kind === 'toll')
		.map((f) => `${f.measure} ${f.number}${f.hospital ? ` at ${f.hospital}` : ''}${f.victims ? ` ${f.victims}` : ''}`);

describe('counts a hospital gives', () => {
	it.each<[string, string, string[]]>([
		[
			'a hospital took in the dead and the wounded, and a second hospital did too (r243)',
			'The Pakistan Institute of Medical Sciences (Pims) said it had received 19 bodies and was treating 56 wounded, and Holy Family Hospital in Rawalpindi took in two bodies and 35 wounded.',
			[
				'killed 19 at the Pakistan Institute of Medical Sciences',
				'injured 56 at the Pakistan Institute of Medical Sciences',
				'killed 2 at Holy Family Hospital',
				'injured 35 at Holy Family Hospital'
			]
		],
		[
			'"brought there", after the hospital its speaker heads, and "has taken in" (r219)',
			'Shahzad Akbar, director of the Hayatabad Medical Complex, says six bodies and 18 wounded were brought there; the Khyber Teaching Hospital has taken in three dead and 17 wounded.',
			[
				'killed 6 at the Hayatabad Medical Complex',
				'injured 18 at the Hayatabad Medical Complex',
				'killed 3 at the Khyber Teaching Hospital',
				'injured 17 at the Khyber Teaching Hospital'
			]
		],
		[
			'"of them" after an apposition, then a second hospital told as where the rest went (review 48, CO min/01-3)',
			"Karsk's MMC hospital, the closest to the site, had admitted 47 of them, while 29 were taken to Pertamina hospital and the rest were spread among a dozen smaller clinics.",
			['injured 47 at MMC hospital', 'injured 29 at Pertamina hospital']
		],
		[
			'"had received 80 of them" may be of the dead: no part of the injured',
			'A truck bomb exploded in Karsk on Saturday, killing at least 276 people. Medina Hospital had received 80 of them.',
			['killed 276']
		],
		[
			'a list that leaves out the verb, then the verb and the noun (r263)',
			"Staff at JJ Hospital say they have admitted 17 of the injured, GT Hospital has 19 and St George's Hospital nine.",
			['injured 17 at JJ Hospital', 'injured 19 at GT Hospital', "injured 9 at St George's Hospital"]
		],
		[
			'a group of what one hospital took in, and the next hospital after it (r69)',
			'On Saturday, University Medical Center of El Paso took in 13 of the wounded, among them two children, and Del Sol Medical Center took in 11.',
			[
				'injured 13 at University Medical Center of El Paso',
				'injured 2 children',
				'injured 11 at Del Sol Medical Center'
			]
		],
		[
			'a hospital named by the words that describe it, opening its sentence',
			'The regional clinical hospital took in 13 of the wounded overnight, its chief doctor said.',
			['injured 13 at the regional clinical hospital']
		],
		[
			'a count moved on to another hospital, opening its sentence in words (r229)',
			'Fifteen of the injured have been transferred from Maghagha Central Hospital to the Nasser Institute in Cairo.',
			['injured 15 at the Nasser Institute']
		],
		[
			'"treated there", after the hospital the sentence opens on (r201)',
			'At the Murtala Mohammed Specialist Hospital, one of two hospitals that took in the victims, a health worker said more than 160 of the wounded were being treated there alone.',
			['injured 160 at the Murtala Mohammed Specialist Hospital']
		],
		[
			'one hospital\'s count told alone, not "of the" dead, may be all the text counts: a toll as before',
			'Officials said the main hospital had received 33 bodies.',
			['killed 33']
		],
		[
			"a count that names where its dead came from is that site's, read as any count naming a place",
			'The regional hospital took in 13 of the wounded, while the city morgue received 11 bodies from the station.',
			['injured 13 at the regional hospital', 'killed 11']
		],
		['a town the wounded were flown to is no hospital', 'Twelve of the wounded were flown to Cairo.', []]
	])('%s', (_why, sentence, expected) => {
		expect(tolls(sentence)).toEqual(expected);
	});
});

describe('a hospital count in a draft', () => {
	it('is asked as the part of its event that went there, and leaves the toll trusted', () => {
		const text = [
			'A bomb went off at the fruit market in Dalmor on Wednesday, killing 24 people and injuring 122.',
			"Staff at JJ Hospital say they have admitted 17 of the injured, GT Hospital has 19 and St George's Hospital nine."
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'wire', title: 'Wire', published: '2014-04-10' });
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer, c.id in checks])).toEqual([
			['How many people were killed in the 9 April 2014 bombing at the fruit market in Dalmor?', '24', false],
			['How many people were injured in the 9 April 2014 bombing at the fruit market in Dalmor?', '122', false],
			[
				'How many of those injured in the 9 April 2014 bombing at the fruit market in Dalmor were taken to JJ Hospital?',
				'17',
				false
			],
			[
				'How many of those injured in the 9 April 2014 bombing at the fruit market in Dalmor were taken to GT Hospital?',
				'19',
				false
			],
			[
				"How many of those injured in the 9 April 2014 bombing at the fruit market in Dalmor were taken to St George's Hospital?",
				'nine',
				false
			]
		]);
	});
});
