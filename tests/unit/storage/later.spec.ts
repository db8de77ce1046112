import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrameIdle } from '../../../src/lib/storage/later';

/** A browser's frame and idle callbacks, run when the test says the frame or the idle moment has come. */
function fakeBrowser(idle: boolean) {
	const frames: (() => void)[] = [];
	const idles: (() => void)[] = [];
	vi.stubGlobal('addEventListener', () => {});
	vi.stubGlobal('removeEventListener', () => {});
	vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
	vi.stubGlobal('requestIdleCallback', idle ? (f: () => void) => idles.push(f) : undefined);
	const drain = (q: (() => void)[]) => q.splice(0).forEach((f) => f());
	return { frame: () => drain(frames), idle: () => drain(idles) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('afterFrameIdle: a grade is written once its card is painted and nothing else waits', () => {
	it.each([
		// A task queued by the frame (the next input, the first task after paint) runs before the write.
		['waits past the frame for an idle moment', true, ['frame', 'task'], 0],
		['runs in that idle moment', true, ['frame', 'task', 'idle'], 1],
		['is not run by an idle moment before the frame', true, ['idle', 'task'], 0],
		['without idle callbacks, runs in a task after the frame', false, ['frame', 'task'], 1],
		['without a frame (a tab in the background), runs after 100 ms', true, ['100ms'], 1],
		['runs once, however many signals come', true, ['frame', 'idle', '100ms', 'frame', 'idle'], 1]
	] as const)('%s', (_, idle, steps, runs) => {
		const browser = fakeBrowser(idle);
		const run = vi.fn();
		afterFrameIdle(run);
		for (const step of steps) {
			if (step === 'frame') browser.frame();
			else if (step === 'idle') browser.idle();
			else if (step === 'task') vi.advanceTimersByTime(0);
			else vi.advanceTimersByTime(100);
		}
		expect(run).toHaveBeenCalledTimes(runs);
	});
});
