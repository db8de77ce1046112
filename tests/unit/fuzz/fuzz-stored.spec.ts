/** The stored-value half of the fuzzing in fuzz.spec.ts: every decoder of what the store keeps in localStorage. */
import { TARGETS } from '../../fuzz/targets';
import { fuzzEvery, isStored } from './fuzz-every';

fuzzEvery('fuzzing every decoder of stored values', TARGETS.filter(isStored));
