import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDraft } from '../../../src/lib/create/draft';
import { docMetas } from '../../../src/lib/create/meta';
import {
	READ_LIMIT_MS,
	DocumentReader,
	ReadError,
	WARM_CHARS,
	type ReadReply,
	type ReaderWorker,
	type ReadRequest
} from '../../../src/lib/create/reader';
import { MAX_DOCUMENT_CHARS } from '../../../src/lib/generator/index';
import { makeDoc } from './factories';

function makeRequest(text = makeDoc().text): ReadRequest {
	const doc = makeDoc({ text });
	return { docs: [{ text, meta: docMetas([doc])[0]! }], meta: { id: 'harlow', title: 'Harlow theatre attack' } };
}

/**
 * A stand-in for the browser's worker: it records what it was sent and whether it was ended, and replies when the
 * test says so, through the same handlers a real worker calls.
 */
class FakeWorker implements ReaderWorker {
	sent: ReadRequest[] = [];
	terminated = false;
	onmessage: ReaderWorker['onmessage'] = null;
	onerror: ReaderWorker['onerror'] = null;
	postMessage(request: ReadRequest) {
		this.sent.push(request);
	}
	terminate() {
		this.terminated = true;
	}
	/** The reply the real worker would send: the generator run on the last request it was sent. */
	reply(data: ReadReply = readDraft(this.sent.at(-1)!)) {
		this.onmessage?.({ data });
	}
	/** What the real worker says once it has read a warm-up. */
	warmed() {
		this.onmessage?.({ data: { warmed: true } });
	}
	fail(message?: string) {
		this.onerror?.({ message });
	}
}

/** A reader whose workers are fakes; `workers` lists every one it started, the newest last. */
function withFakes() {
	const workers: FakeWorker[] = [];
	const reader = new DocumentReader(() => {
		workers.push(new FakeWorker());
		return workers.at(-1);
	});
	return { reader, workers, latest: () => workers.at(-1)! };
}

/** The reason a reading was refused, and its message. */
async function refusal(reading: Promise<unknown>): Promise<{ reason: string; message: string }> {
	const err = await reading.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(err).toBeInstanceOf(ReadError);
	const { reason, message } = err as ReadError;
	return { reason, message };
}

afterEach(() => {
	vi.useRealTimers();
});

