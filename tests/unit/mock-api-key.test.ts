import { describe, expect, test } from 'vitest';
import type { ApiRequest, Header } from '../../src/lib/http/index.ts';
import {
	codesFor,
	createWorld,
	handle,
	revokeApiKey,
	type World,
} from '../../src/lib/mock-api/index.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import { field, seededRandom, testClock } from '../support/mock-world.ts';
import { loadProfile } from '../support/profiles.ts';

// An apiKey API answers from its named header or query parameter: 401 with its own body for a
// missing or wrong key, and no WWW-Authenticate (no HTTP authentication scheme was used) unless
// its profile declares the one it sends.
const example = loadProfile('example-api');
const key = example.exampleKey;

function keyedWorld(where: 'header' | 'query', name: string, challenge?: string): World {
	const profile: Profile = {
		...example,
		oauth: undefined,
		rateLimit: undefined,
		auth: { scheme: 'apiKey', in: where, name, ...(challenge ? { challenge } : {}) },
	};
	return createWorld(profile, { clock: testClock().read, random: seededRandom() });
}

const url = 'https://api.example.com/v1/users/me';
const get = (headers: readonly Header[], query = ''): ApiRequest => ({
	method: 'GET',
	url: `${url}${query}`,
	headers,
});
const body = (code: string) => example.errors[code]!.body;

describe('a key in a header', () => {
	const world = keyedWorld('header', 'X-API-Key');
	test.each([
		['the key in X-API-Key', get([['X-API-Key', key]]), 200, undefined],
		['the key under another case of the name', get([['x-api-key', key]]), 200, undefined],
		[
			'the key with spaces around it (RFC 9110 §5.5)',
			get([['X-API-Key', ` ${key} `]]),
			200,
			undefined,
		],
		['no header', get([]), 401, 'missing-api-key'],
		['an empty header', get([['X-API-Key', '']]), 401, 'missing-api-key'],
		[
			'the key as a Bearer token instead',
			get([['Authorization', `Bearer ${key}`]]),
			401,
			'missing-api-key',
		],
		['the key in the query instead', get([], `?X-API-Key=${key}`), 401, 'missing-api-key'],
		['a wrong key', get([['X-API-Key', 'ex_live_wrong']]), 401, 'invalid-api-key'],
		[
			'the header twice',
			get([
				['X-API-Key', key],
				['X-API-Key', key],
			]),
			400,
			'duplicated-credentials',
		],
	])('answers %s with %i', async (_name, request, status, code) => {
		const { response } = await handle(request, world);
		expect(response.status).toBe(status);
		expect(response.errorCode).toBe(code);
		if (code) expect(response.body).toBe(body(code));
		expect(field(response.headers, 'www-authenticate')).toBeUndefined();
	});

	test('answers a revoked key exactly as an unknown one, on the wire', async () => {
		const revoked = revokeApiKey(world, world.keys[0]!.id);
		if (!revoked.ok) throw new Error(revoked.message);
		const { response } = await handle(get([['X-API-Key', key]]), revoked.world);
		expect([response.status, response.errorCode, response.body]).toEqual([
			401,
			'revoked-api-key',
			body('invalid-api-key'),
		]);
	});

	test('sends the challenge its profile declares, on 401 only', async () => {
		const challenged = keyedWorld('header', 'X-API-Key', 'ApiKey realm="example"');
		expect(field((await handle(get([]), challenged)).response.headers, 'www-authenticate')).toBe(
			'ApiKey realm="example"',
		);
		expect(
			field(
				(await handle(get([['X-API-Key', key]]), challenged)).response.headers,
				'www-authenticate',
			),
		).toBeUndefined();
	});
});

describe('a key in the query', () => {
	const world = keyedWorld('query', 'api_key');
	test.each([
		['the key in api_key', get([], `?api_key=${key}`), 200, undefined],
		['the key after other parameters', get([], `?fields=id&api_key=${key}`), 200, undefined],
		[
			'the key percent-encoded',
			get([], `?api_key=${encodeURIComponent(key).replace('_', '%5F')}`),
			200,
			undefined,
		],
		['no parameter', get([]), 401, 'missing-api-key'],
		['an empty parameter', get([], '?api_key='), 401, 'missing-api-key'],
		['the key in a header named api_key instead', get([['api_key', key]]), 401, 'missing-api-key'],
		['a wrong key', get([], '?api_key=nope'), 401, 'invalid-api-key'],
		[
			'the parameter twice',
			get([], `?api_key=${key}&api_key=${key}`),
			400,
			'duplicated-credentials',
		],
	])('answers %s with %i', async (_name, request, status, code) => {
		const { response } = await handle(request, world);
		expect(response.status).toBe(status);
		expect(response.errorCode).toBe(code);
		expect(field(response.headers, 'www-authenticate')).toBeUndefined();
	});
});

test('never answers an apiKey API with codes about the Authorization header', () => {
	const codes = codesFor(keyedWorld('header', 'X-API-Key').profile);
	expect(codes).not.toContain('malformed-authorization');
	expect(codes).not.toContain('wrong-scheme');
	expect(codes).toContain('missing-api-key');
});
