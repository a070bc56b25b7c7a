/**
 * Splits a PowerShell command line into words: a backtick escapes the next character (and at a
 * line's end continues the line), `'…'` is literal (`''` is one quote), `"…"` expands `$name`,
 * `${name}`, `$env:NAME` and `$(…)` and reads backtick escapes. PowerShell treats typographic
 * quotes as quotes, so they are not reported here. `;`, `|` and a newline end the statement.
 * Offsets into the paste are kept for every character, as in the bash tokeniser.
 */
import { LocatedBuilder } from '../findings/located.ts';
import type { BrokenLine } from './shell-unquoted.ts';
import type { Expansion, ShellParse, ShellWord } from './shell-words.ts';

const escapes: Readonly<Record<string, string>> = {
	n: '\n',
	r: '\r',
	t: '\t',
	'0': '\0',
	a: '\u0007',
	b: '\b',
	e: '\u001b',
	f: '\f',
	v: '\v',
};
const doubleQuotes = '"\u201c\u201d\u201e';
const singleQuotes = "'\u2018\u2019\u201a\u201b";

/** Whether `char` is one of `quotes` (`includes('')` would say yes to the end of the paste). */
const isQuote = (quotes: string, char: string | undefined): boolean =>
	char !== undefined && char !== '' && quotes.includes(char);

/** Length of the expansion starting with `$` at `i`, or 0 when it is a literal dollar. */
function expansionLength(text: string, i: number): number {
	const rest = text.slice(i, i + 300);
	if (rest.startsWith('$(')) {
		let depth = 0;
		for (let k = i + 1; k < text.length; k++) {
			if (text[k] === '(') depth++;
			else if (text[k] === ')' && --depth === 0) return k - i + 1;
		}
		return text.length - i;
	}
	const match =
		/^\$(?:\{[^}]*\}|(?:env|global|script|local):[A-Za-z_][A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_]*)/.exec(
			rest,
		);
	return match ? match[0].length : 0;
}

/** Tokenises `paste` as one PowerShell statement, from offset `from`; `oneWord` stops after the first word (a value inside `@{…}`). */
export function powershellWords(paste: string, from = 0, oneWord = false): ShellParse {
	const words: ShellWord[] = [];
	const expansions: Expansion[] = [];
	const brokenLines: BrokenLine[] = [];
	let word = new LocatedBuilder();
	let open = false;
	let last = 0;
	let quote: 'none' | 'single' | 'double' = 'none';
	let quoteAt = 0;
	const push = (char: string, position: number, expanded = false): void => {
		word.push(char, position, expanded);
		last = position;
		open = true;
	};
	const end = (): void => {
		if (open) words.push(word.build(last + 1));
		word = new LocatedBuilder();
		open = false;
	};
	const stop = (): boolean => oneWord && words.length > 0;
	const expand = (i: number): number => {
		const length = expansionLength(paste, i);
		if (length === 0) {
			push('$', i);
			return 1;
		}
		expansions.push({
			kind: paste[i + 1] === '(' ? 'command' : 'variable',
			position: i,
			source: paste.slice(i, i + length),
		});
		for (let k = 0; k < length; k++) push(paste[i + k]!, i + k, true);
		return length;
	};
	let i = from;
	while (i < paste.length && !stop()) {
		const char = paste[i]!;
		if (oneWord && quote === 'none' && (char === '}' || char === ')' || char === ';')) break;
		if (quote === 'single') {
			if (singleQuotes.includes(char) && isQuote(singleQuotes, paste[i + 1])) {
				push("'", i);
				i += 2;
			} else if (singleQuotes.includes(char)) {
				quote = 'none';
				i++;
			} else push(char, i++);
		} else if (quote === 'double') {
			if (char === '`' && i + 1 < paste.length) {
				push(escapes[paste[i + 1]!] ?? paste[i + 1]!, i + 1);
				i += 2;
			} else if (doubleQuotes.includes(char) && isQuote(doubleQuotes, paste[i + 1])) {
				push('"', i);
				i += 2;
			} else if (doubleQuotes.includes(char)) {
				quote = 'none';
				i++;
			} else if (char === '$') i += expand(i);
			else push(char, i++);
		} else if (char === '`') {
			const next = paste[i + 1];
			if (next === '\n' || (next === '\r' && paste[i + 2] === '\n')) i += next === '\n' ? 2 : 3;
			else if (next === ' ' && /^ +\r?\n/.test(paste.slice(i + 1, i + 80))) {
				end();
				brokenLines.push({
					kind: 'space-after-backslash',
					position: i + 1,
					wordIndex: words.length,
				});
				i += 2;
			} else {
				if (next !== undefined) push(next, i + 1);
				i += 2;
			}
		} else if (char === ' ' || char === '\t' || char === '\r') {
			end();
			i++;
		} else if (char === '\n') {
			end();
			brokenLines.push({ kind: 'no-backslash', position: i, wordIndex: words.length });
			i++;
		} else if (char === '#' && !open) {
			const newline = paste.indexOf('\n', i);
			i = newline === -1 ? paste.length : newline;
		} else if (char === ';' || char === '|') {
			break;
		} else if (singleQuotes.includes(char) || doubleQuotes.includes(char)) {
			quote = singleQuotes.includes(char) ? 'single' : 'double';
			quoteAt = i;
			open = true;
			i++;
		} else if (char === '$') i += expand(i);
		else push(char, i++);
	}
	end();
	return {
		words,
		expansions,
		smartQuotes: [],
		brokenLines,
		continuation: 'a backtick (`)',
		shell: 'PowerShell',
		...(quote !== 'none' ? { unterminated: quoteAt } : {}),
	};
}
