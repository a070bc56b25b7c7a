// The OAuth values a person types: the redirect URI (RFC 6749 §3.1.2, RFC 8252 §7.3, RFC 3986
// §3.2.1) and the scope (RFC 6749 §3.3), each issue with its code, severity, span and message.
import { describe, expect, test } from 'vitest';
import {
	parseScope,
	scopeTokenPattern,
	validateRedirectUri,
	validateScopes,
} from '../../src/lib/auth/index.ts';

/** The parts of an issue a view places and shows. */
function summary(
	issues: readonly { code: string; severity: string; position: number; length: number }[],
) {
	return issues.map(({ code, severity, position, length }) => [code, severity, position, length]);
}

describe('validateRedirectUri', () => {
	test.each([
		['HTTPS://client.example.com/cb'],
		['https://localhost/cb'],
		['http://LOCALHOST:8080/cb'],
		['http://127.0.0.1/cb?from=app'],
	])('accepts %j', (uri) => {
		expect(validateRedirectUri(uri)).toEqual([]);
	});

	test.each([
		['', [['empty-value', 'error', 0, 0]]],
		['1http://client.example.com/cb', [['redirect-uri-relative', 'error', 0, 29]]],
		['https://a b/', [['redirect-uri-relative', 'error', 0, 12]]],
		['//client.example.com/cb', [['redirect-uri-relative', 'error', 0, 23]]],
		['a:b', [['redirect-uri-insecure', 'error', 0, 2]]],
		['mailto:x@client.example.com', [['redirect-uri-insecure', 'error', 0, 7]]],
		['ftp://localhost/cb', [['redirect-uri-insecure', 'error', 0, 4]]],
		['http://127.0.0.1.example.com/cb', [['redirect-uri-insecure', 'error', 0, 5]]],
		['http://localhost/cb#top', [['redirect-uri-fragment', 'error', 19, 4]]],
		['https://client.example.com/#', [['redirect-uri-fragment', 'error', 27, 1]]],
		[
			'http://client.example.com/cb#x',
			[
				['redirect-uri-fragment', 'error', 28, 2],
				['redirect-uri-insecure', 'error', 0, 5],
			],
		],
		['https://user:pw@client.example.com/cb', [['redirect-uri-userinfo', 'warning', 8, 8]]],
		['https://:pw@client.example.com/cb', [['redirect-uri-userinfo', 'warning', 8, 4]]],
		[
			'http://trusted.example@evil.example/cb',
			[
				['redirect-uri-userinfo', 'warning', 7, 16],
				['redirect-uri-insecure', 'error', 0, 5],
			],
		],
	])('finds in %j: %j', (uri, issues) => {
		expect(summary(validateRedirectUri(uri))).toEqual(issues);
	});

	test('stops at characters that cannot be sent, before reading the URI', () => {
		expect(summary(validateRedirectUri('http://evil.example/cb#x\n'))).toEqual([
			['trailing-newline', 'error', 24, 1],
		]);
	});

	test.each([
		[
			'https://trusted.example@evil.example/',
			'The redirect URI sends the browser to evil.example: "trusted.example@" before it is a user name, not the host.',
		],
		[
			'ftp://client.example.com/cb',
			'The redirect URI uses ftp on a host that is not a loopback address.',
		],
	])('names where %j really goes: %j', (uri, message) => {
		expect(validateRedirectUri(uri)).toEqual([expect.objectContaining({ message })]);
	});
});

describe('validateScopes', () => {
	test('matches the scope-token grammar of RFC 6749 §3.3 character by character', () => {
		for (let code = 0; code < 0x100; code++) {
			const char = String.fromCharCode(code);
			const allowed =
				code === 0x21 || (code >= 0x23 && code <= 0x5b) || (code >= 0x5d && code <= 0x7e);
			expect(scopeTokenPattern.test(char), `U+${code.toString(16)}`).toBe(allowed);
			expect(validateScopes([char]).length, `U+${code.toString(16)}`).toBe(allowed ? 0 : 1);
		}
	});

	test.each([
		[['read', 'write'], undefined, []],
		[['read', 'admin'], undefined, []],
		[['read', ''], undefined, [['invalid-scope', 'error', 5, 0]]],
		[['read', 'a b'], undefined, [['invalid-scope', 'error', 6, 1]]],
		[['read', 'ab\x7f', 'write'], undefined, [['invalid-scope', 'error', 7, 1]]],
		[['read', 'read'], ['read'], [['duplicate-scope', 'warning', 5, 4]]],
		[['admin', 'read'], ['read'], [['unknown-scope', 'warning', 0, 5]]],
		[
			['read', 'admin'],
			[],
			[
				['unknown-scope', 'warning', 0, 4],
				['unknown-scope', 'warning', 5, 5],
			],
		],
		[
			['x"', 'x"', 'y'],
			['y'],
			[
				['invalid-scope', 'error', 1, 1],
				['invalid-scope', 'error', 4, 1],
			],
		],
		[
			['admin', 'admin', 'read'],
			['read'],
			[
				['unknown-scope', 'warning', 0, 5],
				['duplicate-scope', 'warning', 6, 5],
			],
		],
	])('finds in %j (known: %j): %j', (scopes, known, issues) => {
		expect(summary(validateScopes(scopes, known))).toEqual(issues);
	});

	test.each([
		[['read', 'wr"te'], 'The scope "wr"te" contains a character a scope name cannot hold.'],
		[['read', 'read'], 'The scope "read" is listed twice.'],
		[['admin'], 'The scope "admin" is not one this API defines.'],
	])('names the scope in its message: %j', (scopes, message) => {
		expect(validateScopes(scopes, ['read'])).toEqual([expect.objectContaining({ message })]);
	});
});

describe('parseScope', () => {
	test.each([
		['', [], []],
		['read', ['read'], []],
		[' read', ['read'], [['scope-spacing', 'warning', 0, 1]]],
		['read ', ['read'], [['scope-spacing', 'warning', 4, 1]]],
		['read  write', ['read', 'write'], [['scope-spacing', 'warning', 4, 1]]],
		['read,write', ['read,write'], [['scope-comma', 'warning', 4, 1]]],
		[
			' read write,admin',
			['read', 'write,admin'],
			[
				['scope-spacing', 'warning', 0, 1],
				['scope-comma', 'warning', 11, 1],
			],
		],
		['read a"b', ['read', 'a"b'], [['invalid-scope', 'error', 6, 1]]],
	])('reads %j as %j with %j', (value, scopes, issues) => {
		const parsed = parseScope(value);
		expect(parsed.scopes).toEqual(scopes);
		expect(summary(parsed.issues)).toEqual(issues);
	});

	test('checks the names against the API when it knows them', () => {
		expect(summary(parseScope('read admin', ['read']).issues)).toEqual([
			['unknown-scope', 'warning', 5, 5],
		]);
	});

	test.each([
		[
			' read  write ',
			'The scope has extra spaces; they are dropped, so the scope sent is "read write".',
		],
		[
			'read,,write,',
			'The scope "read,,write," is one scope name with a comma in it: the separator is a space ("read write").',
		],
	])('says what %j becomes: %j', (value, message) => {
		expect(parseScope(value).issues).toEqual([expect.objectContaining({ message })]);
	});
});
