/**
 * The emitters' own code as tokens: one template tag per language (`sh`, `js`, `py`, `go`).
 * Every value a template interpolates is a token already (a literal from a quote helper is a
 * string, an environment variable a variable), so nothing from the request is classified here:
 * only the fixed text around it, the keywords, calls and punctuation each emitter writes. That
 * text is classified by the language's comment, string and number forms and a short word table,
 * once per template (cached by the template's identity), so a keystroke costs no lexing.
 * Hand-written rather than a highlighter: the text is ours and small, the tables a few hundred bytes.
 */
import { token, type Token, type TokenKind, type Tokens } from './tokens.ts';

/** A value a template interpolates: a token or a run of them, never bare text. */
export type Interpolated = Token | Tokens;

/** A language's template tag: fixed text classified, values kept as the tokens they are. */
export type CodeTag = (strings: TemplateStringsArray, ...values: Interpolated[]) => Token[];

interface Grammar {
	/** Groups in order: comment, string, variable, constant, word. */
	readonly pattern: RegExp;
	readonly words: ReadonlyMap<string, TokenKind>;
	/** A word right before "(" is a function call (not in shell, whose calls have no parentheses). */
	readonly calls: boolean;
}

const quoted = `"(?:[^"\\\\\\n]|\\\\.)*"|'(?:[^'\\\\\\n]|\\\\.)*'|\`[^\`]*\``;

function grammar(
	forms: { comment: string; variable?: string; constant?: string },
	words: Partial<Record<TokenKind, string>>,
	calls = true,
): Grammar {
	const table = new Map<string, TokenKind>();
	for (const [kind, list] of Object.entries(words) as [TokenKind, string][])
		for (const word of list.split(' ')) table.set(word, kind);
	const constant = forms.constant ? `${forms.constant}|\\b\\d+\\b` : '\\b\\d+\\b';
	return {
		pattern: new RegExp(
			`(${forms.comment})|(${quoted})|(${forms.variable ?? '(?!)'})|(${constant})|([A-Za-z_]\\w*)`,
			'g',
		),
		words: table,
		calls,
	};
}

function lex(text: string, { pattern, words, calls }: Grammar): Token[] {
	const out: Token[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const [all, comment, string, variable, constant, word = ''] = match;
		const end = match.index + all.length;
		const kind: TokenKind = comment
			? 'comment'
			: string
				? 'string'
				: variable
					? 'variable'
					: constant
						? 'constant'
						: (words.get(word) ?? (calls && text[end] === '(' ? 'function' : 'plain'));
		if (kind === 'plain') continue;
		out.push(token('plain', text.slice(last, match.index)), token(kind, all));
		last = end;
	}
	out.push(token('plain', text.slice(last)));
	return out;
}

function tag(language: Grammar): CodeTag {
	const lexed = new WeakMap<TemplateStringsArray, Token[][]>();
	return (strings, ...values) => {
		let parts = lexed.get(strings);
		if (!parts) lexed.set(strings, (parts = strings.map((text) => lex(text, language))));
		const out = [...parts[0]!];
		values.forEach((value, index) =>
			out.push(...('kind' in value ? [value] : value), ...parts[index + 1]!),
		);
		return out;
	};
}

/** bash and zsh: commands are functions, options constants, `$name` variables. */
export const sh = tag(
	grammar(
		{
			comment: '(?<![^\\s])#[^\\n]*',
			variable: '\\$\\{?[A-Za-z_]\\w*\\}?|\\$\\d',
			constant: '(?<![^\\s])--?[A-Za-z][\\w-]*',
		},
		{
			keyword: 'if then else fi for do done while case esac in local export break',
			function: 'curl printf base64 tr echo openssl sleep form_encode base64url',
		},
		false,
	),
);

/** JavaScript (ES modules). */
export const js = tag(
	grammar(
		{ comment: '\\/\\/[^\\n]*' },
		{
			keyword: 'const let await new throw if else for return break',
			constant: 'true false null undefined',
		},
	),
);

/** Python 3. */
export const py = tag(
	grammar(
		{ comment: '#[^\\n]*' },
		{
			keyword: 'import def for in if elif else return while break and or not is',
			constant: 'None True False',
		},
	),
);

/** Go. */
export const go = tag(
	grammar(
		{ comment: '\\/\\/[^\\n]*' },
		{
			keyword:
				'package import func var for if else range switch case default return break defer struct string int byte',
			constant: 'nil true false',
		},
	),
);
