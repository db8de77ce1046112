/** Lets scripts import `.svelte.ts` modules (the progress store): see runes-hooks.mjs. Import before any of them. */
import { register } from 'node:module';

register('./runes-hooks.mjs', import.meta.url);
