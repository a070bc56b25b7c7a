// The value checks the builders and the header doctor share (credential-checks.ts, placeholder.ts,
// jwt-expiry.ts): which texts are placeholders and why, a JWT's exp claim, live keys, NFD text and
// header lines over 8 KB.
import { describe, expect, test } from 'vitest';
import {
	credentialIssues,
	headerLineBytes,
	headerSizeIssues,
	headerSizeLimit,
	isDecomposed,
} from '../../src/lib/auth/credential-checks.ts';
import { isExpiredJwt, jwtExpiry } from '../../src/lib/auth/jwt-expiry.ts';
import { placeholderReason } from '../../src/lib/auth/placeholder.ts';

const unset = 'what a program prints for a value that was never set';
const brackets = 'a placeholder in brackets copied from documentation';
const shell = 'a shell command substitution, sent as text instead of its output';

describe('placeholderReason', () => {
	test.each([
		['undefined', `the word "undefined", ${unset}`],
		['NULL', `the word "NULL", ${unset}`],
		['[object Object]', `the word "[object Object]", ${unset}`],
		[' nil\n', `the word "nil", ${unset}`],
		['$API_KEY', 'the variable reference $API_KEY, sent as text instead of its value'],
		['${API_KEY}', 'the variable reference ${API_KEY}, sent as text instead of its value'],
		['$(cat key)', shell],
		['`cat\nkey`', shell],
		['%API_KEY%', 'the Windows variable reference %API_KEY%, sent as text'],
		['{{api\nkey}}', 'the template variable {{api\nkey}}, which the tool did not fill in'],
		['<your-key>', brackets],
		['{key}', brackets],
		['[KEY]', brackets],
		['YOUR_API_KEY', 'a "your key here" placeholder copied from documentation'],
		['paste-your-key-here', 'a "your key here" placeholder copied from documentation'],
		['insert_key', 'a "put your key here" placeholder copied from documentation'],
		['api_key', 'the name "api_key" instead of the value it stands for'],
		['  token  ', 'the name "token" instead of the value it stands for'],
		['sk_live_xxxx', 'a masked or example key (x, *, …) copied from documentation'],
		['****', 'a masked or example key (x, *, …) copied from documentation'],
		['sk_test_…', 'a masked or example key (x, *, …) copied from documentation'],
		['abc…', 'a key cut short with an ellipsis, as documentation shows it'],
		['abcdefghijkl...', 'a key cut short with an ellipsis, as documentation shows it'],
	])('calls %j a placeholder: %j', (value, reason) => {
		expect(placeholderReason(value)).toBe(reason);
	});

	test.each([
		[''],
		['   '],
		['sk_live_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6'],
		['abcdefghijklm...'],
		['ab.cd...'],
		['x$API'],
		['nonexistent'],
		['$1abc'],
		['{a}{b}'],
		['undefined1'],
		['xxx'],
	])('takes %j for a real value', (value) => {
		expect(placeholderReason(value)).toBeUndefined();
	});

	test.each([['password'], ['token'], ['mykey']])(
		'takes the plain word %j for a real value inside a filled user:password pair',
		(word) => {
			expect(placeholderReason(word, { pair: true })).toBeUndefined();
			expect(placeholderReason(word, { pair: false })).toBe(
				`the name "${word}" instead of the value it stands for`,
			);
		},
	);

	test('still refuses other placeholders inside a pair', () => {
		expect(placeholderReason('<password>', { pair: true })).toBe(brackets);
	});
});

