/**
 * What each route's JavaScript holds: the files a page loads before it runs (its entry scripts and every module it
 * preloads), gzip-compressed as a host sends them, and the source modules inside them. Module bytes come from the
 * build's source maps: each module is credited with the minified characters mapped to it, and its share of its file's
 * gzip size in proportion. Chunks loaded later (dynamic imports) are not counted against the route.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

export interface RouteJs {
	route: string;
	gzipBytes: number;
	files: number;
	/** Source modules by estimated gzip bytes, largest first. */
	modules: { module: string; gzipBytes: number }[];
}

/**
 * The JS files a prerendered page loads up front, as paths inside the build: those its HTML names, and every file they
 * import statically. SvelteKit's preload list can leave one out (a chunk it first met through a dynamic import), which
 * the page still loads before it runs, only later; counting the HTML alone would leave those bytes out of the figure.
 */
function initialFiles(buildDir: string, route: string): string[] {
	const pageDir = join(buildDir, route);
	const html = readFileSync(join(pageDir, 'index.html'), 'utf8');
	const files = new Set<string>();
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.js)"|import\("([^"]+\.js)"\)/g))
		files.add(resolve(pageDir, (m[1] ?? m[2])!));
	for (const file of files) {
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?"(\.{1,2}\/[^"]+\.js)"/g))
			files.add(resolve(dirname(file), m[1]!));
	}
	return [...files];
}

/** Minified characters per source module in one file, from its source map (none: the file counts as itself). */
function charsBySource(file: string, code: string): Map<string, number> {
	const out = new Map<string, number>();
	const mapFile = `${file}.map`;
	if (!existsSync(mapFile)) return out.set(`(${file.split('/').pop()})`, code.length);
	const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
	const lines = code.split('\n');
	decode(map.mappings).forEach((segments, li) => {
		const len = lines[li]?.length ?? 0;
		segments.forEach((seg, si) => {
			const end = segments[si + 1]?.[0] ?? len;
			const name = seg.length > 1 ? moduleName(map.sources[seg[1]!]!) : '(glue)';
			out.set(name, (out.get(name) ?? 0) + Math.max(0, end - seg[0]));
		});
	});
	return out;
}

/** A readable module name: a package, or a path under src/. */
function moduleName(source: string): string {
	const nm = source.lastIndexOf('node_modules/');
	if (nm >= 0) {
		const rest = source.slice(nm + 'node_modules/'.length).split('/');
		const pkg = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
		return pkg === '@sveltejs' || pkg === 'svelte' ? `${pkg} (runtime)` : pkg;
	}
	const src = source.indexOf('src/');
	return src >= 0 ? source.slice(src) : source.replace(/^(\.\.\/)+/, '');
}

export function routeJs(buildDir: string, route: string): RouteJs {
	const modules = new Map<string, number>();
	let gzipBytes = 0;
	const files = initialFiles(buildDir, route);
	for (const file of files) {
		const code = readFileSync(file, 'utf8');
		const gz = gzipSync(code, { level: 9 }).length;
		gzipBytes += gz;
		const chars = charsBySource(file, code);
		const total = [...chars.values()].reduce((a, b) => a + b, 0) || 1;
		for (const [m, c] of chars) modules.set(m, (modules.get(m) ?? 0) + (gz * c) / total);
	}
	const list = [...modules]
		.map(([module, b]) => ({ module, gzipBytes: Math.round(b) }))
		.sort((a, b) => b.gzipBytes - a.gzipBytes);
	return { route, gzipBytes, files: files.length, modules: list };
}

/** Removes the source maps the measuring build wrote, so they are neither served nor left in the build. */
export function dropSourceMaps(dir: string): void {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) dropSourceMaps(path);
		else if (/\.map(\.gz|\.br)?$/.test(name)) rmSync(path);
	}
}
