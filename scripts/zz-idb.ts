import './runes';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
const { heavyEntries, STUDY_DECK } = await import('./bench/browser-year');
const { openProfile } = await import('./bench/browser-run');
const { writeStored } = await import('./bench/stored');
const server = createServer(sirv('build', { single: false }));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const profile = mkdtempSync(join(tmpdir(), 'idb-'));
const entries = await heavyEntries();
{
	const ctx = await openProfile(profile);
	const page = await ctx.newPage();
	await page.goto(`${origin}/favicon.svg`);
	await writeStored(page, entries, true);
	await ctx.close();
}
for (let i = 0; i < 5; i++) {
	const ctx = await openProfile(profile);
	const page = await ctx.newPage();
	await page.addInitScript('globalThis.__name = (f) => f');
	await page.goto(`${origin}/favicon.svg`);
	const cdp = await ctx.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const r = await page.evaluate(async (deck) => {
		const req = (r: IDBRequest) => new Promise<unknown>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = rej)));
		const t0 = performance.now();
		const conn = (await req(indexedDB.open('briefing-trainer'))) as IDBDatabase;
		const t1 = performance.now();
		const os = () => conn.transaction('values', 'readonly').objectStore('values');
		const keys = (await req(os().getAllKeys())) as string[];
		const t2 = performance.now();
		const range = IDBKeyRange.bound(`bt:p:${deck}:`, `bt:p:${deck}:\uffff`);
		const one = (await req(os().getAll(range))) as string[];
		await req(os().get(`bt:deck:${deck}`));
		const t3 = performance.now();
		const all = (await req(os().getAll())) as string[];
		const t4 = performance.now();
		// main-thread blocking: a rAF-less probe — measure a getAll with a busy-loop ticker
		return { open: t1 - t0, keys: t2 - t1, nkeys: keys.length, oneDeck: t3 - t2, nOne: one.length, all: t4 - t3, nAll: all.length };
	}, STUDY_DECK);
	console.log(JSON.stringify(r, (k, v) => (typeof v === 'number' ? Math.round(v) : v)));
	await ctx.close();
}
server.close();
