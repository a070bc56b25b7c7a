import { describe, expect, test } from 'vitest';
import { handle, type World } from '../../src/lib/mock-api/index.ts';
import type { ApiRequest, FormField, Header } from '../../src/lib/http/index.ts';
import { basic, field, sampleRequest, testWorld } from '../support/mock-world.ts';

// RFC 7636 Appendix B: every flow below redeems this verifier against this challenge.
const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const webApp = {
	id: 'example-api-web-app',
	secret: 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx',
	redirect: 'https://app.example.com/callback',
};
const good = {
	response_type: 'code',
	client_id: webApp.id,
	redirect_uri: webApp.redirect,
	scope: 'read write',
	state: 'af0ifjsldkj',
	code_challenge: challenge,
	code_challenge_method: 'S256',
};

function authorizeRequest(
	world: World,
	params: Record<string, string> | [string, string][],
): ApiRequest {
	return {
		method: 'GET',
		url: `${world.profile.oauth!.authorizationEndpoint}?${new URLSearchParams(params)}`,
		headers: [],
	};
}

function tokenRequest(
	world: World,
	fields: FormField[],
	headers: Header[] = [['Authorization', basic(`${webApp.id}:${webApp.secret}`)]],
): ApiRequest {
	return {
		method: 'POST',
		url: world.profile.oauth!.tokenEndpoint,
		headers: [['Content-Type', 'application/x-www-form-urlencoded'], ...headers],
		body: { kind: 'form', fields },
	};
}

/** Runs /authorize with `good` and returns the code and the world that remembers it. */
async function codeFor(
	world: World,
	params: Record<string, string> = good,
): Promise<{ code: string; world: World }> {
	const { response, world: next } = await handle(authorizeRequest(world, params), world);
	const code = new URL(field(response.headers, 'Location')!).searchParams.get('code');
	if (!code) throw new Error(`no code: ${field(response.headers, 'Location')}`);
	return { code, world: next };
}

const exchange = (code: string): FormField[] => [
	['grant_type', 'authorization_code'],
	['code', code],
	['redirect_uri', webApp.redirect],
	['code_verifier', verifier],
];

async function tokens(world: World) {
	const authorized = await codeFor(world);
	const { response, world: next } = await handle(
		tokenRequest(authorized.world, exchange(authorized.code)),
		authorized.world,
	);
	expect(response.status).toBe(200);
	return {
		body: JSON.parse(response.body) as Record<string, unknown>,
		world: next,
		response,
		code: authorized.code,
	};
}

const bearer = (world: World, token: unknown) =>
	sampleRequest(world, [['Authorization', `Bearer ${String(token)}`]]);

