import { readDateline } from './event-places';
import { literal, pattern } from '../lang/pattern';

/**
 * Countries as a report names them: by name ("Egypt", "Egypt's"), by the adjective of its people ("Egyptian"), or by
 * its capital ("CAIRO, Nov 24"). A title that says not whose it is ("President Abdel Fattah al-Sisi", "Interior
 * Minister Thomas de Maiziere") is asked as the office of the one country the report shows it to be in: "Who is the
 * President?" asks of no country, and a deck of several reports holds many presidents.
 *
 * One row per country: its name as a question writes it, then the other words that name it, then its capital, ';'
 * between them and ',' between words. Names that are also common words or people's names in English copy ("Chad",
 * "Jordan", "Georgia", the US state) are named by their adjective and capital only.
 */
const ROWS = `Afghanistan;Afghan;Kabul
Albania;Albanian;Tirana
Algeria;Algerian;Algiers
Angola;Angolan;Luanda
Argentina;Argentine,Argentinian;Buenos Aires
Armenia;Armenian;Yerevan
Australia;Australian;Canberra
Austria;Austrian;Vienna
Azerbaijan;Azerbaijani,Azeri;Baku
Bahrain;Bahraini;Manama
Bangladesh;Bangladeshi;Dhaka
Belarus;Belarusian;Minsk
Belgium;Belgian;Brussels
Benin;Beninese;Porto-Novo
Bolivia;Bolivian;La Paz
Bosnia,Bosnia and Herzegovina;Bosnian;Sarajevo
Brazil;Brazilian;Brasilia
Bulgaria;Bulgarian;
Burkina Faso;Burkinabe;Ouagadougou
Burundi;Burundian;Bujumbura
Cambodia;Cambodian;Phnom Penh
Cameroon;Cameroonian;Yaounde
Canada;Canadian;Ottawa
the Central African Republic;Central African;Bangui
Chad's;Chadian;N'Djamena
Chile;Chilean;
China;Chinese;Beijing
Colombia;Colombian;Bogota
the Democratic Republic of Congo,DR Congo,DRC;Congolese;Kinshasa
Croatia;Croatian;Zagreb
Cuba;Cuban;Havana
Cyprus;Cypriot;Nicosia
the Czech Republic,Czechia;Czech;Prague
Denmark;Danish;Copenhagen
Djibouti;Djiboutian;
Ecuador;Ecuadorian;Quito
Egypt;Egyptian;Cairo
El Salvador;Salvadoran;San Salvador
Eritrea;Eritrean;Asmara
Estonia;Estonian;Tallinn
Ethiopia;Ethiopian;Addis Ababa
Finland;Finnish;Helsinki
France;French;Paris
Gabon;Gabonese;Libreville
Gambia;Gambian;Banjul
Georgia's;Georgian;Tbilisi
Germany;German;Berlin
Ghana;Ghanaian;Accra
Greece;Greek;Athens
Guatemala;Guatemalan;Guatemala City
Guinea;Guinean;Conakry
Guinea-Bissau;;Bissau
Equatorial Guinea;Equatoguinean;Malabo
Haiti;Haitian;Port-au-Prince
Honduras;Honduran;Tegucigalpa
Hungary;Hungarian;Budapest
Iceland;Icelandic;Reykjavik
India;Indian;New Delhi,Delhi
Indonesia;Indonesian;Jakarta
Iran;Iranian;Tehran
Iraq;Iraqi;Baghdad
Ireland;Irish;Dublin
Israel;Israeli;Jerusalem
Italy;Italian;Rome
the Ivory Coast,Cote d'Ivoire;Ivorian;Abidjan,Yamoussoukro
Jamaica;Jamaican;
Japan;Japanese;Tokyo
Jordan's;Jordanian;Amman
Kazakhstan;Kazakh;Astana,Nur-Sultan
Kenya;Kenyan;Nairobi
Kosovo;Kosovar;Pristina
Kuwait;Kuwaiti;Kuwait City
Kyrgyzstan;Kyrgyz;Bishkek
Laos;Laotian;Vientiane
Latvia;Latvian;Riga
Lebanon;Lebanese;Beirut
Liberia;Liberian;Monrovia
Libya;Libyan;
Lithuania;Lithuanian;Vilnius
Luxembourg;Luxembourgish;
Madagascar;Malagasy;Antananarivo
Malawi;Malawian;Lilongwe
Malaysia;Malaysian;Kuala Lumpur
Maldives;Maldivian;
Mali;Malian;Bamako
Malta;Maltese;Valletta
Mauritania;Mauritanian;Nouakchott
Mexico;Mexican;Mexico City
Moldova;Moldovan;Chisinau
Mongolia;Mongolian;Ulaanbaatar
Montenegro;Montenegrin;Podgorica
Morocco;Moroccan;Rabat
Mozambique;Mozambican;Maputo
Myanmar,Burma;Burmese;Naypyidaw,Yangon
Namibia;Namibian;Windhoek
Nepal;Nepali,Nepalese;Kathmandu
the Netherlands,Holland;Dutch;Amsterdam,The Hague
New Zealand;New Zealander;Wellington
Nicaragua;Nicaraguan;Managua
Nigeria;Nigerian;Abuja
Niger;Nigerien;Niamey
North Korea;North Korean;Pyongyang
North Macedonia,Macedonia;Macedonian;Skopje
Northern Ireland;Northern Irish;Belfast,Stormont
Norway;Norwegian;Oslo
Oman;Omani;Muscat
Pakistan;Pakistani;Islamabad
the Palestinian territories,Palestine;Palestinian;Ramallah
Panama;Panamanian;Panama City
Papua New Guinea;;Port Moresby
Paraguay;Paraguayan;Asuncion
Peru;Peruvian;Lima
the Philippines;Philippine,Filipino;Manila
Poland;Polish;Warsaw
Portugal;Portuguese;Lisbon
Qatar;Qatari;Doha
Romania;Romanian;Bucharest
Russia,Russian Federation;Russian;Moscow,Kremlin
Rwanda;Rwandan;Kigali
Saudi Arabia;Saudi;Riyadh
Scotland;Scottish;Edinburgh,Holyrood
Senegal;Senegalese;Dakar
Serbia;Serbian;Belgrade
Sierra Leone;Sierra Leonean;Freetown
Singapore;Singaporean;
Slovakia;Slovak;Bratislava
Slovenia;Slovenian;Ljubljana
Somalia;Somali;Mogadishu
South Africa;South African;Pretoria
South Korea;South Korean;Seoul
South Sudan;South Sudanese;Juba
Spain;Spanish;Madrid
Sri Lanka;Sri Lankan;Colombo
Sudan;Sudanese;Khartoum
Sweden;Swedish;Stockholm
Switzerland;Swiss;Bern
Syria;Syrian;Damascus
Taiwan;Taiwanese;Taipei
Tajikistan;Tajik;Dushanbe
Tanzania;Tanzanian;Dodoma,Dar es Salaam
Thailand;Thai;Bangkok
Togo;Togolese;Lome
Tunisia;Tunisian;Tunis
Turkey,Turkiye;Turkish;Ankara
Turkmenistan;Turkmen;Ashgabat
Uganda;Ugandan;Kampala
Ukraine;Ukrainian;Kyiv,Kiev
the United Arab Emirates,UAE;Emirati;Abu Dhabi
Britain,United Kingdom,UK,U.K.,Great Britain;British;London,Downing Street,Westminster
the US,United States,U.S.,USA,United States of America;American;Washington,White House
Uruguay;Uruguayan;Montevideo
Uzbekistan;Uzbek;Tashkent
Venezuela;Venezuelan;Caracas
Vietnam;Vietnamese;Hanoi
Wales;Welsh;Cardiff
Yemen;Yemeni;Sanaa
Zambia;Zambian;Lusaka
Zimbabwe;Zimbabwean;Harare`;

