/**
 * Reading an API key from where an apiKey profile takes it: its named header (case-insensitive,
 * RFC 9110 §5.1, the value trimmed of optional whitespace, §5.5) or its named query parameter
 * (decoded as application/x-www-form-urlencoded, as servers read queries). A key sent twice there
 * makes the request ambiguous; a key anywhere else is not seen, as a real API would not see it.
 */
import { headerValues, type ApiRequest } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';

export type PresentedKey =
	| { readonly kind: 'none'; readonly detail: string }
	| { readonly kind: 'duplicated'; readonly detail: string }
	| { readonly kind: 'key'; readonly key: string };

type ApiKeyAuth = Extract<Profile['auth'], { scheme: 'apiKey' }>;

function queryValues(request: ApiRequest, name: string): string[] {
	try {
		return new URL(request.url).searchParams.getAll(name);
	} catch {
		return [];
	}
}

/** Where the key should have been, for a detail a reader can act on. */
function elsewhere(request: ApiRequest, auth: ApiKeyAuth): string {
	const wanted =
		auth.in === 'header' ? `the ${auth.name} header` : `the ${auth.name} query parameter`;
	if (headerValues(request.headers, 'authorization').length > 0)
		return `No key in ${wanted}; this API does not read the Authorization header.`;
	if (auth.in === 'header' && queryValues(request, auth.name).length > 0)
		return `No key in ${wanted}; a query parameter of that name is not read.`;
	if (auth.in === 'query' && headerValues(request.headers, auth.name).length > 0)
		return `No key in ${wanted}; a header of that name is not read.`;
	return `No key in ${wanted}.`;
}

/** The key the request presents where `auth` says, or why there is none. */
export function presentedKey(request: ApiRequest, auth: ApiKeyAuth): PresentedKey {
	const values =
		auth.in === 'header'
			? headerValues(request.headers, auth.name).map((value) =>
					value.replace(/^[ \t]+|[ \t]+$/g, ''),
				)
			: queryValues(request, auth.name);
	const where =
		auth.in === 'header' ? `${auth.name} header fields` : `${auth.name} query parameters`;
	if (values.length > 1)
		return { kind: 'duplicated', detail: `The request has ${values.length} ${where}.` };
	const key = values[0] ?? '';
	return key === '' ? { kind: 'none', detail: elsewhere(request, auth) } : { kind: 'key', key };
}
