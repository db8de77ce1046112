/**
 * Node module hooks that compile `.svelte.ts` / `.svelte.js` modules (which use runes such as `$state`) with the
 * Svelte compiler, so command-line scripts can import the same reactive classes the app uses. TypeScript is
 * stripped first with `typescript`'s transpiler; everything else is left to tsx.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compileModule } from 'svelte/compiler';
import ts from 'typescript';

export async function load(url, context, nextLoad) {
	if (!/\.svelte\.(ts|js)$/.test(url)) return nextLoad(url, context);
	const path = fileURLToPath(url);
	let code = await readFile(path, 'utf8');
	if (path.endsWith('.ts'))
		code = ts.transpileModule(code, {
			compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
			fileName: path
		}).outputText;
	const { js } = compileModule(code, { filename: path, generate: 'client', dev: false });
	return { format: 'module', source: js.code, shortCircuit: true };
}
