// The OAuth server's refusals whose status and code are shared by several checks: the explanation
// beside the response is the only thing that says which check refused, so it is asserted here,
// with the edge of each check (a parameter sent twice, a scope of spaces, a code or verifier left out).
import { describe, expect, test } from 'vitest';
import { handle, type World } from '../../src/lib/mock-api/index.ts';
import type { ApiRequest, FormField } from '../../src/lib/http/index.ts';
import { basic, field, testWorld } from '../support/mock-world.ts';

const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const web = {
	id: 'example-api-web-app',
	secret: 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx',
	redirect: 'https://app.example.com/callback',
};
const good: [string, string][] = [
	['response_type', 'code'],
	['client_id', web.id],
	['redirect_uri', web.redirect],
	['scope', 'read write'],
	['state', 'xyz'],
	['code_challenge', challenge],
	['code_challenge_method', 'S256'],
];

function authorize(world: World, params: [string, string][]): ApiRequest {
	const url = new URL(world.profile.oauth!.authorizationEndpoint);
	for (const [name, value] of params) url.searchParams.append(name, value);
	return { method: 'GET', url: url.href, headers: [] };
}

function token(world: World, fields: FormField[]): ApiRequest {
	return {
		method: 'POST',
		url: world.profile.oauth!.tokenEndpoint,
		headers: [
			['Content-Type', 'application/x-www-form-urlencoded'],
			['Authorization', basic(`${web.id}:${web.secret}`)],
		],
		body: { kind: 'form', fields },
	};
}

const without = (name: string) => good.filter(([key]) => key !== name);
const replaced = (name: string, value: string): [string, string][] =>
	good.map(([key, old]) => [key, key === name ? value : old]);

describe('the authorization endpoint explains', () => {
	test.each([
		['no client_id', without('client_id'), 'unknown-client', 'client_id is required'],
		[
			'client_id twice',
			[...good, ['client_id', web.id]],
			'unknown-client',
			'client_id appears more than once',
		],
		[
			'an unknown client_id',
			replaced('client_id', 'nobody'),
			'unknown-client',
			'Unknown client_id',
		],
		[
			'no redirect_uri',
			without('redirect_uri'),
			'redirect-uri-mismatch',
			'redirect_uri is required',
		],
		[
			'redirect_uri twice, both registered',
			[...good, ['redirect_uri', web.redirect]],
			'redirect-uri-mismatch',
			'redirect_uri does not exactly match a registered redirect URI',
		],
	] as [string, [string, string][], string, string][])(
		'%s, without redirecting',
		async (_name, params, code, explanation) => {
			const { world } = testWorld('example-api');
			const { response } = await handle(authorize(world, params), world);
			expect([response.status, response.errorCode, response.explanation]).toEqual([
				400,
				code,
				explanation,
			]);
		},
	);

	test.each([
		['state', 'The state parameter appears more than once'],
		['scope', 'The scope parameter appears more than once'],
	])('a repeated %s parameter by its name', async (name, explanation) => {
		const { world } = testWorld('example-api');
		const { response } = await handle(authorize(world, [...good, [name, 'read']]), world);
		expect([response.errorCode, response.explanation]).toEqual([
			'authorization-request-invalid',
			explanation,
		]);
	});

	test.each([
		[
			'response_type=token',
			replaced('response_type', 'token'),
			'response_type=token asks for a grant this server does not offer',
		],
		[
			'a scope of spaces only',
			replaced('scope', '   '),
			'scope is required; this API defines: read write',
		],
		[
			'an unknown scope',
			replaced('scope', 'read admin'),
			'Unknown scope; this API defines: read write',
		],
	] as [string, [string, string][], string][])('%s', async (_name, params, explanation) => {
		const { world } = testWorld('example-api');
		const { response } = await handle(authorize(world, params), world);
		expect(response.explanation).toBe(explanation);
	});

	test('nothing for a scope with extra spaces, and grants each scope once', async () => {
		const { world } = testWorld('example-api');
		const { response, world: next } = await handle(
			authorize(world, replaced('scope', ' read  write ')),
			world,
		);
		expect(response.status).toBe(302);
		expect(response.explanation).toBeUndefined();
		expect(next.oauth.codes.map((code) => code.scopes)).toEqual([['read', 'write']]);
		expect(next.oauth.codes[0]).toMatchObject({
			clientId: web.id,
			redirectUri: web.redirect,
			challenge,
			usedAt: null,
			grantId: 'grant_1',
		});
		const code = new URL(field(response.headers, 'Location')!).searchParams.get('code');
		expect(next.oauth.codes[0]!.code).toBe(code);
	});
});

