/**
 * Runs work just after the next frame is painted, so what the user is waiting to see is on screen first. Used for a
 * grade's write: the next card shows, then the grade is stored, a frame later (about 16 ms).
 */

/** Longest wait: a tab in the background paints no frames, but its work must still be done. */
const FALLBACK_MS = 100;

/**
 * Calls `run` once, after the next frame (an animation frame, then a task, which follows the paint), or after
 * FALLBACK_MS if no frame comes. Outside a browser, in a later task.
 */
export function afterFrame(run: () => void): void {
	if (typeof requestAnimationFrame !== 'function') {
		setTimeout(run, 0);
		return;
	}
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		run();
	};
	const timer = setTimeout(once, FALLBACK_MS);
	requestAnimationFrame(() => setTimeout(once, 0));
}
