/**
 * Progress saved by the first version (one JSON value per deck) is upgraded when a page first opens over it — even the
 * study page, whose JavaScript does not include the upgrade code (it loads on demand) — and nothing in it is lost.
 */
import { expect, test } from './fixtures';
import { readStored } from '../../scripts/bench/stored';
import { STARTER, shot, studyCounts } from './helpers';

const DAY = 86_400_000;

test('v1 progress opened on the study page is upgraded first, and its card and review are kept', async ({
	page
}, info) => {
	const now = Date.now();
	const card = {
		due: new Date(now + 3 * DAY).toISOString(),
		stability: 3.2,
		difficulty: 5.1,
		elapsed_days: 0,
		scheduled_days: 3,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 'Review',
		last_review: new Date(now - 60_000).toISOString()
	};
	const v1 = {
		cards: { 'crocus-toll': card },
		log: [{ cardId: 'crocus-toll', rating: 3, review: card.last_review, durationMs: 4000 }]
	};
	// Written from a file of the site that runs no app code, so no store opens before the study page.
	await page.goto('/data/decks/index.json');
	await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
		key: `bt:v1:progress:${STARTER.id}`,
		value: JSON.stringify(v1)
	});

	await page.goto(`/study/?deck=${STARTER.id}`);
	await expect(page.getByRole('alert')).toContainText(
		'Saved progress for 1 deck was upgraded to a more compact format.'
	);
	// The reviewed card is not due for three days: one card fewer to learn.
	await expect(studyCounts(page)).toContainText(`${STARTER.cards - 1} new`);
	const stored = await readStored(page);
	expect(Object.keys(stored)).not.toContain(`bt:v1:progress:${STARTER.id}`);
	expect(stored['bt:meta']).toBe('{"version":2}');
	await shot(page, 'study-after-v1-upgrade', info.project.name);
});
