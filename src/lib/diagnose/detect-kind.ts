/**
 * What a paste is, from its first non-blank line: a cURL command, an HTTP response, a URL, header
 * lines, code that sets the header, or a bare header value. Ambiguous text (`user:pass`) is read as a value: a header line
 * needs a name we know or the `Name: value` space that people type.
 */
import { looksLikeCode } from './code/code.ts';
import { fieldLine } from './http/header-block.ts';
import { headerRole } from './http/header-names.ts';
import type { InputKind } from './types.ts';

const curlStart =
	/^(?:[$%>#]\s*)?(?:sudo\s+)?(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:\S*[/\\])?curl(?:\.exe)?(?:\s|$)/i;
const responseStart = /^(?:< )?HTTP\/\d(?:\.\d)? +\d{3}\b/;
const requestStart = /^[A-Z]+ \S+ HTTP\/\d(?:\.\d)?\s*$/;
const urlOnly = /^https?:\/\/\S+$/i;

/** The kind of `paste`. */
export function detectKind(paste: string): InputKind {
	const text = paste.trim();
	if (text === '') return 'empty';
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	if (curlStart.test(firstLine)) return 'curl';
	if (responseStart.test(firstLine)) return 'http-response';
	if (urlOnly.test(text)) return 'url';
	if (requestStart.test(firstLine)) return 'header-line';
	const field = firstLine.match(fieldLine);
	if (field && headerRole(field[1]!) !== 'other') return 'header-line';
	if (looksLikeCode(text)) return 'code';
	if (field && /^[ \t]/.test(firstLine.slice(field[0].length))) return 'header-line';
	return 'header-value';
}
