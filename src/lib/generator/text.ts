/**
 * From a delivered document to story sentences: Markdown and HTML become plain text (one paragraph a line, as
 * paragraphs.ts numbers them), page furniture is set aside, and paragraphs are split into sentences. Sentences keep
 * their exact characters so that any part of one is a verbatim quote of its paragraph.
 */
import { splitParagraphs } from '../decks/paragraphs';
import { MONTHS, dateLineDay, inOtherScript, isDateLine, readForeignDateLine, splitSentences } from '../lang';
import type { DocMeta, Sentence } from './types';

export { splitSentences };

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”'
};

/** HTML to text without a DOM: block elements end a paragraph, scripts and styles go, entities are decoded. */
export function htmlToText(html: string): string {
	return html
		.replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(br|hr)\s*\/?>/gi, '\n')
		.replace(
			/<\/?(p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|header|footer|tr|table)\b[^>]*>/gi,
			'\n'
		)
		.replace(/<[^>]+>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
			if (e[0] === '#')
				return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
			return ENTITIES[e.toLowerCase()] ?? m;
		})
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.filter((line) => line.length > 0)
		.join('\n\n');
}

/** Markdown to text: headings, emphasis, links and list markers lose their syntax; images and code fences go. */
export function markdownToText(md: string): string {
	return md
		.replace(/```[\s\S]*?```/g, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.split(/\r?\n/)
		.map((line) =>
			line
				.replace(/^\s{0,3}#{1,6}\s+/, '')
				.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
				.replace(/^\s*>\s?/, '')
				.replace(/(\*\*|__)(.+?)\1/g, '$2')
				.replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
				.replace(/`([^`]+)`/g, '$1')
				.trim()
		)
		.join('\n');
}

/** Turns a delivered document into plain text; the format is guessed when not given. */
export function toText(input: string, format?: 'text' | 'markdown' | 'html'): string {
	const kind =
		format ??
		(/<(p|div|br|h[1-6]|article|body)\b/i.test(input)
			? 'html'
			: /^\s{0,3}#{1,6}\s|\]\(http/m.test(input)
				? 'markdown'
				: 'text');
	if (kind === 'html') return htmlToText(input);
	if (kind === 'markdown') return markdownToText(input);
	return input;
}

const BOILERPLATE =
	/^(pages|home|menu|share|share this|tweet|print|email|advertisement|related|read more.*|no comments:?|\d+ comments?:?|post a comment|newer post|older post|subscribe to:.*|labels?:.*|posted by .*|leave a (comment|reply)|comments|skip to content|sign up.*|next (?:report|update|edition|issue|briefing|situation report)s?\s*:.*)$/i;
/**
 * A wire's correction note, a paragraph of its own: "(This version of the story corrects day of the attack in first
 * paragraph to Thursday from Wednesday)", "(Corrects spelling of name in paragraph 3)", "Correction: An earlier version of
 * this story said 34 people had been injured. …". The story above it is already corrected; the note's "from
 * Wednesday" is the error withdrawn (review 45, BZ min/01-14 asked it as a day; review 50, CW min/01-15 the Tuesday an
 * earlier version had said).
 */
/** A correction note that opens on the version it withdraws: "Correction: An earlier version of this story said …". */
const NOTE_OPENING =
	/^(?:Correction|Clarification|Editor['’]s\s+note)\s*:\s*(?:An?|The)\s+(?:earlier|previous)\s+version\s+of\s+(?:this|the)\s+(?:story|article|report)\b/;
const CORRECTION_NOTE = new RegExp(
	`^(?:${NOTE_OPENING.source.slice(1)}.*|[([]?\\s*(?:This\\s+(?:version|story|article)\\s+(?:of\\s+(?:the|this)\\s+(?:story|article|report)\\s+)?(?:corrects|adds|updates|fixes|removes|clarifies)|(?:Corrects|Correcting|Fixes|Clarifies|Refiles\\s+to\\s+(?:correct|fix|add|clarify)))\\b[^()[\\]]*[)\\]]?)$`
);
/** A photo credit closing a caption: "(Alexander Avilov/Moscow News Agency via AP)", "[Reuters]", "Photo: AFP". */
const CREDIT =
	/(?:[([][^()[\]]*(?:\/|\bvia\b|\bAP\b|\bAFP\b|Reuters|Getty|EPA|Photo|Image|Anadolu|File)[^()[\]]*[)\]]\s*$)|^(?:photo|image|picture|file photo|caption|credit)(?:\s+\d{1,2})?\s*:/i;

/**
 * Whether a paragraph's first or last sentence marks it as a photo caption by its label or an agency's photo credit:
 * "PHOTO CAPTION: Students who escaped … April 3, 2015. REUTERS/Noor Khamis" (review 38, AX min/01-23 dated the
 * Garissa siege by its photo).
 */
export const captionMarked = (first: string, last: string): boolean =>
	/^(?:PHOTO\s+CAPTION|CAPTION|PHOTO|Photo\s+caption|Caption|Photo)\s*[:—–-]\s/.test(first) ||
	/\b(?:REUTERS|Reuters|AFP(?:\s+PHOTO)?|AP|EPA|Getty\s+Images|Anadolu)\s*\/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$|^Photograph:\s/.test(
		last
	);

/**
 * A photo caption credited to the publisher itself: "… on January 2, 2017. (Bosphorus Desk)". It stays in the story
 * (its words are the text's), but its date is the photo's, so it dates no event.
 */
export function creditsPublisher(p: string, publisher: string | undefined): boolean {
	if (!publisher || !/\)$/.test(p)) return false;
	const credit = p.slice(p.lastIndexOf('(') + 1, -1).trim();
	return credit === publisher || credit.startsWith(`${publisher}/`);
}

/**
 * Lowercase letters and digits, one space between words: the form in which a title, a prompt or an answer is compared.
 * Remembered per string, because the same prompts and answers are compared again and again while a deck is built.
 */
export function plain(s: string): string {
	let p = PLAIN.get(s);
	if (p === undefined) {
		p = s
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
		// Bounded, so a long session of drafts does not grow it without end.
		if (PLAIN.size > 5000) PLAIN.clear();
		PLAIN.set(s, p);
	}
	return p;
}
const PLAIN = new Map<string, string>();

export type Furniture = 'title' | 'byline' | 'dateline' | 'caption' | 'source' | 'boilerplate' | 'heading' | 'foreign';

/** Days a page's own date line may be from the publication date it was given and still be the page's day. */
const PAGE_DAY_WINDOW = 7;

/**
 * The day the story's relative words count from: the publication date given, unless the page's own date line, among
 * its first paragraphs, gives another day near it ("Updated Monday 23 September 2013" on a live page given as published
 * on the 24th: its "last night" is the 22nd). A line saying when the page was updated is preferred to one saying when
 * it was first published, as the page's words are the update's.
 */
export function pageDay(paragraphs: readonly string[], published: string): string {
	const near = (iso: string) => Math.abs(Date.parse(iso) - Date.parse(published)) <= PAGE_DAY_WINDOW * 86_400_000;
	const lines = paragraphs
		.slice(0, 4)
		.map((p) => dateLineDay(p) ?? foreignLineDay(p))
		.filter((d) => d !== undefined && near(d.iso));
	return (lines.find((d) => d!.updated) ?? lines[0])?.iso ?? published;
}

/** An English month's name, which a foreign date line does not hold. */
const ENGLISH_MONTH = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'i');

/**
 * A date line in another language opening a paragraph, with its year: "Toulouse, jeudi 22 mars 2012. After 32 hours of
 * siege, the man … died this morning" (review 40, BB min/09-2 counted "this morning" from the day after).
 */
function foreignLineDay(paragraph: string): { iso: string; updated: boolean } | undefined {
	if (!/\d{4}/.test(paragraph)) return undefined;
	const first = splitSentences(paragraph)[0] ?? '';
	// (An English month is an English line's, read by the English date line reader or not at all: the headline "3 dead in
	// September 2019 raid" is no date line, though German spells the month alike.)
	if (ENGLISH_MONTH.test(first)) return undefined;
	const iso = readForeignDateLine(first);
	return iso && !iso.startsWith('--') ? { iso, updated: false } : undefined;
}

/**
 * Why a paragraph is page furniture rather than story, or `undefined` for story text. Captions are told by their
 * credit, because a caption's date ("on Saturday, March 23") is the photo's, not the event's.
 */
export function furniture(
	paragraph: string,
	meta: Pick<DocMeta, 'title' | 'author'> & Partial<Pick<DocMeta, 'publisher'>>
): Furniture | undefined {
	const p = paragraph.trim();
	if (plain(p) === plain(meta.title)) return 'title';
	if (meta.author && (plain(p) === plain(meta.author) || plain(p) === `by ${plain(meta.author)}`)) return 'byline';
	if (/^[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and)\s*.*)?$/.test(p) && p.split(/\s+/).length <= 10)
		return 'byline';
	if (isDateLine(p)) return 'dateline';
	// A paragraph in another script is not English story: its years would be read as the story's dates.
	if (inOtherScript(p)) return 'foreign';
	if (/^source:/i.test(p)) return 'source';
	if (BOILERPLATE.test(p) || CORRECTION_NOTE.test(p)) return 'boilerplate';
	if (CREDIT.test(p)) return 'caption';
	// A short line without closing punctuation is a heading ("New ambitions"), not a sentence of the story. The
	// punctuation is tested first: nearly every story paragraph has it, and then its words need not be split.
	if (!/[.!?]["”’)]?$/.test(p) && p.split(/\s+/).length <= 8) return 'heading';
	return undefined;
}

export interface StoryText {
	sentences: Sentence[];
	/** Paragraph numbers set aside, with the reason, for the CLI's summary. */
	skipped: { paragraph: number; why: Furniture }[];
}

/**
 * A sentence that withdraws what the one before it reported: "On Friday a general told reporters that was wrong",
 * "the ministry later retracted that report". (A claim of responsibility taken back is still read, and checked: facts.ts's
 * WITHDRAWN.)
 */
const WITHDRAWS =
	/\b(?:(?:said|says|told(?:\s+[\w-]+){0,2}?|acknowledged|admitted|conceded)\s+(?:that\s+)?(?:that|this|it)\s+(?:(?:account|report)\s+)?(?:was|had\s+been|is)\s+(?:wrong|incorrect|false|untrue|inaccurate|mistaken|an?\s+(?:error|mistake))(?!\s+to\b)(?=\s*(?:[.;,]|$))|(?:retracted|withdrew|walked\s+back|corrected)\s+(?:that|the|its|their|this)\s+(?:earlier\s+|initial\s+|first\s+)?(?:report|statement|account)s?\b)/i;

/** A sentence of a note about the page itself: "We regret the error", "The story has been updated". */
const ABOUT_THE_PAGE = /\b(?:regret|apologi[sz]e|version|story|article|error|updated|amended)\b/i;

/** The sentences of a correction note after the one that withdraws an earlier version, when they tell the right figure. */
function correctedAfterNote(p: string): string[] {
	if (!NOTE_OPENING.test(p.trim())) return [];
	return splitSentences(p)
		.slice(1)
		.filter((s) => /\d/.test(s) && !ABOUT_THE_PAGE.test(s));
}

/** What a sentence reports someone as saying: the kind of sentence a later one may withdraw. */
const REPORTED = /\b(?:said|says|reported|told|announced|stated)\b/i;

/**
 * The story's sentences, in order, with page furniture removed, and without a report a later sentence withdraws ("In
 * its first briefing the Pentagon said a second suicide bomber had struck near the Baron Hotel. On Friday a general
 * said that was wrong": no attack on the Baron Hotel is read, nor any title or count framed by one).
 */
export function storySentences(
	text: string,
	meta: Pick<DocMeta, 'title' | 'author'> & Partial<Pick<DocMeta, 'publisher'>>
): StoryText {
	const sentences: Sentence[] = [];
	const skipped: StoryText['skipped'] = [];
	splitParagraphs(text).forEach((p, i) => {
		const why = furniture(p, meta);
		if (why) skipped.push({ paragraph: i + 1, why });
		// ("Correction: An earlier version of this story said 53 people had been injured. The number of injured is 81.":
		// the note's own sentences after the withdrawn one tell the corrected figure, which is story.)
		const kept = why === 'boilerplate' ? correctedAfterNote(p) : why ? [] : splitSentences(p);
		for (const s of kept) {
			const last = sentences.at(-1);
			if (last && WITHDRAWS.test(s) && REPORTED.test(last.text)) sentences.pop();
			sentences.push({ paragraph: i + 1, text: s, ...(why ? { note: true as const } : {}) });
		}
	});
	return { sentences, skipped };
}