describe('the token endpoint explains', () => {
	async function authorized(): Promise<{ world: World; code: string }> {
		const { world } = testWorld('example-api');
		const { response, world: next } = await handle(authorize(world, good), world);
		return {
			world: next,
			code: new URL(field(response.headers, 'Location')!).searchParams.get('code')!,
		};
	}

	test.each([
		[
			'no code',
			() => [
				['code_verifier', verifier],
				['redirect_uri', web.redirect],
			],
			'code is required',
		],
		[
			'no verifier',
			(code: string) => [
				['code', code],
				['redirect_uri', web.redirect],
			],
			'code_verifier is required',
		],
		['no code and no verifier', () => [['redirect_uri', web.redirect]], 'code is required'],
	] as [string, (code: string) => FormField[], string][])(
		'%s in an authorization code exchange',
		async (_name, fields, explanation) => {
			const { world, code } = await authorized();
			const { response } = await handle(
				token(world, [['grant_type', 'authorization_code'], ...fields(code)]),
				world,
			);
			expect([response.errorCode, response.explanation]).toEqual([
				'token-request-invalid',
				explanation,
			]);
		},
	);

	test('which grants the API offers, the device grant by its URN (RFC 8628 §3.4)', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(token(world, [['grant_type', 'password']]), world);
		expect([response.errorCode, response.explanation]).toEqual([
			'unsupported-grant-type',
			'Example API offers: authorization_code, refresh_token, client_credentials, urn:ietf:params:oauth:grant-type:device_code',
		]);
	});

	test('that the device grant is asked for by its URN, not by the short name', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(
			token(world, [
				['grant_type', 'device_code'],
				['device_code', 'x'],
			]),
			world,
		);
		expect(response.errorCode).toBe('unsupported-grant-type');
	});

	test('which scope is unknown to a client credentials request', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(
			token(world, [
				['grant_type', 'client_credentials'],
				['scope', 'read admin'],
			]),
			world,
		);
		expect([response.errorCode, response.explanation]).toEqual([
			'token-scope-invalid',
			'Unknown scope; this API defines: read write',
		]);
	});

	test('nothing for a client credentials request without a scope, which gets every scope', async () => {
		const { world } = testWorld('example-api');
		const { response, world: next } = await handle(
			token(world, [['grant_type', 'client_credentials']]),
			world,
		);
		expect(JSON.parse(response.body).scope).toBe('read write');
		expect(next.oauth.accessTokens).toEqual([
			expect.objectContaining({ grantId: 'grant_1', clientId: web.id, scopes: ['read', 'write'] }),
		]);
		expect(next.oauth.refreshTokens).toEqual([]);
		expect(next.oauth.grants).toBe(1);
	});
});

