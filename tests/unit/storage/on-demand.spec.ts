/**
 * What every page loads with the store, and what it must not: code that only writing, importing, recovering or
 * upgrading needs loads on demand (parts.ts). A static import of it from a module every page runs would put it back
 * into every page's JavaScript without any test noticing, so this follows the imports in the source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The modules `file` imports as values (not `import type`), to the leaves, as paths under src/lib. */
function staticClosure(file: string): Set<string> {
	const seen = new Set([file]);
	for (const f of seen) {
		const source = readFileSync(f, 'utf8');
		for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
			const base = join(dirname(f), m[1]!);
			const target = [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')].find(
				(p) => existsSync(p) && !p.endsWith('/')
			);
			if (target && target.endsWith('.ts')) seen.add(target);
		}
	}
	return new Set([...seen].map((p) => relative('src/lib', p)));
}

const ON_DEMAND = [
	'storage/encode.ts',
	'storage/deck-writes.ts',
	'storage/grades.ts',
	'storage/summaries.ts',
	'storage/backup.ts',
	'storage/recovery.ts',
	'storage/migrate.ts',
	'storage/deck-codec.ts'
];

describe('the store every page loads', () => {
	const eager = [...staticClosure('src/lib/storage/index.ts'), ...staticClosure('src/lib/study/open.ts')];

	it('reads what it needs to open a deck (the check below would pass on an empty list)', () => {
		expect(eager).toEqual(
			expect.arrayContaining(['storage/store.svelte.ts', 'storage/deck-progress.ts', 'storage/cards.ts'])
		);
	});

	it.each(ON_DEMAND)('does not import %s', (module) => {
		expect(eager).not.toContain(module);
	});
});

describe('the study session, until its first card is up', () => {
	const eager = [...staticClosure('src/lib/study/session.svelte.ts')];

	it('holds what shows a card (the check below would pass on an empty list)', () => {
		expect(eager).toEqual(expect.arrayContaining(['study/siblings.ts', 'scheduler/queue.ts']));
	});

	// What a grade, an undo or a cram answer runs loads with the scheduler after the first card (session.prepare).
	it.each(['study/grading.svelte.ts', 'study/leech.ts', 'study/cram-queue.ts'])('does not import %s', (module) => {
		expect(eager).not.toContain(module);
	});
});
