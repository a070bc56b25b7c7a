/**
 * The `WWW-Authenticate` field (RFC 9110 §11.6.1) for an error code and a profile. Bearer follows
 * RFC 6750 §3: no error attribute when credentials were absent or of another scheme,
 * error="invalid_token" when they were bad, error="insufficient_scope" with scope="…" on a 403.
 * Basic follows RFC 7617 §2 and §2.1: a realm and charset="UTF-8", and never an error attribute.
 */
import type { Profile } from '../profiles/index.ts';
import { errorCodes, type ErrorCode, type ErrorCodeEntry } from './error-codes.ts';

/** A quoted-string (RFC 9110 §5.6.4): backslash and double quote escaped. */
export function quotedString(value: string): string {
	return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/** The Basic challenge: realm plus charset="UTF-8" (RFC 7617 §2.1). */
export function basicChallenge(realm: string): string {
	return `Basic realm=${quotedString(realm)}, charset="UTF-8"`;
}

/** Extra facts some challenges carry. */
export interface ChallengeDetails {
	/** For insufficient_scope: the scopes the resource needs (RFC 6750 §3). */
	readonly scope?: string;
}

/** A Bearer challenge; with an error, error_description is the table's title for the code. */
function bearer(
	realm: string,
	error: string | null,
	code: ErrorCode,
	details: ChallengeDetails,
): string {
	const params = [`realm=${quotedString(realm)}`];
	if (error) params.push(`error="${error}"`);
	// RFC 6750 §3 allows only %x20-21 / %x23-5B / %x5D-7E in error_description.
	if (error)
		params.push(
			`error_description=${quotedString(errorCodes[code].title.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, ''))}`,
		);
	if (details.scope) params.push(`scope=${quotedString(details.scope)}`);
	return `Bearer ${params.join(', ')}`;
}

/** The realm a profile names; an apiKey profile has none, so its token endpoint uses the API's host. */
function realmOf(profile: Profile): string {
	return profile.auth.scheme === 'apiKey' ? new URL(profile.baseUrl).hostname : profile.auth.realm;
}

/**
 * The challenge to send with `asked` (as the code it is answered as: a revoked key as an unknown
 * one), or null when the response carries none. A key in a named header or query parameter uses
 * no HTTP authentication scheme, so such an API sends the challenge its profile declares on a 401
 * about the key, or none at all.
 */
export function challengeFor(
	profile: Profile,
	asked: ErrorCode,
	details: ChallengeDetails = {},
): string | null {
	const table: Record<ErrorCode, ErrorCodeEntry> = errorCodes;
	const code = table[asked].sameAs ?? asked;
	const rule = errorCodes[code].challenge;
	const realm = realmOf(profile);
	if (rule === 'none') return null;
	if (rule === 'client-basic') return basicChallenge(realm);
	if (profile.auth.scheme === 'apiKey')
		return errorCodes[code].status === 401 ? (profile.auth.challenge ?? null) : null;
	if (profile.auth.scheme === 'basic')
		return rule === 'invalid-request' || rule === 'insufficient-scope'
			? null
			: basicChallenge(realm);
	switch (rule) {
		case 'scheme':
			return bearer(realm, null, code, {});
		case 'invalid-token':
			return bearer(realm, 'invalid_token', code, details);
		case 'invalid-request':
			return bearer(realm, 'invalid_request', code, details);
		case 'insufficient-scope':
			return bearer(realm, 'insufficient_scope', code, details);
	}
}
