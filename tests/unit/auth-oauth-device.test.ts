// The device authorization grant (RFC 8628) as the auth core builds and reads it, and the client
// authentication and grant switch it shares with the token request (RFC 6749 §2.3, §4.4).
import { describe, expect, test } from 'vitest';
import {
	buildDeviceAuthorizationRequest,
	buildTokenRequest,
	parseDeviceAuthorization,
	secretMethods,
	type OAuthClient,
} from '../../src/lib/auth/index.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import { loadProfile } from '../support/profiles.ts';

const example = loadProfile('example-api');
const publicClient: OAuthClient = { clientId: 'tv-app', clientSecret: '', method: 'none' };
const form = ['Content-Type', 'application/x-www-form-urlencoded'];
const json = ['Accept', 'application/json'];

/** The Example API with its OAuth settings changed. */
function exampleWith(oauth: Partial<NonNullable<Profile['oauth']>>): Profile {
	return { ...example, oauth: { ...example.oauth!, ...oauth } };
}

describe('buildDeviceAuthorizationRequest (RFC 8628 §3.1)', () => {
	test('sends a public client id and the scope to the device authorization endpoint', () => {
		expect(buildDeviceAuthorizationRequest(example, publicClient, ['read', 'write'])).toEqual({
			ok: true,
			request: {
				method: 'POST',
				url: 'https://api.example.com/oauth/device_authorization',
				headers: [form, json],
				body: {
					kind: 'form',
					fields: [
						['client_id', 'tv-app'],
						['scope', 'read write'],
					],
				},
			},
			warnings: [],
		});
	});

	test('authenticates a confidential client with Basic and sends no scope when none is asked', () => {
		const result = buildDeviceAuthorizationRequest(
			example,
			{ clientId: 'tv-app', clientSecret: 's3cret', method: 'client_secret_basic' },
			[],
		);
		expect(result.ok && result.request.headers).toEqual([
			form,
			json,
			// RFC 6749 §2.3.1: id and secret are form-urlencoded first, so "-" becomes %2D.
			['Authorization', `Basic ${Buffer.from('tv%2Dapp:s3cret').toString('base64')}`],
		]);
		expect(result.ok && result.request.body).toEqual({ kind: 'form', fields: [] });
		expect(result.ok && result.steps?.userPass).toBe('tv%2Dapp:s3cret');
		expect(result.ok && result.request.authorization).toEqual({
			kind: 'basic',
			userId: 'tv-app',
			password: { kind: 'secret', value: 's3cret', envVar: 'CLIENT_SECRET' },
			formEncode: true,
		});
	});

	test('sends the secret in the body with client_secret_post and warns about an unknown scope', () => {
		const result = buildDeviceAuthorizationRequest(
			example,
			{
				clientId: 'tv-app',
				clientSecret: 's3cret',
				method: 'client_secret_post',
				secretEnvVar: 'TV_SECRET',
			},
			['admin'],
		);
		expect(result).toMatchObject({
			ok: true,
			request: {
				headers: [form, json],
				body: {
					fields: [
						['client_id', 'tv-app'],
						['client_secret', { kind: 'secret', value: 's3cret', envVar: 'TV_SECRET' }],
						['scope', 'admin'],
					],
				},
			},
			warnings: [{ code: 'unknown-scope', severity: 'warning' }],
		});
		expect(result.ok && 'authorization' in result.request).toBe(false);
		expect(result.ok && 'steps' in result).toBe(false);
	});

	test.each([
		[example, { ...publicClient, clientId: '' }, ['read'], 'empty-value'],
		[example, { ...publicClient, method: 'client_secret_basic' }, ['read'], 'empty-value'],
		[example, publicClient, ['re ad'], 'invalid-scope'],
		[exampleWith({ grants: ['authorization_code'] }), publicClient, [], 'oauth-not-offered'],
		[
			exampleWith({ clientAuthMethods: ['client_secret_basic'] }),
			publicClient,
			[],
			'unsupported-client-auth',
		],
		[
			exampleWith({ deviceAuthorizationEndpoint: undefined }),
			publicClient,
			[],
			'oauth-not-offered',
		],
		[loadProfile('lemlist'), publicClient, [], 'oauth-not-offered'],
	] as const)('refuses %#: %s', (profile, client, scopes, code) => {
		const result = buildDeviceAuthorizationRequest(profile, client, scopes);
		expect(!result.ok && result.errors.map((error) => error.code)).toEqual([code]);
	});

	test('names what is missing when the API has no device endpoint', () => {
		expect(
			buildDeviceAuthorizationRequest(
				exampleWith({ deviceAuthorizationEndpoint: undefined }),
				publicClient,
				[],
			),
		).toMatchObject({
			ok: false,
			errors: [
				{ field: 'client-id', message: 'The client ID has no device authorization endpoint.' },
			],
			warnings: [],
		});
	});

	test('refuses a client secret that would break the header line', () => {
		const result = buildDeviceAuthorizationRequest(
			example,
			{ clientId: 'tv-app', clientSecret: 's3\u2019cret', method: 'client_secret_basic' },
			[],
		);
		expect(!result.ok && result.errors.map((error) => error.code)).toEqual(['smart-quotes']);
	});
});

