import { describe, expect, test } from 'vitest';
import {
	isB64token,
	keyEnvironment,
	parseBearerHeader,
	recognizeKeyPrefix,
	validateBearerToken,
} from '../../src/lib/auth/index.ts';
import { loadProfile } from '../support/profiles.ts';

const leadterra = loadProfile('leadterra');
const prefixes = [
	{ prefix: 'sk_live_', environment: 'live' },
	{ prefix: 'sk_test_', environment: 'test' },
] as const;

describe('validateBearerToken', () => {
	test.each([
		['mF_9.B5f-4.1JqM'], // RFC 6750 §2.1 example
		['abc='],
		['abc=='],
		['A-Z.a_z~0+9/'],
		['sk_live_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6'],
	])('accepts the b64token %j (RFC 6750 §2.1)', (token) => {
		expect(validateBearerToken(token)).toEqual([]);
		expect(isB64token(token)).toBe(true);
	});

	test.each([
		['', 'empty-key', 0],
		['abc\n', 'trailing-newline', 3],
		['ab\r\ncd', 'carriage-return', 2],
		['ab\0cd', 'control-character', 2],
		['ab\tcd', 'control-character', 2],
		[' abc', 'surrounding-whitespace', 0],
		['abc\t', 'surrounding-whitespace', 3],
		['"abc"', 'quoted-value', 0],
		["'abc'", 'quoted-value', 0],
		['ab\u201ccd', 'smart-quotes', 2],
		['ab\u00a0cd', 'invisible-character', 2],
		['\ufeffabc', 'invisible-character', 0],
		['ab\u00adcd', 'invisible-character', 2],
		['abcé', 'non-ascii-token', 3],
		['ab😀', 'non-ascii-token', 2],
		['ab cd', 'invalid-token-character', 2],
		['ab,cd', 'invalid-token-character', 2],
		['ab=cd', 'misplaced-token-padding', 2],
		['=abc', 'misplaced-token-padding', 0],
		['Bearer abc', 'scheme-in-value', 0],
		['Authorization: Bearer abc', 'scheme-in-value', 0],
		['token abc', 'scheme-in-value', 0],
	] as const)('refuses %j with %s at position %i', (token, code, position) => {
		expect(validateBearerToken(token)).toContainEqual(
			expect.objectContaining({ code, position, severity: 'error' }),
		);
		expect(isB64token(token)).toBe(false);
	});

	test('warns when a key starts with none of the profile prefixes', () => {
		expect(validateBearerToken('pk_live_abcdef123456', 'token', prefixes)).toEqual([
			expect.objectContaining({ code: 'unknown-key-prefix', severity: 'warning' }),
		]);
	});

	test('never quotes a token whole in a message', () => {
		const token = 'zz_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6';
		for (const issue of validateBearerToken(token, 'token', prefixes))
			expect(issue.message).not.toContain(token);
	});
});

describe('key prefixes', () => {
	test.each([
		['sk_live_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6', 'live'],
		['sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6', 'test'],
		['pk_live_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6', undefined],
		['sk_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6', undefined],
	] as const)('puts %j in the %s environment of Leadterra', (key, environment) => {
		expect(keyEnvironment(key, leadterra)).toBe(environment);
	});

	test('prefers the longest matching prefix', () => {
		const nested = [
			{ prefix: 'sk_', environment: 'live' },
			{ prefix: 'sk_test_', environment: 'test' },
		] as const;
		expect(recognizeKeyPrefix('sk_test_abc', nested)?.environment).toBe('test');
	});

	test('knows no environment for a profile without prefixes', () => {
		expect(keyEnvironment('sk_live_abc', loadProfile('example-api'))).toBeUndefined();
	});
});

describe('parseBearerHeader', () => {
	test.each([
		['Bearer mF_9.B5f-4.1JqM', 'mF_9.B5f-4.1JqM'],
		['bearer mF_9.B5f-4.1JqM', 'mF_9.B5f-4.1JqM'],
		['Bearer  abc=', 'abc='],
	])('reads the token from %j', (header, token) => {
		expect(parseBearerHeader(header)).toMatchObject({ ok: true, token });
	});

	test.each([
		['Basic abc', 'wrong-scheme', 0],
		['Bearer', 'missing-credentials', 6],
		['Bearer abc def', 'invalid-token-character', 10],
		['Bearer abc\n', 'trailing-newline', 10],
		['Bearer "abc"', 'quoted-value', 7],
		['Bearer abcé', 'non-ascii-token', 10],
		['Bearer abc\u200b', 'invisible-character', 10],
		['\u201cBearer abc\u201d', 'quoted-value', 0],
	] as const)('refuses %j with %s at position %i of the header value', (header, code, position) => {
		const parsed = parseBearerHeader(header);
		expect(!parsed.ok && parsed.errors[0]).toMatchObject({ code, position });
	});
});
