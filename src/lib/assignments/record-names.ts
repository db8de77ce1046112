/**
 * The names of the assignment records (see records.ts), apart from their schemas, so a screen can ask whether there
 * are any without loading the code that reads them.
 */
export const RECEIVED_RECORD = 'assignments';
export const SENT_RECORD = 'assignments-sent';
