/**
 * Shell words for bash and zsh. Literal text goes in strong single quotes, where nothing expands
 * (a quote is written `'\''`), so `$(…)`, backticks, `!` history expansion and globs stay inert
 * even when pasted into an interactive shell. Text holding a control or invisible character goes
 * in ANSI-C `$'…'` quotes with byte escapes instead, so no raw line break ever reaches an argument.
 */
import { utf8Bytes } from '../auth/base64.ts';
import { escapeChars, hex, hiddenChar } from './text.ts';
import { textOf, token, type Token, type Tokens } from './tokens.ts';

// Inside $'…' a quote and "!" are written as byte escapes, not as \' and !: history expansion in
// an interactive bash or zsh does not know that \' stays inside the string, and would expand a
// later "!!" (found by the property test).
const named: Readonly<Record<string, string>> = {
	'\\': '\\\\',
	'\n': '\\n',
	'\r': '\\r',
	'\t': '\\t',
};

function ansiEscape(char: string): string {
	return named[char] ?? [...utf8Bytes(char)].map((byte) => `\\x${hex(byte, 2)}`).join('');
}

/** `text` as one shell word that bash and zsh read back byte for byte, expanding nothing. */
export function shellQuote(text: string): string {
	if (!hiddenChar.test(text)) return `'${text.replaceAll("'", "'\\''")}'`;
	return `$'${escapeChars(text, "\\'!", ansiEscape)}'`;
}

/** One part of a shell word: literal text, a variable read at run time, or a `$(…)` substitution. */
export type ShellPart =
	| { readonly text: string }
	| { readonly variable: string }
	| { readonly expansion: string | Tokens };

// Inside double quotes these characters are live ($ ` \ "), or trigger history expansion (!).
const doubleQuoteSafe = /^[^$`"\\!]*$/;

function isPlain(part: ShellPart): boolean {
	return !('text' in part) || (doubleQuoteSafe.test(part.text) && !hiddenChar.test(part.text));
}

/**
 * Variables are always braced: zsh reads `$KEY:e6` as KEY with the `:e` modifier and `$KEY[1]` as
 * a subscript, so an unbraced reference followed by text is only safe in bash.
 */
function reference(part: ShellPart): Tokens {
	if ('text' in part) return [token('string', part.text)];
	if (!('expansion' in part)) return [token('variable', `\${${part.variable}}`)];
	return typeof part.expansion === 'string' ? [token('plain', part.expansion)] : part.expansion;
}

/**
 * One shell word joining text and run-time values: `"Authorization: Bearer $API_KEY"` when the
 * text is safe inside double quotes, otherwise `'text'"$API_KEY"` so the text stays literal.
 */
export function shellWordTokens(parts: readonly ShellPart[]): Token[] {
	const kept: ShellPart[] = [];
	for (const part of parts) {
		const last = kept.at(-1);
		if ('text' in part && last && 'text' in last)
			kept[kept.length - 1] = { text: last.text + part.text };
		else if (!('text' in part) || part.text !== '') kept.push(part);
	}
	const quote = token('string', '"');
	if (kept.every((part) => 'text' in part))
		return [
			token('string', shellQuote(kept.map((part) => ('text' in part ? part.text : '')).join(''))),
		];
	if (kept.every(isPlain)) return [quote, ...kept.flatMap(reference), quote];
	return kept.flatMap((part) =>
		'text' in part ? [token('string', shellQuote(part.text))] : [quote, ...reference(part), quote],
	);
}

/** The text of `shellWordTokens(parts)`. */
export function shellWord(parts: readonly ShellPart[]): string {
	return textOf(shellWordTokens(parts));
}
