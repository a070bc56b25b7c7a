import { describe, expect, test } from 'vitest';
import {
	authIssue,
	authIssueCodeList,
	maskSecret,
	scanValue,
	visibleText,
	type AuthField,
} from '../../src/lib/auth/index.ts';
import { readCodeTexts } from '../support/code-texts.ts';

const authTexts = readCodeTexts('auth');

describe('the issue code table', () => {
	test('uses kebab-case codes, since they become anchors', () => {
		for (const code of authIssueCodeList) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	test('gives every code a title and a fix in the content, and no other code any', () => {
		for (const code of authIssueCodeList) {
			expect(authTexts[code]?.title.length).toBeGreaterThan(0);
			expect(authTexts[code]?.fix).toMatch(/[.)]$/);
		}
		expect(Object.keys(authTexts).toSorted()).toEqual(authIssueCodeList.toSorted());
	});

	test('builds an issue for any code with a sentence about the field, and no prose of its own', () => {
		expect(authIssue('state-mismatch', 'callback', 0, 0, 'carries no state.')).toEqual({
			code: 'state-mismatch',
			severity: 'error',
			field: 'callback',
			position: 0,
			length: 0,
			message: 'The redirect back to the client carries no state.',
		});
	});

	test('names the findings it shares with the header doctor the same way', () => {
		const shared = [
			'control-character',
			'carriage-return',
			'trailing-newline',
			'colon-in-username',
			'empty-credentials',
			'surrounding-whitespace',
			'smart-quotes',
			'quoted-value',
			'invisible-character',
			'non-ascii-token',
		];
		expect(authIssueCodeList).toEqual(expect.arrayContaining(shared));
	});
});

describe('scanValue', () => {
	test.each([
		['abc\r', 'trailing-newline', 3, 1],
		['abc\n\n', 'trailing-newline', 3, 2],
		['a\rbc', 'carriage-return', 1, 1],
		['a\nbc', 'control-character', 1, 1],
		['a\0bc', 'control-character', 1, 1],
		['a\x1bbc', 'control-character', 1, 1],
		['a\x7fbc', 'control-character', 1, 1],
		['a\u0085bc', 'control-character', 1, 1],
		['  abc', 'surrounding-whitespace', 0, 2],
		['abc\t', 'surrounding-whitespace', 3, 1],
		['\u201cabc\u201d', 'quoted-value', 0, 1],
		['"abc"', 'quoted-value', 0, 1],
		['`abc`', 'quoted-value', 0, 1],
		['ab\u2018c', 'smart-quotes', 2, 1],
		['ab\u200bc', 'invisible-character', 2, 1],
		['ab\u200dc', 'invisible-character', 2, 1],
		['\ufeffabc', 'invisible-character', 0, 1],
		['ab\u00a0c', 'invisible-character', 2, 1],
		['ab\u00adc', 'invisible-character', 2, 1],
		['ab\u2060c', 'invisible-character', 2, 1],
		['ab\udc00c', 'lone-surrogate', 2, 1],
	] as const)(
		'finds in %j the issue %s at position %i spanning %i',
		(value, code, position, length) => {
			expect(scanValue(value, 'key', { strict: true })).toContainEqual(
				expect.objectContaining({ code, position, length, severity: 'error' }),
			);
		},
	);

	test('counts the other occurrences in the message', () => {
		expect(scanValue('a\u200bb\u200bc\u200b', 'key', { strict: true })[0]?.message).toContain(
			'(and 2 more)',
		);
	});

	test('makes paste accidents warnings in a lenient field but keeps control characters errors', () => {
		const issues = scanValue(' pa\u200bss\n', 'password', { strict: false });
		expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
			['trailing-newline', 'error'],
			['surrounding-whitespace', 'warning'],
			['invisible-character', 'warning'],
		]);
	});

	test('finds nothing in a clean value', () => {
		expect(scanValue('sk_live_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6', 'key', { strict: true })).toEqual([]);
	});

	test.each<AuthField>(['key', 'token', 'password', 'client-secret'])(
		'never quotes a %s in its messages',
		(field) => {
			const value = ' sk_live_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6\u200b\r\n';
			for (const issue of scanValue(value, field, { strict: true }))
				expect(issue.message).not.toContain('9Wd3Kp7Xq2');
		},
	);
});

describe('maskSecret', () => {
	test.each([
		['sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6', 'sk_test_', 'sk_test_…4Nb6'],
		['0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e', '', '0f7c…1c8e'],
		['1234567890', '', '12…90'],
		['abcdefg', '', 'a…g'],
		['abc', '', '… (3 characters)'],
		['', '', '… (0 characters)'],
		['sk_live_abc', 'sk_live_', 'sk_live_… (11 characters)'],
		['0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e\n', '', '0f7c…c8e␊'],
	])('masks %j (public prefix %j) as %j', (value, prefix, masked) => {
		expect(maskSecret(value, prefix)).toBe(masked);
	});

	test('shows control characters as Control Pictures', () => {
		expect(visibleText('a\r\n\0\x7f')).toBe('a␍␊␀␡');
	});
});
