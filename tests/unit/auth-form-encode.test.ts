// RFC 6749 Appendix B's form-urlencoding, byte by byte: only ASCII letters and digits stay as
// they are, a space becomes "+", every other byte becomes %HH with uppercase hex.
import { describe, expect, test } from 'vitest';
import { formUrlEncode } from '../../src/lib/auth/index.ts';

describe('formUrlEncode', () => {
	test('encodes each ASCII character as the HTML 4.01 §17.13.4.1 rule says', () => {
		for (let code = 0; code < 0x80; code++) {
			const char = String.fromCharCode(code);
			const expected = /[A-Za-z0-9]/.test(char)
				? char
				: code === 0x20
					? '+'
					: `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
			expect(formUrlEncode(char), `U+${code.toString(16)}`).toBe(expected);
		}
	});

	test.each([
		['\u00ff', '%C3%BF'],
		['\u{1f600}', '%F0%9F%98%80'],
		['\n', '%0A'],
		['', ''],
	])('encodes the UTF-8 bytes of %j as %j', (value, encoded) => {
		expect(formUrlEncode(value)).toBe(encoded);
	});
});
