/** Name rows of the checker's table: groups, people, places, lists, aliases and typos. */
import { ALIASES, group, type Case } from './make';

const ISKP = 'Islamic State in Khorasan Province (ISKP)';

const groups = group('names, abbreviations and aliases', 'actor', [
	// "the Islamic State in Khorasan Province, ISKP (ISIS-K) – swiftly claimed responsibility".
	[ISKP, 'ISKP', 'correct'],
	[ISKP, 'iskp', 'correct'],
	[ISKP, 'ISIS-K', 'correct', { aliases: ALIASES, reason: /Accepted: ISIS-K is another name for/ }],
	[ISKP, 'ISIS K', 'correct', { aliases: ALIASES }],
	[ISKP, 'isis-k', 'correct', { aliases: ALIASES }],
	[ISKP, 'Islamic State Khorasan Province', 'correct', { aliases: ALIASES }],
	[ISKP, 'Islamic State in Khorasan Province', 'correct'],
	[ISKP, 'the Islamic State in Khorasan Province', 'correct'],
	[ISKP, 'Islamic State in Khorasan Province (ISKP)', 'correct'],
	[ISKP, 'Islamic State Khorasan Province (ISIS-K)', 'correct', { aliases: ALIASES }],
	[ISKP, 'ISIS-K', 'correct', { accept: ['ISIS-K'] }],
	[ISKP, 'Islamic State Khorasan Provence', 'correct', { aliases: ALIASES, reason: /small typo/ }],
	[ISKP, 'Islamic State in Khorosan Province', 'correct', { reason: /small typo/ }],
	[ISKP, 'Islamic State in Khorasan Privnce', 'close', { reason: /spelling/ }],
	[ISKP, 'Islamic State Khorasan', 'close'],
	[ISKP, 'Khorasan Province', 'close'],
	[ISKP, 'ISIS', 'wrong', { aliases: ALIASES, reason: /different name/ }],
	[ISKP, 'ISIL', 'wrong', { aliases: ALIASES }],
	[ISKP, 'Islamic State', 'wrong', { aliases: ALIASES }],
	[ISKP, 'ISIS-K', 'wrong'],
	[ISKP, 'IKSP', 'wrong'],
	[ISKP, 'the Taliban', 'wrong', { aliases: ALIASES }],
	[ISKP, 'al-Qaeda', 'wrong', { aliases: ALIASES }],
	[ISKP, 'Chechen jihadists', 'wrong', { aliases: ALIASES }],
	// The main group, whose aliases must never stand in for its Afghanistan arm or the reverse.
	['ISIL', 'ISIS', 'correct', { aliases: ALIASES }],
	['ISIL', 'the Islamic State', 'correct', { aliases: ALIASES }],
	['ISIL', 'ISIS-K', 'wrong', { aliases: ALIASES }],
	['ISIL', 'ISKP', 'wrong', { aliases: ALIASES }],
	['ISIS-K', 'ISIS', 'wrong', { aliases: ALIASES }],
	// Byman: the Soleimani commemoration; the "Islamic Revolutionary Guard Corps leader".
	['Islamic Revolutionary Guard Corps', 'IRGC', 'correct', { reason: /short for/ }],
	['Islamic Revolutionary Guard Corps', 'the IRGC', 'correct'],
	['Islamic Revolutionary Guard Corps', 'Revolutionary Guard', 'close'],
	['Islamic Revolutionary Guard Corps', 'IRG', 'wrong'],
	// Taneja's "New Delhi-based Observer Research Foundation"; Kugelman's Wilson Center.
	['Observer Research Foundation', 'ORF', 'correct'],
	['Observer Research Foundation', 'Observer Foundation', 'close'],
	['Observer Research Foundation', 'Wilson Center', 'wrong'],
	['Wilson Center', 'the Wilson Center', 'correct'],
	['Wilson Center', 'Wilson Centre', 'correct'],
	['Wilson Center', 'Woodrow Wilson Center', 'close'],
	['Wilson Center', 'Brookings', 'wrong'],
	['Clemson University', 'Clemson University', 'correct'],
	['Clemson University', 'Clemson', 'close'],
	['Clemson University', 'Wilson Center', 'wrong']
]);

