// The edges of Basic (RFC 7617): spans and wording of decoding errors in a header value, which
// charset decoded bytes are read in, and the key warnings of each variant.
import { describe, expect, test } from 'vitest';
import {
	decodeBasicHeader,
	decodeCredentialBytes,
	validateBasic,
} from '../../src/lib/auth/index.ts';

const base64 = (bytes: string | readonly number[]) =>
	Buffer.from(typeof bytes === 'string' ? bytes : Uint8Array.from(bytes)).toString('base64');

describe('decodeBasicHeader errors', () => {
	test.each([
		[
			'Basic OktFWQ',
			'missing-padding',
			12,
			0,
			'is not valid Base64: The "=" padding is missing: add ==.',
		],
		[
			'Basic OktF-Q==',
			'base64url-alphabet',
			10,
			1,
			'is not valid Base64: "-" belongs to the base64url alphabet; standard Base64 uses "+".',
		],
		[
			'Basic Zg=a',
			'misplaced-padding',
			8,
			1,
			'is not valid Base64: "=" padding may only appear at the end, but more data follows it.',
		],
		[' Bearer abc', 'wrong-scheme', 1, 6, 'uses the scheme "Bearer", not Basic.'],
		[
			'Basic S0VZ',
			'missing-colon',
			6,
			4,
			'decodes to text without a colon, so it has no user-id:password split.',
		],
		[
			'Basic  Og==',
			'empty-credentials',
			7,
			4,
			'decodes to ":" alone: both username and password are empty.',
		],
	])('refuses %j with %s at %i spanning %i: %j', (header, code, position, length, detail) => {
		expect(decodeBasicHeader(header)).toEqual({
			ok: false,
			errors: [
				expect.objectContaining({
					code,
					severity: 'error',
					field: 'header',
					position,
					length,
					message: `The header value ${detail}`,
				}),
			],
		});
	});
});

describe('decodeBasicHeader results', () => {
	test('returns the bytes, where the Base64 starts and the issues inside each half', () => {
		expect(decodeBasicHeader(`Basic  ${base64(' u:p ')}`)).toEqual({
			ok: true,
			warnings: [],
			scheme: 'Basic',
			userId: ' u',
			password: 'p ',
			bytes: new Uint8Array([0x20, 0x75, 0x3a, 0x70, 0x20]),
			encoding: 'ascii',
			credentialsStart: 7,
			contentIssues: [
				expect.objectContaining({
					code: 'surrounding-whitespace',
					field: 'username',
					severity: 'warning',
					position: 0,
				}),
				expect.objectContaining({
					code: 'surrounding-whitespace',
					field: 'password',
					severity: 'warning',
					position: 1,
				}),
			],
		});
	});

	test('keeps a byte order mark, so the doctor can point at it', () => {
		expect(decodeBasicHeader(`Basic ${base64([0xef, 0xbb, 0xbf, 0x3a, 0x41])}`)).toMatchObject({
			ok: true,
			userId: '\ufeff',
			encoding: 'utf-8',
			contentIssues: [{ code: 'invisible-character', field: 'username', position: 0 }],
		});
	});
});

describe('decodeCredentialBytes', () => {
	test.each([
		[[], '', 'ascii'],
		[[0x61, 0x7f], 'a\x7f', 'ascii'],
		[[0xc3, 0xa9], '\u00e9', 'utf-8'],
		[[0xef, 0xbb, 0xbf, 0x61], '\ufeffa', 'utf-8'],
		[[0x80], '\x80', 'latin-1'],
		[[0x61, 0xe9], 'a\u00e9', 'latin-1'],
	])('reads the bytes %j as %j (%s)', (bytes, text, encoding) => {
		expect(decodeCredentialBytes(Uint8Array.from(bytes))).toEqual({ text, encoding });
	});
});

describe('validateBasic key warnings', () => {
	test.each([
		[{ variant: 'empty-username', key: 'cl\u00e9' }, [['non-ascii-key', 'warning', 'key', 2, 1]]],
		[
			{ variant: 'empty-username', key: 'cl\u00e9\n' },
			[['trailing-newline', 'error', 'key', 3, 1]],
		],
		[{ variant: 'empty-username', key: 'abc~' }, []],
		[
			{ variant: 'any-username', username: 'a:b', key: 'k\u{1f600}' },
			[
				['colon-in-username', 'error', 'username', 1, 1],
				['non-ascii-key', 'warning', 'key', 1, 2],
			],
		],
		[{ variant: 'key-as-username', key: 'a:b' }, [['colon-in-username', 'error', 'key', 1, 1]]],
		[{ variant: 'user-password', username: '', password: 'p' }, []],
		[{ variant: 'user-password', username: 'u', password: '' }, []],
		[
			{ variant: 'user-password', username: '', password: '' },
			[['empty-credentials', 'error', 'password', 0, 0]],
		],
	] as const)('finds in %o: %j', (credentials, issues) => {
		expect(
			validateBasic(credentials).map(({ code, severity, field, position, length }) => [
				code,
				severity,
				field,
				position,
				length,
			]),
		).toEqual(issues);
	});

	test('names the character beyond ASCII in a key', () => {
		expect(validateBasic({ variant: 'empty-username', key: 'cl\u00e9' })[0]?.message).toBe(
			'The API key contains "\u00e9" (U+00E9), which is not ASCII.',
		);
	});
});