interface Country {
	/** How a question names its office: "Egypt's", "the Philippines'", "the US". */
	owner: string;
	/** Its names and capitals ("Egypt", "Cairo"): words that name the country itself. */
	names: string[];
	/** Its names alone, without its capitals ("Egypt"). */
	own: string[];
	/** The adjectives of its people ("Egyptian"), which may tell only of a person. */
	adjectives: string[];
}

/**
 * Each country, with every word that names it. A first name ending in "'s" in ROWS is a country named by its
 * adjective and capital only.
 */
const COUNTRIES: Country[] = ROWS.split('\n').map((row) => {
	const [names, adjectives, capitals] = row.split(';').map((c) => c.split(',').filter(Boolean)) as [
		string[],
		string[],
		string[]
	];
	const first = names[0]!.replace(/['’]s$/, '');
	const named = first === names[0] ? names : names.slice(1);
	return {
		// ("the US President": an abbreviation names its office as an adjective does.)
		owner: /^(?:the\s+)?[A-Z]{2,}$/.test(first) ? first : /s$/.test(first) ? `${first}'` : `${first}'s`,
		names: [...named.map((n) => n.replace(/^the\s+/, '')), ...capitals],
		own: named.map((n) => n.replace(/^the\s+/, '')),
		adjectives
	};
});

/** The countries' own names, without their capitals or adjectives. */
const COUNTRY_NAMES = new Set(COUNTRIES.flatMap((c) => c.own));
/**
 * The capitals of the one country a description names ("the Somali capital", "Uganda's capital": ["Mogadishu"],
 * ["Kampala"]); undefined where it names none, or several.
 */
export function capitalsNamed(description: string): string[] | undefined {
	const found = [...new Set(countriesIn(description).map((x) => x.c))];
	return found.length === 1 ? found[0]!.names.filter((n) => !found[0]!.own.includes(n)) : undefined;
}
/** Whether a name is a country's ("Pakistan"), not a town's or a crossing's ("Wagah"). */
export const isCountry = (name: string) => COUNTRY_NAMES.has(name.replace(/^the\s+/, ''));

/** Longest words first, so "South Sudan" is read before "Sudan", and "Northern Ireland" before "Ireland". */
const WORDS = COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives].map((w) => ({ w, c }))).sort(
	(a, b) => b.w.length - a.w.length
);
/** A country's word, not inside a longer word ("Niger" of "Nigeria", "Guinea" of "Guinea-Bissau"). */
const WORD = pattern(`(?<![\\w'’.-])(?:${WORDS.map((x) => literal(x.w)).join('|')})(?![\\w-]|\\.\\w)`, 'g');
const BY_WORD = new Map(WORDS.map((x) => [x.w, x.c]));