const articles = group('case, accents, punctuation and articles', 'actor', [
	// "its archenemy, the Taliban"; Putin "continues to point the finger at Ukraine".
	['the Taliban', 'Taliban', 'correct'],
	['the Taliban', 'the taliban', 'correct'],
	['the Taliban', 'TALIBAN', 'correct'],
	['the Taliban', 'Taliban!!!', 'correct'],
	['the Taliban', 'Talbian', 'correct', { reason: /small typo/ }],
	['the Taliban', 'Tailbn', 'close'],
	['the Taliban', 'ISKP', 'wrong', { aliases: ALIASES }],
	['the Taliban', 'Pakistan', 'wrong'],
	['the Taliban', 'not the Taliban', 'wrong'],
	['Ukraine', 'ukraine', 'correct'],
	['Ukraine', 'the Ukraine', 'correct'],
	['Ukraine', 'Ukriane', 'correct'],
	['Ukraine', 'Ukrane', 'correct'],
	['Ukraine', 'Ukraine government', 'close'],
	['Ukraine', 'Russia', 'wrong'],
	['Ukraine', 'Ukr', 'wrong'],
	['Iran', 'Irán', 'correct'],
	['Iran', 'IRAN', 'correct'],
	['Iran', 'Iraq', 'wrong'],
	['Baghuz', 'Baghuz', 'correct'],
	['Baghuz', 'Baghouz', 'correct'],
	['Baghuz', 'Bagouz', 'correct'],
	['Baghuz', 'Bagoz', 'close'],
	['Baghuz', 'Raqqa', 'wrong'],
	['Raqqa', 'Raqa', 'correct'],
	['Raqqa', 'Mosul', 'wrong']
]);

const people = group('people', 'actor', [
	['Michael Kugelman', 'Michael Kugelman', 'correct'],
	['Michael Kugelman', 'michael kugelman', 'correct'],
	['Michael Kugelman', 'Kugelman, Michael', 'correct'],
	['Michael Kugelman', 'Micheal Kugelman', 'correct', { reason: /small typo/ }],
	['Michael Kugelman', 'Kugelman', 'correct', { reason: /Correct; the full name is Michael Kugelman/ }],
	['Michael Kugelman', 'Kugleman', 'correct', { reason: /small typo/ }],
	['Michael Kugelman', 'Kuglemna', 'close', { reason: /spelling/ }],
	['Michael Kugelman', 'Mike Kugelman', 'close'],
	['Michael Kugelman', 'Michael', 'wrong'],
	['Michael Kugelman', 'Kabir Taneja', 'wrong'],
	['Michael Kugelman', 'Michael Byman', 'wrong'],
	['Gen. Erik Kurilla', 'Erik Kurilla', 'correct'],
	['Gen. Erik Kurilla', 'General Erik Kurilla', 'correct'],
	['Gen. Erik Kurilla', 'Gen Erik Kurílla', 'correct'],
	['Gen. Erik Kurilla', 'Erik Kurila', 'correct'],
	['Gen. Erik Kurilla', 'Kurilla', 'correct'],
	['Gen. Erik Kurilla', 'Kurílla', 'correct'],
	['Gen. Erik Kurilla', 'Gen. Kurilla', 'correct'],
	['Gen. Erik Kurilla', 'Eric Kurilla', 'close'],
	['Gen. Erik Kurilla', 'Erik', 'wrong'],
	['Gen. Erik Kurilla', 'General Petraeus', 'wrong'],
	['Amira Jadoon', 'Amira Jadoon', 'correct'],
	['Amira Jadoon', 'Amira Jadon', 'correct'],
	['Amira Jadoon', 'Jadoon', 'correct'],
	['Amira Jadoon', 'Amira', 'wrong'],
	['Kabir Taneja', 'Kabir Tanjea', 'correct'],
	['Kabir Taneja', 'Taneja', 'correct'],
	['Kabir Taneja', 'Michael Kugelman', 'wrong'],
	['Ian McCary', 'ian mccary', 'correct'],
	['Ian McCary', 'Ian McCarey', 'correct'],
	['Ian McCary', 'McCary', 'correct', { reason: /Correct; the full name is Ian McCary/ }],
	['Ian McCary', 'Ian McCarthy', 'close'],
	['Ian McCary', 'Ian', 'wrong'],
	['Daniel Byman', 'Daniel Bymna', 'correct'],
	['Daniel Byman', 'Daniel Bynam', 'close', { reason: /spelling/ }],
	['Daniel Byman', 'Byman', 'correct'],
	['Daniel Byman', 'Daniel Benjamin', 'wrong'],
	['Vladimir Putin', 'President Vladimir Putin', 'correct'],
	['Vladimir Putin', 'Putin', 'correct'],
	['Vladimir Putin', 'Vladimir Poutine', 'close'],
	['Vladimir Putin', 'Medvedev', 'wrong'],
	['Qassem Soleimani', 'Qasem Soleimani', 'correct'],
	['Qassem Soleimani', 'Qassem Suleimani', 'correct'],
	['Qassem Soleimani', 'Qassim Suleimani', 'correct'],
	['Qassem Soleimani', 'Soleimani', 'correct'],
	['Qassem Soleimani', 'Qassem', 'wrong'],
	['Qassem Soleimani', 'Khamenei', 'wrong'],
	['Ayman al-Zawahiri', 'Ayman al Zawahiri', 'correct'],
	['Ayman al-Zawahiri', 'Ayman alZawahiri', 'correct'],
	['Ayman al-Zawahiri', 'Ayman al-Zawahri', 'correct'],
	['Ayman al-Zawahiri', 'Zawahiri', 'correct'],
	['Ayman al-Zawahiri', 'al-Zawahiri', 'correct'],
	['Ayman al-Zawahiri', 'Osama bin Laden', 'wrong'],
	['Mohammed Al-Shamrani', 'Mohammed al-Shamrani', 'correct'],
	['Mohammed Al-Shamrani', 'Mohammad Al-Shamrani', 'correct'],
	['Mohammed Al-Shamrani', 'Muhammad Alshamrani', 'correct'],
	['Mohammed Al-Shamrani', 'Shamrani', 'correct'],
	['Mohammed Al-Shamrani', 'Mohammed Atta', 'wrong']
]);

