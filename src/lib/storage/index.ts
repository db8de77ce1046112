/** The storage module: the one owner of the app's localStorage keys. Screens use the store; nothing else here. */
export { ProgressStore, StaleCardError, type DeckGlance, type StoreOptions, type UndoResult } from './store.svelte';
export type { DeckProgress, Notice, ReviewEntry } from './types';
export type { ImportPreview, ImportDeckSummary } from './backup';
export type { KeptAside, Archived } from './recovery';
export { DeckSettingsSchema, defaultSettings, type DeckSettings } from './settings';
export { StorageFullError, STORAGE_FULL_MESSAGE } from './write';
export { MemoryStorage } from './memory';
export { createBrowserStore, prepareBrowserStore } from './browser';
export { loadDeckCodec, loadRareParts } from './parts';
export { CodecError } from './codec';
export { QUOTA_CHARS, SCHEMA_VERSION } from './keys';
export { checkCardState, cardStateProblem, type CardCheck } from './validate';
