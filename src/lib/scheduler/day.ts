/**
 * Study days. As in Anki, the day rolls over at a set local hour (default 04:00) rather than at midnight, so a
 * session that runs past midnight still counts towards "today" and the daily limits.
 */

/** Start (epoch ms) of the study day that contains `now`. */
export function studyDayStart(now: number, dayStartsAt: number): number {
	const d = new Date(now);
	const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), dayStartsAt, 0, 0, 0);
	if (start.getTime() > now) start.setDate(start.getDate() - 1);
	return start.getTime();
}

/** Start of the next study day: the moment "due today" stops meaning today. */
export function studyDayEnd(now: number, dayStartsAt: number): number {
	const start = new Date(studyDayStart(now, dayStartsAt));
	// setDate keeps the local hour across a daylight-saving change, where adding 24 h would not.
	start.setDate(start.getDate() + 1);
	return start.getTime();
}
