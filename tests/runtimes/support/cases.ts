/**
 * Turns requests into runnable cases against the recording server: the URL is moved to the
 * server under `/<id>/` (so each received request names its case), and each secret's variable
 * gets the id as a suffix (so one process can hold every case's secrets at once).
 */
import type { ApiRequest, AuthorizationRecipe, Part } from '../../../src/lib/http/request.ts';
import {
	emitSnippets,
	type SecretMode,
	type SnippetLanguage,
} from '../../../src/lib/snippets/index.ts';
import type { RecordedRequest } from './recording-server.ts';
import type { Runtime, SnippetCase } from './run-snippet.ts';

/** The request as one case sends it, and the environment its secrets are read from. */
export interface CaseRequest {
	readonly id: string;
	readonly request: ApiRequest;
	readonly env: Readonly<Record<string, string>>;
}

/** `request` moved to `origin` under `/<id>/`, with every secret variable suffixed `_<ID>`. */
export function retarget(request: ApiRequest, origin: string, id: string): CaseRequest {
	const env: Record<string, string> = {};
	const move = (part: Part): Part => {
		if (typeof part === 'string') return part;
		const envVar = `${part.envVar}_${id.toUpperCase()}`;
		env[envVar] = part.value;
		return { ...part, envVar };
	};
	const url = new URL(request.url);
	const recipe = request.authorization;
	const authorization: AuthorizationRecipe | undefined =
		recipe?.kind === 'bearer'
			? { ...recipe, token: move(recipe.token) }
			: recipe
				? { ...recipe, userId: move(recipe.userId), password: move(recipe.password) }
				: undefined;
	const body =
		request.body?.kind === 'form'
			? {
					...request.body,
					fields: request.body.fields.map(([name, value]) => [name, move(value)] as const),
				}
			: request.body;
	const apiKey = request.apiKey ? { ...request.apiKey, key: move(request.apiKey.key) } : undefined;
	const moved: ApiRequest = {
		...request,
		url: `${origin}/${id}${url.pathname}${url.search}`,
		...(authorization ? { authorization } : {}),
		...(apiKey ? { apiKey } : {}),
		...(body ? { body } : {}),
	};
	return { id, request: moved, env };
}

/** The language whose snippets a runtime runs. */
export const languageOf: Readonly<Record<Runtime, SnippetLanguage>> = {
	bash: 'curl',
	zsh: 'curl',
	node: 'javascript',
	python: 'python',
	go: 'go',
};

/** The snippet case for one request: the emitter's code, and the secrets in the environment only in env mode. */
export function snippetCase(runtime: Runtime, item: CaseRequest, mode: SecretMode): SnippetCase {
	const result = emitSnippets(item.request, { secrets: mode });
	if (!result.ok)
		throw new Error(`Case ${item.id} was refused: ${result.error.code}: ${result.error.message}`);
	return {
		id: item.id,
		code: result.snippets[languageOf[runtime]],
		...(mode === 'env' ? { env: item.env } : {}),
	};
}

/** The request the server received for case `id`. */
export function receivedFor(
	requests: readonly RecordedRequest[],
	id: string,
): RecordedRequest | undefined {
	return requests.find((request) => request.target.startsWith(`/${id}/`));
}
