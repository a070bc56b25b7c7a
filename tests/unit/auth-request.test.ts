import { describe, expect, test } from 'vitest';
import {
	buildBasicRequest,
	buildBearerRequest,
	buildProfileRequest,
	unsafeHeader,
} from '../../src/lib/auth/index.ts';
import { loadProfile } from '../support/profiles.ts';

const lemlist = loadProfile('lemlist');
const leadconduit = loadProfile('leadconduit');
const leadterra = loadProfile('leadterra');
const example = loadProfile('example-api');

describe('buildProfileRequest', () => {
	test('builds lemlist as Basic :KEY with the key marked secret', () => {
		const result = buildProfileRequest(lemlist, { key: 'K3Y' });
		expect(result).toMatchObject({ ok: true, warnings: [] });
		expect(result.ok && result.request).toEqual({
			method: 'GET',
			url: 'https://api.lemlist.com/api/team',
			headers: [['Authorization', 'Basic OkszWQ==']],
			authorization: {
				kind: 'basic',
				userId: '',
				password: { kind: 'secret', value: 'K3Y', envVar: 'LEMLIST_API_KEY' },
				formEncode: false,
			},
		});
	});

	test('builds LeadConduit with its example username, the profile headers first and Authorization last', () => {
		const result = buildProfileRequest(leadconduit, { key: '1234567890' });
		expect(result.ok && result.request.headers).toEqual([
			['Accept', 'application/json'],
			['Authorization', 'Basic QVBJOjEyMzQ1Njc4OTA='],
		]);
		expect(result.ok && result.request.url).toBe('https://app.leadconduit.com/flows');
	});

	test('uses the username a person typed for LeadConduit', () => {
		const result = buildProfileRequest(leadconduit, { key: '1234567890', username: 'X' });
		expect(result.ok && result.request.headers.at(-1)).toEqual([
			'Authorization',
			'Basic WDoxMjM0NTY3ODkw',
		]);
	});

	test('builds Leadterra as Bearer with the key marked secret', () => {
		const result = buildProfileRequest(leadterra, { key: 'sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6' });
		expect(result.ok && result.request).toEqual({
			method: 'GET',
			url: 'https://app.leadterra.co/v1/sender-pools',
			headers: [['Authorization', 'Bearer sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6']],
			authorization: {
				kind: 'bearer',
				token: {
					kind: 'secret',
					value: 'sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6',
					envVar: 'LEADTERRA_API_KEY',
				},
			},
		});
	});

	test('warns about a Leadterra key without a known prefix but still builds it', () => {
		const result = buildProfileRequest(leadterra, { key: 'abc123' });
		expect(result).toMatchObject({ ok: true, warnings: [{ code: 'unknown-key-prefix' }] });
	});

	test.each([
		['lemlist', 'KEY\n', 'trailing-newline'],
		['leadconduit', 'KEY\r\nX-Injected: 1', 'carriage-return'],
		['leadterra', 'sk_live_abc\n', 'trailing-newline'],
		['example-api', 'ex_live_é', 'non-ascii-token'],
		['example-api', '', 'empty-key'],
	])('refuses to build a %s request for key %j and reports %s instead', (id, key, code) => {
		const result = buildProfileRequest(loadProfile(id), { key });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors.map((error) => error.code)).toContain(code);
	});
});

describe('buildBasicRequest and buildBearerRequest', () => {
	test('builds the KEY: form with the key as the secret user-id', () => {
		const result = buildBasicRequest(lemlist, { variant: 'key-as-username', key: 'K3Y' });
		expect(result.ok && result.request.authorization).toEqual({
			kind: 'basic',
			userId: { kind: 'secret', value: 'K3Y', envVar: 'LEMLIST_API_KEY' },
			password: '',
			formEncode: false,
		});
		expect(result.ok && result.steps.headerValue).toBe('Basic SzNZOg==');
	});

	test('puts the NFC-normalised key in the recipe, so a snippet rebuilds the same header', () => {
		const result = buildBasicRequest(lemlist, { variant: 'empty-username', key: 'cle\u0301' });
		expect(result.ok && result.request.authorization).toEqual({
			kind: 'basic',
			userId: '',
			password: { kind: 'secret', value: 'cl\u00e9', envVar: 'LEMLIST_API_KEY' },
			formEncode: false,
		});
		expect(result.ok && result.steps.headerValue).toBe(
			`Basic ${Buffer.from(':cl\u00e9', 'utf8').toString('base64')}`,
		);
	});

	test('returns the RFC 6750 §2.1 example header for any profile', () => {
		const result = buildBearerRequest(example, 'mF_9.B5f-4.1JqM');
		expect(result.ok && result.request.headers).toEqual([
			['Authorization', 'Bearer mF_9.B5f-4.1JqM'],
		]);
		expect(result.ok && result.request.body).toBeUndefined();
	});
});

describe('unsafeHeader', () => {
	test.each([
		[[['X', 'a\r\nb']], 'carriage-return'],
		[[['X', 'a\nb']], 'carriage-return'],
		[[['X', 'a\0b']], 'control-character'],
		[[['X', 'a ']], 'control-character'],
		[[['X', 'é€']], 'control-character'],
		[[['Bad Name', 'a']], 'invalid-token-character'],
	] as const)('finds %j unsafe (%s)', (headers, code) => {
		expect(unsafeHeader(headers)).toMatchObject({ code });
	});

	test('accepts a tab inside a value (RFC 9110 §5.5)', () => {
		expect(unsafeHeader([['X', 'a\tb']])).toBeUndefined();
	});
});
