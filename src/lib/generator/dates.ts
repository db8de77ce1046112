/** Dates in a story are read by the one English reader in `src/lib/lang`; re-exported for the fact finder. */
export { MONTHS, advance, findDates, formatDate, shift, type DateMatch, type TimePoint, type Timeline } from '../lang';
