/**
 * The one reader of English for the whole app: numbers and their qualifiers and units, calendar dates, dates in a
 * story's running text, date lines and sentences. The generator reads documents with it and the answer checker reads
 * typed answers with it, so the two cannot disagree about what "up to 60", "half a year" or "last July" means.
 */
export { MONTHS, WEEKDAYS, NUMBER_WORDS, STOP_WORDS } from './english';
export { fold } from './fold';
export { QUALIFIER, QUALIFIER_AFTER, qualifierOf, qualifierSign, direction, type Qualifier } from './qualifiers';
export { TIME_UNIT, timeUnit, convert, unitName, type TimeUnit } from './units';
export {
	NUMBER,
	NUMBER_END,
	findNumbers,
	withoutNumbers,
	readNumber,
	readShare,
	readQuantity,
	tokens,
	type NumberMention
} from './numbers';
export {
	parseDate,
	formatDate,
	fromIso,
	precisionOf,
	weekdayFor,
	monthOf,
	weekdayOf,
	type ParsedDate,
	type Precision
} from './dates';
export { shift, type TimePoint, type Timeline, type DateMatch } from './timepoint';
export { DAY_AFTER, findDates, advance } from './timeline';
export { splitSentences } from './sentences';
export { inOpenQuote, quoted } from './quotes';
export { blankClockTimes, entryStamp } from './clock';
export { blankStart, stampLength, storyStart } from './openings';
export { dateLineDay, isDateLine, readForeignDateLine, inOtherScript } from './datelines';
