import { loadDeckCodec } from '$lib/storage';

// The page reads the URL fragment (#a=…, which never reaches a server) and this browser's storage, so it renders in
// the browser; the prerendered file is its shell.
export const ssr = false;

// Accepting an assignment keeps its deck in this browser: the store's deck codec loads with the page.
export const load = async () => {
	await loadDeckCodec();
	return {};
};
