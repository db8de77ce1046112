/**
 * The study screen's glyphs (Glyph.svelte) and the deck list's icons (DeckIcons.svelte) are Lucide's drawings written
 * out as static markup. This holds each one to the drawing `lucide-svelte` ships, element for element, so an upgrade
 * of the library or a slip of the pen shows here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Drawing = [string, Record<string, string>][];

const source = readFileSync('src/lib/components/Glyph.svelte', 'utf8');
const names = [...(/type GlyphName =([^;]+);/.exec(source)?.[1] ?? '').matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]!);

/** The drawing of each branch of Glyph's `{#if name === …}` chain; the final `{:else}` draws the last name. */
function glyphDrawings(): Map<string, Drawing> {
	const body = source.slice(source.indexOf('{#if name'), source.indexOf('{/if}'));
	const branches = body.split(/\{(?:#if|:else if) name === '([a-z0-9-]+)'\}|\{:else\}/);
	const out = new Map<string, Drawing>();
	// split() with a capture group gives ['', name, markup, name, markup, …, undefined, markup-of-else].
	for (let i = 1; i < branches.length; i += 2) {
		const name = branches[i] ?? names.at(-1)!;
		out.set(name, elementsOf(branches[i + 1] ?? ''));
	}
	return out;
}

/** The elements of some markup, as lucide's `iconNode` lists them. */
function elementsOf(markup: string): Drawing {
	return [...markup.matchAll(/<(\w+)\s+([^>]*?)\s*\/>/g)].map(
		([, tag, attrs]) =>
			[tag!, Object.fromEntries([...attrs!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]))] as const
	) as Drawing;
}

/** The `iconNode` a lucide-svelte icon component draws. */
function lucideDrawing(name: string): Drawing {
	const file = `node_modules/lucide-svelte/dist/icons/${name}.svelte`;
	const line = /const iconNode = (\[.*\]);/.exec(readFileSync(file, 'utf8'));
	if (!line) throw new Error(`no iconNode in ${file}`);
	return JSON.parse(line[1]!) as Drawing;
}

describe('Glyph draws Lucide’s own icons', () => {
	const drawn = glyphDrawings();

	it('has one branch for each name it accepts', () => {
		expect([...drawn.keys()].sort()).toEqual([...names].sort());
	});

	it.each(names)('%s', (name) => {
		expect(drawn.get(name)).toEqual(lucideDrawing(name));
	});
});

describe('the deck list’s icons are Lucide’s own', () => {
	const sprite = readFileSync('src/lib/components/DeckIcons.svelte', 'utf8');
	const symbols = [...sprite.matchAll(/<symbol\s+id="deck-icon-([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/symbol/g)];
	const used = readFileSync('src/lib/components/DeckIcon.svelte', 'utf8');
	const names = [...(/name: ((?:'[a-z0-9-]+'(?: \| )?)+)/.exec(used)?.[1] ?? '').matchAll(/'([a-z0-9-]+)'/g)].map(
		(m) => m[1]!
	);

	it('draws every icon a row may ask for', () => {
		expect(symbols.map((m) => m[1]).sort()).toEqual([...names].sort());
	});

	it.each(symbols.map((m) => [m[1]!, m[2]!]))('%s', (name, markup) => {
		expect(elementsOf(markup)).toEqual(lucideDrawing(name));
	});
});
