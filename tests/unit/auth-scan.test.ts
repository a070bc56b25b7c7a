// The edges of the character scan (validate.ts): where a tab counts as a control character, the
// boundaries of each character class, the wording of counts and sides, and a pasted scheme word.
import { describe, expect, test } from 'vitest';
import {
	errorsOf,
	findChars,
	isSmartQuote,
	quoteField,
	scanSchemePrefix,
	scanValue,
	shiftIssues,
	warningsOf,
} from '../../src/lib/auth/index.ts';

function found(value: string, strict: boolean) {
	return scanValue(value, 'username', { strict }).map(({ code, severity, position, length }) => [
		code,
		severity,
		position,
		length,
	]);
}

describe('scanValue', () => {
	test.each([
		// A tab is a CTL (RFC 7617 §2); at either end of a strict field it is a paste accident instead.
		['\tabc\t', true, [['surrounding-whitespace', 'error', 0, 1]]],
		[
			'\tabc\t',
			false,
			[
				['control-character', 'error', 0, 1],
				['surrounding-whitespace', 'warning', 0, 1],
			],
		],
		['a\tb', true, [['control-character', 'error', 1, 1]]],
		[
			' \ta\tb \t',
			true,
			[
				['control-character', 'error', 3, 1],
				['surrounding-whitespace', 'error', 0, 2],
			],
		],
		['a\x1fb', true, [['control-character', 'error', 1, 1]]],
		['a\x20b\x7e', true, []],
		['a\x9fb', true, [['control-character', 'error', 1, 1]]],
		['a\x80b', false, [['control-character', 'error', 1, 1]]],
		['a\xa1b', true, []],
		[
			'a\r\nb',
			true,
			[
				['carriage-return', 'error', 1, 1],
				['control-character', 'error', 2, 1],
			],
		],
		['ab\r\n', false, [['trailing-newline', 'error', 2, 2]]],
		['\ud800', true, [['lone-surrogate', 'error', 0, 1]]],
		['a\udfffb', false, [['lone-surrogate', 'error', 1, 1]]],
		['a\ud7ffb\ue000', true, []],
		['\ud83d\ude00\u200b', true, [['invisible-character', 'error', 2, 1]]],
		['\ud83d\ude00\ud83d', true, [['lone-surrogate', 'error', 2, 1]]],
		['abc ', false, [['surrounding-whitespace', 'warning', 3, 1]]],
		[
			' abc\n',
			true,
			[
				['trailing-newline', 'error', 4, 1],
				['surrounding-whitespace', 'error', 0, 1],
			],
		],
		[
			'  "abc" ',
			false,
			[
				['surrounding-whitespace', 'warning', 0, 2],
				['quoted-value', 'warning', 2, 1],
			],
		],
		['""', true, [['quoted-value', 'error', 0, 1]]],
		['"', true, []],
		['"abc\'', true, []],
		["'abc'", false, [['quoted-value', 'warning', 0, 1]]],
		[
			'\u201eabc\u201c',
			true,
			[
				['quoted-value', 'error', 0, 1],
				['smart-quotes', 'error', 0, 1],
			],
		],
		['a\u2019b', false, [['smart-quotes', 'warning', 1, 1]]],
		['a\u2028b', true, [['invisible-character', 'error', 1, 1]]],
	])('finds in %j (strict: %s): %j', (value, strict, issues) => {
		expect(found(value, strict)).toEqual(issues);
	});

	test.each([
		['\tabc\t', 'The username starts and ends with a space or tab.'],
		[' abc', 'The username starts with a space or tab.'],
		['abc\t', 'The username ends with a space or tab.'],
		['a\r\rb', 'The username contains a carriage return (and 1 more).'],
		['a\x01b', 'The username contains the control character U+0001.'],
		['a\x01b\x02\x03', 'The username contains the control character U+0001 (and 2 more).'],
		['\ud800x\udc00', 'The username contains half of a character (and 1 more).'],
		['\u201eabc\u201c', 'The username is wrapped in quotes (\u201e…\u201c).'],
		['a\u2019b', 'The username contains the typographic quote "\u2019" (U+2019).'],
		['a\u00a0b', 'The username contains the invisible character "\u00a0" (U+00A0).'],
		['abc\n', 'The username ends with a line break.'],
	])('describes %j as %j', (value, message) => {
		expect(scanValue(value, 'username', { strict: true })).toContainEqual(
			expect.objectContaining({ message }),
		);
	});
});

describe('findChars', () => {
	test('reports the first match, its index in UTF-16 units, and how many match', () => {
		expect(findChars('\ud83d\ude00a\ud83d\ude00b', (char) => char === '\ud83d\ude00')).toEqual({
			position: 0,
			char: '\ud83d\ude00',
			count: 2,
		});
		expect(findChars('x\ud83d\ude00ab', (_char, _code, index) => index === 3)).toEqual({
			position: 3,
			char: 'a',
			count: 1,
		});
		expect(findChars('abc', () => false)).toBeUndefined();
	});
});

describe('isSmartQuote', () => {
	test.each([
		['\u2018', true],
		['\u201f', true],
		['\u00ab', true],
		['\uff02', true],
		['"', false],
		["'", false],
		['\u2020', false],
	])('counts %j as a typographic quote: %s', (char, smart) => {
		expect(isSmartQuote(char)).toBe(smart);
	});
});

describe('scanSchemePrefix', () => {
	test.each([
		['Bearer abc', 7, 'Bearer'],
		['bearer\tabc', 7, 'bearer'],
		['basic  x', 7, 'basic'],
		['token abc', 6, 'token'],
		['Authorization: Basic abc', 21, 'Authorization: Basic'],
		['authorization:abc', 14, 'authorization:'],
		['  Authorization :\tBearer x', 25, 'Authorization :\tBearer'],
	])('finds in %j a pasted prefix of %i characters, %j', (value, length, pasted) => {
		expect(scanSchemePrefix(value, 'token')).toEqual([
			expect.objectContaining({
				code: 'scheme-in-value',
				severity: 'error',
				field: 'token',
				position: 0,
				length,
				message: `The token starts with "${pasted}".`,
			}),
		]);
	});

	test.each([['Bearer'], ['Bearer '], ['  abc'], ['bearerabc'], ['abc Bearer x'], ['']])(
		'finds nothing to strip in %j',
		(value) => {
			expect(scanSchemePrefix(value, 'token')).toEqual([]);
		},
	);
});

describe('issue helpers', () => {
	test.each([
		['scope', 'read write', '', '"read write"'],
		['username', 'bob', '', '"bob"'],
		['key', 'sk_live_9Wd3Kp7Xq2Lm5Rt8', 'sk_live_', 'sk_live_…5Rt8'],
		['password', '0f7c2b9e4d1a8f3b', '', '0f7c…8f3b'],
		['client-secret', 'abc', '', '… (3 characters)'],
	] as const)('quotes the %s %j (public prefix %j) as %j', (field, value, prefix, quoted) => {
		expect(quoteField(field, value, prefix)).toBe(quoted);
	});

	test('moves positions by an offset and keeps the rest', () => {
		const [issue] = scanValue('a\x01', 'password', { strict: true });
		expect(shiftIssues([issue!], 6)).toEqual([{ ...issue, position: 7 }]);
	});

	test('splits issues into errors and warnings', () => {
		const issues = scanValue(' a\x01', 'username', { strict: false });
		expect(errorsOf(issues).map((issue) => issue.code)).toEqual(['control-character']);
		expect(warningsOf(issues).map((issue) => issue.code)).toEqual(['surrounding-whitespace']);
	});
});
