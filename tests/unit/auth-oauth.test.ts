import { describe, expect, test } from 'vitest';
import {
	buildAuthorizationUrl,
	buildTokenRequest,
	codeChallengeS256,
	createCodeVerifier,
	formUrlEncode,
	parseAuthorizationResponse,
	parseScope,
	parseTokenResponse,
	validateCodeVerifier,
	validateRedirectUri,
	validateScopes,
	type RandomBytes,
} from '../../src/lib/auth/index.ts';
import { encodeBody } from '../../src/lib/http/index.ts';
import { loadProfile } from '../support/profiles.ts';

const example = loadProfile('example-api');
// RFC 7636 Appendix B: the 32 octets behind the example code verifier.
const rfc7636Octets = [
	116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105,
	214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
];
const rfc7636Verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const rfc7636Challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

/** A pinned random source: the RFC 7636 octets first, then 0x01, 0x02, … */
function pinnedRandom(): RandomBytes {
	let calls = 0;
	return (n) =>
		calls++ === 0 && n === 32
			? Uint8Array.from(rfc7636Octets)
			: Uint8Array.from({ length: n }, (_, i) => i + 1);
}

describe('PKCE (RFC 7636)', () => {
	test('makes the Appendix B verifier from its octets', () => {
		expect(createCodeVerifier(pinnedRandom())).toBe(rfc7636Verifier);
	});

	test('derives the Appendix B S256 challenge', async () => {
		expect(await codeChallengeS256(rfc7636Verifier)).toBe(rfc7636Challenge);
	});

	test.each([
		['a'.repeat(42), 42],
		['a'.repeat(129), 128],
		[`${'a'.repeat(42)}=`, 42],
		[`${'a'.repeat(42)} `, 42],
	])('refuses the verifier %j at position %i', (verifier, position) => {
		expect(validateCodeVerifier(verifier)).toEqual([
			expect.objectContaining({ code: 'invalid-code-verifier', position }),
		]);
	});

	test('refuses a random source that returns too few bytes', () => {
		expect(() => createCodeVerifier(() => new Uint8Array(8))).toThrow(RangeError);
	});
});

describe('formUrlEncode (RFC 6749 Appendix B)', () => {
	test.each([
		[' %&+£€', '+%25%26%2B%C2%A3%E2%82%AC'], // the Appendix B example
		["client %&+-_.!~*'()", 'client+%25%26%2B%2D%5F%2E%21%7E%2A%27%28%29'],
		['s6BhdRkqt3', 's6BhdRkqt3'],
		['a:b', 'a%3Ab'],
	])('encodes %j as %j', (value, encoded) => {
		expect(formUrlEncode(value)).toBe(encoded);
		expect(decodeURIComponent(encoded.replace(/\+/g, ' '))).toBe(value);
	});
});

describe('buildAuthorizationUrl', () => {
	const input = {
		clientId: 's6BhdRkqt3',
		redirectUri: 'https://client.example.com/cb',
		scopes: ['read', 'write'],
		random: pinnedRandom(),
		now: () => 1_700_000_000_000,
	};

	test('sends response_type, client_id, redirect_uri, scope, state and an S256 challenge (RFC 6749 §4.1.1, RFC 7636 §4.3)', async () => {
		const result = await buildAuthorizationUrl(example, { ...input, random: pinnedRandom() });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const url = new URL(result.url);
		expect(url.origin + url.pathname).toBe('https://api.example.com/oauth/authorize');
		expect([...url.searchParams]).toEqual([
			['response_type', 'code'],
			['client_id', 's6BhdRkqt3'],
			['redirect_uri', 'https://client.example.com/cb'],
			['scope', 'read write'],
			['state', 'AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA'],
			['code_challenge', rfc7636Challenge],
			['code_challenge_method', 'S256'],
		]);
		expect(result).toMatchObject({
			codeVerifier: rfc7636Verifier,
			codeChallengeMethod: 'S256',
			createdAt: 1_700_000_000_000,
			warnings: [],
		});
	});

	test('uses a state of at least 128 random bits', async () => {
		const result = await buildAuthorizationUrl(example, {
			...input,
			random: (n) => new Uint8Array(n).fill(7),
		});
		expect(result.ok && Buffer.from(result.state, 'base64url').length * 8).toBeGreaterThanOrEqual(
			128,
		);
	});

	test('sends plain only when asked for as legacy, and warns', async () => {
		const result = await buildAuthorizationUrl(example, {
			...input,
			random: pinnedRandom(),
			pkce: { method: 'plain', legacyPlain: true },
		});
		expect(result.ok && new URL(result.url).searchParams.get('code_challenge')).toBe(
			rfc7636Verifier,
		);
		expect(result.ok && new URL(result.url).searchParams.get('code_challenge_method')).toBe(
			'plain',
		);
		expect(result.warnings).toEqual([expect.objectContaining({ code: 'pkce-plain' })]);
	});

	test.each([
		[{ redirectUri: '/cb' }, 'redirect-uri-relative'],
		[{ redirectUri: 'https://client.example.com/cb#x' }, 'redirect-uri-fragment'],
		[{ redirectUri: 'http://client.example.com/cb' }, 'redirect-uri-insecure'],
		[{ clientId: '' }, 'empty-value'],
		[{ clientId: 'abc\n' }, 'trailing-newline'],
		[{ scopes: ['read write'] }, 'invalid-scope'],
	])('refuses %o with %s', async (change, code) => {
		const result = await buildAuthorizationUrl(example, { ...input, ...change });
		expect(!result.ok && result.errors.map((error) => error.code)).toContain(code);
	});

	test('refuses a profile without OAuth', async () => {
		expect(await buildAuthorizationUrl(loadProfile('lemlist'), input)).toMatchObject({
			ok: false,
			errors: [{ code: 'oauth-not-offered' }],
		});
	});
});

