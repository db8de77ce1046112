/** One measured figure in `npm run bench`. `name` is its key in `npm run bench -- --json`. */
export interface BenchRow {
	section: string;
	name: string;
	value: number;
	unit: string;
	/** The figure we aim for; omitted where there is none. */
	target?: number;
	/** Whether lower or higher is better, so the table can say if the target is met. */
	better?: 'lower' | 'higher';
	/** How the figure was measured (e.g. "median of 30 runs"). */
	note?: string;
}

/** The Chromium the browser benches drive: $CHROMIUM_PATH, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags Chromium starts with, in the benches and the browser tests: the machine refuses outside connections. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

/** Median of a list of numbers; the bench quotes medians because this machine is shared and noisy. */
export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
	return s[rank]!;
}

/** Milliseconds one call of `f` takes. */
export function time(f: () => void): number {
	const t0 = performance.now();
	f();
	return performance.now() - t0;
}
