/**
 * English words both the generator and the answer checker read: month and weekday names and number words. One table
 * each, so the two never disagree about what "ninety" or "Sept" means.
 */

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Number words below a hundred that stand alone or start a compound ("twenty-five"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

/** Words that multiply the number before them: "two hundred", "1.5 million". */
export const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** Fraction words and their denominators: "a third", "two fifths", "half a year". */
export const DENOMINATORS: Readonly<Record<string, number>> = {
	half: 2,
	halves: 2,
	third: 3,
	thirds: 3,
	quarter: 4,
	quarters: 4,
	fifth: 5,
	fifths: 5,
	tenth: 10,
	tenths: 10
};

/**
 * English function words: they carry no fact, so neither overlap, name matching nor a counted noun may use them.
 * Marked pure so that a bundle which never reads them (the generator's) leaves the table out.
 */
export const STOP_WORDS = /* @__PURE__ */ new Set(
	/* @__PURE__ */ (
		'a an the and or of in on at to for from by with as into onto than then that this these those it its is are was ' +
		'were be been being has have had do does did not no but so if while which who whom whose what when where why how ' +
		'he she they them their his her we our you your i me my also very just more most such some any all both each ' +
		'there here about over after before during against between through up down out off will would can could should ' +
		'may might must shall'
	).split(' ')
);
