/**
 * Snippet code as tokens. Each piece an emitter writes carries its kind, so an island colours the
 * code without a highlighter, and the code is the concatenation of the tokens' text, byte for
 * byte. Kinds are the few the four languages need; each maps to one colour of the site's themes
 * (src/components/kit/code-palette.ts).
 */

/** What a piece of code is; `plain` is everything left in the default colour. */
export type TokenKind =
	'keyword' | 'string' | 'variable' | 'function' | 'comment' | 'constant' | 'plain';

export interface Token {
	readonly kind: TokenKind;
	readonly text: string;
}

/** A run of code: a line, a word, a whole snippet. */
export type Tokens = readonly Token[];

/** One token. */
export function token(kind: TokenKind, text: string): Token {
	return { kind, text };
}

/** The code `tokens` spell: the one way from tokens to text. */
export function textOf(tokens: Tokens): string {
	let text = '';
	for (const { text: piece } of tokens) text += piece;
	return text;
}

/** `lines` as a program: each ends with "\n"; empty tokens dropped, neighbours of one kind merged. */
export function program(lines: readonly Tokens[]): Token[] {
	const out: Token[] = [];
	const add = ({ kind, text }: Token) => {
		const last = out.at(-1);
		if (text === '') return;
		if (last?.kind === kind) out[out.length - 1] = token(kind, last.text + text);
		else out.push(token(kind, text));
	};
	for (const line of lines) {
		line.forEach(add);
		add(token('plain', '\n'));
	}
	return out;
}

/** `runs` with `separator` between each two. */
export function joinTokens(runs: readonly Tokens[], separator: Token): Token[] {
	return runs.flatMap((run, index) => (index > 0 ? [separator, ...run] : [...run]));
}
