/** What the study session loads after its first card (lazy.ts): the scheduler and the briefing-day queue. */
export { gradeCard, makeScheduler, previewGrades } from './fsrs';
export { briefingQueue } from './briefing';
