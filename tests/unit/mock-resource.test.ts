import { describe, expect, test } from 'vitest';
import {
	handle,
	createApiKey,
	revokeApiKey,
	otherWorkspaceId,
	wireCode,
	type ErrorCode,
	type World,
} from '../../src/lib/mock-api/index.ts';
import type { ApiRequest, Header } from '../../src/lib/http/index.ts';
import { authorizationFor, basic, field, sampleRequest, testWorld } from '../support/mock-world.ts';

/** The challenges each profile must send, written out from RFC 7617 §2.1 and RFC 6750 §3. */
const challenges = {
	lemlist: {
		plain: 'Basic realm="lemlist API", charset="UTF-8"',
		invalidToken: 'Basic realm="lemlist API", charset="UTF-8"',
	},
	leadconduit: {
		plain: 'Basic realm="LeadConduit", charset="UTF-8"',
		invalidToken: 'Basic realm="LeadConduit", charset="UTF-8"',
	},
	leadterra: {
		plain: 'Bearer realm="leadterra"',
		invalidToken: 'Bearer realm="leadterra", error="invalid_token"',
	},
	'example-api': {
		plain: 'Bearer realm="api.example.com"',
		invalidToken: 'Bearer realm="api.example.com", error="invalid_token"',
	},
} as const;
type ProfileId = keyof typeof challenges;
const profileIds = Object.keys(challenges) as ProfileId[];

/** The wrong scheme for each API: Bearer to Basic APIs, Basic to Bearer APIs. */
function wrongScheme(world: World): string {
	return world.profile.auth.scheme === 'basic'
		? `Bearer ${world.profile.exampleKey}`
		: basic(`:${world.profile.exampleKey}`);
}

function withKey(world: World, key: string): Header[] {
	return [['Authorization', authorizationFor(world, key)]];
}

interface Scenario {
	readonly name: string;
	readonly request: (world: World) => { world: World; request: ApiRequest };
	readonly status: number;
	readonly code: ErrorCode;
	/** 'plain', 'invalid-token', a literal value, or null for no WWW-Authenticate. */
	readonly challenge:
		| 'plain'
		| 'invalid-token'
		| null
		| { readonly bearer: string | null; readonly basic: string | null };
}

const same =
	(headers: (world: World) => Header[], query = '') =>
	(world: World) => ({ world, request: sampleRequest(world, headers(world), query) });

function created(
	world: World,
	options: Parameters<typeof createApiKey>[1],
): { world: World; id: string; value: string } {
	const result = createApiKey(world, options);
	if (!result.ok) throw new Error(result.message);
	return { world: result.world, id: result.key.id, value: result.key.value };
}

