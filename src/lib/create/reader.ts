/**
 * Reading documents into a draft, away from the page. The generator's first run over a document compiles each of its
 * patterns on first use: about three seconds of one task for a 1,200-word report on a phone-speed CPU (four times
 * slower than a laptop), and over ten for a long one. On the page's own thread that is a tab that ignores every tap,
 * so the generator runs in a worker of its own, the page stays live, and the reading can be stopped or given up on.
 */
import type { DeckMeta, GeneratedDeck } from '../generator';
import type { DocMeta } from '../generator/types';

/** What the review screen takes from a generated deck (its internal facts stay in the worker). */
export type Draft = Pick<GeneratedDeck, 'deck' | 'texts' | 'warnings' | 'checks' | 'events'>;

export interface ReadRequest {
	docs: { text: string; meta: DocMeta }[];
	meta: DeckMeta;
	/** A reading only to compile the generator's patterns before the real one (see `warm`): answered `{ warmed }`. */
	warm?: boolean;
}

/** The worker's one reply to a reading. */
export type ReadReply = { ok: true; draft: Draft } | { ok: false; message: string };
/** What the worker says after a warm-up reading. */
export type WarmReply = { warmed: true };

/** The part of a Worker this module uses, so tests can stand in for one. */
export interface ReaderWorker {
	postMessage(request: ReadRequest): void;
	terminate(): void;
	onmessage: ((event: { data: ReadReply | WarmReply }) => void) | null;
	onerror: ((event: { message?: string }) => void) | null;
}

/** How much of a document a warm-up reads: enough to meet most of the patterns, in a fraction of a second. */
export const WARM_CHARS = 20_000;

/**
 * Longest a reading may take before it is given up. The longest documents the generator takes (200,000 characters,
 * several of them) read in about 15 seconds at phone speed; a reading four times longer is one that will not end.
 */
export const READ_LIMIT_MS = 60_000;

/** Why a reading ended without a draft: stopped by the reader, past the time limit, or failed with a message. */
export class ReadError extends Error {
	constructor(
		readonly reason: 'stopped' | 'timeout' | 'failed',
		message: string
	) {
		super(message);
	}
}

/**
 * A worker reading documents, or undefined where the browser has none. The `new Worker(new URL(…))` form is the one
 * Vite finds and builds into a file of its own (the generator with it), which the service worker caches with the rest.
 */
export function spawnReader(): ReaderWorker | undefined {
	if (typeof Worker === 'undefined') return undefined;
	return new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' }) as unknown as ReaderWorker;
}

