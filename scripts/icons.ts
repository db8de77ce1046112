/**
 * `npx tsx scripts/icons.ts` draws the PNG app icons from their SVG sources in static/icons/, with the same Chromium
 * the browser tests use, so no image tool has to be installed. The PNGs are committed; run this after changing an SVG.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const DIR = join(import.meta.dirname, '..', 'static', 'icons');
/** Source SVG, output PNG, size in pixels. Android wants 192 and 512; iOS's home-screen icon is 180 and opaque. */
const ICONS: [string, string, number][] = [
	['icon.svg', 'icon-192.png', 192],
	['icon.svg', 'icon-512.png', 512],
	['icon-maskable.svg', 'icon-maskable-192.png', 192],
	['icon-maskable.svg', 'icon-maskable-512.png', 512],
	['icon-maskable.svg', 'apple-touch-icon.png', 180],
	// The tab's icon as a PNG: Chromium draws an SVG favicon by building a whole SVG document on the page's main
	// thread (about 25 ms at 4× CPU throttling, in the middle of the page's load); a PNG is decoded in microseconds.
	['../favicon.svg', 'favicon-32.png', 32]
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
	for (const [source, out, size] of ICONS) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const svg = readFileSync(join(DIR, source), 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
		await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
		await page.screenshot({ path: join(DIR, out), omitBackground: true });
		await page.close();
		console.log(`${out} (${size}×${size})`);
	}
} finally {
	await browser.close();
}
