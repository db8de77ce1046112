/** Importing this module makes the store's rarely run code available (see parts.ts). */
import * as backup from './backup';
import { runMigrations } from './migrate';
import { provideRareParts } from './parts';
import * as recovery from './recovery';
// Import and upgrades replay reviews, which needs the scheduler loaded (see scheduler/lazy.ts).
import '../scheduler/fsrs';

provideRareParts({ backup, recovery, runMigrations });
