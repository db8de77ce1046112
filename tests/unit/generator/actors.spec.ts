import { describe, expect, it } from 'vitest';
import { affiliationOf, findActors } from '../../../src/lib/generator/actors';
import { generate, generateDeck } from '../../../src/lib/generator/index';

const of = (sentence: string, kind: string) =>
	findActors(sentence)
		.filter((a) => a.kind === kind)
		.map((a) => [a.subject, a.value]);

describe('people and roles', () => {
	it.each([
		[
			'role after the name, to the comma',
			'said Amira Jadoon, assistant professor of political science at the South Carolina-based Clemson University, and co-author of a book.',
			['Amira Jadoon', 'assistant professor of political science at the South Carolina-based Clemson University']
		],
		[
			'role with an article',
			'said Kabir Taneja, a fellow at the New Delhi-based Observer Research Foundation.',
			['Kabir Taneja', 'fellow at the New Delhi-based Observer Research Foundation']
		],
		[
			'a witness by what they do there',
			'"Everyone was under the tables," said Nikos Varga, a restaurant owner on the Danforth.',
			['Nikos Varga', 'restaurant owner on the Danforth']
		],
		[
			'the title before the name, not the verb after it (r257)',
			'The Attorney General, Omar Dahir Lind, has identified the driver, who died in the explosion.',
			['Omar Dahir Lind', 'Attorney General']
		],
		[
			'a groom before his name (r127)',
			'The groom, Omar Dahir, told a television channel he had lost his brother.',
			['Omar Dahir', 'groom']
		],
		[
			'the main suspect before his name (r177)',
			'Police said the main suspect, Adil al-Karim, had taught himself to make explosives.',
			['Adil al-Karim', 'main suspect']
		],
		[
			'an office "for" its field before the name (r211)',
			'Later that day the state commissioner for education, Badamasi Lind, put the number at 406.',
			['Badamasi Lind', 'state commissioner for education']
		],
		[
			'an office of a place, before the name',
			'The mayor of the town, Ahmed Musa, said the attackers came at night.',
			['Ahmed Musa', 'mayor of the town']
		],
		[
			'a survivor of the attack, before the name',
			'A survivor of the attack, Ahmed Musa, said he hid.',
			['Ahmed Musa', 'survivor of the attack']
		],
		[
			'a role held for someone, after the name',
			'Ahmed Musa, his lawyer, said he would appeal.',
			['Ahmed Musa', 'his lawyer']
		],
		[
			'a suspect by how the police call him',
			'Police said Salah Karim, the most wanted suspect in the Orsa attacks, was arrested.',
			['Salah Karim', 'most wanted suspect in the Orsa attacks']
		],
		[
			'a two-word title before the name (r259)',
			'Chief Executive Abdullah Abdullah condemned the bombing.',
			['Abdullah Abdullah', 'Chief Executive']
		],
		[
			'a name with letters beyond Latin-1, after its title (r239)',
			'Health Minister Recep Akdağ said 14 of the wounded were in intensive care.',
			['Recep Akdağ', 'Health Minister']
		],
		[
			'a title with its office after "of", in apposition (r245)',
			'The Minister of Interior, Salameh Hammad, stated that the operation had been a success.',
			['Salameh Hammad', 'Minister of Interior']
		],
		[
			'a role owned by a place, with its office (r227)',
			"Dalmor's health chief, Omar Faraj, says more than 40 soldiers have been killed.",
			['Omar Faraj', "Dalmor's health chief"]
		],
		[
			'a role owned by a group whose name opens with "al-" (r247)',
			"It followed the instruction of al-Nasr's leader, Omar Dahir, not to bomb mosques.",
			['Omar Dahir', "al-Nasr's leader"]
		],
		[
			'a capitalised word opening the sentence is no part of the name',
			'Meanwhile Abdul Rahman Khan, a police spokesman, said the attacker was about 18 years old.',
			['Abdul Rahman Khan', 'police spokesman']
		],
		[
			'a rank right before the name, after the name of another office',
			'Director General Inter-Services Public Relations Major General Asif Ghafoor told reporters the operation had ended.',
			['Asif Ghafoor', 'Major General']
		],
		[
			'… but with a comma after the name, the name is the title’s',
			'According to the police chief, Omar Dahir, the cell was small.',
			['Omar Dahir', 'police chief']
		],
		[
			'a rank right before the name, after an office "of" something (review 35, AP min/05-11)',
			'Chief of Army Staff General Qamar Velda said the attack would be avenged.',
			['Qamar Velda', 'Chief of Army Staff']
		],
		[
			'a name of four words (r243)',
			'Interior Minister Chaudhry Nisar Ali Khan condemned the bombing.',
			['Chaudhry Nisar Ali Khan', 'Interior Minister']
		],
		[
			'a title in British style, "Prof" with no full stop (r243)',
			'The vice chancellor of Pims, Prof Javed Akram, said nine of the injured were critical.',
			['Javed Akram', 'vice chancellor of Pims']
		],
		[
			'whose title it is, by a possessive (r231)',
			"The army's chief spokesman, Lieutenant General Asim Bajwa, said the attack had been planned abroad.",
			// The rank is no part of the name the card answers with.
			['Asim Bajwa', "army's chief spokesman"]
		],
		[
			'a name with letters beyond Latin-1, before its role',
			'said Beşir Atalay, a senior fellow at the Kızılırmak Institute, on Monday.',
			['Beşir Atalay', 'senior fellow at the Kızılırmak Institute']
		],
		[
			'role before the name',
			'On Thursday, US State Department official Ian McCary sat down.',
			['Ian McCary', 'US State Department official']
		],
		[
			'a title in apposition before the name, as British and Australian copy writes it',
			'The Foreign Minister, Alexander Downer, confirmed the four deaths last night.',
			['Alexander Downer', 'Foreign Minister']
		],
		[
			"a group's spokesman by its pronoun",
			'Its spokesman, Muhammad Umar Khorasani, said the school had been targeted.',
			['Muhammad Umar Khorasani', 'spokesman']
		],
		[
			"a coroner's title before the name",
			'Handing down his findings, State Coroner Mark Wendt said the police had waited too long.',
			['Mark Wendt', 'State Coroner']
		],
		[
			"a judge's title before the name",
			'Prosecutors had asked Karsk High Court Justice Ana Petrov to impose the longest term.',
			['Ana Petrov', 'Karsk High Court Justice']
		],
		[
			'a title with an abbreviation before the name',
			'U.S. Attorney Dana Holt said the case was strong.',
			['Dana Holt', 'U.S. Attorney']
		],
		[
			'a rank and an abbreviation inside the role',
			'Gen. Erik Kurilla, the head of U.S. Central Command, testified.',
			['Erik Kurilla', 'head of U.S. Central Command']
		],
		[
			'a dash appositive',
			'the death of Qassem Soleimani—the Islamic Revolutionary Guard Corps leader whom the U.S. killed',
			['Qassem Soleimani', 'the Islamic Revolutionary Guard Corps leader']
		],
		[
			'new wording: spokeswoman',
			'Maria Olsen, a spokeswoman for the regional police, said the road was closed.',
			['Maria Olsen', 'spokeswoman for the regional police']
		],
		[
			'a role given with "is"',
			'Lena Fors is a senior fellow at the Baltic Institute, which she joined in 2019.',
			['Lena Fors', 'senior fellow at the Baltic Institute']
		],
		[
			'an institution’s possessive before the role',
			'Ana Pell, the Northgate Police’s deputy commissioner, said the road was shut.',
			['Ana Pell', 'Northgate Police’s deputy commissioner']
		],
		['a title before the name', 'Governor Tomas Varga said the border would stay open.', ['Tomas Varga', 'Governor']],
		[
			'a lowercase title with the noun that says whose it is',
			'The president accepted the resignation of police chief David Kamau on Friday.',
			['David Kamau', 'police chief']
		],
		['a lowercase title after an acronym', 'NIS director Jonas Berg told reporters.', ['Jonas Berg', 'NIS director']],
		['a name with accented letters', 'Foreign Minister Zoé Lefèvre arrived late.', ['Zoé Lefèvre', 'Foreign Minister']],
		[
			'an agent in charge of an office',
			'Mara Voss, the special agent in charge of the bureau’s Tarn office, asked for photographs.',
			['Mara Voss', 'special agent in charge of the bureau’s Tarn office']
		],
		[
			'a role held for someone, before the name',
			'Haddad’s lawyer, Sara Lind, said he would appeal.',
			['Sara Lind', 'Haddad’s lawyer']
		],
		[
			'a role without the relative clause after it',
			'“It is a warning,” said Anja Lind, a senior fellow at the Tarn Institute who has followed the group since 2015.',
			['Anja Lind', 'senior fellow at the Tarn Institute']
		],
		[
			'a role given by its verb',
			'Mara Voss, who heads the security programme at the Tarn Institute, said the group was weak.',
			['Mara Voss', 'head of the security programme at the Tarn Institute']
		],
		[
			'a role given by its verb in a question, without the question mark',
			'QUESTION: Inspector Mara Voss, who leads the inquiry?',
			['Inspector Mara Voss', 'leader of the inquiry']
		],
		[
			'a described person after the name, with an age and a job no title list holds',
			'The couple, Omar Haddad, 28, a county restaurant inspector, and his wife opened fire.',
			['Omar Haddad', 'county restaurant inspector']
		],
		[
			'a described person after the name, without the relative clause',
			'"Nobody here slept," said Hassan Jabbar, a shopkeeper whose brother died in the fire.',
			['Hassan Jabbar', 'shopkeeper']
		],
		[
			'a described person with a place of work',
			'Dr Mina Noori, a surgeon at the Emergency hospital, said.',
			['Mina Noori', 'surgeon at the Emergency hospital']
		],
		[
			"a role in apposition before the name, with a common noun's possessive",
			"The city's mayor, Anne Roux, said the killings were an act of hatred.",
			['Anne Roux', "city's mayor"]
		],
		[
			'a relation in apposition before the name, not the verb after it',
			'Her mother, Rebecca Sule, appealed to the president to bring her daughter home.',
			['Rebecca Sule', 'mother']
		],
		[
			'a name after a rank of two words, whole (review 12)',
			'Junta spokesman Major General Zaw Min Tun confirmed that the military had carried out the strike.',
			['Zaw Min Tun', 'Junta spokesman']
		],
		[
			'ranks written short are no part of the name (review 12)',
			'Lt Gen Sittichai Jindaluang, commander of the Fourth Army Region, said the attack was carried out by a local cell.',
			['Sittichai Jindaluang', 'commander of the Fourth Army Region']
		],
		[
			'title words before a name in apposition are no part of it (review 12)',
			"The families asked for accountability, said Assistant District Attorney Ellen Marchetti, chief of the office's Homicide Bureau.",
			['Ellen Marchetti', "chief of the office's Homicide Bureau"]
		],
		[
			'a title owned by a body given by its acronym, with the acronym (review 12)',
			'Counter Terrorism and Transnational Crime (CTTC) unit chief Monirul Islam, who led the investigation, said 21 people were involved.',
			['Monirul Islam', 'CTTC unit chief']
		],
		[
			'a title owned by a body named in full with its acronym (review 11)',
			'A strike targeted a convoy in which Syrian Democratic Forces (SDF) commander Mazloum Abdi was travelling.',
			['Mazloum Abdi', 'SDF commander']
		],
		[
			'a title of a place whose name holds a particle, whole (review 12)',
			'Lanao del Sur Governor Mamintal Adiong Jr. said checkpoints had been set up on all roads into the city.',
			['Mamintal Adiong Jr', 'Lanao del Sur Governor']
		],
		[
			'a byline\'s "By" is no part of the name (review 13)',
			'ANALYSIS | By Helene Traore, senior fellow, Sahel Programme, Centre for Strategic and Conflict Studies (CSCS), Accra',
			['Helene Traore', 'senior fellow']
		],
		[
			'a chief magistrate, whole (review 13)',
			'7 October 2020 - Chief Magistrate Francis Andayi convicts Mohamed Ahmed Abdi of conspiracy.',
			['Francis Andayi', 'Chief Magistrate']
		],
		[
			'the day before "the" and a title is the sentence\'s, no part of the title (review 13)',
			'Early reports spoke of more than 100 dead, but on Thursday the Inspector General of Khyber Pakhtunkhwa Police, Moazzam Jah Ansari, gave a revised toll of 84 killed.',
			['Moazzam Jah Ansari', 'Inspector General of Khyber Pakhtunkhwa Police']
		],
		[
			'"of Justice" of a rank is no part of the name (review 13)',
			"The criminal investigation is being led by Major General of Justice Alexander Vladimirovich Klaus, head of the Investigative Committee's directorate for St Petersburg.",
			['Alexander Vladimirovich Klaus', "head of the Investigative Committee's directorate for St Petersburg"]
		],
		[
			'agency style: the province after the title, then "Mr." and the name (review 33, AM min/10-6)',
			'Caretaker Chief Minister Khyber Pakhtunkhwa Mr. Muhammad Azam Khan announced a day of mourning in the province.',
			['Muhammad Azam Khan', 'Caretaker Chief Minister Khyber Pakhtunkhwa']
		],
		[
			'a rank between the post and the name is neither (review 33, AM min/09-3)',
			'East Java Regional Police chief Inspector General (Irjen) Machfud Arifin said the blast occurred at 08.50 WIB.',
			['Machfud Arifin', 'East Java Regional Police chief']
		],
		[
			'a title of a place whose name holds "and", whole (review 14)',
			'18:00 IST: Jammu and Kashmir Chief Minister Omar Abdullah posted on X that the attack was an abomination.',
			['Omar Abdullah', 'Jammu and Kashmir Chief Minister']
		],
		[
			'a name with an apostrophe before its last letter, whole (review 14)',
			"Interior Cabinet Secretary Fred Matiang'i, who flew to Lamu on Sunday afternoon, said the government would not be intimidated.",
			["Fred Matiang'i", 'Interior Cabinet Secretary']
		],
		[
			'a name of four words, whole, with the part the prosecutors identified him as in the attack (review 11, 20)',
			'Prosecutors identified the driver as José Aldemar Rojas Rodríguez, 56, an explosives expert.',
			['José Aldemar Rojas Rodríguez', 'the driver']
		],
		[
			'the noun phrase right before the name, not one that holds a preposition',
			'He fired a rifle at a French volunteer, Dana Sabrier, and fled.',
			['Dana Sabrier', 'French volunteer']
		],
		[
			'a group spokesman before a name with an honorific',
			'An al-Nasr spokesman, Sheikh Omar Abdi Dahir, told a radio station the group was responsible.',
			['Sheikh Omar Abdi Dahir', 'al-Nasr spokesman']
		],
		[
			'a name with a particle, after its role',
			'The president sacked the interior cabinet secretary, Joseph ole Kanu.',
			['Joseph ole Kanu', 'interior cabinet secretary']
		],
		[
			'the part the police name a person as',
			'Police named the gunman as Omar Haddad, 29, on Tuesday.',
			['Omar Haddad', 'the gunman']
		],
		[
			'… or the part a person has been named or identified as (review 17, f02)',
			'The gunman has been named as Omar Haddad, a 20-year-old from Karsk.',
			['Omar Haddad', 'the gunman']
		],
		[
			'… identified as, with a surname the press gives as an initial (review 20, min/m04-1)',
			'The attacker has been identified as Kujtim F., 20.',
			['Kujtim F.', 'the attacker']
		],
		[
			'… or whom the police identified as (review 20)',
			'Police later identified the bomber as Mahir Khalid Riziki.',
			['Mahir Khalid Riziki', 'the bomber']
		],
		[
			'the part in the attack a person is given in apposition after "the", with a date in it (review 17, g05)',
			'A court sentenced Omar Haddad, the organiser of the April 3, 2017 Velda metro bombing, to life in prison.',
			['Omar Haddad', 'organiser of the April 3, 2017 Velda metro bombing']
		],
		[
			'… or a live entry\'s present "Police name the attacker as" (review 18, i02)',
			'Thursday 17:05 — Police name the attacker as Omar Haddad, 52, who was born in Karsk.',
			['Omar Haddad', 'the attacker']
		],
		[
			'… by whoever named them',
			'The attacker was identified by police as Omar Haddad.',
			['Omar Haddad', 'the attacker']
		],
		[
			'a title after the day the sentence names (r215)',
			'On 13 January President Omar Dahir dismissed the chief of defence staff.',
			['Omar Dahir', 'President']
		],
		[
			'a title after a weekday (r205)',
			'Late on Tuesday Chief Minister Omar Dahir spoke of 60 dead.',
			['Omar Dahir', 'Chief Minister']
		],
		[
			'a role with capitalised words before it, after "the"',
			'Omar Dahir, the US envoy for the peace talks, said the affiliate was responsible.',
			['Omar Dahir', 'US envoy for the peace talks']
		],
		[
			'a role whose owner is named in capitals',
			'Ahmed Musa, the Khyber Pakhtunkhwa police chief, said the men came in an auto-rickshaw.',
			['Ahmed Musa', 'Khyber Pakhtunkhwa police chief']
		],
		[
			'"a specialist on" a subject "at" an institute',
			'Lena Fors, a specialist on the North Caucasus at the Neva Policy Institute, said nobody had heard of the group.',
			['Lena Fors', 'specialist on the North Caucasus at the Neva Policy Institute']
		],
		['a speaker of parliament', 'Speaker Omar Dahir told lawmakers the attack was minor.', ['Omar Dahir', 'Speaker']],
		[
			'a police officer by his rank',
			'Capital City Police Officer Omar Dahir told a news conference that 81 people had been killed.',
			['Omar Dahir', 'Capital City Police Officer']
		],
		[
			'a minister "for" a portfolio, set apart by commas',
			'The Provincial Minister for Information, Ahmed Musa Khan, said at the site that the city would not be cowed.',
			['Ahmed Musa Khan', 'Provincial Minister for Information']
		],
		[
			'a head of government, set apart by commas',
			'The Head of Government, Omar Dahir, was unharmed.',
			['Omar Dahir', 'Head of Government']
		],
		[
			'a rank of colonel before the name',
			"Lieutenant Colonel Omar Dahir, the gendarme who took a hostage's place, died of his wounds.",
			['Omar Dahir', 'Lieutenant Colonel']
		],
		[
			'a name given with initials',
			'Police Commissioner K.K. Dahir said 15 people were killed there.',
			['K.K. Dahir', 'Police Commissioner']
		],
		[
			'a person "of" an institution',
			'The statement also drew doubt from Lena Fors of the Osh Migration Project, which works with young labourers.',
			['Lena Fors', 'of the Osh Migration Project']
		],
		[
			'a person "of" an institution, before "said"',
			'Omar Dahir of the Brookings Institution said the group had lost ground.',
			['Omar Dahir', 'of the Brookings Institution']
		],
		[
			'a prosecutor named by the city',
			'Paris prosecutor Omar Dahir named the attacker as a French citizen.',
			['Omar Dahir', 'Paris prosecutor']
		],
		[
			'a police attorney',
			'15:05 - Police attorney Omar Dahir says the man has been charged with murder.',
			['Omar Dahir', 'Police attorney']
		],
		[
			'a leader by what he leads, before the name',
			'At a briefing near the scene, police operation leader Omar Dahir says 14 people are being treated.',
			['Omar Dahir', 'police operation leader']
		],
		[
			'a national security adviser',
			'Modi met National Security Adviser Omar Dahir at his residence.',
			['Omar Dahir', 'National Security Adviser']
		],
		[
			// (Not "the mayor of Sinjar, …": after a place with no "the", "Baja California" may follow as well as a name.)
			'a director general of a named force, before the name',
			'Rajnath Singh said he had told the director general of the Border Security Force, D.K. Pathak, to tighten vigil.',
			['D.K. Pathak', 'director general of the Border Security Force']
		],
		[
			'a director-general of an organisation that owns the role',
			"UNESCO's director-general, Lena Fors, said the loss could do lasting harm.",
			['Lena Fors', "UNESCO's director-general"]
		],
		[
			'a role before the name with no commas',
			'Among the hostages is the American aid worker Lena Fors, seized in Abalak in 2016.',
			['Lena Fors', 'American aid worker']
		],
		[
			'a lieutenant',
			'Among those killed was Lieutenant Omar Dahir, whose relatives gathered at the family home.',
			['Omar Dahir', 'Lieutenant']
		],
		[
			'two words saying whose the title is',
			'The blast wounded four police officers, national police chief Omar Dahir said.',
			['Omar Dahir', 'national police chief']
		],
		[
			'a ministry and a services chief',
			'22:15 - Emergency services chief Omar Dahir now says 12 people were killed.',
			['Omar Dahir', 'Emergency services chief']
		],
		[
			'a surname with "el-"',
			'The President of the Republic, Abdel Fattah el-Sisi, declared three days of mourning.',
			['Abdel Fattah el-Sisi', 'President of the Republic']
		],
		[
			'a surname with "dela"',
			'The national police chief, Director General Ronald dela Rosa, has been more careful.',
			['Ronald dela Rosa', 'national police chief']
		],
		[
			'a head coach, the title whole',
			'Head Coach Tom Reed said the team would not travel.',
			['Tom Reed', 'Head Coach']
		],
		['a sergeant major, the title whole', 'Sergeant Major Ali Karimi was killed.', ['Ali Karimi', 'Sergeant Major']],
		[
			'a role naming two groups is no list of the titled',
			'Amira Jadoon, an analyst studying Islamic State and al-Qaeda, said the group was weaker.',
			['Amira Jadoon', 'analyst studying Islamic State and al-Qaeda']
		],
		[
			'a role owned by a plural after the name, over the rank before it (review 22, min/q06-1)',
			"Colonel Jim Taylor, the Fusiliers' regimental secretary, said the soldier would not be forgotten.",
			['Jim Taylor', "Fusiliers' regimental secretary"]
		],
		[
			'the part played, named by the police with the attack between and an age before the name (review 22, min/q01-3)',
			'Police named the assailant in the attack outside parliament on Wednesday as 52-year-old Khalid Masood.',
			['Khalid Masood', 'the assailant']
		],
		['a head of state', 'The Head of State, Omar Dahir, was unharmed.', ['Omar Dahir', 'Head of State']],
		[
			'a title before the name and the body after it whose title it is, once (review 22, min/q03-1)',
			'President Omar Haddad of the Karsk Council said the vote would go ahead.',
			['Omar Haddad', 'President of the Karsk Council']
		],
		[
			'a president named Park',
			'South Korean President Park Geun-hye condemned the attack.',
			['Park Geun-hye', 'South Korean President']
		],
		['a judge named Hall', 'Judge Peter Hall adjourned the case.', ['Peter Hall', 'Judge']],
		['a minister named Ferry', 'Interior Minister Luc Ferry visited the scene.', ['Luc Ferry', 'Interior Minister']],
		[
			'a spokesman named Hall, after his name',
			'Tom Hall, a spokesman for the city council, said the roads were shut.',
			['Tom Hall', 'spokesman for the city council']
		],
		[
			'a described role after the name, with "the"',
			'Hasan had exchanged emails with Anwar al-Awlaki, the American-born cleric who was killed in 2011.',
			['Anwar al-Awlaki', 'American-born cleric']
		],
		[
			'the acting head of an institution, after the name',
			'Roger Berg, the acting head of the Police Security Service, told a news conference the attack was terrorism.',
			['Roger Berg', 'acting head of the Police Security Service']
		],

		[
			'a bare role with a hyphenated nationality',
			'Analysts are pointing to the network led by the Malaysian-born militant Noordin Mohammad Top, who is wanted.',
			['Noordin Mohammad Top', 'Malaysian-born militant']
		],
		[
			'a director general, the title whole',
			'CRPF Director General R.R. Bhatnagar said the bodies would be flown home.',
			['R.R. Bhatnagar', 'CRPF Director General']
		],
		[
			'"one of the survivors"',
			'"We had gone over for a footy trip," said Peter Haldane, one of the survivors.',
			['Peter Haldane', 'one of the survivors']
		],
		[
			'a co-founder, with no article',
			'Lena Fors, co-founder of the Islamic Cultural Centre, said the families were grieving.',
			['Lena Fors', 'co-founder of the Islamic Cultural Centre']
		],
		[
			'a tour operator, a person after all',
			'Sara Lind, a tour operator who lost three clients, said the beach was packed.',
			['Sara Lind', 'tour operator']
		],
		[
			'a name with "der" in it',
			'Its spokesman, Eric Van der Velde, said it was being treated as terrorist murder.',
			['Eric Van der Velde', 'spokesman']
		]
	])('%s', (_name, sentence, expected) => {
		expect(of(sentence, 'actor')).toEqual([expected]);
	});

	it.each([
		[
			'a numbered command, with its number (review 12)',
			'director of the Internal Security Operations Command Region 4',
			'Internal Security Operations Command Region 4'
		],
		['a body after "of"', 'a senior fellow at the Tarn Institute', 'Tarn Institute'],
		['a year after a body is no part of it', 'director of the Tarn Institute 2019', 'Tarn Institute'],
		// The army the staff is of goes unnamed (review 35, AP min/05-11, 06-10, 09-11).
		['a staff is no body', 'Chief of Army Staff', undefined],
		['a staff’s office in a body is', 'head of the Joint Staff Office', 'Joint Staff Office']
	])('the body a role is with: %s', (_why, role, body) => {
		expect(affiliationOf(role)).toBe(body);
	});

	it('reads no role of "according to" a title, set off by its comma, then a name with no comma after it (review 37, AT min/01-6)', () => {
		expect(
			of('According to the police chief, Omar Dahir had also told his followers to attack police officers.', 'actor')
		).toEqual([]);
	});

	it('quotes a title from the title, not from the day before it (r215)', () => {
		const [actor] = findActors('On 13 January President Omar Dahir dismissed the chief of defence staff.');
		expect(actor?.quote).toMatch(/^President Omar Dahir/);
	});

	it('reads no person out of the name of an office after "of" when no comma sets a name apart', () => {
		expect(of('The director of the Hayatabad Medical Complex said 20 bodies had arrived.', 'actor')).toEqual([]);
		// ("Sindh" is a province, but nothing tells it from a first name: the title is not read with it.)
		expect(of('Inspector General of Police Sindh Syed Kaleem Imam said security had been raised.', 'actor')).toEqual(
			[]
		);
		expect(
			of('The commander of the Kurdish-led Syrian Democratic Forces said the attack had failed.', 'actor')
		).toEqual([]);
	});

	it.each([
		['a place followed by a comma', 'In Kabul, officials said the director was safe.'],
		[
			'what the owner of a "whose" clause had (review 29, AD min/08-7)',
			'Jaish al-Adl emerged from Jundallah, the insurgent group whose leader, Abdolmalek Rigi, was captured in 2010.'
		],
		[
			'a place before the speaker (review 29, AE min/02-7)',
			'Police found guns at his home, about 80 miles northeast of Las Vegas, the sheriff said.'
		],
		['a name inside a longer name', 'the Syrian Observatory for Human Rights, a Britain-based war monitor, said.'],
		['a group described as a thing', 'the Ahvaz National Resistance, an umbrella of separatist groups, said.'],
		[
			'"Among the dead was journalist …": a verb is no part of a title (review 14)',
			'Among the dead was journalist Mohamed Isse Kona, according to the Somali Journalists Syndicate (SJS).'
		],
		['one more of a group told of before (review 14)', 'A second staff member, Abubakar Isah, died in captivity.'],
		['a head noun that names a thing', 'Kuz Kunar, a border district, was sealed off.'],
		[
			'a name with a clause beside it, not a role (r215)',
			'The president dismissed General Omar Dahir, together with the head of the army, on Monday.'
		],
		['a name with a "whose" clause (r181)', 'Suspicion fell on Omar Dahir, whose spokesman denied any part in it.'],
		[
			'a role inside a relative clause (r233)',
			'Suspicion fell on the faction that follows its leader, Omar Dahir, whose fighters move at night.'
		],
		['a participle after a name, not a role', 'Ahmed Musa, shot by a guard, died later in hospital.'],
		['a likeness after a name, not a role', 'Ahmed Musa, like every trader in the market, closed his shop.'],
		['a time after a name, not a role', 'Ahmed Musa, then a student, was arrested.'],
		['a capital city, not a role', 'Kabul, the Afghan capital, was sealed off on Monday.'],
		['one of the cities', 'The attacks hit Karsk, one of the cities on the border.'],
		['a broadcaster described with "the"', 'Al Jazeera, the broadcaster, said it had received the video.'],
		['a carmaker described with "the"', 'Velda Autos, the carmaker, said it would recall the vans.'],
		['a valley described with "the"', 'Fighting spread to Tarn Valley, the center of the revolt, overnight.'],
		['a warship described with "the"', 'Royal Tern, the destroyer, sailed at dawn.'],
		['a team, one of the contenders', 'Karsk Rovers, one of the title contenders, lost again.'],
		["a firm named after its owner's role", 'The owner of the sunken ferry, Tarn Shipping, said it would pay.'],
		['a firm after a hyphenated bare role', 'The books went to the Karsk-based seller Tarn Books, which went bust.'],
		['a market leader', 'Analysts named the market leader Velda Systems, which makes drones.'],
		['a carrier described with "the"', 'Gulf Air, the national carrier, suspended its flights.'],
		['a place described with "the"', 'Troops entered Velda Town, the district centre, at dawn.'],
		['a group a militant leader named', 'The militant leader Boko Haram named was killed.'],
		['a cruise line', 'Captain Cook Cruise Lines cancelled its sailings.'],
		['a foundation', 'Captain Tom Foundation staff handed out food.'],
		['a relief centre', 'King Salman Humanitarian Aid and Relief Centre sent tents.'],
		['a prize', 'She won the Queen Elizabeth Prize for Engineering.'],
		[
			'a research fellow of an institute, with the title as a name',
			'Research Fellow Ali Karimi of the Karsk Institute said the group was weak.'
		],
		['a rights group of a network', 'Human Rights Watch of the Karsk Network said the group was weak.'],

		// Ships, papers and firms after a noun that could name a person's work.
		['a ship', 'Salvage teams reached the freighter Ever Given, which ran aground.'],
		['a tanker', 'The gunmen seized the tanker Ocean Star and her crew.'],
		['a newspaper', 'A report in the newspaper Al Ahram said 12 people died.'],
		['a firm', 'Police interviewed the owner Karsk Motors, which sold the van.'],
		['a team', 'Crowds cheered the winner Karsk United, who beat Velda.'],
		['an operator', 'The bomb hit a bus of the operator Karsk Lines, killing 12.'],
		// Titles before places and businesses named after people.
		['a causeway named after a king', 'Traffic on the King Fahd Causeway was halted on Monday.'],
		['a port named after a king', 'Ships waited near King Abdullah Port for the order.'],
		['a city named after a king', 'Troops reached King Khalid Military City at dawn.'],
		['a mosque named after a king', 'King Salman Bin Abdulaziz Mosque was damaged.'],
		['a college named after a king', 'Students gathered outside King Edward Medical College in Lahore.'],
		['a memorial named after a queen', 'Mourners laid flowers at the Queen Victoria Memorial.'],
		['a ferry terminal', 'Queen Mary Ferry Terminal was closed.'],
		['a cinema', 'The crowd chanted as King Kong Cinema burned.'],
		['a restaurant', 'Colonel Sanders Restaurant was damaged.'],
		['a distillery', 'The fire spread to Captain Morgan Distillery.'],
		['a training corps', 'Cadets of the Officer Training Corps were sent home.'],
		['a police training school', 'Graduates of the Police Officer Training School marched past.'],
		['a building', 'A rocket hit the Head Quarters Building on Sunday.'],
		['an academy', 'Troops from the Sergeant Major Academy joined the search.'],
		// A title and the words of an institution, not a person, before "of the …".
		['a title before an institution', 'Director General of the Karsk Institute said the findings were alarming.'],
		['a saint in a name', 'Saint Mary of the Angels Foundation said it would help.'],
		// Places and firms in apposition after "of".
		['a state after a city', 'The mayor of Tijuana, Baja California, said the border was shut.'],
		['a company after a hotel', 'The owner of the Velda Hotel, Sunset Holdings, said it would rebuild.'],
		['an office after a place', 'The bomb hit Karsk Plaza, the Velda Bank head office, on Monday.'],
		// "leader" and "attorney" with no owner.
		['a leader a group installed', 'Residents said the leader Boko Haram installed in the town fled.'],
		['an attorney a man hired', 'An attorney Omar Haddad hired said he would appeal.'],

		['a thing before a name', 'The car bomb Omar Dahir had built went off early.'],
		['a man before a name', 'Police shot the man Omar Dahir had hired.'],
		['a stadium named after a king', 'Fans streamed out of the King Baudouin Stadium after the match.'],
		['a person of a place, not an institution', 'Omar Dahir of the Swat Valley said he had lost two sons.'],
		['a place named with its country', 'He was born in Lahore, the Punjab city, in 1990.'],
		['a name that may be of either person', 'The wife of the driver, Ahmed Musa, said he had left home at dawn.'],
		[
			'a name that may be of either person, "for"',
			'A lawyer for the suspect, Ibrahim Sow, said he would plead not guilty.'
		],
		[
			'a clause after a place, not a role (r303)',
			'He was arrested the next morning in Shelby, North Carolina, after a driver recognized his car.'
		],
		['a province in apposition to a governor', 'The governor of Dravik, Kesh Province, said 12 people had died.'],
		['a rank written short', 'Brig. Gen. Omar Dahir said the attackers had fled.'],
		[
			'several people described after the body they work for',
			'The three staff members of the charity Hope Without Borders, a nurse and two drivers, were seized on Monday.'
		],
		[
			'an institution named after a general (r257)',
			'A pickup forced its way past the guard post at the entrance of the General Francisco de Paula Santander Police Cadet School, in the south of Velda.'
		],
		[
			'a title of a government the text calls previous (review 12)',
			'The case prompted the previous government of Chancellor Omar Dahir to tighten weapons laws.'
		],
		[
			'a role that points back at people unnamed (review 12)',
			'"My clients want answers," said Katrin Albers, a lawyer representing several of them.'
		],
		[
			'a zone of a police force, set off by commas after its office (review 21, min/o04-5)',
			'The Inspector General of Police, Kashmir Zone, said the attack was carried out by militants.'
		],
		[
			'a division of a department is no person (review 12)',
			'The case is being handled by the Department of Justice Civil Rights Division.'
		],
		[
			'a body named before the name, with no title in it (review 24, min/t04-1)',
			'The investigation is led from the Federal Court of Justice, Dr Omar Dahir, since Thursday.'
		],
		[
			'a title the text says was taken from its holder, as a noun (review 31, AH min/05-17)',
			"The police are blamed for the crackdown that followed the army's removal of President Omar Dahir in July."
		],
		[
			'… and as a verb (review 31, AH min/10-5)',
			'Hamdok has led a transitional government since August, four months after the army removed President Omar Dahir.'
		],
		[
			'a title the text says was lost (review 11)',
			'The attacks came days after the deadliest bombing in the country since the fall of President Omar Dahir in December.'
		]
	])('reads no person in %s', (_name, sentence) => {
		expect(of(sentence, 'actor')).toEqual([]);
	});

	it('reads no person in a company ending one item of a list of victims (review 38, AV min/01-9)', () => {
		expect(
			of(
				'Among the dead were three executives of Velda Railway Construction Corporation, a Tarn official of the regional parliament and an American development worker, Omar Dahir.',
				'actor'
			)
		).toEqual([['Omar Dahir', 'American development worker']]);
	});
});

