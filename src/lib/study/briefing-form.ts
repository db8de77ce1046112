/**
 * The briefing form's two fields (a local date and time, a target in percent) read into a briefing, with a message
 * a learner can act on when they are not one; and the briefing's moment as the screens write it.
 */
import type { Briefing } from '../scheduler/briefing';

export function parseBriefingFields(
	when: string,
	targetPercent: string,
	now: number
): { ok: true; briefing: Briefing } | { ok: false; error: string } {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(when.trim());
	if (!m) return { ok: false, error: 'Date and time of the briefing: pick a date and a time' };
	const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
	// Local time, as the learner reads their own calendar.
	const at = new Date(y, mo - 1, d, h, mi).getTime();
	if (at <= now) return { ok: false, error: 'Date and time of the briefing: it must be in the future' };
	const target = Number(targetPercent.trim());
	if (targetPercent.trim() === '' || !Number.isInteger(target) || target < 70 || target > 99)
		return { ok: false, error: 'Recall to reach: a whole number between 70 and 99' };
	return { ok: true, briefing: { at, target: target / 100 } };
}

/** A moment as a `datetime-local` field's value ("2024-12-07T14:00"), in local time. */
export function toLocalInput(at: number): string {
	const d = new Date(at);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "Sat 7 Dec, 14:00" in the learner's own locale and zone. */
export function briefingWhen(at: number): string {
	return new Date(at).toLocaleString(undefined, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit'
	});
}
