/**
 * The progress store: the one object screens use for everything kept in this browser. In the spirit of svelte.dev's
 * `Persisted` class — private fields over storage, reactive reads, cross-tab aware — screens read state (deck
 * counts, notices, settings, records) inside `$derived` and call intent methods (grade, undo, import, save…).
 *
 * Reactivity: every read registers on a revision that changes on each local write and each `storage` event from
 * another tab. Per-deck revisions let the deck list re-read only the deck an event names. Repairs made while
 * reading (a value set aside) change no revision, and their notices are published after the read, since a read may
 * run inside `$derived`, where changing state is not allowed.
 *
 * Behind it, with no import cycle: db.ts (the driver, the only holder of `Storage`), library.ts (decks, settings,
 * records), deck-progress.ts (reading cards and log) and reconcile.ts. Loaded when needed (parts.ts): the ledger
 * (grades.ts and deck-writes.ts, their undo, the encoders of encode.ts, and summaries.ts, each deck's summary), which
 * the study page loads after its first card; and backup.ts,
 * recovery.ts and migrate.ts, so a page that studies or lists decks does not download them.
 */
import { untrack } from 'svelte';
import type { Card } from 'ts-fsrs';
import type { Deck } from '../decks/schema';
import { studyDayStart } from '../scheduler/day';
import type { QueueCounts } from '../scheduler/queue';
import type * as backup from './backup';
import { Db } from './db';
import { DeckStore } from './deck-progress';
import type { Grades } from './grades';
import { SCHEMA_VERSION, checkDeckId, parseKey, recordKey, settingsKey, storedVersion } from './keys';
import * as lib from './library';
import { deckCodec, ledgerParts, loadDeckCodec, loadLedger, loadRareParts, rareParts, rarePartsLoaded } from './parts';
import type * as recovery from './recovery';
import { reconcile } from './reconcile';
import type { DeckSettings } from './settings-check';
import type { Summaries } from './summaries';
import type { DeckProgress, Notice, ReviewEntry, UndoResult } from './types';
import { STORAGE_FULL_MESSAGE } from './write';

export { StaleCardError } from './write';
export type { UndoResult } from './types';

export interface StoreOptions {
	/** Clock for quarantine key names and summaries; tests pass a fixed one. */
	now?: () => number;
}

/** What the deck list shows of one deck, read from its summary. */
export interface DeckGlance {
	counts: QueueCounts;
	/** When the next studied card comes due, or null. */
	next: number | null;
	/** When the deck was last reviewed, or null if never. */
	latest: number | null;
}

export class ProgressStore {
	readonly #db: Db;
	readonly #decks: DeckStore;
	/** The ledger's two parts, made once it has loaded (see `#ledger`). */
	#summaries: Summaries | null = null;
	#grades: Grades | null = null;
	/** Card ids of decks opened before the ledger loaded, handed to it when it does (see `reconcile`). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- handed over once, never read by a screen
	readonly #knownBefore = new Map<string, readonly string[]>();
	#revision = $state(0);
	#notices = $state<Notice[]>([]);
	#pending: Notice[] = [];
	// A counter per deck: reading one subscribes to that deck alone. Keys carry a prefix so that no deck id can name a
	// member every object has (`constructor`, `__proto__`). Plain state rather than a SvelteMap, whose code every page
	// would load for this alone.
	#deckRevs = $state<Record<string, number>>({});
	#externalRevs = $state<Record<string, number>>({});
	/** Storage cleared in another tab: every deck changed, including those never written here. */
	#cleared = $state(0);

	constructor(storage: Storage, options: StoreOptions = {}) {
		this.#db = new Db(storage, options.now ?? Date.now, (n) => this.#publish(n));
		this.#decks = new DeckStore(this.#db);
		this.#upgrade();
	}

	// ——— reactive reads ———

	/** Changes on every local write and every change another tab makes. */
	get revision(): number {
		return this.#revision;
	}

	/** Messages the learner must see: values set aside, storage full, data migrated, clocks that were wrong. */
	get notices(): readonly Notice[] {
		return this.#pending.length ? [...this.#notices, ...this.#pending] : this.#notices;
	}

