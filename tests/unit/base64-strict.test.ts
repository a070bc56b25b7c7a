// The strict decoder's refusals (RFC 4648 §3.3, §3.5, §4): each names the right character or
// count, so the header doctor can say exactly what to change.
import { describe, expect, test } from 'vitest';
import { decodeBase64, describeChar } from '../../src/lib/auth/base64.ts';

describe('decodeBase64 refusals', () => {
	test.each([
		['Zg=a', 'misplaced-padding', 2],
		['Zm9v=Zm9', 'misplaced-padding', 4],
		['Zg===', 'misplaced-padding', 2],
		['Zm9v-A==', 'base64url-alphabet', 4],
		['Zm9v\u00e9A==', 'invalid-base64-character', 4],
		['Zm9vY===', 'misplaced-padding', 5],
		['Zm9vY=', 'invalid-length', 6],
		['Zm9=', 'non-canonical-base64', 2],
	] as const)('refuses %j with %s at position %i', (text, code, position) => {
		expect(decodeBase64(text)).toMatchObject({ ok: false, code, position });
	});

	test.each([
		['Zm9-', 'standard Base64 uses "+"'],
		['Zm9_', 'standard Base64 uses "/"'],
		['Zg', 'add =='],
		['Zm9', 'add ='],
		['Zm9vYmFyZ', 'one character is missing'],
		['Zm9\u00e9', 'Character "\u00e9" (U+00E9) is not in the Base64 alphabet.'],
		['Zm9\t', 'Character U+0009 is not in the Base64 alphabet.'],
	])('tells what is wrong with %j: %j', (text, words) => {
		const decoded = decodeBase64(text);
		expect(!decoded.ok && decoded.message).toContain(words);
	});

	test.each([
		['YQ==', [0x61]],
		['YWI=', [0x61, 0x62]],
		['/+/+', [0xff, 0xef, 0xfe]],
	])('decodes %j to the bytes %j', (text, bytes) => {
		expect(decodeBase64(text)).toEqual({ ok: true, bytes: new Uint8Array(bytes) });
	});
});

describe('describeChar', () => {
	test.each([
		['a', '"a" (U+0061)'],
		['\x1f', 'U+001F'],
		[' ', '" " (U+0020)'],
		['\x7f', 'U+007F'],
		['\x80', 'U+0080'],
		['\x9f', 'U+009F'],
		['\xa0', '"\xa0" (U+00A0)'],
		['\u{1f600}', '"\u{1f600}" (U+1F600)'],
	])('names %j as %j, without printing a control character', (char, description) => {
		expect(describeChar(char)).toBe(description);
	});
});