/**
 * A group named for where it fights names no country of the report: "Islamic State in Iraq and Syria", "al-Qaeda in
 * the Arabian Peninsula", "Tehrik-e-Taliban Pakistan", "the Pakistani Taliban"; nor does a region named for one ("the
 * Niger Delta", in Nigeria).
 */
const GROUP_PLACE =
	/\bNiger\s+Delta\b|\b(?:State|Qaeda|Taliban|Jihad|Front|Brigades?|Army|Movement|Province|Emirate|Caliphate|Mujahideen|Ansar)\s+(?:(?:in|of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w'’-]*)?|\b[A-Z][\w'’-]*\s+(?=Taliban\b)/g;

/** The countries a text names, one entry per naming, and whether by a name or capital (not an adjective). */
function countriesIn(text: string): { c: Country; byName: boolean }[] {
	const plain = text.replace(GROUP_PLACE, (m) => ' '.repeat(m.length));
	return [...plain.matchAll(WORD)].flatMap((m) => {
		const c = BY_WORD.get(m[0])!;
		const byName = c.names.includes(m[0]);
		// ("the German Bakery in Pune": an adjective before a capitalised word is part of a name, not a country's.)
		return !byName && /^\s+[A-Z]/.test(plain.slice(m.index + m[0].length)) ? [] : [{ c, byName }];
	});
}

/**
 * Titles of a state's office, which a report writes bare for its own country's: "President", "Interior Minister",
 * "Minister of Health", "Home Secretary", "Attorney General". Not an office of a region or town ("Chief Minister",
 * "First Minister", "Provincial Home Minister", "Governor"), nor of an organisation ("Secretary-General"). (A title
 * with a region's name, "Punjab Law Minister", says whose it is, and is never asked as a country's: `ownerless`.)
 */
const STATE_OFFICE =
	/^(?:(?:Deputy|Vice|Acting|Caretaker|Interim)\s+)*(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|(?:(?!Chief\b|First\b|Provincial\b|Regional\b|Local\b|Municipal\b|City\b|County\b)[A-Z][a-z]+\s+){0,2}(?:Minister|Secretary)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+Affairs)?)?|Attorney[- ]General|national\s+police\s+chief|(?:interior|home|foreign|defen[cs]e|justice|health|information)\s+(?:minister|secretary))$/;

