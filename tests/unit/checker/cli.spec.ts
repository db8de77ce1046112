/** `npm run grade`: argument parsing, and one real run of the script. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { parseArgs } from '../../../scripts/grade';

describe('parseArgs', () => {
	it('reads every option, repeatable ones included', () => {
		const args = parseArgs([
			'--kind',
			'actor',
			'--expected',
			'ISKP',
			'--answer',
			'ISIS-K',
			'--accept',
			'Islamic State Khorasan Province',
			'--accept',
			'IS-K',
			'--alias',
			'ISIS-K=ISKP',
			'--alias',
			'ISIL = ISIS = Islamic State',
			'--precision',
			'day',
			'--tolerance',
			'2'
		]);
		expect(args).toEqual({
			answer: 'ISIS-K',
			input: {
				kind: 'actor',
				expected: 'ISKP',
				accept: ['Islamic State Khorasan Province', 'IS-K'],
				aliases: [
					['ISIS-K', 'ISKP'],
					['ISIL', 'ISIS', 'Islamic State']
				],
				precision: 'day',
				tolerance: 2
			}
		});
	});

	it.each([
		[[], /--kind/],
		[['--kind', 'weather', '--expected', 'x', '--answer', 'y'], /--kind/],
		[['--kind', 'toll', '--answer', 'y'], /--expected/],
		[['--kind', 'toll', '--expected', 'x'], /--answer/],
		[['--kind', 'toll', '--expected', 'x', '--answer'], /needs a value/],
		[['--kind', 'toll', '--expected', 'x', '--answer', 'y', '--colour', 'red'], /unknown option/],
		[['--kind', 'date', '--expected', 'x', '--answer', 'y', '--precision', 'week'], /--precision/],
		[['--kind', 'toll', '--expected', 'x', '--answer', 'y', '--tolerance', '-1'], /--tolerance/],
		[['--kind', 'toll', '--expected', 'x', '--answer', 'y', '--tolerance', 'lots'], /--tolerance/],
		[['--kind', 'actor', '--expected', 'x', '--answer', 'y', '--alias', 'ISKP'], /--alias/]
	])('refuses %j', (argv, message) => {
		const args = parseArgs(argv);
		expect('error' in args && args.error).toMatch(message);
	});
});

describe('scripts/grade.ts', () => {
	const run = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/grade.ts', ...args], { encoding: 'utf8' });

	it('prints one line of JSON with the verdict and reason', () => {
		const out = run(['--kind', 'toll', '--expected', 'more than 130', '--answer', '130']);
		expect(out.status).toBe(0);
		const lines = out.stdout.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(JSON.parse(lines[0]!)).toEqual({ verdict: 'correct', reason: expect.stringContaining('more than 130') });
	}, 30_000);

	it('prints usage to stderr and exits 2 on bad usage', () => {
		const out = run(['--kind', 'toll']);
		expect(out.status).toBe(2);
		expect(out.stdout).toBe('');
		expect(out.stderr).toMatch(/usage: npm run grade/);
	}, 30_000);
});
