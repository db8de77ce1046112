import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Content-Security-Policy. Pages are prerendered, so SvelteKit writes the policy into each page as a
 * `<meta http-equiv>` and adds the hash of its own inline boot script to `script-src` (hash mode): no other inline
 * script, no `eval`, nothing from another origin runs — deck text, imported files and links can never become code.
 * Styles allow `unsafe-inline` because Svelte sets style attributes and transitions add `<style>` elements; styles
 * cannot run code. `frame-ancestors` is left out: browsers ignore it in a `<meta>`; set it as a header on the host.
 */
const csp = {
	mode: /** @type {const} */ ('hash'),
	directives: {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'manifest-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Every component of the app in runes mode, those of libraries as they are written. A component with no rune in it
		// (a static frame, an icon sprite) would otherwise compile in legacy mode and switch on the runtime's legacy code
		// paths, which every page then loads and runs: about 0.6 KB gzip on /study/ and on /.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every route is prerendered, so the built site runs from any static host. Each file is also written gzip- and
		// brotli-compressed, as a real host would send it; `npm start` serves those.
		adapter: adapter({ strict: true, precompress: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// A page's stylesheets (the app's and its screen's components', a few KB) are written into its HTML: a phone then
		// paints the prerendered shell as soon as the HTML arrives, without waiting on a round trip per file.
		inlineStyleThreshold: 16_384,
		// Which route a link leads to is read from a small file prerendered beside each page (`/study/__route.js`),
		// fetched when a link is hovered or touched, rather than from a table of every route that every page loads before
		// it runs (with the code that matches paths against it): about 1.8 KB gzip less on each page. The service worker
		// caches these files with the pages, so moving between pages offline works as before.
		router: { resolution: 'server' },
		// The service worker is registered by the page once it is up (src/lib/components/UpdateBanner.svelte), not at the
		// `load` event, where its first install would compete with hydration for a phone's CPU.
		serviceWorker: { register: false },
		csp
	}
};

export default config;
