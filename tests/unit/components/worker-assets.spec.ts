import { describe, expect, it } from 'vitest';
import { workersNamed } from '../../../scripts/worker-assets';

const READER = '_app/immutable/workers/reader.worker-CVGZOjlJ.js';
/** A worker's own chunk, which the worker loads and the page never names. */
const READER_CHUNK = '_app/immutable/workers/chunks/lang-Xy12.js';
/** A source map a build with maps writes beside the worker: never listed, since a host need not serve it. */
const READER_MAP = `${READER}.map`;
const FILES = ['_app/immutable/chunks/BOO3YJU4.js', READER, READER_MAP, READER_CHUNK];

describe('the build lists the workers a chunk starts, so the service worker caches them', () => {
	it.each([
		[
			'a module worker as Vite writes it, with the files built for it',
			'new Worker(new URL("../workers/reader.worker-CVGZOjlJ.js",import.meta.url),{type:"module"})',
			[READER, READER_CHUNK]
		],
		[
			'named from the root (paths.relative off)',
			'new URL("/_app/immutable/workers/reader.worker-CVGZOjlJ.js", location.href)',
			[READER, READER_CHUNK]
		],
		[
			'named twice, listed once',
			'"../workers/reader.worker-CVGZOjlJ.js";"../workers/reader.worker-CVGZOjlJ.js"',
			[READER, READER_CHUNK]
		],
		['a worker file the bundle does not hold', '"../workers/gone-123.js"', []],
		['no worker at all', 'console.log("hello")', []]
	])('%s', (_, code, expected) => {
		expect(workersNamed(code, FILES)).toEqual(expected);
	});
});
