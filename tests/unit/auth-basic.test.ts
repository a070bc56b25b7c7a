import { describe, expect, test } from 'vitest';
import {
	basicVariantFor,
	decodeBasicHeader,
	encodeBasic,
	validateBasic,
	type BasicCredentials,
} from '../../src/lib/auth/index.ts';

function headerOf(credentials: BasicCredentials): string {
	const result = encodeBasic(credentials);
	if (!result.ok) throw new Error(result.errors.map((error) => error.code).join());
	return result.steps.headerValue;
}

describe('encodeBasic', () => {
	test('encodes the RFC 7617 §2 example Aladdin:open sesame', () => {
		expect(
			headerOf({ variant: 'user-password', username: 'Aladdin', password: 'open sesame' }),
		).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
	});

	test('encodes the RFC 7617 §2.1 example test:123£ as UTF-8', () => {
		const result = encodeBasic({ variant: 'user-password', username: 'test', password: '123£' });
		expect(result.ok && result.steps).toEqual({
			userId: 'test',
			password: '123£',
			userPass: 'test:123£',
			utf8Bytes: new Uint8Array([0x74, 0x65, 0x73, 0x74, 0x3a, 0x31, 0x32, 0x33, 0xc2, 0xa3]),
			base64: 'dGVzdDoxMjPCow==',
			headerValue: 'Basic dGVzdDoxMjPCow==',
		});
	});

	test.each([
		[{ variant: 'empty-username', key: 'KEY' }, ':KEY', 'Basic OktFWQ=='],
		[{ variant: 'key-as-username', key: 'KEY' }, 'KEY:', 'Basic S0VZOg=='],
		[
			{ variant: 'any-username', username: 'X', key: '1234567890' },
			'X:1234567890',
			'Basic WDoxMjM0NTY3ODkw',
		],
		[
			{ variant: 'any-username', username: 'API', key: '1234567890' },
			'API:1234567890',
			'Basic QVBJOjEyMzQ1Njc4OTA=',
		],
		[
			{ variant: 'empty-username', key: '0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e' },
			':0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e',
			'Basic OjBmN2MyYjllNGQxYThmM2I2YzVlOWEyZDdiNGYxYzhl',
		],
	] as const)('builds the %o form as %j', (credentials, userPass, header) => {
		const result = encodeBasic(credentials);
		expect(result.ok && result.steps.userPass).toBe(userPass);
		expect(result.ok && result.steps.headerValue).toBe(header);
		expect(Buffer.from(header.slice(6), 'base64').toString('utf8')).toBe(userPass);
	});

	test('normalises to NFC before encoding (RFC 7617 §2.1)', () => {
		const decomposed = 'e\u0301';
		const result = encodeBasic({
			variant: 'user-password',
			username: decomposed,
			password: decomposed,
		});
		expect(result.ok && result.steps.userPass).toBe('\u00e9:\u00e9');
		expect(result.ok && result.steps.base64).toBe(
			Buffer.from('\u00e9:\u00e9', 'utf8').toString('base64'),
		);
	});

	test('keeps a colon in the password, where RFC 7617 allows it', () => {
		expect(headerOf({ variant: 'user-password', username: 'u', password: 'a:b' })).toBe(
			`Basic ${Buffer.from('u:a:b').toString('base64')}`,
		);
	});

	test('encodes a password with only a warning for a paste accident', () => {
		const result = encodeBasic({ variant: 'user-password', username: 'u', password: 'secret ' });
		expect(result.ok).toBe(true);
		expect(result.ok && result.warnings.map((issue) => issue.code)).toEqual([
			'surrounding-whitespace',
		]);
	});
});

