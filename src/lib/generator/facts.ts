/**
 * One document to candidate facts: the finders run over the story's sentences in order, so the timeline and the
 * event the story is on carry from one sentence to the next, and every fact keeps a short verbatim quote.
 */
import { advance, formatDate, type Timeline } from './dates';
import { eventNear } from './events';
import { findActors } from './actors';
import { findFigures } from './figures';
import { findMotives } from './motives';
import { storySentences, type StoryText } from './text';
import type { DocMeta, Fact, Sentence } from './types';

/** Words either side of a match in a quote: enough to find it, short enough to read. */
const CONTEXT_WORDS = 9;

/**
 * A verbatim window of the sentence around [start, end): a few words either side, cut at a clause edge when one is
 * near, so a quote reads as a phrase of the text.
 */
export function quoteAround(sentence: string, start: number, end: number, words = CONTEXT_WORDS): string {
	let a = start;
	for (let n = 0; a > 0 && n < words; n++) {
		const prev = sentence.lastIndexOf(' ', a - 2);
		a = prev < 0 ? 0 : prev + 1;
		if (/[.;:!?]\s*$/.test(sentence.slice(0, a).trimEnd().slice(-1))) break;
	}
	let b = end;
	for (let n = 0; b < sentence.length && n < words; n++) {
		const next = sentence.indexOf(' ', b + 1);
		b = next < 0 ? sentence.length : next;
		if (/[.;:!?]$/.test(sentence.slice(0, b))) break;
	}
	return sentence
		.slice(a, b)
		.trim()
		.replace(/[\s,;:—–-]+$/, '')
		.replace(/^[\s,;:—–-]+/, '');
}

export interface DocFacts {
	facts: Fact[];
	skipped: StoryText['skipped'];
}

/** Reads a document and returns its candidate facts in reading order. */
export function extractFacts(text: string, meta: DocMeta): DocFacts {
	const story = storySentences(text, meta);
	const timeline: Timeline = { published: { iso: meta.published, precision: 'day' } };
	const facts: Fact[] = [];
	let context: string | undefined;
	const evidence = (s: Sentence, start: number, end: number) => ({
		doc: meta.id,
		paragraph: s.paragraph,
		quote: quoteAround(s.text, start, end)
	});

	for (const s of story.sentences) {
		for (const d of advance(s.text, timeline)) {
			const after = d.after ? afterWhat(s.text, d.index + d.text.length) : undefined;
			facts.push({
				kind: 'date',
				value: d.resolvedFrom ? formatDate(d.iso) : d.text.replace(/^(?:in|since|by|on)\s+/i, ''),
				normalized: d.iso,
				precision: d.precision,
				qualifier: d.qualifier,
				event: after ?? eventNear(s.text, d.index),
				measure: d.after ? 'after' : undefined,
				written: d.text,
				sentence: s.text,
				evidence: evidence(s, d.index, d.index + d.text.length + (after ? after.length + 1 : 0))
			});
		}
		for (const f of findFigures(s.text, context)) {
			facts.push({
				kind: f.kind,
				value: f.value,
				normalized: f.normalized,
				qualifier: f.qualifier,
				event: f.event,
				measure: f.measure,
				written: f.value,
				sentence: s.text,
				evidence: evidence(s, f.index, f.index + f.value.length)
			});
		}
		for (const a of findActors(s.text)) {
			const at = s.text.indexOf(a.quote);
			const quote = a.quote.length <= 160 ? a.quote : quoteAround(s.text, a.index, a.index + 20);
			facts.push({
				kind: a.kind,
				value: a.value,
				normalized: (a.kind === 'actor' ? a.subject : a.value).toLowerCase(),
				subject: a.subject,
				aliases: a.aliases,
				// "claimed responsibility for those attacks" means the event the story is on; a named one is used as named.
				event: a.kind === 'claim' ? claimedEvent(s.text, a.index, a.value, context) : undefined,
				sentence: s.text,
				evidence: {
					doc: meta.id,
					paragraph: s.paragraph,
					quote: at >= 0 ? quote : quoteAround(s.text, a.index, a.index + 10)
				}
			});
		}
		for (const m of findMotives(s.text)) {
			facts.push({
				kind: 'motive',
				value: m.gap,
				normalized: m.gap.toLowerCase(),
				written: m.gap,
				sentence: s.text,
				evidence: {
					doc: meta.id,
					paragraph: s.paragraph,
					quote: quoteAround(s.text, m.index, m.index + m.gap.length, 12)
				}
			});
		}
		context = eventNear(s.text, s.text.length) ?? context;
	}
	return { facts, skipped: story.skipped };
}

/** The event a claim is for: the story's current one for "it" or "those attacks", else the one named after the verb. */
function claimedEvent(sentence: string, index: number, what: string, context: string | undefined): string | undefined {
	if (/^(?:it|them|this|that|those attacks|these attacks|the attacks?)(?:\s+too)?$/i.test(what)) return context;
	return eventNear(sentence.slice(index), 0) ?? context;
}

/** "comes two months after suicide bombings in Kerman, Iran, killed …": the thing dated is what follows "after". */
function afterWhat(sentence: string, from: number): string | undefined {
	const m =
		/^\s*((?:[\w'’-]+,?\s+){0,6}?[\w'’-]+)(?=,\s+(?:killed|killing|which|that|when)|\s+(?:killed|killing|which|that|when|in which)\b|[.;]|$)/.exec(
			sentence.slice(from)
		);
	return m?.[1];
}
