import type { Environment } from 'vitest/environments';

/**
 * Node, with modules built as the browser gets them. Svelte compiles `$effect` away in its server build, which is what
 * Vitest's default environment asks for; tests of what re-runs when state changes need the client build.
 */
export default {
	name: 'effects',
	viteEnvironment: 'client',
	setup: () => ({ teardown: () => {} })
} satisfies Environment;
