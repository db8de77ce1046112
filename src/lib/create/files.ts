/**
 * Opening a document: .txt as it is, .md and .html turned into plain text (one paragraph a line), so the text the
 * instructor sees in the box is the text the evidence will cite.
 */
import { toText } from '../generator/text';

export const DOCUMENT_TYPES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export type DocFormat = 'text' | 'markdown' | 'html';

/** The format a file name announces, or null for a file this screen cannot read. */
export function formatOf(name: string): DocFormat | null {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (ext === 'txt') return 'text';
	if (ext === 'md' || ext === 'markdown') return 'markdown';
	if (ext === 'html' || ext === 'htm') return 'html';
	return null;
}

export type OpenResult = { ok: true; text: string; format: DocFormat } | { ok: false; error: string };

/** A file's contents as document text; the file's own name decides the format rather than a guess from its contents. */
export function documentFromFile(name: string, contents: string): OpenResult {
	const format = formatOf(name);
	if (!format) return { ok: false, error: `${name}: open a .txt, .md or .html file.` };
	const text = toText(contents, format).replace(/\r\n?/g, '\n');
	if (!text.trim()) return { ok: false, error: `${name}: no text found in the file.` };
	return { ok: true, text, format };
}