describe('reading documents in a worker', () => {
	it('sends the documents to the worker, gives back the draft it replies with, and keeps the worker for the next reading', async () => {
		const { reader, workers, latest } = withFakes();
		const reading = reader.read(makeRequest());
		expect(latest().sent).toEqual([makeRequest()]);
		latest().reply();
		const draft = await reading;
		expect(draft.deck.cards.map((c) => c.prompt)).toContain(
			'How many people were killed in the 8 March 2024 attack on the Harlow theatre in Denvik?'
		);
		// The worker is kept: the next reading finds the generator's patterns compiled.
		expect(latest().terminated).toBe(false);
		const again = reader.read(makeRequest());
		latest().reply();
		await expect(again).resolves.toEqual(draft);
		expect(workers).toHaveLength(1);
		expect(latest().sent).toHaveLength(2);
	});

	it('closed with a reading under way (the page is left), ends the reading as stopped and the worker with it', async () => {
		vi.useFakeTimers();
		const { reader, workers, latest } = withFakes();
		const reading = reader.read(makeRequest());
		reader.close();
		expect(await refusal(reading)).toEqual({ reason: 'stopped', message: 'Reading stopped.' });
		expect(latest().terminated).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
		// Nothing is left under way: a new reading is taken, by a new worker.
		const next = reader.read(makeRequest());
		latest().reply();
		await expect(next).resolves.toMatchObject({ deck: { id: 'harlow' } });
		expect(workers).toHaveLength(2);
	});

	it('answers one reading at a time', async () => {
		const { reader, latest } = withFakes();
		const first = reader.read(makeRequest());
		expect(await refusal(reader.read(makeRequest()))).toEqual({
			reason: 'failed',
			message: 'Another reading is under way.'
		});
		latest().reply();
		await expect(first).resolves.toMatchObject({ deck: { id: 'harlow' } });
	});

	it('passes on the message of a document the generator refuses, naming the document', async () => {
		const { reader, workers, latest } = withFakes();
		const reading = reader.read(makeRequest('x'.repeat(MAX_DOCUMENT_CHARS + 1)));
		latest().reply();
		expect(await refusal(reading)).toEqual({
			reason: 'failed',
			message:
				'Document "gunmen-storm-harlow-theatre" is 200,001 characters long; the generator reads documents of at most 200,000 characters. Split it into parts.'
		});
		// A refusal is an answer, not a broken worker: the next reading uses the same one.
		expect(latest().terminated).toBe(false);
		const next = reader.read(makeRequest());
		latest().reply();
		await expect(next).resolves.toMatchObject({ deck: { id: 'harlow' } });
		expect(workers).toHaveLength(1);
	});

	it.each([
		['with its message', 'Uncaught SyntaxError: bad token', 'Uncaught SyntaxError: bad token'],
		['without one', undefined, 'the reader stopped with an error it did not name']
	])(
		'a worker that has answered before and fails %s ends the reading as failed, and the next reading starts a new one',
		async (_, message, expected) => {
			const { reader, workers, latest } = withFakes();
			const first = reader.read(makeRequest());
			latest().reply();
			await first;
			const reading = reader.read(makeRequest());
			latest().fail(message);
			expect(await refusal(reading)).toEqual({ reason: 'failed', message: expected });
			expect(latest().terminated).toBe(true);
			void reader.read(makeRequest()).catch(() => undefined);
			expect(workers).toHaveLength(2);
			reader.close();
		}
	);

	it('a worker that fails before it ever answers could not start: the page reads the documents itself, then and after', async () => {
		const { reader, workers, latest } = withFakes();
		const reading = reader.read(makeRequest());
		latest().fail();
		await expect(reading).resolves.toMatchObject({ deck: { id: 'harlow' } });
		expect(latest().terminated).toBe(true);
		await expect(reader.read(makeRequest())).resolves.toMatchObject({ deck: { id: 'harlow' } });
		expect(workers).toHaveLength(1);
	});

	it('a browser that throws when asked for a module worker has the documents read on the page', async () => {
		const reader = new DocumentReader(() => {
			throw new TypeError('Module scripts are not supported in workers');
		});
		await expect(reader.read(makeRequest())).resolves.toMatchObject({ deck: { id: 'harlow' } });
	});

	it('a request the worker cannot be sent ends the reading as failed and leaves nothing under way', async () => {
		vi.useFakeTimers();
		const workers: FakeWorker[] = [];
		const reader = new DocumentReader(() => {
			const worker = new FakeWorker();
			// What a real worker throws for a request it cannot copy (DataCloneError).
			worker.postMessage = () => {
				throw new Error('could not be cloned');
			};
			workers.push(worker);
			return worker;
		});
		expect(await refusal(reader.read(makeRequest()))).toEqual({ reason: 'failed', message: 'could not be cloned' });
		expect(workers[0]!.terminated).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
		// Nothing is left under way: the next reading is tried (by a new worker), not refused as "another reading".
		expect(await refusal(reader.read(makeRequest()))).toEqual({ reason: 'failed', message: 'could not be cloned' });
		expect(workers).toHaveLength(2);
	});

	it('stops at once when asked, ends the worker, and ignores a reply that comes after', async () => {
		const { reader, latest } = withFakes();
		const worker = latest;
		const stop = new AbortController();
		const reading = reader.read(makeRequest(), { signal: stop.signal });
		stop.abort();
		expect(await refusal(reading)).toEqual({ reason: 'stopped', message: 'Reading stopped.' });
		expect(worker().terminated).toBe(true);
		// A reply already on its way finds no handler: nothing is proposed after a stop.
		expect(worker().onmessage).toBeNull();
	});

	it('starts no worker for a reading stopped before it began', async () => {
		const spawn = vi.fn(() => new FakeWorker());
		const stop = new AbortController();
		stop.abort();
		expect(await refusal(new DocumentReader(spawn).read(makeRequest(), { signal: stop.signal }))).toEqual({
			reason: 'stopped',
			message: 'Reading stopped.'
		});
		expect(spawn).not.toHaveBeenCalled();
	});

	it('gives up a reading that passes the time limit, saying what to do', async () => {
		vi.useFakeTimers();
		const { reader, latest } = withFakes();
		const refused = refusal(reader.read(makeRequest()));
		vi.advanceTimersByTime(READ_LIMIT_MS - 1);
		expect(latest().terminated).toBe(false);
		vi.advanceTimersByTime(1);
		expect(await refused).toEqual({
			reason: 'timeout',
			message:
				'Reading stopped after 60 seconds: the documents are too long for this device to read. Split them into parts and propose again.'
		});
		expect(latest().terminated).toBe(true);
	});

	it('clears its time limit once the draft is in, so a finished reading is never refused later', async () => {
		vi.useFakeTimers();
		const { reader, latest } = withFakes();
		const reading = reader.read(makeRequest(), { limitMs: 1_000 });
		latest().reply();
		await expect(reading).resolves.toMatchObject({ deck: { id: 'harlow' } });
		expect(vi.getTimerCount()).toBe(0);
	});
});

