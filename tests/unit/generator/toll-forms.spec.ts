/**
 * Forms of a casualty count common in news copy of every English variety, one row each: the count, its measure and
 * the group it counts must come out whole ("Fourteen" is fourteen, "one hundred and twenty-four (124) others" one
 * count), and look-alikes must not become tolls.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/generator/figures';
import { plural } from '../../../src/lib/generator/toll-patterns';
import { readNumber } from '../../../src/lib/lang';

/** Each toll of a sentence as "measure number[ victims]". */
const tolls = (s: string) =>
	findFigures(s)
		.filter((f) => f.kind === 'toll')
		.map((f) => `${f.measure} ${f.number}${f.victims ? ` ${f.victims}` : ''}${f.hospital ? ` at ${f.hospital}` : ''}`);

describe('toll forms', () => {
	it.each<[string, string, string[]]>([
		[
			'a count named by its act, "the seizure of N girls"',
			'It recalled the seizure of 276 girls from a school in Kelo in April 2014.',
			['abducted 276 girls']
		],
		[
			'"being treated in the city\'s hospitals": a possessive among the words before hospitals (review 21, min/n02-2)',
			"Forty-five people are being treated in the city's hospitals.",
			['injured 45']
		],
		[
			'"the kidnapping of N"',
			'Police are investigating the kidnapping of 12 workers near the mine.',
			['abducted 12 workers']
		],
		['"the killing of N"', 'Protests followed the killing of three students at the gate.', ['killed 3 students']],
		[
			'agency copy\'s "the number of martyrs": the dead, and those it includes are of the dead (review 33, AM min/04-5)',
			'The number of martyrs has risen to 305, including 27 children, while the number of injured persons reached 128.',
			['killed 305', 'killed 27 children', 'injured 128']
		],
		[
			'a bare count that died after "where"',
			'Two bombs exploded on trains: near Velda, where seven people died, and at Karsk Road, where six died.',
			['killed 7', 'killed 6']
		],
		[
			'"gave the toll as N", then its parts by place (r249)',
			'On Sunday the Prime Minister went to the scene and gave the toll as 100: 70 in Velda and 30 in Karsk.',
			['killed 100', 'killed 70', 'killed 30']
		],
		[
			'"raised the dead to N", the dead owned or not (r215)',
			"Three days later the spokesman raised the army's dead to 89. By Monday police had raised the dead to 30.",
			['killed 89', 'killed 30']
		],
		[
			'"the injured number N" (r271)',
			'The toll has been raised to 25. The injured number 49.',
			['killed 25', 'injured 49']
		],
		[
			'"has today been raised to N" (r271)',
			'It has today been raised to 25, after a woman wounded in the explosion died.',
			['killed 25']
		],
		[
			'a rise told in a clause of its own after ", and" is of the measure that clause names (review 26, min/x01-1)',
			'The committee put the toll at 19 dead, and a hospital source said the number of wounded had risen to 46.',
			['killed 19', 'injured 46']
		],
		[
			'"the wounded now number N", then the dead',
			'The wounded now number 130, and the dead 25.',
			['injured 130', 'killed 25']
		],
		[
			'a level or a bounty "raised to" a number is no toll, whatever the sentence says of the dead',
			'After at least 31 people were killed, the threat level was raised to 4, and the bounty on the leader was raised to 10 million rupees.',
			['killed 31']
		],
		[
			'"the toll from the bombing has been raised to N"',
			'The toll from the bombing has been raised to 42, and the bounty was raised to 10 million rupees.',
			['killed 42']
		],
		[
			'the dead and wounded together number no count of the wounded',
			'By Sunday the dead and wounded numbered more than 300.',
			[]
		],
		[
			'people told of before who died are no count',
			'The patrol had six men; all but one died. A mother of three died in the foyer. Of those in critical condition, one in three died. Another 12 died overnight.',
			[]
		],
		[
			'an age range names the group (review)',
			'The blast killed 22 people, ten of them aged 10 to 19, and two of them aged in their teens.',
			['killed 22', 'killed 10 people aged 10 to 19', 'killed 2 people aged in their teens']
		],
		[
			'people of several nations before the harm they share, each counted (r177)',
			'Two Swiss, two Canadians, a Briton and a Dutchman were also killed.',
			['killed 2 Swiss', 'killed 2 Canadians']
		],
		[
			'two nations among the dead are two counts, not three of the second',
			'Three Germans and two Britons were among the dead.',
			['killed 3 Germans', 'killed 2 Britons']
		],
		[
			'two groups among the dead are two counts',
			'Three children and two women were among the dead.',
			['killed 3 children', 'killed 2 women']
		],
		[
			'a day and month before the toll are no group (review)',
			'On 14 July, 86 people were killed in Lisk.',
			['killed 86']
		],
		[
			'a time before the toll is no group (review)',
			'Shortly after 9 PM, two soldiers were killed.',
			['killed 2 soldiers']
		],
		[
			'nations "killed or wounded" are no count of the dead (review)',
			'Nine Afghans, two Americans and a Briton were killed or wounded.',
			[]
		],
		[
			'groups named by their work among the dead (review)',
			'Two soldiers and two interpreters were among the dead.',
			['killed 2 soldiers', 'killed 2 interpreters']
		],
		['a bare count that died', 'Police said at least 54 died in the blast.', ['killed 54']],
		['people told of before who died are no count', 'All four died in the blasts; the other two died later.', []],
		['an age set off by commas is no count', 'Mr Obi, 54, died in hospital on Friday.', []],
		[
			'a group of an age within the count (r267)',
			'Police put the dead at 54 the next day, 23 of them under the age of 18.',
			['killed 54', 'killed 23 people under the age of 18']
		],
		['"gave" with no toll is no count', 'He gave them as many as 100 reasons to stay.', []],
		['people named by their work at the place', 'Two hotel employees died there.', ['killed 2 hotel employees']],
		[
			'people among the injured, with where they are from (r257)',
			'One of the dead is a cadet from Ecuador; two cadets from Panama are among the injured.',
			['injured 2 cadets from Panama']
		],
		[
			'"15 of them near Dinya" says where they were found, not who they were (r211)',
			'On Monday Masari said 17 boys had escaped from their captors and been found, 15 of them near Dinya, in Danmusa.',
			['escaped 17 boys']
		],
		[
			'words set off by commas between a count and its verb (r135)',
			'The faction was blamed for the massacre in Peshawar in December 2014, in which 150 people, most of them children, were killed.',
			['killed 150']
		],
		[
			'a group set off by commas, with the groups it names (r217)',
			'REASI, June 10 — Nine people, among them three women and one child, a boy of two, were killed on Sunday evening.',
			['killed 9', 'killed 3 women', 'killed 1 children']
		],
		[
			'one set off with "among them" after it (r171)',
			'Five people, the driver among them, were hurt at Govindpuri; officials said the crew had spared a bus.',
			['injured 5']
		],
		[
			'a number that is part of a name is no count, with words set off after it (review)',
			'Flight 93 passengers, who fought the hijackers, were killed when the plane crashed in a field.',
			[]
		],
		['nor one that is a day', 'The 7 July bombers, all four of them British, were killed in the blasts.', []],
		[
			'nor what attacks of a kind have done, a bare plural in the perfect (review 31, AH min/03-24)',
			'The number is small by the standards of the Sahel, where single raids have killed more than a hundred.',
			[]
		],
		['… while the raids the text has told of count', 'The raids have killed 30 people.', ['killed 30']],
		['nor a grade', 'Grade 9 pupils, who had been sitting an exam, were wounded in the blast.', []],
		[
			'a qualifier or a place before the count leaves it a count',
			'In Kabul, 30 people, most of them police, were wounded; some 12 people, all of them guards, were killed.',
			['injured 30', 'killed 12']
		],
		[
			'a clause set off by commas with no count before it is not read as one',
			'Two days later, officials said, the army was deployed to the border.',
			[]
		],
		[
			'guests and passers-by',
			'Three guests and two passers-by were wounded.',
			['injured 3 guests', 'injured 2 passers-by']
		],
		[
			'a state only the living are in is no part of the dead before it (r253)',
			'New figures: 12 people are now dead, and 149 are in hospital, 22 of them in a serious condition.',
			['killed 12', 'injured 149', 'injured 22 people in serious condition']
		],
		[
			'the wounded who died where they were flown',
			'Six of the injured were airlifted to Karsk, where two died on Monday.',
			[]
		],
		[
			'"where four more died" adds to a count, and is none of its own',
			'The wounded were taken to hospitals in Karsk, where four more died.',
			[]
		],
		['"None of the 300 guests" is no count of the injured', 'None of the 300 guests were injured.', []],
		[
			'a count in figures the sentence denies is no count (review 17, g04)',
			'The Ministry denies figures circulating on social media claiming that more than 50 people were killed.',
			[]
		],
		['nor one a rumour gives', 'Rumours that 50 people had been killed spread quickly.', []],
		[
			'a count beside a denial of something else is a count',
			'The group denied any role; 12 people were killed.',
			['killed 12']
		],
		[
			'a count with its people set off by dashes (review 17, f02)',
			'Four people – two men and two women – were killed, the chancellor said.',
			['killed 4', 'killed 2 men', 'killed 2 women']
		],
		['… or by spaced hyphens', 'Four people - two men and two women - were killed.', ['killed 4']],
		[
			'a term revised "to 25 years" is no count (review 17, f06)',
			'A judge sentenced him to life in prison; the Court of Appeal cut that to 25 years in 2020.',
			[]
		],
		[
			'a number after a month is its day, no count (review 17, g07)',
			'Everyone on the airliner that crashed in Sinai on October 31 were killed.',
			[]
		],
		[
			'protesters hurt as police fired on them are no toll of an attack',
			"The funeral was for a senator's son who had died in clashes a day earlier, when 40 protesters were injured as police fired on crowds angry at a truck bombing.",
			[]
		],
		['crew members, counted as crew members', 'Two crew members were killed.', ['killed 2 crew members']],
		[
			'people the word list does not name, by a plural before a passive harm (r307)',
			'At least five senior commanders died.',
			['killed 5 senior commanders']
		],
		[
			'with their group after "of" (r304)',
			'It follows the violence of 29 May, when some 30 soldiers of KFOR were injured by crowds attacking them.',
			['injured 30 soldiers of KFOR']
		],
		[
			'an active verb after a plural is what things did, not a count',
			'Three explosions killed 40 people.',
			['killed 40']
		],
		['units and things are no people', 'Ten years were lost and four vehicles were hurt in the crash.', []],
		['"more" adds to a count', 'Two more mourners later died in hospital.', []],
		['animals are no people (second review)', 'Twelve camels were killed in the air strike.', []],
		[
			'an attempted murder killed no one (r301)',
			'He had been convicted of the attempted murder of two police officers in 2001.',
			[]
		],
		[
			'a revision goes on from the measure before it, not from a count after it (r313)',
			'The agency put the dead at 25 that afternoon; church and hospital figures later rose to at least 43, with 73 wounded.',
			['killed 25', 'killed 43', 'injured 73']
		],
		[
			'"of the dead were" names a group of two words when the second is who they were (r310)',
			'Eight of the dead were navy personnel and two were from the Rangers, officials said.',
			['killed 8 navy personnel']
		],
		['a plural that names no people is no toll', 'Three peace initiatives died; three sectors were hurt most.', []],
		['"N of the victims" is a part of a toll told before', 'Two of the victims, both teenagers, died in hospital.', []],
		['"another two" adds to a count', 'Another two bodyguards died overnight; a further two commanders died.', []],
		['a day is no count', 'On 7 July Londoners were killed.', []],
		[
			'a group named whole with what it is of',
			'Officials said three members of the security forces were wounded.',
			['injured 3 members of the security forces']
		],
		[
			'what some of them did is no group',
			'The attack killed 25 people, 18 of whom worked at the factory, and injured 50, 20 of whom needed surgery.',
			['killed 25', 'injured 50']
		],
		['nor what was done to them', 'Police arrested 30 people, 12 of whom were charged.', ['arrested 30']],
		[
			'those of the arrested taken to hospital are no count of the injured',
			'Seven people were detained, two of whom were taken to hospital.',
			['arrested 7']
		],
		[
			'a cumulative or other count of "the number of … killed" is no revision of the toll',
			'The bombing took the number of police officers killed in the province this year to 61; the raid brought the number of attackers killed to four.',
			[]
		],
		[
			'a revision of the number of any people killed (r309)',
			'A soldier died on Monday, taking the number of troops killed in the attack to 18.',
			['killed 18']
		],
		[
			'"of whom" as "of them", and those taken to hospital (r302, r209)',
			'Police say 14 people are being treated for injuries, eight of whom have been taken to hospital.',
			['injured 14', 'injured 8 people in hospital']
		],
		[
			'"five of whom were children"',
			'Twelve people were killed, five of whom were children.',
			['killed 12', 'killed 5 children']
		],
		[
			'what was done to some of them is no group (r315, r19)',
			'Police arrested 20 suspects in Makassar, two of whom were shot dead; one of them had been known to police.',
			['arrested 20 suspects']
		],
		['"where" before no count that died', 'They met at the hall, where six years ago the founders died.', []],
		['"the seizure of" a thing is no count', 'Police announced the seizure of 40 kilograms of explosives.', []],
		['"bringing it to" after a death', 'A woman died in hospital on Friday, bringing it to 17.', ['killed 17']],
		['"no one was killed" is no count of one', 'One officer was shot and wounded; no one was killed.', []],
		['a count standing where it was', 'The number of wounded was unchanged at 216, doctors said.', ['injured 216']],
		// Those the police shot are the attackers, whatever the aside after the police (review 37, AU 08) …
		[
			'police, an aside, then "shot dead"',
			'Police in the seaside town of Velda, about 120 kilometers (75 miles) to the southwest, shot dead five people who had driven a car into pedestrians.',
			['killed 5 attackers']
		],
		// … but not those a gunman shot, as the police said.
		['what the police said a gunman did', 'Police said a gunman shot dead five people at the market.', ['killed 5']],
		// A headline's bare second count counts the first's victims (review 37, AU min/06-2).
		[
			'a headline’s second count',
			'7 Japanese killed in Karsk restaurant attack, 1 injured',
			['killed 7 Japanese', 'injured 1 Japanese']
		],
		// (Not in prose, where the wounded may be others.)
		[
			'… not prose’s',
			'By Sunday the figures had risen to 29 civilians killed and 143 wounded.',
			['killed 29 civilians', 'injured 143']
		],
		// (Review 35, AP min/02-2: a live page's later count of the injured, told after its toll.)
		[
			'a count the number of them is',
			'The toll has risen to 59, the spokesman confirms, adding that the number of injured is 157.',
			['killed 59', 'injured 157']
		],
		['… or now is, of people', 'The number of people injured is now 157.', ['injured 157']],
		// (A comparison is no count.)
		['a number of dead compared', 'The number of dead was one of the highest in the country’s history.', []],
		['… or multiplied', 'The number of people killed was 12 times higher than in 2015.', []],
		// A second reading of the rules above found these.
		['a share of the dead is no toll of its own', 'Twenty of the 50 people killed were children.', ['killed 50']],
		[
			'a share of the wounded is no toll of its own',
			'Five of the 19 people wounded remain in hospital.',
			['injured 19']
		],
		[
			'those who blew themselves up are bombers, whoever they were',
			'Two women blew themselves up in a market.',
			['killed 2 bombers']
		],
		[
			'attackers left out of a toll of the dead are dead themselves',
			'The agency put the toll at 30, not counting the three bombers, with more than 40 wounded.',
			['killed 30', 'killed 3 bombers', 'injured 40']
		],
		[
			'"a figure that does not include" the attackers',
			'He said 12 people were killed in the two attacks, a figure that does not include the six attackers.',
			['killed 12', 'killed 6 attackers']
		],
		[
			'"not counting" the wounded counts the wounded, not dead attackers',
			'The toll stood at 30, not counting the 40 wounded.',
			['killed 30', 'injured 40']
		],
		['attackers named as terrorists', 'All four terrorists were killed.', ['killed 4 terrorists']],
		['nationals of a smaller country', 'Seven Tunisians were wounded in the blast.', ['injured 7 Tunisians']],
		[
			'a toll of a named event, put at a number',
			'Officials put the toll of the bombing in Konduga at 30 on Saturday.',
			['killed 30']
		],
		[
			'groups listed after a comma that add up to the toll are its parts',
			'The police chief said 14 people were killed, 12 civilians and two traffic policemen, and 45 were wounded.',
			['killed 14', 'killed 12 civilians', 'killed 2 traffic policemen', 'injured 45']
		],
		[
			'groups after a comma that do not add up to the toll are not read as its parts',
			'Nine people were killed, 12 civilians and two soldiers, officials said.',
			['killed 9']
		],
		[
			'a second group of the same dead, after "and"',
			'Fifteen of the dead were civilians and five were soldiers.',
			['killed 15 civilians', 'killed 5 soldiers']
		],
		[
			"a headline that cuts a named attack's death toll to a number (review 50, CY 01-4)",
			'UPDATE 3-Sri Lanka cuts Easter bombings death toll to about 253, citing double-counted remains',
			['killed 253']
		],
		[
			'one of a counted group of the dead is no count of one (review 50, CX 10-7)',
			'Father Célestin Ngoumbango, one of two priests killed in the attack, was buried on Saturday.',
			[]
		],
		[
			'a toll lowered, with seven words between "toll from" and "to" (review 50, CY 01-4)',
			"The health ministry on Thursday lowered the death toll from Sunday's suicide bombings of churches and hotels to about 253.",
			['killed 253']
		],
		[
			'a second group after a state, set off by a comma, is of the same injured',
			'The bomb killed three people and wounded 33. Five of them were in a critical condition, and 21 were police officers.',
			['killed 3', 'injured 33', 'injured 5 people in critical condition', 'injured 21 police officers']
		],
		[
			'the attackers among the dead, told after "of them"',
			'The attack left eight people dead, four of them the attackers themselves.',
			['killed 8', 'killed 4 attackers']
		],
		[
			'a state after "and" is no second group of the dead: those in hospital are living',
			'Three of the dead were children and two were in hospital.',
			['killed 3 children', 'injured 2']
		],
		['a toll of the injured put at a number is no death toll', 'Officials put the toll of the injured at 45.', []],
		[
			'attackers a toll leaves out who were arrested are not counted dead',
			'The toll of 30 does not include the three gunmen, who were arrested.',
			[]
		],
		[
			'attackers said to have lived after "not including" are not counted dead',
			'The bomb killed 30 people, wounding 40, not including the two attackers, who were wounded and arrested.',
			['killed 30', 'injured 40']
		],
		[
			'a nationality before a noun is part of the group',
			'Two French soldiers were killed.',
			['killed 2 French soldiers']
		],
		[
			'a second "were" after "and" that names no people is no group',
			'Fifteen of the dead were women and two were pregnant.',
			['killed 15 women']
		],
		[
			'a share of a whole that is missing',
			"The governor said 333 of the school's 839 pupils were still missing.",
			['missing 333 pupils']
		],
		[
			'the whole is the toll when the share is only a group in it',
			'Officials said 20 of the 50 wounded were children.',
			['injured 20 children', 'injured 50']
		],
		[
			'"one of the two people killed" is the two',
			'One of the two people killed has been named as Ana Pell.',
			['killed 2']
		],
		[
			'"lowered the number of people killed in … to"',
			"The state government lowered the number of people killed in Tuesday's bombings in Orsa to 61.",
			['killed 61']
		],
		[
			'"N of the wounded were being treated" names no group',
			'Doctors said 160 of the wounded were being treated there.',
			[]
		],
		['"bringing it to" with no death before it', 'The rains came on Friday, bringing it to 17 days of flooding.', []],
		[
			'a revised count reads its measure in its own part of the sentence',
			'It later rose to 54; 266 people were wounded.',
			['killed 54', 'injured 266']
		],
		['"the dead now number" (r239)', 'The dead now number 38, the interior minister said.', ['killed 38']],
		['"the dead numbered" a count', 'By the evening the dead numbered 14.', ['killed 14']],
		[
			'a revised count naming no measure goes on from the one named before it',
			'Police first said 11 people had been injured; by Wednesday the count stood at 12.',
			['injured 11', 'injured 12']
		],
		[
			'an adverb between "have" and "been"',
			'With the two police officers who died on Friday, 22 people have now been killed.',
			['killed 2 police officers', 'killed 22']
		],
		['"have so far been killed"', 'Twelve people have so far been killed.', ['killed 12']],
		[
			'a group set off by commas between the count and its verb',
			'Twelve people, among them three children, were killed.',
			['killed 12', 'killed 3 children']
		],
		['"are confirmed dead"', 'Twelve people are confirmed dead.', ['killed 12']],
		['"brought the toll to"', 'The death of a wounded guard brought the toll to 12.', ['killed 12']],
		['teens in words are read whole', 'Fourteen people were killed and 22 were wounded.', ['killed 14', 'injured 22']],
		[
			'hundreds in words, with the numerals repeated in brackets',
			'Seventy-one (71) persons have been confirmed dead while one hundred and twenty-four (124) others sustained various degrees of injuries.',
			['killed 71', 'injured 124']
		],
		['"claimed N lives"', 'By then the attacks had claimed 166 lives.', ['killed 166']],
		[
			'"put the dead at N and the wounded at M", someone\'s figures',
			'A confidential document put the dead at 77 and the wounded at 255, most of them cadets.',
			['killed 77', 'injured 255']
		],
		[
			'"N people are being treated for their wounds"',
			'The ministry says 104 people are being treated for their wounds.',
			['injured 104']
		],
		[
			'"N of them members of a family from …": the group with what it is part of',
			'He wounded five people, four of them members of a family from Hong Kong.',
			['injured 5', 'injured 4 members of a family from Hong Kong']
		],
		[
			'"among them N …", a group within the count',
			'The attacks had claimed 166 lives, among them 18 security personnel.',
			['killed 166', 'killed 18 security personnel']
		],
		['"N of the attackers were killed"', 'Nine of the attackers were killed by commandos.', ['killed 9 attackers']],
		[
			'"massacred", with a group of them',
			'Gunmen massacred at least 141 people, 132 of them children.',
			['killed 141', 'killed 132 children']
		],
		[
			'"N X, including …, were among the dead", the group before an aside',
			'Six members of the crew, including the captain, Ivo Marek, were also among the dead.',
			['killed 6 crew']
		],
		[
			'"N X blew themselves up": those who did are counted dead',
			'Four militants blew themselves up in a house in Karsk as troops closed in.',
			['killed 4 militants']
		],
		[
			'"blow themselves up", a timeline in the present tense',
			'- 3 May: Two bombers blow themselves up at the gate.',
			['killed 2 bombers']
		],
		[
			'"N of them in hospital, M in intensive care", groups in a state after their count',
			'Sixty people were injured, 25 of them are in Velda General Hospital, nine in intensive care.',
			['injured 60', 'injured 25 people in hospital', 'injured 9 people in intensive care']
		],
		[
			'"N of them remain in hospital" opening a sentence counts the injured just given',
			'Twenty of them remain in hospital, four in intensive care.',
			['injured 20 people in hospital', 'injured 4 people in intensive care']
		],
		['"N of them" opening a sentence in no state is no count', 'Twenty of them went home.', []],
		['"left N X and the gunman dead"', 'The siege left two hostages and the gunman dead.', ['killed 2 hostages']],
		[
			'a group set off by commas between count and verb',
			'Four others, including a police officer, were wounded.',
			['injured 4']
		],
		['nationals by demonym', 'Thirty-eight Indonesians were also killed.', ['killed 38 Indonesians']],
		[
			'one person by role, in a timeline',
			'One special forces officer is killed.',
			['killed 1 special forces officers']
		],
		[
			'"are receiving treatment"',
			'Nine people died and 30 others are receiving treatment.',
			['killed 9', 'injured 30']
		],
		[
			'"were treated in hospital" (r141, r217)',
			'Thirty people were treated in hospital, most of them for burns.',
			['injured 30']
		],
		[
			'"members of the public" (r147)',
			'Five members of the public were hurt, none of them seriously.',
			['injured 5 members of the public']
		],
		[
			'every group of a list after "The dead included", past an aside (r175)',
			'The dead included nine policemen, among them a deputy superintendent, four volunteers and three media workers.',
			['killed 9 policemen', 'killed 4 volunteers', 'killed 3 media workers']
		],
		[
			'"Among the dead were", two groups',
			'Among the dead were 12 children and three police officers.',
			['killed 12 children', 'killed 3 police officers']
		],
		['"Among the 45 dead were"', 'Among the 45 dead were 12 children.', ['killed 45', 'killed 12 children']],
		[
			'"Those killed included"',
			'Those killed included two Americans and three Britons.',
			['killed 2 Americans', 'killed 3 Britons']
		],
		[
			'"25 of them children" is a part of the group before, not a group of the list (r77)',
			'The dead: 217 passengers, 25 of them children, and seven crew members.',
			['killed 217 passengers', 'killed 25 children', 'killed 7 crew members']
		],
		['"are now known to have died"', 'At least 45 people are now known to have died.', ['killed 45']],
		['"were reported to have been killed"', 'Eight people were reported to have been killed.', ['killed 8']],
		['"feared dead" is a fear, not a count', 'Twelve people are feared dead.', []],
		['present-tense arrests', 'Police arrest five men after tracing a phone.', ['arrested 5 men']],
		[
			'arrests of people named by a people word (r243)',
			'Police detained 30 Afghan refugees for questioning.',
			['arrested 30 Afghan refugees']
		],
		[
			'arrests told with "since" between the verbs',
			'Eight people have since been arrested in two cities.',
			['arrested 8']
		],
		['people held, told as being in custody', 'He said 13 suspects were in custody.', ['arrested 13 suspects']],
		['no arrest of things', 'Police seized 30 rifles and detained nobody.', []],
		['"killing all N"', 'The airliner broke up in flight, killing all 224 people on board.', ['killed 224']],
		[
			'groups after "The dead:"',
			'The dead: 217 passengers, 25 of them children, and seven crew members.',
			['killed 217 passengers', 'killed 25 children', 'killed 7 crew members']
		],
		['"the N who died", the people unsaid', 'The three who died were two men and a woman.', ['killed 3']],
		[
			'a revision by so many to a count',
			'Officials said on Saturday that the number of dead had risen by one to 14.',
			['killed 14']
		],
		[
			'a figure raised, its measure the count before it',
			'Police first counted 67 wounded; hospitals have since raised the figure to about 70.',
			['injured 67', 'injured 70']
		],
		[
			'a condition of the injured a toll gave',
			'Governor Dale Ferris said 17 of the injured were in critical condition.',
			['injured 17 people in critical condition']
		],
		[
			'the wounded in intensive care',
			'The health minister said 14 of the wounded remain in intensive care.',
			['injured 14 people in intensive care']
		],
		['the dead are in no condition', 'Officials said 17 of the dead were in critical condition when they arrived.', []],
		[
			'those still in hospital on a day are no condition of a toll',
			'Nine of the injured were still in hospital on Saturday.',
			[]
		],
		[
			'a bare count in hospital is of the wounded',
			'Twelve people were killed and 149 are in hospital.',
			['killed 12', 'injured 149']
		],
		[
			'a group after "including"',
			'The bomb went off at noon, killing 45, including 12 children.',
			['killed 45', 'killed 12 children']
		],
		['deaths reported', 'Hospital officials reported 45 deaths.', ['killed 45']],
		['fatalities confirmed', 'Officials confirmed 45 fatalities.', ['killed 45']],
		['deaths confirmed, number first', 'Forty-five deaths have been confirmed.', ['killed 45']],
		['a group among those killed', 'Two policemen were among those killed.', ['killed 2 policemen']],
		[
			'those hurt in clashes with protesters are no victims of an attack',
			'Two policemen were among those injured in clashes with protesters in Orsa on Sunday.',
			[]
		],
		['a group among a numbered dead', 'Twelve children were among the 45 dead.', ['killed 12 children', 'killed 45']],
		['a group of a numbered dead', 'Twelve of the 45 dead were children.', ['killed 12 children', 'killed 45']],
		['the toll said as what it is', "The death toll from Monday's blast was 45 on Tuesday.", ['killed 45']],
		['a toll is no percentage', 'The toll was 45 percent higher than in 2015.', []],
		['the number of dead put at a count', 'Authorities put the number of dead at 45.', ['killed 45']],
		['the bodies of victims recovered', 'The bodies of 12 victims were recovered from the rubble.', ['killed 12']],
		[
			'bodies found that are said to be of people named are those people, no toll (review 47, CI min/05-16)',
			'Police said they had found two bodies near the river that they believe are those of Kam McLeod and Bryer Schmegelsky.',
			[]
		],
		[
			'bodies found, of no one named, are the dead',
			'Police said they had found two bodies near the river.',
			['killed 2']
		],
		[
			'the bodies of victims found (review 27, min/z06-1)',
			'Marines found the bodies of 72 migrants on a ranch outside Karsk.',
			['killed 72 migrants']
		],
		[
			'a victim word is read whole, not as a word it begins with ("personnel" is no "person")',
			'Seven security personnel were killed in the assault.',
			['killed 7 security personnel']
		],
		[
			'people the text says carried the bombs are the bombers (r157)',
			'The toll now stands at nine, police say, including two men believed to have carried the bombs into the hotels.',
			['killed 9', 'killed 2 bombers']
		],
		[
			'deaths over a year across a region are no toll',
			'The United Nations has recorded 1,200 deaths in attacks across the Sahel this year.',
			[]
		],
		['deaths from an illness', 'The ministry also reported 30 deaths from Covid-19.', []],
		['deaths on the roads', 'Police reported 12 deaths on the roads over the holiday weekend.', []],
		['fatalities of a year', 'In 2023, the region recorded 900 fatalities, the highest since records began.', []],
		[
			'the toll of an insurgency since a year',
			'The overall toll of the insurgency since 2015 is 20,000, according to ACLED.',
			[]
		],
		[
			'the number of dead of a conflict',
			'The UN puts the number of dead at 20,000 since the conflict began in 2015.',
			[]
		],
		[
			'a group of a count over a year is no group of an attack',
			'More than 1,000 people have been killed in the province this year, including 300 children.',
			['killed 1000']
		],
		[
			'attackers in a serious condition are no wounded',
			'Of the five attackers, two were in a serious condition after being shot by police.',
			[]
		],
		['those arrested in a serious condition are no wounded', 'Of those arrested, 2 were in a serious condition.', []],
		[
			'attackers in hospital under guard are no wounded',
			'Two of the attackers were killed and two are in hospital under police guard.',
			['killed 2 attackers']
		],
		[
			'those in hospital with an illness',
			'The health system is stretched: 1,200 are in hospital with cholera across the province.',
			[]
		],
		['"still unidentified" names no group', 'Twelve of the 45 dead were still unidentified.', ['killed 45']],
		[
			'the bodies of people no attack killed',
			'Separately, the bodies of 12 migrants were found in the desert near Agadez.',
			[]
		],
		['bodies identified are no new count', 'The bodies of 12 victims were identified by relatives.', []],
		[
			'"were martyred", as statements say it (r271)',
			'Six policemen were martyred when a bomb exploded at a checkpoint.',
			['killed 6 policemen']
		],
		['"the martyrdom of N"', 'The attack resulted in the martyrdom of five soldiers.', ['killed 5 soldiers']],
		['"perished"', 'Twelve people perished in the fire that followed the blast.', ['killed 12']],
		['"were reported killed"', 'Some 45 people were reported killed.', ['killed 45']],
		['the number of fatalities revised', 'The number of fatalities has climbed to 45.', ['killed 45']],
		["a headline's missing", 'Two dead, 11 missing after boat attack', ['killed 2', 'missing 11']],
		[
			'fatalities from terrorism over a year',
			'Fatalities from terrorism rose to 1,500 in 2023, a think-tank said.',
			[]
		],
		[
			'fatalities over a year revised',
			'The number of fatalities from militant attacks in the province rose to 600 last year.',
			[]
		],
		['road fatalities', 'Road fatalities in the province have climbed to 450 this year.', []],
		[
			'a comparison after the comma leaves the count its own ("since the war began")',
			'Hospital officials reported 45 deaths in the attack, the deadliest since the war began.',
			['killed 45']
		],
		[
			'"the deadliest this year" after the comma',
			'The death toll was 45, making it the deadliest attack in Mali this year.',
			['killed 45']
		],
		[
			'"one of the worst attacks of the conflict" in the count\'s clause',
			'Local officials put the number of dead at 45 in one of the worst attacks of the conflict.',
			['killed 45']
		],
		[
			'a shared "died" in an ambush told beside violence across a region',
			'Nine soldiers and two civilians died in the ambush, the army said, as violence spreads across the Sahel.',
			['killed 9 soldiers', 'killed 2 civilians']
		],
		[
			'those in hospital, then a comparison with a year',
			'149 are in hospital, officials said, in the worst attack since the Taliban returned in 2021.',
			['injured 149']
		],
		[
			'a group after "including", then a comparison',
			'A car bomb exploded at a market on Saturday, killing 45, including 12 children, in the deadliest attack since the war escalated.',
			['killed 45', 'killed 12 children']
		],
		['deaths reported across a city', 'Hospitals across the city reported 290 deaths.', ['killed 290']],
		[
			'those in hospital beside suspects in custody',
			'15:45 - 107 are in hospital, the health ministry said, and four suspects are in custody.',
			['injured 107', 'arrested 4 suspects']
		],
		[
			"a later clause's accident leaves the count before it",
			'Twelve soldiers were killed in the ambush and two others died when their vehicle overturned.',
			['killed 12 soldiers']
		],
		[
			"a later clause's illness leaves the count before it",
			'Forty people were killed and five died of exposure after fleeing into the bush.',
			['killed 40']
		],
		['"died of a gunshot wound"', 'Three passengers died of a gunshot wound.', ['killed 3 passengers']],
		['"died from the blast"', 'Seven people died from the blast.', ['killed 7']],
		['a ramming truck that crashed into stalls', 'Five people died when the truck crashed into stalls.', ['killed 5']],
		[
			'a bus that overturned after gunmen opened fire',
			'Six people died when their bus overturned after gunmen opened fire on it near Kalo on Monday.',
			['killed 6']
		],
		[
			'those in hospital after the attackers are named',
			'The militants, who arrived on motorbikes, killed 45 villagers in Kalo on Monday, and 30 others are in hospital, officials said.',
			['killed 45 villagers', 'injured 30']
		],
		[
			'injured police in a critical condition',
			'Of the injured police cadets, 19 are in a critical condition.',
			['injured 19 people in critical condition']
		],
		['those in hospital in a condition', 'A further 60 are in hospital in a serious condition.', ['injured 60']],
		['a group of the dead with a word no list holds', 'Twelve of the dead were kids.', ['killed 12 kids']],
		[
			'parts whose group opens on a participle',
			'The attack killed 45 people: 30 civilians, 10 soldiers and 5 elected officials.',
			['killed 45', 'killed 30 civilians', 'killed 10 soldiers', 'killed 5 elected officials']
		],
		[
			'parts that add up but say what befell them name no group',
			'Of the 80 injured, 60 were discharged and 20 remain in a critical condition.',
			['injured 80']
		],
		[
			'those who died of an illness',
			'Two children and three women have died of cholera in the camp since January.',
			[]
		],
		[
			'those who died in an accident',
			'Separately, nine soldiers and two civilians died when their truck overturned near Kalo.',
			[]
		],
		[
			'those who died of their wounds are the dead',
			'Police say two officers have died of wounds suffered when they tried to enter.',
			['killed 2 officers']
		],
		['two groups sharing "died"', 'Nine soldiers and two civilians died.', ['killed 9 soldiers', 'killed 2 civilians']],
		[
			'two groups sharing "died", the second of one (review 27, min/z10-2)',
			'Eight soldiers and a police officer died.',
			['killed 8 soldiers']
		],
		[
			'two groups sharing the passive, the second of one',
			'Six other civilians and a police officer were hurt.',
			['injured 6 other civilians']
		],
		[
			'a bare count still in hospital is those left of the wounded, no rival of their count',
			'The governor said 69 were still being treated in hospital.',
			[]
		],
		['a bare count being treated in hospital', 'The governor said 69 were being treated in hospital.', ['injured 69']],
		[
			'"N of the dead were under 20" names a group by its age, not one called "under"',
			'Ten of the 22 dead were under 20, and the youngest was eight.',
			['killed 10 people under 20', 'killed 22']
		],
		[
			'"including two armoured personnel carriers" counts no people',
			'Nine soldiers were wounded and 14 vehicles were destroyed, including two armoured personnel carriers.',
			['injured 9 soldiers']
		],
		[
			'"perished" over a year across a province is no toll',
			'Last year, 1,100 people perished in attacks across the province, according to a local rights group.',
			[]
		],
		['"stabbed N people": the wounded', 'A man stabbed six people at an anti-Islam rally.', ['injured 6']],
		['"stabbed N people to death"', 'A man stabbed two people to death near the station.', ['killed 2']],
		['"shot N of them dead"', 'Gunmen separated the passengers and shot 23 of them dead.', ['killed 23']],
		['"shot N people dead"', 'The gunman shot nine worshippers dead.', ['killed 9 worshippers']],
		['"shot" a number of times is no count', 'He was shot 3 times in the chest.', []],
		['"seized N girls from" a town', 'Boko Haram seized 276 girls from Chibok in April 2014.', ['abducted 276 girls']],
		[
			'"N more" girls are girls, after an aside',
			'Gunmen had seized eight more girls, aged between 12 and 15, from the village overnight.',
			['abducted 8 girls']
		],
		['suspects police seized are no abducted', 'Police seized three suspects in a raid.', []],
		['weapons seized are no count of people', 'Troops seized 12 rifles and a truck.', []],
		['"treated N people for injuries"', 'Doctors treated 40 people for injuries.', ['injured 40']],
		[
			'"received N patients": the wounded, no group of patients',
			'The Ottawa Hospital says it received three patients from the shootings.',
			['injured 3']
		],
		[
			'"admitted N people" with injuries',
			'The district hospital admitted 45 people with blast injuries.',
			['injured 45']
		],
		['people admitted with no word of harm are no count', 'The district hospital admitted 45 people on Sunday.', []],
		[
			'children troops seized are arrested, not abducted',
			'Israeli troops seized 12 children from their homes in Hebron during a night raid.',
			[]
		],
		['women police seized', 'Police seized 30 women from a hostel in Lahore.', []],
		[
			'those security forces killed, "all three", are the attackers',
			'Security forces fought them for about four hours before killing all three.',
			['killed 3 attackers']
		],
		['"all three" a gunman killed are no attackers', 'Police said the gunman killed all three.', ['killed 3']],
		[
			'officers the attackers killed, "all six", are officers',
			'The attackers ambushed a police convoy near Wana and killed all six officers.',
			['killed 6 officers']
		],
		[
			'soldiers a bomb killed, "all six", are no attackers',
			'A roadside bomb struck a vehicle carrying six soldiers and killed all six.',
			['killed 6']
		],
		[
			'guards insurgents killed "according to police"',
			'According to police the insurgents killed all seven guards.',
			['killed 7 guards']
		],
		[
			'those police stormed and killed, "all three"',
			'Police stormed the building, killing all three.',
			['killed 3 attackers']
		],
		[
			'"found" of an inquiry is no freeing',
			'A UN inquiry found 40 women were abducted from the camp in Dikwa.',
			['abducted 40 women']
		],
		[
			'those freed who had been abducted are no count of the abducted',
			'Security forces have freed 66 women and children who were abducted by armed men last week.',
			[]
		],
		[
			'those abducted who were doing something are',
			'Gunmen abducted 20 girls who were sleeping.',
			['abducted 20 girls']
		],
		['cattle seized from farmers count no farmers', 'Bandits seized 300 cattle from farmers in Zamfara state.', []],
		[
			"a clinic's patients a day, for an illness",
			'The clinic in Bentiu treated 40 patients a day last month, mostly for malaria.',
			[]
		],
		['patients treated for an illness', 'Doctors treated 300 patients for cholera.', []],
		['refugees received a day', 'The camp is receiving 500 refugees a day from the fighting in Darfur.', []],
		['students admitted to a school', 'The school admitted 12 students from the camp this term.', []],
		[
			'calls received from people are no people received',
			'The ambulance service received 40 calls from people reporting explosions.',
			[]
		],
		[
			'those stabbed, some of whom died, are no count of the wounded',
			'A man stabbed eight people at a festival in Solingen, killing three of them.',
			['killed 3']
		],
		[
			'"admitted N of the injured" is the part of a count given elsewhere that went to that hospital',
			'Staff at JJ Hospital say they have admitted 17 of the injured.',
			['injured 17 at JJ Hospital']
		],
		['"N more soldiers" are soldiers', 'Two more soldiers were killed on Monday.', ['killed 2 soldiers']],
		[
			'peacekeepers, of a people, beside soldiers of another: two groups, neither all the dead (review 22, min/p10-7)',
			'An attack on a United Nations base killed 15 Tanzanian peacekeepers and five Congolese soldiers.',
			['killed 15 Tanzanian peacekeepers', 'killed 5 Congolese soldiers']
		],
		[
			'"eight French nationals had been injured, four of them seriously": the state of some of a group (review 22, min/q08-2)',
			'Le Drian said eight French nationals had been injured, four of them seriously.',
			['injured 8 French nationals', 'injured 4 French nationals in serious condition']
		],
		[
			'"and three more men died overnight": those who died since add to a count, and are none of their own (review 21, min/o01-1)',
			'By Thursday night it had climbed to 37, and three more men died overnight.',
			['killed 37']
		],
		[
			'a death told by its place in a series counts the dead so far (review 10)',
			'A third person, a 17-year-old boy, has died in hospital, police said this morning.',
			['killed 3']
		],
		['… of the group it names', 'Police said a second wounded soldier had since died.', ['killed 2 soldiers']],
		['… past the seventh', 'A thirteenth victim died of his injuries in 2021.', ['killed 13']],
		['… with no noun (review 12)', 'A third died of his wounds at the hospital in the afternoon.', ['killed 3']],
		['"the third victim" may be one of a list of who they were', 'The third victim died at the scene.', []],
		[
			'how many countries the dead came from is no count of them (review 11)',
			'Officials said that 30 people from at least seven countries had been killed, not counting three attackers.',
			['killed 30', 'killed 3 attackers']
		],
		['… nor are the countries counted', 'Victims from 18 countries were killed.', []],
		[
			'a number of a unit’s name is no count (review 12)',
			'Following the attack, the counterterrorism squad Densus 88 arrested four suspects.',
			['arrested 4 suspects']
		],
		[
			'"members" with whose members they were (review 12)',
			'Gunmen besieged the hotel, killing six civilians and three members of the security forces.',
			['killed 6 civilians', 'killed 3 members of the security forces']
		],
		[
			'"one of whom is still seriously ill" is no group called "is" (review 12)',
			'Our thoughts remain with the three people who were hurt, one of whom is still seriously ill in hospital.',
			['injured 3']
		],
		[
			'… nor "one of whom remains in a serious condition" one called "remains" (review 25, min/v04-3)',
			'The toll is now four people killed and fifteen wounded, one of whom remains in a serious condition.',
			['killed 4', 'injured 15']
		],
		[
			'"one of the gunmen killed" told of for who they were is no count (review 11)',
			'One of the gunmen killed in the siege was identified as Abdirahim Abdullahi.',
			[]
		],
		[
			'… nor "one of the teachers abducted" (review 12)',
			'One of the teachers abducted with the pupils had died in captivity.',
			[]
		],
		[
			'"including 15 police officers and community workers": one count of both groups (review 42, BK min/01-12)',
			'In April, 21 people, including 15 police officers and community workers, died in a clash.',
			['killed 21', 'killed 15 police officers and community workers']
		],
		[
			'"including 20 women and several children": a second group with a count of its own words is no part of the first',
			'At least 88 people were killed, including 20 women and several children.',
			['killed 88', 'killed 20 women']
		],
		[
			'those treated in hospital, with an aside of who most of them were',
			'More than 30 people, most of them police, are being treated in hospital.',
			['injured 30']
		],
		[
			'one more nation "along with" a list of others who were killed (r177)',
			'Two Swiss, two Canadians, a Briton, a Dutchman and a Portuguese were also killed, along with two Moroccans.',
			['killed 2 Swiss', 'killed 2 Canadians', 'killed 2 Moroccans']
		],
		[
			'"…was also killed, as were two Americans" (r185)',
			'A Belgian woman, the mother of two young boys, was also killed, as were two Americans.',
			['killed 2 Americans']
		],
		[
			'the dead split by who they were after a colon: "N of the dead have been identified: 35 are …" (r213)',
			'Thirty-eight of the dead have so far been identified: 35 are citizens of the Republic of Turkey and three are Syrian nationals.',
			['killed 35 citizens of the Republic of Turkey', 'killed 3 Syrian nationals']
		],
		[
			'"Of the 39 people who lost their lives, 27 were …": the dead, split (review 48, CM 04)',
			'Of the 39 people who lost their lives, 27 were foreign nationals and 12 were Turkish citizens.',
			['killed 27 foreign nationals', 'killed 12 Turkish citizens']
		],
		[
			'… and "Of the 50 people who were injured, …" the injured',
			'Of the 50 people who were injured, 20 were Belgians and 30 were Dutch nationals.',
			['injured 50', 'injured 20 Belgians', 'injured 30 Dutch nationals']
		],
		[
			'a split of a count over time names no group of an attack\'s dead: the people are not "of the dead"',
			'Of the 40 cars that were stopped, 27 were searched and 12 were seized.',
			[]
		],
		[
			'"…among the dead, including two Canadians, one of them a diplomat, two French women and …": the list goes on past an aside (review 48, CL 01)',
			'Foreigners were among the dead, including two Canadians, one of them a diplomat, two French women and at least three Britons.',
			['killed 2 Canadians', 'killed 2 French women', 'killed 3 Britons']
		],
		[
			'"Those hurt include …", with nations a fixed list did not hold (review 48, CN 04)',
			'Those hurt include 12 British nationals, three French schoolchildren, four South Koreans and two Romanians.',
			[
				'injured 12 British nationals',
				'injured 3 French schoolchildren',
				'injured 4 South Koreans',
				'injured 2 Romanians'
			]
		],
		[
			'"listed seven foreigners among the dead" (r247)',
			'The state news agency counted 52 dead and 167 wounded, and listed seven foreigners among the dead.',
			['killed 52', 'injured 167', 'killed 7 foreigners']
		],
		[
			'"All four attackers there are dead" (r169)',
			'All four attackers there are dead; one of them blew himself up on the fourth floor.',
			['killed 4 attackers']
		],
		[
			'attackers who killed and wounded before "they were shot dead" are counted as killed too (r219)',
			'Three gunmen disguised in burqas attacked the hostel this morning, killing nine people and wounding 37 before they were shot dead.',
			['killed 3 gunmen', 'killed 9', 'injured 37']
		],
		[
			'… nor "all 10 attackers there are dead but one", of a siege recalled (a read of the review-49 change)',
			'The attack recalled the 2008 siege in Mumbai: all 10 attackers there are dead but one, who was hanged.',
			[]
		],
		[
			'… not gunmen who fled before police came',
			'Three gunmen attacked the hostel, killing nine people before they fled into the hills.',
			['killed 9']
		]
	])('%s', (_why, sentence, want) => {
		expect(tolls(sentence)).toEqual(want);
	});

	it.each<[string, string]>([
		['a year is no count', 'In 2004 the trains were bombed.'],
		['an age is no count', 'The dead ranged in age from 26 to 60.'],
		['a call number is no count', 'Report suspicious persons through the emergency number 112.']
	])('%s', (_why, sentence) => {
		expect(tolls(sentence)).toEqual([]);
	});

	it.each<[string, number]>([
		['Fourteen', 14],
		['seventeen', 17],
		['one hundred and twenty-four', 124],
		['two thousand', 2000]
	])('reads "%s" as %d', (words, n) => {
		expect(readNumber(words)).toBe(n);
	});
});

