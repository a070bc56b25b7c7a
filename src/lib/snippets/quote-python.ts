/**
 * Python 3 string literals: double quotes unless the text holds more of them than single quotes,
 * every control and invisible character escaped (`\x`, `\u`, `\U`, all code points in a str).
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

function pythonEscape(char: string): string {
	const code = codeOf(char);
	if (named[char]) return named[char];
	if (code < 0x100) return `\\x${hex(code, 2)}`;
	return code < 0x10000 ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
}

/** `text` as a Python str literal that evaluates to exactly `text`. */
export function pythonString(text: string): string {
	const quote = count(text, '"') > count(text, "'") ? "'" : '"';
	return quote + escapeChars(text, `\\${quote}`, pythonEscape) + quote;
}
