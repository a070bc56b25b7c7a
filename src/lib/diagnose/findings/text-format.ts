/**
 * Text helpers shared by the page (at build time) and the island (in the browser): inline code
 * in the table's sentences, characters made visible, and where a finding sits in the paste.
 * They return plain data; the callers build nodes from it, never HTML strings.
 */
import { charKind } from '../credentials/characters.ts';

export interface Segment {
	readonly text: string;
	/** Whether the segment was written between backticks: shown as code. */
	readonly code: boolean;
}

/** Splits a sentence at backticks into plain and code segments. */
export function codeSegments(text: string): Segment[] {
	return text
		.split('`')
		.map((part, index) => ({ text: part, code: index % 2 === 1 }))
		.filter((segment) => segment.text !== '');
}

const names: Readonly<Record<string, string>> = {
	'\n': '⟨LF⟩',
	'\r': '⟨CR⟩',
	'\t': '⟨TAB⟩',
	' ': '·',
};

/** `char` as a reader can see it: a symbol for line breaks and tabs, `⟨U+200B⟩` for invisible ones. */
export function visibleChar(char: string, showSpaces = false): string {
	if (char === ' ') return showSpaces ? names[' ']! : ' ';
	const kind = charKind(char);
	if (kind === undefined || kind === 'smart-quote') return char;
	return names[char] ?? `⟨U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** `text` with every line break, control and invisible character made visible (line breaks kept). */
export function visible(text: string): string {
	let out = '';
	for (const char of text) out += char === '\n' ? '⟨LF⟩\n' : visibleChar(char);
	return out;
}

/** 1-based line and column of `position` in `text`. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, position));
	const lineStart = before.lastIndexOf('\n') + 1;
	return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

export interface Excerpt {
	readonly before: string;
	readonly marked: string;
	readonly after: string;
}

/** The paste around a finding, at most `radius` characters each side, on one line, made visible. */
export function excerpt(text: string, position: number, length: number, radius = 24): Excerpt {
	const start = Math.max(0, position - radius);
	const end = Math.min(text.length, position + length + radius);
	const show = (part: string): string => [...part].map((char) => visibleChar(char, true)).join('');
	return {
		before: (start > 0 ? '…' : '') + show(text.slice(start, position)),
		marked: show(text.slice(position, position + length)),
		after: show(text.slice(position + length, end)) + (end < text.length ? '…' : ''),
	};
}