describe('a role its holder left by dying, or held then', () => {
	it.each<[string, string, string]>([
		[
			'a title before the name (review 23, min/s10-1)',
			"The death of AQAP's leader Khalid Batarfi, announced by the group on Sunday, has put the spotlight back on it.",
			"Who was AQAP's leader?"
		],
		[
			'a title in apposition after the name',
			'The killing of Aliaskhab Kebekov, the leader of the Caucasus Emirate, has left the insurgency without a chief.',
			'Who was the leader of the Caucasus Emirate?'
		],
		[
			'a title held then (review 23, min/r06-6)',
			'He asked to speak to the then prime minister, Tony Abbott.',
			'Who was the prime minister?'
		],
		[
			'a hyphened title held then, opening the sentence (review 40, BC min/03-13)',
			'Then Vice-President Omar Dahir blamed the Taliban.',
			'Who was the Vice-President?'
		],
		[
			'… or after "although" (review 40, BC 03)',
			'The Karsk Front claimed it, although then Vice-President Omar Dahir blamed the Taliban.',
			'Who was the Vice-President?'
		],
		[
			'… or written "then-President"',
			'He was killed in a strike ordered by then-President Omar Dahir.',
			'Who was the President?'
		],
		[
			'a holder the text says was killed later, by surname (review 29, AE min/08-14)',
			'AQAP released a video in which its leader, Qasim al-Raymi, claimed the shooting. Al-Raymi was killed in a U.S. strike in Yemen in early 2020.',
			'Who was the leader of AQAP?'
		],
		[
			'a holder the attack killed, named with initials (review 31, AH 07)',
			'The attack killed Ambassador J. Christopher Stevens on the night of 11 September.',
			'Who was the Ambassador?'
		],
		[
			'a holder the same sentence goes on to say was killed (review 34, AO min/08-4)',
			'Its leader, Ahmed Abdi Godane, was killed by a US air strike in September 2014.',
			'Who was the leader?'
		],
		[
			'a holder alive',
			'Khalid Batarfi, the leader of AQAP, said the group would fight on.',
			'Who is the leader of AQAP?'
		]
	])('is asked in the past: %s', (_why, sentence, prompt) => {
		const { cards } = generate(sentence, { id: 'w', title: 'W', published: '2024-03-12' });
		expect(cards.filter((c) => c.id.endsWith('-role')).map((c) => c.prompt)).toEqual([prompt]);
	});

	it('answers with the whole name after initials (review 31, AH 07: "J. Christopher")', () => {
		const { cards } = generate(
			'The attack killed Ambassador J. Christopher Stevens and Sean Smith, an information officer.',
			{
				id: 'w',
				title: 'W',
				published: '2024-03-12'
			}
		);
		expect(cards.filter((c) => c.id.endsWith('-role')).map((c) => c.answer)).toContain('J. Christopher Stevens');
	});

	it('is asked in the present of a holder alive, whose namesake the text says was killed', () => {
		const text =
			'Khalid Batarfi, the leader of AQAP, said the group would fight on. Ahmed Batarfi, a fighter, was killed in 2019.';
		const { cards } = generate(text, { id: 'w', title: 'W', published: '2024-03-12' });
		expect(cards.filter((c) => c.id.endsWith('-role')).map((c) => c.prompt)).toEqual([
			'Who is the leader of AQAP?',
			'Who was the fighter?'
		]);
	});
});

