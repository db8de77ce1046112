/**
 * Work that must not delay the next frame: run once the screen has painted and the browser is idle. A grade's
 * derived writes (the deck's summary) go here, so the next card shows first. Only derived values may wait:
 * everything they are derived from is stored before the grade returns.
 */

/** Longest wait for an idle moment (a busy or hidden tab still gets the work done). */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Runs `run` once: when the browser is next idle (after the frame in progress is painted), when the page is being
 * left, or after IDLE_TIMEOUT_MS, whichever comes first. Browsers without idle callbacks (Safari) run it in a task
 * after the next frame. Outside a browser, in a later task.
 */
export function afterPaint(run: () => void): void {
	if (typeof addEventListener !== 'function' || typeof requestAnimationFrame !== 'function') {
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
	const timer = setTimeout(once, IDLE_TIMEOUT_MS);
	addEventListener('pagehide', once);
	if (typeof requestIdleCallback === 'function') requestIdleCallback(once, { timeout: IDLE_TIMEOUT_MS });
	else requestAnimationFrame(() => setTimeout(once, 0));
}