describe('warming the worker while the form is filled in', () => {
	it('sends the first part of the document once, as a warm-up whose draft is not wanted', () => {
		const { reader, workers, latest } = withFakes();
		const text = 'x'.repeat(WARM_CHARS + 500);
		reader.warm(text);
		reader.warm(text);
		expect(workers).toHaveLength(1);
		expect(latest().sent).toHaveLength(1);
		expect(latest().sent[0]).toMatchObject({ warm: true, docs: [{ text: 'x'.repeat(WARM_CHARS) }] });
	});

	it('a reading asked for during the warm-up waits for it, skips its answer and gives the draft', async () => {
		const { reader, workers, latest } = withFakes();
		reader.warm(makeDoc().text);
		const reading = reader.read(makeRequest());
		expect(latest().sent.map((r) => Boolean(r.warm))).toEqual([true, false]);
		latest().warmed();
		latest().reply();
		await expect(reading).resolves.toMatchObject({ deck: { id: 'harlow' } });
		expect(workers).toHaveLength(1);
	});

	it('nothing is warmed while a reading is under way', () => {
		const { reader, latest } = withFakes();
		void reader.read(makeRequest()).catch(() => undefined);
		reader.warm(makeDoc().text);
		expect(latest().sent.map((r) => Boolean(r.warm))).toEqual([false]);
		reader.close();
	});

	it('a worker that fails its warm-up before answering anything has the next reading done on the page', async () => {
		const { reader, workers, latest } = withFakes();
		reader.warm(makeDoc().text);
		latest().fail();
		expect(latest().terminated).toBe(true);
		await expect(reader.read(makeRequest())).resolves.toMatchObject({ deck: { id: 'harlow' } });
		expect(workers).toHaveLength(1);
	});

	it('a new worker, after a stop, is warmed again', () => {
		const { reader, workers } = withFakes();
		reader.warm(makeDoc().text);
		const stop = new AbortController();
		void reader.read(makeRequest(), { signal: stop.signal }).catch(() => undefined);
		stop.abort();
		reader.warm(makeDoc().text);
		expect(workers).toHaveLength(2);
		expect(workers[1]!.sent.map((r) => Boolean(r.warm))).toEqual([true]);
	});
});

describe('reading where the browser has no workers', () => {
	it('reads on the page and gives the same draft the worker would', async () => {
		const draft = await new DocumentReader(() => undefined).read(makeRequest());
		const reply = readDraft(makeRequest());
		expect(reply.ok).toBe(true);
		expect(draft).toEqual(reply.ok ? reply.draft : undefined);
	});

	it("refuses with the generator's message", async () => {
		expect(
			await refusal(new DocumentReader(() => undefined).read(makeRequest('x'.repeat(MAX_DOCUMENT_CHARS + 1))))
		).toMatchObject({ reason: 'failed', message: expect.stringContaining('200,001 characters long') });
	});
});

describe('the draft a reading sends back', () => {
	it("holds what the review screen reads, and not the generator's internal facts", () => {
		const reply = readDraft(makeRequest());
		expect(reply.ok && Object.keys(reply.draft).sort()).toEqual(['checks', 'deck', 'events', 'texts', 'warnings']);
	});

	it('survives the copy a worker makes of its reply (structured clone) unchanged', () => {
		const reply = readDraft(makeRequest());
		expect(structuredClone(reply)).toStrictEqual(reply);
	});
});
