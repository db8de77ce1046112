/** The answer checker: `check` judges a typed answer, `suggestGrade` turns the verdict into an FSRS grade. */
export { check } from './check';
export { suggestGrade, FAST_MS } from './grade';
export { diffChars } from './diff';
export { parseDate, formatDate } from '../lang/dates';
export { findNumbers } from '../lang/numbers';
export type { CheckInput, CheckResult, DiffPart, Verdict } from './types';
