/**
 * The one request model. Every builder (Basic, Bearer, OAuth) returns an `ApiRequest`; every
 * consumer (the header view, the four snippet emitters, the mock API) reads one. A header value is
 * computed once, by its builder, and never rebuilt by a consumer.
 */

/** One header line as sent: name and value, order preserved (RFC 9110 §5.3 allows repeats). */
export type Header = readonly [name: string, value: string];

/**
 * A secret value (API key, password, token, client secret). Snippets read it from `envVar` by
 * default and inline `value` only when the reader asks; views show it masked. Marking secrets in
 * the model, rather than guessing from header names, is what lets every emitter treat them alike.
 */
export interface Secret {
	readonly kind: 'secret';
	readonly value: string;
	readonly envVar: string;
}

/** A value that is either plain text or a secret. */
export type Part = string | Secret;

/** The plain value of a part, for the wire. */
export function partValue(part: Part): string {
	return typeof part === 'string' ? part : part.value;
}

/**
 * How the `Authorization` header value was made, so that a snippet in environment-variable mode
 * can rebuild it in its own language from the variable (the header itself is in `headers`).
 */
export type AuthorizationRecipe =
	| {
			readonly kind: 'basic';
			readonly userId: Part;
			readonly password: Part;
			/** RFC 6749 §2.3.1: OAuth client credentials are form-urlencoded before Base64. */
			readonly formEncode: boolean;
	  }
	| { readonly kind: 'bearer'; readonly token: Part };

/**
 * Where an API key travels when it is not in `Authorization`: a named header or a named query
 * parameter (OpenAPI `apiKey`, `in: header` or `in: query`). The header is in `headers`, the
 * parameter in `url` (the last one, encoded by `appendQueryParameter`), both computed by the
 * builder; this says which one holds the secret, so a snippet can read it from its variable.
 */
export interface ApiKeyPlacement {
	readonly in: 'header' | 'query';
	readonly name: string;
	readonly key: Part;
}

/** One form field; its value may be a secret (client_secret_post). */
export type FormField = readonly [name: string, value: Part];

/** An `application/x-www-form-urlencoded` body, fields in order (OAuth token requests). */
export interface FormBody {
	readonly kind: 'form';
	readonly fields: readonly FormField[];
}

/** A JSON body, kept as the exact text that goes on the wire. */
export interface JsonBody {
	readonly kind: 'json';
	readonly text: string;
}

export type RequestBody = FormBody | JsonBody;

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/**
 * A request that a snippet wraps in a small program instead of sending once:
 * - `authorization-url`: the front-channel authorization request (RFC 6749 §4.1.1). Nothing is
 *   sent; the snippet generates the code verifier (RFC 7636 §4.1) and `state` (§10.12) itself,
 *   computes the S256 challenge, and prints the URL with both variables to keep. The URL's own
 *   `state`, `code_challenge` and `code_challenge_method` are the builder's example values.
 * - `device-poll`: the device access token request (RFC 8628 §3.4) sent every `interval` seconds
 *   while the answer is `authorization_pending`, five seconds slower after `slow_down` (§3.5).
 */
export type RequestProgram =
	| {
			readonly kind: 'authorization-url';
			readonly codeVerifierEnvVar: string;
			readonly stateEnvVar: string;
	  }
	| { readonly kind: 'device-poll'; readonly interval: number };

export interface ApiRequest {
	readonly method: HttpMethod;
	/** Absolute URL, query included. */
	readonly url: string;
	/** Every header as sent, `Authorization` included, already computed by the builder. */
	readonly headers: readonly Header[];
	readonly body?: RequestBody;
	/** Present when `headers` holds an `Authorization` header built from credentials. */
	readonly authorization?: AuthorizationRecipe;
	/** Present when snippets wrap the request in a program (see `RequestProgram`). */
	readonly program?: RequestProgram;
	/** Present when an API key travels in a named header or query parameter instead. */
	readonly apiKey?: ApiKeyPlacement;
}

/** Every value of header `name`, compared case-insensitively (RFC 9110 §5.1). */
export function headerValues(headers: readonly Header[], name: string): string[] {
	const wanted = name.toLowerCase();
	return headers.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}

/** The first value of header `name`, or undefined. */
export function headerValue(headers: readonly Header[], name: string): string | undefined {
	return headerValues(headers, name)[0];
}

/** The body exactly as it goes on the wire (form fields percent-encoded as URLSearchParams does). */
export function encodeBody(body: RequestBody): string {
	if (body.kind === 'json') return body.text;
	return new URLSearchParams(
		body.fields.map(([name, value]) => [name, partValue(value)]),
	).toString();
}
