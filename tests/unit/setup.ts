// In the browser the study page loads the scheduler and the store's ledger after its first card
// (src/lib/scheduler/lazy.ts, src/lib/storage/parts.ts); unit tests drive sessions and storage as they run once both
// are there. The e2e suite covers a grade made before they arrive.
import { loadScheduler } from '../../src/lib/scheduler/lazy';
import { loadLedger } from '../../src/lib/storage/parts';

await Promise.all([loadScheduler(), loadLedger()]);
