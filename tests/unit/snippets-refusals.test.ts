import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ApiRequest, Header } from '../../src/lib/http/request.ts';
import { troubleshootingCodesOf } from '../../src/lib/codes/index.ts';
import { emitSnippet, emitSnippets } from '../../src/lib/snippets/index.ts';
import { readCodeTexts } from '../support/code-texts.ts';

const snippetTexts = readCodeTexts('snippets');
import { basic, bearer, secret } from '../runtimes/support/request-fixtures.ts';

const url = 'https://api.example.com/v1/users/me';
const get = (headers: readonly Header[], target = url): ApiRequest => ({
	method: 'GET',
	url: target,
	headers,
});
const form: Header = ['Content-Type', 'application/x-www-form-urlencoded'];
const post = (fields: ApiRequest['body']): ApiRequest => ({
	method: 'POST',
	url,
	headers: [form],
	...(fields ? { body: fields } : {}),
});
const withBearer = (value: string, envVar: string): ApiRequest => {
	const auth = bearer(secret(value, envVar));
	return { ...get([auth.header]), authorization: auth.recipe };
};

const refusals: readonly (readonly [string, string, number, ApiRequest])[] = [
	[
		'a method outside the five',
		'unsupported-method',
		0,
		{ ...get([]), method: 'TRACE' as ApiRequest['method'] },
	],
	['a relative URL', 'invalid-url', 0, get([], '/v1/users/me')],
	['an ftp URL', 'invalid-url', 0, get([], 'ftp://files.example.com/')],
	['credentials in the URL', 'invalid-url', 15, get([], 'https://user:pw@api.example.com/')],
	['a fragment', 'invalid-url', 26, get([], 'https://api.example.com/v1#top')],
	['a pipe in the path', 'url-not-portable', 25, get([], 'https://api.example.com/a|b')],
	['a bare percent sign', 'url-not-portable', 27, get([], 'https://api.example.com/100%')],
	['an IPv6 host', 'url-not-portable', 8, get([], 'https://[::1]/')],
	['a space in a header name', 'invalid-header-name', 1, get([['X Key', 'v']])],
	['a header named __proto__', 'invalid-header-name', 0, get([['__proto__', 'v']])],
	['a Host header', 'client-managed-header', 0, get([['Host', 'api.example.com']])],
	['a Content-Length header', 'client-managed-header', 0, get([['content-length', '0']])],
	[
		'a header sent twice',
		'repeated-header',
		0,
		get([
			['Accept', 'a'],
			['accept', 'b'],
		]),
	],
	['a line feed in a header', 'header-line-break', 3, get([['X-Key', 'abc\ndef']])],
	['a carriage return in a header', 'header-line-break', 4, get([['X-Key', 'abcd\r']])],
	['a NUL in a header', 'header-control-character', 2, get([['X-Key', 'ab\0']])],
	['an escape character in a header', 'header-control-character', 0, get([['X-Key', '\x1b[31m']])],
	['non-ASCII in a header', 'header-non-ascii', 2, get([['X-Key', 'clé']])],
	['a leading space in a header', 'header-edge-whitespace', 0, get([['X-Key', ' v']])],
	['a trailing tab in a header', 'header-edge-whitespace', 1, get([['X-Key', 'v\t']])],
	[
		'a line break in a Bearer token',
		'header-line-break',
		18,
		withBearer('sk_live_abc\n', 'API_KEY'),
	],
	['a NUL in a form value', 'nul-in-value', 1, post({ kind: 'form', fields: [['a', 'x\0']] })],
	[
		'half a surrogate pair in a form name',
		'lone-surrogate',
		2,
		post({ kind: 'form', fields: [['ab\ud83d', 'x']] }),
	],
	[
		'a NUL in a JSON body',
		'nul-in-value',
		6,
		{
			...post({ kind: 'json', text: '{"a":"\0"}' }),
			headers: [['Content-Type', 'application/json']],
		},
	],
	[
		'a form field without a name',
		'empty-field-name',
		0,
		post({ kind: 'form', fields: [['', 'x']] }),
	],
	[
		'a body without Content-Type',
		'body-without-content-type',
		0,
		{ ...post({ kind: 'json', text: '{}' }), headers: [] },
	],
	['a lower-case variable name', 'invalid-env-var', 0, withBearer('tok', 'api_key')],
	['a variable the shell sets itself', 'invalid-env-var', 0, withBearer('tok', 'RANDOM')],
	[
		'one variable for two secrets',
		'env-var-conflict',
		0,
		{
			...post({
				kind: 'form',
				fields: [
					['a', secret('one', 'KEY')],
					['b', secret('two', 'KEY')],
				],
			}),
		},
	],
	[
		'a header that is not its recipe',
		'authorization-mismatch',
		0,
		{ ...withBearer('tok', 'API_KEY'), headers: [['Authorization', 'Bearer other']] },
	],
	[
		'a recipe without its header',
		'authorization-mismatch',
		0,
		{ ...withBearer('tok', 'API_KEY'), headers: [] },
	],
	[
		'a key header that does not hold the key',
		'api-key-mismatch',
		0,
		{
			...get([['X-API-Key', 'other']]),
			apiKey: { in: 'header', name: 'X-API-Key', key: secret('tok', 'API_KEY') },
		},
	],
	[
		'a key header that is missing',
		'api-key-mismatch',
		0,
		{ ...get([]), apiKey: { in: 'header', name: 'X-API-Key', key: secret('tok', 'API_KEY') } },
	],
	[
		'a query key that is not the last parameter',
		'api-key-mismatch',
		0,
		{
			...get([], `${url}?api_key=tok&x=1`),
			apiKey: { in: 'query', name: 'api_key', key: secret('tok', 'API_KEY') },
		},
	],
	[
		'a query key encoded otherwise',
		'api-key-mismatch',
		0,
		{
			...get([], `${url}?api_key=a%20b`),
			apiKey: { in: 'query', name: 'api_key', key: secret('a b', 'API_KEY') },
		},
	],
	[
		'a NUL in a query key written inline',
		'nul-in-value',
		1,
		{ ...get([], `${url}?api_key=a%00`), apiKey: { in: 'query', name: 'api_key', key: 'a\0' } },
	],
];

