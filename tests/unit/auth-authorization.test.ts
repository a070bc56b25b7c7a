// Splitting an Authorization value into scheme and credentials (RFC 9110 §11.4), the authorization
// request as a request model with its PKCE program (RFC 7636 §4.1), and the random-source guards.
import { describe, expect, test } from 'vitest';
import {
	authorizationApiRequest,
	buildAuthorizationUrl,
	codeChallengeS256,
	createState,
	encodeBase64Url,
	isScheme,
	parseAuthorization,
	randomBytes,
	validateClientId,
	validateCodeVerifier,
	visibleChar,
} from '../../src/lib/auth/index.ts';
import { loadProfile } from '../support/profiles.ts';

describe('parseAuthorization', () => {
	test.each([
		['Basic abc', 'Basic', 'abc', 6],
		['  Basic   abc', 'Basic', 'abc', 10],
		['bearer a b', 'bearer', 'a b', 7],
		["X!#$%&'*+.^_`|~9 c", "X!#$%&'*+.^_`|~9", 'c', 17],
	])(
		'splits %j into the scheme %j and the credentials %j at %i',
		(value, scheme, credentials, start) => {
			expect(parseAuthorization(value)).toMatchObject({
				ok: true,
				scheme,
				credentials,
				credentialsStart: start,
			});
		},
	);

	test.each([
		[
			'',
			'wrong-scheme',
			0,
			0,
			'The header value does not start with a scheme word such as Basic or Bearer.',
		],
		[
			' Ba(sic abc',
			'wrong-scheme',
			1,
			6,
			'The header value does not start with a scheme word such as Basic or Bearer.',
		],
		[
			'Bas/ic x',
			'wrong-scheme',
			0,
			6,
			'The header value does not start with a scheme word such as Basic or Bearer.',
		],
		[
			'Basic',
			'missing-credentials',
			5,
			0,
			'The header value has the scheme "Basic" but nothing after it.',
		],
		[
			' Bearer  ',
			'missing-credentials',
			7,
			0,
			'The header value has the scheme "Bearer" but nothing after it.',
		],
	])('refuses %j with %s at %i spanning %i: %j', (value, code, position, length, message) => {
		expect(parseAuthorization(value)).toEqual({
			ok: false,
			errors: [
				expect.objectContaining({
					code,
					severity: 'error',
					field: 'header',
					position,
					length,
					message,
				}),
			],
		});
	});

	test.each([
		['"Basic abc"', 'quoted-value'],
		['Basic a\u2019bc', 'smart-quotes'],
		['Basic a\u200bbc', 'invisible-character'],
	])('makes %j an error, since no credential holds a %s', (value, code) => {
		expect(parseAuthorization(value)).toEqual({
			ok: false,
			errors: [expect.objectContaining({ code, severity: 'error' })],
		});
	});

	test('only warns about spaces around the value, which HTTP strips in transit', () => {
		expect(parseAuthorization('Basic abc ')).toEqual({
			ok: true,
			warnings: [expect.objectContaining({ code: 'surrounding-whitespace', severity: 'warning' })],
			scheme: 'Basic',
			credentials: 'abc',
			credentialsStart: 6,
		});
	});

	test.each([
		['Basic', 'basic', true],
		['BEARER', 'Bearer', true],
		['Basic', 'Bearer', false],
	])('compares the scheme %j with %j ignoring case: %s', (scheme, expected, same) => {
		expect(isScheme(scheme, expected)).toBe(same);
	});
});

describe('authorizationApiRequest', () => {
	test('is a GET of the URL whose snippet makes its own verifier and state', () => {
		expect(authorizationApiRequest({ url: 'https://a.example/authorize?x=1' })).toEqual({
			method: 'GET',
			url: 'https://a.example/authorize?x=1',
			headers: [],
			program: {
				kind: 'authorization-url',
				codeVerifierEnvVar: 'CODE_VERIFIER',
				stateEnvVar: 'STATE',
			},
		});
	});

	test('names the variables it is given', () => {
		expect(
			authorizationApiRequest({ url: 'https://a.example/' }, { codeVerifier: 'V', state: 'S' })
				.program,
		).toEqual({ kind: 'authorization-url', codeVerifierEnvVar: 'V', stateEnvVar: 'S' });
	});
});