describe('parseDeviceAuthorization (RFC 8628 §3.2)', () => {
	const answer = {
		device_code: 'GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS',
		user_code: 'WDJB-MJHT',
		verification_uri: 'https://example.com/device',
		expires_in: 1800,
	};

	test('reads the §3.2 example with the default interval of 5 seconds', () => {
		expect(parseDeviceAuthorization(JSON.stringify(answer))).toStrictEqual({
			deviceCode: 'GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS',
			userCode: 'WDJB-MJHT',
			verificationUri: 'https://example.com/device',
			expiresIn: 1800,
			interval: 5,
		});
	});

	test('keeps the complete verification URI and a positive interval', () => {
		expect(
			parseDeviceAuthorization(
				JSON.stringify({
					...answer,
					verification_uri_complete: 'https://example.com/device?user_code=WDJB-MJHT',
					interval: 10,
				}),
			),
		).toMatchObject({
			verificationUriComplete: 'https://example.com/device?user_code=WDJB-MJHT',
			interval: 10,
		});
	});

	test.each([[0], [-1], ['10'], [null]])('uses 5 seconds for an interval of %j', (interval) => {
		expect(parseDeviceAuthorization(JSON.stringify({ ...answer, interval }))?.interval).toBe(5);
	});

	test('leaves out a verification_uri_complete that is not a string', () => {
		const parsed = parseDeviceAuthorization(
			JSON.stringify({ ...answer, verification_uri_complete: 1 }),
		);
		expect(parsed && 'verificationUriComplete' in parsed).toBe(false);
	});

	test.each([
		['not json'],
		['null'],
		['"text"'],
		...(['device_code', 'user_code', 'verification_uri', 'expires_in'] as const).flatMap((name) => [
			[JSON.stringify({ ...answer, [name]: undefined })],
			[JSON.stringify({ ...answer, [name]: name === 'expires_in' ? '1800' : 1 })],
		]),
	])('reads nothing from %s', (body) => {
		expect(parseDeviceAuthorization(body)).toBeUndefined();
	});
});

describe('the device code at the token endpoint (RFC 8628 §3.4)', () => {
	test('polls with the device grant type, the device code as a secret and the interval', () => {
		expect(
			buildTokenRequest(example, publicClient, {
				type: 'device_code',
				deviceCode: 'DC',
				interval: 5,
			}),
		).toEqual({
			ok: true,
			request: {
				method: 'POST',
				url: 'https://api.example.com/oauth/token',
				headers: [form, json],
				body: {
					kind: 'form',
					fields: [
						['grant_type', 'urn:ietf:params:oauth:grant-type:device_code'],
						['device_code', { kind: 'secret', value: 'DC', envVar: 'DEVICE_CODE' }],
						['client_id', 'tv-app'],
					],
				},
				program: { kind: 'device-poll', interval: 5 },
			},
			warnings: [],
		});
	});

	test('makes one request, not a loop, without an interval', () => {
		const result = buildTokenRequest(example, publicClient, {
			type: 'device_code',
			deviceCode: 'DC',
		});
		expect(result.ok && 'program' in result.request).toBe(false);
	});

	test.each([
		[publicClient, { type: 'device_code', deviceCode: '' }, 'empty-value', 'code'],
		[publicClient, { type: 'client_credentials' }, 'unsupported-client-auth', 'client-secret'],
	] as const)('refuses %o with %o: %s on the %s', (client, grant, code, field) => {
		expect(buildTokenRequest(example, client, grant)).toMatchObject({
			ok: false,
			errors: [{ code, field }],
		});
	});

	test('names the grants the API offers when it does not offer the one asked for', () => {
		expect(
			buildTokenRequest(
				exampleWith({ grants: ['authorization_code', 'refresh_token'] }),
				{ clientId: 'c', clientSecret: 's', method: 'client_secret_post' },
				{ type: 'client_credentials' },
			),
		).toMatchObject({
			ok: false,
			errors: [
				{
					code: 'oauth-not-offered',
					message:
						'The client ID cannot be used for client_credentials: Example API offers authorization_code, refresh_token.',
				},
			],
		});
	});

	test('names the client authentication methods the API accepts', () => {
		expect(
			buildTokenRequest(
				exampleWith({ clientAuthMethods: ['client_secret_basic', 'client_secret_post'] }),
				publicClient,
				{ type: 'device_code', deviceCode: 'DC' },
			),
		).toMatchObject({
			ok: false,
			errors: [
				{
					code: 'unsupported-client-auth',
					message:
						'The client secret cannot be sent by none; Example API accepts client_secret_basic or client_secret_post.',
				},
			],
		});
	});
});

