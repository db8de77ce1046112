/**
 * Code a page loads on first use rather than with itself: `load()` imports it once and shares the one request; a
 * failed import (offline before the app was cached) is tried again on the next call rather than kept failed. `now()`
 * is the code once it has loaded, else null. `loaded` runs once it arrives (to put it in reactive state).
 */
export function onDemand<T>(importer: () => Promise<T>, loaded?: (m: T) => void) {
	let mod: T | null = null;
	let pending: Promise<T> | null = null;
	return {
		load(): Promise<T> {
			pending ??= importer().then((m) => {
				mod = m;
				loaded?.(m);
				return m;
			});
			pending.catch(() => (pending = null));
			return pending;
		},
		now: (): T | null => mod
	};
}
