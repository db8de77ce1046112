/** The worker that reads documents into a draft (see reader.ts): one reply to each request, in order. */
import { readDraft } from './draft';
import type { ReadReply, ReadRequest, WarmReply } from './reader';

/**
 * The worker's scope, typed by the two members used: the project's types are the DOM's, and referencing the
 * webworker library here would retype `self` and `addEventListener` for every file.
 */
const scope = self as unknown as {
	onmessage: ((event: { data: ReadRequest }) => void) | null;
	postMessage(reply: ReadReply | WarmReply): void;
};

scope.onmessage = ({ data }) => {
	const reply = readDraft(data);
	// A warm-up's draft is not wanted: only that the patterns are now compiled.
	scope.postMessage(data.warm ? { warmed: true } : reply);
};
