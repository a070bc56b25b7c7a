/**
 * JavaScript string literals: single quotes unless the text holds more of them than double quotes,
 * every control and invisible character escaped, U+2028/U+2029 included (raw, they end a line
 * in older parsers and hide in an editor).
 */
import { codeOf, count, escapeChars, hex } from './text.ts';

const named: Readonly<Record<string, string>> = {
	'\\': '\\\\',
	"'": "\\'",
	'"': '\\"',
	'\n': '\\n',
	'\r': '\\r',
	'\t': '\\t',
};

function jsEscape(char: string): string {
	const code = codeOf(char);
	if (named[char]) return named[char];
	if (code < 0x100) return `\\x${hex(code, 2)}`;
	return code < 0x10000 ? `\\u${hex(code, 4)}` : `\\u{${hex(code, 1)}}`;
}

/** `text` as a JavaScript string literal that evaluates to exactly `text`. */
export function jsString(text: string): string {
	const quote = count(text, "'") > count(text, '"') ? '"' : "'";
	return quote + escapeChars(text, `\\${quote}`, jsEscape) + quote;
}
