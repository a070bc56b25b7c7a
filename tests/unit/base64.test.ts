import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeBase64, encodeBase64, utf8Bytes } from '../../src/lib/auth/base64.ts';

// RFC 4648 §10 test vectors.
const rfc4648 = [
	['', ''],
	['f', 'Zg=='],
	['fo', 'Zm8='],
	['foo', 'Zm9v'],
	['foob', 'Zm9vYg=='],
	['fooba', 'Zm9vYmE='],
	['foobar', 'Zm9vYmFy'],
] as const;

describe('encodeBase64', () => {
	test.each(rfc4648)('encodes %j as %j (RFC 4648 §10)', (text, encoded) => {
		expect(encodeBase64(utf8Bytes(text))).toBe(encoded);
	});

	test('encodes UTF-8 bytes, not Latin-1 code units (RFC 7617 §2.1 example test:123£)', () => {
		expect(encodeBase64(utf8Bytes('test:123£'))).toBe('dGVzdDoxMjPCow==');
	});

	test('agrees with Node for any bytes', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 64 }),
				(bytes) => encodeBase64(bytes) === Buffer.from(bytes).toString('base64'),
			),
		);
	});
});

describe('decodeBase64', () => {
	test.each(rfc4648)('decodes the RFC 4648 vector for %j', (text, encoded) => {
		const decoded = decodeBase64(encoded);
		expect(decoded.ok && new TextDecoder().decode(decoded.bytes)).toBe(text);
	});

	test.each([
		['Zm9-', 'base64url-alphabet', 3],
		['Zm9_', 'base64url-alphabet', 3],
		['Zm 9v', 'invalid-base64-character', 2],
		['Zg', 'missing-padding', 2],
		['Zg=', 'invalid-length', 3],
		['Z===', 'misplaced-padding', 1],
		['Zg==Zg==', 'misplaced-padding', 2],
		['Zh==', 'non-canonical-base64', 1],
		['Zm9vY', 'invalid-length', 5],
	] as const)('refuses %j with %s at position %i', (text, code, position) => {
		expect(decodeBase64(text)).toMatchObject({ ok: false, code, position });
	});

	test('round-trips any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				const decoded = decodeBase64(encodeBase64(bytes));
				return decoded.ok && Buffer.from(decoded.bytes).equals(Buffer.from(bytes));
			}),
		);
	});

	test('never throws and accepts only what it can re-encode identically', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 24 }), (text) => {
				const decoded = decodeBase64(text);
				return !decoded.ok || encodeBase64(decoded.bytes) === text;
			}),
		);
	});
});