const common: Scenario[] = [
	{
		name: 'no Authorization header',
		request: same(() => []),
		status: 401,
		code: 'missing-api-key',
		challenge: 'plain',
	},
	{
		name: 'an empty Authorization header',
		request: same(() => [['Authorization', '  ']]),
		status: 401,
		code: 'missing-api-key',
		challenge: 'plain',
	},
	{
		name: 'the key only in the query string',
		request: same(() => [], '?api_key=0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e'),
		status: 401,
		code: 'missing-api-key',
		challenge: 'plain',
	},
	{
		name: 'a bare key without a scheme',
		request: same((w) => [['Authorization', w.profile.exampleKey]]),
		status: 401,
		code: 'malformed-authorization',
		challenge: 'invalid-token',
	},
	{
		name: 'the scheme word alone',
		request: same((w) => [
			['Authorization', w.profile.auth.scheme === 'basic' ? 'Basic' : 'Bearer'],
		]),
		status: 401,
		code: 'malformed-authorization',
		challenge: 'invalid-token',
	},
	{
		name: 'a colon after the scheme',
		request: same((w) => [['Authorization', `Bearer: ${w.profile.exampleKey}`]]),
		status: 401,
		code: 'malformed-authorization',
		challenge: 'invalid-token',
	},
	{
		name: 'the wrong scheme',
		request: same((w) => [['Authorization', wrongScheme(w)]]),
		status: 401,
		code: 'wrong-scheme',
		challenge: 'plain',
	},
	{
		name: 'another scheme word (Token)',
		request: same((w) => [['Authorization', `Token ${w.profile.exampleKey}`]]),
		status: 401,
		code: 'wrong-scheme',
		challenge: 'plain',
	},
	{
		name: 'an unknown key',
		request: same((w) => withKey(w, `${w.profile.exampleKey.slice(0, -4)}0000`)),
		status: 401,
		code: 'invalid-api-key',
		challenge: 'invalid-token',
	},
	{
		name: 'a revoked key',
		request: (world) => {
			const revoked = revokeApiKey(world, 'key_1');
			if (!revoked.ok) throw new Error(revoked.message);
			return {
				world: revoked.world,
				request: sampleRequest(world, withKey(world, world.profile.exampleKey)),
			};
		},
		status: 401,
		code: 'revoked-api-key',
		challenge: 'invalid-token',
	},
	{
		name: 'a key of another workspace',
		request: (world) => {
			const other = created(world, { name: 'Partner team', workspaceId: otherWorkspaceId });
			return { world: other.world, request: sampleRequest(world, withKey(world, other.value)) };
		},
		status: 403,
		code: 'wrong-workspace',
		challenge: null,
	},
	{
		name: 'the key in the header and in ?api_key=',
		request: same((w) => withKey(w, w.profile.exampleKey), '?api_key=abc'),
		status: 400,
		code: 'duplicated-credentials',
		challenge: {
			bearer: 'error="invalid_request", error_description="Credentials were sent twice"',
			basic: null,
		},
	},
	{
		name: 'the key in the header and in ?access_token=',
		request: same((w) => withKey(w, w.profile.exampleKey), '?access_token=abc'),
		status: 400,
		code: 'duplicated-credentials',
		challenge: {
			bearer: 'error="invalid_request", error_description="Credentials were sent twice"',
			basic: null,
		},
	},
	{
		name: 'two Authorization headers',
		request: same((w) => [
			...withKey(w, w.profile.exampleKey),
			...withKey(w, w.profile.exampleKey),
		]),
		status: 400,
		code: 'duplicated-credentials',
		challenge: {
			bearer: 'error="invalid_request", error_description="Credentials were sent twice"',
			basic: null,
		},
	},
];

function expectedChallenge(
	id: ProfileId,
	world: World,
	rule: Scenario['challenge'],
): string | undefined {
	if (rule === null) return undefined;
	if (rule === 'plain') return challenges[id].plain;
	if (rule === 'invalid-token') return challenges[id].invalidToken;
	const extra = world.profile.auth.scheme === 'bearer' ? rule.bearer : rule.basic;
	return extra === null ? undefined : `${challenges[id].plain}, ${extra}`;
}

