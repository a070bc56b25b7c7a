// The edges of the Bearer checks (RFC 6750 §2.1): which character gets which refusal, each
// reported once, the key-prefix warning, and positions in a whole header value.
import { describe, expect, test } from 'vitest';
import {
	keyPrefixesOf,
	parseBearerHeader,
	recognizeKeyPrefix,
	validateBearerToken,
} from '../../src/lib/auth/index.ts';
import { loadProfile } from '../support/profiles.ts';

const prefixes = [
	{ prefix: 'sk_live_', environment: 'live' },
	{ prefix: 'sk_test_', environment: 'test' },
] as const;

function found(token: string) {
	return validateBearerToken(token, 'token', prefixes).map(
		({ code, severity, position, length }) => [code, severity, position, length],
	);
}

describe('validateBearerToken', () => {
	test.each([
		['sk_live_abc', []],
		['sk_test_abc==', []],
		['ab\x7f', [['control-character', 'error', 2, 1]]],
		[
			'ab\x85',
			[
				['control-character', 'error', 2, 1],
				['non-ascii-token', 'error', 2, 1],
			],
		],
		['ab\u{1f600}', [['non-ascii-token', 'error', 2, 2]]],
		['ab\ud800', [['lone-surrogate', 'error', 2, 1]]],
		['ab\ue000', [['non-ascii-token', 'error', 2, 1]]],
		['ab\u2019', [['smart-quotes', 'error', 2, 1]]],
		['ab\u00a0', [['invisible-character', 'error', 2, 1]]],
		['sk_live_a b,c', [['invalid-token-character', 'error', 9, 1]]],
		['sk_live_a"b', [['invalid-token-character', 'error', 9, 1]]],
		['sk_live_a\x1fb', [['control-character', 'error', 9, 1]]],
		['sk_live_ab cd\n', [['trailing-newline', 'error', 13, 1]]],
		['sk_live_\u00e9 c', [['non-ascii-token', 'error', 8, 1]]],
		['sk_live_ab=c=', [['misplaced-token-padding', 'error', 10, 1]]],
		[
			'sk_live_a,b=c',
			[
				['invalid-token-character', 'error', 9, 1],
				['misplaced-token-padding', 'error', 11, 1],
			],
		],
		['=', [['invalid-token-character', 'error', 0, 1]]],
		['==', [['invalid-token-character', 'error', 0, 2]]],
		['pk_abc', [['unknown-key-prefix', 'warning', 0, 0]]],
		['pk_a b', [['invalid-token-character', 'error', 4, 1]]],
		[' sk_live_abc', [['surrounding-whitespace', 'error', 0, 1]]],
	])('finds in %j: %j', (token, issues) => {
		expect(found(token)).toEqual(issues);
	});

	test('warns about an unknown prefix only when the API has prefixes', () => {
		expect(validateBearerToken('pk_abc', 'token', [])).toEqual([]);
		expect(validateBearerToken('pk_abc')).toEqual([]);
	});

	test.each([
		['a b,c;d', 'The token contains " " (U+0020), which a Bearer token cannot hold (and 2 more).'],
		['a"b', 'The token contains """ (U+0022), which a Bearer token cannot hold.'],
		[
			'ab\u{1f600}',
			'The token contains "\u{1f600}" (U+1F600), which is not ASCII; a Bearer token cannot carry it.',
		],
		['=', 'The token is not a valid Bearer token.'],
	])('describes %j as %j', (token, message) => {
		expect(validateBearerToken(token)[0]?.message).toBe(message);
	});

	test('names the prefixes it expected and masks the token', () => {
		expect(validateBearerToken('pk_9Wd3Kp7Xq2Lm5', 'token', prefixes)[0]?.message).toBe(
			'The token (pk_9…2Lm5) starts with none of sk_live_, sk_test_.',
		);
	});

	test('reports issues in the field it is told', () => {
		expect(validateBearerToken('', 'key')).toEqual([
			expect.objectContaining({ code: 'empty-key', field: 'key', position: 0, length: 0 }),
		]);
		expect(validateBearerToken('a b', 'key')[0]?.field).toBe('key');
	});
});

describe('key prefixes', () => {
	test.each([
		[
			[
				{ prefix: 'sk_', environment: 'live' },
				{ prefix: 'sk_test_', environment: 'test' },
			],
		],
		[
			[
				{ prefix: 'sk_test_', environment: 'test' },
				{ prefix: 'sk_', environment: 'live' },
			],
		],
	] as const)('prefers the longest prefix in any order (%j)', (list) => {
		expect(recognizeKeyPrefix('sk_test_abc', list)?.prefix).toBe('sk_test_');
		expect(recognizeKeyPrefix('  sk_test_abc', list)?.prefix).toBe('sk_test_');
		expect(recognizeKeyPrefix('sk_live_abc', list)?.prefix).toBe('sk_');
		expect(recognizeKeyPrefix('pk_abc', list)).toBeUndefined();
	});

	test('finds no prefixes in a profile that is not Bearer', () => {
		expect(keyPrefixesOf(loadProfile('lemlist'))).toEqual([]);
		expect(keyPrefixesOf(loadProfile('leadterra')).length).toBeGreaterThan(0);
	});
});

describe('parseBearerHeader', () => {
	test.each([
		['  Basic abc', 2, 5, 'The header value uses the scheme "Basic", not Bearer.'],
		['Token x', 0, 5, 'The header value uses the scheme "Token", not Bearer.'],
	])('names the wrong scheme in %j at %i spanning %i', (value, position, length, message) => {
		expect(parseBearerHeader(value)).toEqual({
			ok: false,
			errors: [
				expect.objectContaining({
					code: 'wrong-scheme',
					field: 'header',
					position,
					length,
					message,
				}),
			],
		});
	});

	test('keeps the warnings about spaces around the value', () => {
		expect(parseBearerHeader('Bearer abc ')).toEqual({
			ok: true,
			scheme: 'Bearer',
			token: 'abc',
			credentialsStart: 7,
			warnings: [expect.objectContaining({ code: 'surrounding-whitespace', position: 10 })],
		});
	});

	test('places an error in the token at its position in the header value', () => {
		expect(parseBearerHeader('Bearer  ab=c')).toEqual({
			ok: false,
			errors: [
				expect.objectContaining({ code: 'misplaced-token-padding', field: 'header', position: 10 }),
			],
		});
	});

	test('refuses a header that does not parse before looking at the scheme', () => {
		expect(parseBearerHeader('Bearer')).toMatchObject({
			ok: false,
			errors: [{ code: 'missing-credentials' }],
		});
	});
});
