/**
 * What one unquoted character does to a bash command line: ends a word, starts a quote or an
 * expansion, continues the line, or ends the command. Split from the tokeniser to keep each small.
 */
import { charKind, straightQuote } from '../credentials/characters.ts';

/** Where a line break ends the command although the next line continues it. */
export interface BrokenLine {
	readonly kind: 'no-backslash' | 'space-after-backslash' | 'carriage-return';
	readonly position: number;
	/** Index of the first word after the break. */
	readonly wordIndex: number;
}

const spacesToNewline = /[ \t]+\r?\n/y;

/** A straight or typographic double quote. */
export const isDoubleQuote = (char: string): boolean =>
	char === '"' || (charKind(char) === 'smart-quote' && straightQuote(char) === '"');
/** A straight or typographic single quote. */
export const isSingleQuote = (char: string): boolean =>
	char === "'" || (charKind(char) === 'smart-quote' && straightQuote(char) === "'");

export type Step =
	| { kind: 'stop' }
	| { kind: 'space' | 'skip' | 'expansion'; advance: number }
	| { kind: 'history'; advance: number }
	| { kind: 'break'; advance: number; broken?: Omit<BrokenLine, 'wordIndex'> }
	| { kind: 'char'; char: string; position: number; advance: number }
	| { kind: 'quote'; quote: 'single' | 'double' | 'ansi'; advance: number };

/** What the unquoted character at `i` does. */
export function unquoted(paste: string, i: number): Step {
	const char = paste[i]!;
	const next = paste[i + 1];
	if (char === ' ' || char === '\t') return { kind: 'space', advance: 1 };
	if (char === '\r' && next === '\n') return { kind: 'space', advance: 1 };
	if (char === '\n')
		return { kind: 'break', advance: 1, broken: { kind: 'no-backslash', position: i } };
	if (char === '\\') {
		if (next === '\n') return { kind: 'skip', advance: 2 };
		if (next === '\r' && paste[i + 2] === '\n')
			return { kind: 'break', advance: 3, broken: { kind: 'carriage-return', position: i + 1 } };
		spacesToNewline.lastIndex = i + 1;
		const trailing = spacesToNewline.exec(paste);
		if (trailing)
			return {
				kind: 'break',
				advance: 1 + trailing[0].length,
				broken: { kind: 'space-after-backslash', position: i + 1 },
			};
		return next === undefined
			? { kind: 'space', advance: 1 }
			: { kind: 'char', char: next, position: i + 1, advance: 2 };
	}
	if (char === '$' && next === "'") return { kind: 'quote', quote: 'ansi', advance: 2 };
	if (isSingleQuote(char)) return { kind: 'quote', quote: 'single', advance: 1 };
	if (isDoubleQuote(char)) return { kind: 'quote', quote: 'double', advance: 1 };
	if (char === '$' || char === '`') return { kind: 'expansion', advance: 0 };
	if (char === '!') return { kind: 'history', advance: 1 };
	if (
		char === '|' ||
		char === ';' ||
		(char === '&' && (next === '&' || next === undefined || /\s/.test(next)))
	)
		return { kind: 'stop' };
	return { kind: 'char', char, position: i, advance: 1 };
}
