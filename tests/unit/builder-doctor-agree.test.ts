/**
 * The builders and the header doctor run the same value checks (src/lib/auth/credential-checks.ts):
 * what the doctor flags in a pasted header, the builder flags where the value is typed, with the
 * same code.
 */
import { describe, expect, test } from 'vitest';
import { buildBasicRequest, buildBearerRequest } from '../../src/lib/auth/index.ts';
import { encodeBase64, utf8Bytes } from '../../src/lib/auth/base64.ts';
import { diagnose } from '../../src/lib/diagnose/index.ts';
import { loadProfile } from '../support/profiles.ts';

const leadterra = loadProfile('leadterra');
const lemlist = loadProfile('lemlist');
const now = Date.UTC(2026, 0, 1);

const base64url = (text: string) =>
	encodeBase64(utf8Bytes(text)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (exp: number) =>
	`${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url(JSON.stringify({ sub: 'u1', exp }))}.c2lnbmF0dXJl`;

const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code);
// The header value alone: as a whole line, `{{…}}` would be read as a Postman variable, rightly.
const doctorCodes = (value: string) => codes(diagnose(value, { profile: leadterra, now }).findings);

describe('the Bearer builder refuses what the doctor calls a placeholder', () => {
	test.each(['undefined', 'null', 'YOUR_API_KEY', '<token>', '{{api_key}}', '[object Object]'])(
		'refuses %s with placeholder-not-replaced, as the doctor reports it',
		(value) => {
			const built = buildBearerRequest(leadterra, value, { now });
			expect(built.ok).toBe(false);
			expect(!built.ok && codes(built.errors)).toContain('placeholder-not-replaced');
			expect(doctorCodes(`Bearer ${value}`)).toContain('placeholder-not-replaced');
		},
	);

	test('accepts "password" as the password of a filled user:password pair, as the doctor does', () => {
		const built = buildBasicRequest(lemlist, {
			variant: 'user-password',
			username: 'ada',
			password: 'password',
		});
		expect(built.ok).toBe(true);
		const header = `Basic ${encodeBase64(utf8Bytes('ada:password'))}`;
		expect(doctorCodes(header)).not.toContain('placeholder-not-replaced');
	});
});

describe('the builder warns where the doctor warns, with the same code', () => {
	test.each([
		['a live key where the API has test keys', 'sk_live_7Hq2Lm9Rt4Vw8Zb3', 'live-key'],
		['an expired JWT', jwt(now / 1000 - 3600), 'expired-jwt'],
		['a Bearer header over 8 KB', `sk_test_${'a'.repeat(8200)}`, 'header-too-large'],
	])('warns on %s', (_name, token, code) => {
		const built = buildBearerRequest(leadterra, token, { now });
		expect(built.ok).toBe(true);
		expect(codes(built.warnings)).toContain(code);
		expect(doctorCodes(`Bearer ${token}`)).toContain(code);
	});

	test.each([
		['a test key', 'sk_test_7Hq2Lm9Rt4Vw8Zb3'],
		['a JWT that has not expired', jwt(now / 1000 + 3600)],
	])('stays quiet on %s', (_name, token) => {
		const built = buildBearerRequest(leadterra, token, { now });
		expect(built.ok).toBe(true);
		for (const code of ['live-key', 'expired-jwt', 'header-too-large', 'decomposed-unicode'])
			expect(built.ok && codes(built.warnings)).not.toContain(code);
	});

	test('notes a decomposed (NFD) key and builds the header from its NFC form, as the doctor does', () => {
		const nfd = 'cle\u0301-secre\u0300te';
		const built = buildBasicRequest(lemlist, { variant: 'empty-username', key: nfd });
		expect(built.ok).toBe(true);
		expect(codes(built.warnings)).toContain('decomposed-unicode');
		const nfc = nfd.normalize('NFC');
		expect(built.ok && built.steps.headerValue).toBe(`Basic ${encodeBase64(utf8Bytes(`:${nfc}`))}`);
		expect(doctorCodes(`Basic ${encodeBase64(utf8Bytes(`:${nfd}`))}`)).toContain(
			'decomposed-unicode',
		);
	});
});