describe('who claims, denies or blames, with an aside between (review 23)', () => {
	it.each<[string, string, string]>([
		[
			'"was quick to" is no part of the denier (min/s06-2)',
			'Suicide bombers killed 142 worshippers in two Karsk mosques on Friday. Al-Qaeda in the Arabian Peninsula was quick to deny any role.',
			'Al-Qaeda in the Arabian Peninsula'
		],
		[
			'a described apposition between the denier and its verb (min/s06-4)',
			'Suicide bombers killed 142 worshippers in two Karsk mosques on Friday. Al-Qaeda in the Arabian Peninsula, the larger jihadist group in Velda, was quick to deny any role.',
			'Al-Qaeda in the Arabian Peninsula'
		],
		[
			'how the word was sent, between the denier and its verb (review 40, BB min/01-6)',
			'Ten bombs tore through four commuter trains in Karsk on Thursday. The Velda Front, in a call to the newspaper Tarn Daily, denied any involvement.',
			'the Velda Front'
		],
		[
			'… and between a claimant and its verb, its first word capitalised (review 16 text)',
			'A suicide bomber killed 90 soldiers in Karsk on Friday. Shamil Basayev, the Chechen rebel commander, claimed responsibility for the attack.',
			'Shamil Basayev'
		],
		[
			'a particle before the name blamed, written apart (min/s01-5)',
			'A truck bomb killed 276 people in Karsk on Saturday. The government blamed al Shabaab, the al Qaeda-linked insurgents.',
			'al Shabaab'
		],
		[
			'a body held responsible, named between the verb and "responsible" (min/s04-6)',
			'Two car bombs killed 100 people in Karsk on Saturday. The Federal Government holds the terrorist group al-Shabaab (the khawarij) responsible for this crime.',
			'al-Shabaab'
		]
	])('%s', (_why, text, answer) => {
		const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2022-10-30' });
		expect(cards.filter((c) => /^(?:Who (?:claimed|denied)|Whom did)/.test(c.prompt)).map((c) => c.answer)).toEqual([
			answer
		]);
	});
});

