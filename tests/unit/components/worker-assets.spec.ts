import { describe, expect, it } from 'vitest';
import { workersNamed } from '../../../scripts/worker-assets';

const FILES = [
	'_app/immutable/chunks/BOO3YJU4.js',
	'_app/immutable/workers/reader.worker-CVGZOjlJ.js',
	'_app/immutable/workers/other.worker-Zz9.js'
];

describe('the build lists the workers a chunk starts, so the service worker caches them', () => {
	it.each([
		[
			'a module worker as Vite writes it',
			'new Worker(new URL("../workers/reader.worker-CVGZOjlJ.js",import.meta.url),{type:"module"})',
			['_app/immutable/workers/reader.worker-CVGZOjlJ.js']
		],
		[
			'in single quotes',
			"new URL('../workers/other.worker-Zz9.js', import.meta.url)",
			['_app/immutable/workers/other.worker-Zz9.js']
		],
		[
			'named twice, listed once',
			'"../workers/other.worker-Zz9.js";"../workers/other.worker-Zz9.js"',
			['_app/immutable/workers/other.worker-Zz9.js']
		],
		['a worker file the bundle does not hold', '"../workers/gone-123.js"', []],
		['the word "workers" in a string, not a file', '"two workers/one.js job"', []],
		['no worker at all', 'console.log("hello")', []]
	])('%s', (_, code, expected) => {
		expect(workersNamed(code, FILES)).toEqual(expected);
	});
});
