import { describe, expect, test } from 'vitest';
import {
	buildApiKeyRequest,
	buildProfileRequest,
	validateApiKey,
} from '../../src/lib/auth/index.ts';
import { appendQueryParameter, removeLastQueryParameter } from '../../src/lib/http/index.ts';
import { parseProfile, type Profile } from '../../src/lib/profiles/index.ts';
import { loadProfile } from '../support/profiles.ts';

const example = loadProfile('example-api');
/** The Example API as if it took its key in `where`. */
function keyed(where: 'header' | 'query', name: string): Profile {
	return { ...example, auth: { scheme: 'apiKey', in: where, name } };
}

describe('buildApiKeyRequest', () => {
	test('puts the key in the named header, after the profile headers, and marks it secret', () => {
		const result = buildProfileRequest(keyed('header', 'X-API-Key'), { key: 'ak_123' });
		expect(result).toMatchObject({
			ok: true,
			request: {
				url: 'https://api.example.com/v1/users/me',
				headers: [['X-API-Key', 'ak_123']],
				apiKey: {
					in: 'header',
					name: 'X-API-Key',
					key: { kind: 'secret', value: 'ak_123', envVar: 'API_KEY' },
				},
			},
		});
	});

	test.each([
		['ak_123', 'api_key=ak_123'],
		['a b', 'api_key=a+b'],
		['a&b=c#d', 'api_key=a%26b%3Dc%23d'],
		['+/%~*', 'api_key=%2B%2F%25%7E*'],
		['clé🔑', 'api_key=cl%C3%A9%F0%9F%94%91'],
	])('puts %j in the query as %s (application/x-www-form-urlencoded, UTF-8)', (key, query) => {
		const result = buildApiKeyRequest(keyed('query', 'api_key'), key);
		if (!result.ok) throw new Error(result.errors[0]?.code);
		expect(result.request.url).toBe(`https://api.example.com/v1/users/me?${query}`);
		expect(result.request.headers).toEqual([]);
		expect(new URL(result.request.url).searchParams.get('api_key')).toBe(key);
	});

	test('places the key where it is told, whatever the profile takes', () => {
		const result = buildApiKeyRequest(example, 'k', { in: 'query', name: 'key' });
		expect(result).toMatchObject({
			ok: true,
			request: { url: 'https://api.example.com/v1/users/me?key=k' },
		});
	});

	test.each([
		['', 'header', 'empty-key', 0],
		['ak_123\n', 'header', 'trailing-newline', 6],
		['ak_1\r23', 'query', 'carriage-return', 4],
		[' ak_123', 'query', 'surrounding-whitespace', 0],
		['"ak_123"', 'header', 'quoted-value', 0],
		['ak_1\u200b23', 'query', 'invisible-character', 4],
		['clé', 'header', 'non-ascii-key', 2],
	] as const)('refuses %j in a %s with %s at %i', (key, where, code, position) => {
		const result = buildApiKeyRequest(
			keyed(where, where === 'header' ? 'X-API-Key' : 'api_key'),
			key,
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0]).toMatchObject({ code, position });
	});

	test('only warns about a key beyond ASCII in a query, which can carry it', () => {
		expect(validateApiKey('clé', 'query')).toMatchObject([
			{ code: 'non-ascii-key', severity: 'warning' },
		]);
	});
});

describe('query parameters', () => {
	test.each([
		['https://a.example/p', 'https://a.example/p?k=v%26'],
		['https://a.example/p?x=1', 'https://a.example/p?x=1&k=v%26'],
		['https://a.example/p?x=%2f&y=a,b', 'https://a.example/p?x=%2f&y=a,b&k=v%26'],
	])('appends to %s without touching its query', (url, expected) => {
		expect(appendQueryParameter(url, 'k', 'v&')).toBe(expected);
		expect(removeLastQueryParameter(expected, 'k', 'v&')).toBe(url);
	});

	test('finds no key parameter that was encoded another way', () => {
		expect(removeLastQueryParameter('https://a.example/p?k=a%20b', 'k', 'a b')).toBeUndefined();
	});
});

describe('the profile schema', () => {
	const base = { ...example, id: 'keyed' };
	test.each([
		[{ scheme: 'apiKey', in: 'header', name: 'X-API-Key' }, true],
		[{ scheme: 'apiKey', in: 'query', name: 'api_key' }, true],
		[{ scheme: 'apiKey', in: 'header', name: 'X-API-Key', challenge: 'ApiKey realm="x"' }, true],
		[{ scheme: 'apiKey', in: 'cookie', name: 'session' }, false],
		[{ scheme: 'apiKey', in: 'header', name: 'X API Key' }, false],
		[{ scheme: 'apiKey', in: 'header', name: 'Authorization' }, false],
		[{ scheme: 'apiKey', in: 'query', name: 'api key' }, false],
	])('accepts %j: %s', (auth, valid) => {
		const parse = () => parseProfile({ ...base, auth }, 'keyed.yaml');
		if (valid) expect(parse().auth).toEqual(auth);
		else expect(parse).toThrow(/auth\./);
	});
});
