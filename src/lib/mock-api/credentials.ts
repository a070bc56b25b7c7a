/**
 * Reading what a request presents as credentials: the Authorization field split into scheme and
 * credentials (RFC 9110 §11.4), and credentials that also arrive by another route (a query
 * parameter or a form field, RFC 6750 §2.2 and §2.3), which makes the request ambiguous.
 */
import { decodeBase64 } from '../auth/base64.ts';
import { headerValues, partValue, type ApiRequest } from '../http/index.ts';

export type Presented =
	| { readonly kind: 'none' }
	| { readonly kind: 'duplicated'; readonly detail: string }
	| { readonly kind: 'malformed'; readonly detail: string }
	/** `credentials` is null when the field holds a single word (a scheme alone, or a bare key). */
	| { readonly kind: 'credentials'; readonly scheme: string; readonly credentials: string | null };

/** Parameter names that carry a key or token outside the Authorization field. */
export const credentialParameters = ['api_key', 'access_token'] as const;

/** token (RFC 9110 §5.6.2), the syntax of an auth-scheme. */
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** token68 (RFC 9110 §11.2), which is also RFC 6750's b64token. */
const token68Pattern = /^[A-Za-z0-9\-._~+/]+=*$/;

function otherRoutes(request: ApiRequest): string[] {
	const found: string[] = [];
	let query: URLSearchParams;
	try {
		query = new URL(request.url).searchParams;
	} catch {
		query = new URLSearchParams();
	}
	for (const name of credentialParameters) if (query.has(name)) found.push(`the ${name} query parameter`);
	if (request.body?.kind === 'form') {
		for (const [name] of request.body.fields) if ((credentialParameters as readonly string[]).includes(name)) found.push(`the ${name} form field`);
	}
	return found;
}

/** What the request presents; the field value is trimmed of optional whitespace (RFC 9110 §5.5). */
export function presentedCredentials(request: ApiRequest): Presented {
	const fields = headerValues(request.headers, 'authorization').map((value) => value.replace(/^[ \t]+|[ \t]+$/g, ''));
	if (fields.length > 1) return { kind: 'duplicated', detail: `The request has ${fields.length} Authorization header fields.` };
	const field = fields[0] ?? '';
	if (field === '') return { kind: 'none' };
	const others = otherRoutes(request);
	if (others.length > 0) return { kind: 'duplicated', detail: `Credentials arrived in the Authorization header and in ${others.join(' and ')}.` };
	const space = field.indexOf(' ');
	const scheme = space === -1 ? field : field.slice(0, space);
	if (!tokenPattern.test(scheme)) return { kind: 'malformed', detail: 'The Authorization value does not start with a scheme name.' };
	const credentials = space === -1 ? null : field.slice(space).replace(/^ +/, '');
	return { kind: 'credentials', scheme, credentials };
}

/** Whether `credentials` has token68 syntax (Base64 for Basic, b64token for Bearer). */
export function isToken68(credentials: string): boolean {
	return token68Pattern.test(credentials);
}

export type BasicDecoded =
	| { readonly ok: true; readonly userId: string; readonly password: string | null }
	| { readonly ok: false; readonly detail: string };

/**
 * Decodes Basic credentials (RFC 7617 §2): strict standard Base64, then UTF-8 (the charset the
 * challenge announces), then a split at the first colon. `password` is null when there is no
 * colon at all. Control characters are refused: RFC 7617 §2 excludes them from both parts.
 */
export function decodeBasic(credentials: string): BasicDecoded {
	if (!isToken68(credentials)) return { ok: false, detail: 'Basic credentials must be one Base64 string.' };
	const decoded = decodeBase64(credentials);
	if (!decoded.ok) return { ok: false, detail: decoded.message };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(decoded.bytes);
	} catch {
		return { ok: false, detail: 'The decoded credentials are not UTF-8 text.' };
	}
	if (/\p{Cc}/u.test(text)) return { ok: false, detail: 'The decoded credentials contain a control character.' };
	const colon = text.indexOf(':');
	return colon === -1 ? { ok: true, userId: text, password: null } : { ok: true, userId: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** Form fields of a request body by name, every value kept (to detect repeats, RFC 6749 §3.2). */
export function formFields(request: ApiRequest): Map<string, string[]> {
	const fields = new Map<string, string[]>();
	if (request.body?.kind !== 'form') return fields;
	for (const [name, value] of request.body.fields) fields.set(name, [...(fields.get(name) ?? []), partValue(value)]);
	return fields;
}
