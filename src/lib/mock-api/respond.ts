/**
 * The response builder. Every response starts with Date (RFC 9110 §6.6.1: an origin server with a
 * clock sends it), then Content-Type and Content-Length (in bytes of the UTF-8 body, RFC 9110
 * §8.6), then the headers particular to the answer.
 */
import { reasonPhrases, type ApiResponse, type Header } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';
import { utf8Bytes } from '../auth/base64.ts';
import { errorCodes, type ErrorCode } from './error-codes.ts';
import { challengeFor, type ChallengeDetails } from './challenge.ts';

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
export interface ErrorOptions extends ChallengeDetails {
	/** Why, in this instance: goes into simulator and OAuth bodies. ASCII, no quotes. */
	readonly detail?: string;
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

/** The body and content type for `code`: the profile's own, an RFC 6749 one, or the simulator's. */
function errorBody(
	profile: Profile,
	code: ErrorCode,
	options: ErrorOptions,
): { type: string; body: string } {
	const entry = errorCodes[code];
	const own = profile.errors[code];
	if (entry.body === 'profile' && own)
		return { type: own.contentType, body: fillPlaceholders(own.body, options.placeholders ?? {}) };
	if ('oauthError' in entry) {
		return {
			type: 'application/json;charset=UTF-8',
			body: JSON.stringify({
				error: entry.oauthError,
				error_description: options.detail ?? entry.title,
			}),
		};
	}
	return {
		type: 'application/json',
		body: JSON.stringify({ error: code, message: options.detail ?? entry.title }),
	};
}

/** A response for a code with the simulator's own body and no challenge, needing no profile (the HTTP server's answers). */
export function simulatorResponse(
	code: ErrorCode,
	now: number,
	detail: string,
	headers: readonly Header[] = [],
): ApiResponse {
	return respond(
		errorCodes[code].status,
		'application/json',
		JSON.stringify({ error: code, message: detail }),
		headers,
		now,
		code,
	);
}

/** The response for `code` as `profile` gives it, with its challenge and extra headers. */
export function errorResponse(
	profile: Profile,
	code: ErrorCode,
	now: number,
	options: ErrorOptions = {},
): ApiResponse {
	const entry = errorCodes[code];
	const { type, body } = errorBody(profile, code, options);
	const challenge = challengeFor(profile, code, options);
	const headers: Header[] = challenge ? [['WWW-Authenticate', challenge]] : [];
	headers.push(...(entry.body === 'oauth' ? noStore : []), ...(options.headers ?? []));
	return respond(entry.status, type, body, headers, now, code);
}

/** A 302 to `location` (RFC 9110 §15.4.3); `errorCode` when the redirect reports an error. */
export function redirect(location: string, now: number, errorCode?: ErrorCode): ApiResponse {
	return respond(302, '', '', [['Location', location], ...noStore], now, errorCode);
}