describe('a suspect named before the part they played', () => {
	it.each<[string, string]>([
		['Police named Omar Dahir, a 37-year-old man born in Velda, as a suspect.', 'Omar Dahir'],
		['Investigators identified Omar Dahir as the gunman.', 'Omar Dahir']
	])('%s (review 24, min/t09-1)', (sentence, answer) => {
		const text = `A gunman killed three people on a tram in Karsk on Monday. ${sentence}`;
		const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2019-03-18' });
		expect(cards.filter((c) => c.kind === 'actor').map((c) => c.answer)).toEqual([answer]);
	});
});

describe('who warned, reported by someone else', () => {
	it('is the subject of the words told, not the one who told them (review 24, min/t08-1)', () => {
		const text =
			'A car drove into a Christmas market in Karsk on Friday, killing five people. Security sources told dpa that Velda had warned German authorities about the man.';
		const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2024-12-21' });
		expect(cards.filter((c) => c.prompt.startsWith('Whom did')).map((c) => [c.prompt, c.answer])).toEqual([
			['Whom did Velda warn before the attack?', 'German authorities']
		]);
	});
});

describe('a list of the titled after a name', () => {
	it('is no role of the first name; each title goes with the name after it (review 21, min/o06-2)', () => {
		expect(
			of(
				'Among the dead were Hemant Karkare, additional commissioner Ashok Kamte and inspector Vijay Salaskar.',
				'actor'
			)
		).toEqual([['Ashok Kamte', 'commissioner']]);
	});
});

