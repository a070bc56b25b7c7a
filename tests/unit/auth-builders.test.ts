// The request builders' less travelled paths: each Basic rule a profile can name, a password that
// is a plain word, an OAuth access token, an API key with characters beyond ASCII or a query name
// no client sends unchanged, and a header line too long for most servers.
import { describe, expect, test } from 'vitest';
import {
	apiKeyAuthOf,
	buildAccessTokenRequest,
	buildApiKeyRequest,
	buildBasicRequest,
	buildProfileRequest,
	unsafeHeader,
	validateApiKey,
} from '../../src/lib/auth/index.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import { loadProfile } from '../support/profiles.ts';

const leadconduit = loadProfile('leadconduit');
const example = loadProfile('example-api');

/** LeadConduit (Accept header, envVar LEADCONDUIT_API_KEY) with another Basic username rule. */
function basicWith(username: 'empty' | 'ignored' | 'required' | 'key-as-username'): Profile {
	return { ...leadconduit, auth: { scheme: 'basic', username, realm: 'LeadConduit' } };
}

function codes(issues: readonly { code: string; severity: string }[]) {
	return issues.map(({ code, severity }) => [code, severity]);
}

describe('buildProfileRequest with each Basic rule', () => {
	test.each([
		['required', { key: 'pw', username: 'bob' }, 'bob:pw', { userId: 'bob', secret: 'password' }],
		['required', { key: 'pw' }, ':pw', { userId: '', secret: 'password' }],
		['empty', { key: 'K3Y', username: 'bob' }, ':K3Y', { userId: '', secret: 'password' }],
		['ignored', { key: 'K3Y' }, ':K3Y', { userId: '', secret: 'password' }],
		[
			'key-as-username',
			{ key: 'K3Y', username: 'bob' },
			'K3Y:',
			{ userId: 'K3Y', secret: 'userId' },
		],
	] as const)('builds the %s rule from %o as %j', (rule, input, userPass, recipe) => {
		const result = buildProfileRequest(basicWith(rule), input);
		expect(result.ok && result.request.headers.at(-1)).toEqual([
			'Authorization',
			`Basic ${Buffer.from(userPass).toString('base64')}`,
		]);
		const secretPart = { kind: 'secret', value: input.key, envVar: 'LEADCONDUIT_API_KEY' };
		expect(result.ok && result.request.authorization).toEqual({
			kind: 'basic',
			userId: recipe.secret === 'userId' ? secretPart : recipe.userId,
			password: recipe.secret === 'password' ? secretPart : '',
			formEncode: false,
		});
	});
});

describe('buildBasicRequest', () => {
	test.each([
		['bob', 'password', []],
		['', 'password', [['placeholder-not-replaced', 'error']]],
		['bob', '<password>', [['placeholder-not-replaced', 'error']]],
		['bob', '', []],
		['bob', 'cle\u0301', [['decomposed-unicode', 'warning']]],
	])('for %j with the password %j finds %j', (username, password, issues) => {
		const result = buildBasicRequest(leadconduit, { variant: 'user-password', username, password });
		expect(codes(result.ok ? result.warnings : [...result.errors, ...result.warnings])).toEqual(
			issues,
		);
	});

	test('keeps the encoder warnings and adds the shared ones when the key is refused', () => {
		const result = buildBasicRequest(leadconduit, {
			variant: 'any-username',
			username: ' API',
			key: '<key>',
		});
		expect(result.ok).toBe(false);
		expect(!result.ok && codes(result.errors)).toEqual([['placeholder-not-replaced', 'error']]);
		expect(codes(result.warnings)).toEqual([['surrounding-whitespace', 'warning']]);
	});

	test('warns about a header line longer than 8 KB but still builds it', () => {
		const result = buildBasicRequest(leadconduit, {
			variant: 'empty-username',
			key: 'k'.repeat(7000),
		});
		expect(result.ok && codes(result.warnings)).toEqual([['header-too-large', 'warning']]);
	});
});

describe('buildAccessTokenRequest', () => {
	test('sends an OAuth access token as Bearer, read from ACCESS_TOKEN by default', () => {
		expect(buildAccessTokenRequest(example, 'mF_9.B5f-4.1JqM')).toMatchObject({
			ok: true,
			request: {
				headers: [['Authorization', 'Bearer mF_9.B5f-4.1JqM']],
				authorization: {
					kind: 'bearer',
					token: { kind: 'secret', value: 'mF_9.B5f-4.1JqM', envVar: 'ACCESS_TOKEN' },
				},
			},
			warnings: [],
		});
	});

	test('reads the token from the variable it is given and checks no key prefix', () => {
		const result = buildAccessTokenRequest(loadProfile('leadterra'), 'opaque', 'TOKEN');
		expect(result).toMatchObject({
			ok: true,
			request: { authorization: { token: { envVar: 'TOKEN' } } },
			warnings: [],
		});
	});

	test('refuses a token that is not a b64token, keeping its warnings apart', () => {
		expect(buildAccessTokenRequest(example, 'a b')).toMatchObject({
			ok: false,
			errors: [{ code: 'invalid-token-character', position: 1 }],
			warnings: [],
		});
	});
});