describe('PKCE and state', () => {
	test.each([
		[[0xfb, 0xff], '-_8'],
		[[0xff, 0xff, 0xff], '____'],
		[[0xf8], '-A'],
		[[], ''],
	])('writes the bytes %j as base64url without padding: %j', (bytes, text) => {
		expect(encodeBase64Url(new Uint8Array(bytes))).toBe(text);
	});

	test('makes a state of 32 random bytes', () => {
		expect(createState((n) => new Uint8Array(n).fill(0xff))).toBe('_'.repeat(42) + '8');
	});

	test.each([
		[() => new Uint8Array(31), 'random source returned 31 bytes, expected 32'],
		[() => new Uint8Array(33), 'random source returned 33 bytes, expected 32'],
		[
			() => Array.from({ length: 32 }, () => 1) as unknown as Uint8Array,
			'random source returned 32 bytes, expected 32',
		],
	])(
		'refuses a random source that does not return exactly 32 bytes in a Uint8Array (%#)',
		(random, message) => {
			expect(() => randomBytes(random, 32)).toThrow(new RangeError(message));
		},
	);

	test.each([
		['a'.repeat(43), []],
		['a'.repeat(128), []],
		['-._~'.repeat(11), []],
		[
			'a'.repeat(42),
			[
				[
					'invalid-code-verifier',
					42,
					0,
					'The code verifier is 42 characters long; it must be 43 to 128.',
				],
			],
		],
		[
			'a'.repeat(200),
			[
				[
					'invalid-code-verifier',
					128,
					0,
					'The code verifier is 200 characters long; it must be 43 to 128.',
				],
			],
		],
		[
			'',
			[
				[
					'invalid-code-verifier',
					0,
					0,
					'The code verifier is 0 characters long; it must be 43 to 128.',
				],
			],
		],
		[
			'ab+',
			[
				[
					'invalid-code-verifier',
					2,
					1,
					'The code verifier contains a character outside A-Z a-z 0-9 - . _ ~.',
				],
			],
		],
	])('checks the verifier %j: %j', (verifier, issues) => {
		expect(
			validateCodeVerifier(verifier).map(({ code, position, length, message }) => [
				code,
				position,
				length,
				message,
			]),
		).toEqual(issues);
	});

	test.each([
		['', [['empty-value', 'error', 0, 0]]],
		['s6BhdRkqt3', []],
		['s6Bhd\u00a0Rkqt3', [['invisible-character', 'error', 5, 1]]],
		[' s6BhdRkqt3', [['surrounding-whitespace', 'error', 0, 1]]],
	])('checks the client id %j: %j', (clientId, issues) => {
		expect(
			validateClientId(clientId).map(({ code, severity, position, length }) => [
				code,
				severity,
				position,
				length,
			]),
		).toEqual(issues);
	});
});

describe('visibleChar', () => {
	test.each([
		['\0', '\u2400'],
		['\x1f', '\u241f'],
		[' ', ' '],
		['\x7f', '\u2421'],
		['\u200b', '\u2423'],
		['\ud800', '\ufffd'],
		['\udfff', '\ufffd'],
		['\ue000', '\ue000'],
		['\ud7ff', '\ud7ff'],
		['\u{1f600}', '\u{1f600}'],
	])('shows %j as %j', (char, shown) => {
		expect(visibleChar(char)).toBe(shown);
	});
});

describe('buildAuthorizationUrl', () => {
	const input = {
		clientId: 's6BhdRkqt3',
		redirectUri: 'https://client.example.com/cb',
		scopes: [],
		random: (n: number) => new Uint8Array(n).fill(1),
		now: () => 42,
	};

	test('keeps the endpoint query, sends no empty scope, and reuses a verifier it is given', async () => {
		const example = loadProfile('example-api');
		const profile = {
			...example,
			oauth: { ...example.oauth!, authorizationEndpoint: 'https://a.example/authorize?tenant=t1' },
		};
		const verifier = 'v'.repeat(43);
		const result = await buildAuthorizationUrl(profile, { ...input, codeVerifier: verifier });
		expect(result.ok && [...new URL(result.url).searchParams.keys()]).toEqual([
			'tenant',
			'response_type',
			'client_id',
			'redirect_uri',
			'state',
			'code_challenge',
			'code_challenge_method',
		]);
		expect(result).toMatchObject({
			ok: true,
			codeVerifier: verifier,
			codeChallenge: await codeChallengeS256(verifier),
			createdAt: 42,
		});
	});

	test('refuses a verifier it is given that RFC 7636 §4.1 does not allow', async () => {
		expect(
			await buildAuthorizationUrl(loadProfile('example-api'), { ...input, codeVerifier: 'short' }),
		).toMatchObject({ ok: false, errors: [{ code: 'invalid-code-verifier' }], warnings: [] });
	});

	test('keeps the warnings beside the errors', async () => {
		expect(
			await buildAuthorizationUrl(loadProfile('example-api'), {
				...input,
				clientId: '',
				scopes: ['admin'],
			}),
		).toMatchObject({
			ok: false,
			errors: [{ code: 'empty-value' }],
			warnings: [{ code: 'unknown-scope' }],
		});
	});
});