describe('the endpoints a client POSTs to explain', () => {
	test.each([
		['token', (world: World) => world.profile.oauth!.tokenEndpoint, 'RFC 6749 section 4.1.3'],
		[
			'device authorization',
			(world: World) => world.profile.oauth!.deviceAuthorizationEndpoint!,
			'RFC 8628 section 3.1',
		],
	] as const)('which method and body the %s endpoint takes', async (endpoint, url, section) => {
		const { world } = testWorld('example-api');
		const get = await handle({ method: 'GET', url: url(world), headers: [] }, world);
		expect(get.response.explanation).toBe(`The ${endpoint} endpoint takes POST.`);
		const json = await handle(
			{
				method: 'POST',
				url: url(world),
				headers: [['Content-Type', 'application/json']],
				body: { kind: 'json', text: '{}' },
			},
			world,
		);
		expect(json.response.explanation).toBe(
			`Send the parameters as an application/x-www-form-urlencoded body (${section})`,
		);
	});

	test('a verifier of the wrong shape apart from one that does not match', async () => {
		const { world } = testWorld('example-api');
		const { response, world: next } = await handle(authorize(world, good), world);
		const code = new URL(field(response.headers, 'Location')!).searchParams.get('code')!;
		const exchange = (codeVerifier: string) =>
			token(next, [
				['grant_type', 'authorization_code'],
				['code', code],
				['redirect_uri', web.redirect],
				['code_verifier', codeVerifier],
			]);
		expect((await handle(exchange('short'), next)).response.explanation).toBe(
			'code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~',
		);
		expect((await handle(exchange(`${verifier}x`), next)).response.explanation).toBe(
			'code_verifier does not match the code_challenge',
		);
	});
});

describe('the token endpoint, with several records of a kind', () => {
	test('uses the code presented, and leaves another code of the same client usable', async () => {
		const { world } = testWorld('example-api');
		const first = await handle(authorize(world, good), world);
		const second = await handle(authorize(first.world, good), first.world);
		const codeOf = (answer: typeof first) =>
			new URL(field(answer.response.headers, 'Location')!).searchParams.get('code')!;
		const exchange = (code: string): FormField[] => [
			['grant_type', 'authorization_code'],
			['code', code],
			['redirect_uri', web.redirect],
			['code_verifier', verifier],
		];
		const used = await handle(token(second.world, exchange(codeOf(second))), second.world);
		expect(used.response.status).toBe(200);
		expect(used.world.oauth.codes.map((record) => record.usedAt !== null)).toEqual([false, true]);
		const other = await handle(token(used.world, exchange(codeOf(first))), used.world);
		expect(other.response.status).toBe(200);
		const refreshes = (JSON.parse(other.response.body) as { refresh_token: string }).refresh_token;
		const refreshed = await handle(
			token(other.world, [
				['grant_type', 'refresh_token'],
				['refresh_token', refreshes],
			]),
			other.world,
		);
		expect(refreshed.response.status).toBe(200);
		expect(refreshed.world.oauth.refreshTokens.map((record) => record.usedAt !== null)).toEqual([
			false,
			true,
			false,
		]);
	});

	test('refuses client_credentials to a public client even if it lists the grant', async () => {
		const { world } = testWorld('example-api', {
			clients: [
				{
					clientId: 'pub',
					clientSecret: null,
					redirectUris: [],
					grantTypes: ['client_credentials'],
				},
			],
		});
		const { response } = await handle(
			{
				...token(world, [
					['grant_type', 'client_credentials'],
					['client_id', 'pub'],
				]),
				headers: [['Content-Type', 'application/x-www-form-urlencoded']],
			},
			world,
		);
		expect(response.errorCode).toBe('unauthorized-client');
	});

	test('refuses the device grant to a client not registered for it', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(
			token(world, [
				['grant_type', 'urn:ietf:params:oauth:grant-type:device_code'],
				['device_code', 'x'],
			]),
			world,
		);
		expect([response.errorCode, response.explanation]).toEqual([
			'unauthorized-client',
			'This client may not use the device grant',
		]);
	});

	test.each([
		['refresh_token', 'refresh_token is required'],
		['urn:ietf:params:oauth:grant-type:device_code', 'device_code is required'],
	])('refuses grant_type=%s without its token field', async (grantType, explanation) => {
		const { world } = testWorld('example-api');
		const request =
			grantType === 'refresh_token'
				? token(world, [['grant_type', grantType]])
				: {
						...token(world, [
							['grant_type', grantType],
							['client_id', 'example-api-device'],
						]),
						headers: [['Content-Type', 'application/x-www-form-urlencoded']] as [string, string][],
					};
		const { response } = await handle(request, world);
		expect([response.errorCode, response.explanation]).toEqual([
			'token-request-invalid',
			explanation,
		]);
	});
});
