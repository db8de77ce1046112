/** The worker that reads documents into a draft (see reader.ts): one request, one reply. */
import { readDraft } from './draft';
import type { ReadReply, ReadRequest } from './reader';

/**
 * The worker's scope, typed by the two members used: the project's types are the DOM's, and referencing the
 * webworker library here would retype `self` and `addEventListener` for every file.
 */
const scope = self as unknown as {
	onmessage: ((event: { data: ReadRequest }) => void) | null;
	postMessage(reply: ReadReply): void;
};

scope.onmessage = ({ data }) => scope.postMessage(readDraft(data));
