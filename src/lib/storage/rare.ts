/** Importing this module makes the store's rarely run code available (see parts.ts). */
import * as backup from './backup';
import { runMigrations } from './migrate';
import { provideRareParts } from './parts';
import * as recovery from './recovery';

provideRareParts({ backup, recovery, runMigrations });
