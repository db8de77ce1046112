import { it, expect } from 'vitest';
import { makeReview } from './factories';
it('probe', () => {
	const r = makeReview();
	console.log(JSON.stringify(r.items.map(i => i.card), null, 1), r.warnings);
	expect(r.items.length).toBeGreaterThan(0);
});
