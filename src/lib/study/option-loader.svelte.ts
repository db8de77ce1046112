/**
 * The code that orders a choice card's options loads with the study screen's answer parts, which draw the options:
 * the first card is shown without it, and a choice card shows its options once both are there. Reactive, so the
 * session's options appear when it arrives.
 */
import { onDemand } from '../lazy';

export type OptionOrder = typeof import('./option-order');

const state = $state<{ loaded: OptionOrder | null }>({ loaded: null });
// A failed load is tried again with the answer parts, not kept failed.
const order = onDemand(
	() => import('./option-order'),
	(m) => (state.loaded = m)
);

export const loadOptionOrder = (): Promise<OptionOrder> => order.load();

/** The loaded code, or null while it loads; read in a reaction, it re-runs once the code is there. */
export function optionOrderNow(): OptionOrder | null {
	return state.loaded;
}
