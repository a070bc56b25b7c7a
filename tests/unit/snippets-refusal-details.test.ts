/**
 * What a refusal tells the reader beyond its code: what holds the problem (`where`), and a message
 * that names the offending value's part (the scheme, the header, the character and its position)
 * without being empty. Also the edges of each check the refusal table does not reach: which
 * near-misses are refused and which are accepted.
 */
import { describe, expect, test } from 'vitest';
import type { ApiRequest, Header, Part } from '../../src/lib/http/request.ts';
import { emitSnippets } from '../../src/lib/snippets/index.ts';
import { basic, bearer, secret } from '../runtimes/support/request-fixtures.ts';

const url = 'https://api.example.com/v1/users/me';
const get = (headers: readonly Header[], target = url): ApiRequest => ({
	method: 'GET',
	url: target,
	headers,
});
const formType: Header = ['Content-Type', 'application/x-www-form-urlencoded'];
const form = (fields: readonly (readonly [string, Part])[]): ApiRequest => ({
	method: 'POST',
	url,
	headers: [formType],
	body: { kind: 'form', fields },
});
const withBearer = (value: string, envVar: string): ApiRequest => {
	const auth = bearer(secret(value, envVar));
	return { ...get([auth.header]), authorization: auth.recipe };
};
const queryKey = (name: string, query: string, key: Part): ApiRequest => ({
	...get([], `${url}?${query}`),
	apiKey: { in: 'query', name, key },
});

function refusal(request: ApiRequest) {
	const result = emitSnippets(request);
	if (result.ok) throw new Error('The request was accepted.');
	return result.error;
}

describe('a refusal names where the problem is and what it is', () => {
	test.each([
		[
			'an unknown method',
			{ ...get([]), method: 'TRACE' as ApiRequest['method'] },
			'method',
			['TRACE'],
		],
		['a relative URL', get([], '/v1/users/me'), 'URL', []],
		['an ftp URL', get([], 'ftp://files.example.com/'), 'URL', [/\bftp\b(?!:)/]],
		['credentials in the URL', get([], 'https://user:pw@api.example.com/'), 'URL', []],
		['a fragment', get([], 'https://api.example.com/v1#top'), 'URL', []],
		['an IPv6 host', get([], 'https://[::1]/'), 'URL', []],
		['a pipe in the path', get([], 'https://api.example.com/a|b'), 'URL', ['"|" (U+007C)']],
		['a bare percent sign', get([], 'https://api.example.com/100%'), 'URL', ['"%"']],
		['a space in a header name', get([['X Key', 'v']]), 'header "X Key"', []],
		['a header named __proto__', get([['__proto__', 'v']]), 'header "__proto__"', []],
		['a Host header', get([['Host', 'api.example.com']]), 'header "Host"', ['Host']],
		[
			'a header sent twice',
			get([
				['Accept', 'a'],
				['accept', 'b'],
			]),
			'header "accept"',
			['accept'],
		],
		[
			'a line feed in a header',
			get([['X-Key', 'abc\ndef']]),
			'header "X-Key"',
			['U+000A', 'position 3'],
		],
		['a NUL in a header', get([['X-Key', 'ab\0']]), 'header "X-Key"', ['U+0000', 'position 2']],
		[
			'non-ASCII in a header',
			get([['X-Key', 'clé']]),
			'header "X-Key"',
			['"é" (U+00E9)', 'position 2'],
		],
		['a trailing tab in a header', get([['X-Key', 'v\t']]), 'header "X-Key"', ['position 1']],
		[
			'a NUL in a form value',
			form([['scope', 'x\0']]),
			'form field "scope"',
			['U+0000', 'position 1'],
		],
		[
			'half a surrogate pair in a form name',
			form([['ab\ud83d', 'x']]),
			'form field "ab\ud83d"',
			['U+D83D', 'position 2'],
		],
		['a form field without a name', form([['', 'x']]), 'form field ""', []],
		['a body without Content-Type', { ...form([['a', 'b']]), headers: [] }, 'body', []],
		[
			'a NUL in a JSON body',
			{
				method: 'POST',
				url,
				headers: [['Content-Type', 'application/json']],
				body: { kind: 'json', text: '{"a":"\0"}' },
			},
			'body',
			['U+0000', 'position 6'],
		],
		['a lower-case variable name', withBearer('tok', 'api_key'), 'variable api_key', ['api_key']],
		[
			'one variable for two secrets',
			form([
				['a', secret('one', 'KEY')],
				['b', secret('two', 'KEY')],
			]),
			'variable KEY',
			['KEY'],
		],
		[
			'a header that is not its recipe',
			{ ...withBearer('tok', 'API_KEY'), headers: [['Authorization', 'Bearer other']] },
			'header "Authorization"',
			[],
		],
		[
			'a key header that does not hold the key',
			{
				...get([['X-API-Key', 'other']]),
				apiKey: { in: 'header', name: 'X-API-Key', key: secret('tok', 'API_KEY') },
			},
			'header "X-API-Key"',
			[],
		],
		[
			'a query key that is not the last parameter',
			queryKey('api_key', 'api_key=tok&x=1', secret('tok', 'API_KEY')),
			'URL',
			[],
		],
		[
			'a NUL in a query key written inline',
			queryKey('api_key', 'api_key=a%00', 'a\0'),
			'query parameter "api_key"',
			['U+0000', 'position 1'],
		],
	] as const)(
		'%s: the refusal says where, and names what it found',
		(_title, request, where, mentions) => {
			const error = refusal(request as ApiRequest);
			expect(error.where).toBe(where);
			expect(error.message.trim()).not.toBe('');
			for (const mention of mentions)
				if (typeof mention === 'string') expect(error.message).toContain(mention);
				else expect(error.message).toMatch(mention);
		},
	);

	test('names a percent sign as one that starts no escape, and another character by its code point', () => {
		expect(refusal(get([], 'https://api.example.com/100%')).message).not.toContain('U+0025');
		expect(refusal(get([], 'https://api.example.com/a|b')).message).not.toContain('escape');
	});
});