describe('validateRedirectUri', () => {
	test.each([
		['https://client.example.com/cb'],
		['http://127.0.0.1:8080/cb'],
		['http://[::1]:8080/cb'],
		['http://localhost:3000/cb'],
		['https://client.example.com/cb?x=1'],
	])('accepts %j', (uri) => {
		expect(validateRedirectUri(uri)).toEqual([]);
	});

	test.each([
		['client.example.com/cb', 'redirect-uri-relative', 0],
		['https://client.example.com/cb#frag', 'redirect-uri-fragment', 29],
		['http://127.0.0.2.example.com/cb', 'redirect-uri-insecure', 0],
		['ftp://127.0.0.1/cb', 'redirect-uri-insecure', 0],
		[' https://client.example.com/cb', 'surrounding-whitespace', 0],
	] as const)('refuses %j with %s at position %i', (uri, code, position) => {
		expect(validateRedirectUri(uri)).toContainEqual(expect.objectContaining({ code, position }));
	});
});

describe('scopes (RFC 6749 §3.3)', () => {
	test.each([
		[['read', 'wr"ite'], 'invalid-scope', 7],
		[['read', 'wr\\ite'], 'invalid-scope', 7],
		[['read', 'é'], 'invalid-scope', 5],
		[['read', 'read'], 'duplicate-scope', 5],
		[['read', 'admin'], 'unknown-scope', 5],
	] as const)('flags %j with %s at position %i of the scope value', (scopes, code, position) => {
		expect(validateScopes(scopes, ['read', 'write'])).toEqual([
			expect.objectContaining({ code, position }),
		]);
	});

	test('parses a scope value and refuses doubled spaces', () => {
		expect(parseScope('read write')).toEqual({ scopes: ['read', 'write'], issues: [] });
		expect(parseScope('read  write')).toEqual({
			scopes: ['read', 'write'],
			issues: [
				expect.objectContaining({ code: 'scope-spacing', position: 4, severity: 'warning' }),
			],
		});
	});
});