describe('a group as "How many …" asks about it', () => {
	it.each<[string, string]>([
		['child', 'children'],
		['Indian student', 'Indian students'],
		['member of the Public Security Directorate', 'members of the Public Security Directorate'],
		['boy of two', 'boys of two'],
		['policewoman', 'policewomen'],
		['passers-by', 'passers-by'],
		['Japanese', 'Japanese'],
		['people in serious condition', 'people in serious condition'],
		['people from Uttar Pradesh', 'people from Uttar Pradesh'],
		['police officers', 'police officers'],
		['security guard', 'security guards'],
		['deputy', 'deputies'],
		['Frenchman', 'Frenchmen'],
		['German', 'Germans'],
		['human', 'humans'],
		['thief', 'thieves'],
		['passer-by', 'passers-by'],
		['son-in-law', 'sons-in-law'],
		['Taliban', 'Taliban'],
		['Czech', 'Czechs'],
		['Thai', 'Thais'],
		['Iraqi', 'Iraqis'],
		['bystander caught in crossfire', 'bystanders caught in crossfire'],
		['man and a woman', 'man and a woman'],
		['UN', 'UN'],
		['French', 'French'],
		['British', 'British']
	])('%s → %s', (group, asked) => {
		expect(plural(group)).toBe(asked);
	});
});
