/**
 * Splits a pasted shell command into words the way bash would, keeping for every character of a
 * word its offset in the paste. Quotes and backslashes disappear as in bash; expansions (`$VAR`,
 * `${…}`, `$(…)`, backticks) stay as their source text, marked as expanded, because we cannot
 * know their values. Typographic quotes are read as the quotes they stand for (and reported),
 * so the rest of the command can still be understood. One pass, linear in the paste's length.
 */
import { charKind } from '../credentials/characters.ts';
import { isDoubleQuote, isSingleQuote, unquoted, type BrokenLine } from './shell-unquoted.ts';
import { LocatedBuilder, type Located } from '../findings/located.ts';

/** One word after quote removal; `expanded` marks characters that come from an expansion. */
export type ShellWord = Located;

export interface Expansion {
	readonly kind: 'variable' | 'command' | 'history';
	/** Paste offset of the `$`, backtick or `!`. */
	readonly position: number;
	/** The expansion as written, e.g. `$TOKEN` or `$(echo … | base64)`. */
	readonly source: string;
}

export interface ShellParse {
	readonly words: readonly ShellWord[];
	readonly expansions: readonly Expansion[];
	/** Paste offsets of typographic quotes used as quotes (outside any real quotes). */
	readonly smartQuotes: readonly number[];
	readonly brokenLines: readonly BrokenLine[];
	/** Paste offset of a quote that is never closed; the words were then split as if it closed before the next option or URL. */
	readonly unterminated?: number;
	/** The character that continues a line in this shell: `\\` in bash, `^` in cmd, a backtick in PowerShell. */
	readonly continuation?: string;
	/** The shell's name, for messages. */
	readonly shell?: string;
}

/** The matching `)` of the `$(` at `open` (offset of `(`), or the paste's end. */
function closingParen(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '(') depth++;
		else if (text[i] === ')' && --depth === 0) return i;
	}
	return text.length - 1;
}

const name = /[A-Za-z0-9_]*/y;

