/**
 * Go string literals. A raw string (backquotes) when the text has quotes or backslashes to spare
 * the reader escapes and holds nothing a raw string cannot (a backquote, or a carriage return,
 * which Go drops from raw strings); an interpreted string otherwise. `\x` escapes only below
 * U+0080, since in Go `\xHH` is one byte, not one code point.
 */
import { codeOf, escapeChars, hex, hiddenChar } from './text.ts';

const named: Readonly<Record<string, string>> = {
	'\\': '\\\\',
	'"': '\\"',
	'\n': '\\n',
	'\r': '\\r',
	'\t': '\\t',
};

function goEscape(char: string): string {
	const code = codeOf(char);
	if (named[char]) return named[char];
	if (code < 0x80) return `\\x${hex(code, 2)}`;
	return code < 0x10000 ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
}

/** `text` as a Go string literal that evaluates to exactly the UTF-8 bytes of `text`. */
export function goString(text: string): string {
	if (/["\\]/.test(text) && !text.includes('`') && !hiddenChar.test(text)) return `\`${text}\``;
	return `"${escapeChars(text, '\\"', goEscape)}"`;
}
