/**
 * The example response each profile gives for an error code on /reference/errors/, produced by
 * the mock API's own response builder (`errorResponse`) and rate limiter (`drawRequest`) with a
 * pinned clock, so the reference shows exactly what the simulator sends.
 */
import type { ApiResponse } from '../lib/http/index.ts';
import type { Profile } from '../lib/profiles/index.ts';
import {
	codesFor,
	demoClients,
	drawRequest,
	errorCodes,
	errorResponse,
	redirect,
	type ErrorCode,
	type ErrorOptions,
	type RateState,
} from '../lib/mock-api/index.ts';

/** The pinned clock of the examples: 2026-01-01T00:00:00Z, in milliseconds. */
export const exampleNow = Date.UTC(2026, 0, 1);

/** The rate-limit headers of the request that finds the default tier's bucket empty. */
function exhaustedBucket(profile: Profile): Pick<ErrorOptions, 'headers' | 'placeholders'> {
	const config = profile.rateLimit;
	if (!config) return {};
	let state: RateState = new Map();
	for (;;) {
		const outcome = drawRequest(config, null, state, 'example', exampleNow);
		state = outcome.state;
		if (outcome.retryAfter !== null)
			return { headers: outcome.headers, placeholders: { retryAfter: String(outcome.retryAfter) } };
	}
}

/** What an instance of `code` needs beyond the code: a scope, rate-limit headers. */
function optionsFor(profile: Profile, code: ErrorCode): ErrorOptions {
	if (code === 'rate-limit-exceeded') return exhaustedBucket(profile);
	if (code === 'insufficient-scope')
		return { scope: profile.oauth?.scopes.at(-1)?.name ?? 'write' };
	if (code === 'method-not-allowed') return { headers: [['Allow', profile.sampleEndpoint.method]] };
	return {};
}

/** The state value of the example authorization requests. */
export const exampleState = 'af0ifjsldkj';

/**
 * An authorization error goes back to the client as a redirect to its registered URI with
 * error, error_description and the client's state (RFC 6749 §4.1.2.1), as the simulator sends it.
 */
function errorRedirect(profile: Profile, code: ErrorCode): ApiResponse {
	const entry = errorCodes[code];
	const target = new URL(
		demoClients(profile)[0]?.redirectUris[0] ?? 'https://app.example.com/callback',
	);
	target.searchParams.append('error', 'oauthError' in entry ? entry.oauthError : 'invalid_request');
	target.searchParams.append('error_description', entry.title);
	target.searchParams.append('state', exampleState);
	return redirect(target.href, exampleNow, code);
}

/** The response `profile` sends for `code`, or undefined where it never answers with it. */
export function exampleResponse(profile: Profile, code: ErrorCode): ApiResponse | undefined {
	if (errorCodes[code].appliesTo !== 'server' && !codesFor(profile).includes(code))
		return undefined;
	if (errorCodes[code].status === 302) return errorRedirect(profile, code);
	return errorResponse(profile, code, exampleNow, optionsFor(profile, code));
}