describe('secretMethods', () => {
	test('keeps the methods by which a client sends a secret', () => {
		expect(secretMethods(['none', 'client_secret_post', 'client_secret_basic'])).toEqual([
			'client_secret_post',
			'client_secret_basic',
		]);
	});
});

describe('the other grants at the token endpoint', () => {
	const postClient: OAuthClient = {
		clientId: 'c',
		clientSecret: 's',
		method: 'client_secret_post',
	};
	const fieldsOf = (grant: Parameters<typeof buildTokenRequest>[2]) => {
		const result = buildTokenRequest(example, postClient, grant);
		return result.ok && result.request.body?.kind === 'form'
			? result.request.body.fields.slice(0, -2)
			: result;
	};

	test.each([
		[{ type: 'client_credentials' }, [['grant_type', 'client_credentials']]],
		[{ type: 'client_credentials', scopes: [] }, [['grant_type', 'client_credentials']]],
		[
			{ type: 'client_credentials', scopes: ['read', 'write'] },
			[
				['grant_type', 'client_credentials'],
				['scope', 'read write'],
			],
		],
		[
			{ type: 'refresh_token', refreshToken: 'r', scopes: ['read'], refreshTokenEnvVar: 'RT' },
			[
				['grant_type', 'refresh_token'],
				['refresh_token', { kind: 'secret', value: 'r', envVar: 'RT' }],
				['scope', 'read'],
			],
		],
		[
			{ type: 'device_code', deviceCode: 'd', deviceCodeEnvVar: 'DC' },
			[
				['grant_type', 'urn:ietf:params:oauth:grant-type:device_code'],
				['device_code', { kind: 'secret', value: 'd', envVar: 'DC' }],
			],
		],
		[
			{
				type: 'authorization_code',
				code: 'x',
				redirectUri: 'https://c.example/cb',
				codeVerifier: 'v'.repeat(43),
				codeEnvVar: 'CODE',
				codeVerifierEnvVar: 'VERIFIER',
			},
			[
				['grant_type', 'authorization_code'],
				['code', { kind: 'secret', value: 'x', envVar: 'CODE' }],
				['redirect_uri', 'https://c.example/cb'],
				['code_verifier', { kind: 'secret', value: 'v'.repeat(43), envVar: 'VERIFIER' }],
			],
		],
	] as const)('sends %o as the fields %j', (grant, fields) => {
		expect(fieldsOf(grant)).toEqual(fields);
	});

	test.each([
		[{ type: 'client_credentials', scopes: ['admin'] }, 'unknown-scope'],
		[{ type: 'refresh_token', refreshToken: 'r', scopes: ['read', 'read'] }, 'duplicate-scope'],
	] as const)('warns about the scopes of %o (%s) and still builds it', (grant, code) => {
		expect(buildTokenRequest(example, postClient, grant)).toMatchObject({
			ok: true,
			warnings: [{ code, severity: 'warning' }],
		});
	});

	test.each([
		[{ type: 'refresh_token', refreshToken: '' }, 'empty-value', 'refresh-token'],
		[{ type: 'refresh_token', refreshToken: 'r', scopes: ['a b'] }, 'invalid-scope', 'scope'],
		[{ type: 'client_credentials', scopes: [''] }, 'invalid-scope', 'scope'],
	] as const)('refuses %o with %s in the %s', (grant, code, field) => {
		expect(buildTokenRequest(example, postClient, grant)).toMatchObject({
			ok: false,
			errors: [{ code, field }],
		});
	});

	test('refuses every grant for a profile without OAuth, naming it', () => {
		expect(
			buildTokenRequest(loadProfile('lemlist'), postClient, { type: 'client_credentials' }),
		).toEqual({
			ok: false,
			errors: [
				expect.objectContaining({
					code: 'oauth-not-offered',
					field: 'client-id',
					message: 'The client ID cannot be used: lemlist does not offer OAuth 2.0.',
				}),
			],
			warnings: [],
		});
	});
});
