/**
 * The snippet for one language, from the snippets library (one emitter per language), or why
 * there is none. The server rendering and the island both call this, so they cannot disagree.
 */
import type { ApiRequest } from '../../lib/http/index.ts';
import type { Language, StateRequest } from '../../lib/share/index.ts';
import { emitCurl, emitGo, emitJavaScript, emitPython, planSnippet } from '../../lib/snippets/index.ts';

export type SnippetOutcome = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: string };

const emitters = { curl: emitCurl, javascript: emitJavaScript, python: emitPython, go: emitGo } as const;

/** The code for `language`; environment-variable mode unless `useEnv` is false. */
export function snippetFor(language: Language, request: ApiRequest, useEnv: boolean): SnippetOutcome {
	const planned = planSnippet(request, useEnv ? 'env' : 'inline');
	if (!planned.ok) return { ok: false, reason: `No snippet: ${planned.error.message} (${planned.error.code}). ${planned.error.fix}` };
	return { ok: true, code: emitters[language](planned.plan) };
}

/** The snippet for the state's request, or why the builder produced no request. */
export function snippetForBuild(language: Language, built: StateRequest, useEnv: boolean): SnippetOutcome {
	if (built.request) return snippetFor(language, built.request, useEnv);
	const first = built.errors[0];
	return { ok: false, reason: first ? `No snippet until the credentials are fixed: ${first.message}` : 'No snippet: there is no request to send.' };
}
