/**
 * Work that must not delay the next frame. A grade's write waits for the first idle moment after the frame that shows
 * the next card (`afterFrameIdle`): in a task right after that frame it would hold up whatever comes next (about 8 ms
 * on a phone-speed CPU, the longest piece of work between a grade and the next input). Its derived writes (the deck's
 * summary) wait for the next idle moment after that (`afterPaint`).
 */

/** Longest wait for an idle moment (a busy or hidden tab still gets the work done). */
const IDLE_TIMEOUT_MS = 1000;
/** Longest wait for a frame: a tab in the background paints none, but its work must still be done. */
const FRAME_TIMEOUT_MS = 100;

/**
 * Runs `run` once, at the first signal `arm` gives (it returns how to stop listening) or after `timeoutMs`. Outside a
 * browser, in a later task.
 */
function once(run: () => void, timeoutMs: number, arm: (go: () => void) => () => void): void {
	if (typeof addEventListener !== 'function' || typeof requestAnimationFrame !== 'function') {
		setTimeout(run, 0);
		return;
	}
	let done = false;
	let disarm = () => {};
	const go = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		disarm();
		run();
	};
	const timer = setTimeout(go, timeoutMs);
	disarm = arm(go);
}

/** An animation frame, then a task: the frame has been painted by then. */
const nextFrame = (go: () => void) => requestAnimationFrame(() => setTimeout(go, 0));

/**
 * Runs `run` once: when the browser is next idle (after the frame in progress is painted), when the page is being
 * left, or after IDLE_TIMEOUT_MS, whichever comes first. Browsers without idle callbacks (Safari) run it in a task
 * after the next frame.
 */
export function afterPaint(run: () => void): void {
	once(run, IDLE_TIMEOUT_MS, (go) => {
		addEventListener('pagehide', go);
		if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS });
		else nextFrame(go);
		return () => removeEventListener('pagehide', go);
	});
}

/** Runs `run` once, just after the next frame is painted (about 16 ms), or after FRAME_TIMEOUT_MS if none comes. */
export function afterFrame(run: () => void): void {
	once(run, FRAME_TIMEOUT_MS, (go) => {
		nextFrame(go);
		return () => {};
	});
}

/**
 * Runs `run` once, in the first idle moment after the next frame is painted, so tasks already waiting then (an input,
 * the frame's own follow-up work) go first; after FRAME_TIMEOUT_MS if no frame or idle moment comes. Browsers without
 * idle callbacks (Safari) run it in a task after the frame.
 */
export function afterFrameIdle(run: () => void): void {
	once(run, FRAME_TIMEOUT_MS, (go) => {
		requestAnimationFrame(() =>
			typeof requestIdleCallback === 'function' ? requestIdleCallback(go) : setTimeout(go, 0)
		);
		return () => {};
	});
}
