/**
 * The build draws each imported lucide-svelte icon as static markup (scripts/static-icons.ts). These hold the drawing
 * to the installed package, and every place the app uses an icon to the one prop the static component takes: any
 * other attribute (a class, a label) would be dropped without a word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { iconNodeOf, staticIcon, staticIcons } from '../../../scripts/static-icons';

const ICONS = 'node_modules/lucide-svelte/dist/icons';

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []
	);
}

/** Every use of a lucide icon in the app: the file, the icon, and the attributes written on the tag. */
const uses = svelteFiles('src').flatMap((file) => {
	const source = readFileSync(file, 'utf8');
	return [...source.matchAll(/import (\w+) from 'lucide-svelte\/icons\/([a-z0-9-]+)'/g)].flatMap(([, local, icon]) =>
		[...source.matchAll(new RegExp(`<${local}\\b([^>]*?)/?>`, 'g'))].map((tag) => ({
			file,
			icon: icon!,
			attrs: tag[1]!.trim().replace(/\s+/g, ' ')
		}))
	);
});
const icons = [...new Set(uses.map((u) => u.icon))].sort();

/** The elements of some markup as lucide's `iconNode` lists them (numbers as lucide writes them, in strings). */
function elementsOf(markup: string): [string, Record<string, string>][] {
	return [...markup.matchAll(/<(\w+)\s+([^>]*?)\s*\/>/g)]
		.filter(([, tag]) => tag !== 'svg')
		.map(([, tag, attrs]) => [
			tag!,
			Object.fromEntries([...attrs!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]))
		]);
}

const lucide = (name: string) => iconNodeOf(readFileSync(`${ICONS}/${name}.svelte`, 'utf8'), name);

describe('static lucide icons', () => {
	it('the app uses icons (the checks below have something to check)', () => {
		expect(icons.length).toBeGreaterThan(10);
	});

	it.each(uses.map((u) => [u.file, u.icon, u.attrs]))('%s draws %s with size and aria-hidden only', (_f, _i, attrs) => {
		expect(attrs).toMatch(/^size=\{\d+\} aria-hidden="true"$/);
	});

	it.each(icons)('%s is lucide’s drawing, element for element, and compiles without a warning', (name) => {
		const source = staticIcon(name, lucide(name));
		const drawn = elementsOf(source.slice(source.indexOf('<svg')));
		const expected = lucide(name).map(([tag, attrs]) => [
			tag,
			Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)]))
		]);
		expect(drawn).toEqual(expected);
		expect(compile(source, { generate: 'client', filename: `${name}.svelte` }).warnings).toEqual([]);
	});

	it('takes the place of the package’s icon components, and of nothing else', () => {
		const plugin = staticIcons();
		const load = plugin.load as (id: string) => string | null;
		const id = join(process.cwd(), ICONS, 'download.svelte');
		expect(load(id)).toContain('class="lucide-icon lucide lucide-download"');
		expect(load(`${id}?svelte&type=style&lang.css`)).toBeNull();
		expect(load(join(process.cwd(), 'node_modules/lucide-svelte/dist/Icon.svelte'))).toBeNull();
		expect(load(join(process.cwd(), 'src/lib/components/Glyph.svelte'))).toBeNull();
	});

	it('refuses a drawing it cannot write as markup', () => {
		expect(() => staticIcon('odd', [['path onload', { d: 'M0 0' }]])).toThrow(/unexpected element/);
		expect(() => staticIcon('odd', [['path', { 'on load': 'x' }]])).toThrow(/unexpected attribute/);
		expect(staticIcon('odd', [['path', { d: '"><script>' }]])).toContain('d="&quot;>&lt;script>"');
	});
});