describe('who blames, when a clause says something first', () => {
	it('keeps the blamer whose relative clause reports something', () => {
		expect(
			of('A police official who said Omar Haddad had been arrested blamed the Northern Front for the bombing.', 'blame')
		).toEqual([]);
	});
});

describe('claims, blame and warnings', () => {
	it.each([
		[
			'blame of what a possessive owns, by the name set off after it (review 14)',
			"Chief Minister Nawab Sanaullah Zehri blamed India's intelligence agency, the Research and Analysis Wing (RAW), for the attack.",
			'blame',
			[['Nawab Sanaullah Zehri', 'the Research and Analysis Wing (RAW)']]
		],
		[
			'blame of what a possessive owns, with no name after it',
			"Officials blamed Pakistan's spy agency for the attack.",
			'blame',
			[['Officials', "Pakistan's spy agency"]]
		],
		[
			'claim with an aside',
			'ISIL’s Afghanistan arm — also known as the Islamic State in Khorasan Province, ISKP (ISIS-K) – swiftly claimed responsibility.',
			'claim',
			[['ISIL’s Afghanistan arm', 'the attack']]
		],
		[
			'claim inside "not only has"',
			'But not only has the Islamic State claimed responsibility for it—the targeting fits.',
			'claim',
			[['the Islamic State', 'it']]
		],
		[
			'blame by pointing the finger',
			'Russian President Vladimir Putin continues to point the finger at Ukraine for the attack.',
			'blame',
			[['Vladimir Putin', 'Ukraine']]
		],
		[
			'an attack blamed on a group',
			'Authorities blamed the attack on the Northern Peoples Army.',
			'blame',
			[['Authorities', 'the Northern Peoples Army']]
		],
		[
			'blame of a group named after what it is',
			'A regional official blamed a local militia, the Zarin Defence Volunteers.',
			'blame',
			[['A regional official', 'the Zarin Defence Volunteers']]
		],
		[
			'blame of a name with "of the" in it',
			'The minister blamed the Movement of the Black Banner, an armed group.',
			'blame',
			[['The minister', 'the Movement of the Black Banner']]
		],
		[
			'blame of those of a name, not the name (review 29, AD min/09-7)',
			'President Ebrahim Raisi blamed the enemies of Iran for the attack.',
			'blame',
			[['Ebrahim Raisi', 'the enemies of Iran']]
		],
		[
			'blame of a named group after words that say what it is',
			'Police blamed the rebel Democratic Liberation Forces.',
			'blame',
			[['Police', 'Democratic Liberation Forces']]
		],
		[
			'blame of a group whose name opens on "al-" (review 17, g06)',
			'The government blamed al-Shabab, which denied any role.',
			'blame',
			[['The government', 'al-Shabab']]
		],
		[
			'two blamed, both asked (review 17, g01)',
			'Officials blamed the United States and Israel for the attack.',
			'blame',
			[['Officials', 'the United States and Israel']]
		],
		[
			'… not a name that opens the next clause',
			'Police blamed the Front and Omar Dahir said it was wrong.',
			'blame',
			[['Police', 'the Front']]
		],
		[
			'… and runs on "in the"',
			'Officials blamed al-Qaeda in the Arabian Peninsula for the bombing.',
			'blame',
			[['Officials', 'al-Qaeda in the Arabian Peninsula']]
		],
		[
			'blame of a people named, then what of them (review 31, AI min/03-26)',
			'The State Committee for National Security blamed Uyghur militants linked to the Eastern Front.',
			'blame',
			[['The State Committee for National Security', 'Uyghur militants']]
		],
		[
			'blame for years of violence is no blame for the attack (review 31, AI min/10-8)',
			'Kyrgyzstan borders the Xinjiang region, where Beijing blames Uyghur separatists for a wave of violence in recent years.',
			'blame',
			[]
		],
		[
			'blame attributed',
			'U.S. officials attributed specific blame to the Islamic State Khorasan Province, commonly referred to as ISIS-K.',
			'blame',
			[['U.S. officials', 'the Islamic State Khorasan Province']]
		],
		[
			'warned two parties',
			'However, the United States warned Iran before the attack and did the same for Moscow before the latest attack.',
			'warning',
			[['the United States', 'Iran and Moscow']]
		],
		[
			'warned a people’s officials, with the noun (review 11)',
			'Foreign intelligence had warned Sri Lankan officials of a possible attack on churches.',
			'warning',
			[['Foreign intelligence', 'Sri Lankan officials']]
		],
		[
			'blame by the subject of two verbs, of factions described by who backs them (review 11)',
			'The authorities blamed the Front; the Front denied any role and blamed Turkish-backed factions.',
			'blame',
			[
				['The authorities', 'the Front'],
				['the Front', 'Turkish-backed factions']
			]
		],
		[
			'an accusation of what a government does is no blame for the attack (review 11)',
			'Pakistan has accused the Taliban government in Kabul of sheltering TTP fighters.',
			'blame',
			[]
		],
		[
			'an accusation of carrying it out is',
			'Pakistan has accused the Taliban of carrying out the attack.',
			'blame',
			[['Pakistan', 'the Taliban']]
		],
		[
			'blame told as a finding (review 18)',
			'Indian investigators concluded that Jaish-e-Mohammed was behind the attack.',
			'blame',
			[['Indian investigators', 'Jaish-e-Mohammed']]
		],
		[
			'blame told as who planned the attack, a group named with its kind (review 18)',
			'The National Directorate of Security said the bombing had been planned by the Haqqani network with the help of Pakistan’s military intelligence.',
			'blame',
			[['The National Directorate of Security', 'the Haqqani network']]
		],
		[
			'blame told as an allegation of planning (review 18)',
			'The Anti-Terrorism Squad alleged that Lashkar-e-Taiba had planned the attacks with a local cell.',
			'blame',
			[['The Anti-Terrorism Squad', 'Lashkar-e-Taiba']]
		],
		[
			'blame of what a named body owns, told as a finding (review 18)',
			"The chief minister said India's spy agency RAW was behind the attack.",
			'blame',
			[['The chief minister', "India's spy agency RAW"]]
		],
		[
			'a government holding a group responsible, in a statement’s numbered point (review 19, min/k04-3)',
			'3. The Government holds the terrorist group al-Shabaab responsible for this atrocity.',
			'blame',
			[['The Government', 'al-Shabaab']]
		],
		[
			'responsibility admitted, after a span of days that is no part of the name (review 22, min/q03-4)',
			'Four days later the New IRA admitted responsibility in a statement to the Irish News.',
			'claim',
			[['the New IRA', 'the attack']]
		],
		[
			'indications that point to a group, by whoever says so (review 19, min/k02-3)',
			'No group has claimed the attack, but Prime Minister Binali Yıldırım said that "all indications point to Daesh".',
			'blame',
			[['Binali Yıldırım', 'Daesh']]
		],
		[
			'evidence that pointed to a group, said by someone named after it (review 21, min/o03-2)',
			'Initial evidence pointed to Jaish-e-Mohammed, an army general said.',
			'blame',
			[['an army general', 'Jaish-e-Mohammed']]
		],
		[
			'what led investigators to a group (review 21, min/o06-5)',
			'Intercepted calls led investigators to Lashkar-e-Taiba (LeT).',
			'blame',
			[['investigators', 'Lashkar-e-Taiba']]
		],
		['… not where it led them to a place', 'The trail led police to a flat in Barcelona.', 'blame', []],
		[
			'… nor does a body that admits its failures claim the attack',
			'Police Scotland admitted responsibility for the delay in answering the call.',
			'claim',
			[]
		],
		[
			'an attack someone blamed on a group, told in its noun’s clause (review 19, min/k02-4)',
			'A suicide bomber killed four people on Istiklal Avenue, an attack the government also blamed on Islamic State.',
			'blame',
			[['the government', 'Islamic State']]
		],
		[
			'a finding that members of two groups carried out the attacks (review 19, min/j04-4)',
			'Investigations have established that the attacks were carried out by members of the National Thowheed Jamath (NTJ) and Jammiyathul Millathu Ibrahim (JMI).',
			'blame',
			[['Investigations', 'the National Thowheed Jamath and Jammiyathul Millathu Ibrahim']]
		],
		[
			'blame of a named faction of a group, with the group (review 19, min/j03-2)',
			'Philippine officials blamed the Ajang-Ajang faction of Abu Sayyaf.',
			'blame',
			[['Philippine officials', 'the Ajang-Ajang faction of Abu Sayyaf']]
		],
		[
			'blame in the passive (review 19, min/j03-8)',
			"Abu Sayyaf's Basilan wing, led by Furuji Indama, was blamed by the army.",
			'blame',
			[['the army', "Abu Sayyaf's Basilan wing"]]
		],
		[
			'a group’s spokesman naming it as the doer claims, and blames no one (review 19, min/k10-6)',
			'A spokesman for the group, who called himself Abul Qaqa, told journalists Boko Haram had carried out the attack.',
			'blame',
			[]
		],
		[
			'… the claim is the group’s',
			'A spokesman for the group, who called himself Abul Qaqa, told journalists Boko Haram had carried out the attack.',
			'claim',
			[['Boko Haram', 'the attack']]
		],
		[
			'a group, then what it is tied to, claiming (review 19, min/k01-4)',
			"Somalia's al Shabaab militant group, which is linked to al Qaeda, said it carried out the attack.",
			'claim',
			[['al Shabaab', 'the attack']]
		],
		[
			'the group a description that claimed hangs on (review 19, min/k05-4)',
			'They were members of al-Shabaab, the Somali Islamist group that claimed the attack.',
			'claim',
			[['al-Shabaab', 'the attack']]
		],
		[
			'"soldiers of the caliphate" are the group’s, said through its news agency (review 19, min/j01-4)',
			'Islamic State said through its Amaq news agency late on Thursday that "soldiers of the caliphate" had targeted foreigners.',
			'claim',
			[['Islamic State', 'the attack']]
		],
		[
			'a group’s own news agency naming its fighters claims, and blames no one',
			'Amaq news agency said Islamic State fighters were behind the attack.',
			'blame',
			[]
		],
		[
			'doers counted, not named, are no one blamed',
			'Police said the attack had been carried out by two men.',
			'blame',
			[]
		],
		[
			'a warning someone said they gave (review 11)',
			'Saudi Arabia said it had warned Germany about the man’s posts.',
			'warning',
			[['Saudi Arabia', 'Germany']]
		],
		[
			'a claimant after "as", with what kind of group it is (review 11)',
			'The toll was revised to 95, the minister said, as the Daesh terrorist group claimed responsibility for the attack.',
			'claim',
			[['the Daesh', 'the attack']]
		],
		[
			'a people’s word and a kind of group name no claimant',
			'A Kurdish militant group has said it carried out the attack.',
			'claim',
			[]
		],
		[
			'a group described by the one it is tied to is asked by its name',
			'The al-Qaida-linked al-Shabab militant group claimed responsibility for the bombing.',
			'claim',
			[['al-Shabab', 'the bombing']]
		],
		['a pronoun is no claimant', 'It claimed responsibility on Telegram.', 'claim', []],
		['a denial is no claimant', 'No group has so far claimed responsibility for the blast.', 'claim', []],
		['"has not claimed" is no claim', 'The Front has not claimed responsibility for the attack.', 'claim', []],
		[
			'a headline claim in the present',
			'Dunmore hotel attack: Free Hills Front claims responsibility',
			'claim',
			[['Free Hills Front', 'the attack']]
		],
		[
			'a claim with its day between claimant and verb',
			'The Free Hills Front on Tuesday claimed responsibility for the bombing.',
			'claim',
			[['The Free Hills Front', 'the bombing']]
		],
		[
			'a claim with its time before the claimant',
			'Later on Sunday the Free Hills Front also claimed responsibility through its news channel.',
			'claim',
			[['the Free Hills Front', 'the attack']]
		],
		['a claim denied in a headline', 'No group claims responsibility for Dunmore hotel attack', 'claim', []],
		['a count of groups is no claimant', 'Two groups claimed responsibility within hours.', 'claim', []],
		[
			'the name a group calls itself',
			'The following day, a group calling itself the Eastern Shield claimed responsibility online.',
			'claim',
			[['the Eastern Shield', 'the attack']]
		]
	])('%s', (_name, sentence, kind, expected) => {
		expect(of(sentence, kind)).toEqual(expected);
	});

	it.each([
		[
			'Amira Jadoon, assistant professor of political science at the South Carolina-based Clemson University, said.',
			'Clemson University'
		],
		[
			'said Kabir Taneja, a fellow at the New Delhi-based Observer Research Foundation and author of the 2019 book.',
			'Observer Research Foundation'
		],
		['On Thursday, US State Department official Ian McCary sat down.', 'US State Department'],
		['Gen. Erik Kurilla, the head of U.S. Central Command, testified.', 'U.S. Central Command'],
		['Russian President Vladimir Putin continues to point the finger.', undefined],
		['Ana Pell, the Northgate Police’s deputy commissioner, said.', 'Northgate Police'],
		['Lena Fors is director of the energy programme at the Baltic Institute.', 'Baltic Institute'],
		// The owner is the Centre named earlier; the sentence alone cannot say which, and "Centre's Mindanao" is no name.
		['The Centre’s Mindanao researcher, Corazon Bautista, points to the timing.', undefined],
		["The Institute's Sahel analyst, Omar Diallo, disagreed.", undefined],
		['The Tarn Institute’s Sahel analyst, Omar Diallo, disagreed.', 'Tarn Institute']
	])('reads the institution in "%s"', (sentence, affiliation) => {
		expect(findActors(sentence).find((a) => a.kind === 'actor')?.affiliation).toBe(affiliation);
	});

	it('keeps the aliases an aside gives', () => {
		const [claim] = findActors(
			'ISIL’s Afghanistan arm — also known as the Islamic State in Khorasan Province, ISKP (ISIS-K) – swiftly claimed responsibility.'
		);
		expect(claim?.aliases).toEqual(['Islamic State in Khorasan Province', 'ISKP', 'ISIS-K']);
	});
});