describe.each(profileIds)('the %s mock API', (id) => {
	test('answers the documented request with the example key with 200 and the sample body', async () => {
		const { world } = testWorld(id);
		const { response } = await handle(
			sampleRequest(world, withKey(world, world.profile.exampleKey)),
			world,
		);
		expect(response.status).toBe(200);
		expect(response.statusText).toBe('OK');
		expect(response.body).toBe(world.profile.sampleEndpoint.responseBody);
		expect(response.errorCode).toBeUndefined();
		expect(field(response.headers, 'Date')).toBe('Mon, 02 Mar 2026 10:00:00 GMT');
		expect(field(response.headers, 'Content-Type')).toBe(
			world.profile.errors['missing-api-key']!.contentType,
		);
		expect(field(response.headers, 'Content-Length')).toBe(
			String(Buffer.byteLength(response.body)),
		);
		expect(field(response.headers, 'WWW-Authenticate')).toBeUndefined();
	});

	test('accepts the scheme name in any letter case (RFC 9110 §11.1)', async () => {
		const { world } = testWorld(id);
		const value = authorizationFor(world, world.profile.exampleKey).replace(/^\w+/, (scheme) =>
			scheme.toLowerCase(),
		);
		const { response } = await handle(sampleRequest(world, [['Authorization', value]]), world);
		expect(response.status).toBe(200);
	});

	test.each(common)(
		'refuses $name with $status $code, its challenge and the profile body',
		async ({ request, status, code, challenge }) => {
			const start = testWorld(id).world;
			const { world, request: sent } = request(start);
			const { response } = await handle(sent, world);
			expect(response.status).toBe(status);
			expect(response.errorCode).toBe(code);
			const own = world.profile.errors[wireCode(code)]!;
			expect(response.body).toBe(own.body);
			expect(field(response.headers, 'Content-Type')).toBe(own.contentType);
			expect(field(response.headers, 'Content-Length')).toBe(String(Buffer.byteLength(own.body)));
			const actual = field(response.headers, 'WWW-Authenticate');
			const expected = expectedChallenge(id, world, challenge);
			if (
				expected !== undefined &&
				challenge === 'invalid-token' &&
				world.profile.auth.scheme === 'bearer'
			) {
				expect(actual?.startsWith(expected)).toBe(true);
				expect(actual).toMatch(
					/^Bearer realm="[^"]+", error="invalid_token"(, error_description="[\x20\x21\x23-\x5b\x5d-\x7e]*")?$/,
				);
			} else {
				expect(actual).toBe(expected);
			}
		},
	);

	test('records the time of the last authenticated request on the key', async () => {
		const { world, clock } = testWorld(id);
		clock.now += 90_000;
		const { world: after } = await handle(
			sampleRequest(world, withKey(world, world.profile.exampleKey)),
			world,
		);
		expect(after.keys[0]!.lastUsedAt).toBe(clock.now);
		expect(world.keys[0]!.lastUsedAt).toBeNull();
	});

	test('answers an unknown path with 404 after authenticating, and an unknown path without a key with 401', async () => {
		const { world } = testWorld(id);
		const url = `${world.profile.baseUrl}/no-such-thing`;
		const found = await handle(
			{ method: 'GET', url, headers: withKey(world, world.profile.exampleKey) },
			world,
		);
		expect([found.response.status, found.response.errorCode]).toEqual([404, 'not-found']);
		expect(JSON.parse(found.response.body)).toMatchObject({ error: 'not-found' });
		const anonymous = await handle({ method: 'GET', url, headers: [] }, world);
		expect([anonymous.response.status, anonymous.response.errorCode]).toEqual([
			401,
			'missing-api-key',
		]);
	});

	test('answers another method on the sample endpoint with 405 and Allow', async () => {
		const { world } = testWorld(id);
		const request = {
			...sampleRequest(world, withKey(world, world.profile.exampleKey)),
			method: 'DELETE' as const,
		};
		const { response } = await handle(request, world);
		expect([response.status, response.errorCode]).toEqual([405, 'method-not-allowed']);
		expect(field(response.headers, 'Allow')).toBe(world.profile.sampleEndpoint.method);
	});

	test('answers a URL outside the API with 404 and says where the API lives', async () => {
		const { world } = testWorld(id);
		const { response } = await handle(
			{ method: 'GET', url: 'https://elsewhere.example.org/x', headers: [] },
			world,
		);
		expect(response.status).toBe(404);
		expect(JSON.parse(response.body)).toEqual({ error: 'not-found', message: 'No such endpoint' });
		expect(response.explanation).toContain(world.profile.baseUrl);
	});

	test('refuses a JSON body that does not parse with 400 malformed-json', async () => {
		const { world } = testWorld(id);
		const request: ApiRequest = {
			...sampleRequest(world, withKey(world, world.profile.exampleKey)),
			body: { kind: 'json', text: '{"a":1,}' },
		};
		const { response } = await handle(request, world);
		expect([response.status, response.errorCode]).toEqual([400, 'malformed-json']);
	});
});

