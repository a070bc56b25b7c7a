import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { goString } from '../../src/lib/snippets/quote-go.ts';
import { jsString } from '../../src/lib/snippets/quote-js.ts';
import { pythonString } from '../../src/lib/snippets/quote-python.ts';
import { shellQuote, shellWord } from '../../src/lib/snippets/quote-shell.ts';

const anyText = fc.string({ unit: 'binary', maxLength: 40 });

describe('shellQuote', () => {
	test.each([
		['', "''"],
		['plain', "'plain'"],
		["it's", "'it'\\''s'"],
		['$(touch x) `id` $HOME !! \\', "'$(touch x) `id` $HOME !! \\'"],
		['line\nbreak', "$'line\\nbreak'"],
		["tab\tand 'quote' and \\", "$'tab\\tand \\x27quote\\x27 and \\\\'"],
		["line\n 'x'!! history", "$'line\\n \\x27x\\x27\\x21\\x21 history'"],
		['\r\n', "$'\\r\\n'"],
		['sep\u2028', "$'sep\\xE2\\x80\\xA8'"],
		['bom\ufeff', "$'bom\\xEF\\xBB\\xBF'"],
		['nbsp\u00a0é', "$'nbsp\\xC2\\xA0é'"],
	])('quotes %j as %s', (text, quoted) => {
		expect(shellQuote(text)).toBe(quoted);
	});

	test('never lets a raw control character or line separator into the word', () => {
		fc.assert(fc.property(anyText, (text) => !/[\0-\x1f\x7f\u2028\u2029]/.test(shellQuote(text))));
	});
});

describe('shellWord', () => {
	test.each([
		[
			[{ text: 'Authorization: Bearer ' }, { variable: 'API_KEY' }],
			'"Authorization: Bearer ${API_KEY}"',
		],
		[[{ variable: 'A' }, { text: '_suffix' }], '"${A}_suffix"'],
		[[{ text: "it's " }, { variable: 'KEY' }], '"it\'s ${KEY}"'],
		[[{ text: 'say "hi" ' }, { variable: 'KEY' }], '\'say "hi" \'"${KEY}"'],
		[[{ text: 'wow! ' }, { variable: 'KEY' }], '\'wow! \'"${KEY}"'],
		[[{ text: 'a' }, { text: 'b' }], "'ab'"],
		[
			[{ expansion: '$(form_encode "$ID")' }, { text: ':' }, { variable: 'SECRET' }],
			'"$(form_encode "$ID"):${SECRET}"',
		],
		[[{ text: 'line\n' }, { variable: 'KEY' }], '$\'line\\n\'"${KEY}"'],
		// zsh applies `:e` as a modifier and `[1]` as a subscript to an unbraced $KEY.
		[[{ variable: 'KEY' }, { text: ':e6' }], '"${KEY}:e6"'],
		[[{ variable: 'KEY' }, { text: '[1]' }], '"${KEY}[1]"'],
	] as const)('joins %j as %s', (parts, word) => {
		expect(shellWord(parts)).toBe(word);
	});
});

describe('jsString', () => {
	test.each([
		['plain', "'plain'"],
		["it's", '"it\'s"'],
		['say "hi"', '\'say "hi"\''],
		['\\ \n \r \t', "'\\\\ \\n \\r \\t'"],
		['\u2028\u2029', "'\\u2028\\u2029'"],
		['\x00\x1b\x7f\x85', "'\\x00\\x1B\\x7F\\x85'"],
		['🔑 é 中', "'🔑 é 中'"],
		['tag \u{e0041}', "'tag \\u{E0041}'"],
		['${x} `y`', "'${x} `y`'"],
	])('writes %j as %s', (text, literal) => {
		expect(jsString(text)).toBe(literal);
	});

	test('evaluates back to the same string for any input', () => {
		fc.assert(fc.property(anyText, (text) => new Function(`return ${jsString(text)};`)() === text));
	});

	test('never holds a raw line terminator', () => {
		fc.assert(fc.property(anyText, (text) => !/[\n\r\u2028\u2029]/.test(jsString(text))));
	});
});

describe('pythonString', () => {
	test.each([
		['plain', '"plain"'],
		['say "hi"', '\'say "hi"\''],
		["it's", '"it\'s"'],
		['\\ \n \r \t', '"\\\\ \\n \\r \\t"'],
		['\u2028\u00a0\x85', '"\\u2028\\xA0\\x85"'],
		['tag \u{e0041}', '"tag \\U000E0041"'],
		['{braces} %s', '"{braces} %s"'],
	])('writes %j as %s', (text, literal) => {
		expect(pythonString(text)).toBe(literal);
	});
});

describe('goString', () => {
	test.each([
		['plain', '"plain"'],
		['{"json":"text"}', '`{"json":"text"}`'],
		['back\\slash', '`back\\slash`'],
		['quote " and `tick`', '"quote \\" and `tick`"'],
		['"quoted"\n', '"\\"quoted\\"\\n"'],
		['\x00\x7f\x85\u2028', '"\\x00\\x7F\\u0085\\u2028"'],
		['tag \u{e0041}', '"tag \\U000E0041"'],
		['é 🔑', '"é 🔑"'],
	])('writes %j as %s', (text, literal) => {
		expect(goString(text)).toBe(literal);
	});
});
