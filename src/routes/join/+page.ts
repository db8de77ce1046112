// The page reads the URL fragment (#a=…, which never reaches a server) and this browser's storage, so it renders in
// the browser; the prerendered file is its shell.
export const ssr = false;
