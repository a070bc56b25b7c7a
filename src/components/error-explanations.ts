/**
 * What causes each simulated error and how to fix it, in the order the error reference lists
 * them. Interim: when the mock API's code table (`src/lib/mock-api/error-codes.ts`) is on main,
 * the reference reads its explanations from there and this file goes away.
 */

/** One error code's explanation for the reference page. */
export interface ErrorExplanation {
	readonly title: string;
	readonly cause: string;
	readonly fix: string;
}

export const errorExplanations = {
	'missing-api-key': {
		title: 'No credentials were sent',
		cause: 'The request has no Authorization header, or an empty one. Usually the environment variable that should hold the key is not set in the process that sent the request, so the code built no header; sometimes an HTTP client dropped the header when it followed a redirect to another host.',
		fix: 'Send the Authorization header on every request. Print whether the variable is set (not its value) in the failing process, and call the final URL directly instead of relying on a redirect.',
	},
	'malformed-authorization': {
		title: 'The Authorization header is not in the expected form',
		cause: 'A header arrived but does not follow the syntax of its scheme: no space after the scheme name, Basic credentials that are not valid Base64, a value wrapped in quotes, or a line break or other control character inside it.',
		fix: 'Rebuild the header with a builder rather than by hand, or paste it into the troubleshooting page, which points at the character that breaks it.',
	},
	'wrong-scheme': {
		title: 'The API expects a different scheme',
		cause: 'A Bearer token was sent to an API that uses Basic, or Basic credentials to an API that takes Bearer tokens. The key may be perfectly valid; it is wrapped in the wrong way.',
		fix: 'Use the scheme named in the WWW-Authenticate challenge of the 401 response. The API quickstart lists it first.',
	},
	'missing-colon': {
		title: 'Basic credentials without the colon',
		cause: 'The Basic credentials decode to the key alone. This API wants an empty user-id and the key as the password, so the text to encode is a colon followed by the key; without the colon the server cannot split user-id from password.',
		fix: 'Encode ":" followed by the key, not the key alone. With curl, write -u ":$KEY" including the colon.',
	},
	'invalid-api-key': {
		title: 'The key is not known',
		cause: 'The header is well formed but the API has no such key. Common reasons: the key was copied incompletely or with an extra space or newline, it belongs to another environment or another API, or it was regenerated since.',
		fix: 'Copy the key again from the place it is stored and compare its prefix and last four characters with the list in the dashboard. If no key there matches, create a new one.',
	},
	'revoked-api-key': {
		title: 'The key was revoked',
		cause: 'The key was deleted, reset or rotated out. The API answers exactly as it does for a key it never issued, so that a stolen key reveals nothing.',
		fix: 'Create a new key and put it into the integration. Before that, check the old key\'s last-used time in the dashboard to find anything else still using it.',
	},
	'token-expired': {
		title: 'The access token has expired',
		cause: 'An OAuth 2.0 access token was used after the lifetime given by expires_in in its token response.',
		fix: 'Get a new access token with the refresh_token grant (or, for client credentials, request a new one), then retry the request once. Refresh a minute before expiry to avoid the failed call altogether.',
	},
	'insufficient-scope': {
		title: 'The token lacks a required scope',
		cause: 'The token is valid but was not granted the scope this request needs. The WWW-Authenticate challenge names the scope with scope="…".',
		fix: 'Add the scope to the authorization request and have the user approve access again; a refresh cannot add scopes that were never granted.',
	},
	'test-key-live-only': {
		title: 'A test key was used on a live resource',
		cause: 'The key is a valid sandbox key (for example sk_test_…), but the resource exists only in the live environment.',
		fix: 'Use a live key (sk_live_…) for production resources, or create the resource in the sandbox for testing.',
	},
	'wrong-workspace': {
		title: 'The key belongs to another account',
		cause: 'The key is valid, but it was issued to a different workspace, team or account from the one that owns the resource.',
		fix: 'Use a key created inside the workspace that owns the resource. Naming keys after their integration and workspace prevents the mix-up.',
	},
	'duplicated-credentials': {
		title: 'Credentials were sent more than once',
		cause: 'The key or token arrived in two places, for example in the Authorization header and in a query parameter or form field. RFC 6750 §2 allows exactly one method per request.',
		fix: 'Send the credentials in the Authorization header only and remove the query parameter or form field. Credentials in a URL also end up in logs.',
	},
	'rate-limit-exceeded': {
		title: 'Too many requests',
		cause: 'The key has used up its allowance: the burst is spent and the hourly quota has not refilled enough for another request.',
		fix: 'Wait at least as long as Retry-After says before retrying, back off exponentially with jitter, and pace requests using the remaining-quota headers.',
	},
} as const satisfies Record<string, ErrorExplanation>;

export type ExplainedErrorCode = keyof typeof errorExplanations;