describe('the authorization endpoint', () => {
	test('redirects with a single-use code and the same state', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(authorizeRequest(world, good), world);
		expect(response.status).toBe(302);
		const location = new URL(field(response.headers, 'Location')!);
		expect(`${location.origin}${location.pathname}`).toBe(webApp.redirect);
		expect(location.searchParams.get('state')).toBe('af0ifjsldkj');
		expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(field(response.headers, 'Cache-Control')).toBe('no-store');
		expect(response.errorCode).toBeUndefined();
	});

	test('keeps the query a registered redirect URI already has (RFC 6749 §3.1.2)', async () => {
		const redirect = 'https://app.example.com/cb?tenant=7';
		const { world } = testWorld('example-api', {
			clients: [
				{
					clientId: 'c',
					clientSecret: null,
					redirectUris: [redirect],
					grantTypes: ['authorization_code'],
				},
			],
		});
		const { response } = await handle(
			authorizeRequest(world, { ...good, client_id: 'c', redirect_uri: redirect }),
			world,
		);
		expect(field(response.headers, 'Location')).toMatch(
			/^https:\/\/app\.example\.com\/cb\?tenant=7&code=[\w-]{43}&state=af0ifjsldkj$/,
		);
	});

	test.each([
		['an unknown client_id', { client_id: 'someone-else' }, 'unknown-client'],
		['no client_id', { client_id: undefined }, 'unknown-client'],
		['no redirect_uri', { redirect_uri: undefined }, 'redirect-uri-mismatch'],
		[
			'a trailing slash on the redirect URI',
			{ redirect_uri: `${webApp.redirect}/` },
			'redirect-uri-mismatch',
		],
		[
			'http instead of https',
			{ redirect_uri: webApp.redirect.replace('https', 'http') },
			'redirect-uri-mismatch',
		],
		[
			'another loopback port',
			{ redirect_uri: 'http://127.0.0.1:8977/callback' },
			'redirect-uri-mismatch',
		],
		[
			'a redirect URI registered for another client',
			{ redirect_uri: 'https://spa.example.com/callback' },
			'redirect-uri-mismatch',
		],
	])(
		'answers %s itself with 400 and never redirects (RFC 6749 §4.1.2.1)',
		async (_name, change, code) => {
			const { world } = testWorld('example-api');
			const params = Object.fromEntries(
				Object.entries({ ...good, ...change }).filter(
					(entry): entry is [string, string] => entry[1] !== undefined,
				),
			);
			const { response } = await handle(authorizeRequest(world, params), world);
			expect([response.status, response.errorCode]).toEqual([400, code]);
			expect(field(response.headers, 'Location')).toBeUndefined();
			expect(JSON.parse(response.body)).toMatchObject({ error: 'invalid_request' });
		},
	);

	test.each([
		[
			'no code_challenge',
			{ code_challenge: undefined, code_challenge_method: undefined },
			'invalid_request',
			'pkce-required',
		],
		[
			'code_challenge_method=plain',
			{ code_challenge_method: 'plain', code_challenge: verifier },
			'invalid_request',
			'pkce-method-not-s256',
		],
		[
			'no code_challenge_method (which means plain)',
			{ code_challenge_method: undefined },
			'invalid_request',
			'pkce-method-not-s256',
		],
		[
			'a challenge of the wrong length',
			{ code_challenge: `${challenge}=` },
			'invalid_request',
			'authorization-request-invalid',
		],
		[
			'response_type=token (the implicit grant)',
			{ response_type: 'token' },
			'unsupported_response_type',
			'unsupported-response-type',
		],
		[
			'no response_type',
			{ response_type: undefined },
			'invalid_request',
			'authorization-request-invalid',
		],
		['an unknown scope', { scope: 'read admin' }, 'invalid_scope', 'invalid-scope'],
		['no scope', { scope: undefined }, 'invalid_scope', 'invalid-scope'],
	])('redirects %s back with error=%s and the state', async (_name, change, error, code) => {
		const { world } = testWorld('example-api');
		const params = Object.fromEntries(
			Object.entries({ ...good, ...change }).filter(
				(entry): entry is [string, string] => entry[1] !== undefined,
			),
		);
		const { response } = await handle(authorizeRequest(world, params), world);
		expect([response.status, response.errorCode]).toEqual([302, code]);
		const location = new URL(field(response.headers, 'Location')!);
		expect(location.searchParams.get('error')).toBe(error);
		expect(location.searchParams.get('error_description')).toMatch(
			/^[\x20\x21\x23-\x5b\x5d-\x7e]+$/,
		);
		expect(location.searchParams.get('state')).toBe('af0ifjsldkj');
		expect(location.searchParams.has('code')).toBe(false);
	});

	test('refuses a repeated parameter (RFC 6749 §3.1)', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(
			authorizeRequest(world, [...Object.entries(good), ['scope', 'read']]),
			world,
		);
		expect(response.errorCode).toBe('authorization-request-invalid');
	});

	test('redirects with access_denied when the simulated user declines', async () => {
		const { world } = testWorld('example-api', { consent: 'deny' });
		const { response } = await handle(authorizeRequest(world, good), world);
		expect(new URL(field(response.headers, 'Location')!).searchParams.get('error')).toBe(
			'access_denied',
		);
	});

	test('takes GET only', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle({ ...authorizeRequest(world, good), method: 'POST' }, world);
		expect([response.status, field(response.headers, 'Allow')]).toEqual([405, 'GET']);
	});
});

