// What the browser can download: no syntax highlighter in any client script. Snippets are coloured
// from the emitters' own tokens (src/lib/snippets/tokens.ts); Shiki runs only at build time, for
// Expressive Code's static blocks. Reads the built files, so it needs `astro build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from './support/site.ts';

const scriptsDir = join(distDir, '_astro');
const scripts = readdirSync(scriptsDir).filter((file) => /\.m?js$/.test(file));

test('the build ships client scripts to check', () => {
	expect(scripts.length).toBeGreaterThan(0);
});

// Shiki's entry points, its regex engine, and the TextMate grammars and themes it loads.
for (const needle of [
	'createHighlighterCore',
	'createJavaScriptRegexEngine',
	'"scopeName":"source.',
	'scopeName:"source.',
	'github-light-default',
	'tokenColors',
]) {
	test(`no client script contains ${JSON.stringify(needle)}`, () => {
		const holding = scripts.filter((file) =>
			readFileSync(join(scriptsDir, file), 'utf8').includes(needle),
		);
		expect(holding).toEqual([]);
	});
}
