import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ApiRequest, Part } from '../../src/lib/http/request.ts';
import {
	emitSnippets,
	snippetLanguages,
	textOf,
	type SecretMode,
	type SnippetLanguage,
	type TokenKind,
	type Tokens,
} from '../../src/lib/snippets/index.ts';
import { headerKey, queryKey } from '../runtimes/support/api-key-fixtures.ts';
import { authorizationUrlFixtures } from '../runtimes/support/oauth-fixtures.ts';
import { basic, bearer, requestFixtures, secret } from '../runtimes/support/request-fixtures.ts';

// The emitters write tokens; the code every caller copies is their text. The golden files, written
// before there were tokens, are the oracle for that text.
const goldenDir = join(import.meta.dirname, '..', 'golden');
const fixtures = [
	...requestFixtures('/tmp/snippets-canary'),
	...(await authorizationUrlFixtures()),
];
const modes: readonly SecretMode[] = ['env', 'inline'];
const languages = Object.keys(snippetLanguages) as SnippetLanguage[];
const kinds: readonly TokenKind[] = [
	'keyword',
	'string',
	'variable',
	'function',
	'comment',
	'constant',
	'plain',
];

function tokensOf(
	request: ApiRequest,
	mode: SecretMode,
): Readonly<Record<SnippetLanguage, Tokens>> {
	const result = emitSnippets(request, { secrets: mode });
	if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
	return result.tokens;
}

/** Problems that make a token list less than canonical: empty text, two neighbours of one kind. */
function untidy(tokens: Tokens): string[] {
	return tokens.flatMap((token, index) => [
		...(token.text === '' ? [`empty ${token.kind} at ${index}`] : []),
		...(index > 0 && tokens[index - 1]!.kind === token.kind
			? [`two ${token.kind} tokens at ${index}`]
			: []),
		...(kinds.includes(token.kind) ? [] : [`unknown kind ${token.kind}`]),
	]);
}

describe.each(modes)('snippet tokens in %s mode', (mode) => {
	test.each(
		fixtures.flatMap(({ name, request }) =>
			languages.map((language) => [name, language, request] as const),
		),
	)('%s in %s spells its golden file, in tidy tokens', (name, language, request) => {
		const tokens = tokensOf(request, mode)[language];
		const extension = snippetLanguages[language].extension;
		const golden = join(goldenDir, `${name}${mode === 'inline' ? '.inline' : ''}.${extension}`);
		expect(textOf(tokens)).toBe(readFileSync(golden, 'utf8'));
		expect(untidy(tokens)).toEqual([]);
	});
});

describe('what the tokens say', () => {
	const lemlist = (key: Part): ApiRequest => {
		const auth = basic('', key);
		return {
			method: 'GET',
			url: 'https://api.lemlist.com/api/team',
			headers: [auth.header],
			authorization: auth.recipe,
		};
	};
	const env = tokensOf(lemlist(secret('lem_key', 'LEMLIST_API_KEY')), 'env');

	test.each([
		['curl', 'keyword', 'if'],
		['curl', 'function', 'curl'],
		['curl', 'constant', '-sS'],
		['curl', 'variable', '$LEMLIST_API_KEY'],
		['curl', 'string', "'https://api.lemlist.com/api/team'"],
		['javascript', 'keyword', 'const'],
		['javascript', 'function', 'fetch'],
		['javascript', 'variable', 'LEMLIST_API_KEY'],
		[
			'javascript',
			'comment',
			'// RFC 7617: Base64 of the UTF-8 bytes (btoa on the string itself would read it as Latin-1).',
		],
		['python', 'keyword', 'import'],
		['python', 'function', 'get'],
		['python', 'string', '"LEMLIST_API_KEY"'],
		['go', 'keyword', 'func'],
		['go', 'function', 'Getenv'],
		['go', 'variable', 'lemlistApiKey'],
		['go', 'constant', 'nil'],
	] as const)('%s writes a %s token %j', (language, kind, text) => {
		expect(env[language]).toContainEqual({ kind, text });
	});

	test.each(languages)('%s writes an inlined key inside a string token', (language) => {
		const tokens = tokensOf(
			{
				method: 'GET',
				url: 'https://api.example.com/',
				headers: [bearer('sk_live_if_else_fi').header],
				authorization: bearer(secret('sk_live_if_else_fi', 'API_KEY')).recipe,
			},
			'inline',
		)[language];
		const holding = tokens.filter((token) => token.text.includes('sk_live_if_else_fi'));
		expect(holding.map((token) => token.kind)).toEqual(['string']);
	});
});