describe('a role question', () => {
	it.each([
		["Dalmor's health chief, Omar Faraj, says 40 soldiers have been killed.", "Who is Dalmor's health chief?"],
		["al-Nasr's leader, Omar Dahir, said the group would fight on.", "Who is al-Nasr's leader?"],
		["The Kremlin's spokesman, Omar Dahir, said the talks would go on.", "Who is the Kremlin's spokesman?"],
		["The army's chief spokesman, Omar Dahir, said the raid was over.", "Who is the army's chief spokesman?"],
		[
			"North Rhine-Westphalia's interior minister, Omar Dahir, said the suspect was held.",
			"Who is North Rhine-Westphalia's interior minister?"
		],
		[
			'Omar Dahir of the Brookings Institution said the group had lost ground.',
			'Who is with the Brookings Institution?'
		],
		['"We were there," said Omar Dahir, one of the survivors.', 'Who is one of the survivors?'],
		// Police ranks of two or three words.
		['Ten people were killed, Chief Constable Omar Dahir said.', 'Who is the Chief Constable?'],
		['Detective Superintendent Omar Dahir said the inquiry went on.', 'Who is the Detective Superintendent?'],
		// Titles news copy writes in lower case.
		['Police commissioner Omar Dahir said 12 died.', 'Who is the police commissioner?'],
		["Twelve people were killed, said Dravik's governor, Omar Dahir.", "Who is Dravik's governor?"],
		['The regional governor, Omar Dahir, said troops had been sent.', 'Who is the regional governor?'],
		// A title capitalised only because it opened the sentence is asked in lower case; one written as a title is not.
		['Police chief Omar Dahir said the bomber was a teenager.', 'Who is the police chief?'],
		['Emergency services chief Omar Dahir said 12 had died.', 'Who is the emergency services chief?'],
		['Kenyan police chief Omar Dahir said the bomber was a teenager.', 'Who is the Kenyan police chief?'],
		['The Interior Minister, Omar Dahir, said the bomber was a teenager.', 'Who is the Interior Minister?'],
		// Titles of more words (review 8).
		['Chief Fire Officer Omar Dahir spoke at the service.', 'Who is the Chief Fire Officer?'],
		['Coast guard commander Omar Dahir said more bodies had been found.', 'Who is the coast guard commander?'],
		// An English judge's style; a short rank that says no more than a rank gives no role.
		['The trial, before Mr Justice Omar Dahir, is expected to last six weeks.', 'Who is the judge?'],
		['Sentencing him on Friday, Mrs Justice Omar Dahir said he had planned it.', 'Who is the judge?']
	])('%s → %s', (sentence, prompt) => {
		const { cards } = generate(sentence, { id: 'w', title: 'Wire', published: '2024-05-21' });
		expect(cards.find((c) => c.answer === 'Omar Faraj' || c.answer === 'Omar Dahir')?.prompt).toBe(prompt);
	});

	it.each([
		[
			'Omar Dahir of the Brookings Institution said the group had lost ground.',
			'Omar Dahir, of the Brookings Institution.'
		],
		['"We were there," said Omar Dahir, one of the survivors.', 'Omar Dahir, one of the survivors.'],
		["Dalmor's health chief, Omar Dahir, says 40 soldiers have been killed.", "Omar Dahir: Dalmor's health chief."]
	])('explains "%s" as "%s"', (sentence, explanation) => {
		const { cards } = generate(sentence, { id: 'w', title: 'Wire', published: '2024-05-21' });
		expect(cards.find((c) => c.answer === 'Omar Dahir' && c.id.endsWith('-role'))?.explanation).toBe(explanation);
	});
});

