import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { revealAndGrade, shot } from './helpers';
import { person, scanQr } from './share-helpers';

const FULL = { id: 'crocus-city-hall', title: 'Crocus City Hall attack and ISIS-K — full briefing', cards: 73 };

/** A short wire story for the deck-creation screen: the instructor's own deck, kept only in their browser. */
const STORY = [
	'Gunmen storm Harlow theatre',
	'On Friday, March 8, 2024, gunmen opened fire at the Harlow theatre in Denvik, killing at least 37 people and wounding more than 90 others.',
	'The following day, a group calling itself the Eastern Shield claimed responsibility in a statement posted online.',
	'"The Eastern Shield wants to prove that no city is safe," said Lena Ortiz, a senior analyst at the Denvik Institute for Security Studies.'
].join('\n\n');
const LOCAL = { id: 'gunmen-storm-harlow-theatre', title: 'Gunmen storm Harlow theatre' };

async function makeLink(instructor: Page, deckTitle: string): Promise<string> {
	await instructor.goto('/');
	await instructor.getByRole('link', { name: `Assign ${deckTitle}` }).click();
	await expect(instructor.getByRole('heading', { name: `Assign “${deckTitle}”` })).toBeVisible();
	await instructor.getByLabel('From (your name, as trainees will see it)').fill('Maj. A. Petrova');
	await instructor.getByLabel('Instructions').fill('Study every card before the briefing.');
	await instructor.getByRole('button', { name: 'Make assignment link' }).click();
	return instructor.getByLabel(/^Assignment link/).inputValue();
}

async function studyAndReport(trainee: Page, title: string, grades: number, name: string): Promise<void> {
	await trainee.getByRole('link', { name: 'Study' }).click();
	for (let i = 0; i < grades; i++) await revealAndGrade(trainee, i % 2 ? 'Easy' : 'Good');
	await trainee.goto('/');
	const item = trainee.getByRole('region', { name: 'Assignments' }).getByRole('listitem').filter({ hasText: title });
	await expect(item).toContainText(/cards? left to study of \d+/);
	await item.getByRole('link', { name: 'Send report' }).click();
	await trainee.getByLabel('Your name').fill(name);
	await trainee.getByRole('button', { name: 'Make report' }).click();
}

