// Every page is prerendered so the built site runs from any static host; pages that read browser storage render
// their content in the browser (they set `ssr = false`).
export const prerender = true;
export const trailingSlash = 'always';