export interface ReadOptions {
	signal?: AbortSignal;
	limitMs?: number;
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} seconds`);

/**
 * Reads documents into drafts in a worker. One worker serves every reading of the page while they succeed, so the
 * second draft finds the generator's patterns already compiled; a reading that is stopped, runs out of time or fails
 * ends its worker (the only way to stop code that is running), and the next reading starts a new one. A worker that
 * fails before it has answered once could not start (a browser without module workers, its file missing offline):
 * the page then reads the documents itself, that time and from then on.
 */
export class DocumentReader {
	#worker: ReaderWorker | undefined;
	/** Whether the current worker has answered a reading. */
	#answered = false;
	/** Workers cannot run here: documents are read on the page. */
	#noWorkers = false;
	/** Ends the reading under way with an error; undefined when none is. */
	#pending: ((err: ReadError) => void) | undefined;
	/** The current worker has been sent a warm-up. */
	#warmed = false;

	/** `spawn` starts a worker (spawnReader by default); one that gives undefined has documents read on the page. */
	constructor(private readonly spawn: () => ReaderWorker | undefined = spawnReader) {}

	/**
	 * The draft of `request`'s documents. Rejects with a ReadError when `signal` aborts or the reader is closed, when
	 * the reading passes `limitMs`, or when the generator refuses the documents (its message, which names the document
	 * and what is wrong with it, is passed on).
	 */
	read(request: ReadRequest, { signal, limitMs = READ_LIMIT_MS }: ReadOptions = {}): Promise<Draft> {
		if (signal?.aborted) return Promise.reject(stopped());
		// One worker answers one request at a time; the page asks again only once a reading has ended.
		if (this.#pending) return Promise.reject(new ReadError('failed', 'Another reading is under way.'));
		const worker = this.#start();
		if (!worker) return readHere(request);
		return new Promise<Draft>((resolve, reject) => {
			const end = (settle: () => void, keep = false) => {
				this.#pending = undefined;
				clearTimeout(timer);
				signal?.removeEventListener('abort', onAbort);
				worker.onmessage = worker.onerror = null;
				if (!keep) this.#end();
				settle();
			};
			const onAbort = () => end(() => reject(stopped()));
			const timer = setTimeout(
				() =>
					end(() =>
						reject(
							new ReadError(
								'timeout',
								`Reading stopped after ${seconds(limitMs)}: the documents are too long for this device to read. Split them into parts and propose again.`
							)
						)
					),
				limitMs
			);
			this.#pending = (err) => end(() => reject(err));
			signal?.addEventListener('abort', onAbort);
			// A refusal is the generator's answer, not a broken worker: it is kept for the next reading. A warm-up sent
			// before this reading is answered first: the worker reads one message after the other.
			worker.onmessage = ({ data }) => {
				this.#answered = true;
				if ('warmed' in data) return;
				end(() => (data.ok ? resolve(data.draft) : reject(new ReadError('failed', data.message))), true);
			};
			worker.onerror = (e) => {
				const started = this.#answered;
				if (!started) this.#noWorkers = true;
				end(() =>
					started
						? reject(new ReadError('failed', e.message || 'the reader stopped with an error it did not name'))
						: readHere(request).then(resolve, reject)
				);
			};
			try {
				worker.postMessage(request);
			} catch (err) {
				end(() => reject(new ReadError('failed', err instanceof Error ? err.message : String(err))));
			}
		});
	}

	/**
	 * Starts the worker and has it read `text` once, its draft thrown away, so the generator's patterns are compiled
	 * (most of a first reading's time: 300 ms per 1,000 words on a laptop) while the instructor still fills in the
	 * form. Once per worker; nothing while a reading is under way or where documents are read on the page.
	 */
	warm(text: string): void {
		if (this.#pending || this.#warmed || this.#noWorkers) return;
		const worker = this.#start();
		if (!worker) return;
		this.#warmed = true;
		worker.onmessage = ({ data }) => {
			if ('warmed' in data) this.#answered = true;
		};
		// A worker that fails before it ever answers could not start: readings go to the page from then on.
		worker.onerror = () => {
			if (!this.#answered) this.#noWorkers = true;
			this.#end();
		};
		const meta = { id: 'warm-up', title: 'Warm-up', published: '2000-01-01' };
		try {
			worker.postMessage({ warm: true, docs: [{ text: text.slice(0, WARM_CHARS), meta }], meta });
		} catch {
			this.#end();
		}
	}

	/** Stops the reading under way, if any, and ends the worker: for a page that is being left. */
	close(): void {
		this.#pending?.(stopped());
		this.#end();
	}

	/** The worker for the next reading, started if need be; undefined where documents are read on the page. */
	#start(): ReaderWorker | undefined {
		if (this.#noWorkers) return undefined;
		if (this.#worker) return this.#worker;
		try {
			this.#worker = this.spawn();
		} catch {
			// A browser that refuses module workers may say so by throwing.
			this.#noWorkers = true;
		}
		this.#answered = false;
		return this.#worker;
	}

	#end(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
		this.#warmed = false;
	}
}

const stopped = () => new ReadError('stopped', 'Reading stopped.');

/** Where workers cannot run: read on the page, as the only way left. */
async function readHere(request: ReadRequest): Promise<Draft> {
	const { readDraft } = await import('./draft');
	const reply = readDraft(request);
	if (!reply.ok) throw new ReadError('failed', reply.message);
	return reply.draft;
}
