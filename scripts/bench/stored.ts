/**
 * What the site keeps in a browser, read and written from outside the page, for the e2e tests and the browser bench:
 * localStorage for the hot keys and IndexedDB for the cold ones (src/lib/storage/cold-keys.ts), where the app
 * itself keeps them.
 */
import type { Page } from '@playwright/test';
import { COLD_DB, COLD_MARKER, COLD_STORE, isCold } from '../../src/lib/storage/cold-keys';

const names = { db: COLD_DB, store: COLD_STORE, marker: COLD_MARKER };

/**
 * Runs in the page: every entry of the app's IndexedDB store (none when the database does not exist yet, which it
 * does not create), and how long reading them took. Self-contained, as `page.evaluate` needs.
 */
async function coldInPage({ db, store }: { db: string; store: string }) {
	const t0 = performance.now();
	if (!(await indexedDB.databases()).some((d) => d.name === db)) return { entries: [], ms: 0 };
	const conn = await new Promise<IDBDatabase>((resolve, reject) => {
		const req = indexedDB.open(db);
		req.onupgradeneeded = () => req.result.createObjectStore(store);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	const os = conn.transaction(store, 'readonly').objectStore(store);
	const [keys, values] = await Promise.all(
		[os.getAllKeys(), os.getAll()].map(
			(r) =>
				new Promise<unknown[]>(
					(resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error)))
				)
		)
	);
	conn.close();
	return {
		entries: keys!.map((k, i) => [String(k), String(values![i])] as [string, string]),
		ms: performance.now() - t0
	};
}

/** Every value the site keeps in the page's origin, keyed as the app keys them. */
export async function readStored(page: Page): Promise<Record<string, string>> {
	const local = await page.evaluate(() =>
		Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? '']))
	);
	return { ...local, ...Object.fromEntries((await readCold(page)).entries) };
}

/** The app's IndexedDB entries as the page reads them, and the milliseconds the reading took in the page. */
export function readCold(page: Page): Promise<{ entries: [string, string][]; ms: number }> {
	return page.evaluate(coldInPage, names);
}

/**
 * Writes `entries` where the app keeps each (its hot keys in localStorage, the rest in IndexedDB), after clearing
 * both when `clear`. The page must be on the site's origin; reload it afterwards for the app to read them.
 */
export async function writeStored(page: Page, entries: readonly (readonly [string, string])[], clear = false) {
	const hot = entries.filter(([k]) => !isCold(k));
	const cold = entries.filter(([k]) => isCold(k));
	await page.evaluate(
		async ({ db, store, marker, hot, cold, clear }) => {
			if (clear) localStorage.clear();
			for (const [k, v] of hot) localStorage.setItem(k, v);
			const conn = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open(db);
				req.onupgradeneeded = () => req.result.createObjectStore(store);
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const tx = conn.transaction(store, 'readwrite');
			const os = tx.objectStore(store);
			if (clear) os.clear();
			for (const [k, v] of cold) os.put(v, k);
			await new Promise<void>(
				(resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error)))
			);
			conn.close();
			// The app marks that progress lives in IndexedDB once it does (cold.ts).
			if (cold.length) localStorage.setItem(marker, '1');
		},
		{ ...names, hot, cold, clear }
	);
}
