/**
 * Serverless sharing: instructors send assignments as links or files, trainees send progress reports back as text or
 * files, and the instructor's class view reads them. The trainee's link screen should import `./link` directly
 * rather than this index, so it does not load the QR encoder.
 */
export * from './assignment';
export * from './checksum';
export * from './link';
export * from './file';
export * from './report';
export * from './report-codec';
export * from './class';
export * from './csv';
export * from './qr';
export * from './due';
export { largestDeckThatFitsLink, realisticAssignment, realisticCard } from './capacity';
