/**
 * The four snippets of a request sent once: what the doctor's corrected request and the
 * playground's tabs show. It does not import the OAuth authorization-URL program, so the
 * pages that only ever send a request do not load it (issue 16); `emitSnippets` in index.ts is
 * the one entry that writes every kind of program.
 */
import type { ApiRequest } from '../http/request.ts';
import type { SnippetError } from './errors.ts';
import { emitCurl } from './curl.ts';
import { emitGo } from './go.ts';
import { emitJavaScript } from './javascript.ts';
import { planSnippet, type SecretMode, type SnippetPlan } from './plan.ts';
import { emitPython } from './python.ts';
import { textOf, type Tokens } from './tokens.ts';

/** A writer per language: the plan as tokens of code. */
export type SnippetWriters = Readonly<
	Record<'curl' | 'javascript' | 'python' | 'go', (plan: SnippetPlan) => Tokens>
>;

/** The request sent once (or polled, for the device grant), in each language. */
export const requestWriters = {
	curl: emitCurl,
	javascript: emitJavaScript,
	python: emitPython,
	go: emitGo,
} as const satisfies SnippetWriters;

export interface SnippetOptions {
	/** `env` (default) reads each secret from its environment variable; `inline` writes it into the code. */
	readonly secrets?: SecretMode;
}

export type SnippetsResult =
	| {
			readonly ok: true;
			/** Each snippet's code: the text of its tokens. */
			readonly snippets: Readonly<Record<keyof SnippetWriters, string>>;
			/** Each snippet as tokens of known kinds, for colouring. */
			readonly tokens: Readonly<Record<keyof SnippetWriters, Tokens>>;
	  }
	| { readonly ok: false; readonly error: SnippetError };

/** The four snippets `writers` make of `plan`. */
export function writeSnippets(writers: SnippetWriters, plan: SnippetPlan): SnippetsResult {
	const tokens = {
		curl: writers.curl(plan),
		javascript: writers.javascript(plan),
		python: writers.python(plan),
		go: writers.go(plan),
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

/**
 * All four snippets for a request that is sent, or the one reason none can be written. An
 * authorization-URL program is a programming error here (no island that calls this builds one).
 */
export function emitRequestSnippets(
	request: ApiRequest,
	options: SnippetOptions = {},
): SnippetsResult {
	if (request.program?.kind === 'authorization-url')
		throw new Error(
			'emitRequestSnippets writes requests; use emitSnippets for an authorization URL',
		);
	const planned = planSnippet(request, options.secrets ?? 'env');
	return planned.ok ? writeSnippets(requestWriters, planned.plan) : planned;
}
