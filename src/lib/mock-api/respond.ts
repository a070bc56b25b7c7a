/**
 * The response builder. Every response starts with Date (RFC 9110 §6.6.1: an origin server with a
 * clock sends it), then Content-Type and Content-Length (in bytes of the UTF-8 body, RFC 9110
 * §8.6), then the headers particular to the answer.
 */
import { reasonPhrases, type ApiResponse, type Header } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';
import { utf8Bytes } from '../auth/base64.ts';
import { errorCodes, type ErrorCode, type ErrorCodeEntry } from './error-codes.ts';
import { challengeFor } from './challenge.ts';

/** The IMF-fixdate of `now` (RFC 9110 §5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT". */
export function httpDate(now: number): string {
	return new Date(Math.floor(now / 1000) * 1000).toUTCString();
}

/** The content type the API uses for JSON: the one its own error bodies declare. */
export function apiJsonType(profile: Profile): string {
	return profile.errors['missing-api-key']?.contentType ?? 'application/json';
}

/** A response with a body; `headers` follow Date, Content-Type and Content-Length. */
export function respond(
	status: number,
	contentType: string,
	body: string,
	headers: readonly Header[],
	now: number,
	errorCode?: ErrorCode,
): ApiResponse {
	const all: Header[] = [['Date', httpDate(now)]];
	if (body !== '' || contentType !== '') all.push(['Content-Type', contentType]);
	all.push(['Content-Length', String(utf8Bytes(body).length)], ...headers);
	const response = { status, statusText: reasonPhrases[status] ?? '', headers: all, body };
	return errorCode ? { ...response, errorCode } : response;
}

/** Options for an error response beyond its code. */
export interface ErrorOptions {
	/** For insufficient_scope: the scope the resource needs (RFC 6750 §3). */
	readonly scope?: string;
	/** Why, in this instance, for the reader beside the response; never on the wire. */
	readonly explanation?: string;
	/** Values for {placeholders} in the profile's body, such as {retryAfter}. */
	readonly placeholders?: Readonly<Record<string, string>>;
	/** Headers after WWW-Authenticate, such as rate-limit fields or Allow. */
	readonly headers?: readonly Header[];
}

/** RFC 6749 §5.1 and §5.2: token endpoint answers must not be cached. */
export const noStore: readonly Header[] = [
	['Cache-Control', 'no-store'],
	['Pragma', 'no-cache'],
];

function fillPlaceholders(body: string, values: Readonly<Record<string, string>>): string {
	return body.replace(/\{([A-Za-z]+)\}/g, (match, name: string) => values[name] ?? match);
}

/** The code whose bytes go on the wire for `code`: itself, or the one it is answered as. */
export function wireCode(code: ErrorCode): ErrorCode {
	const entry: ErrorCodeEntry = errorCodes[code];
	return entry.sameAs ?? code;
}

/** The text a response carries about `code`: the table's title (RFC 6749 §5.2 error_description). */
export function wireDescription(code: ErrorCode): string {
	return errorCodes[wireCode(code)].title;
}

/** The body and content type for `code`: the profile's own, an RFC 6749 one, or the simulator's. */
function errorBody(
	profile: Profile,
	code: ErrorCode,
	options: ErrorOptions,
): { type: string; body: string } {
	const wire = wireCode(code);
	const entry = errorCodes[wire];
	const own = profile.errors[wire];
	if (entry.body === 'profile' && own)
		return { type: own.contentType, body: fillPlaceholders(own.body, options.placeholders ?? {}) };
	if ('oauthError' in entry)
		return {
			type: 'application/json;charset=UTF-8',
			body: JSON.stringify({ error: entry.oauthError, error_description: entry.title }),
		};
	return simulatorBody(wire);
}

function simulatorBody(code: ErrorCode): { type: string; body: string } {
	return {
		type: 'application/json',
		body: JSON.stringify({ error: code, message: errorCodes[code].title }),
	};
}

function explained(response: ApiResponse, explanation: string | undefined): ApiResponse {
	return explanation === undefined ? response : { ...response, explanation };
}

/** A response for a code with the simulator's own body and no challenge, needing no profile (the HTTP server's answers). */
export function simulatorResponse(
	code: ErrorCode,
	now: number,
	explanation: string,
	headers: readonly Header[] = [],
): ApiResponse {
	const { type, body } = simulatorBody(code);
	return explained(respond(errorCodes[code].status, type, body, headers, now, code), explanation);
}

/** The response for `code` as `profile` gives it, with its challenge and extra headers. */
export function errorResponse(
	profile: Profile,
	code: ErrorCode,
	now: number,
	options: ErrorOptions = {},
): ApiResponse {
	const entry: ErrorCodeEntry = errorCodes[wireCode(code)];
	const { type, body } = errorBody(profile, code, options);
	const challenge = challengeFor(
		profile,
		code,
		options.scope === undefined ? {} : { scope: options.scope },
	);
	const headers: Header[] = challenge ? [['WWW-Authenticate', challenge]] : [];
	const cache = entry.body === 'oauth' ? noStore : entry.noStore ? noStore.slice(0, 1) : [];
	headers.push(...cache, ...(options.headers ?? []));
	return explained(respond(entry.status, type, body, headers, now, code), options.explanation);
}

/** A 302 to `location` (RFC 9110 §15.4.3); `errorCode` when the redirect reports an error. */
export function redirect(location: string, now: number, errorCode?: ErrorCode): ApiResponse {
	return respond(302, '', '', [['Location', location], ...noStore], now, errorCode);
}

/** The redirect URI with `values` appended to its query, which is kept (RFC 6749 §3.1.2). */
export function redirectTo(
	redirectUri: string,
	values: Readonly<Record<string, string | undefined>>,
): string {
	const target = new URL(redirectUri);
	for (const [name, value] of Object.entries(values))
		if (value !== undefined) target.searchParams.append(name, value);
	return target.href;
}

/**
 * An authorization error sent back to the client (RFC 6749 §4.1.2.1): a redirect to its
 * registered URI with error, error_description (the table's title) and the client's state.
 */
export function errorRedirect(
	code: ErrorCode,
	redirectUri: string,
	state: string | undefined,
	now: number,
	explanation?: string,
): ApiResponse {
	const entry: ErrorCodeEntry = errorCodes[code];
	const location = redirectTo(redirectUri, {
		error: entry.oauthError ?? 'invalid_request',
		error_description: entry.title,
		state,
	});
	return explained(redirect(location, now, code), explanation);
}
