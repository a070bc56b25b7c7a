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

describe('where the key should have been, as the explanation beside a 401 says', () => {
	test.each([
		['header', 'no key at all', get([]), 'No key in the X-API-Key header.'],
		[
			'header',
			'the key in Authorization',
			get([['Authorization', `Bearer ${key}`]]),
			'No key in the X-API-Key header; this API does not read the Authorization header.',
		],
		[
			'header',
			'the key in a query parameter of the header name',
			get([], `?X-API-Key=${key}`),
			'No key in the X-API-Key header; a query parameter of that name is not read.',
		],
		['query', 'no key at all', get([]), 'No key in the api_key query parameter.'],
		[
			'query',
			'the key in a header of the parameter name',
			get([['api_key', key]]),
			'No key in the api_key query parameter; a header of that name is not read.',
		],
		[
			'query',
			'the key in Authorization',
			get([['Authorization', `Bearer ${key}`]]),
			'No key in the api_key query parameter; this API does not read the Authorization header.',
		],
	] as const)('in a %s, for %s', async (where, _name, request, explanation) => {
		const world = keyedWorld(where, where === 'header' ? 'X-API-Key' : 'api_key');
		const { response } = await handle(request, world);
		expect([response.errorCode, response.explanation]).toEqual(['missing-api-key', explanation]);
	});

	test.each([
		[
			'header',
			get([
				['X-API-Key', key],
				['x-api-key', key],
			]),
			'The request has 2 X-API-Key header fields.',
		],
		[
			'query',
			get([], `?api_key=${key}&api_key=x&api_key=y`),
			'The request has 3 api_key query parameters.',
		],
	] as const)(
		'counts the copies of a key sent twice in a %s',
		async (where, request, explanation) => {
			const world = keyedWorld(where, where === 'header' ? 'X-API-Key' : 'api_key');
			const { response } = await handle(request, world);
			expect([response.errorCode, response.explanation]).toEqual([
				'duplicated-credentials',
				explanation,
			]);
		},
	);
});

describe('an API that takes its key in a header and also offers OAuth', () => {
	// The Example API as if its keys went in X-API-Key: an access token still arrives as Bearer in
	// Authorization (RFC 6750 §2.1), and the key in its own header.
	const profile: Profile = {
		...example,
		rateLimit: undefined,
		auth: { scheme: 'apiKey', in: 'header', name: 'X-API-Key' },
	};
	const start = createWorld(profile, { clock: testClock().read, random: seededRandom() });

	async function accessToken(): Promise<{ world: World; token: string }> {
		const { response, world } = await handle(
			{
				method: 'POST',
				url: profile.oauth!.tokenEndpoint,
				headers: [['Content-Type', 'application/x-www-form-urlencoded']],
				body: {
					kind: 'form',
					fields: [
						['grant_type', 'client_credentials'],
						['client_id', 'example-api-web-app'],
						['client_secret', 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx'],
					],
				},
			},
			start,
		);
		expect(response.status).toBe(200);
		return { world, token: String(JSON.parse(response.body).access_token) };
	}

	test.each([
		[
			'the access token as Bearer',
			(token: string) => get([['Authorization', `Bearer ${token}`]]),
			200,
			undefined,
		],
		[
			'the scheme in lower case',
			(token: string) => get([['Authorization', `bearer ${token}`]]),
			200,
			undefined,
		],
		['the key in its header', () => get([['X-API-Key', key]]), 200, undefined],
		[
			'an unknown token as Bearer',
			() => get([['Authorization', 'Bearer unknown']]),
			401,
			'missing-api-key',
		],
		[
			'the access token under another scheme',
			(token: string) => get([['Authorization', `Token ${token}`]]),
			401,
			'missing-api-key',
		],
		[
			'the access token in the key header',
			(token: string) => get([['X-API-Key', token]]),
			401,
			'invalid-api-key',
		],
	] as const)('answers %s with %i', async (_name, request, status, code) => {
		const { world, token } = await accessToken();
		const { response } = await handle(request(token), world);
		expect([response.status, response.errorCode]).toEqual([status, code]);
	});

	test('refuses the access token once it expired, and ignores Bearer where the API has no OAuth', async () => {
		const clock = testClock();
		const { world, token } = await accessToken();
		const later = { ...world, clock: () => clock.now + profile.oauth!.accessTokenLifetime * 1000 };
		const expired = await handle(get([['Authorization', `Bearer ${token}`]]), later);
		expect(expired.response.errorCode).toBe('token-expired');
		const withoutOAuth = { ...world, profile: { ...profile, oauth: undefined } };
		const ignored = await handle(get([['Authorization', `Bearer ${token}`]]), withoutOAuth);
		expect(ignored.response.errorCode).toBe('missing-api-key');
	});
});
