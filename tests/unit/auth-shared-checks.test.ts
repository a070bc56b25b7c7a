// Each builder runs the checks it shares with the header doctor (placeholders, live keys, expired
// JWTs, NFD) with its own clock and prefixes, on the right field, and keeps every warning when
// it refuses; and the boundaries of the character ranges the key and token checks leave to the scan.
import { describe, expect, test } from 'vitest';
import {
	buildApiKeyRequest,
	buildBasicRequest,
	buildBearerRequest,
	buildProfileRequest,
	validateApiKey,
	validateBearerToken,
} from '../../src/lib/auth/index.ts';
import { loadProfile } from '../support/profiles.ts';

const leadterra = loadProfile('leadterra');
const lemlist = loadProfile('lemlist');
const example = loadProfile('example-api');
/** A JWT whose exp claim is 10 s after the epoch. */
const expiredJwt = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from('{"exp":10}').toString('base64url')}.sig`;
const later = { now: 10_000 };

function found(issues: readonly { code: string; severity: string; field: string }[]) {
	return issues.map(({ code, severity, field }) => [code, severity, field]);
}

describe('the shared checks in each builder', () => {
	test.each([
		[
			'Basic',
			() => buildBasicRequest(lemlist, { variant: 'empty-username', key: expiredJwt }, later),
			'key',
		],
		['Bearer', () => buildBearerRequest(example, expiredJwt, later), 'token'],
		['API key', () => buildApiKeyRequest(example, expiredJwt, undefined, later), 'key'],
		[
			'a profile',
			() => buildProfileRequest(loadProfile('figma'), { key: expiredJwt }, later),
			'key',
		],
	])('%s: warns about an expired JWT on the clock it is given', (_name, build, field) => {
		const result = build();
		expect(result.ok && found(result.warnings)).toEqual([['expired-jwt', 'warning', field]]);
	});

	test.each([
		['Bearer', () => buildBearerRequest(leadterra, 'sk_live_9Wd3Kp7Xq2Lm5'), 'token'],
		[
			'API key',
			() => buildApiKeyRequest(leadterra, 'sk_live_9Wd3Kp7Xq2Lm5', { in: 'header', name: 'X-Key' }),
			'key',
		],
	])('%s: warns about a live key where the API has test keys', (_name, build, field) => {
		const result = build();
		expect(result.ok && found(result.warnings)).toEqual([['live-key', 'warning', field]]);
	});

	test('keeps the shared warnings when the encoder refuses the key', () => {
		const result = buildBasicRequest(lemlist, { variant: 'empty-username', key: 'cle\u0301\n' });
		expect(result.ok).toBe(false);
		expect(!result.ok && found(result.errors)).toEqual([['trailing-newline', 'error', 'key']]);
		expect(found(result.warnings)).toEqual([['decomposed-unicode', 'warning', 'key']]);
	});

	test('refuses a key header whose name cannot be sent, keeping the warnings', () => {
		expect(
			buildApiKeyRequest(leadterra, 'sk_live_9Wd3Kp7Xq2Lm5', { in: 'header', name: 'Bad Name' }),
		).toEqual({
			ok: false,
			errors: [expect.objectContaining({ code: 'invalid-token-character', field: 'header' })],
			warnings: [expect.objectContaining({ code: 'live-key' })],
		});
	});
});

describe('character ranges the key and token checks leave to the scan', () => {
	test.each([
		['ab\x80', [['control-character', 'error', 'key']]],
		['ab\x9f', [['control-character', 'error', 'key']]],
		['ab\xa1', [['non-ascii-key', 'error', 'key']]],
		['ab\udfff', [['lone-surrogate', 'error', 'key']]],
		['', [['empty-key', 'error', 'key']]],
		[' ab', [['surrounding-whitespace', 'error', 'key']]],
	])('API key %j in a header: %j', (key, issues) => {
		expect(found(validateApiKey(key, 'header'))).toEqual(issues);
	});

	test.each([
		['ab\udfff', [['lone-surrogate', 'error', 'token']]],
		['ab\ud800x', [['lone-surrogate', 'error', 'token']]],
		['a b', [['invalid-token-character', 'error', 'token']]],
	])('Bearer token %j, in the token field by default: %j', (token, issues) => {
		expect(found(validateBearerToken(token))).toEqual(issues);
	});
});
