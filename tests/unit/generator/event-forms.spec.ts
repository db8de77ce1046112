/**
 * Where an event is, and when, read from forms the wider evaluation set showed: a target behind its occasion ("opened
 * fire on Sabbath services at the … synagogue"), the hospital the wounded went to (never the attack's place), a
 * pronoun subject ("Others struck …") that is no actor, and a date on the far side of "since".
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/lib/generator/events';
import { generate } from '../../../src/lib/generator/index';

const mention = (sentence: string) =>
	findMentions(sentence).map((m) => ({ target: m.target, place: m.place, actor: m.actor }));

describe('event places and actors', () => {
	it.each<[string, string, { target?: string; place?: string; actor?: string }[]]>([
		[
			'"the bombers in Jableh attacked a hospital": the place after the doers is where they struck, not who they were (review 49, CR min/03-3)',
			'Samir Haddad pointed out that the bombers in Jableh attacked a hospital emergency entrance after the first blast.',
			[
				{ target: 'a hospital', place: 'Jableh', actor: undefined },
				{ target: undefined, place: undefined, actor: undefined }
			]
		],
		[
			'"Gunmen stopped a bus near Mastung … and robbed the passengers, two days before suicide bombers killed 30": the killing is another attack\'s (a read of the review-49 change)',
			'Gunmen stopped a bus near Mastung on Monday and robbed the passengers, two days before suicide bombers killed 30 people at a shrine in Quetta.',
			[{ target: 'a shrine', place: 'Quetta', actor: undefined }]
		],
		[
			'"In April its fighters overran Mukalla": a month opening the clause names no doer (review 49, CR min/09-24)',
			'In April its fighters overran Mukalla, freed about 300 inmates from the central prison and took over the port.',
			[{ target: 'Mukalla', place: undefined, actor: undefined }]
		],
		[
			'a bomb aboard a vessel, named with its number (review 19, min/j03-1)',
			'On February 27, 2004, a bomb exploded aboard SuperFerry 14 shortly after it left Manila Bay.',
			[{ target: 'SuperFerry 14', place: undefined, actor: undefined }]
		],
		[
			'where the police shot the attacker is no place of the attack (review 40, BB min/06-12)',
			'Four days after the attack, on December 23, he was shot dead by police during a routine identity check in Tarn, near Velda.',
			[{ target: undefined, place: undefined, actor: undefined }]
		],
		[
			'a place in a relative clause about someone after the mention is theirs (review 39, AZ min/03-4)',
			'The Brakk Front claimed the attack, describing the district as a stronghold of the Tarn party, whose fighters were then deployed across Velda.',
			[{ target: undefined, place: undefined, actor: undefined }]
		],
		[
			"where someone was killed in an operation is the operation's place (review 39, AZ min/06-12)",
			'The ministry said Omar Dahir, whom it held responsible for the bombing, had been killed in a joint operation with the army in Karsk province on January 27.',
			[{ target: undefined, place: undefined, actor: undefined }]
		],
		[
			'people killed in the car park of a mosque: the mosque is the target (review 29, AD 01: asked of the attack before it)',
			'A week later another bomber killed four people in the car park of the Imam Hussein mosque in Dammam.',
			[{ target: 'the Imam Hussein mosque', place: 'Dammam', actor: undefined }]
		],
		[
			'a bomb aboard a vessel in a place',
			'A bomb exploded aboard a ferry in Manila Bay.',
			[
				{ target: undefined, place: 'Manila Bay', actor: undefined },
				{ target: 'a ferry', place: 'Manila Bay', actor: undefined }
			]
		],
		[
			'a second blast hours later, in a place of its own (review 19, min/k04-1)',
			'A second vehicle exploded about two hours later in Medina district, killing two people.',
			[{ target: 'Medina', place: undefined, actor: undefined }]
		],
		[
			'fighting that broke out in a town (review 19, min/j07-2)',
			'A day later, on Tuesday, fighting broke out in Marawi after troops tried to arrest Isnilon Hapilon.',
			[{ target: undefined, place: 'Marawi', actor: undefined }]
		],
		[
			'militants fighting the army in a province are no event',
			'He said it was a show of unity with militants fighting the army in Sulu.',
			[]
		],
		[
			'a target past its occasion',
			'A gunman opened fire on evening prayers at the Harbour Street mosque.',
			[{ target: 'the Harbour Street mosque', place: undefined, actor: undefined }]
		],
		[
			'what happened "in which" is the attack told in more detail, no second event (review 13)',
			'The Council condemned the terrorist attack in Mogadishu, Somalia, on 29 October 2022, in which two car bombs exploded minutes apart near the Ministry of Education at the busy Zobe junction.',
			[{ target: undefined, place: 'Mogadishu, Somalia', actor: undefined }]
		],
		[
			'two places of one event joined by "and"',
			'Two bombings struck churches in Velda and Karsk on Sunday, killing 44 people.',
			[
				{ target: undefined, place: 'Velda and Karsk', actor: undefined },
				{ target: 'churches', place: 'Velda and Karsk', actor: undefined }
			]
		],
		[
			'an abbreviation after a comma is no country (review 23, min/s09-1)',
			'Twin blasts kill 15 in Velda, MP among dead.',
			[
				{ target: undefined, place: 'Velda', actor: undefined },
				{ target: undefined, place: 'Velda', actor: undefined }
			]
		],
		[
			"a place after other events' noun is theirs (review 23, min/r07-1)",
			"Friday's stabbing at a west Karsk supermarket was the latest in a string of attacks in Velda and Orsa by lone men.",
			[{ target: 'a west Karsk supermarket', place: undefined, actor: undefined }]
		],
		[
			'"and" before a capitalised word that goes on is no second place',
			'Two bombings struck churches in Velda and Islamic State fighters claimed them.',
			[
				{ target: undefined, place: 'Velda', actor: undefined },
				{ target: 'churches', place: 'Velda', actor: undefined }
			]
		],
		[
			'a bomber who set off his vest near the stage of a party convention (r267)',
			"A suicide bomber set off his vest near the stage of a workers' convention of the Velda Party in Karsk.",
			[{ target: "a workers' convention of the Velda Party", place: 'Karsk', actor: undefined }]
		],
		[
			'an explosive belt set off at a mosque (r199)',
			'A bomber set off his explosive belt at the gate of the Orsa mosque in Karsk.',
			[{ target: 'the Orsa mosque', place: 'Karsk', actor: undefined }]
		],
		[
			'the hospital where one of the wounded died is no place of the attack (r271)',
			'The toll has been raised to 25, after a woman wounded in the explosion died at Karsk University Hospital.',
			[{ target: undefined, place: undefined, actor: undefined }]
		],
		[
			'a hospital where the dead were killed, not taken, is the place of the attack (review)',
			'The bombing, in which 70 people died at the Civil Hospital in Quetta, was claimed by Jamaat-ul-Ahrar.',
			[{ target: 'the Civil Hospital', place: 'Quetta', actor: undefined }]
		],
		[
			'a beach resort "of" its town',
			'Gunmen attacked the beach resort of Grand-Orsa on Sunday.',
			[{ target: 'the beach resort of Grand-Orsa', place: undefined, actor: undefined }]
		],
		[
			'a beach in a town, shot at',
			'Gunmen opened fire on a beach in Grand-Orsa on Sunday.',
			[{ target: 'a beach', place: 'Grand-Orsa', actor: undefined }]
		],
		[
			'a name with a lowercase particle ("el-", "es")',
			'A bomb exploded at a cinema in Wadi el-Karsk on Friday.',
			[
				{ target: undefined, place: 'Wadi el-Karsk', actor: undefined },
				{ target: 'a cinema', place: 'Wadi el-Karsk', actor: undefined }
			]
		],
		[
			'bombers who blew themselves up among the crowd at a venue',
			'At least 40 people were killed when bombers blew themselves up among worshippers at the central mosque in Orsa.',
			[{ target: 'the central mosque', place: 'Orsa', actor: undefined }]
		],
		[
			'a crowd named by a capitalised adjective, and what they gathered for after the square (r247)',
			'A suicide bomber blew himself up among Houthi supporters gathering in Velda Square for a rally.',
			[{ target: 'Velda Square', place: undefined, actor: undefined }]
		],
		[
			'a square before "for": what the crowd gathered for is no part of the place',
			'A suicide bomber blew himself up in Velda Square for a rally.',
			[{ target: 'Velda Square', place: undefined, actor: undefined }]
		],
		[
			'a base overrun',
			'Fighters overran the military base in Orsa on Sunday.',
			[{ target: 'the military base', place: 'Orsa', actor: undefined }]
		],
		['"Each raid" names no place called Each', 'Each raid arms the next one.', []],
		[
			'a dateline\'s dash and "A" name no place',
			'KABUL, May 9 - A bomb killed 12 people on Sunday, officials said.',
			[]
		],
		[
			'a venue named in four capitalised words before its noun',
			'The government condemned the terrorist attack against the General Velda Police Cadet School on Thursday.',
			[{ target: 'the General Velda Police Cadet School', place: undefined, actor: undefined }]
		],
		[
			'bombers who "set off their explosives" at a venue',
			'Two more attackers set off their explosives outside the Karsk police station.',
			[{ target: 'the Karsk police station', place: undefined, actor: undefined }]
		],
		[
			'"has torn through" a station',
			'An explosion has torn through Karsk station in the evening rush hour.',
			[{ target: 'Karsk station', place: undefined, actor: undefined }]
		],
		[
			'a place whose name opens with its article "al-" (r225)',
			'Until Thursday the worst attack had been the triple car bombing in al-Qubbah, in the east, on February 20, 2015.',
			[
				{ target: undefined, place: undefined, actor: undefined },
				{ target: undefined, place: 'al-Qubbah', actor: undefined }
			]
		],
		[
			'a truck driven at the gates of a named target',
			'Minutes later a second truck was driven at the gates of the Velda consulate in Orsa.',
			[{ target: 'the Velda consulate', place: 'Orsa', actor: undefined }]
		],
		[
			'a car driven at "a bus": how the attack in view was done, no target of its own',
			'A car packed with explosives was driven at a bus full of passengers.',
			[]
		],
		[
			'"near the Cameroonian border": a people\'s adjective with its article is no place',
			'Fighters stormed Rann, near the Cameroonian border, and burned much of the town.',
			[{ target: 'Rann', place: undefined, actor: undefined }]
		],
		[
			'the hour between the verb and the venue',
			'The first explosion went off shortly before 10 p.m. at the Karsk hotel, near the port.',
			[
				{ target: undefined, place: undefined, actor: undefined },
				{ target: 'the Karsk hotel', place: undefined, actor: undefined }
			]
		],
		[
			'the hour and the day between the verb and the venue',
			'A car bomb exploded at about 5 p.m. on Tuesday outside the Velda police station.',
			[{ target: 'the Velda police station', place: undefined, actor: undefined }]
		],
		[
			'the hour and the day, then no venue: the day is no place',
			'The bus had stopped at the palace in Orsa when it exploded at about 5 p.m. on Tuesday on the tree-lined avenue.',
			[]
		],
		[
			'a crowd told in more words, then "on duty at the checkpoint": the place is the checkpoint',
			'A suicide bomber blew himself up among police officers who were on duty at the checkpoint in Quetta on Sunday, killing 12 people.',
			[{ target: 'the checkpoint', place: 'Quetta', actor: undefined }]
		],
		[
			'a crowd told in more words with no venue after "at": no event',
			'A suicide bomber blew himself up among mourners who were travelling in a convoy to a funeral in Quetta.',
			[]
		],
		[
			'a device set off among a crowd told in more words, at a venue',
			'At least 60 people were killed when a bomber set off a device among families walking back from the ceremony at the Velda border crossing.',
			[{ target: 'the Velda border crossing', place: undefined, actor: undefined }]
		],
		[
			'a bomber among a crowd told in more words, at a venue (r231)',
			'At least 60 people were killed when a suicide bomber blew himself up among families walking back from the flag-lowering ceremony at the Velda border crossing.',
			[{ target: 'the Velda border crossing', place: undefined, actor: undefined }]
		],
		[
			'bombs that went off in quick succession at a place',
			'Two bombs hidden at the side of the road went off in quick succession in the main bazaar of Orsa city.',
			[
				{ target: undefined, place: undefined, actor: undefined },
				{ target: 'the main bazaar of Orsa', place: undefined, actor: undefined }
			]
		],
		[
			'a vehicle described at length, driven into a base on the edge of a city',
			'A suicide bomber drove a Humvee loaded with explosives into a security forces base on the edge of Orsa city.',
			[{ target: 'a security forces base', place: 'Orsa', actor: undefined }]
		],
		[
			'a count with an aside of who they were, before the place',
			'In June a gunman shot dead 38 people, 30 of them Britons, on a beach near Orsa.',
			[{ target: 'a beach', place: 'Orsa', actor: undefined }]
		],
		[
			'a count of people described, before the place',
			'Gunmen killed 21 foreign tourists and a policeman at the Karsk museum in Orsa in March.',
			[{ target: 'the Karsk museum', place: 'Orsa', actor: undefined }]
		],
		[
			// ("It was the first … attack in Velda" is the event in view, measured: an anaphor, naming no place; review 31,
			// AI min/10-8.)
			'across "since", a place before a recalled event is the comparison\'s, not the recalled event\'s',
			"It was the first deadly attack in Velda since 1 October, when a man stabbed two women to death outside Orsa's main railway station.",
			[
				{ target: undefined, place: undefined, actor: undefined },
				{ target: "Orsa's main railway station", place: undefined, actor: undefined }
			]
		],
		['a count over a time, not at a place', 'Attacks have killed 300 people so far this year in Orsa province.', []],
		[
			'where an expert in a field works is no place of the attack',
			'Ana Pell, a lecturer in Middle East politics at the University of Karsk, noted a missile strike on the arrivals hall of Orsa airport on 12 June.',
			[{ target: 'the arrivals hall of Orsa airport', place: undefined, actor: undefined }]
		],
		[
			'a town the sentence opens on places a car bomb at a named venue',
			'In Karsk, a car bomb outside the Orsa hotel on 5 August 2003 had already killed 12.',
			[{ target: 'the Orsa hotel', place: 'Karsk', actor: undefined }]
		],
		// A day before the verb is when, not who.
		[
			'a day before its attackers',
			'On 23 October gunmen attacked the Palm hotel, and police said nine people died.',
			[{ target: 'the Palm hotel', place: undefined, actor: undefined }]
		],
		[
			'a day before the verb',
			'The blast on the evening of September 2 ripped through the market.',
			[
				{ target: undefined, place: undefined, actor: undefined },
				{ target: 'the market', place: undefined, actor: undefined }
			]
		],
		// Devices counted before the verb that places them are that blast, not an event referred back to.
		[
			'two car bombs that went off outside a ministry',
			'On 29 October two car bombs went off outside the transport ministry.',
			[{ target: 'the transport ministry', place: undefined, actor: undefined }]
		],
		[
			'where an analyst works is no place of the attack',
			'The attack killed 54 soldiers, said Ana Pell, a senior fellow at the Karsk Policy Centre in Orsa.',
			[{ target: undefined, place: undefined, actor: undefined }]
		],
		['a disaster that killed and destroyed', 'An earthquake killed 12 people and destroyed homes in Orsa.', []],
		[
			'"since <a day>, when" inside a clause between a place and the mention takes nothing from it',
			'In Orsa, which has been under siege since January, when rebels seized the airport, a car bomb exploded at the market.',
			[
				{ target: undefined, place: 'Orsa', actor: undefined },
				// (The airport's seizure is an event of its own, which the place before "since" does not place.)
				{ target: 'the airport', place: undefined, actor: undefined },
				{ target: 'the market', place: 'Orsa', actor: undefined }
			]
		],
		[
			'a day owning the event noun, with its place',
			"Police questioned suspects over Tuesday's serial bombings in Orsa.",
			[{ target: undefined, place: 'Orsa', actor: undefined }]
		],
		['attacks in general, with no day or "the"', 'Attacks in Orsa have risen this year.', []],
		[
			'a second verb of the same doers has no subject of its own',
			'Gunmen arrived on Wednesday and opened fire in the market.',
			[{ target: 'the market', place: undefined, actor: undefined }]
		],
		[
			'a pronoun subject is no actor',
			'Others struck the Velda Cafe and the Karsk hotel.',
			[{ target: 'the Velda Cafe', place: undefined, actor: undefined }]
		],
		[
			'a vehicle rammed into a target',
			'A bomber rammed an explosives-laden car into a bus of the convoy at Lethpora in Velda district.',
			[{ target: 'a bus of the convoy', place: 'Lethpora, Velda', actor: undefined }]
		],
		[
			'a superlative in apposition measures the event in view, it names no other',
			'Gunmen stormed the Karsk school on Monday, the deadliest attack on civilians in the Valley in years.',
			[
				{ target: 'the Karsk school', place: undefined, actor: undefined },
				{ target: undefined, place: undefined, actor: undefined }
			]
		],
		[
			'where attackers came ashore is no place of the attack; a city across which they spread is',
			'Eight gunmen came ashore at Velda Point and fanned out across south Karsk, beginning a siege that lasted two days.',
			[{ target: undefined, place: 'Karsk', actor: undefined }]
		],
		[
			'where a boat docked is no place of the attack',
			'Gunmen from a boat that had docked at Karsk Quay began a siege.',
			[]
		],
		[
			"an explainer's question heading names the event at its place",
			'What happened at the Velda Cafe?',
			[{ target: 'the Velda Cafe', place: undefined, actor: undefined }]
		],
		[
			'a place named after its kind ("the city of")',
			'The twin blasts in the southeastern city of Karsk killed 84 people.',
			[{ target: undefined, place: 'Karsk', actor: undefined }]
		],
		[
			'people shot dead at a venue name the venue, as "killed … at" does',
			'A gunman shot dead four people at the Harbour Museum in Velda.',
			[{ target: 'the Harbour Museum', place: 'Velda', actor: undefined }]
		],
		[
			'a vehicle driven into a venue, the place opening the sentence',
			'In Velda on 19 December, a man drove a lorry into a market beside the cathedral, killing 12 people.',
			[{ target: 'a market', place: 'Velda', actor: undefined }]
		],
		['a car driven into a city is a journey, not an attack', 'The gunmen drove their car into Karsk on Friday.', []],
		[
			'a named building',
			'On Monday attackers struck the Harbour Council building in Velda, killing 17 people.',
			[{ target: 'the Harbour Council building', place: 'Velda', actor: undefined }]
		],
		[
			'a bomber who struck outside a venue (as "struck again outside" does)',
			'A suicide bomber struck outside the Corvo football stadium in Velda on Sunday, killing 17 fans.',
			[{ target: 'the Corvo football stadium', place: 'Velda', actor: undefined }]
		],
		[
			'victims killed by a doer in a place, told in the passive (the doer is no actor named)',
			'Two peacekeepers were killed by a sniper in Lomas on Tuesday.',
			[{ target: undefined, place: 'Lomas', actor: undefined }]
		],
		[
			'a description before "who" is no actor',
			'Marek Lund, the Frenchman who shot dead four people at the Harbour Museum in Velda, was sentenced.',
			[{ target: 'the Harbour Museum', place: 'Velda', actor: undefined }]
		],
		[
			'people stabbed at an occasion name it',
			'A man stabbed six people at a rally in Velda.',
			[{ target: 'a rally', place: 'Velda', actor: undefined }]
		],
		[
			'a timeline in the present tense, a home in a town',
			'- 3 April: Four suspects blow themselves up in a flat in Karsk as police close in.',
			[{ target: undefined, place: 'Karsk', actor: undefined }]
		],
		// From the fifth review's invented reports (review 8).
		[
			"a dateline's dash is no word of a name",
			'KARSK - A bomb tore through a market in Velda on Monday.',
			[
				{ target: undefined, place: 'Velda', actor: undefined },
				{ target: 'a market', place: 'Velda', actor: undefined }
			]
		],
		[
			'a blast beside its target',
			'A car packed with explosives blew up beside a bus in Velda on Monday.',
			[{ target: 'a bus', place: 'Velda', actor: undefined }]
		],
		[
			'a venue word that only qualifies what the blast was beside names no target',
			'A car bomb went off beside two consulate vehicles in Velda on Friday.',
			[{ target: undefined, place: 'Velda', actor: undefined }]
		],
		[
			'a bus stop is the venue, not the bus',
			'A bomb exploded at a crowded bus stop in Velda.',
			[
				{ target: undefined, place: 'Velda', actor: undefined },
				{ target: 'a crowded bus stop', place: 'Velda', actor: undefined }
			]
		],
		[
			'attackers named with what they came in',
			'Militants in speedboats attacked a ferry near Karsk on Monday, killing 27 people.',
			[{ target: 'a ferry', place: 'Karsk', actor: undefined }]
		],
		[
			'sites counted but not said: the town names the attack',
			'Three suicide bombers struck two places in Velda on Tuesday, killing three people.',
			[{ target: undefined, place: 'Velda', actor: undefined }]
		],
		['cities struck are a series, no target', 'Suicide bombers struck three cities in Ostrania on Monday.', []],
		[
			'sites one or another attack struck are a series, no target (review 19, min/k07-1b)',
			'Gunmen linked to al-Qaeda have now struck three capitals or resorts in West Africa in under four months.',
			[]
		],
		[
			'fire opened on people at counted venues (review 19, min/k07-1b)',
			'Gunmen opened fire on bathers and diners at three hotels on the beach at Grand-Bassam on Sunday afternoon.',
			[{ target: 'three hotels on the beach', place: 'Grand-Bassam', actor: undefined }]
		],
		[
			'a chapel is a venue (review 20, min/l10-3)',
			'A suicide bomber killed 29 worshippers, most of them women, at the Botroseya chapel in Cairo.',
			[{ target: 'the Botroseya chapel', place: 'Cairo', actor: undefined }]
		],
		[
			'a device detonated in the foyer of a named arena (review 20, min/m07-2)',
			'A suicide bomber detonated a device in the foyer of the Manchester Arena at 10.31pm.',
			[{ target: 'the Manchester Arena', place: undefined, actor: undefined }]
		],
		[
			'a place after "even as" is another clause’s (review 20, min/m03-3)',
			'The ELN claimed that attack too, even as its delegates sat down for formal talks in Quito.',
			[{ target: undefined, place: undefined, actor: undefined }]
		],
		[
			'"al" written apart is part of the doer’s name (review 19, min/k01-3)',
			'The attack is the deadliest in Kenya since al Qaeda bombed the U.S. embassy in Nairobi in 1998.',
			[
				{ target: undefined, place: undefined, actor: undefined },
				{ target: 'the U.S. embassy', place: 'Nairobi', actor: 'al Qaeda' }
			]
		],
		[
			'earlier bombings counted are other events (review 19, min/j07-1)',
			'Police said they were examining links to two earlier small bombings in the city this year.',
			[]
		],
		[
			'a bomb found unexploded is no bombing (review 19, min/k06-3)',
			'A third bomb, packed into a laptop bag, was found unexploded at a disco in the Makindye suburb the next day.',
			[]
		],
		['nor is an unexploded bomb', 'An unexploded bomb at a disco in Makindye was made safe.', []],
		[
			'a car driven into a named building (review 19, min/k10-1)',
			'A suicide bomber drove a car into the United Nations building in Abuja, killing 23 people.',
			[{ target: 'the United Nations building', place: 'Abuja', actor: undefined }]
		],
		[
			'where the fighting the attack was meant for goes on is no place of the attack (review 19, min/j09-1)',
			'The group was behind the attack, which he said was a show of unity with militants fighting the army in Sulu.',
			[{ target: undefined, place: undefined, actor: undefined }]
		],
		[
			'where suspects were arrested is no place of the attack (review 19, min/j04-3)',
			'Seventy-six persons are in custody over the attacks, including nine who were arrested in Eastern Province yesterday.',
			[{ target: undefined, place: undefined, actor: undefined }]
		]
	])('%s', (_why, sentence, want) => {
		expect(mention(sentence)).toEqual(want);
	});

	// A shooting is not a bombing: the kind the verb tells keeps two events of one day apart.
	it.each([
		['A gunman shot dead four people at the Harbour Museum in Velda.', 'shooting'],
		['A man stabbed six people at a rally in Velda.', 'stabbing'],
		['A gunman killed six people at a rally in Velda.', 'attack']
	])('%s → %s', (sentence, noun) => {
		expect(findMentions(sentence).map((m) => m.noun)).toEqual([noun]);
	});

	it.each([
		['- 11 March: A bomb explodes at the Velda railway station.', 'A bomb exploded at the Velda railway station.'],
		['Two bombers blow themselves up at the Karsk market.', 'Two bombers blew themselves up at the Karsk market.'],
		['The device goes off outside the Velda stadium.', 'The device went off outside the Velda stadium.']
	])('a timeline in the present reads as the past: %s', (present, past) => {
		expect(mention(present)).toEqual(mention(past));
		expect(mention(present).some((m) => m.target)).toBe(true);
	});
});

describe('tolls, dates and claims tied to the attack, not to the care or the present', () => {
	const meta = { id: 'w', title: 'W', published: '2018-11-02' };
	const prompts = (text: string) =>
		generate(text, meta)
			.cards.filter((c) => ['toll', 'date', 'actor'].includes(c.kind) && c.prompt.endsWith('?'))
			.map((c) => `${c.prompt} ${c.answer}`);
	it.each<[string, string, string[]]>([
		[
			'the hospital the wounded were taken to is not where the attack was',
			'A bomb exploded at the Karsk bus station on Monday. Nine people were killed, and 30 others are receiving treatment at the Velda General Hospital.',
			[
				'When did the bombing at the Karsk bus station take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 bombing at the Karsk bus station? Nine',
				'How many people were injured in the 29 October 2018 bombing at the Karsk bus station? 30'
			]
		],
		[
			'a date across "after" is the main clause\'s when the event gives its own',
			'The town was in mourning on Friday after gunmen stormed the Velda school yesterday and killed 30 people.',
			[
				'When did the attack on the Velda school take place? 1 November 2018',
				'How many people were killed in the 1 November 2018 attack on the Velda school? 30'
			]
		],
		[
			"a place given as the reason is not the attack's",
			'Gunmen stormed the Velda school on Monday. The school had been targeted in revenge for an army offensive in Karsk.',
			['When did the attack on the Velda school take place? 29 October 2018']
		],
		[
			'a comparison in the first sentence measures the event it just named, whose place names it',
			'Thirty soldiers were killed when a bomber rammed a truck into the Karsk barracks on Monday, the deadliest attack on the army in the Valley in a decade. The Velda Front claimed the attack.',
			[
				'When did the attack on the Karsk barracks take place? 29 October 2018',
				'How many soldiers were killed in the 29 October 2018 attack on the Karsk barracks? Thirty',
				'Who claimed responsibility for the 29 October 2018 attack on the Karsk barracks? The Velda Front'
			]
		],
		[
			'a count in the answer to a question heading is the toll of the event the heading asks of',
			'Gunmen attacked Karsk on 5 May.\n\nWhat happened at the Velda Cafe?\n\nTwo gunmen forced their way in. They killed 9 people.',
			[
				'When did the attack on Karsk take place? 5 May 2018',
				'How many people were killed in the attack on the Velda Cafe? 9'
			]
		],
		[
			'the wounded "brought to" a hospital are no group of the toll, but the part of it that went there',
			'A bomb exploded at the Velda night market on Saturday, killing five people and wounding 31. Doctors said 18 of the wounded were brought to the Karsk Medical Center.',
			[
				'When did the bombing at the Velda night market take place? 27 October 2018',
				'How many people were killed in the 27 October 2018 bombing at the Velda night market? five',
				'How many people were injured in the 27 October 2018 bombing at the Velda night market? 31',
				'How many of those injured in the 27 October 2018 bombing at the Velda night market were taken to the Karsk Medical Center? 18'
			]
		],
		[
			'a group described by the one it is tied to is referred back to, for a check',
			'Gunmen of the Velda Front stormed the Harbour Hotel in Karsk on Thursday, killing 21 people. The al Qaeda-linked group claimed responsibility for the attack.',
			[
				'When did the attack by Velda Front on the Harbour Hotel in Karsk take place? 1 November 2018',
				'How many people were killed in the 1 November 2018 attack by Velda Front on the Harbour Hotel in Karsk? 21',
				'Who claimed responsibility for the 1 November 2018 attack by Velda Front on the Harbour Hotel in Karsk? Velda Front'
			]
		],
		[
			'"no-one" is no count of one',
			'A bomb exploded at the Velda market on Monday. No-one was hurt.',
			['When did the bombing at the Velda market take place? 29 October 2018']
		],
		[
			'what a live entry calls someone is no part of the name',
			'Gunmen stormed the Harbour Hotel in Karsk on Monday, killing three people. Witness Danny Fell, a taxi driver, saw them arrive.',
			[
				'When did the attack on the Harbour Hotel in Karsk take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 attack on the Harbour Hotel in Karsk? three',
				'From a report on the attack on the Harbour Hotel in Karsk: Who is the taxi driver? Danny Fell'
			]
		],
		[
			'two bridges are two venues, not one by their kind',
			'It was the fifth attack this year. In March a man drove into pedestrians on Velda Bridge, killing five people; on 3 June three men killed eight people at Karsk Bridge and Orsa Market.',
			[
				'When did the attack on Velda Bridge take place? March 2018',
				'When did the attack at Karsk Bridge and Orsa Market take place? 3 June 2018',
				'How many people were killed in the March 2018 attack on Velda Bridge? five',
				'How many people were killed in the 3 June 2018 attack at Karsk Bridge and Orsa Market? eight'
			]
		],
		[
			'a venue named as a name takes no place from the clause before',
			'It was the third attack in three months. Last month a bomber killed 22 people at a concert at Lisk Arena, and in March a man drove a car into pedestrians on Velda Bridge.',
			[
				'When did the attack on a concert in Lisk Arena take place? October 2018',
				'When did the attack on Velda Bridge take place? March 2018',
				'How many people were killed in the October 2018 attack on a concert in Lisk Arena? 22'
			]
		],
		[
			'a hostage crisis is a siege',
			'Thirty-seven foreign workers were killed during the four-day hostage crisis at the Tarvo gas facility in the Sahara, the prime minister said on Monday.',
			['How many foreign workers were killed in the siege at the Tarvo gas facility? Thirty-seven']
		],
		[
			'a platform of a station: the station is the target',
			'A bomb went off on Platform 4 of Velda Central Station on Monday, killing 19 people.',
			[
				'When did the bombing at Velda Central Station take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 bombing at Velda Central Station? 19'
			]
		],
		[
			'"three of the four gunmen" are three; a group\'s record is no event',
			'Four gunmen stormed the Harbour Hotel in Karsk on Monday and killed 38 people. The Velda Front, a network that had been responsible for arson attacks on mosques, claimed it. Three of the four gunmen were killed by police.',
			[
				'When did the attack on the Harbour Hotel in Karsk take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 attack on the Harbour Hotel in Karsk? 38',
				'Who claimed responsibility for the 29 October 2018 attack on the Harbour Hotel in Karsk? The Velda Front',
				'How many gunmen were killed in the 29 October 2018 attack on the Harbour Hotel in Karsk? Three'
			]
		],
		[
			'the bomb a comparison recalls "since", outside its target, is its own event, with its day and toll',
			"Police say 15 cadets have been killed in the attack on the police academy in Tamsel.\n\nThe attack is the deadliest in Tamsel since a truck bomb outside the governor's office on 9 October 2016 killed 52 people.",
			[
				'How many cadets were killed in the attack on the police academy in Tamsel? 15',
				"When did the truck bombing at the governor's office take place? 9 October 2016",
				"How many people were killed in the 9 October 2016 truck bombing at the governor's office? 52"
			]
		],
		[
			"the day of a passive claim, after its claimant and how it came, is the claim's",
			'The bombing at the Velda railway station on 21 October killed four people. It was claimed by a previously unknown group, the White Rose Legion, in an email to a newspaper on 23 October.',
			[
				'When did the bombing at the Velda railway station take place? 21 October 2018',
				'How many people were killed in the 21 October 2018 bombing at the Velda railway station? four',
				'Who claimed responsibility for the 21 October 2018 bombing at the Velda railway station? the White Rose Legion'
			]
		],
		[
			"the day plotters were jailed is not the siege's",
			'Three men who helped plan the siege of a cafe in Karsk in which 14 people were killed were jailed on Friday.',
			['How many people were killed in the siege at a cafe in Karsk? 14']
		],
		[
			"the day sources told a news agency is not the attack's; one count of two groups is of people",
			'Suspected jihadists killed at least 40 civilians and volunteer fighters in an attack on a village in Velda province, security sources told AFP on Wednesday.',
			['How many people were killed in the attack in a village in Velda? at least 40']
		],
		[
			'a pair owning the district is one place',
			"Nine people were killed when gunmen opened fire on a bus in Jammu and Kashmir's Reasi district on Sunday evening.",
			[
				"When did the attack on a bus in Jammu and Kashmir's Reasi take place? 28 October 2018",
				"How many people were killed in the 28 October 2018 attack on a bus in Jammu and Kashmir's Reasi? Nine"
			]
		],
		[
			'a group of the dead with what they are of',
			'A bomb exploded at the Velda market on Monday, killing 26 people. Of those killed, eleven were citizens of the host country.',
			[
				'When did the bombing at the Velda market take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 bombing at the Velda market? 26',
				'How many citizens of the host country were killed in the 29 October 2018 bombing at the Velda market? eleven'
			]
		],
		[
			"a toll placed by its town is that town's attack, not the one told of last",
			'A suicide bomber killed 20 people at the livestock market in Maradi on Wednesday. Later a bomb killed eight people at the Zinder bus station. The death toll in Maradi has risen to 26, the health ministry says.',
			[
				'When did the attack at the livestock market in Maradi take place? 31 October 2018',
				'How many people were killed in the 31 October 2018 attack at the livestock market in Maradi? 26',
				'How many people were killed in the bombing at the Zinder bus station? eight'
			]
		],
		[
			"a live page's day headers date its entries, newest first: the attack is the older day's, its toll the newer entry's",
			'Friday 2 November\n\n09:40 - The ministry says 23 people were killed in the explosion aboard the ferry.\n\nThursday 1 November\n\n23:55 - At least 16 people were killed when a bomb went off on a ferry in the port of Kavala at about 20:10 local time.',
			[
				'How many people were killed in the 1 November 2018 bombing on a ferry in Kavala? 23',
				'When did the bombing on a ferry in Kavala take place? 1 November 2018'
			]
		],
		[
			'a training centre is a place an attack strikes, and a count with an aside before it is still placed (r175)',
			'Police said the twin blasts were the deadliest attack in the country since May 13, 2011, when two suicide bombers killed 98 people, most of them young recruits, outside the Frontier Constabulary training centre in Shabqadar.',
			[
				'When did the attack on the Frontier Constabulary training centre in Shabqadar take place? 13 May 2011',
				'How many people were killed in the 13 May 2011 attack on the Frontier Constabulary training centre in Shabqadar? 98'
			]
		],
		[
			'a bomb found and defused, or one that failed to explode, is no bombing (review 23, min/r02-1)',
			'A bomb exploded at the Karsk bus station on Monday, killing nine people. Separately, a crude pipe bomb found near Velda International Airport on Monday night was defused, and a second bomb at the station failed to explode.',
			[
				'When did the bombing at the Karsk bus station take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 bombing at the Karsk bus station? nine'
			]
		],
		[
			'people killed at a venue a clause after "where" names are that venue\'s, not the group of the attack before (review 23, min/r01-1)',
			'A gunman killed 42 people at the Al Noor mosque on Friday. He then drove to the Linwood Islamic Centre, where seven more worshippers were shot dead.',
			[
				'When did the attack on the Al Noor mosque take place? 2 November 2018',
				'How many people were killed in the 2 November 2018 attack on the Al Noor mosque? 42',
				'How many worshippers were killed in the attack on the Linwood Islamic Centre? seven'
			]
		],
		[
			'further blasts told after an attack are more of its sites, and a count after them is of the whole; a heading that asks of a day names no event (review 23, min/r10-2)',
			'What happened on Easter Sunday?\n\nOn Sunday 28 October, suicide bombers struck three churches and three hotels in Karsk, and two further blasts followed in Velda and Orsa. The health ministry revised the toll to 253.',
			[
				'When did the attack on three churches and three hotels in Karsk take place? 28 October 2018',
				'How many people were killed in the 28 October 2018 attack on three churches and three hotels in Karsk? 253'
			]
		],
		[
			'where suspects were detained, with whom between, is no place of the attack (review 20 text)',
			'A gunman opened fire in Karsk city centre on Monday, killing four people. Since the night of the attack, police have detained 14 people in Karsk and Lower Velda.',
			[
				'When did the attack on Karsk take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 attack on Karsk? four',
				'How many people were arrested over the 29 October 2018 attack on Karsk? 14'
			]
		],
		[
			"a count of attacks after other words is still theirs, and their toll is the whole's, not the deadliest one's (review 23, min/s07-1)",
			'Militants have carried out three deadly attacks in Karsk and Velda in a little over two weeks, killing almost 90 people. The deadliest came on Saturday, 27 October, when a truck bomb exploded at a checkpoint in Karsk.',
			[
				'How many people were killed in the three attacks in Karsk and Velda? almost 90',
				'When did the truck bombing at a checkpoint in Karsk take place? 27 October 2018'
			]
		],
		[
			'mines set off beside a bus are a bombing there, and its count is its own, not the one told before (review 23, min/r03-1)',
			'On Monday, a bomber blew herself up inside Army Headquarters in Karsk. Eight people were killed. On Tuesday, two claymore mines were set off beside a bus near Velda. Sixty-four passengers were killed.',
			[
				'When did the bombing at Army Headquarters in Karsk take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 bombing at Army Headquarters in Karsk? Eight',
				'When did the bombing on a bus in Velda take place? 30 October 2018',
				'How many passengers were killed in the 30 October 2018 bombing on a bus in Velda? Sixty-four'
			]
		],
		[
			"the day a ministry raised the toll is not the attack's (review 24, min/u08-1)",
			'The health ministry on Monday raised to 25 the number of people killed in a suicide attack on a church in Karsk.',
			[]
		],
		[
			'a truck that ploughed into a market attacked it (review 24, min/t01-2)',
			'Police launched a manhunt for a man after a truck ploughed into a Christmas market in Karsk on Monday, killing 12 people.',
			[
				'When did the attack at a Christmas market in Karsk take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 attack at a Christmas market in Karsk? 12'
			]
		],
		[
			'a lorry tearing through a market is no bombing (review 24, min/t01-5)',
			'The lorry tore through the Christmas market in Karsk on Monday. Eleven people died at the scene.',
			[
				'When did the attack at the Christmas market in Karsk take place? 29 October 2018',
				'How many people were killed in the 29 October 2018 attack at the Christmas market in Karsk? Eleven'
			]
		],
		[
			"the day of a verdict is not the attack's",
			'Three men were found guilty on Thursday of murdering eleven people in the bombing of the Velda market on 12 November 2016.',
			['When did the bombing at the Velda market take place? 12 November 2016']
		],
		[
			'the day a trial began is not the attack’s (review 30, AF min/07-10)',
			'During the trial, which began in December 2017, Omar Dahir admitted carrying out the attack but said he had been acting on orders from commanders in Karsk.',
			[]
		],
		[
			'the day of a sentence to death is not the attack’s (review 30, AG min/03-18)',
			'Omar Dahir was sentenced to death in June 2018 for inspiring the Karsk attack.',
			[]
		],
		[
			'a running total of a conflict is no toll of the attack',
			'Two rangers were killed in a bomb explosion at the Velda market on Monday. More than 7,300 people have been killed since the insurgency flared up in 2004.',
			[
				'When did the bombing at the Velda market take place? 29 October 2018',
				'How many rangers were killed in the 29 October 2018 bombing at the Velda market? Two'
			]
		],
		[
			'a count "in under a year" is a running total, no toll of the strike before it (review 30, AF min/08-24)',
			'Warplanes struck rebel targets in Velda overnight. The group has now killed more than 120 people in Karsk in under a year.',
			[]
		],
		[
			'a running total the sentence opens on a "since" of is no toll either (review 29, AD min/04-11)',
			'A bomb killed three policemen at the Velda market on Monday. Since 2011, more than a dozen members of the security forces have been killed in such attacks.',
			[
				'When did the bombing at the Velda market take place? 29 October 2018',
				'How many policemen were killed in the 29 October 2018 bombing at the Velda market? three'
			]
		],
		[
			'a count of the first exchange of fire is part of the attack’s (review 29, AE min/01-8)',
			'A man opened fire at the Velda synagogue on Monday, wounding six people, including four police officers. Two officers were wounded in an initial exchange of gunfire outside the building.',
			[
				'When did the attack on the Velda synagogue take place? 29 October 2018',
				'How many people were injured in the 29 October 2018 attack on the Velda synagogue? six',
				'How many police officers were injured in the 29 October 2018 attack on the Velda synagogue? four'
			]
		],
		[
			'a doctor at a hospital gives a count; the hospital was not attacked',
			'A suicide bomber blew himself up inside a mosque in Kunduz on Friday, killing at least 46 worshippers. Earlier, a doctor at the Kunduz Provincial Hospital had put the number of dead at 35.',
			[
				'When did the bombing at a mosque in Kunduz take place? 2 November 2018',
				'How many worshippers were killed in the 2 November 2018 bombing at a mosque in Kunduz? at least 46',
				'How many people were killed in the 2 November 2018 bombing at a mosque in Kunduz? 35'
			]
		],
		[
			'"that incident" is the attack just recalled, told in the passive with its place after the verb',
			'Two gunmen were killed after they attacked a vehicle in Karsk on Friday. In August last year, a convoy of Chinese engineers was attacked in Velda. Four attackers were killed in that incident.',
			[
				'How many gunmen were killed in the attack in Karsk? Two',
				'When did the attack on a convoy of Chinese engineers in Velda take place? August 2017',
				'How many attackers were killed in the August 2017 attack on a convoy of Chinese engineers in Velda? Four'
			]
		],
		[
			'a claim after "On Sunday" is the group\'s, without the day',
			'A bomb exploded at the Velda market on Saturday, killing 12 people. On Sunday the Southern Patriots Movement said it had carried out the bombing.',
			[
				'When did the bombing at the Velda market take place? 27 October 2018',
				'How many people were killed in the 27 October 2018 bombing at the Velda market? 12',
				'Who claimed responsibility for the 27 October 2018 bombing at the Velda market? the Southern Patriots Movement'
			]
		],
		[
			'a count the text calls an earlier figure is replaced wherever else it stands (a live page, newest first)',
			'10:20 - Officials now say 38 people were killed and 104 wounded in the gun attack on the Velda concert hall; the earlier figure of 29 dead did not include those who died in hospital.\n\n23:55 - The death toll stands at 29, according to the emergency services.',
			[
				'How many people were killed in the gun attack on the Velda concert hall? 38',
				'How many people were injured in the gun attack on the Velda concert hall? 104'
			]
		],
		[
			'"Armed men" are no named actor',
			'Armed men attacked a police station in Velda on Thursday. Three officers were killed.',
			[
				'When did the attack at a police station in Velda take place? 1 November 2018',
				'How many officers were killed in the 1 November 2018 attack at a police station in Velda? Three'
			]
		],
		[
			"a roundup's items each open with their own place and day, in any of the orders news bulletins use",
			'1) Velda, Monday 29 October. A suicide car bomber rammed a checkpoint on the road into town. Seven soldiers were killed.\n\n2) Karsk, Wednesday 31 October. Gunmen attacked a restaurant in the Lido area.\n\n• 30 October — ORSA: Armed men attacked a police station. Three officers were killed.\n\n- Thursday 1 November, Tarvo: Fifty-three farmers were killed in rice fields outside the town.',
			[
				'When did the attack in Velda take place? 29 October 2018',
				'How many soldiers were killed in the 29 October 2018 attack in Velda? Seven',
				'When did the attack on a restaurant in Karsk take place? 31 October 2018',
				'When did the attack at a police station in Orsa take place? 30 October 2018',
				'How many officers were killed in the 30 October 2018 attack at a police station in Orsa? Three',
				'When did the attack in Tarvo take place? 1 November 2018',
				'How many farmers were killed in the 1 November 2018 attack in Tarvo? Fifty-three'
			]
		],
		[
			'an age is no count',
			'A man stabbed a teacher to death and wounded three pupils at a school in Velda on Monday. Three boys aged 14 and 15 were taken to hospital.',
			['How many pupils were injured in the attack in Velda? three']
		],
		[
			"words quoted that name no place are a figure of speech; a count an attack avenged is another event's",
			'On Friday a car bomb exploded near a night market in Velda, killing nine people. The governor called the bombing "an attack on the livelihood of the whole town". The Southern Patriots Movement said it had carried out the bombing to avenge the killing of two of its members in a raid.',
			[
				'When did the car bombing at a night market in Velda take place? 2 November 2018',
				'How many people were killed in the 2 November 2018 car bombing at a night market in Velda? nine',
				'Who claimed responsibility for the 2 November 2018 car bombing at a night market in Velda? The Southern Patriots Movement'
			]
		],
		[
			'a venue of a place named in the possessive is named whole',
			"On 1 July a man blew himself up in the crowded departure hall of Port Eliza's ferry terminal. The explosion killed 19 people.",
			[
				"When did the bombing at the crowded departure hall of Port Eliza's ferry terminal take place? 1 July 2018",
				"How many people were killed in the 1 July 2018 bombing at the crowded departure hall of Port Eliza's ferry terminal? 19"
			]
		],
		[
			'the city of a hospital the wounded were taken to is not where the attack was',
			'MAKHACHKALA, Russia, June 12 (Reuters) - Gunmen opened fire on an Orthodox church in the Dagestani town of Sulak-Kala on Sunday evening, killing nine people.\n\nFourteen people were taken to the Republican Clinical Hospital in Makhachkala, the regional health ministry said.',
			[
				'When did the attack in Sulak-Kala take place? 28 October 2018',
				'How many people were killed in the 28 October 2018 attack in Sulak-Kala? nine',
				'How many people were injured in the 28 October 2018 attack in Sulak-Kala? Fourteen'
			]
		],
		[
			"a Spanish or Russian agency's dateline is no date of the story",
			'MADRID, Nov 2 (EFE).- A parcel bomb exploded on Monday morning at the offices of an arms maker in the city of Zaragoza, injuring a guard.',
			['When did the bombing in Zaragoza take place? 29 October 2018']
		],
		[
			"a station in a port city is named by the city, not as the port's",
			'A car bomb exploded near a police station in the port city of Machala late Tuesday, killing two people.',
			[
				'When did the car bombing at a police station in Machala take place? 30 October 2018',
				'How many people were killed in the 30 October 2018 car bombing at a police station in Machala? two'
			]
		],
		[
			'a group blamed by a name with a particle is named whole; a bus park is a venue',
			'On Saturday two explosions ripped through the central bus park in Lusamba, killing 31 people. Officials blamed Jund al-Rafidain.',
			[
				'When did the two explosions in the central bus park in Lusamba take place? 27 October 2018',
				'How many people were killed in the two explosions in the central bus park in Lusamba on 27 October 2018? 31',
				'Whom did officials blame for the two explosions in the central bus park in Lusamba on 27 October 2018? Jund al-Rafidain'
			]
		],
		[
			'a comparison\'s time ("the deadliest … this year") never dates its subject',
			'An improvised device exploded during a Mass in a gymnasium in Velda on Sunday, killing four people. The Velda bombing is the deadliest attack in the province this year.',
			// (The Sunday dates it; "this year" does not.)
			[
				'When did the bombing at a gymnasium in Velda take place? 28 October 2018',
				'How many people were killed in the 28 October 2018 bombing at a gymnasium in Velda? four'
			]
		],
		[
			'a roundup item with its day in brackets after the place',
			'- Karsk (Tuesday, 30 October): A bomb exploded as a procession passed, killing 12 people.',
			[
				'When did the attack in Karsk take place? 30 October 2018',
				'How many people were killed in the 30 October 2018 attack in Karsk? 12'
			]
		],
		[
			'a date before "since" is the present, not the attack',
			'Mourners gathered Friday in Karsk, where the streets have been quiet since a gunman opened fire on worshippers at the Velda synagogue last Saturday.',
			['When did the attack on the Velda synagogue in Karsk take place? 27 October 2018']
		]
	])('%s', (_why, text, want) => {
		expect(prompts(text)).toEqual(want);
	});
});

describe('a count of everyone smaller than a count of one group of the same event', () => {
	it('is marked for a check, and the group count is not', () => {
		const text =
			'A suicide bomber blew himself up inside a mosque in Kunduz on Friday, killing at least 46 worshippers. Earlier, a doctor at the Kunduz Provincial Hospital had put the number of dead at 35.';
		const { cards, checks } = generate(text, { id: 'w', title: 'W', published: '2018-11-02' });
		const everyone = cards.find((c) => c.prompt.startsWith('How many people were killed'));
		const worshippers = cards.find((c) => c.prompt.startsWith('How many worshippers were killed'));
		expect(everyone?.answer).toBe('35');
		expect(checks[everyone!.id]).toBe('the text gives a larger count of worshippers alone (at least 46)');
		expect(checks[worshippers!.id]).toBeUndefined();
	});
});

describe('a count the text says was replaced, with nothing after it', () => {
	it('is marked for a check, whatever verb the first report is told with', () => {
		const text =
			'Two female suicide bombers struck the Velda mosque during evening prayers on Wednesday. Initial reports spoke of 12 dead, but the governor later said nine worshippers had been killed.';
		const { cards, checks } = generate(text, { id: 'w', title: 'W', published: '2018-11-02' });
		const everyone = cards.find((c) => c.prompt.startsWith('How many people were killed'));
		expect(everyone?.answer).toBe('12');
		expect(checks[everyone!.id]).toBe('the text says this count was later replaced');
	});

	it('is marked for a check', () => {
		const text =
			'Two suicide bombers blew themselves up at the entrance of the Velda mosque on Thursday. Initial reports put the toll at eight.';
		const { cards, checks } = generate(text, { id: 'w', title: 'W', published: '2018-11-02' });
		const everyone = cards.find((c) => c.prompt.startsWith('How many people were killed'));
		expect(everyone?.answer).toBe('eight');
		expect(checks[everyone!.id]).toBe('the text says this count was later replaced');
	});
});

describe('an item of a list, opened by its town and day', () => {
	it('places a venue only near another town in the item’s town (review 19, min/k10-1)', () => {
		const text = [
			'Boko Haram attacks',
			'- Abuja, 26 August 2011: A suicide bomber drove a car into the United Nations building in the capital, killing 23 people.',
			"- Madalla, 25 December 2011: A bomb outside St Theresa's Catholic church near Abuja killed at least 37 worshippers."
		].join('\n\n');
		const { cards, checks } = generate(text, { id: 'w', title: 'Boko Haram attacks', published: '2014-05-08' });
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer, c.id in checks])).toEqual([
			[
				'How many people were killed in the 26 August 2011 attack on the United Nations building in Abuja?',
				'23',
				false
			],
			[
				"How many worshippers were killed in the 25 December 2011 attack on St Theresa's Catholic church in Madalla?",
				'at least 37',
				false
			]
		]);
	});
});

describe('words around a mention that say it is no event of the story’s own', () => {
	it('recalls the event a span is marked since (review 20, min/l09-1)', () => {
		const [m] = findMentions(
			'Thousands had gathered to mark four years since the commander was killed by a US drone strike in Baghdad.'
		);
		expect([m?.place, m?.recalled]).toEqual(['Baghdad', true]);
	});

	it('counts no sites for an attack that is "one of two assaults" (review 20, min/l05-1)', () => {
		const ms = findMentions(
			'The court sentenced seven men for their part in the attack, one of two assaults on tourists in 2015.'
		);
		expect(ms.map((m) => m.sites)).toEqual(ms.map(() => undefined));
	});

	it('takes no doer from a quote opening with "If" (review 20, min/l03-2)', () => {
		const text = [
			'On May 22, a suicide bomber struck the Imam Ali mosque in the village of al-Qudaih, killing 21 people.',
			'"If the response is only arrests, the next bomber is already being recruited," she said.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2015-07-20' });
		expect(cards.map((c) => c.prompt).filter((p) => /\bby If\b/.test(p))).toEqual([]);
		expect(cards.some((c) => /the Imam Ali mosque in al-Qudaih/.test(c.prompt))).toBe(true);
	});
});