describe('Basic credentials on lemlist (empty username, key as password)', () => {
	const key = '0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e';
	test.each([
		['the key alone, no colon', basic(key), 'missing-colon'],
		['the key as username (KEY:)', basic(`${key}:`), 'missing-colon'],
		['a username before the key', basic(`user:${key}`), 'missing-colon'],
		['a colon and no key (Basic Og==)', 'Basic Og==', 'missing-api-key'],
		[
			'base64url characters',
			`Basic ${basic(`:${key}`).slice(6).replace(/=/g, '')}-_`,
			'malformed-authorization',
		],
		['missing Base64 padding', basic(`:${key}x`).replace(/=+$/, ''), 'malformed-authorization'],
		['Latin-1 bytes that are not UTF-8', 'Basic OvxiZXI=', 'malformed-authorization'],
		['a control character in the credentials', basic(`:${key}\n`), 'malformed-authorization'],
		['two spaces after the scheme', `Basic  ${basic(`:${key}`).slice(6)}`, null],
	])('answers %s with %s', async (_name, value, code) => {
		const { world } = testWorld('lemlist');
		const { response } = await handle(sampleRequest(world, [['Authorization', value]]), world);
		expect(response.errorCode).toBe(code ?? undefined);
		expect(response.status).toBe(code === null ? 200 : 401);
	});
});

describe('Basic credentials on LeadConduit (any username, key as password)', () => {
	test.each([
		['the documented username X', basic('X:1234567890'), 200, undefined],
		['the username API', basic('API:1234567890'), 200, undefined],
		['an empty username', basic(':1234567890'), 200, undefined],
		['a non-ASCII username, UTF-8 encoded', basic('Zoë:1234567890'), 200, undefined],
		['the key alone, no colon', basic('1234567890'), 401, 'malformed-authorization'],
		['the key as username (KEY:)', basic('1234567890:'), 401, 'missing-api-key'],
	])('answers %s with %i', async (_name, value, status, code) => {
		const { world } = testWorld('leadconduit');
		const { response } = await handle(sampleRequest(world, [['Authorization', value]]), world);
		expect([response.status, response.errorCode]).toEqual([status, code]);
	});

	test('sends the documented 33-byte body with every 401', async () => {
		const { world } = testWorld('leadconduit');
		const { response } = await handle(sampleRequest(world, []), world);
		expect(response.body).toBe('{"error":"authentication failed"}');
		expect(field(response.headers, 'Content-Length')).toBe('33');
		expect(field(response.headers, 'Content-Type')).toBe('application/json; charset=utf-8');
	});
});

describe('Bearer tokens on Leadterra (sk_live_ and sk_test_ keys)', () => {
	test.each([
		['a space inside the token', 'Bearer sk_live_abc def'],
		['a non-ASCII character in the token', 'Bearer sk_live_abcé'],
		['quotes around the token', 'Bearer "sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6"'],
	])(
		'answers %s with 401 malformed-authorization and error="invalid_token"',
		async (_name, value) => {
			const { world } = testWorld('leadterra');
			const { response } = await handle(sampleRequest(world, [['Authorization', value]]), world);
			expect([response.status, response.errorCode]).toEqual([401, 'malformed-authorization']);
			expect(field(response.headers, 'WWW-Authenticate')).toMatch(
				/^Bearer realm="leadterra", error="invalid_token"/,
			);
		},
	);

	test('lets a test key act in a workspace with a sandbox and refuses it with 403 where there is none', async () => {
		const withSandbox = testWorld('leadterra').world;
		const allowed = await handle(
			sampleRequest(withSandbox, [['Authorization', 'Bearer sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6']]),
			withSandbox,
		);
		expect(allowed.response.status).toBe(200);
		const { world } = testWorld('leadterra', { workspace: { id: 'ws_home', sandbox: false } });
		const { response } = await handle(
			sampleRequest(world, [['Authorization', 'Bearer sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6']]),
			world,
		);
		expect([response.status, response.errorCode]).toEqual([403, 'test-key-live-only']);
		expect(response.body).toBe(
			'{"error":{"code":"forbidden","message":"A test key cannot act on live resources."}}',
		);
		expect(field(response.headers, 'WWW-Authenticate')).toBeUndefined();
	});

	test('lets a live key act where there is no sandbox', async () => {
		const { world } = testWorld('leadterra', { workspace: { id: 'ws_home', sandbox: false } });
		const live = created(world, { name: 'production-agent', environment: 'live' });
		expect(live.value).toMatch(/^sk_live_[A-Za-z0-9]{22}$/);
		const { response } = await handle(
			sampleRequest(live.world, [['Authorization', `Bearer ${live.value}`]]),
			live.world,
		);
		expect(response.status).toBe(200);
	});
});

