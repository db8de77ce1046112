/**
 * The study screen's answer parts as one module, so they load as one file with one stylesheet: loading them as five
 * modules put a dozen preload links and five stylesheets into the page at once (see parts.svelte.ts).
 */
export { default as ChoiceAnswer } from './ChoiceAnswer.svelte';
export { default as Feedback } from './Feedback.svelte';
export { default as TypedAnswer } from './TypedAnswer.svelte';
export { default as AnswerField } from './AnswerField.svelte';
export { default as SessionSummary } from '../SessionSummary.svelte';
export { default as Evidence } from '../Evidence.svelte';