describe('the authorization code exchange', () => {
	test('issues a Bearer access token with expires_in and a refresh token, never cached (RFC 6749 §5.1)', async () => {
		const { body, response } = await tokens(testWorld('example-api').world);
		expect(body).toEqual({
			access_token: expect.stringMatching(/^[\w-]{43}$/),
			token_type: 'Bearer',
			expires_in: 3600,
			refresh_token: expect.stringMatching(/^[\w-]{43}$/),
			scope: 'read write',
		});
		expect(response.headers.slice(1)).toEqual([
			['Content-Type', 'application/json;charset=UTF-8'],
			['Content-Length', String(Buffer.byteLength(response.body))],
			['Cache-Control', 'no-store'],
			['Pragma', 'no-cache'],
		]);
	});

	test('gives a token that reads the sample endpoint until it expires, then 401 invalid_token', async () => {
		const { world, clock } = testWorld('example-api');
		const issued = await tokens(world);
		expect(
			(await handle(bearer(issued.world, issued.body['access_token']), issued.world)).response
				.status,
		).toBe(200);
		clock.now += 3_600_000;
		const { response } = await handle(
			bearer(issued.world, issued.body['access_token']),
			issued.world,
		);
		expect([response.status, response.errorCode]).toEqual([401, 'token-expired']);
		expect(field(response.headers, 'WWW-Authenticate')).toBe(
			'Bearer realm="api.example.com", error="invalid_token", error_description="The access token has expired"',
		);
		expect(response.body).toBe(
			'{"error":"token_expired","message":"The access token has expired."}',
		);
	});

	test('forgets an expired token a day after it expired, once the store is next written', async () => {
		const { world, clock } = testWorld('example-api');
		const issued = await tokens(world);
		clock.now += 3_600_000 + 24 * 3_600_000 - 1;
		const later = await tokens(issued.world);
		expect(
			(await handle(bearer(later.world, issued.body['access_token']), later.world)).response
				.errorCode,
		).toBe('token-expired');
		clock.now += 1;
		const pruned = await tokens(later.world);
		expect(
			(await handle(bearer(pruned.world, issued.body['access_token']), pruned.world)).response
				.errorCode,
		).not.toBe('token-expired');
		expect(pruned.world.oauth.accessTokens.map((record) => record.token)).not.toContain(
			issued.body['access_token'],
		);
	});

	test.each([
		[
			'client_secret_post',
			[['client_id', webApp.id] as const, ['client_secret', webApp.secret] as const],
			[],
		],
		['a public client naming itself', [['client_id', 'example-api-spa'] as const], []],
	])('authenticates the client with %s', async (_name, extra, headers) => {
		const { world } = testWorld('example-api');
		const spa = _name.startsWith('a public');
		const authorized = await codeFor(world, {
			...good,
			client_id: spa ? 'example-api-spa' : webApp.id,
			redirect_uri: spa ? 'https://spa.example.com/callback' : webApp.redirect,
		});
		const fields = exchange(authorized.code).map(([name, value]): FormField => [
			name,
			name === 'redirect_uri' && spa ? 'https://spa.example.com/callback' : value,
		]);
		const { response } = await handle(
			tokenRequest(authorized.world, [...fields, ...extra], headers),
			authorized.world,
		);
		expect(response.status).toBe(200);
	});

	test('form-decodes client_secret_basic credentials (RFC 6749 §2.3.1), so a raw + is a space', async () => {
		const secret = 's3cr+t:%é';
		const client = {
			clientId: 'app one',
			clientSecret: secret,
			redirectUris: [webApp.redirect],
			grantTypes: ['authorization_code' as const],
		};
		const { world } = testWorld('example-api', { clients: [client] });
		const authorized = await codeFor(world, { ...good, client_id: 'app one' });
		const encoded = basic(
			`${encodeURIComponent('app one').replace(/%20/g, '+')}:${encodeURIComponent(secret)}`,
		);
		const right = await handle(
			tokenRequest(authorized.world, exchange(authorized.code), [['Authorization', encoded]]),
			authorized.world,
		);
		expect(right.response.status).toBe(200);
		const raw = await handle(
			tokenRequest(authorized.world, exchange(authorized.code), [
				['Authorization', basic(`app one:${secret}`)],
			]),
			authorized.world,
		);
		expect([raw.response.status, raw.response.errorCode]).toEqual([401, 'invalid-client']);
	});

	test('refuses a second use of a code and revokes the tokens of the first (RFC 6749 §4.1.2)', async () => {
		const first = await tokens(testWorld('example-api').world);
		const again = await handle(tokenRequest(first.world, exchange(first.code)), first.world);
		expect([again.response.status, again.response.errorCode]).toEqual([
			400,
			'authorization-code-reused',
		]);
		expect(JSON.parse(again.response.body)).toMatchObject({ error: 'invalid_grant' });
		const { response } = await handle(bearer(again.world, first.body['access_token']), again.world);
		expect([response.status, response.errorCode]).toEqual([401, 'revoked-api-key']);
	});

	test('refuses a code issued to another client, and leaves it usable by its own', async () => {
		const { world } = testWorld('example-api');
		const authorized = await codeFor(world);
		const asSpa = exchange(authorized.code).map(([name, value]): FormField => [
			name,
			name === 'redirect_uri' ? 'https://spa.example.com/callback' : value,
		]);
		const stolen = await handle(
			tokenRequest(authorized.world, [...asSpa, ['client_id', 'example-api-spa']], []),
			authorized.world,
		);
		expect([
			stolen.response.status,
			stolen.response.errorCode,
			JSON.parse(stolen.response.body).error,
		]).toEqual([400, 'authorization-code-invalid', 'invalid_grant']);
		const own = await handle(tokenRequest(stolen.world, exchange(authorized.code)), stolen.world);
		expect(own.response.status).toBe(200);
	});

	test('takes a code 9 minutes 59 seconds old and refuses one 10 minutes old', async () => {
		const { world, clock } = testWorld('example-api');
		const authorized = await codeFor(world);
		clock.now += 599_000;
		expect(
			(await handle(tokenRequest(authorized.world, exchange(authorized.code)), authorized.world))
				.response.status,
		).toBe(200);
		clock.now += 1000;
		const { response } = await handle(
			tokenRequest(authorized.world, exchange(authorized.code)),
			authorized.world,
		);
		expect(response.errorCode).toBe('authorization-code-expired');
	});

	test.each([
		[
			'another verifier',
			(f: FormField[]) =>
				f.map(([n, v]): FormField => [n, n === 'code_verifier' ? `${verifier.slice(0, -1)}A` : v]),
			400,
			'pkce-verifier-mismatch',
		],
		[
			'a verifier that is too short',
			(f: FormField[]) => f.map(([n, v]): FormField => [n, n === 'code_verifier' ? 'short' : v]),
			400,
			'pkce-verifier-mismatch',
		],
		[
			'no verifier',
			(f: FormField[]) => f.filter(([n]) => n !== 'code_verifier'),
			400,
			'token-request-invalid',
		],
		[
			'another redirect_uri',
			(f: FormField[]) =>
				f.map(([n, v]): FormField => [
					n,
					n === 'redirect_uri' ? 'http://127.0.0.1:8976/callback' : v,
				]),
			400,
			'token-redirect-uri-mismatch',
		],
		[
			'an unknown code',
			(f: FormField[]) => f.map(([n, v]): FormField => [n, n === 'code' ? 'x'.repeat(43) : v]),
			400,
			'authorization-code-invalid',
		],
		[
			'a repeated parameter',
			(f: FormField[]): FormField[] => [...f, ['code', 'x']],
			400,
			'token-request-invalid',
		],
		[
			'no grant_type',
			(f: FormField[]) => f.filter(([n]) => n !== 'grant_type'),
			400,
			'token-request-invalid',
		],
		[
			'grant_type=password',
			(f: FormField[]) => f.map(([n, v]): FormField => [n, n === 'grant_type' ? 'password' : v]),
			400,
			'unsupported-grant-type',
		],
		[
			'client_secret_post on top of Basic',
			(f: FormField[]): FormField[] => [...f, ['client_secret', webApp.secret]],
			400,
			'token-request-invalid',
		],
	])('refuses %s with %i %s', async (_name, change, status, code) => {
		const { world } = testWorld('example-api');
		const authorized = await codeFor(world);
		const { response } = await handle(
			tokenRequest(authorized.world, change(exchange(authorized.code))),
			authorized.world,
		);
		expect([response.status, response.errorCode]).toEqual([status, code]);
		const body = JSON.parse(response.body);
		expect(Object.keys(body)).toEqual(['error', 'error_description']);
		expect(body.error_description).toMatch(/^[\x20\x21\x23-\x5b\x5d-\x7e]+$/);
	});

	test.each([
		['a wrong secret', [['Authorization', basic(`${webApp.id}:wrong`)]]],
		['an unknown client', [['Authorization', basic(`nobody:${webApp.secret}`)]]],
		['no client authentication at all', []],
		['a Bearer header', [['Authorization', `Bearer ${webApp.secret}`]]],
	] as [string, Header[]][])(
		'refuses %s with 401 invalid_client and a Basic challenge (RFC 6749 §5.2)',
		async (_name, headers) => {
			const { world } = testWorld('example-api');
			const authorized = await codeFor(world);
			const { response } = await handle(
				tokenRequest(authorized.world, exchange(authorized.code), headers),
				authorized.world,
			);
			expect([response.status, response.errorCode]).toEqual([401, 'invalid-client']);
			expect(field(response.headers, 'WWW-Authenticate')).toBe(
				'Basic realm="api.example.com", charset="UTF-8"',
			);
			expect(JSON.parse(response.body).error).toBe('invalid_client');
		},
	);

	test('refuses a JSON body, as in the Example API docs, with invalid_request (RFC 6749 §4.1.3)', async () => {
		const { world } = testWorld('example-api');
		const authorized = await codeFor(world);
		const text = JSON.stringify(Object.fromEntries(exchange(authorized.code)));
		const request: ApiRequest = {
			method: 'POST',
			url: world.profile.oauth!.tokenEndpoint,
			headers: [
				['Content-Type', 'application/json'],
				['Authorization', basic(`${webApp.id}:${webApp.secret}`)],
			],
			body: { kind: 'json', text },
		};
		const { response } = await handle(request, authorized.world);
		expect([response.status, response.errorCode]).toEqual([400, 'token-request-invalid']);
	});

	test('takes POST only', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(
			{ method: 'GET', url: world.profile.oauth!.tokenEndpoint, headers: [] },
			world,
		);
		expect([response.status, field(response.headers, 'Allow')]).toEqual([405, 'POST']);
	});
});