/** A JWT with this payload (header {"alg":"HS256"}, signature not checked). */
function jwt(payload: unknown, signature = 'sig'): string {
	return `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
}

describe('jwtExpiry', () => {
	test.each([
		[jwt({ exp: 1_700_000_000 }), 1_700_000_000],
		[jwt({ exp: 1.5, sub: 'é' }), 1.5],
		[jwt({ exp: 5 }, ''), 5],
		[jwt({ exp: '1' }), undefined],
		[jwt({ exp: null }), undefined],
		[jwt({}), undefined],
		[jwt([1]), undefined],
		[jwt(null), undefined],
		[jwt(5), undefined],
		['eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.sig=', undefined],
		[`x.${jwt({ exp: 5 }).split('.')[1]}.sig`, undefined],
		['eyJhbGciOiJIUzI1NiJ9.e.sig', undefined],
		['eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjV9x.sig', undefined],
		['eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjV9Cg.sig', 5],
		['eyJhbGciOiJIUzI1NiJ9./w.sig', undefined],
		['eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.sig.extra', undefined],
		[`${jwt({ exp: 5 })}\n`, undefined],
		['eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjFlNDAwfQ.sig', undefined],
		['eyJhbGciOiJIUzI1NiJ9.gA.sig', undefined],
		['eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjV9-_.sig', undefined],
	])('reads the exp of %j as %j', (token, exp) => {
		expect(jwtExpiry(token)).toBe(exp);
	});

	test('reads base64url payloads that use - and _', () => {
		// This payload's base64url holds "-" or "_", where standard Base64 has "+" or "/".
		const payload = Buffer.from('{"exp":5,"n":"\u00ff\u00fe>?"}').toString('base64url');
		expect(payload).toMatch(/[-_]/);
		expect(jwtExpiry(`eyJhbGciOiJIUzI1NiJ9.${payload}.sig`)).toBe(5);
	});

	test('refuses a payload that is not UTF-8 (RFC 7519 §7.2)', () => {
		const bytes = Buffer.concat([
			Buffer.from('{"exp":5,"n":"'),
			Buffer.from([0x80]),
			Buffer.from('"}'),
		]);
		expect(jwtExpiry(`eyJhbGciOiJIUzI1NiJ9.${bytes.toString('base64url')}.sig`)).toBeUndefined();
	});

	test.each([
		[10_000, true],
		[10_001, true],
		[9_999, false],
	])('at %i ms a JWT with exp 10 s has expired: %s', (now, expired) => {
		expect(isExpiredJwt(jwt({ exp: 10 }), now)).toBe(expired);
	});

	test('never calls a token without an exp expired', () => {
		expect(isExpiredJwt(jwt({ sub: 'x' }), Number.MAX_SAFE_INTEGER)).toBe(false);
		expect(isExpiredJwt('not-a-jwt', Number.MAX_SAFE_INTEGER)).toBe(false);
	});
});

describe('credentialIssues', () => {
	const prefixes = [
		{ prefix: 'sk_live_', environment: 'live' },
		{ prefix: 'sk_test_', environment: 'test' },
	] as const;

	function found(...args: Parameters<typeof credentialIssues>) {
		return credentialIssues(...args).map(({ code, severity, field, position, length }) => [
			code,
			severity,
			field,
			position,
			length,
		]);
	}

	test.each([
		['sk_live_abc', { prefixes }, [['live-key', 'warning', 'key', 0, 8]]],
		['sk_live_abc', { prefixes: [prefixes[0]] }, []],
		['sk_test_abc', { prefixes }, []],
		['sk_live_abc', {}, []],
		['<key>', {}, [['placeholder-not-replaced', 'error', 'key', 0, 5]]],
		['password', { pair: true }, []],
		['password', {}, [['placeholder-not-replaced', 'error', 'key', 0, 8]]],
		['cle\u0301', {}, [['decomposed-unicode', 'warning', 'key', 0, 0]]],
		['cl\u00e9', {}, []],
		[` ${jwt({ exp: 10 })} `, { now: 10_000 }, [['expired-jwt', 'warning', 'key', 0, 0]]],
		[jwt({ exp: 10 }), { now: 9_999 }, []],
		[jwt({ exp: 10 }), {}, []],
	] as const)('finds in %j with %o: %j', (value, options, issues) => {
		expect(found(value, 'key', options)).toEqual(issues);
	});

	test('says which live prefix it saw', () => {
		expect(credentialIssues('sk_live_abc', 'token', { prefixes })[0]?.message).toBe(
			'The token starts with sk_live_, a live key: requests act on real data. This API has test keys for trying things out.',
		);
	});
});

describe('header size', () => {
	test('counts the header line in UTF-8 bytes, name, colon and space included', () => {
		expect(headerLineBytes('X', 'é')).toBe(5);
		expect(headerSizeLimit).toBe(8192);
	});

	test.each([
		[8192, []],
		[8193, ['header-too-large']],
	])('flags a header line of %i bytes with %j', (bytes, codes) => {
		const value = 'a'.repeat(bytes - 'Authorization: '.length);
		expect(headerSizeIssues('Authorization', value).map((issue) => issue.code)).toEqual(codes);
	});

	test('names the header and its size', () => {
		expect(headerSizeIssues('X-Key', 'a'.repeat(9000))).toEqual([
			expect.objectContaining({
				severity: 'warning',
				field: 'header',
				message:
					'The header value (X-Key) is 9,007 bytes long, more than the 8 KB most servers accept: they answer 431.',
			}),
		]);
	});
});

describe('isDecomposed', () => {
	test.each([
		['cle\u0301', true],
		['cl\u00e9', false],
		['abc', false],
	])('finds decomposed characters in %j: %s', (text, decomposed) => {
		expect(isDecomposed(text)).toBe(decomposed);
	});
});
