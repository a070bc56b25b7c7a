/**
 * A grant step's four snippets (the authorization URL's small program included, which is why this
 * calls emitSnippets and not the request-only path of kit/snippet-outcome.ts), or the one reason
 * the step has none yet. The grants element draws each step from it and the server renders the
 * first steps with it (grant-first-steps.ts), so the two cannot disagree.
 */
import type { StepRequest } from '../../lib/flows/index.ts';
import type { Language } from '../../lib/share/index.ts';
import { emitSnippets } from '../../lib/snippets/index.ts';
import { refuseAll, type FixOf, type SnippetOutcome } from '../kit/snippet-outcome.ts';

export function stepSnippets(
	built: StepRequest,
	useEnv: boolean,
	fixOf: FixOf,
): Record<Language, SnippetOutcome> {
	if (!built.ok) return refuseAll(built.reason);
	const emitted = emitSnippets(built.request, { secrets: useEnv ? 'env' : 'inline' });
	if (!emitted.ok)
		return refuseAll(`No snippet: ${emitted.error.message} ${fixOf(emitted.error.code)}`);
	const outcome = (language: Language): SnippetOutcome => ({
		ok: true,
		code: emitted.snippets[language],
		tokens: emitted.tokens[language],
	});
	return {
		curl: outcome('curl'),
		javascript: outcome('javascript'),
		python: outcome('python'),
		go: outcome('go'),
	};
}