describe('hostile values', () => {
	// A secret starts with a marker no emitter writes, then anything a header, a query or a form can
	// carry: shell and string-literal metacharacters, keywords, comment markers, non-ASCII.
	const hostile = fc
		.array(
			fc.constantFrom(
				...`'"\`$\\!#%&*()[]{};|<>~^=,+ /:?@`.split(''),
				'if',
				'fi',
				'const',
				'func',
				'print',
				'//',
				'#',
				'$(',
				'${',
				'é',
				'€',
				'🔑',
				'a',
				'Z',
				'0',
			),
			{ maxLength: 24 },
		)
		.map((parts) => `Zq9${parts.join('')}`);
	const visibleAscii = hostile.filter((value) => /^[\x21-\x7e]*$/.test(value));

	const requests: readonly [string, (value: string) => ApiRequest, typeof hostile][] = [
		[
			'a Bearer token',
			(value) => ({
				method: 'GET',
				url: 'https://api.example.com/v1/me',
				headers: [bearer(value).header],
				authorization: bearer(secret(value, 'API_KEY')).recipe,
			}),
			visibleAscii,
		],
		[
			'a key in a header',
			(value) => headerKey('https://api.example.com/v1/me', 'X-Api-Key', secret(value, 'API_KEY')),
			visibleAscii,
		],
		[
			'a key in the query',
			(value) => queryKey('https://api.example.com/v1/me', 'api_key', secret(value, 'API_KEY')),
			hostile,
		],
		[
			'a client secret in a form',
			(value) => ({
				method: 'POST',
				url: 'https://api.example.com/oauth/token',
				headers: [['Content-Type', 'application/x-www-form-urlencoded']],
				body: {
					kind: 'form',
					fields: [
						['grant_type', 'client_credentials'],
						['client_secret', secret(value, 'CLIENT_SECRET')],
					],
				},
			}),
			hostile,
		],
		[
			'a Basic password',
			(value) => {
				const auth = basic('user', secret(value, 'API_KEY'));
				return {
					method: 'GET',
					url: 'https://api.example.com/',
					headers: [auth.header],
					authorization: auth.recipe,
				};
			},
			hostile,
		],
	];

	const outline = (tokens: Tokens) =>
		tokens.filter((token) => token.kind === 'keyword' || token.kind === 'function');

	test.each(requests)(
		'with %s, the text is the tokens joined, and the keywords and calls never change',
		(_name, request, values) => {
			const baseline = tokensOf(request('Zq9'), 'inline');
			fc.assert(
				fc.property(values, (value) => {
					const result = emitSnippets(request(value), { secrets: 'inline' });
					if (!result.ok) return true; // refused, with a reason: nothing written
					for (const language of languages) {
						const tokens = result.tokens[language];
						expect(textOf(tokens)).toBe(result.snippets[language]);
						expect(untidy(tokens)).toEqual([]);
						expect(outline(tokens)).toEqual(outline(baseline[language]));
					}
					return true;
				}),
			);
		},
	);

	test.each(requests)(
		'with %s, the inlined secret lands only in string or variable tokens',
		(_name, request, values) => {
			fc.assert(
				fc.property(values, (value) => {
					const result = emitSnippets(request(value), { secrets: 'inline' });
					if (!result.ok) return true;
					for (const language of languages) {
						let at = 0;
						for (const token of result.tokens[language]) {
							const start = token.text.indexOf('Zq9');
							if (start !== -1)
								expect({ kind: token.kind, at: at + start }).toMatchObject({
									kind: expect.stringMatching(/^(string|variable)$/),
								});
							at += token.text.length;
						}
						expect(result.snippets[language].split('Zq9').length - 1).toBe(
							result.tokens[language].filter((token) => token.text.includes('Zq9')).length,
						);
					}
					return true;
				}),
			);
		},
	);
});