/** A sentence opening on where it is told of: "In France, ", "Across Belgium, ". */
const OPENS_ON_COUNTRY = /^(?:In|Across|From)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s/;

/** What a report tells of the country of a title that says not whose it is. */
export interface Office {
	/** The country is the one the title's own sentence opens on ("In France, Interior Minister …"), which settles it. */
	settled?: boolean;
	/** The country its section heading or the report's dateline names, as a question names it ("Egypt's"). */
	country?: string;
	/** The country the report names at least twice as often as any other, if one is. */
	mostly?: string;
	/** The countries the title's paragraph names by name or capital. */
	near: string[];
}

/** An agency's dateline with its city in its own case, then perhaps its day: "New Delhi, Jul 2 (PTI)". */
const AGENCY_CITY =
	/^([A-Z][a-z'’.-]+(?:[ -][A-Z][a-z'’.-]+)?),?\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}\s)?\((?:PTI|IANS|UNI|ANI|dpa|AFP|AP|Reuters|EFE|ANSA|Xinhua|Kyodo)\)/;

/** The country of the report's dateline, read in the first paragraphs only: a dateline opens the story. */
function datelineCountry(paragraphs: readonly string[]): string | undefined {
	for (const p of paragraphs.slice(0, 4)) {
		// ("New Delhi, Jul 2 (PTI)": an agency's dateline writes its city in its own case; review 37, AU min/07-14 gave
		// India's Home Minister to Bangladesh.)
		const agency = AGENCY_CITY.exec(p);
		const d = readDateline(p) ?? (agency ? { city: agency[1]! } : undefined);
		if (!d) continue;
		// ("PORT-AU-PRINCE", "DAR ES SALAAM": the capital in capitals, matched whatever its case.)
		const city = d.city.toLowerCase();
		return countryNamed(d.country ?? '') ?? COUNTRIES.find((c) => c.names.some((n) => n.toLowerCase() === city))?.owner;
	}
	return undefined;
}

/** Whether a title is a state's office a report may write bare ("President", "Interior Minister"). */
export const isStateOffice = (title: string) => STATE_OFFICE.test(title);

/**
 * What settles whose office a title of no one's is ("President", "Interior Minister"), or undefined for a title that
 * is no state's office or names one ("Canadian Prime Minister"). A section heading just above the title's paragraph
 * ("Tunis, Tunisia - November 24") or the report's dateline ("CAIRO, Nov 24") names the country; the event the card
 * frames the title with may name it too, and is trusted only where the report names that country far more than any
 * other (`officeCountry`): a report on the Kabul airport bombing quotes "President Joe Biden" as freely as Afghans.
 */
