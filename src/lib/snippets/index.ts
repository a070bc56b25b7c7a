/**
 * Snippets: one `ApiRequest` as code that sends exactly it, in cURL (bash/zsh), JavaScript
 * `fetch`, Python `requests` and Go `net/http`. Secrets are read from environment variables by
 * default and written into the code only in inline mode. A request that cannot be sent as is gets
 * one refusal, with a stable code and position, instead of any snippet.
 */
import type { ApiRequest } from '../http/request.ts';
import { emitCurl } from './curl.ts';
import type { SnippetError } from './errors.ts';
import { emitGo } from './go.ts';
import { emitJavaScript } from './javascript.ts';
import { planSnippet, type SecretMode, type SnippetPlan } from './plan.ts';
import { emitPython } from './python.ts';
import { textOf, type Tokens } from './tokens.ts';

export { type SnippetError, type SnippetErrorCode } from './errors.ts';
export type { SecretMode } from './plan.ts';
export { textOf, type Token, type TokenKind, type Tokens } from './tokens.ts';

/** The four languages, in the order the site shows them. */
export const snippetLanguages = {
	curl: {
		label: 'cURL',
		extension: 'sh',
		emit: emitCurl,
		note: 'For bash or zsh, with curl and base64 (curl 7.87+ for a key in the query). Headers go out in the order written.',
	},
	javascript: {
		label: 'JavaScript',
		extension: 'mjs',
		emit: emitJavaScript,
		note: 'An ES module: Node 18+ reads process.env; an inline snippet also runs in a browser console. Headers go out in the order written.',
	},
	python: {
		label: 'Python',
		extension: 'py',
		emit: emitPython,
		note: 'Needs requests. Its default headers (User-Agent, Accept-Encoding, Accept, Connection) go first; one you set takes its place.',
	},
	go: {
		label: 'Go',
		extension: 'go',
		emit: emitGo,
		note: 'Standard library, Go 1.19+. Go sends headers, and url.Values sends form fields, sorted by name.',
	},
} as const satisfies Record<
	string,
	{
		readonly label: string;
		readonly extension: string;
		readonly emit: (plan: SnippetPlan) => Tokens;
		readonly note: string;
	}
>;

export type SnippetLanguage = keyof typeof snippetLanguages;

export interface SnippetOptions {
	/** `env` (default) reads each secret from its environment variable; `inline` writes it into the code. */
	readonly secrets?: SecretMode;
}

export type SnippetsResult =
	| {
			readonly ok: true;
			/** Each snippet's code: the text of its tokens. */
			readonly snippets: Readonly<Record<SnippetLanguage, string>>;
			/** Each snippet as tokens of known kinds, for colouring. */
			readonly tokens: Readonly<Record<SnippetLanguage, Tokens>>;
	  }
	| { readonly ok: false; readonly error: SnippetError };

/** All four snippets for `request`, or the one reason none can be written. */
export function emitSnippets(request: ApiRequest, options: SnippetOptions = {}): SnippetsResult {
	const planned = planSnippet(request, options.secrets ?? 'env');
	if (!planned.ok) return planned;
	const { plan } = planned;
	const tokens = {
		curl: emitCurl(plan),
		javascript: emitJavaScript(plan),
		python: emitPython(plan),
		go: emitGo(plan),
	};
	return {
		ok: true,
		snippets: {
			curl: textOf(tokens.curl),
			javascript: textOf(tokens.javascript),
			python: textOf(tokens.python),
			go: textOf(tokens.go),
		},
		tokens,
	};
}

export type SnippetResult =
	| { readonly ok: true; readonly code: string; readonly tokens: Tokens }
	| { readonly ok: false; readonly error: SnippetError };

/** One snippet for `request` in `language`, or the reason it cannot be written. */
export function emitSnippet(
	request: ApiRequest,
	language: SnippetLanguage,
	options: SnippetOptions = {},
): SnippetResult {
	const planned = planSnippet(request, options.secrets ?? 'env');
	if (!planned.ok) return planned;
	const tokens = snippetLanguages[language].emit(planned.plan);
	return { ok: true, code: textOf(tokens), tokens };
}