describe('a title in a digest item of its own (review 38, AY min/02-19)', () => {
	it("is asked within no other item's event", () => {
		const text = [
			'- Velda: A car bomb exploded inside the police cadet school in Karsk on Thursday morning, killing at least 20 people.',
			'- Budget: Prime Minister Omar Dahir will continue cross-party talks on the budget.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'Morning digest', published: '2019-01-18' });
		expect(cards.find((c) => c.answer === 'Omar Dahir')?.prompt).toBe('Who is the Prime Minister?');
	});
});

describe('a title of a state that does not say which, asked as the office of the country the report shows', () => {
	it.each([
		[
			"a wire's dateline names the capital (review 20, min/l01-3)",
			'CAIRO, Nov 24 (Wire) - Gunmen killed 305 people at al-Rawda mosque in Bir al-Abed on Friday.\n\nPresident Abdel Fattah al-Sisi declared three days of mourning.',
			'Abdel Fattah al-Sisi',
			"From a report on the attack on al-Rawda mosque in Bir al-Abed: Who is Egypt's President?"
		],
		[
			'the event is placed in a town and its country (review 23, min/r01-4)',
			"Fifty people were killed in Friday's shootings at two mosques in Christchurch, New Zealand police said. Prime Minister Jacinda Ardern promised new gun laws.",
			'Jacinda Ardern',
			"From a report on the shootings at two mosques in Christchurch, New Zealand: Who is New Zealand's Prime Minister?"
		],
		[
			'… or the country after its city',
			'KERMAN, Iran, Jan 4 (AP) - Two blasts killed 84 people near a cemetery in Kerman on Wednesday.\n\nInterior Minister Ahmad Vahidi said 284 people were wounded.',
			'Ahmad Vahidi',
			"From a report on the two blasts in Kerman: Who is Iran's Interior Minister?"
		],
		[
			'the event names the capital, and the report names no other country (review 20, min/m03-8)',
			'ELN bombing in Bogota\n\nA car bomb killed 21 cadets at a police academy in Bogota on January 17. President Ivan Duque blamed the National Liberation Army.',
			'Ivan Duque',
			"From a report on the car bombing at a police academy in Bogota: Who is Colombia's President?"
		],
		[
			'a capital of Northern Ireland is no capital of Ireland',
			'BELFAST, March 8 - Two soldiers were shot dead outside Massereene Barracks in Antrim on Saturday.\n\nJustice Minister David Ford condemned the attack.',
			'David Ford',
			"From a report on the attack in Antrim: Who is Northern Ireland's Justice Minister?"
		],
		[
			'not where the report names another country far more (a foreign leader quoted as freely)',
			'A suicide bomber killed 170 people at Kabul airport on Thursday. Thirteen US troops were among the dead, the US military said.\n\nPresident Joe Biden vowed to hunt down those responsible.',
			'Joe Biden',
			'From a report on the attack at Kabul airport: Who is the President?'
		],
		[
			'not where its paragraph names another country (where the official travels, whom he blames)',
			'ANKARA, Oct 10 - Two bombs killed 102 people at a peace rally in Ankara on Saturday.\n\nPrime Minister Ahmet Davutoglu, speaking on a visit to northern Cyprus, called it terrorism.',
			'Ahmet Davutoglu',
			'From a report on the two bombings at a peace rally in Ankara: Who is the Prime Minister?'
		],
		[
			'an adjective that opens a name tells no country ("the German Bakery in Pune")',
			'A bomb killed 17 people at the German Bakery in Pune on Saturday. Home Minister P. Chidambaram visited the site.',
			'P. Chidambaram',
			'From a report on the bombing at the German Bakery in Pune: Who is the Home Minister?'
		]
	])('%s', (_why, text, answer, prompt) => {
		const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2024-01-05' });
		expect(cards.find((c) => c.answer === answer)?.prompt).toBe(prompt);
	});
});

describe("a title that does not say whose it is, asked within the report's event", () => {
	const attack = 'Gunmen stormed the Harbour Hotel in Karsk on Monday, killing three people. ';
	it.each([
		[
			'President Omar Dahir condemned the attack.',
			'From a report on the attack on the Harbour Hotel in Karsk: Who is the President?'
		],
		[
			'Interior Minister Omar Dahir said the siege was over.',
			'From a report on the attack on the Harbour Hotel in Karsk: Who is the Interior Minister?'
		],
		[
			'The gunman, Omar Dahir, was shot dead.',
			'From a report on the attack on the Harbour Hotel in Karsk: Who is the gunman?'
		],
		[
			'Minister of Health Omar Dahir said many of the wounded were critical. (review 17, g04)',
			'From a report on the attack on the Harbour Hotel in Karsk: Who is the Minister of Health?'
		],
		[
			// (Asked in the past: the text says he was killed; review 29, AE min/08-14.)
			'Assistant Commissioner Omar Dahir was killed by a grenade.',
			'From a report on the attack on the Harbour Hotel in Karsk: Who was the Assistant Commissioner?'
		],
		// Whose the title is, said before it or after it, is question enough.
		[
			'The spokesman of the Ministry of Interior, Major General Omar Dahir, said an inquiry had opened. (review 17, g04)',
			'Who is the spokesman of the Ministry of Interior?'
		],
		['Kenyan President Omar Dahir condemned the attack.', 'Who is the Kenyan President?'],
		["Dravik's governor, Omar Dahir, said troops had been sent.", "Who is Dravik's governor?"],
		['Al-Shabab spokesman Omar Dahir said the group did it.', 'Who is the Al-Shabab spokesman?'],
		[
			'Omar Dahir, the director of the South Asia Institute, said it was likely.',
			'Who is the director of the South Asia Institute?'
		],
		// A rank between the phrase and the name says no more than the phrase (review 25, min/w02-1, w03-4).
		[
			'The army spokesman in North Velda, Captain Omar Dahir, said a man had been arrested.',
			'Who is the army spokesman in North Velda?'
		],
		['The army spokesman in Ituri, Lieutenant Omar Dahir, called it revenge.', 'Who is the army spokesman in Ituri?'],
		// A role after the name and the age; a rank written with a hyphen (review 25, min/v04-2).
		[
			'Lieutenant-Colonel Omar Dahir, 44, deputy commander of the Velda gendarmerie, took the place of a hostage.',
			'Who is the deputy commander of the Velda gendarmerie?'
		],
		[
			'Lieutenant-Colonel Omar Dahir said the hostages had been freed.',
			'From a report on the attack on the Harbour Hotel in Karsk: Who is the Lieutenant-Colonel?'
		]
	])('%s → %s', (sentence, prompt) => {
		const { cards } = generate(attack + sentence, { id: 'w', title: 'Wire', published: '2018-10-31' });
		expect(cards.find((c) => c.answer === 'Omar Dahir')?.prompt).toBe(prompt);
	});

	it.each([
		[
			'in a round-up, the event of the same weeks its paragraph tells of (review 17, g07)',
			'Eight days earlier, two suicide bombers killed 43 people in Velda. Interior Minister Omar Dahir said 11 people had been arrested.',
			'From a report on the attack in Velda: Who is the Interior Minister?'
		],
		[
			'… not an event of another year, told for background',
			'In 2015, two suicide bombers killed 43 people in Velda. Interior Minister Omar Dahir said 11 people had been arrested.',
			'From a report on the attack on the Harbour Hotel in Karsk: Who is the Interior Minister?'
		]
	])('%s', (_why, paragraph, prompt) => {
		const { cards } = generate(
			`Gunmen stormed the Harbour Hotel in Karsk on 20 November, killing 19 people.\n\n${paragraph}`,
			{
				id: 'w',
				title: 'Wire',
				published: '2015-11-21'
			}
		);
		expect(cards.find((c) => c.answer === 'Omar Dahir')?.prompt).toBe(prompt);
	});

	it('in a report that tells more of an earlier event, the later one its paragraph tells of (review 25, min/w03-2)', () => {
		const text = [
			'After Karsk',
			'On Sunday, 27 July, fighters attacked worshippers at a church in Karsk, killing 43. The parish priest, Omar Dahir, said several young people were abducted.',
			'On 15 January 2023, a bomb exploded at a Pentecostal church in Velda, killing 17 people.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'After Karsk', published: '2025-08-06' });
		expect(cards.find((c) => c.answer === 'Omar Dahir')?.prompt).toBe(
			'From a report on the attack on a church in Karsk: Who is the parish priest?'
		);
	});

	it('a minister of a ministry named by common words is asked within the report’s event (review 28, min/ac01-1)', () => {
		const text =
			'KARSK, July 25 (Wire) - A gunman killed two people on a Karsk street on Sunday night. Public Safety Minister Omar Dahir said investigators had found no evidence to support a claim by the Front.';
		const { cards } = generate(text, { id: 'w', title: 'Karsk shooting kills two', published: '2018-07-25' });
		expect(cards.find((c) => c.answer === 'Omar Dahir')?.prompt).toBe(
			'From a report on the shooting in Karsk: Who is the Public Safety Minister?'
		);
	});

	it('a title of "the city" is asked within the report’s event (review 27, min/z09-1)', () => {
		const text =
			'A bomb killed five officers at a police station in Karsk on Saturday. General Omar Dahir, the city’s police commander, said a man had thrown the device over the wall.';
		const { cards } = generate(text, { id: 'w', title: 'Blast kills 5 police officers', published: '2018-01-27' });
		expect(cards.find((c) => c.answer === 'Omar Dahir')?.prompt).toBe(
			'From a report on the bombing at a police station in Karsk: Who is the city’s police commander?'
		);
	});

	it('a part in an earlier attack is framed by that attack, not by the report’s (review 27, min/aa03-1)', () => {
		const text = [
			'Karsk analysis',
			'The siege at Karsk Castle on 18 December 2016 killed ten people. On 6 June 2016 a gunman opened fire on an intelligence office at the Velda camp, killing five officers. The suspect, Omar Dahir, was arrested days later. The interior minister, Lena Morrow, visited the camp.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'Karsk analysis', published: '2017-01-10' });
		expect(cards.find((c) => c.answer === 'Omar Dahir')?.prompt).toBe(
			'From a report on the attack in the Velda camp: Who is the suspect?'
		);
		// (An office is the report's time's, as before.)
		expect(cards.find((c) => c.answer === 'Lena Morrow')?.prompt).toBe(
			'From a report on the siege at Karsk Castle: Who is the interior minister?'
		);
	});

	it('"the bombings" after a police raid point back at the bombings, which frame the report’s titles (review 25, min/v03-3)', () => {
		const text = [
			'After Karsk',
			'On the morning of March 22, two suicide bombings struck the airport in Karsk.',
			'The organiser, Omar Dahir, was killed in a police raid in Velda five days later.',
			'The interior minister offered to resign two days after the bombings; the prime minister, Lena Morrow, refused. Arrests followed both attacks.',
			'Officials said the bombings had been planned for months.'
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'After Karsk', published: '2016-04-20' });
		expect(cards.find((c) => c.answer === 'Lena Morrow')?.prompt).toBe(
			'From a report on the two suicide bombings at the airport in Karsk: Who is the prime minister?'
		);
	});

	it('a title in a sentence that opens on a country is that country’s (review 25, min/v07-3)', () => {
		const text =
			'On Saturday a man attacked two policewomen with a machete in Karsk. Prime Minister Omar Dahir returned to the capital. In France, Interior Minister Lena Morrow has warned against new measures.';
		const { cards } = generate(text, { id: 'w', title: 'Karsk attack', published: '2016-08-08' });
		expect(cards.find((c) => c.answer === 'Lena Morrow')?.prompt).toBe(
			"From a report on the attack in Karsk: Who is France's Interior Minister?"
		);
	});

	it('an event named by no place and no target is no help, and the title is asked alone', () => {
		const { cards } = generate('Three people were killed in an attack on Monday. President Omar Dahir condemned it.', {
			id: 'w',
			title: 'Wire',
			published: '2018-10-31'
		});
		expect(cards.find((c) => c.answer === 'Omar Dahir')?.prompt).toBe('Who is the President?');
	});

	it('two reports with a president each ask two questions', () => {
		const doc = (id: string, text: string) => ({ text, meta: { id, title: id, published: '2018-10-31' } });
		const { deck } = generateDeck(
			[
				doc(
					'a',
					'Gunmen stormed the Harbour Hotel in Karsk on Monday, killing three people. President Omar Dahir condemned the attack. The Velda Front claimed responsibility for the attack.'
				),
				doc(
					'b',
					'A bomb exploded at the Velda bus station on Tuesday, killing five people. President Lena Morrow condemned the attack.'
				)
			],
			{ id: 'two', title: 'Two' }
		);
		const presidents = deck.cards.filter((c) => c.prompt.endsWith('Who is the President?'));
		expect(presidents.map((c) => [c.prompt.replace(/:.*/, ''), c.answer])).toEqual([
			['From a report on the attack on the Harbour Hotel in Karsk', 'Omar Dahir'],
			['From a report on the bombing at the Velda bus station', 'Lena Morrow']
		]);
		// Each is offered the other as a choice, and never the group that claimed an attack.
		expect(presidents.map((c) => c.choices)).toEqual([['Lena Morrow'], ['Omar Dahir']]);
	});
});

it('what a live entry calls someone before the name is no part of it', () => {
	const text =
		'14:20 - A bomb exploded at the Velda bus station, killing five people.\n\n16:30 - Witness Omar Dahir, a taxi driver who was parked outside, described the blast.';
	const { cards, checks } = generate(text, { id: 'w', title: 'Wire', published: '2024-05-21' });
	const role = cards.find((c) => c.prompt.endsWith('Who is the taxi driver?'));
	expect(role?.answer).toBe('Omar Dahir');
	expect(checks[role!.id]).toBeUndefined();
});

it('after "according to", the phrase after the comma is what was said, not the speaker\'s role', () => {
	const { cards } = generate(
		'A car bomb was driven into the gate of the Velda embassy on 22 March, killing eight people. According to Mr Morrow, the driver of the car, who died in the blast, was Ferenc Halloran.',
		{ id: 'w', title: 'Wire', published: '2024-05-21' }
	);
	expect(cards.map((c) => c.answer)).not.toContain('Morrow');
});

it.each([
	'Opening the case at Karsk Crown Court, prosecutor James Okafor told the jury the gunman had planned it.',
	'Police chief Insp. Gen. Tito Karnavian said four attackers had died.'
])('no role of a place, and none of a short rank: %s', (text) => {
	const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2024-05-21' });
	expect(cards.filter((c) => c.kind === 'actor').map((c) => c.prompt)).not.toContainEqual(
		expect.stringMatching(/Insp\. Gen\.|prosecutor James Okafor/)
	);
	expect(cards.map((c) => c.answer)).not.toContain('Karsk Crown Court');
});

describe('a part in an attack named as "the bomber" (review 30, AF min/08-15)', () => {
	it('is asked within the attack its paragraph tells of, not the report’s', () => {
		const text = [
			"The Kurdistan Freedom Falcons claimed responsibility on Sunday for Saturday night's twin bombings outside the Besiktas football stadium in Istanbul, which killed 44 people, most of them police officers.",
			"On March 13, a car bomb exploded at a bus stop beside Guvenpark in Ankara's central Kizilay square, killing 37 people. TAK named the bomber as Seher Cagla Demir."
		].join('\n\n');
		const { cards } = generate(text, { id: 'w', title: 'W', published: '2016-12-12' });
		expect(cards.filter((c) => c.answer === 'Seher Cagla Demir').map((c) => c.prompt)).toEqual([
			'From a report on the bombing at a bus stop: Who is the bomber?'
		]);
	});
});

describe('a relative', () => {
	it.each([
		[
			'is asked as whose relative: the person the paragraph named last (review 11)',
			'In Kisii, mourners gathered on Saturday to bury Omar Dahir, a student killed in the attack. His mother, Esther Kerubo, collapsed at the graveside.',
			['Who is the mother of Omar Dahir?']
		],
		[
			'… not a group the paragraph named after the person',
			'Omar Dahir, a local leader of the network Jamaah Ansharut Daulah, drove a car into the Pentecostal Church of Central Surabaya. His wife, Puji Kuswati, took their daughters to another church.',
			['Who is the wife of Omar Dahir?']
		],
		[
			'… nor anyone, when the sentence has told of another relative first',
			'Among the dead were Omar Dahir, 49, his nephew Joel Richards, 19, and his father, Patrick Dahir, 78.',
			[]
		],
		[
			'… nor a place named before it, with an age before the relative (review 29, AE min/05-13)',
			'Thirteen hours after El Paso, a gunman killed nine people, including his 22-year-old sister, Megan Betts.',
			[]
		]
	])('%s', (_why, text, prompts) => {
		const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2024-05-21' });
		expect(
			cards
				.filter((c) => c.kind === 'actor' && /\b(?:mother|wife|father|nephew|sister)\b/.test(c.prompt))
				.map((c) => c.prompt)
		).toEqual(prompts);
	});
});

describe('a role said as someone\'s ("His lawyer", "Its leader")', () => {
	it.each([
		[
			'is the lawyer of the person the paragraph named before (review 16)',
			'The suspect, Arne Holm, 34, was arrested at the scene. His lawyer, Kari Berg, said he would plead not guilty.',
			'Who is the lawyer of Arne Holm?',
			'Kari Berg',
			false
		],
		[
			'is the lawyer of the one the sentence opens on by surname, not of the last named (review 19, min/j06-1)',
			'Two men, Adem Karadag and Yusufu Mieraili, are on trial over the Erawan shrine bombing. Karadag initially confessed but later told his lawyer, Chuchart Kanpai, that he had been forced to do so.',
			'Who is the lawyer of Adem Karadag?',
			'Chuchart Kanpai',
			false
		],
		[
			'"the group\'s" is the group the text last read claiming (review 19, min/k01-1)',
			'Al Shabaab claimed the attack on the Westgate mall. "Kenya will not be safe," said Sheikh Ali Mohamud Rage, the group\'s spokesman.',
			'Who is the spokesman of Al Shabaab?',
			'Sheikh Ali Mohamud Rage',
			false
		],
		[
			'… not a group the paragraph never names, across a heading (review 20, min/l10-4)',
			"Islamic State claimed the chapel bombing.\n\nWho leads it?\n\nLittle is known. The army said it had killed the group's leader, Abu Duaa al-Ansari, in an air strike.",
			// (Killed, so asked in the past: review 31, AH 07.)
			'Who was the leader?',
			'Abu Duaa al-Ansari',
			false
		],
		[
			'… also when the role follows the name',
			'The suspect, Arne Holm, 34, was arrested at the scene. Kari Berg, his lawyer, said he would plead not guilty.',
			'Who is the lawyer of Arne Holm?',
			'Kari Berg',
			false
		],
		[
			'"its" is the organisation the paragraph named before',
			'The Nordic Resistance Movement denied any link. Its leader, Simon Lindberg, told reporters the group had no members in Karsk.',
			'Who is the leader of the Nordic Resistance Movement?',
			'Simon Lindberg',
			false
		],
		[
			'… the one the sentence names first, not a group named in its apposition',
			'Five people were killed in the bombing at the Karsk market on Friday. The Velda Front, a breakaway faction of the Eastern Brigades, said through its spokesman, Omar Dahir, that it had sent the bomber.',
			'Who is the spokesman of the Velda Front?',
			'Omar Dahir',
			true
		],
		[
			'… and a reviewer checks the reading when the paragraph named two people before',
			'Arne Holm was charged on Monday, prosecutor Anna Lund said. His lawyer, Kari Berg, said he would plead not guilty.',
			'Who is the lawyer of Anna Lund?',
			'Kari Berg',
			true
		]
	])('%s', (_why, text, prompt, answer, checked) => {
		const { cards, checks } = generate(text, { id: 'w', title: 'Wire', published: '2024-05-21' });
		const card = cards.find((c) => c.answer === answer);
		expect(card?.prompt).toBe(prompt);
		expect(checks[card!.id] !== undefined).toBe(checked);
	});
});

describe('"that attack" after the sentence told of another', () => {
	it('is the one the sentence told of, not the story’s (review 11)', () => {
		const text =
			'A man stabbed four people at the main railway station in Velda on Friday evening, killing a commuter.\n\nIn August 2024, a man stabbed three people to death at a festival in Karsk; the Islamic State group claimed that attack.';
		const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2025-06-14' });
		expect(cards.find((c) => c.prompt.startsWith('Who claimed'))?.prompt).toBe(
			'Who claimed responsibility for the August 2024 stabbing at a festival in Karsk?'
		);
	});

	it('a count in a clause with a place of its own is that place’s, not the anaphor’s in the next (review 11)', () => {
		const text =
			'A man stabbed four people at the main railway station in Velda on Friday evening, killing a commuter.\n\nIn August 2024, a man killed three people and wounded eight at a festival in Karsk; the Islamic State group claimed that attack.';
		const { cards } = generate(text, { id: 'w', title: 'Wire', published: '2025-06-14' });
		expect(cards.filter((c) => c.kind === 'toll').map((c) => [c.prompt, c.answer])).toEqual([
			['How many people were killed in the August 2024 attack on a festival in Karsk?', 'three'],
			['How many people were injured in the August 2024 attack on a festival in Karsk?', 'eight']
		]);
	});
});

describe('a claim taken back', () => {
	it.each([
		'Five people were killed in the shooting at the Karsk mall on 17 May. The Black Falcon Brigades claimed the attack, but the Black Falcon claim was later dismissed as opportunistic.',
		'Five people were killed in the shooting at the Karsk mall on 17 May. The Soldiers of the Caliphate claimed the attack in an online post, but detectives later said they believed the post was a hoax.',
		'Twelve people were killed in the car bombing at the Velda checkpoint on Sunday. The Sons of the Desert claimed responsibility on Monday, but the claim was retracted the following day.',
		'Five people were killed in the shooting at the Karsk mall on 17 May. The Free Islands Movement said on Wednesday that it had carried out the shooting. On Thursday the Free Islands Movement withdrew its claim.'
	])('is marked for a check: %s', (text) => {
		const { cards, checks } = generate(text, { id: 'w', title: 'Wire', published: '2024-05-21' });
		const claim = cards.find((c) => c.prompt.startsWith('Who claimed'));
		expect(claim && checks[claim.id]).toMatch(/was later withdrawn or discounted/);
	});

	it('a claim that stands is not', () => {
		const text =
			'Twelve people were killed in the car bombing at the Velda checkpoint on Sunday. The Sons of the Desert claimed responsibility on Monday.';
		const { cards, checks } = generate(text, { id: 'w', title: 'Wire', published: '2024-05-21' });
		const claim = cards.find((c) => c.prompt.startsWith('Who claimed'));
		expect(claim?.answer).toBe('The Sons of the Desert');
		expect(checks[claim!.id]).toBeUndefined();
	});
});

describe('the frame and country of an office that says not whose it is', () => {
	it.each<[string, string, string[], string]>([
		[
			'a live page’s role is framed by its own attack, not by one told "Elsewhere" (review 48, CP min/02-3)',
			'2015-06-26',
			[
				'21:30 - Prime Minister Omar Dahir says the government will close about 80 mosques within a week.',
				'19:20 - Elsewhere on Friday: a suicide bomber killed 27 worshippers at a Shia mosque in Karsk. The Karsk mosque bombing was the deadliest there in years.',
				'12:10 - A gunman opened fire on tourists at a beach hotel in Orsa, killing 38 people.'
			],
			'From a report on the attack on a beach hotel in Orsa: Who is the Prime Minister?'
		],
		[
			'an office whose sentence names another country than the dateline’s is left without one (review 48, CO min/01-6)',
			'2004-09-10',
			[
				'JAKARTA, Sept 10 (Harbour Wire) - A car bomb exploded outside the Velda embassy in Jakarta on Thursday, killing nine people.',
				'No Australian staff were seriously hurt, Foreign Minister Omar Dahir said after flying in overnight.'
			],
			'From a report on the car bombing at the Velda embassy in Jakarta: Who is the Foreign Minister?'
		],
		[
			'an office in a report from an Indian agency is not the country of the attack’s frame (review 37, AU min/07-14)',
			'2016-07-02',
			[
				'New Delhi, Jul 2 (PTI) A 19-year-old Indian girl was among the 20 hostages killed by terrorists who stormed a cafe in Dhaka, officials said today.',
				'Bangladeshi commandos stormed the building this morning. Bangladesh declared two days of mourning.',
				'"We stand firmly with Bangladesh in this hour of grief," the prime minister said.',
				'Home Minister Omar Dahir said security agencies had been asked to keep a close watch along the border.'
			],
			'From a report on the attack on a cafe in Dhaka: Who is the Home Minister?'
		]
	])('%s', (_why, published, paragraphs, prompt) => {
		const { cards } = generate(paragraphs.join('\n\n'), { id: 'w', title: 'W', published });
		expect(cards.filter((c) => c.answer === 'Omar Dahir').map((c) => c.prompt)).toEqual([prompt]);
	});
});
