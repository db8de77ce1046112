/** Provides the store's ledger (grades, undo, deck summaries) when imported; see parts.ts. */
import { encodeCard, encodeChunk } from './encode';
import { Grades } from './grades';
import { provideLedger } from './parts';
import { Summaries } from './summaries';

export const ledger = { Grades, Summaries, encodeChunk, encodeCard };
provideLedger(ledger);
