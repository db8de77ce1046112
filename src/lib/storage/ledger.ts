/** Provides the store's ledger (grades, undo, deck summaries) when imported; see parts.ts. */
import { Grades } from './grades';
import { provideLedger } from './parts';
import { Summaries } from './summaries';

provideLedger({ Grades, Summaries });
