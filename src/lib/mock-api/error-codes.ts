/**
 * Every answer the simulated APIs give other than success, in one table. A code is stable: it is
 * the `errorCode` of an `ApiResponse`, the anchor of its entry on /reference/errors/ and what
 * support links point to. Codes and statuses are declared in the registry (src/lib/codes); what
 * the page says about each (cause, fix, what WWW-Authenticate says) is content,
 * src/content/codes/mock.yaml. This table holds how the mock answers: the rest is wire data.
 *
 * `body` says where the response body comes from: `profile` (the API's own bytes in its YAML
 * file), `oauth` (RFC 6749 §5.2 JSON: error + error_description), `simulator` (the simulator's own
 * JSON, for situations the API's docs do not cover) or `none` (a redirect).
 *
 * Every text on the wire comes from here or from the profile's bytes: the `error_description` of
 * an OAuth body, of a redirect and of a Bearer challenge, and the simulator's `message`, are the
 * entry's `title` (of the `sameAs` entry when there is one). What one request did wrong in
 * particular goes into the response's `explanation`, which never leaves the page.
 */

import { referenceErrorCodes, type ErrorStatus, type MockCode } from '../codes/index.ts';

/** How the `WWW-Authenticate` field (RFC 9110 §11.6.1) is built for a code. */
export type ChallengeRule =
	/** No challenge: the credentials were fine, or the problem is not about them. */
	| 'none'
	/** The API's scheme and realm, no error attribute (RFC 6750 §3.1; Basic adds charset, RFC 7617 §2.1). */
	| 'scheme'
	/** Bearer: error="invalid_token"; Basic, which has no error attribute: same as `scheme`. */
	| 'invalid-token'
	/** Bearer: error="invalid_request"; Basic: none. */
	| 'invalid-request'
	/** Bearer: error="insufficient_scope" with scope="…" (RFC 6750 §3.1). */
	| 'insufficient-scope'
	/** The token endpoint's own Basic challenge for client authentication (RFC 6749 §5.2). */
	| 'client-basic';

/** Which profiles can be answered with a code. `server` codes come from the HTTP server only. */
/** `authorization-header`: profiles that read the key from Authorization (Basic, Bearer), not a named header or query parameter. */
export type Applicability =
	| 'every-profile'
	| 'authorization-header'
	| 'basic-colon'
	| 'test-keys'
	| 'oauth'
	| 'oauth-device'
	| 'rate-limit'
	| 'server';

export type BodySource = 'profile' | 'oauth' | 'simulator' | 'none';

/** The `error` values of RFC 6749 §4.1.2.1 and §5.2. */
export type OAuthErrorName =
	| 'invalid_request'
	| 'invalid_client'
	| 'invalid_grant'
	| 'unauthorized_client'
	| 'unsupported_grant_type'
	| 'invalid_scope'
	| 'access_denied'
	| 'unsupported_response_type'
	/** RFC 8628 §3.5. */
	| 'authorization_pending'
	| 'slow_down'
	| 'expired_token';

export interface ErrorCodeEntry {
	/** From the registry (src/lib/codes), where each code is declared. */
	readonly status: ErrorStatus;
	/** A short heading, sent on the wire. ASCII without quotes or backslashes: it may travel in error_description. */
	readonly title: string;
	readonly challenge: ChallengeRule;
	readonly body: BodySource;
	readonly appliesTo: Applicability;
	readonly oauthError?: OAuthErrorName;
	/**
	 * On the wire, answered exactly as this other code (status, headers, body): a revoked key is
	 * answered like an unknown one, so the answer does not reveal that the key once existed.
	 */
	readonly sameAs?: 'invalid-api-key';
	/** The response must not be stored by caches (RFC 9111 §5.2.2.5): a 429 is about this moment. */
	readonly noStore?: true;
}