describe('refresh tokens', () => {
	const refresh = (token: unknown, scope?: string): FormField[] => [
		['grant_type', 'refresh_token'],
		['refresh_token', String(token)],
		...(scope ? [['scope', scope] as FormField] : []),
	];

	test('work once: the answer carries a new refresh token, and the old one is refused after that', async () => {
		const first = await tokens(testWorld('example-api').world);
		const second = await handle(
			tokenRequest(first.world, refresh(first.body['refresh_token'])),
			first.world,
		);
		expect(second.response.status).toBe(200);
		const renewed = JSON.parse(second.response.body);
		expect(renewed).toEqual({
			access_token: expect.any(String),
			token_type: 'Bearer',
			expires_in: 3600,
			refresh_token: expect.any(String),
			scope: 'read write',
		});
		expect(renewed.refresh_token).not.toBe(first.body['refresh_token']);
		expect(renewed.access_token).not.toBe(first.body['access_token']);
		expect(
			(await handle(bearer(second.world, renewed.access_token), second.world)).response.status,
		).toBe(200);
		const old = await handle(
			tokenRequest(second.world, refresh(first.body['refresh_token'])),
			second.world,
		);
		expect([old.response.status, JSON.parse(old.response.body).error]).toEqual([
			400,
			'invalid_grant',
		]);
		const third = await handle(
			tokenRequest(second.world, refresh(renewed.refresh_token)),
			second.world,
		);
		expect(third.response.status).toBe(200);
	});

	test('are refused to another client, and stay usable by their own', async () => {
		const first = await tokens(testWorld('example-api').world);
		const spa = await handle(
			tokenRequest(
				first.world,
				[...refresh(first.body['refresh_token']), ['client_id', 'example-api-spa']],
				[],
			),
			first.world,
		);
		expect([
			spa.response.status,
			spa.response.errorCode,
			JSON.parse(spa.response.body).error,
		]).toEqual([400, 'refresh-token-invalid', 'invalid_grant']);
		const own = await handle(
			tokenRequest(spa.world, refresh(first.body['refresh_token'])),
			spa.world,
		);
		expect(own.response.status).toBe(200);
	});

	test('revoke the whole grant when a used one comes back (RFC 9700 §4.14.2)', async () => {
		const first = await tokens(testWorld('example-api').world);
		const second = await handle(
			tokenRequest(first.world, refresh(first.body['refresh_token'])),
			first.world,
		);
		const renewed = JSON.parse(second.response.body);
		const replay = await handle(
			tokenRequest(second.world, refresh(first.body['refresh_token'])),
			second.world,
		);
		expect([replay.response.status, replay.response.errorCode]).toEqual([
			400,
			'refresh-token-reused',
		]);
		expect(
			(await handle(bearer(replay.world, renewed.access_token), replay.world)).response.errorCode,
		).toBe('revoked-api-key');
		expect(
			(await handle(tokenRequest(replay.world, refresh(renewed.refresh_token)), replay.world))
				.response.errorCode,
		).toBe('refresh-token-invalid');
	});

	test('may narrow the scope, and a token with write only gets 403 insufficient_scope on a read endpoint', async () => {
		const first = await tokens(testWorld('example-api').world);
		const narrowed = await handle(
			tokenRequest(first.world, refresh(first.body['refresh_token'], 'write')),
			first.world,
		);
		const body = JSON.parse(narrowed.response.body);
		expect(body.scope).toBe('write');
		const { response } = await handle(bearer(narrowed.world, body.access_token), narrowed.world);
		expect([response.status, response.errorCode]).toEqual([403, 'insufficient-scope']);
		expect(field(response.headers, 'WWW-Authenticate')).toContain('error="insufficient_scope"');
		expect(field(response.headers, 'WWW-Authenticate')).toContain('scope="read"');
	});

	test('may not widen it', async () => {
		const { world } = testWorld('example-api');
		const authorized = await codeFor(world, { ...good, scope: 'read' });
		const issued = await handle(
			tokenRequest(authorized.world, exchange(authorized.code)),
			authorized.world,
		);
		const { response } = await handle(
			tokenRequest(
				issued.world,
				refresh(JSON.parse(issued.response.body).refresh_token, 'read write'),
			),
			issued.world,
		);
		expect([response.status, response.errorCode]).toEqual([400, 'token-scope-invalid']);
	});
});

