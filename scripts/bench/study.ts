/**
 * Study-screen figures: loading a heavy year of progress and building today's queues, grading a card through to the
 * next one (the save included), and what the study page downloads.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createEmptyCard, type Card, type Grade } from 'ts-fsrs';
import { gradeCard, makeScheduler, previewGrades } from '../../src/lib/scheduler/fsrs';
import { afterGrade, buildQueue, nextCard } from '../../src/lib/scheduler/queue';
import { ProgressStore } from '../../src/lib/storage/store.svelte';
import { makeYear } from './storage';
import { median, percentile, time, type BenchRow } from './types';

/** JS the study page loads: its entry scripts and every module it preloads, gzip-compressed one by one. */
export function studyRouteJsGzipBytes(buildDir = 'build'): { bytes: number; files: number } {
	const html = readFileSync(join(buildDir, 'study', 'index.html'), 'utf8');
	const refs = new Set<string>();
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.js)"|import\("([^"]+\.js)"\)/g)) refs.add((m[1] ?? m[2])!);
	let bytes = 0;
	for (const ref of refs) {
		const path = join(buildDir, 'study', ref);
		bytes += gzipSync(readFileSync(path), { level: 9 }).length;
	}
	return { bytes, files: refs.size };
}

export async function bench(): Promise<BenchRow[]> {
	const section = 'study';
	const year = await makeYear();
	// The morning after the synthetic year (which runs through 2025).
	const now = Date.UTC(2026, 0, 1, 9, 0, 0);

	// Study start, for each of the 20 decks (10,000 cards, 100,000 reviews): read the deck's states and today's
	// reviews as the study screen does (the home screen reads summaries instead, see storage's homeReadMs).
	const loadQueue = Array.from({ length: 15 }, () =>
		time(() => {
			const store = new ProgressStore(year.storage);
			for (const id of year.deckIds) {
				const p = store.loadToday(id, now);
				buildQueue({
					cardIds: year.cardIds.get(id)!,
					states: p.cards,
					log: p.log,
					settings: store.getSettings(id),
					now
				});
			}
		})
	);

	// Grade → next card: schedule, save durably, update the queue, pick the next card and price its buttons.
	const store = new ProgressStore(year.storage);
	const deckId = year.deckIds[0]!;
	const settings = store.getSettings(deckId);
	const f = makeScheduler(settings);
	const progress = store.load(deckId);
	const states = new Map<string, Card>(progress.cards);
	let queue = buildQueue({ cardIds: year.cardIds.get(deckId)!, states, log: progress.log, settings, now });
	// Cycle through the deck's cards so every step grades a studied card, as a long session would.
	const ids = year.cardIds.get(deckId)!;
	const grades: Grade[] = [3, 3, 1, 3, 2, 3, 4, 3];
	const steps: number[] = [];
	let t = now;
	for (let i = 0; i < 400; i++) {
		const id = ids[i % ids.length]!;
		const grade = grades[i % grades.length]!;
		t += 4000;
		steps.push(
			time(() => {
				const card = gradeCard(f, states.get(id) ?? createEmptyCard(new Date(t)), t, grade);
				store.record(deckId, id, card, {
					cardId: id,
					at: Math.floor(t / 1000) * 1000,
					rating: grade,
					durationMs: 4000
				});
				states.set(id, card);
				queue = afterGrade(queue, id, card);
				const following = nextCard(queue, states, t);
				if (following.id !== null) previewGrades(f, states.get(following.id)!, t);
			})
		);
	}

	// The production build, measured as a phone would download it.
	const built = spawnSync('npx', ['vite', 'build'], {
		stdio: ['ignore', 2, 2],
		cwd: join(dirname(import.meta.dirname), '..')
	});
	const rows: BenchRow[] = [
		{
			section,
			name: 'loadQueueMs',
			value: median(loadQueue),
			unit: 'ms',
			target: 50,
			better: 'lower',
			note: 'median of 15: 20 decks’ states (10k cards) + today’s reviews, 20 queues'
		},
		{
			section,
			name: 'gradeNextP95Ms',
			value: percentile(steps, 95),
			unit: 'ms',
			target: 16,
			better: 'lower',
			note: `p95 of ${steps.length} grades, save included (median ${median(steps).toFixed(2)} ms)`
		}
	];
	if (built.status === 0) {
		const js = studyRouteJsGzipBytes();
		rows.push({
			section,
			name: 'studyRouteJsGzipBytes',
			value: js.bytes,
			unit: 'bytes',
			target: 55 * 1024, // issue 12: study page JS ≤ 55 KB gzip
			better: 'lower',
			note: `${js.files} JS files of /study/, gzip -9 each`
		});
	}
	return rows;
}