describe('scopes on the Example API', () => {
	test('refuses a key granted only write with 403 insufficient_scope naming the read scope (RFC 6750 §3.1)', async () => {
		const { world } = testWorld('example-api');
		const writer = created(world, { name: 'Write-only job', scopes: ['write'] });
		const { response } = await handle(
			sampleRequest(writer.world, [['Authorization', `Bearer ${writer.value}`]]),
			writer.world,
		);
		expect([response.status, response.errorCode]).toEqual([403, 'insufficient-scope']);
		expect(field(response.headers, 'WWW-Authenticate')).toBe(
			'Bearer realm="api.example.com", error="insufficient_scope", error_description="The token lacks the scope this request needs", scope="read"',
		);
		expect(response.body).toBe(
			'{"error":"insufficient_scope","message":"The access token lacks the scope this request needs."}',
		);
	});

	test('lets a key granted read through', async () => {
		const { world } = testWorld('example-api');
		const reader = created(world, { name: 'Reporting', scopes: ['read'] });
		const { response } = await handle(
			sampleRequest(reader.world, [['Authorization', `Bearer ${reader.value}`]]),
			reader.world,
		);
		expect(response.status).toBe(200);
	});
});

describe.each(['lemlist', 'leadconduit', 'leadterra', 'example-api'])(
	'a revoked key of %s',
	(id) => {
		/** A world with two keys made the same way, the first revoked; and the unknown value of a third. */
		function worlds() {
			const { world } = testWorld(id);
			const first = created(world, { name: 'Old integration' });
			const revoked = revokeApiKey(first.world, first.id);
			if (!revoked.ok) throw new Error(revoked.message);
			// Created in a world that is then dropped: well formed, and unknown to the world kept.
			const unknown = created(world, { name: 'Never saved' });
			return { world: revoked.world, revokedKey: first.value, unknownKey: unknown.value };
		}

		test('gets exactly the response an unknown key gets: status, every header, body', async () => {
			const { world, revokedKey, unknownKey } = worlds();
			const revoked = (await handle(sampleRequest(world, withKey(world, revokedKey)), world))
				.response;
			const unknown = (await handle(sampleRequest(world, withKey(world, unknownKey)), world))
				.response;
			expect([revoked.status, revoked.headers, revoked.body]).toEqual([
				unknown.status,
				unknown.headers,
				unknown.body,
			]);
			expect([revoked.errorCode, unknown.errorCode]).toEqual([
				'revoked-api-key',
				'invalid-api-key',
			]);
		});

		test('is told apart only by the explanation beside the response', async () => {
			const { world, revokedKey, unknownKey } = worlds();
			const revoked = (await handle(sampleRequest(world, withKey(world, revokedKey)), world))
				.response;
			const unknown = (await handle(sampleRequest(world, withKey(world, unknownKey)), world))
				.response;
			expect(revoked.explanation).toMatch(/revoked/);
			expect(unknown.explanation).not.toMatch(/revoked/);
		});
	},
);