describe('the client credentials grant', () => {
	test('gives a confidential client an access token without a refresh token (RFC 6749 §4.4.3)', async () => {
		const { world } = testWorld('example-api');
		const { response, world: next } = await handle(
			tokenRequest(world, [
				['grant_type', 'client_credentials'],
				['scope', 'read'],
			]),
			world,
		);
		const body = JSON.parse(response.body);
		expect(body).toEqual({
			access_token: expect.any(String),
			token_type: 'Bearer',
			expires_in: 3600,
			scope: 'read',
		});
		expect((await handle(bearer(next, body.access_token), next)).response.status).toBe(200);
	});

	test('refuses a public client with unauthorized_client', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(
			tokenRequest(
				world,
				[
					['grant_type', 'client_credentials'],
					['client_id', 'example-api-spa'],
				],
				[],
			),
			world,
		);
		expect([response.status, response.errorCode]).toEqual([400, 'unauthorized-client']);
	});
});

describe('profiles without OAuth', () => {
	test.each(['lemlist', 'leadconduit', 'leadterra'])(
		'%s has no token endpoint: /oauth/token is just a path',
		async (id) => {
			const { world } = testWorld(id);
			const url = `${new URL(world.profile.baseUrl).origin}/oauth/token`;
			const { response } = await handle({ method: 'POST', url, headers: [] }, world);
			expect(response.status).not.toBe(200);
			expect(['not-found', 'missing-api-key']).toContain(response.errorCode);
		},
	);
});
