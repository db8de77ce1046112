/**
 * Work that must not delay the next frame: run once the screen has painted. A grade's derived writes (the deck's
 * summary) go here, so the next card shows first. Only derived values may wait: everything they are derived from is
 * stored before the grade returns.
 */

/** A hidden tab gets no frames; work still runs after this long. */
const HIDDEN_TAB_MS = 250;

/**
 * Runs `run` once, after the next frame is painted (a frame callback, then a task: the task runs after the paint).
 * It also runs when the page is being left, and after HIDDEN_TAB_MS if no frame comes. Outside a browser, in a task.
 */
export function afterPaint(run: () => void): void {
	if (typeof requestAnimationFrame !== 'function' || typeof addEventListener !== 'function') {
		setTimeout(run, 0);
		return;
	}
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		removeEventListener('pagehide', once);
		run();
	};
	const timer = setTimeout(once, HIDDEN_TAB_MS);
	addEventListener('pagehide', once);
	requestAnimationFrame(() => setTimeout(once, 0));
}
