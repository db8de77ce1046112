import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.spec.ts', 'src/**/*.spec.ts'],
		environment: 'node',
		// Scheduling counts days in the user's zone; pin one so tests mean the same everywhere.
		env: { TZ: 'Europe/Moscow' },
		expect: { requireAssertions: true }
	}
});
