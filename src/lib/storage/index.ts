/** The storage module: the one owner of the app's localStorage keys. Screens use the store; nothing else here. */
export { ProgressStore, StaleCardError, type DeckGlance, type StoreOptions, type UndoResult } from './store.svelte';
export type { DeckProgress, Notice, ReviewEntry } from './types';
export type { ImportPreview, ImportDeckSummary } from './backup';
export type { KeptAside, Archived } from './recovery';
export { defaultSettings, type DeckSettings } from './settings-check';
export type { RecordReader } from './library';
// Modules that use valibot (settings.ts, by-schema.ts) are imported by path, never re-exported here: every page
// imports this module, and a module re-exported here ships with every page whether or not it uses it.
export { StorageFullError, STORAGE_FULL_MESSAGE } from './write';
export { createBrowserStore, prepareBrowserStore } from './browser';
export { LedgerNotLoadedError, loadDeckCodec, loadLedger, loadRareParts } from './parts';
export { CodecError } from './codec';
export { QUOTA_CHARS, SCHEMA_VERSION } from './keys';
export { checkCardState, cardStateProblem, type CardCheck } from './validate';