describe('emitSnippets refuses', () => {
	test.each(refusals)('%s with %s at position %i', (_title, code, position, request) => {
		const result = emitSnippets(request);
		expect(result).toMatchObject({
			ok: false,
			error: { code, position },
		});
		expect(snippetTexts[code]?.fix).toMatch(/[.)]$/);
		expect(emitSnippet(request, 'curl')).toEqual(result);
	});

	test('covers every code in the registry, each with its text in the content', () => {
		const codes = new Set<string>(troubleshootingCodesOf('snippets'));
		expect(new Set(refusals.map(([, code]) => code))).toEqual(codes);
		expect(new Set(Object.keys(snippetTexts))).toEqual(codes);
	});

	test.each([
		['a NUL', 'pass\0word', 'nul-in-value', 4],
		['half a surrogate pair', 'pass\ud800', 'lone-surrogate', 4],
	] as const)(
		'refuses %s in a Basic secret in environment mode only, where a variable would have to hold it',
		(_title, password, code, position) => {
			const auth = basic('user', secret(password, 'API_PASSWORD'));
			const request: ApiRequest = { ...get([auth.header]), authorization: auth.recipe };
			expect(emitSnippets(request)).toMatchObject({ ok: false, error: { code, position } });
			expect(emitSnippets(request, { secrets: 'inline' }).ok).toBe(true);
		},
	);

	test('writes in inline mode a header whose recipe differs, since only environment mode rebuilds it', () => {
		const request = {
			...withBearer('tok', 'API_KEY'),
			headers: [['Authorization', 'Bearer other']] as Header[],
		};
		const result = emitSnippets(request, { secrets: 'inline' });
		expect(result.ok && result.snippets.curl).toContain("-H 'Authorization: Bearer other'");
	});

	test('accepts in inline mode a variable name it refuses in environment mode', () => {
		expect(emitSnippets(withBearer('tok', 'api_key'), { secrets: 'inline' }).ok).toBe(true);
	});

	test('never puts the secret itself in an error message', () => {
		const secretText = fc
			.string({ minLength: 4 })
			.map((text) => `sk_live_${text.replace(/[\r\n]/g, '')}X9`);
		fc.assert(
			fc.property(secretText, fc.constantFrom('\n', '\r', '\0', 'é', ' '), (value, bad) => {
				const result = emitSnippets(withBearer(`${value}${bad}`, 'API_KEY'));
				return (
					!result.ok && !result.error.message.includes(value) && !result.error.where.includes(value)
				);
			}),
		);
	});
});

describe('emitSnippets accepts', () => {
	test.each([
		['an empty header value', get([['X-Empty', '']])],
		['inner spaces and tabs in a header value', get([['X-Key', 'a b\tc']])],
		['a URL without a path', get([], 'https://api.example.com')],
		['lower-case escapes, which it sends upper-case', get([], 'https://api.example.com/a%2fb')],
		[
			'Basic credentials with a line break, which travel as Base64',
			{
				...get([basic('user', secret('pass\nword', 'API_PASSWORD')).header]),
				authorization: basic('user', secret('pass\nword', 'API_PASSWORD')).recipe,
			},
		],
	])('%s', (_title, request) => {
		expect(emitSnippets(request)).toMatchObject({ ok: true });
	});
});