describe('API keys', () => {
	test.each([
		['abc~', 'header', []],
		['ab\u0085', 'header', [['control-character', 'error']]],
		['ab\x7f', 'query', [['control-character', 'error']]],
		['ab\u00ff', 'header', [['non-ascii-key', 'error']]],
		['ab\u00ff', 'query', [['non-ascii-key', 'warning']]],
		['ab\ud800', 'query', [['lone-surrogate', 'error']]],
		['ab\u2019', 'query', [['smart-quotes', 'error']]],
		['ab\u00a0', 'query', [['invisible-character', 'error']]],
	] as const)('finds in %j sent in a %s: %j', (key, where, issues) => {
		expect(codes(validateApiKey(key, where))).toEqual(issues);
	});

	test.each([
		[
			'ab\ud83d\ude00',
			'header',
			2,
			2,
			'contains "\ud83d\ude00" (U+1F600), which a header cannot carry the same way in every client.',
		],
		['ab\ue000', 'query', 2, 1, 'contains "\ue000" (U+E000), which API keys do not contain.'],
		['\ud7ff', 'query', 0, 1, 'contains "\ud7ff" (U+D7FF), which API keys do not contain.'],
	] as const)(
		'places and names the character beyond ASCII in %j (%s)',
		(key, where, position, length, detail) => {
			expect(validateApiKey(key, where)).toEqual([
				expect.objectContaining({
					code: 'non-ascii-key',
					position,
					length,
					message: `The API key ${detail}`,
				}),
			]);
		},
	);

	test('knows where a profile takes its key, and that Basic and Bearer profiles take none', () => {
		expect(apiKeyAuthOf(example)).toBeUndefined();
		expect(apiKeyAuthOf(leadconduit)).toBeUndefined();
		const keyed: Profile = { ...example, auth: { scheme: 'apiKey', in: 'query', name: 'k' } };
		expect(apiKeyAuthOf(keyed)).toEqual({ scheme: 'apiKey', in: 'query', name: 'k' });
	});

	test('sends a key in the query with the profile headers and without a key header', () => {
		const result = buildApiKeyRequest(leadconduit, 'K3Y', { in: 'query', name: 'api_key' });
		expect(result.ok && result.request.headers).toEqual([['Accept', 'application/json']]);
		expect(result.ok && result.request.url).toBe('https://app.leadconduit.com/flows?api_key=K3Y');
	});

	test('sends the key in X-API-Key for a profile that names no place', () => {
		const result = buildApiKeyRequest(leadconduit, 'K3Y');
		expect(result.ok && result.request.headers).toEqual([
			['Accept', 'application/json'],
			['X-API-Key', 'K3Y'],
		]);
	});

	test.each([['api key'], ['a&b'], ['']])('refuses the query name %j', (name) => {
		expect(buildApiKeyRequest(example, 'K3Y', { in: 'query', name })).toMatchObject({
			ok: false,
			errors: [
				{
					code: 'invalid-token-character',
					field: 'header',
					message: `The header value name "${name}" is not letters, digits and -._~ only.`,
				},
			],
		});
	});

	test('accepts every unreserved character in a query name (RFC 3986 §2.3)', () => {
		expect(buildApiKeyRequest(example, 'K3Y', { in: 'query', name: 'aZ0._~-' }).ok).toBe(true);
	});
});

describe('unsafeHeader edges', () => {
	test.each([
		[[['X', 'a\u00ffb']], undefined],
		[[['X', 'a\u0100b']], ['control-character', 1]],
		[[['X', 'ab\x08']], ['control-character', 2]],
		[[['X', 'a\x0bb']], ['control-character', 1]],
		[[['X', '\tab']], ['control-character', 0]],
		[[['X', 'ab\t']], ['control-character', 2]],
		[[['X', 'a\rb']], ['carriage-return', 1]],
		[
			[
				['X', 'ok'],
				['Y', ' v'],
			],
			['control-character', 0],
		],
		[[["A!#$%&'*+.^_`|~9-z", 'v']], undefined],
		[[['X:', 'v']], ['invalid-token-character', 0]],
		[[['', 'v']], ['invalid-token-character', 0]],
	] as const)('finds in %j: %j', (headers, found) => {
		const issue = unsafeHeader(headers);
		expect(issue && [issue.code, issue.position]).toEqual(found);
		if (issue) expect(issue).toMatchObject({ severity: 'error', field: 'header' });
	});

	test('names the header whose value cannot travel', () => {
		expect(unsafeHeader([['X-Key', 'a\nb']])?.message).toBe(
			'The header value of X-Key contains a character that cannot travel in a header.',
		);
		expect(unsafeHeader([['Bad Name', 'v']])?.message).toBe(
			'The header value name "Bad Name" is not a valid header name.',
		);
	});
});