test.describe('assignments between an instructor and a trainee, two browsers', () => {
	test('the full 73-card deck by link and QR code: accept, study, report; the class view keeps it across a reload', async ({
		browser
	}, info) => {
		test.setTimeout(90_000);
		const instructor = await person(browser, info);
		const trainee = await person(browser, info);

		const link = await makeLink(instructor, FULL.title);
		expect(link).toMatch(/\/join\/#a=2\./);
		expect(link.length).toBeLessThanOrEqual(600);
		const qr = instructor.getByRole('img', { name: 'QR code of the assignment link' });
		await expect(qr).toBeVisible();
		// The code drawn on screen scans back to the very link.
		expect(await scanQr(instructor, qr)).toBe(link);
		await shot(instructor, 'assign-full', info.project.name);

		await trainee.goto(link);
		const preview = trainee.getByRole('region', { name: 'Assignment', exact: true });
		await expect(preview).toContainText(`${FULL.cards} cards from “${FULL.title}”`);
		await expect(preview).toContainText('Maj. A. Petrova');
		await expect(trainee.getByRole('heading', { name: /differs from the one assigned/ })).toHaveCount(0);
		await shot(trainee, 'join-shipped', info.project.name);
		await trainee.getByRole('button', { name: 'Accept assignment' }).click();
		await expect(trainee.getByText('Saved in this browser.')).toBeVisible();

		await studyAndReport(trainee, FULL.title, 3, 'Anna Lee');
		const text = await trainee.getByLabel('Report text, to paste into a message').inputValue();
		expect(text).toMatch(new RegExp(`^Anna Lee — .*: 3 of ${FULL.cards} cards studied`));

		await instructor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Class' }).click();
		await instructor.getByLabel('Or paste report text (as many reports as you like)').fill(`From Anna:\n${text}`);
		await instructor.getByRole('button', { name: 'Read pasted reports' }).click();
		const card = instructor
			.getByRole('list', { name: 'Trainees' })
			.getByRole('listitem')
			.filter({ hasText: 'Anna Lee' });
		const visibleRow = info.project.name === 'phone' ? card : instructor.getByRole('row', { name: /Anna Lee/ });
		await expect(visibleRow).toContainText(/on track|behind/);
		await expect(visibleRow).toContainText('3');

		await instructor.reload();
		await expect(instructor.getByRole('heading', { name: 'Reports kept in this browser (1)' })).toBeVisible();
		await expect(visibleRow).toContainText('3');
		await Promise.all([instructor.context().close(), trainee.context().close()]);
	});

	test('a deck kept only in the instructor’s browser, sent as a file and opened from the navigation', async ({
		browser
	}, info) => {
		test.setTimeout(90_000);
		const instructor = await person(browser, info);
		const trainee = await person(browser, info);

		await instructor.goto('/create/');
		await instructor.getByLabel('Document text').fill(STORY);
		await instructor.getByLabel('Title', { exact: true }).fill(LOCAL.title);
		await instructor.getByLabel('Publisher').fill('Denvik Courier');
		await instructor.getByLabel('Publication date').fill('2024-03-09');
		await instructor.getByRole('button', { name: 'Propose cards' }).click();
		const acceptAll = instructor.getByRole('button', { name: /^Accept all in this group/ });
		await expect(acceptAll.first()).toBeVisible();
		for (const button of await acceptAll.all()) await button.click();
		await instructor
			.getByRole('region', { name: 'Publish' })
			.getByRole('button', { name: 'Keep in this browser and study' })
			.click();
		await expect(instructor).toHaveURL(`/study/?deck=${LOCAL.id}`);

		const link = await makeLink(instructor, LOCAL.title);
		await expect(
			instructor.getByText('The deck is kept only in this browser, so it travels inside the link.')
		).toBeVisible();
		const download = instructor.waitForEvent('download');
		await instructor.getByRole('button', { name: 'Download assignment file' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/\.assignment\.json$/);
		expect(link.length).toBeLessThanOrEqual(8000);

		await trainee.goto('/');
		await trainee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Open an assignment' }).click();
		await expect(trainee.getByRole('heading', { name: 'Open an assignment', level: 2 })).toBeVisible();
		await shot(trainee, 'join-empty', info.project.name);
		await trainee.getByLabel('Open an assignment file').setInputFiles({
			name: file.suggestedFilename(),
			mimeType: 'application/json',
			buffer: readFileSync(await file.path())
		});
		await expect(trainee.getByRole('region', { name: 'Assignment', exact: true })).toContainText(
			`from “${LOCAL.title}”`
		);
		await shot(trainee, 'join-local', info.project.name);
		await trainee.getByRole('button', { name: 'Accept assignment' }).click();
		await expect(trainee.getByText('Saved in this browser.')).toBeVisible();
		// The assignment's due day becomes the deck's briefing (a week ahead is the form's default), which the
		// briefing screen then plans for.
		await expect(trainee.getByText(/^Briefing set for \w{3} \d{1,2} \w+ \d{4}, 09:00/)).toBeVisible();
		await shot(trainee, 'join-accepted', info.project.name);
		await trainee.getByRole('link', { name: 'Change the briefing' }).click();
		await expect(trainee.getByTestId('forecast')).toContainText('predicted recall at the briefing');

		await studyAndReport(trainee, LOCAL.title, 2, 'Boris Orlov');
		const reportFile = trainee.waitForEvent('download');
		await trainee.getByRole('button', { name: 'Download report file' }).click();
		const report = await reportFile;

		await instructor.goto('/class/');
		await instructor.getByLabel('Open report files').setInputFiles({
			name: report.suggestedFilename(),
			mimeType: 'application/json',
			buffer: readFileSync(await report.path())
		});
		await expect(instructor.getByRole('heading', { name: 'Reports kept in this browser (1)' })).toBeVisible();
		await expect(instructor.getByRole('button', { name: /^Remove the report of Boris Orlov/ })).toBeVisible();
		// Signed with this assignment's secret: no "not checked" mark.
		await expect(instructor.getByText('signature not checked')).toHaveCount(0);
		await instructor.reload();
		await expect(instructor.getByRole('heading', { name: 'Reports kept in this browser (1)' })).toBeVisible();
		await Promise.all([instructor.context().close(), trainee.context().close()]);
	});
});