describe('the checks refuse every near-miss', () => {
	test.each([
		['a user name alone in the URL', get([], 'https://user@api.example.com/'), 'invalid-url', 12],
		['a password alone in the URL', get([], 'https://:pw@api.example.com/'), 'invalid-url', 11],
		[
			'a host starting with an underscore',
			get([], 'https://_api.example.com/'),
			'url-not-portable',
			8,
		],
		[
			'a host ending with an underscore',
			get([], 'https://api.example.com_/'),
			'url-not-portable',
			8,
		],
		['an empty header name', get([['', 'v']]), 'invalid-header-name', 0],
		['a numeric header name', get([['12', 'v']]), 'invalid-header-name', 0],
		['DEL in a header', get([['X-Key', 'a\x7f']]), 'header-control-character', 1],
		[
			'a NUL in the second form field',
			form([
				['a', 'x'],
				['b', 'y\0'],
			]),
			'nul-in-value',
			1,
		],
		// The URL is checked first: a request with a bad URL and a bad header is refused for the URL.
		[
			'a bad URL before a bad header',
			get([['X Key', 'v']], 'ftp://files.example.com/'),
			'invalid-url',
			0,
		],
		[
			'a bad URL before a body without Content-Type',
			{ ...form([['a', 'b']]), url: '/token', headers: [] },
			'invalid-url',
			0,
		],
		[
			'a query key whose name needs encoding',
			queryKey('api key', 'api+key=tok', secret('tok', 'API_KEY')),
			'api-key-mismatch',
			0,
		],
		[
			'a variable the shell reserves by its BASH prefix',
			withBearer('tok', 'BASH_KEY'),
			'invalid-env-var',
			0,
		],
		[
			'a variable the shell reserves by its ZSH prefix',
			withBearer('tok', 'ZSH_KEY'),
			'invalid-env-var',
			0,
		],
	] as const)('refuses %s at the position of the problem', (_title, request, code, position) => {
		expect(emitSnippets(request as ApiRequest)).toMatchObject({
			ok: false,
			error: { code, position },
		});
	});

	test.each([
		['an http URL', get([], 'http://127.0.0.1:8080/v1')],
		[
			'header names with digits at either end',
			get([
				['X1', 'a'],
				['1X', 'b'],
			]),
		],
		[
			'a variable that only ends in BASH or ZSH',
			form([
				['a', secret('one', 'MY_BASH')],
				['b', secret('two', 'MY_ZSH')],
			]),
		],
		[
			'one secret in one variable used twice',
			form([
				['a', secret('one', 'KEY')],
				['b', secret('one', 'KEY')],
			]),
		],
	] as const)('accepts %s', (_title, request) => {
		expect(emitSnippets(request as ApiRequest)).toMatchObject({ ok: true });
	});
});

describe('a recipe without a secret', () => {
	test.each([
		['Bearer', bearer('public-demo-token').recipe, 'Bearer other'],
		['Basic', basic('user', 'pass').recipe, 'Basic b3RoZXI6b3RoZXI='],
	] as const)(
		'leaves a %s header as written, even when it differs from the recipe',
		(_title, recipe, value) => {
			const result = emitSnippets({ ...get([['Authorization', value]]), authorization: recipe });
			expect(result.ok && result.snippets.curl).toContain(`-H 'Authorization: ${value}'`);
		},
	);
});

describe('a key in the query', () => {
	test('leaves a header of the same name as written', () => {
		const result = emitSnippets({
			...queryKey('token', 'token=tok', secret('tok', 'API_KEY')),
			headers: [['token', 'abc']],
		});
		expect(result.ok && result.snippets.curl).toContain("-H 'token: abc'");
		expect(result.ok && result.snippets.curl).toContain('--url-query "token=${API_KEY}"');
	});
});