export function officeOf(
	title: string,
	paragraphs: readonly string[],
	paragraph: number,
	report: () => ReportCountries,
	sentence = ''
): Office | undefined {
	if (!STATE_OFFICE.test(title) || countriesIn(title).length) return undefined;
	// "In France, Interior Minister Bernard Cazeneuve has warned …", in a report on an attack in Belgium: a sentence that
	// opens on a country is that country's news, and its offices are its own (review 25, min/v07-3).
	const opened = OPENS_ON_COUNTRY.exec(sentence);
	const stated = opened ? countryNamed(opened[1]!) : undefined;
	if (stated && countriesIn(sentence).every((x) => x.c.owner === stated))
		return { country: stated, settled: true, near: [] };
	// ("Foreign Minister Wang Yi had urged Bishkek last week to find out the truth", under a Bishkek dateline: a country
	// the title's holder urges, tells, accuses or visits is another's, and the sentence leaves open whose the title is;
	// review 51, DA min/06-6 asked Kyrgyzstan's Foreign Minister and answered China's.)
	// (Not a broadcaster named by its country: "told France Inter radio", "told France 24".)
	const addressed = ADDRESSED.exec(sentence);
	if (
		addressed &&
		countryNamed(addressed[1]!) &&
		!MEDIA_AFTER.test(sentence.slice(addressed.index + addressed[0].length)) &&
		!/\s(?:Inter|Info|Radio|Television|TV|Press|Times|Post|News|Today)$/.test(addressed[1]!)
	)
		return undefined;
	const above = paragraphs[paragraph - 2] ?? '';
	// (A heading is a short line with no full stop: "Tunis, Tunisia - November 24".)
	// ("3. NIGERIA: THE DECEMBER DEADLINE", over "President Muhammadu Buhari has told his commanders …" in a newsletter led
	// by the Bamako siege: a heading in capitals names its country as well; review 53, FB 05-22 asked Mali's President.
	// Words of four letters or more only: "US", "UK", "UAE" and "DRC" are written so wherever they stand.)
	const heading =
		above.length <= 80 && !/[.!?]["”’]?\s*$/.test(above)
			? countryNamed(above.replace(/\b(\p{Lu})(\p{Lu}{3,})\b/gu, (_, a: string, b: string) => a + b.toLowerCase()))
			: undefined;
	// (The title's own sentence counts every country it names, by adjective too: "No Australian staff were seriously
	// hurt, Foreign Minister Alexander Downer said", under a Jakarta dateline, is no Indonesian minister's; review 48,
	// CO min/01-6.)
	const near = new Set([
		...countriesIn(paragraphs[paragraph - 1] ?? '')
			.filter((x) => x.byName)
			.map((x) => x.c.owner),
		...countriesIn(sentence).map((x) => x.c.owner)
	]);
	const { dateline, mostly } = report();
	const country = heading ?? dateline;
	return { ...(country ? { country } : {}), ...(mostly ? { mostly } : {}), near: [...near] };
}

/** A verb of addressing a state, then its name: "urged Bishkek", "called on Kenya", "visited Kabul". */
const ADDRESSED =
	/\b(?:urged|urges|urging|called\s+on|calls\s+on|pressed|presses|told|tells|warned|warns|accused|accuses|thanked|thanks|visited|visiting|travelled\s+to|traveled\s+to)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})/;

/** After a name, that it is a broadcaster or a paper: " radio", " 24", " television". */
const MEDIA_AFTER = /^\s*(?:radio|television|TV|newspaper|daily|news\s+agency|channel|broadcaster|magazine|\d+)\b/i;

/**
 * What the whole report tells of its country, read once per report: the country of its dateline, and the one it names
 * at least twice as often as any other.
 */
export interface ReportCountries {
	dateline?: string;
	mostly?: string;
}
export function reportCountries(paragraphs: readonly string[]): ReportCountries {
	const counts = new Map<string, number>();
	for (const { c } of countriesIn(paragraphs.join('\n'))) counts.set(c.owner, (counts.get(c.owner) ?? 0) + 1);
	const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
	const mostly = first && first[1] >= 2 && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
	const dateline = datelineCountry(paragraphs);
	return { ...(dateline ? { dateline } : {}), ...(mostly ? { mostly } : {}) };
}

/** The one country a phrase names, by name, adjective or capital ("Egypt's North Sinai", "Kabul", "Kenyan soil"). */
function countryNamed(phrase: string): string | undefined {
	const named = new Set(countriesIn(phrase).map((x) => x.c.owner));
	return named.size === 1 ? [...named][0] : undefined;
}

/**
 * Whose office it is, as a question names it ("Egypt's"), given what the report tells of it and the event the card
 * frames it with, or undefined where these disagree. A paragraph names the places its official travels to, blames or
 * speaks of ("President Ashraf Ghani … accused Pakistan", "Prime Minister Ahmet Davutoglu, speaking on a visit to
 * northern Cyprus"), so one that names a country other than the office's leaves it open; and so does a report that
 * names some other country far more often.
 */
export function officeCountry(office: Office, frame: string | undefined): string | undefined {
	if (office.settled) return office.country;
	const framed = frame ? countryNamed(frame) : undefined;
	if (office.country && framed && office.country !== framed) return undefined;
	// ("the shootings at two mosques in Christchurch, New Zealand": an event placed in a town and its country says
	// whose the report's offices are, as a dateline's country does.)
	const placed = frame ? countryNamed(/,\s+((?:the\s+)?[A-Z][^,]*)$/.exec(frame)?.[1] ?? '') : undefined;
	const country = office.country ?? (framed === office.mostly || (placed && placed === framed) ? framed : undefined);
	if (!country || (office.mostly && office.mostly !== country)) return undefined;
	return office.near.every((c) => c === country) ? country : undefined;
}
