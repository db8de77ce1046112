import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered, so the built site runs from any static host. Each file is also written gzip- and
		// brotli-compressed, as a real host would send it; `npm start` serves those.
		adapter: adapter({ strict: true, precompress: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
