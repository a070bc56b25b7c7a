import { describe, expect, test } from 'vitest';
import { codeSegments, excerpt, lineAndColumn, visible } from '../../src/lib/diagnose/index.ts';

describe('text for the page', () => {
	test('backticks become code segments and the rest stays text', () => {
		expect(codeSegments('Use `printf` or `echo -n`.')).toEqual([
			{ text: 'Use ', code: false },
			{ text: 'printf', code: true },
			{ text: ' or ', code: false },
			{ text: 'echo -n', code: true },
			{ text: '.', code: false },
		]);
	});

	test.each([
		['a\nb', 'a⟨LF⟩\nb'],
		['a\rb', 'a⟨CR⟩b'],
		['a\tb', 'a⟨TAB⟩b'],
		['a\u200Bb', 'a⟨U+200B⟩b'],
		['\uFEFFa', '⟨U+FEFF⟩a'],
		['“a”', '“a”'],
		['plain text', 'plain text'],
	])('visible(%j) is %j', (text, shown) => {
		expect(visible(text)).toBe(shown);
	});

	test.each([
		['abc', 0, 1, 1],
		['abc\ndef', 5, 2, 2],
		['\n\nx', 2, 3, 1],
	])('position in %j at %i is line %i, column %i', (text, position, line, column) => {
		expect(lineAndColumn(text, position)).toEqual({ line, column });
	});

	test('an excerpt marks the span, shows spaces and invisible characters, and cuts long context', () => {
		const paste = `${'x'.repeat(40)}Bearer  abc\u200Bdef${'y'.repeat(40)}`;
		const around = excerpt(paste, paste.indexOf('\u200B'), 1, 10);
		expect(around).toEqual({ before: '…earer··abc', marked: '⟨U+200B⟩', after: 'defyyyyyyy…' });
	});
});
