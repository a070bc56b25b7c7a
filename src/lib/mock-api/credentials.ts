/**
 * Reading what a request presents as credentials: the Authorization field split into scheme and
 * credentials (RFC 9110 §11.4), and credentials that also arrive by another route (a query
 * parameter or a form field, RFC 6750 §2.2 and §2.3), which makes the request ambiguous.
 */
import { parseAuthorization } from '../auth/authorization.ts';
import { headerValues, partValue, type ApiRequest } from '../http/index.ts';

export type Presented =
	| { readonly kind: 'none' }
	| { readonly kind: 'duplicated'; readonly detail: string }
	| { readonly kind: 'malformed'; readonly detail: string }
	| { readonly kind: 'credentials'; readonly scheme: string; readonly credentials: string };

/** Parameter names that carry a key or token outside the Authorization field. */
export const credentialParameters = ['api_key', 'access_token'] as const;

function otherRoutes(request: ApiRequest): string[] {
	const found: string[] = [];
	let query: URLSearchParams;
	try {
		query = new URL(request.url).searchParams;
	} catch {
		query = new URLSearchParams();
	}
	for (const name of credentialParameters)
		if (query.has(name)) found.push(`the ${name} query parameter`);
	if (request.body?.kind === 'form') {
		for (const [name] of request.body.fields)
			if ((credentialParameters as readonly string[]).includes(name))
				found.push(`the ${name} form field`);
	}
	return found;
}

/** What the request presents; the field value is trimmed of optional whitespace (RFC 9110 §5.5). */
export function presentedCredentials(request: ApiRequest): Presented {
	const fields = headerValues(request.headers, 'authorization').map((value) =>
		value.replace(/^[ \t]+|[ \t]+$/g, ''),
	);
	if (fields.length > 1)
		return {
			kind: 'duplicated',
			detail: `The request has ${fields.length} Authorization header fields.`,
		};
	const field = fields[0] ?? '';
	if (field === '') return { kind: 'none' };
	const others = otherRoutes(request);
	if (others.length > 0)
		return {
			kind: 'duplicated',
			detail: `Credentials arrived in the Authorization header and in ${others.join(' and ')}.`,
		};
	// The core's parser: a scheme word, spaces, credentials; control characters, quotes and
	// invisible characters refused. A bare key or a scheme alone has no credentials part.
	const parsed = parseAuthorization(field);
	if (!parsed.ok)
		return {
			kind: 'malformed',
			detail: 'The Authorization value is not a scheme followed by credentials.',
		};
	return { kind: 'credentials', scheme: parsed.scheme, credentials: parsed.credentials };
}

/** Form fields of a request body by name, every value kept (to detect repeats, RFC 6749 §3.2). */
export function formFields(request: ApiRequest): Map<string, string[]> {
	const fields = new Map<string, string[]>();
	if (request.body?.kind !== 'form') return fields;
	for (const [name, value] of request.body.fields)
		fields.set(name, [...(fields.get(name) ?? []), partValue(value)]);
	return fields;
}
