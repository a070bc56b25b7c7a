// Which field each issue names (a view highlights that input), the defaults the OAuth requests
// fall back on, and the character classes and edges the first mutation runs showed untested:
// invisible code points, a public prefix a key lacks, base64url payloads, tabs and edge spaces.
import { describe, expect, test } from 'vitest';
import {
	buildAccessTokenRequest,
	buildApiKeyRequest,
	buildAuthorizationUrl,
	buildBasicRequest,
	buildDeviceAuthorizationRequest,
	buildTokenRequest,
	clientIssues,
	isInvisible,
	maskSecret,
	parseAuthorization,
	scanValue,
	validateClientId,
	validateRedirectUri,
} from '../../src/lib/auth/index.ts';
import { jwtExpiry } from '../../src/lib/auth/jwt-expiry.ts';
import { loadProfile } from '../support/profiles.ts';

const example = loadProfile('example-api');
const lemlist = loadProfile('lemlist');
const fields = (issues: readonly { code: string; field: string }[]) =>
	issues.map(({ code, field }) => [code, field]);

describe('the field of each issue', () => {
	test.each([
		['', [['empty-value', 'redirect-uri']]],
		[' https://c.example/cb', [['surrounding-whitespace', 'redirect-uri']]],
		['c.example/cb', [['redirect-uri-relative', 'redirect-uri']]],
		[
			'http://c.example/cb#x',
			[
				['redirect-uri-fragment', 'redirect-uri'],
				['redirect-uri-insecure', 'redirect-uri'],
			],
		],
	])('redirect URI %j: %j', (uri, issues) => {
		expect(fields(validateRedirectUri(uri))).toEqual(issues);
	});

	test.each([
		['', [['empty-value', 'client-id']]],
		['id\n', [['trailing-newline', 'client-id']]],
	])('client id %j: %j', (clientId, issues) => {
		expect(fields(validateClientId(clientId))).toEqual(issues);
	});

	test('client secret and authorization code', () => {
		expect(
			fields(clientIssues({ clientId: 'c', clientSecret: '', method: 'client_secret_post' })),
		).toEqual([['empty-value', 'client-secret']]);
		const result = buildTokenRequest(
			example,
			{ clientId: 'c', clientSecret: 's', method: 'client_secret_post' },
			{
				type: 'authorization_code',
				code: '',
				redirectUri: 'https://c.example/cb',
				codeVerifier: 'v'.repeat(43),
			},
		);
		expect(!result.ok && fields(result.errors)).toEqual([['empty-value', 'code']]);
	});

	test('the header value, for quotes and invisibles the scan finds in it', () => {
		const parsed = parseAuthorization('"Basic abc"');
		expect(!parsed.ok && fields(parsed.errors)).toEqual([['quoted-value', 'header']]);
	});

	test('the password, the token and the PKCE verifier', async () => {
		const basic = buildBasicRequest(lemlist, {
			variant: 'user-password',
			username: 'u',
			password: 'cle\u0301',
		});
		expect(fields(basic.warnings)).toEqual([['decomposed-unicode', 'password']]);
		const bearer = buildAccessTokenRequest(example, 'a b');
		expect(!bearer.ok && fields(bearer.errors)).toEqual([['invalid-token-character', 'token']]);
		const plain = await buildAuthorizationUrl(example, {
			clientId: 'c',
			redirectUri: 'https://c.example/cb',
			scopes: [],
			random: (n) => new Uint8Array(n),
			now: () => 0,
			pkce: { method: 'plain', legacyPlain: true },
		});
		expect(fields(plain.warnings)).toEqual([['pkce-plain', 'code-verifier']]);
	});

	test.each([
		[
			'the authorization URL',
			() =>
				buildAuthorizationUrl(lemlist, {
					clientId: 'c',
					redirectUri: 'https://c.example/cb',
					scopes: [],
					random: (n) => new Uint8Array(n),
					now: () => 0,
				}),
		],
		[
			'the device authorization request',
			() =>
				Promise.resolve(
					buildDeviceAuthorizationRequest(
						lemlist,
						{ clientId: 'c', clientSecret: '', method: 'none' },
						[],
					),
				),
		],
	])('%s names the API without OAuth on the client id', async (_name, build) => {
		expect(await build()).toEqual({
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

describe('defaults and edges', () => {
	test('reads the code and verifier from AUTHORIZATION_CODE and CODE_VERIFIER by default', () => {
		const result = buildTokenRequest(
			example,
			{ clientId: 'c', clientSecret: '', method: 'none' },
			{
				type: 'authorization_code',
				code: 'x',
				redirectUri: 'https://c.example/cb',
				codeVerifier: 'v'.repeat(43),
			},
		);
		expect(result.ok && result.request.body).toMatchObject({
			fields: [
				['grant_type', 'authorization_code'],
				['code', { envVar: 'AUTHORIZATION_CODE' }],
				['redirect_uri', 'https://c.example/cb'],
				['code_verifier', { envVar: 'CODE_VERIFIER' }],
				['client_id', 'c'],
			],
		});
	});

	test('takes any header token as the name of a key header, which only a query restricts', () => {
		expect(buildApiKeyRequest(example, 'k', { in: 'header', name: 'X!Key' }).ok).toBe(true);
	});

	test.each([
		[0x34f, true],
		[0x61c, true],
		[0x1680, true],
		[0x180e, true],
		[0x1fff, false],
		[0x2000, true],
		[0x200f, true],
		[0x2010, false],
		[0x2027, false],
		[0x2028, true],
		[0x202f, true],
		[0x2030, false],
		[0x205e, false],
		[0x205f, true],
		[0x206f, true],
		[0x2070, false],
		[0x3000, true],
		[0x3001, false],
	])('counts U+%s as invisible: %s', (code, invisible) => {
		expect(isInvisible(code)).toBe(invisible);
	});

	test('shows the start of a key that lacks the public prefix it was given', () => {
		expect(maskSecret('pk_live_abcdefghijkl', 'sk_live_')).toBe('pk_l…ijkl');
	});

	test.each([
		['eyJleHAiOjUsIm4iOiI_Pz8ifQ', 5],
		[Buffer.from('{"exp":123}').toString('base64url'), 123],
	])('reads the base64url payload %j of a JWT', (payload, exp) => {
		expect(jwtExpiry(`eyJhbGciOiJIUzI1NiJ9.${payload}.sig`)).toBe(exp);
	});

	test.each([
		['\uffff\x01', true, [['control-character', 1, 1]]],
		['a\t\tb', true, [['control-character', 1, 1]]],
		[
			'abc \n',
			true,
			[
				['trailing-newline', 4, 1],
				['surrounding-whitespace', 3, 1],
			],
		],
		['abc  ', true, [['surrounding-whitespace', 3, 2]]],
		[
			'"abc"  ',
			false,
			[
				['surrounding-whitespace', 5, 2],
				['quoted-value', 0, 1],
			],
		],
	])('scans %j (strict: %s): %j', (value, strict, issues) => {
		expect(
			scanValue(value, 'key', { strict }).map(({ code, position, length }) => [
				code,
				position,
				length,
			]),
		).toEqual(issues);
	});

	test('counts only the tabs inside a strict value', () => {
		expect(scanValue('a\tb\t\t', 'key', { strict: true })[0]?.message).toBe(
			'The API key contains the control character U+0009.',
		);
	});
});
