// In the browser the study page loads the scheduler, the store's ledger and the session's grading after its first card
// (src/lib/scheduler/lazy.ts, src/lib/storage/parts.ts, src/lib/study/grading.svelte.ts); unit tests drive sessions
// and storage as they run once all three are there. session.spec.ts and the e2e suite cover a grade made before.
import { loadScheduler } from '../../src/lib/scheduler/lazy';
import { loadLedger } from '../../src/lib/storage/parts';
import { loadGrading } from '../../src/lib/study/session.svelte';

await Promise.all([loadScheduler(), loadLedger(), loadGrading()]);
