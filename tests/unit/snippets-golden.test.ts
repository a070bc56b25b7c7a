import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	emitSnippets,
	snippetLanguages,
	type SecretMode,
	type SnippetLanguage,
} from '../../src/lib/snippets/index.ts';
import { requestFixtures } from '../runtimes/support/request-fixtures.ts';
import { suiteSettings } from '../../scripts/suite-guard.ts';
import { authorizationUrlFixtures } from '../runtimes/support/oauth-fixtures.ts';

// Golden files: every fixture × every language × both secret modes, compared byte for byte.
// `UPDATE_GOLDEN=1 npx vitest run tests/unit/snippets-golden.test.ts` rewrites them; review the diff
// (refused under CI, where it would compare each file with itself).
const goldenDir = join(import.meta.dirname, '..', 'golden');
const update = suiteSettings(process.env).updateGolden;
const fixtures = [
	...requestFixtures('/tmp/snippets-canary'),
	...(await authorizationUrlFixtures()),
];
const modes: readonly SecretMode[] = ['env', 'inline'];
const languages = Object.keys(snippetLanguages) as SnippetLanguage[];

/** `bearer.sh` for the default (environment-variable) mode, `bearer.inline.sh` for inline. */
function goldenName(fixture: string, mode: SecretMode, language: SnippetLanguage): string {
	return `${fixture}${mode === 'inline' ? '.inline' : ''}.${snippetLanguages[language].extension}`;
}

describe.each(modes)('snippets in %s mode', (mode) => {
	test.each(
		fixtures.flatMap(({ name, request }) =>
			languages.map((language) => [name, language, request] as const),
		),
	)('%s in %s matches its golden file', (name, language, request) => {
		const result = emitSnippets(request, { secrets: mode });
		if (!result.ok)
			throw new Error(`${name} was refused: ${result.error.code} ${result.error.message}`);
		const file = join(goldenDir, goldenName(name, mode, language));
		const code = result.snippets[language];
		if (update || !existsSync(file)) {
			if (!update)
				throw new Error(`No golden file ${file}; run with UPDATE_GOLDEN=1 to create it.`);
			writeFileSync(file, code);
		}
		expect(code).toBe(readFileSync(file, 'utf8'));
	});
});

describe('the golden folder', () => {
	test('holds only files that some fixture, language and mode produce', () => {
		const expected = new Set(
			fixtures.flatMap(({ name }) =>
				modes.flatMap((mode) => languages.map((language) => goldenName(name, mode, language))),
			),
		);
		const orphans = readdirSync(goldenDir).filter((file) => !expected.has(file));
		expect(
			orphans,
			'golden files whose fixture is gone: delete them or bring the fixture back',
		).toEqual([]);
	});
});
