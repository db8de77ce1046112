/**
 * A record reader from a valibot schema, for the screens whose records have a schema already (assignments, class
 * reports). The study screen's own records are read by small hand-written readers (study/deck-day.ts), so that reading
 * them does not bring the library onto the page that must show its first card soonest.
 */
import * as v from 'valibot';
import type { RecordReader } from './library';

export function bySchema<T>(schema: v.GenericSchema<unknown, T>): RecordReader<T> {
	return (value) => {
		const r = v.safeParse(schema, value);
		return r.success ? r.output : null;
	};
}
