/**
 * The four snippets for the playground's request, from the snippets library (one plan, one
 * emitter per language), or why there are none. The server rendering and the island both call
 * this, so they cannot disagree.
 */
import type { Language, StateRequest } from '../../lib/share/index.ts';
import { emitSnippets } from '../../lib/snippets/index.ts';

export type SnippetOutcome =
	{ readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: string };

/** Every language's snippet; environment-variable mode unless `useEnv` is false. */
export function snippetsForBuild(
	built: StateRequest,
	useEnv: boolean,
): Record<Language, SnippetOutcome> {
	const refuse = (reason: string): Record<Language, SnippetOutcome> => {
		const outcome = { ok: false, reason } as const;
		return { curl: outcome, javascript: outcome, python: outcome, go: outcome };
	};
	if (!built.request) {
		const first = built.errors[0];
		return refuse(
			first
				? `No snippet until the credentials are fixed: ${first.message}`
				: 'No snippet: there is no request to send.',
		);
	}
	const result = emitSnippets(built.request, { secrets: useEnv ? 'env' : 'inline' });
	if (!result.ok)
		return refuse(
			`No snippet: ${result.error.message} (${result.error.code}). ${result.error.fix}`,
		);
	const { curl, javascript, python, go } = result.snippets;
	return {
		curl: { ok: true, code: curl },
		javascript: { ok: true, code: javascript },
		python: { ok: true, code: python },
		go: { ok: true, code: go },
	};
}
