/**
 * The four snippets for one request, from the snippets library (one plan, one emitter per
 * language), or the one reason there are none. Every island that shows snippets (the playground's
 * tabs, the doctor's corrected request) and the server rendering of both go through here, so they
 * cannot disagree; both islands load it on demand, as one chunk with the emitters.
 */
import type { ApiRequest } from '../../lib/http/index.ts';
import type { Language, StateRequest } from '../../lib/share/index.ts';
import { emitRequestSnippets, type Tokens } from '../../lib/snippets/index.ts';

/** A snippet's code and the same code as tokens (for colour), or why there is none. */
export type SnippetOutcome =
	| { readonly ok: true; readonly code: string; readonly tokens: Tokens }
	| { readonly ok: false; readonly reason: string };

/** The same refusal in every language. */
export function refuseAll(reason: string): Record<Language, SnippetOutcome> {
	const outcome = { ok: false, reason } as const;
	return { curl: outcome, javascript: outcome, python: outcome, go: outcome };
}

/** A refusal code's fix: from content on the server, from the island's templates in the browser. */
export type FixOf = (code: string) => string;

/** Every language's snippet for `request`; environment-variable mode unless `useEnv` is false. */
export function snippetsFor(
	request: ApiRequest,
	useEnv: boolean,
	fixOf: FixOf,
): Record<Language, SnippetOutcome> {
	const result = emitRequestSnippets(request, { secrets: useEnv ? 'env' : 'inline' });
	if (!result.ok)
		return refuseAll(
			`No snippet: ${result.error.message} (${result.error.code}). ${fixOf(result.error.code)}`,
		);
	const { snippets, tokens } = result;
	const outcome = (language: Language): SnippetOutcome => ({
		ok: true,
		code: snippets[language],
		tokens: tokens[language],
	});
	return {
		curl: outcome('curl'),
		javascript: outcome('javascript'),
		python: outcome('python'),
		go: outcome('go'),
	};
}

/** The playground's four snippets, or why there are none (the builder's first error). */
export function snippetsForBuild(
	built: StateRequest,
	useEnv: boolean,
	fixOf: FixOf,
): Record<Language, SnippetOutcome> {
	if (built.request) return snippetsFor(built.request, useEnv, fixOf);
	const first = built.errors[0];
	return refuseAll(
		first
			? `No snippet until the credentials are fixed: ${first.message}`
			: 'No snippet: there is no request to send.',
	);
}
