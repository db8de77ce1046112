import { test as base } from '@playwright/test';

export { expect, type Page } from '@playwright/test';

/**
 * Every test's pages start at noon of today's date, with time flowing from there. The study day rolls over at 04:00
 * local time (as in Anki), so a card graded Good a few minutes before it is due again after the rollover, in
 * tomorrow's day: a test that counted "1 learning" passed or failed by the hour it ran at (22 failed at 03:50 UTC). A
 * test that needs its own time installs its own clock over this one.
 */
export const test = base.extend({
	context: async ({ context }, use) => {
		const noon = new Date();
		noon.setHours(12, 0, 0, 0);
		await context.clock.install({ time: noon });
		await context.clock.resume();
		await use(context);
	}
});