const lists = group('lists in any order', 'actor', [
	// "In July, Germany and the Netherlands proceeded with a series of arrests".
	['Germany and the Netherlands', 'Germany and the Netherlands', 'correct'],
	['Germany and the Netherlands', 'the Netherlands and Germany', 'correct'],
	['Germany and the Netherlands', 'Germany, Netherlands', 'correct'],
	['Germany and the Netherlands', 'Netherlands & Germany', 'correct'],
	['Germany and the Netherlands', 'germany/netherlands', 'correct'],
	['Germany and the Netherlands', 'Germany and Netherland', 'correct'],
	['Germany and the Netherlands', 'Germany', 'close', { reason: /missing the Netherlands/ }],
	['Germany and the Netherlands', 'the Netherlands', 'close'],
	['Germany and the Netherlands', 'Germany and France', 'close', { reason: /missing the Netherlands, not France/ }],
	['Germany and the Netherlands', 'Germany, the Netherlands and Belgium', 'close'],
	['Germany and the Netherlands', 'France and Belgium', 'wrong'],
	['Germany and the Netherlands', 'France', 'wrong'],
	// 2023 attacks inspired "in France and Belgium"; ISIL's "original regions … Syria and Iraq".
	['France and Belgium', 'Belgium and France', 'correct'],
	['France and Belgium', 'France', 'close'],
	['France and Belgium', 'Spain', 'wrong'],
	['Syria and Iraq', 'Iraq and Syria', 'correct'],
	['Syria and Iraq', 'Iraq', 'close'],
	['Syria and Iraq', 'Afghanistan', 'wrong'],
	['Chechnya, Syria and Afghanistan', 'Syria, Afghanistan and Chechnya', 'correct'],
	['Chechnya, Syria and Afghanistan', 'Syria and Afghanistan', 'close'],
	['Chechnya, Syria and Afghanistan', 'Iran', 'wrong']
]);

/** Briefing-wide aliases of al-Qaeda and its Yemeni branch: one real name must never pass as the other. */
const AQ = [
	['al-Qaeda', 'al-Qaida'],
	['AQAP', 'al-Qaeda in the Arabian Peninsula']
];
const distinct = group('a typo never turns one real name into another', 'actor', [
	['al-Qaeda in the Arabian Peninsula', 'AQAP', 'correct', { aliases: AQ }],
	['al-Qaeda in the Arabian Peninsula', 'al-Qaeda in the Arabian Penninsula', 'correct', { aliases: AQ }],
	['al-Qaeda in the Arabian Peninsula', 'al-Qaeda Arabian Peninsula', 'close', { aliases: AQ }],
	['al-Qaeda in the Arabian Peninsula', 'al-Qaida', 'wrong', { aliases: AQ, reason: /different name/ }],
	['al-Qaeda', 'al-Qaida', 'correct', { aliases: AQ }],
	['al-Qaeda', 'AQAP', 'wrong', { aliases: AQ }]
]);

export const NAME_CASES: Case[] = [...groups, ...articles, ...people, ...lists, ...distinct];
