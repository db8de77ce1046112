/** The storage module: the one owner of the app's localStorage keys. */
export { ProgressStore, createBrowserStore, type StoreOptions } from './store';
export type { DeckProgress, Notice, ReviewEntry } from './types';
export type { ImportPreview, ImportDeckSummary } from './backup';
export { DeckSettingsSchema, defaultSettings, type DeckSettings } from './settings';
export { StorageFullError, STORAGE_FULL_MESSAGE } from './write';
export { MemoryStorage } from './memory';
export { CodecError } from './codec';
export { QUOTA_CHARS, SCHEMA_VERSION } from './keys';