describe('validateBasic', () => {
	test.each([
		[
			{ variant: 'user-password', username: 'ad:min', password: 'pw' },
			'colon-in-username',
			'username',
			2,
		],
		[{ variant: 'any-username', username: 'a:b', key: 'k' }, 'colon-in-username', 'username', 1],
		[{ variant: 'key-as-username', key: 'abc:def' }, 'colon-in-username', 'key', 3],
		[{ variant: 'user-password', username: '', password: '' }, 'empty-credentials', 'password', 0],
		[{ variant: 'empty-username', key: '' }, 'empty-key', 'key', 0],
		[{ variant: 'key-as-username', key: '' }, 'empty-key', 'key', 0],
		[{ variant: 'empty-username', key: 'abc\n' }, 'trailing-newline', 'key', 3],
		[{ variant: 'empty-username', key: 'abc\r\n' }, 'trailing-newline', 'key', 3],
		[{ variant: 'empty-username', key: 'ab\rc' }, 'carriage-return', 'key', 2],
		[{ variant: 'empty-username', key: 'ab\0c' }, 'control-character', 'key', 2],
		[{ variant: 'empty-username', key: 'ab\x7fc' }, 'control-character', 'key', 2],
		[{ variant: 'empty-username', key: ' abc' }, 'surrounding-whitespace', 'key', 0],
		[{ variant: 'empty-username', key: '"abc"' }, 'quoted-value', 'key', 0],
		[{ variant: 'empty-username', key: 'ab\u2019c' }, 'smart-quotes', 'key', 2],
		[{ variant: 'empty-username', key: 'abc\u200b' }, 'invisible-character', 'key', 3],
		[{ variant: 'empty-username', key: 'Basic abc' }, 'scheme-in-value', 'key', 0],
		[
			{ variant: 'user-password', username: 'u', password: 'p\tw' },
			'control-character',
			'password',
			1,
		],
		[
			{ variant: 'user-password', username: 'u\u0000', password: 'pw' },
			'control-character',
			'username',
			1,
		],
		[
			{ variant: 'user-password', username: 'u', password: 'p\ud800' },
			'lone-surrogate',
			'password',
			1,
		],
	] as const)(
		'refuses %o with %s in the %s at position %i',
		(credentials, code, field, position) => {
			const issues = validateBasic(credentials);
			expect(issues).toContainEqual(
				expect.objectContaining({ code, field, position, severity: 'error' }),
			);
			expect(encodeBasic(credentials).ok).toBe(false);
		},
	);

	test.each([
		['required', 'user-password'],
		['empty', 'empty-username'],
		['ignored', 'any-username'],
		['key-as-username', 'key-as-username'],
	] as const)('maps the profile rule %s to the %s variant', (rule, variant) => {
		expect(basicVariantFor(rule)).toBe(variant);
	});
});

describe('decodeBasicHeader', () => {
	test.each([
		['Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'Aladdin', 'open sesame', 'ascii'],
		['Basic dGVzdDoxMjPCow==', 'test', '123£', 'utf-8'],
		['basic dGVzdDoxMjPCow==', 'test', '123£', 'utf-8'],
		['Basic OktFWQ==', '', 'KEY', 'ascii'],
		['Basic S0VZOg==', 'KEY', '', 'ascii'],
		['Basic dTphOmI=', 'u', 'a:b', 'ascii'],
		// btoa('test:123£'): Latin-1 bytes, the form RFC 7617 replaced.
		['Basic dGVzdDoxMjOj', 'test', '123£', 'latin-1'],
	] as const)(
		'decodes %j into user-id %j and password %j (%s)',
		(header, userId, password, encoding) => {
			expect(decodeBasicHeader(header)).toMatchObject({ ok: true, userId, password, encoding });
		},
	);

	test.each([
		['Basic Og==', 'empty-credentials', 6],
		['Basic', 'missing-credentials', 5],
		['Basic ', 'missing-credentials', 5],
		['Bearer abc', 'wrong-scheme', 0],
		['Basic OktFWQ', 'missing-padding', 12],
		['Basic OktF-Q==', 'base64url-alphabet', 10],
		['Basic OktF WQ==', 'invalid-base64-character', 10],
		['Basic S0VZ', 'missing-colon', 6],
		['Basic OktFWQ==\r\n', 'trailing-newline', 14],
		['Basic Ok\ntFWQ==', 'control-character', 8],
		['Basic\tOktFWQ==', 'control-character', 5],
		['Basic OktFWQ==\u00a0', 'invisible-character', 14],
		['Basic \u2018OktFWQ==\u2019', 'smart-quotes', 6],
	] as const)('refuses %j with %s at position %i', (header, code, position) => {
		const decoded = decodeBasicHeader(header);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.errors[0]).toMatchObject({ code, position });
	});

	test('reports a trailing newline encoded inside the credentials (echo without -n)', () => {
		const decoded = decodeBasicHeader(`Basic ${Buffer.from(':KEY\n').toString('base64')}`);
		expect(decoded.ok && decoded.contentIssues).toEqual([
			expect.objectContaining({ code: 'trailing-newline', field: 'password', position: 3 }),
		]);
	});

	test('accepts spaces around the value with a warning, as HTTP strips them', () => {
		expect(decodeBasicHeader('  Basic OktFWQ== ')).toMatchObject({
			ok: true,
			password: 'KEY',
			warnings: [{ code: 'surrounding-whitespace' }],
		});
	});
});
