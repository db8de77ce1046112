/**
 * Lets the browser handle input and paint before the next slice of work: `scheduler.yield()` where the browser has it
 * (the rest of the work keeps its place ahead of other tasks), else a new task. Work that would otherwise be one long
 * task while a page opens is cut into slices of well under 50 ms with it, the longest a phone may be unresponsive
 * without the user feeling it.
 */
export function pause(): Promise<void> {
	const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof s?.yield === 'function') return s.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
