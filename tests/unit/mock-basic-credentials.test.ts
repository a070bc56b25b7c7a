// The Authorization field as a Basic or Bearer API reads it, for the username rules no shipped
// profile uses (`required`, `key-as-username`, RFC 7617 §2) and for credentials that arrive by a
// second route (RFC 6750 §2.2, §2.3): lemlist's profile with only its username rule changed.
import { describe, expect, test } from 'vitest';
import { createWorld, handle, type World } from '../../src/lib/mock-api/index.ts';
import type { BasicUsernameRule, Profile } from '../../src/lib/profiles/index.ts';
import type { ApiRequest } from '../../src/lib/http/index.ts';
import { basic, sampleRequest, seededRandom, testClock, testWorld } from '../support/mock-world.ts';
import { loadProfile } from '../support/profiles.ts';

const lemlist = loadProfile('lemlist');
const key = lemlist.exampleKey;

function ruled(username: BasicUsernameRule): World {
	if (lemlist.auth.scheme !== 'basic') throw new Error('lemlist is a Basic API');
	const profile: Profile = { ...lemlist, auth: { ...lemlist.auth, username } };
	return createWorld(profile, { clock: testClock().read, random: seededRandom() });
}

async function answer(world: World, request: ApiRequest) {
	const { response } = await handle(request, world);
	return [response.status, response.errorCode] as const;
}

/** A request's name, its Authorization value, and the status and code it gets. */
type Case = readonly [string, string, number, string | undefined];

describe.each<readonly [BasicUsernameRule, readonly Case[]]>([
	[
		'key-as-username' as const,
		[
			['KEY:', basic(`${key}:`), 200, undefined],
			['KEY:anything', basic(`${key}:anything`), 200, undefined],
			['KEY without a colon', basic(key), 401, 'missing-colon'],
			['a colon alone', 'Basic Og==', 401, 'missing-api-key'],
			[':KEY', basic(`:${key}`), 401, 'missing-api-key'],
		],
	],
	[
		'required' as const,
		[
			['user:KEY', basic(`user:${key}`), 200, undefined],
			[':KEY, no username', basic(`:${key}`), 401, 'missing-api-key'],
			['user:, no password', basic('user:'), 401, 'missing-api-key'],
			['KEY without a colon', basic(key), 401, 'malformed-authorization'],
			['user:KEY with a wrong key', basic('user:nope'), 401, 'invalid-api-key'],
		],
	],
	[
		'ignored' as const,
		[
			['user:KEY', basic(`user:${key}`), 200, undefined],
			[':KEY', basic(`:${key}`), 200, undefined],
			['KEY:, no password', basic(`${key}:`), 401, 'missing-api-key'],
			['KEY without a colon', basic(key), 401, 'malformed-authorization'],
		],
	],
	[
		'empty' as const,
		[
			[':KEY', basic(`:${key}`), 200, undefined],
			['KEY without a colon', basic(key), 401, 'missing-colon'],
			['a colon alone', 'Basic Og==', 401, 'missing-api-key'],
		],
	],
])('a Basic API whose username rule is %s', (rule, cases) => {
	test.each<Case>(cases)('answers %s with %i %s', async (_name, value, status, code) => {
		const world = ruled(rule);
		expect(await answer(world, sampleRequest(world, [['Authorization', value]]))).toEqual([
			status,
			code,
		]);
	});
});

describe('Basic credentials that are not clean UTF-8 text', () => {
	test.each([
		['a lone surrogate, encoded as CESU bytes', Buffer.from([0x3a, 0xed, 0xa0, 0x80])],
		['a carriage return', Buffer.from(`:${key}\r`)],
		['a control character inside', Buffer.from(`:${key.slice(0, 4)}\u0001${key.slice(4)}`)],
		['a trailing line feed', Buffer.from(`:${key}\n`)],
	])('are refused when they hold %s', async (_name, bytes) => {
		const world = ruled('empty');
		const value = `Basic ${bytes.toString('base64')}`;
		const { response } = await handle(sampleRequest(world, [['Authorization', value]]), world);
		expect([response.errorCode, response.explanation]).toEqual([
			'malformed-authorization',
			expect.any(String),
		]);
	});
});

describe('credentials that also arrive by another route', () => {
	const bearerWorld = () => testWorld('example-api').world;
	const authorized = (world: World, query = ''): ApiRequest =>
		sampleRequest(world, [['Authorization', `Bearer ${world.profile.exampleKey}`]], query);

	test.each([
		['the access_token form field', '', [['access_token', 'x']], 'the access_token form field'],
		['the api_key form field', '', [['api_key', 'x']], 'the api_key form field'],
		[
			'a query parameter and a form field',
			'?api_key=x',
			[['access_token', 'x']],
			'the api_key query parameter and the access_token form field',
		],
		[
			'both query parameters',
			'?access_token=x&api_key=y',
			[],
			'the api_key query parameter and the access_token query parameter',
		],
	] as const)('make a request with %s ambiguous', async (_name, query, fields, where) => {
		const world = bearerWorld();
		const request: ApiRequest = {
			...authorized(world, query),
			body: { kind: 'form', fields: fields.map(([name, value]) => [name, value]) },
		};
		const { response } = await handle(request, world);
		expect([response.status, response.errorCode, response.explanation]).toEqual([
			400,
			'duplicated-credentials',
			`Credentials arrived in the Authorization header and in ${where}.`,
		]);
	});

	test('are not looked for in a JSON body, nor in a form field of another name', async () => {
		const world = bearerWorld();
		const json: ApiRequest = {
			...authorized(world),
			body: { kind: 'json', text: '{"access_token":"x"}' },
		};
		expect((await handle(json, world)).response.status).toBe(200);
		const other: ApiRequest = {
			...authorized(world),
			body: { kind: 'form', fields: [['token', 'x']] },
		};
		expect((await handle(other, world)).response.status).toBe(200);
	});

	test('are counted when the Authorization field comes three times', async () => {
		const world = bearerWorld();
		const value = `Bearer ${world.profile.exampleKey}`;
		const request = sampleRequest(world, [
			['Authorization', value],
			['authorization', value],
			['AUTHORIZATION', value],
		]);
		const { response } = await handle(request, world);
		expect([response.errorCode, response.explanation]).toEqual([
			'duplicated-credentials',
			'The request has 3 Authorization header fields.',
		]);
	});

	test('do not count an Authorization field of spaces and tabs, which is no credentials at all', async () => {
		const world = bearerWorld();
		const { response } = await handle(
			sampleRequest(
				world,
				[
					['Authorization', ' \t '],
					['X-Other', '1'],
				],
				'?api_key=x',
			),
			world,
		);
		expect(response.errorCode).toBe('missing-api-key');
	});
});
