/**
 * Prose is content, not bundle: no JavaScript file of the build holds a code's title, cause or
 * fix. The islands ship codes and show the text the server rendered into the page as templates,
 * so a reworded fix costs no JavaScript. Every passage of src/content/codes/ of 30 characters or
 * more is looked for in every file of dist/_astro/, as written and as a JavaScript string literal
 * would escape it. Reads the build in dist/ (no server needed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { errorCodes } from '../../src/lib/mock-api/index.ts';
import { readCodeTexts, readErrorTexts, readFindingTexts } from '../support/code-texts.ts';
import { distDir } from './support/site.ts';

const assets = join(distDir, '_astro');
const bundles = readdirSync(assets)
	.filter((name) => name.endsWith('.js'))
	.map((name) => ({ name, source: readFileSync(join(assets, name), 'utf8') }));

/** The files that hold `text`, raw or escaped as in a string literal. */
function holders(text: string): string[] {
	const escaped = JSON.stringify(text).slice(1, -1);
	return bundles
		.filter(({ source }) => source.includes(text) || source.includes(escaped))
		.map(({ name }) => name);
}

const passages = [
	...Object.entries(readCodeTexts('auth')).map(([code, text]) => ['auth', code, text] as const),
	...Object.entries(readCodeTexts('snippets')).map(
		([code, text]) => ['snippets', code, text] as const,
	),
	...Object.entries(readCodeTexts('key-store')).map(
		([code, text]) => ['key-store', code, text] as const,
	),
	...Object.entries(readFindingTexts()).map(
		([code, { title, explanation, fix }]) => ['doctor', code, { title, explanation, fix }] as const,
	),
	...Object.entries(readErrorTexts()).map(([code, text]) => ['mock', code, text] as const),
].flatMap(([set, code, text]) =>
	Object.entries(text)
		.filter(([, passage]) => passage.length >= 30)
		.map(([part, passage]) => ({ set, code, part, passage })),
);

test('the build has island bundles, and the check finds text that is in them', () => {
	expect(bundles.length).toBeGreaterThan(5);
	// The mock API's wire titles stay with it (its lazy chunk): the search must find one.
	expect(holders(errorCodes['missing-api-key'].title)).not.toEqual([]);
	expect(new Set(passages.map(({ set }) => set)).size).toBe(5);
});

for (const { set, code, part, passage } of passages) {
	test(`no bundle holds the ${part} of ${set} code ${code}`, () => {
		expect(holders(passage)).toEqual([]);
	});
}
