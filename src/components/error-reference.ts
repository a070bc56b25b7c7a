/**
 * The example response each profile gives for an error code: status line, headers and the
 * profile's own body. The headers follow the specs the simulator implements: a challenge on
 * every 401 (RFC 9110 §11.6.1) with RFC 6750 §3 error codes for Bearer, Retry-After and the
 * rate-limit fields on 429. Times are pinned so the page is reproducible.
 */
import type { Profile } from '../lib/profiles/index.ts';
import { reasonPhrases, type Header } from '../lib/http/index.ts';

/** The pinned clock of the examples: 2026-01-01T00:00:00Z. */
export const exampleNow = 1_767_225_600;
/** The Retry-After of the 429 examples, in seconds. */
export const exampleRetryAfter = 17;

export interface ExampleResponse {
	readonly statusLine: string;
	readonly headers: readonly Header[];
	readonly body: string;
}

/** Bearer error code per RFC 6750 §3.1 for a refused request, or none when no credentials came. */
function bearerError(code: string): string | undefined {
	if (code === 'missing-api-key' || code === 'wrong-scheme') return undefined;
	if (code === 'insufficient-scope') return 'insufficient_scope';
	if (code === 'duplicated-credentials') return 'invalid_request';
	return 'invalid_token';
}

/** The WWW-Authenticate challenge for a refusal, or undefined where none is sent. */
export function challenge(profile: Profile, code: string, status: number): string | undefined {
	if (profile.auth.scheme === 'basic') {
		return status === 401 ? `Basic realm="${profile.auth.realm}", charset="UTF-8"` : undefined;
	}
	const error = bearerError(code);
	if (status === 401 || (error !== undefined && error !== 'invalid_token')) {
		const params = [`realm="${profile.auth.realm}"`];
		if (error) params.push(`error="${error}"`);
		if (error === 'insufficient_scope') params.push(`scope="${profile.oauth?.scopes.at(-1)?.name ?? 'write'}"`);
		return `Bearer ${params.join(', ')}`;
	}
	return undefined;
}

/** Retry-After and the profile's rate-limit fields for a 429. */
function rateLimitHeaders(profile: Profile): Header[] {
	const headers: Header[] = [['Retry-After', String(exampleRetryAfter)]];
	const limits = profile.rateLimit;
	if (!limits) return headers;
	const tier = limits.tiers.find((t) => t.name === limits.defaultTier) ?? limits.tiers[0]!;
	const quota = tier.requestsPerHour ?? tier.burst;
	const reset = limits.reset === 'epoch-seconds' ? exampleNow + exampleRetryAfter : exampleRetryAfter;
	headers.push(
		[`${limits.headerPrefix}-Limit`, String(quota)],
		[`${limits.headerPrefix}-Remaining`, '0'],
		[`${limits.headerPrefix}-Reset`, String(reset)],
		['RateLimit-Policy', `"hourly";q=${quota};w=3600`],
		['RateLimit', `"hourly";r=0;t=${exampleRetryAfter}`],
	);
	return headers;
}

/** The full example response `profile` sends for error `code`, or undefined if it never does. */
export function exampleResponse(profile: Profile, code: string): ExampleResponse | undefined {
	const error = profile.errors[code];
	if (!error) return undefined;
	const body = error.body.replaceAll('{retryAfter}', String(exampleRetryAfter));
	const headers: Header[] = [
		['Content-Type', error.contentType],
		['Content-Length', String(new TextEncoder().encode(body).length)],
	];
	const www = challenge(profile, code, error.status);
	if (www) headers.push(['WWW-Authenticate', www]);
	if (error.status === 429) headers.push(...rateLimitHeaders(profile));
	return { statusLine: `HTTP/1.1 ${error.status} ${reasonPhrases[error.status] ?? ''}`.trimEnd(), headers, body };
}

/** The response as an HTTP client prints it. */
export function formatResponse(response: ExampleResponse): string {
	return [response.statusLine, ...response.headers.map(([name, value]) => `${name}: ${value}`), '', response.body].join('\n');
}

/** Every code any profile returns, explained ones first in their order, then the rest sorted. */
export function allErrorCodes(profiles: readonly Profile[], ordered: readonly string[]): string[] {
	const used = new Set(profiles.flatMap((profile) => Object.keys(profile.errors)));
	return [...ordered, ...[...used].filter((code) => !ordered.includes(code)).sort()];
}
