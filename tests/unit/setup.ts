// In the browser the study page loads the scheduler after its first card (src/lib/scheduler/lazy.ts); unit tests
// drive sessions and storage as they run once it is there. The e2e suite covers a grade made before it arrives.
import { loadScheduler } from '../../src/lib/scheduler/lazy';

await loadScheduler();
