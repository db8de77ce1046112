/**
 * A Vite plugin that compiles each `lucide-svelte/icons/<name>` the app imports into a component of static SVG markup,
 * drawn from that icon's own `iconNode` in the installed package.
 *
 * Why: a lucide-svelte icon is a Svelte 4 component that spreads its props onto the `<svg>` and builds each path with
 * `<svelte:element>`. Those need Svelte's spread-attribute, dynamic-element and legacy-prop code, which then ships in
 * the runtime file every page loads, the study page included, although only the secondary screens draw these icons:
 * about 2.4 KB gzip on each of `/` and `/study/`. Drawn statically, an icon needs only Svelte's template cloning.
 *
 * The app draws every icon as decoration beside a visible or `aria-label`led name, so the component takes one prop,
 * `size`, and is always `aria-hidden`; tests/unit/components/static-icons.spec.ts holds every import site to that.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

type IconNode = [string, Record<string, string | number>][];

const ICON_FILE = /\/node_modules\/lucide-svelte\/dist\/icons\/([a-z0-9-]+)\.svelte$/;

/** The drawing a lucide-svelte icon file holds, as its `const iconNode = [...]` line gives it. */
export function iconNodeOf(source: string, file: string): IconNode {
	const line = /const iconNode = (\[.*\]);/.exec(source);
	if (!line) throw new Error(`${file}: no iconNode line; the static icon plugin needs updating for this lucide-svelte`);
	return JSON.parse(line[1]!) as IconNode;
}

const escapeAttr = (v: string | number) =>
	String(v).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The component source for one icon: lucide's default attributes and classes, the drawing as static elements. */
export function staticIcon(name: string, node: IconNode): string {
	const elements = node
		.map(([tag, attrs]) => {
			if (!/^[a-z]+$/.test(tag)) throw new Error(`lucide icon ${name}: unexpected element <${tag}>`);
			const list = Object.entries(attrs).map(([k, v]) => {
				if (!/^[a-z][a-z0-9-]*$/i.test(k)) throw new Error(`lucide icon ${name}: unexpected attribute ${k}`);
				return `${k}="${escapeAttr(v)}"`;
			});
			return `<${tag} ${list.join(' ')} />`;
		})
		.join('');
	return [
		'<script>',
		'\tlet { size = 24 } = $props();',
		'</script>',
		'',
		`<svg xmlns="http://www.w3.org/2000/svg" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide-icon lucide lucide-${name}" aria-hidden="true" focusable="false">${elements}</svg>`,
		''
	].join('\n');
}

export function staticIcons(): Plugin {
	return {
		name: 'static-lucide-icons',
		enforce: 'pre',
		// Only the component itself: an id with a query is some other view of the file (a component's styles), which
		// the static component never asks for.
		load(id) {
			const m = ICON_FILE.exec(id);
			return m ? staticIcon(m[1]!, iconNodeOf(readFileSync(id, 'utf8'), id)) : null;
		}
	};
}
