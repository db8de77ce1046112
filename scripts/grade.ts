/**
 * `npm run grade -- --kind toll --expected "more than 130" --answer "130"` prints the checker's verdict as one line
 * of JSON, so a deck author can try an answer against a card without opening the app.
 *
 * `npm run grade -- --agreement` measures the checker against the held-out answers of
 * tests/unit/checker/cases-heldout.ts: the share on which its verdict is the one a careful instructor gave, with
 * every disagreement listed. Those answers were written apart from the rules, so the figure is not a tuned one.
 */
import { pathToFileURL } from 'node:url';
import { CARD_KINDS, type CardKind } from '../src/lib/decks/schema';
import { check } from '../src/lib/checker/check';
import type { CheckInput, CheckResult, Verdict } from '../src/lib/checker/types';

export const USAGE = `usage: npm run grade -- --kind <${CARD_KINDS.join('|')}> --expected <text> --answer <text>
       [--accept <text>]... [--alias "ISIS-K=ISKP"]... [--precision year|month|day] [--tolerance <n>]`;

export interface GradeArgs {
	input: CheckInput;
	answer: string;
}

const PRECISIONS = ['year', 'month', 'day'] as const;

/** Reads the command line; returns an error message instead of throwing, so the caller decides how to exit. */
export function parseArgs(argv: string[]): GradeArgs | { error: string } {
	const single: Record<string, string> = {};
	const accept: string[] = [];
	const aliases: string[][] = [];
	for (let i = 0; i < argv.length; i += 2) {
		const flag = argv[i]!;
		const value = argv[i + 1];
		if (value === undefined) return { error: `${flag} needs a value` };
		if (flag === '--accept') accept.push(value);
		else if (flag === '--alias') {
			const names = value.split('=').map((n) => n.trim());
			if (names.length < 2 || names.some((n) => n === ''))
				return { error: `--alias wants names joined by "=": ${value}` };
			aliases.push(names);
		} else if (['--kind', '--expected', '--answer', '--precision', '--tolerance'].includes(flag)) single[flag] = value;
		else return { error: `unknown option ${flag}` };
	}
	const kind = single['--kind'];
	if (!kind || !(CARD_KINDS as readonly string[]).includes(kind)) return { error: '--kind is missing or unknown' };
	const expected = single['--expected'];
	if (expected === undefined) return { error: '--expected is missing' };
	const answer = single['--answer'];
	if (answer === undefined) return { error: '--answer is missing' };
	const input: CheckInput = { kind: kind as CardKind, expected, accept, aliases };
	const precision = single['--precision'];
	if (precision !== undefined) {
		if (!(PRECISIONS as readonly string[]).includes(precision)) {
			return { error: '--precision must be year, month or day' };
		}
		input.precision = precision as CheckInput['precision'];
	}
	const tolerance = single['--tolerance'];
	if (tolerance !== undefined) {
		const n = Number(tolerance);
		if (tolerance.trim() === '' || !Number.isFinite(n) || n < 0) return { error: '--tolerance must be a number ≥ 0' };
		input.tolerance = n;
	}
	return { input, answer };
}

/** A typed answer with the verdict a careful instructor gave it. */
export interface Judged extends CheckInput {
	typed: string;
	verdict: Verdict;
}

export interface Agreement {
	agreed: number;
	total: number;
	/** Rows where the checker and the instructor differ: expected ← typed, instructor's and checker's verdicts. */
	disagreements: string[];
}

/** How often `judge` gives the instructor's verdict. */
export function agreement(cases: Judged[], judge: (input: CheckInput, typed: string) => CheckResult): Agreement {
	const disagreements: string[] = [];
	for (const { typed, verdict, ...input } of cases) {
		const got = judge(input, typed);
		if (got.verdict !== verdict) {
			disagreements.push(`${input.expected} ← ${typed}: instructor ${verdict}, checker ${got.verdict} (${got.reason})`);
		}
	}
	return { agreed: cases.length - disagreements.length, total: cases.length, disagreements };
}

async function printAgreement(): Promise<number> {
	const { HELDOUT_CASES } = await import('../tests/unit/checker/cases-heldout');
	const { agreed, total, disagreements } = agreement(HELDOUT_CASES, check);
	for (const line of disagreements) process.stdout.write(`${line}\n`);
	const share = Math.round((1000 * agreed) / total) / 10;
	process.stdout.write(`${JSON.stringify({ agreed, total, agreement: share })}\n`);
	return 0;
}

function main(argv: string[]): number {
	const args = parseArgs(argv);
	if ('error' in args) {
		process.stderr.write(`${args.error}\n${USAGE}\n`);
		return 2;
	}
	const { verdict, reason } = check(args.input, args.answer);
	process.stdout.write(`${JSON.stringify({ verdict, reason })}\n`);
	return 0;
}

// Run only when invoked as a script, so tests can import parseArgs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const argv = process.argv.slice(2);
	if (argv[0] === '--agreement') void printAgreement().then((code) => (process.exitCode = code));
	else process.exitCode = main(argv);
}