/** Length of the expansion starting with `$` at `i`, or 0 when this `$` is a literal dollar. */
function expansionLength(
	text: string,
	i: number,
): { length: number; kind: 'variable' | 'command' } | undefined {
	const next = text[i + 1];
	if (next === '(') return { length: closingParen(text, i + 1) - i + 1, kind: 'command' };
	if (next === '{') {
		const close = text.indexOf('}', i + 2);
		return { length: (close === -1 ? text.length - 1 : close) - i + 1, kind: 'variable' };
	}
	if (next !== undefined && /[A-Za-z_]/.test(next)) {
		name.lastIndex = i + 1;
		return { length: 1 + name.exec(text)![0].length, kind: 'variable' };
	}
	if (next !== undefined && /[0-9@*#?$!-]/.test(next)) return { length: 2, kind: 'variable' };
	return undefined;
}

/** Printable ASCII with no meaning to an unquoted shell word: the fast path. */
function plain(code: number): boolean {
	return code > 0x20 && code < 0x7f && !specialCodes.has(code);
}
const specialCodes = new Set([...'\\$`!\'"|;&#<>'].map((char) => char.charCodeAt(0)));

/**
 * Where an unclosed quote opened at `open` most likely meant to close: before the whitespace that
 * precedes the next option or URL, else at the end of its line. Splitting there keeps the URL and
 * the later options out of the quoted word.
 */
export function likelyClose(paste: string, open: number): number {
	const rest = paste.slice(open + 1);
	const next = /[ \t]+(?=-{1,2}[A-Za-z]|https?:\/\/)/.exec(rest);
	const newline = rest.search(/\r?\n/);
	if (next && (newline === -1 || next.index < newline)) return open + 1 + next.index;
	return newline === -1 ? paste.length : open + 1 + newline;
}

/** Tokenises `paste` as one bash command (stopping at `|`, `;`, `&&`, `||`); an unclosed quote is closed where it most likely ended. */
export function shellWords(paste: string): ShellParse {
	const first = splitWords(paste, -1);
	if (first.unterminated === undefined) return first;
	return {
		...splitWords(paste, likelyClose(paste, first.unterminated)),
		unterminated: first.unterminated,
	};
}

function splitWords(paste: string, closeAt: number): ShellParse {
	const words: ShellWord[] = [];
	const expansions: Expansion[] = [];
	const smartQuotes: number[] = [];
	const brokenLines: BrokenLine[] = [];
	let word = new LocatedBuilder();
	let open = false;
	let quote: 'none' | 'single' | 'double' | 'ansi' = 'none';
	let quoteChar = '';
	let quoteAt = 0;
	const push = (char: string, position: number, isExpansion = false): void => {
		word.push(char, position, isExpansion);
		last = position;
		open = true;
	};
	let last = 0;
	const end = (): void => {
		if (open) words.push(word.build(last + 1));
		word = new LocatedBuilder();
		open = false;
	};
	const expand = (i: number): number => {
		const found = expansionLength(paste, i);
		if (!found) {
			push('$', i);
			return 1;
		}
		expansions.push({ kind: found.kind, position: i, source: paste.slice(i, i + found.length) });
		for (let k = 0; k < found.length && i + k < paste.length; k++) push(paste[i + k]!, i + k, true);
		return found.length;
	};
	const backtick = (i: number): number => {
		const close = paste.indexOf('`', i + 1);
		const length = (close === -1 ? paste.length : close + 1) - i;
		expansions.push({ kind: 'command', position: i, source: paste.slice(i, i + length) });
		for (let k = 0; k < length; k++) push(paste[i + k]!, i + k, true);
		return length;
	};
	const history = (i: number, closing: string): void => {
		const next = paste[i + 1];
		if (next !== undefined && !/[\s=(]/.test(next) && next !== closing)
			expansions.push({ kind: 'history', position: i, source: '!' });
	};
	let i = 0;
	while (i < paste.length) {
		const char = paste[i]!;
		if (i === closeAt && quote !== 'none') {
			quote = 'none';
			end();
			i++;
			continue;
		}
		if (quote === 'single') {
			if (char === quoteChar || (quoteChar !== "'" && isSingleQuote(char))) quote = 'none';
			else push(char, i);
			i++;
		} else if (quote === 'ansi') {
			if (char === "'") quote = 'none';
			else if (char === '\\' && i + 1 < paste.length) {
				const escapes: Record<string, string> = {
					n: '\n',
					r: '\r',
					t: '\t',
					'\\': '\\',
					"'": "'",
					'"': '"',
					e: '\u001b',
					'0': '\u0000',
				};
				push(escapes[paste[i + 1]!] ?? paste[i + 1]!, i);
				i++;
			} else push(char, i);
			i++;
		} else if (quote === 'double') {
			if (char === quoteChar || (quoteChar !== '"' && isDoubleQuote(char))) {
				quote = 'none';
				i++;
			} else if (char === '\\' && paste[i + 1] === '\n') i += 2;
			else if (char === '\\' && i + 1 < paste.length && '$`"\\'.includes(paste[i + 1]!)) {
				push(paste[i + 1]!, i + 1);
				i += 2;
			} else if (char === '$') i += expand(i);
			else if (char === '`') i += backtick(i);
			else {
				if (char === '!') history(i, quoteChar);
				push(char, i);
				i++;
			}
		} else if (plain(paste.charCodeAt(i))) {
			push(char, i);
			i++;
		} else if (char === ' ' || char === '\t') {
			end();
			i++;
		} else if (char === '#' && !open) {
			const newline = paste.indexOf('\n', i);
			i = newline === -1 ? paste.length : newline;
		} else {
			const step = unquoted(paste, i);
			if (step.kind === 'stop') break;
			if (step.kind === 'space') end();
			if (step.kind === 'break') {
				end();
				if (step.broken) brokenLines.push({ ...step.broken, wordIndex: words.length });
			}
			if (step.kind === 'char') push(step.char, step.position);
			if (step.kind === 'quote') {
				quote = step.quote;
				quoteChar = paste[i]!;
				quoteAt = i;
				open = true;
				if (charKind(quoteChar) === 'smart-quote') smartQuotes.push(i);
			}
			if (step.kind === 'expansion') {
				i += paste[i] === '`' ? backtick(i) : expand(i);
				continue;
			}
			if (step.kind === 'history') {
				history(i, '');
				push('!', i);
			}
			i += step.advance;
		}
	}
	end();
	return {
		words,
		expansions,
		smartQuotes,
		brokenLines,
		...(quote !== 'none' ? { unterminated: quoteAt } : {}),
	};
}