/** The one table. Resource-server codes first, then the OAuth server's, then the HTTP server's. */
const behaviours = {
	'missing-api-key': {
		title: 'No API key was sent',
		challenge: 'scheme',
		body: 'profile',
		appliesTo: 'every-profile',
	},
	'malformed-authorization': {
		title: 'The Authorization header could not be parsed',
		challenge: 'invalid-token',
		body: 'profile',
		appliesTo: 'authorization-header',
	},
	'wrong-scheme': {
		title: 'The API expects another authentication scheme',
		challenge: 'scheme',
		body: 'profile',
		appliesTo: 'authorization-header',
	},
	'missing-colon': {
		title: 'The Basic credentials do not start with a colon',
		challenge: 'scheme',
		body: 'profile',
		appliesTo: 'basic-colon',
	},
	'invalid-api-key': {
		title: 'The API key or token is not recognised',
		challenge: 'invalid-token',
		body: 'profile',
		appliesTo: 'every-profile',
	},
	'revoked-api-key': {
		title: 'The key or token was revoked',
		challenge: 'invalid-token',
		body: 'profile',
		appliesTo: 'every-profile',
		sameAs: 'invalid-api-key',
	},
	'token-expired': {
		title: 'The access token has expired',
		challenge: 'invalid-token',
		body: 'profile',
		appliesTo: 'oauth',
	},
	'insufficient-scope': {
		title: 'The token lacks the scope this request needs',
		challenge: 'insufficient-scope',
		body: 'profile',
		appliesTo: 'oauth',
	},
	'test-key-live-only': {
		title: 'A test key cannot act on live data',
		challenge: 'none',
		body: 'profile',
		appliesTo: 'test-keys',
	},
	'wrong-workspace': {
		title: 'The key belongs to another workspace',
		challenge: 'none',
		body: 'profile',
		appliesTo: 'every-profile',
	},
	'rate-limit-exceeded': {
		title: 'Too many requests',
		challenge: 'none',
		body: 'profile',
		appliesTo: 'rate-limit',
		noStore: true,
	},
	'duplicated-credentials': {
		title: 'Credentials were sent twice',
		challenge: 'invalid-request',
		body: 'profile',
		appliesTo: 'every-profile',
	},
	'not-found': {
		title: 'No such endpoint',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'every-profile',
	},
	'method-not-allowed': {
		title: 'This endpoint does not take this method',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'every-profile',
	},
	'malformed-json': {
		title: 'The JSON body does not parse',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'every-profile',
	},
	'unknown-client': {
		title: 'The client_id is not registered',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
	},
	'redirect-uri-mismatch': {
		title: 'The redirect URI is not registered for this client',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
	},
	'authorization-request-invalid': {
		title: 'The authorization request is missing or repeats a parameter',
		challenge: 'none',
		body: 'none',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
	},
	'pkce-required': {
		title: 'PKCE is required',
		challenge: 'none',
		body: 'none',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
	},
	'pkce-method-not-s256': {
		title: 'Only the S256 PKCE method is accepted',
		challenge: 'none',
		body: 'none',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
	},
	'unsupported-response-type': {
		title: 'Only response_type=code is supported',
		challenge: 'none',
		body: 'none',
		oauthError: 'unsupported_response_type',
		appliesTo: 'oauth',
	},
	'invalid-scope': {
		title: 'A requested scope is unknown',
		challenge: 'none',
		body: 'none',
		oauthError: 'invalid_scope',
		appliesTo: 'oauth',
	},
	'token-scope-invalid': {
		title: 'The token request asks for a scope it cannot have',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_scope',
		appliesTo: 'oauth',
	},
	'access-denied': {
		title: 'The user declined the request',
		challenge: 'none',
		body: 'none',
		oauthError: 'access_denied',
		appliesTo: 'oauth',
	},
	'token-request-invalid': {
		title: 'The token request is missing or repeats a parameter',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
	},
	'invalid-client': {
		title: 'Client authentication failed',
		challenge: 'client-basic',
		body: 'oauth',
		oauthError: 'invalid_client',
		appliesTo: 'oauth',
	},
	'unauthorized-client': {
		title: 'This client may not use this grant type',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'unauthorized_client',
		appliesTo: 'oauth',
	},
	'unsupported-grant-type': {
		title: 'This grant type is not supported',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'unsupported_grant_type',
		appliesTo: 'oauth',
	},
	'authorization-code-invalid': {
		title: 'The authorization code is not valid',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
	},
	'authorization-code-expired': {
		title: 'The authorization code has expired',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
	},
	'authorization-code-reused': {
		title: 'The authorization code was already used',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
	},
	'token-redirect-uri-mismatch': {
		title: 'The redirect_uri differs from the authorization request',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
	},
	'pkce-verifier-mismatch': {
		title: 'The code verifier does not match the challenge',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
	},
	'refresh-token-invalid': {
		title: 'The refresh token is not valid',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
	},
	'refresh-token-reused': {
		title: 'The refresh token was already used',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
	},
	'authorization-pending': {
		title: 'The person has not answered yet',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'authorization_pending',
		appliesTo: 'oauth-device',
	},
	'slow-down': {
		title: 'The device polls too often',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'slow_down',
		appliesTo: 'oauth-device',
	},
	'device-code-expired': {
		title: 'The device code has expired',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'expired_token',
		appliesTo: 'oauth-device',
	},
	'device-access-denied': {
		title: 'The person denied the device',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'access_denied',
		appliesTo: 'oauth-device',
	},
	'device-code-invalid': {
		title: 'The device code is not valid',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth-device',
	},
	'unknown-api': {
		title: 'No simulated API at this path',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'server',
	},
	'malformed-request': {
		title: 'The HTTP request could not be read',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'server',
	},
	'headers-too-large': {
		title: 'The request headers are too large',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'server',
	},
	'body-too-large': {
		title: 'The request body is too large',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'server',
	},
} as const satisfies Record<MockCode, Omit<ErrorCodeEntry, 'status'>>;

type Behaviours = typeof behaviours;

/** Each code's behaviour with the status the registry declares for it. */
function withStatus(table: Behaviours): {
	readonly [K in MockCode]: Behaviours[K] & { readonly status: ErrorStatus };
} {
	const entries = Object.entries(table).map(([code, entry]) => [
		code,
		{ status: referenceErrorCodes[code as MockCode].status, ...entry },
	]);
	return Object.fromEntries(entries) as {
		[K in MockCode]: Behaviours[K] & { status: ErrorStatus };
	};
}

/** Every code with its status, wire rules and page text. */
export const errorCodes = /* #__PURE__ */ withStatus(behaviours);

/** A stable code of the simulated APIs, declared in the registry. */
export type ErrorCode = MockCode;

/** Whether `code` is one of the table's codes (for input from outside, such as a URL anchor). */
export function isErrorCode(code: string): code is ErrorCode {
	return Object.hasOwn(errorCodes, code);
}
