/**
 * Snippets: one `ApiRequest` as code that sends exactly it, in cURL (bash/zsh), JavaScript
 * `fetch`, Python `requests` and Go `net/http`. Secrets are read from environment variables by
 * default and written into the code only in inline mode. A request that cannot be sent as is gets
 * one refusal, with a stable code and position, instead of any snippet.
 */
import type { ApiRequest } from '../http/request.ts';
import { authorizationUrlWriters } from './authorization-url.ts';
import type { SnippetError } from './errors.ts';
import {
	requestWriters,
	writeSnippets,
	type SnippetOptions,
	type SnippetsResult,
	type SnippetWriters,
} from './emit-request.ts';
import { planSnippet, type SnippetPlan } from './plan.ts';
import { textOf, type Tokens } from './tokens.ts';

export { type SnippetError, type SnippetErrorCode } from './errors.ts';
export type { SecretMode } from './plan.ts';
export {
	emitRequestSnippets,
	type SnippetOptions,
	type SnippetsResult,
	type SnippetWriters,
} from './emit-request.ts';
export { textOf, type Token, type TokenKind, type Tokens } from './tokens.ts';

/**
 * The four languages, in the order the site shows them (their writers: `requestWriters`, and
 * `authorizationUrlWriters` for that program). What each needs to run is prose, told
 * under its tab from src/content/snippets/languages.yaml.
 */
export const snippetLanguages = {
	curl: {
		label: 'cURL',
		extension: 'sh',
	},
	javascript: {
		label: 'JavaScript',
		extension: 'mjs',
	},
	python: {
		label: 'Python',
		extension: 'py',
	},
	go: {
		label: 'Go',
		extension: 'go',
	},
} as const satisfies Record<
	string,
	{
		readonly label: string;
		readonly extension: string;
	}
>;

export type SnippetLanguage = keyof typeof snippetLanguages;

/** All four snippets for `request` (any program, the authorization URL included), or the one reason none can be written. */
export function emitSnippets(request: ApiRequest, options: SnippetOptions = {}): SnippetsResult {
	const planned = planSnippet(request, options.secrets ?? 'env');
	if (!planned.ok) return planned;
	return writeSnippets(writersFor(planned.plan), planned.plan);
}

/** The writers of `plan`'s kind of program. */
function writersFor(plan: SnippetPlan): SnippetWriters {
	return plan.program?.kind === 'authorization-url' ? authorizationUrlWriters : requestWriters;
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
	const tokens = writersFor(planned.plan)[language](planned.plan);
	return { ok: true, code: textOf(tokens), tokens };
}
