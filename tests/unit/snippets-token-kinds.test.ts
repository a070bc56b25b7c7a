/**
 * The kind of each word an emitter writes: a keyword or a listed command by its table, a name right
 * before "(" a function call (not in shell, whose calls have no parentheses), any other word plain;
 * and the tokens curl writes around values (the stdin of long headers, the comment over them, a
 * `$(…)` substitution) in known kinds.
 *
 * Every snippet here is emitted inside its test, never while the file is collected. The code tag
 * lexes each template once and keeps the result, and Stryker switches a mutant on in a `beforeAll`:
 * a template first lexed at collection time is lexed by the unmutated code, so a mutant of the lexer
 * would go unseen (snippets-tokens.test.ts builds its tables at collection time).
 */
import { describe, expect, test } from 'vitest';
import type { ApiRequest, Header } from '../../src/lib/http/request.ts';
import { go, js, py, sh } from '../../src/lib/snippets/code-tag.ts';
import {
	emitSnippets,
	type SnippetLanguage,
	type TokenKind,
	type Tokens,
} from '../../src/lib/snippets/index.ts';
import { shellWordTokens } from '../../src/lib/snippets/quote-shell.ts';
import { token } from '../../src/lib/snippets/tokens.ts';
import { bearer, secret } from '../runtimes/support/request-fixtures.ts';

const known: readonly TokenKind[] = [
	'keyword',
	'string',
	'variable',
	'function',
	'comment',
	'constant',
	'plain',
];

/** The kinds of the tokens in which `word` occurs as a whole word (a name, an option, `$NAME`). */
function kindsOf(tokens: Tokens, word: string): TokenKind[] {
	const escaped = word.replace(/[$-]/g, '\\$&');
	const whole = new RegExp(`(?<![\\w$-])${escaped}(?![\\w-])`);
	return [...new Set(tokens.filter(({ text }) => whole.test(text)).map(({ kind }) => kind))];
}

function tokensOf(request: ApiRequest): Readonly<Record<SnippetLanguage, Tokens>> {
	const result = emitSnippets(request, { secrets: 'env' });
	if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
	return result.tokens;
}

const bearerRequest = (token: string): ApiRequest => {
	const auth = bearer(secret(token, 'API_KEY'));
	return {
		method: 'GET',
		url: 'https://api.example.com/v1/me',
		headers: [auth.header],
		authorization: auth.recipe,
	};
};

describe('the words of a Bearer request snippet', () => {
	test.each([
		['curl', 'if', 'keyword'],
		['curl', 'echo', 'function'],
		['curl', 'curl', 'function'],
		['curl', '-sS', 'constant'],
		['curl', '-w', 'constant'],
		['curl', '$API_KEY', 'variable'],
		['javascript', 'const', 'keyword'],
		['javascript', 'fetch', 'function'],
		['javascript', 'text', 'function'],
		['javascript', 'log', 'function'],
		['javascript', 'response', 'plain'],
		['javascript', 'console', 'plain'],
		['javascript', 'status', 'plain'],
		['javascript', 'headers', 'plain'],
		['python', 'import', 'keyword'],
		['python', 'get', 'function'],
		['python', 'print', 'function'],
		['python', 'requests', 'plain'],
		['python', 'response', 'plain'],
		['python', 'status_code', 'plain'],
		['go', 'func', 'keyword'],
		['go', 'Close', 'function'],
		['go', 'Getenv', 'function'],
		['go', 'NewRequest', 'function'],
		['go', 'Println', 'function'],
		['go', 'string', 'keyword'],
		['go', 'req', 'plain'],
		['go', 'DefaultClient', 'plain'],
		['go', 'nil', 'constant'],
	] as const)('in %s, %s is written as a %s token', (language, word, kind) => {
		expect(kindsOf(tokensOf(bearerRequest('sk_test'))[language], word)).toEqual([kind]);
	});
});

describe('the code tags', () => {
	test.each([
		['JavaScript', 'fetch', 'function', () => js`const response = await fetch(url);`],
		['JavaScript', 'url', 'plain', () => js`const response = await fetch(url);`],
		['JavaScript', 'response', 'plain', () => js`const response = await fetch(url);`],
		['Python', 'len', 'function', () => py`print(len(items))`],
		['Python', 'items', 'plain', () => py`print(len(items))`],
		['Go', 'string', 'keyword', () => go`fmt.Println(string(body))`],
		['Go', 'body', 'plain', () => go`fmt.Println(string(body))`],
		['shell', 'cleanup', 'plain', () => sh`cleanup() { rm -f out; }`],
		['shell', '-f', 'constant', () => sh`cleanup() { rm -f out; }`],
		['shell', 'form_encode', 'function', () => sh`form_encode() {`],
	] as const)('in %s, %s is a %s token', (_language, word, kind, write) => {
		expect(kindsOf(write(), word)).toEqual([kind]);
	});

	test('keep an interpolated token as it is, between the classified text around it', () => {
		const value = token('string', "'https://api.example.com/'");
		const tokens = js`await fetch(${value});`.filter(({ text }) => text !== '');
		expect(tokens).toEqual([
			token('keyword', 'await'),
			token('plain', ' '),
			token('function', 'fetch'),
			token('plain', '('),
			value,
			token('plain', ');'),
		]);
	});
});

describe('the tokens curl writes around values', () => {
	// Both headers are over the 131,072-byte argument limit: they go through one stdin.
	const limit = 131_072;
	const big: Header = ['X-Big', 'x'.repeat(limit)];

	test('long headers are strings with one plain space between them, under a comment', () => {
		const auth = bearer(secret('k'.repeat(limit), 'API_KEY'));
		const curl = tokensOf({
			method: 'GET',
			url: 'https://api.example.com/',
			headers: [big, auth.header],
			authorization: auth.recipe,
		}).curl;
		expect(curl[0]).toMatchObject({
			kind: 'comment',
			text: expect.stringMatching(/^# Over 128 KiB/),
		});
		const first = curl.findIndex(({ text }) => text.startsWith("'X-Big: "));
		expect(curl.slice(first, first + 3).map(({ kind }) => kind)).toEqual([
			'string',
			'plain',
			'string',
		]);
		expect(curl[first + 1]!.text).toBe(' ');
		expect(curl.filter(({ kind }) => !known.includes(kind))).toEqual([]);
	});

	test('a written $(…) substitution in a shell word is plain code between the quotes', () => {
		expect(
			shellWordTokens([
				{ expansion: '$(form_encode "$ID")' },
				{ text: ':' },
				{ variable: 'SECRET' },
			]),
		).toEqual([
			token('string', '"'),
			token('plain', '$(form_encode "$ID")'),
			token('string', ':'),
			token('variable', '${SECRET}'),
			token('string', '"'),
		]);
	});
});