describe('buildTokenRequest', () => {
	const basicClient = {
		clientId: 's6BhdRkqt3',
		clientSecret: 'gX1fBat3bV',
		method: 'client_secret_basic',
	} as const;
	const codeGrant = {
		type: 'authorization_code',
		code: 'SplxlOBeZQQYbYS6WxSbIA',
		redirectUri: 'https://client.example.com/cb',
		codeVerifier: rfc7636Verifier,
	} as const;

	test('exchanges a code with client_secret_basic as in RFC 6749 §4.1.3, plus the code_verifier', () => {
		const result = buildTokenRequest(example, basicClient, codeGrant);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.request.method).toBe('POST');
		expect(result.request.url).toBe('https://api.example.com/oauth/token');
		expect(result.request.headers).toEqual([
			['Content-Type', 'application/x-www-form-urlencoded'],
			['Accept', 'application/json'],
			['Authorization', 'Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW'],
		]);
		expect(encodeBody(result.request.body!)).toBe(
			`grant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA&redirect_uri=https%3A%2F%2Fclient.example.com%2Fcb&code_verifier=${rfc7636Verifier}`,
		);
		expect(result.request.authorization).toEqual({
			kind: 'basic',
			userId: 's6BhdRkqt3',
			password: { kind: 'secret', value: 'gX1fBat3bV', envVar: 'CLIENT_SECRET' },
			formEncode: true,
		});
	});

	test('form-urlencodes client id and secret before Base64 (RFC 6749 §2.3.1, Appendix B)', () => {
		const special = "id %&+£€-_.!~*'():";
		const result = buildTokenRequest(
			example,
			{ ...basicClient, clientId: special, clientSecret: special },
			codeGrant,
		);
		const encoded = 'id+%25%26%2B%C2%A3%E2%82%AC%2D%5F%2E%21%7E%2A%27%28%29%3A';
		expect(result.ok && result.steps?.userPass).toBe(`${encoded}:${encoded}`);
		expect(result.ok && result.request.headers.at(-1)).toEqual([
			'Authorization',
			`Basic ${Buffer.from(`${encoded}:${encoded}`).toString('base64')}`,
		]);
	});

	test('sends client_id and client_secret in the body with client_secret_post, and no Authorization', () => {
		const result = buildTokenRequest(
			example,
			{ ...basicClient, method: 'client_secret_post', secretEnvVar: 'EXAMPLE_CLIENT_SECRET' },
			{ type: 'client_credentials', scopes: ['read'] },
		);
		expect(result.ok && result.request.headers.map(([name]) => name)).toEqual([
			'Content-Type',
			'Accept',
		]);
		expect(result.ok && result.request.authorization).toBeUndefined();
		expect(result.ok && result.request.body).toEqual({
			kind: 'form',
			fields: [
				['grant_type', 'client_credentials'],
				['scope', 'read'],
				['client_id', 's6BhdRkqt3'],
				['client_secret', { kind: 'secret', value: 'gX1fBat3bV', envVar: 'EXAMPLE_CLIENT_SECRET' }],
			],
		});
	});

	test('refreshes a token with the refresh token marked secret (RFC 6749 §6)', () => {
		const result = buildTokenRequest(example, basicClient, {
			type: 'refresh_token',
			refreshToken: 'tGzv3JOkF0XG5Qx2TlKWIA',
		});
		expect(result.ok && result.request.body).toEqual({
			kind: 'form',
			fields: [
				['grant_type', 'refresh_token'],
				[
					'refresh_token',
					{ kind: 'secret', value: 'tGzv3JOkF0XG5Qx2TlKWIA', envVar: 'REFRESH_TOKEN' },
				],
			],
		});
	});

	test.each([
		[{ ...basicClient, clientSecret: '' }, codeGrant, 'empty-value'],
		[{ ...basicClient, clientSecret: 'gX1f\n' }, codeGrant, 'trailing-newline'],
		[basicClient, { ...codeGrant, code: '' }, 'empty-value'],
		[basicClient, { ...codeGrant, codeVerifier: 'short' }, 'invalid-code-verifier'],
		[basicClient, { ...codeGrant, redirectUri: 'http://evil.example/cb' }, 'redirect-uri-insecure'],
		[basicClient, { type: 'refresh_token', refreshToken: ' tok' }, 'surrounding-whitespace'],
	] as const)('refuses %o / %o with %s', (client, grant, code) => {
		const result = buildTokenRequest(example, client, grant);
		expect(!result.ok && result.errors.map((error) => error.code)).toContain(code);
	});

	test('refuses a client authentication method the profile does not list', () => {
		const basicOnly = {
			...example,
			oauth: { ...example.oauth!, clientAuthMethods: ['client_secret_basic' as const] },
		};
		const result = buildTokenRequest(
			basicOnly,
			{ ...basicClient, method: 'client_secret_post' },
			codeGrant,
		);
		expect(result).toMatchObject({ ok: false, errors: [{ code: 'unsupported-client-auth' }] });
	});
});

describe('parseAuthorizationResponse (RFC 6749 §4.1.2)', () => {
	const request = { state: 'xyz', createdAt: 1_000_000 };

	test('returns the code when the state matches', () => {
		expect(
			parseAuthorizationResponse(
				'https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz',
				request,
				1_060_000,
			),
		).toEqual({ ok: true, code: 'SplxlOBeZQQYbYS6WxSbIA' });
	});

	test.each([
		['https://client.example.com/cb?code=abc&state=other', 1_000_000, 'state-mismatch'],
		['https://client.example.com/cb?code=abc', 1_000_000, 'state-mismatch'],
		[
			'https://client.example.com/cb?error=access_denied&state=xyz',
			1_000_000,
			'authorization-error',
		],
		['https://client.example.com/cb?state=xyz', 1_000_000, 'missing-code'],
		[
			'https://client.example.com/cb?code=abc&state=xyz',
			1_000_000 + 10 * 60 * 1000 + 1,
			'stale-authorization-request',
		],
		['not a url', 1_000_000, 'missing-code'],
	])('refuses %j at time %i with %s', (url, now, code) => {
		expect(parseAuthorizationResponse(url, request, now)).toMatchObject({
			ok: false,
			errors: [{ code }],
		});
	});
});

describe('parseTokenResponse (RFC 6749 §5)', () => {
	test('reads the §5.1 example and stamps the expiry with the injected clock', () => {
		const body =
			'{"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example","expires_in":3600,"refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"}';
		expect(parseTokenResponse(body, 1_000)).toEqual({
			ok: true,
			accessToken: '2YotnFZFEjr1zCsicMWpAA',
			tokenType: 'example',
			expiresAt: 3_601_000,
			refreshToken: 'tGzv3JOkF0XG5Qx2TlKWIA',
		});
	});

	test.each([
		['{"error":"invalid_grant"}', 'authorization-error'],
		['not json', 'invalid-token-response'],
		['[]', 'invalid-token-response'],
		['{"token_type":"Bearer"}', 'invalid-token-response'],
		['{"access_token":"a"}', 'invalid-token-response'],
		['{"access_token":"a","token_type":"Bearer","expires_in":"3600"}', 'invalid-token-response'],
	])('refuses %j with %s', (body, code) => {
		expect(parseTokenResponse(body, 0)).toMatchObject({ ok: false, errors: [{ code }] });
	});
});
