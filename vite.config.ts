import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Small shared chunks are merged where that changes no code a page runs: a page then loads a dozen files rather
	// than thirty, each compressed whole (about 2.5 KB gzip less for /study/ and 2 KB for /).
	build: { rollupOptions: { output: { experimentalMinChunkSize: 60_000 } } },
	test: {
		include: ['tests/unit/**/*.spec.ts', 'src/**/*.spec.ts'],
		environment: 'node',
		// Scheduling counts days in the user's zone; pin one so tests mean the same everywhere.
		env: { TZ: 'Europe/Moscow' },
		setupFiles: ['tests/unit/setup.ts'],
		expect: { requireAssertions: true }
	}
});
