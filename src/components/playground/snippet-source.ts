/**
 * The four snippets for the playground's request, or why there are none (the builder's first
 * error). The server rendering and the island both call this, so they cannot disagree.
 */
import type { Language, StateRequest } from '../../lib/share/index.ts';
import { refuseAll, snippetsFor, type FixOf, type SnippetOutcome } from '../kit/snippet-outcome.ts';

export type { SnippetOutcome };

/** Every language's snippet; environment-variable mode unless `useEnv` is false. */
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