	/**
	 * Writes the browser refused after the fact (IndexedDB answers after a grade has returned, tiered.ts): the learner
	 * is told, the decks are read again, and this tab's undo history of them is dropped — the grade it would take back
	 * was never kept.
	 */
	refused(keys: readonly string[]): void {
		this.#publish({ kind: 'quota', message: STORAGE_FULL_MESSAGE });
		for (const key of keys) {
			const k = parseKey(key);
			if (k.kind === 'progress' || k.kind === 'deck') this.#grades?.forget(k.deckId);
			this.external(key);
		}
	}

	/** Tells the learner something about their saved progress that the storage found (browser.ts). */
	notify(notice: Notice): void {
		this.#publish(notice);
	}

	dismissNotice(notice: Notice): void {
		this.#notices = this.#notices.filter((n) => n !== notice);
	}

	/** Changes when another tab changes this deck's progress or settings (not on this tab's own writes). */
	externalRevision(deckId: string): number {
		return (this.#externalRevs[`#${deckId}`] ?? 0) + this.#cleared;
	}

	/** Names decks the site knows (built in), so messages about them say their title. */
	nameDecks(decks: readonly { id: string; title: string }[]): void {
		for (const d of decks) this.#db.titles.set(d.id, d.title);
	}

	/**
	 * Today's counts and next due time from the deck's summary; `cardCount` is the deck's size as the screen knows it,
	 * `cardIds` its cards when the screen knows them (the site's decks), so that a summary made again here leaves out
	 * progress of cards no longer in the deck, as the study queue does.
	 */
	glance(deckId: string, cardCount: number, now: number, cardIds?: readonly string[]): DeckGlance {
		this.#track(deckId);
		const { summaries } = this.#needLedger('Deck counts');
		if (cardIds && !summaries.knows(deckId)) summaries.knowCards(deckId, cardIds);
		const settings = this.#settings(deckId);
		const s = summaries.get(deckId, settings, now);
		if (s.latest !== null && s.latest > now + 60_000) this.#futureNotice(deckId, s.latest, now);
		return { counts: summaries.counts(s, cardCount, settings, now), next: s.next, latest: s.latest };
	}

	/** The decks kept in this browser, from their summaries (no deck is decompressed once its summary exists). */
	localDecks(): { id: string; title: string; description: string; cardCount: number }[] {
		void this.#revision;
		const ledger = this.#ledger();
		return lib.localDeckIds(this.#db).flatMap((id) => {
			// Without the ledger (the study page's first moments) the summary is read but not made or updated.
			const meta = ledger ? ledger.summaries.deckMeta(id) : lib.deckMeta(this.#db, id);
			return meta ? [{ id, ...meta }] : [];
		});
	}

	getSettings(deckId: string): DeckSettings {
		this.#track(deckId);
		return lib.getSettings(this.#db, deckId);
	}

	getDeck(id: string): Deck | null {
		void this.#revision;
		return lib.getDeck(this.#db, id);
	}

	/** Whether a record is stored, without reading it (a screen may skip loading the code that would). */
	hasRecord(name: string): boolean {
		void this.#revision;
		return this.#db.get(recordKey(name)) !== null;
	}

	/** A named record, read by `read` (see records.ts for valibot schemas); null when absent or not readable. */
	getRecord<T>(name: string, read: lib.RecordReader<T>): T | null {
		void this.#revision;
		return lib.getRecord(this.#db, name, read);
	}

	/** A deck's whole progress; unreadable values are set aside (cards rebuilt from the log where it can). */
	load(deckId: string): DeckProgress {
		this.#track(checkDeckId(deckId));
		return this.#decks.read(deckId, { repair: true });
	}

	/** Like `load`, but changes nothing (previews). */
	peek(deckId: string): DeckProgress {
		this.#track(checkDeckId(deckId));
		return this.#decks.read(deckId, { repair: false });
	}

	/** Progress for a study queue at `now`: every card state, and only the study day's reviews. */
	loadToday(deckId: string, now: number): DeckProgress {
		this.#track(checkDeckId(deckId));
		const since = studyDayStart(now, lib.getSettings(this.#db, deckId).dayStartsAt);
		return this.#decks.read(deckId, { repair: true, since });
	}

	/**
	 * Opens a deck for study: keeps progress in step with the deck as it is now (cards whose answer changed are
	 * archived and relearned, see reconcile.ts), then reads it — one decode of the deck for the whole screen.
	 */
	open(
		deck: Pick<Deck, 'id' | 'title' | 'cards'>,
		now: number
	): { progress: DeckProgress; relearn: string[]; removed: string[] } {
		this.nameDecks([deck]);
		const changed = this.reconcile(
			deck.id,
			deck.cards.map((c) => ({ id: c.id, answer: c.answer })),
			now
		);
		return { progress: this.loadToday(deck.id, now), ...changed };
	}

	/** See reconcile.ts: archives and resets cards whose answer changed; lists ids no longer in the deck. */
	reconcile(
		deckId: string,
		cards: { id: string; answer: string }[],
		now: number
	): { relearn: string[]; removed: string[] } {
		const changed = reconcile(this.#db, this.#decks, deckId, cards, now);
		const ids = cards.map((c) => c.id);
		const ledger = this.#ledger();
		if (ledger) ledger.summaries.knowCards(deckId, ids);
		else this.#knownBefore.set(deckId, ids);
		if (changed.relearn.length) this.#rewritten(deckId);
		return changed;
	}

	/** Whether this tab has a grade of the deck it can take back. */
	canUndo(deckId: string): boolean {
		this.#track(deckId);
		// Without the ledger nothing was graded here yet.
		return this.#ledger()?.grades.canUndo(deckId) ?? false;
	}

	/**
	 * Writes now what a grade left for after the next paint (deck summaries). Reads through the store never need it;
	 * it is for code that looks at storage itself.
	 */
	settle(): void {
		this.#ledger()?.summaries.flush();
	}

	/** Whether the ledger has loaded: grading needs it (see parts.ts). */
	ledgerLoaded(): boolean {
		return ledgerParts() !== null;
	}

	/** Loads the ledger (at once when it is there). */
	loadLedger(): Promise<void> {
		return loadLedger();
	}

	usage(): { chars: number; quota: number | null } {
		void this.#revision;
		return this.#db.usage();
	}

	titleOf(deckId: string, title?: string): string {
		return lib.titleOf(this.#db, deckId, title);
	}

	/** Values kept aside because they could not be used, newest first. */
	keptAside(): recovery.KeptAside[] {
		void this.#revision;
		return rareParts('The kept-aside list').recovery.listKeptAside(this.#db);
	}

	/** States archived when a card's answer changed, per deck. */
	archived(): recovery.Archived[] {
		void this.#revision;
		return rareParts('The archive list').recovery.listArchived(this.#db);
	}

	// ——— intents ———

	/**
	 * Saves a graded card and its log entry before returning (in the browser, IndexedDB confirms a moment later; a
	 * refusal then puts the card back and says so, see tiered.ts). `expected` is the state the screen graded from: if
	 * the stored one differs, another tab graded the card, and StaleCardError is thrown with nothing saved. Throws
	 * StorageFullError (nothing saved) when the browser refuses the write at once.
	 */
	grade(deckId: string, cardId: string, next: Card, entry: ReviewEntry, expected?: Card | null): void {
		this.#needLedger('Saving a grade').grades.grade(deckId, cardId, next, entry, expected, this.#settings(deckId));
		this.#bump(deckId, false);
		this.#revision++;
	}

	/** `grade` without the check against another tab (scripts, benchmarks, tests). */
	record(deckId: string, cardId: string, next: Card, entry: ReviewEntry): void {
		this.grade(deckId, cardId, next, entry);
	}

	/**
	 * Takes back this tab's last grade of the deck — only while the card's stored state is still the one this tab
	 * wrote. If another tab graded the card since, undoing would erase that review from the card's schedule, so it is
	 * refused with a message. Returns null when there is nothing to undo.
	 */
	undo(deckId: string): UndoResult | null {
		const grades = this.#ledger()?.grades;
		if (!grades) return null;
		const result = grades.undo(
			deckId,
			() => this.#settings(deckId),
			() => this.#wrote(deckId)
		);
		if (result?.ok) {
			this.#bump(deckId, false);
			this.#revision++;
		}
		return result;
	}

	saveSettings(deckId: string, s: DeckSettings): void {
		lib.saveSettings(this.#db, deckId, s);
		this.#wrote(deckId);
	}

	saveDeck(deck: Deck): void {
		const saved = lib.saveDeck(this.#db, deck);
		this.#ledger()?.summaries.setDeckMeta(saved);
		this.#wrote(saved.id);
	}

	removeDeck(id: string): void {
		lib.removeDeck(this.#db, id);
		this.#wrote(id);
	}

	setRecord(name: string, value: unknown): void {
		lib.setRecord(this.#db, name, value);
		this.#wrote(null);
	}

	/** Every deck's progress, settings, kept-aside values and archive, as one JSON text. */
	exportAll(now: number): string {
		return rareParts('Export').backup.exportAll(this.#db, this.#decks, now);
	}

	/** What importing `text` would do, changing nothing: exactly what `importProgress` would write. */
	previewImport(text: string): backup.ImportPreview {
		return rareParts('Import').backup.planImport(this.#db, this.#decks, text).preview;
	}

	/** Merges a progress file into what is stored, all or nothing. */
	importProgress(text: string): backup.ImportPreview {
		const result = rareParts('Import').backup.applyImport(this.#db, this.#decks, text);
		if (result.ok) for (const d of result.summary.decks) this.#rewritten(d.deckId);
		return result;
	}

	restoreKeptAside(key: string): { ok: boolean; message: string } {
		const r = rareParts('Restore').recovery.restoreKeptAside(this.#db, this.#decks, key);
		if (r.deckId) this.#rewritten(r.deckId);
		else this.#wrote(null);
		return r;
	}

	discardKeptAside(key: string): { ok: boolean; message: string } {
		const r = rareParts('Discard').recovery.discardKeptAside(this.#db, key);
		this.#wrote(null);
		return r;
	}

	restoreArchived(item: recovery.Archived): { ok: boolean; message: string } {
		const r = rareParts('Restore').recovery.restoreArchived(this.#db, this.#decks, item);
		this.#rewritten(item.deckId);
		return r;
	}

	discardArchived(item: recovery.Archived): void {
		rareParts('Discard').recovery.discardArchived(this.#db, item);
		this.#wrote(item.deckId);
	}

	/**
	 * Applies a `storage` event from another tab (key null: storage was cleared). Only the deck the key names is
	 * re-read; a schema change re-runs migrations.
	 */
	external(key: string | null): void {
		if (key === null) {
			this.#summaries?.invalidate(null);
			this.#decks.forgetAll();
			this.#cleared++;
		} else {
			const k = parseKey(key);
			// A note of another tab's unsaved values changes nothing shown here: settling it (cold.ts) reports each key
			// it writes.
			if (k.kind === 'unsaved') return;
			if (k.kind === 'meta') this.#upgradeSoon();
			if (k.kind === 'deck' && !deckCodec()) {
				// Another tab kept the first deck here: this tab reads it once it can decode it.
				void loadDeckCodec().then(() => this.external(key));
				return;
			}
			if (k.kind === 'progress' || k.kind === 'deck') {
				this.#decks.forget(k.deckId);
				this.#bump(k.deckId, true);
			}
		}
		this.#revision++;
	}

	// ——— private ———

	/**
	 * Upgrades data an older version wrote before anything reads it. Without the upgrade code loaded the store
	 * refuses to open rather than run over old data: its first write would stamp the data current and strand it.
	 */
	#upgrade(): void {
		if (storedVersion(this.#db) >= SCHEMA_VERSION) return;
		for (const n of rareParts('Opening progress saved by an older version').runMigrations(this.#db, this.#decks))
			this.#publish(n);
	}

	/** `#upgrade` after another tab changed the schema version: the upgrade code may need loading first. */
	#upgradeSoon(): void {
		if (storedVersion(this.#db) >= SCHEMA_VERSION || rarePartsLoaded()) {
			this.#upgrade();
			return;
		}
		void loadRareParts().then(() => {
			this.#upgrade();
			this.#revision++;
		});
	}

	/** A deck's settings, decoded once per stored text (a grade needs them, and they rarely change). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache keyed by stored text, not state
	#settingsCache = new Map<string, { raw: string | null; value: DeckSettings }>();
	#settings(deckId: string): DeckSettings {
		const raw = this.#db.get(settingsKey(deckId));
		const cached = this.#settingsCache.get(deckId);
		if (cached && cached.raw === raw) return cached.value;
		const value = lib.getSettings(this.#db, deckId);
		this.#settingsCache.set(deckId, { raw, value });
		return value;
	}

	/** After a local write to `deckId` (null: no deck): summary refreshed, revisions moved. */
	#wrote(deckId: string | null): void {
		if (deckId) {
			this.#ledger()?.summaries.refresh(deckId, this.#settings(deckId), this.#db.clock());
			this.#bump(deckId, false);
		}
		this.#revision++;
	}

	/** After a deck was rewritten as a whole: this tab's undo history of it no longer applies. */
	#rewritten(deckId: string): void {
		this.#grades?.forget(deckId);
		this.#decks.forget(deckId);
		this.#wrote(deckId);
	}

	/** The ledger's parts, made on first use once it has loaded; null before. */
	#ledger(): { summaries: Summaries; grades: Grades } | null {
		if (!this.#summaries || !this.#grades) {
			const parts = ledgerParts();
			if (!parts) return null;
			this.#summaries = new parts.Summaries(this.#db, this.#decks);
			this.#grades = new parts.Grades(this.#db, this.#decks, this.#summaries);
			for (const [deckId, ids] of this.#knownBefore) this.#summaries.knowCards(deckId, ids);
			this.#knownBefore.clear();
		}
		return { summaries: this.#summaries, grades: this.#grades };
	}

	/** The ledger, or a plain error for code that called `what` before loading it (a programming error). */
	#needLedger(what: string): { summaries: Summaries; grades: Grades } {
		const ledger = this.#ledger();
		if (!ledger) throw new Error(`${what} needs the store's ledger: await loadLedger() first`);
		return ledger;
	}

	/** Makes the effect or derived being run depend on this deck's progress and settings. */
	#track(deckId: string): void {
		void this.#deckRevs[`#${deckId}`];
		void this.#cleared;
	}

	#bump(deckId: string, external: boolean): void {
		if (external) this.#summaries?.invalidate(deckId);
		const key = `#${deckId}`;
		this.#deckRevs[key] = (untrack(() => this.#deckRevs[key]) ?? 0) + 1;
		if (external) this.#externalRevs[key] = (untrack(() => this.#externalRevs[key]) ?? 0) + 1;
	}

	#futureNotice(deckId: string, latest: number, now: number): void {
		const title = lib.titleOf(this.#db, deckId);
		if (this.notices.some((n) => n.kind === 'clock' && n.key === deckId)) return;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- formatted once for a message, never mutated
		const when = new Date(latest).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
		const days = Math.max(1, Math.round((latest - now) / 86_400_000));
		this.#publish({
			kind: 'clock',
			key: deckId,
			message: `Reviews of "${title}" are dated in the future (the latest ${when}, ${days} ${days === 1 ? 'day' : 'days'} from now): this device's clock was probably wrong when they were made. They are kept, and do not count against today's limits.`
		});
	}

	/** Notices raised during a read are published after it: a read may run inside `$derived`. */
	#publish(n: Notice): void {
		if (this.notices.some((x) => x.message === n.message)) return;
		this.#pending.push(n);
		if (this.#pending.length === 1)
			queueMicrotask(() => {
				this.#notices = [...this.#notices, ...this.#pending];
				this.#pending = [];
			});
	}
}
