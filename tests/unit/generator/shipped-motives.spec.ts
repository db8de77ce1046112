import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/lib/decks/parse';

const file = join(__dirname, '../../../decks/crocus-city-hall.yaml');
const parsed = parseDeck(readFileSync(file, 'utf8'), 'crocus-city-hall.yaml');
const cards = parsed.ok ? parsed.deck.cards : [];
const motives = cards.filter((c) => c.kind === 'motive');

describe('motive cards of the full briefing deck', () => {
	it('parses, with motive cards to check', () => {
		expect(parsed.ok).toBe(true);
		expect(motives.length).toBeGreaterThanOrEqual(10);
	});

	it.each(motives.map((c) => [c.id, c] as const))('%s asks why, names who says so and accepts the gist', (_id, c) => {
		expect(c.format).toBe('qa');
		expect(c.prompt).toMatch(/^Why, according to (?:[A-Z][\w’'-]+|the Al Jazeera analysis), /);
		expect(c.prompt).not.toContain('____');
		expect(c.accept?.length).toBeGreaterThan(0);
		// The verbatim sentence stays as evidence, and the answer is the gist rather than the whole quote.
		expect(c.source.quote.length).toBeGreaterThan(c.answer.length / 2);
	});

	it.each([
		['Germany and the Netherlands', /arrests/],
		['Amira Jadoon', /Clemson/],
		['Erik Kurilla', /Central Command/],
		['Mohammed Al-Shamrani', /Pensacola/]
	])('asks %s as an answer, not only inside a prompt', (answer, prompt) => {
		expect(cards.find((c) => c.answer === answer && prompt.test(c.prompt))).toBeDefined();
	});
});
