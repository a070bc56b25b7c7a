/**
 * Every answer the simulated APIs give other than success, in one table. A code is stable: it is
 * the `errorCode` of an `ApiResponse`, the anchor of its entry on /reference/errors/ and what
 * support links point to. `title`, `cause`, `fix` and `wwwAuthenticate` are written for that page.
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
	readonly status: 302 | 400 | 401 | 403 | 404 | 405 | 413 | 429 | 431;
	/** A short heading. ASCII without quotes or backslashes: it may travel in error_description. */
	readonly title: string;
	/** What made the API answer this way, in plain words. */
	readonly cause: string;
	/** What to change so that the next request succeeds. */
	readonly fix: string;
	/** What the response's WWW-Authenticate field says, in plain words. */
	readonly wwwAuthenticate: string;
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
	/** The clause that defines the behaviour. */
	readonly spec: string;
}

/** The one table. Resource-server codes first, then the OAuth server's, then the HTTP server's. */
export const errorCodes = {
	'missing-api-key': {
		status: 401,
		title: 'No API key was sent',
		cause:
			'The request reached the API without credentials where it looks for them. Each API reads its key in one place only. A Basic or Bearer API reads the Authorization header: here it was missing, empty, or held Basic credentials with nothing after the colon. An API that takes its key in a header of its own (such as X-API-Key) reads only that header, and one that takes it in a query parameter (such as ?api_key=) reads only that parameter: a key sent anywhere else, Authorization included, is not seen. A key in a cookie counts for none of them here.',
		fix: 'Send the key where this API reads it, as its quickstart page shows: in the Authorization header in the form it expects (Bearer <key>, or Basic with the key as the password), in the header it names (X-API-Key: <key>), or in the query parameter it names, percent-encoded. If the key comes from an environment variable, check that the variable is set in the shell or process that sends the request: an unset variable silently produces an empty header or none at all.',
		wwwAuthenticate:
			'Present for a Basic or Bearer API. It names the scheme the API expects and its realm, without an error attribute: RFC 6750 §3.1 says a Bearer API should not send an error code when the request carried no credentials. A Basic API adds charset="UTF-8" to say how it decodes non-ASCII credentials (RFC 7617 §2.1). An API that reads its key from a header of its own or a query parameter uses no HTTP authentication scheme, so it sends no challenge, unless its profile says it does.',
		challenge: 'scheme',
		body: 'profile',
		appliesTo: 'every-profile',
		spec: 'RFC 9110 §11.6.1, RFC 6750 §3.1, RFC 7617 §2',
	},
	'malformed-authorization': {
		status: 401,
		title: 'The Authorization header could not be parsed',
		cause:
			'An Authorization header is there, but it is not a scheme followed by one space and the credentials: the scheme word is missing (a bare key), nothing follows the scheme, the credentials hold characters a header cannot carry there (inner spaces, quotes, control characters, non-ASCII letters), or Basic credentials are not standard Base64 of UTF-8 text.',
		fix: 'Build the header as "Bearer <key>" or "Basic <Base64 of user:password>", with exactly one space after the scheme. Copy the key again without surrounding quotes, spaces or line breaks. Encode Basic credentials with standard Base64 (+, / and = padding), not base64url. The header doctor on the troubleshooting page points at the exact character at fault.',
		wwwAuthenticate:
			'Present. A Bearer API adds error="invalid_token" because the credentials cannot be used; a Basic API, whose scheme has no error attribute, repeats its plain challenge.',
		challenge: 'invalid-token',
		body: 'profile',
		appliesTo: 'authorization-header',
		spec: 'RFC 9110 §11.4, RFC 6750 §2.1, RFC 7617 §2',
	},
	'wrong-scheme': {
		status: 401,
		title: 'The API expects another authentication scheme',
		cause:
			'The header uses a scheme this API does not accept: most often Bearer sent to an API that only understands HTTP Basic, or Basic sent to an API that takes Bearer tokens. Any other word in the scheme position (Token, ApiKey) counts as well.',
		fix: 'Use the scheme shown in the API quickstart. For a Basic API, Base64-encode the credentials in the shape the API describes; for a Bearer API, put the key right after "Bearer " without encoding it.',
		wwwAuthenticate:
			'Present, naming the scheme the API does accept, so a client can tell which one to use. A Bearer API sends no error attribute: RFC 6750 §3.1 treats an unsupported scheme like missing credentials.',
		challenge: 'scheme',
		body: 'profile',
		appliesTo: 'authorization-header',
		spec: 'RFC 9110 §11.6.1, RFC 6750 §3.1',
	},
	'missing-colon': {
		status: 401,
		title: 'The Basic credentials do not start with a colon',
		cause:
			'This API wants an empty username and the key as the password, so the text to Base64-encode is a colon followed by the key (":KEY"). The decoded credentials had no colon at all (only the key was encoded), had the key before the colon ("KEY:"), or had a username in front of it.',
		fix: 'Encode the colon together with the key: Base64 of ":" + key. With curl, -u ":$KEY" does exactly that. Do not put the key in the username field of a client library; leave the username empty and pass the key as the password.',
		wwwAuthenticate:
			'Present: the plain Basic challenge with realm and charset="UTF-8". Basic has no way to say more about what went wrong.',
		challenge: 'scheme',
		body: 'profile',
		appliesTo: 'basic-colon',
		spec: 'RFC 7617 §2',
	},
	'invalid-api-key': {
		status: 401,
		title: 'The API key or token is not recognised',
		cause:
			'The credentials are well formed but match no key or access token the API knows: a typo, a truncated copy, a key that belongs to another API or environment, or a placeholder copied from documentation.',
		fix: 'Copy the key again from the API dashboard, whole, and check that nothing came along with it (a space, a newline, quotes). Make sure it is a key for this API. If the original value is lost, create a new key: many APIs show a key only once.',
		wwwAuthenticate:
			'Present. A Bearer API adds error="invalid_token" (RFC 6750 §3.1); a Basic API has no error attribute, so its challenge is the same as for missing credentials.',
		challenge: 'invalid-token',
		body: 'profile',
		appliesTo: 'every-profile',
		spec: 'RFC 9110 §15.5.2, RFC 6750 §3.1',
	},
	'revoked-api-key': {
		status: 401,
		title: 'The key or token was revoked',
		cause:
			'The key existed but was revoked or deleted, or was replaced by a rotation whose overlap has ended; or an access token was revoked because the authorization code or refresh token it came from was used twice. The simulated APIs answer this exactly like an unknown key (invalid-api-key): same status, same headers, same body, so that the answer does not reveal that the key once existed. Only the simulator itself, outside the response, tells you which case it was.',
		fix: 'Use the replacement key, or create one, and update every place that holds the old value (servers, CI secrets, third-party integrations). The last-used time in the key list shows which keys are still being called.',
		wwwAuthenticate:
			'Present, exactly as for an unknown key: error="invalid_token" for a Bearer API, the plain challenge for a Basic API.',
		challenge: 'invalid-token',
		body: 'profile',
		appliesTo: 'every-profile',
		sameAs: 'invalid-api-key',
		spec: 'RFC 6750 §3.1',
	},
	'token-expired': {
		status: 401,
		title: 'The access token has expired',
		cause:
			'An OAuth access token is valid for expires_in seconds from the moment it was issued. This token is older than that.',
		fix: 'Get a new access token from the token endpoint with grant_type=refresh_token, and keep the new refresh token that comes with it: each refresh token works once. Refresh shortly before expiry rather than waiting for this 401.',
		wwwAuthenticate:
			'Present: Bearer with error="invalid_token" and an error_description saying that the token expired (RFC 6750 §3.1).',
		challenge: 'invalid-token',
		body: 'profile',
		appliesTo: 'oauth',
		spec: 'RFC 6750 §3.1, RFC 6749 §5.1',
	},
	'insufficient-scope': {
		status: 403,
		title: 'The token lacks the scope this request needs',
		cause:
			'The key or access token is valid, but it was granted fewer scopes than the endpoint requires: for example a token granted only write calling an endpoint that reads.',
		fix: 'Ask for the missing scope when starting the authorization (scope=read write) and let the user approve it, or use a key created with that permission. Request what the application needs, not every scope there is.',
		wwwAuthenticate:
			'Present even though the status is 403: Bearer with error="insufficient_scope" and scope="…" listing the scope the endpoint needs, so the client knows what to ask for (RFC 6750 §3.1).',
		challenge: 'insufficient-scope',
		body: 'profile',
		appliesTo: 'oauth',
		spec: 'RFC 6750 §3.1',
	},
	'test-key-live-only': {
		status: 403,
		title: 'A test key cannot act on live data',
		cause:
			'The key carries the test prefix (such as sk_test_) and the request targets something that exists only in live mode: in the simulator, a workspace that has no sandbox.',
		fix: 'Use a live key (sk_live_) for live data, or send the request to sandbox resources. Keep test and live keys in separately named environment variables so that a deployment cannot pick up the wrong one.',
		wwwAuthenticate:
			'Absent. The key is valid, so sending credentials again would not change the answer (RFC 9110 §15.5.4).',
		challenge: 'none',
		body: 'profile',
		appliesTo: 'test-keys',
		spec: 'RFC 9110 §15.5.4',
	},
	'wrong-workspace': {
		status: 403,
		title: 'The key belongs to another workspace',
		cause:
			'The key is valid but was issued for a different workspace, team or account than the one that owns the resource.',
		fix: 'Use a key created in the workspace that owns the data. If you work with several workspaces, name each key after its workspace so they cannot be confused.',
		wwwAuthenticate:
			'Absent: the API knows who is calling, and other credentials for the same workspace would not help.',
		challenge: 'none',
		body: 'profile',
		appliesTo: 'every-profile',
		spec: 'RFC 9110 §15.5.4',
	},
	'rate-limit-exceeded': {
		status: 429,
		title: 'Too many requests',
		cause:
			'Each key has two allowances: the hourly quota of its tier (1,000 requests an hour on the Free tier) and a burst bucket that holds at most the tier burst (50 on Free) and refills at the hourly rate. The request arrived when one of them was used up; the RateLimit field of the 429 names the one that ran out.',
		fix: 'Wait the number of seconds given in Retry-After, then send less often: spread requests out, retry with exponential backoff and jitter, and watch X-RateLimit-Remaining (the hourly quota) and the RateLimit field (every policy) before sending a batch. A higher tier raises both the burst and the rate.',
		wwwAuthenticate: 'Absent: the credentials are fine.',
		challenge: 'none',
		body: 'profile',
		appliesTo: 'rate-limit',
		noStore: true,
		spec: 'RFC 6585 §4, RFC 9110 §10.2.3, draft-ietf-httpapi-ratelimit-headers',
	},
	'duplicated-credentials': {
		status: 400,
		title: 'Credentials were sent twice',
		cause:
			'The request carried credentials in more than one place: an Authorization header plus an api_key or access_token parameter in the query string (or in a form body), or two Authorization headers. The API cannot know which to believe and refuses the request (RFC 6750 §3.1 lists this as invalid_request).',
		fix: 'Send the key once, in the Authorization header, and remove it from the URL: a query string ends up in server logs, browser history and proxies.',
		wwwAuthenticate:
			'A Bearer API sends error="invalid_request" (RFC 6750 §3.1); a Basic API sends no challenge with this 400.',
		challenge: 'invalid-request',
		body: 'profile',
		appliesTo: 'every-profile',
		spec: 'RFC 6750 §2, §3.1',
	},
	'not-found': {
		status: 404,
		title: 'No such endpoint',
		cause:
			'The credentials were accepted, but the path is not one the simulated API serves. The simulator knows the sample endpoint of each API and, for OAuth APIs, the authorization and token endpoints.',
		fix: 'Compare the path with the API quickstart, including the version segment of the base URL (such as /v1) and any trailing slash.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'every-profile',
		spec: 'RFC 9110 §15.5.5',
	},
	'method-not-allowed': {
		status: 405,
		title: 'This endpoint does not take this method',
		cause:
			'The path exists but does not accept the request method, for example POST on an endpoint that only reads, or GET on a token endpoint.',
		fix: 'Use one of the methods listed in the Allow field of the response.',
		wwwAuthenticate: 'Absent. The response carries Allow instead (RFC 9110 §15.5.6).',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'every-profile',
		spec: 'RFC 9110 §15.5.6',
	},
	'malformed-json': {
		status: 400,
		title: 'The JSON body does not parse',
		cause:
			'The request says its body is JSON (Content-Type: application/json) but the text is not valid JSON: a trailing comma, single quotes, an unquoted key, or a body cut short.',
		fix: 'Produce the body with a JSON serializer (JSON.stringify, json.dumps, json.Marshal) rather than by joining strings, and send it with Content-Type: application/json.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'every-profile',
		spec: 'RFC 8259 §2',
	},
	'unknown-client': {
		status: 400,
		title: 'The client_id is not registered',
		cause:
			'The authorization request named a client_id the authorization server has no record of, or none at all. With no client, the server has no trusted redirect URI either, so it shows the error itself instead of redirecting (RFC 6749 §4.1.2.1).',
		fix: 'Send the client_id issued when the application was registered, character for character.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §4.1.2.1',
	},
	'redirect-uri-mismatch': {
		status: 400,
		title: 'The redirect URI is not registered for this client',
		cause:
			'The redirect_uri parameter is missing or differs from every URI registered for the client. The comparison is exact: another port, a trailing slash, http instead of https or an added query string all make a different URI. Redirecting to an unregistered address could hand the code to a stranger, so the server does not redirect (RFC 6749 §4.1.2.1, RFC 9700 §4.1.3).',
		fix: 'Send a redirect_uri that is identical to one of the registered URIs, or register the new one first.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §3.1.2, §4.1.2.1; RFC 9700 §4.1.3',
	},
	'authorization-request-invalid': {
		status: 302,
		title: 'The authorization request is missing or repeats a parameter',
		cause:
			'A required parameter is absent, a parameter appears more than once (RFC 6749 §3.1 forbids repeats), or the code_challenge is not 43 base64url characters. The server redirects back with error=invalid_request.',
		fix: 'Send response_type, client_id, redirect_uri, scope, state, code_challenge and code_challenge_method, each exactly once, and URL-encode every value.',
		wwwAuthenticate:
			'Absent: the answer is a redirect to the client with the error in the query string.',
		challenge: 'none',
		body: 'none',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §3.1, §4.1.2.1',
	},
	'pkce-required': {
		status: 302,
		title: 'PKCE is required',
		cause:
			'The authorization request has no code_challenge. This server requires PKCE from every client, as RFC 9700 §2.1.1 recommends, so that an intercepted authorization code is useless without the verifier.',
		fix: 'Generate a random code_verifier of 43 to 128 characters, send code_challenge = BASE64URL(SHA-256(verifier)) with code_challenge_method=S256, and keep the verifier for the token request.',
		wwwAuthenticate: 'Absent: the answer is a redirect with error=invalid_request.',
		challenge: 'none',
		body: 'none',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
		spec: 'RFC 7636 §4.4.1, RFC 9700 §2.1.1',
	},
	'pkce-method-not-s256': {
		status: 302,
		title: 'Only the S256 PKCE method is accepted',
		cause:
			'code_challenge_method is plain, unknown, or absent, and an absent method means plain (RFC 7636 §4.3). With plain, the challenge is the verifier itself, which protects nothing if the authorization request is seen.',
		fix: 'Send code_challenge_method=S256 together with the SHA-256 challenge.',
		wwwAuthenticate: 'Absent: the answer is a redirect with error=invalid_request.',
		challenge: 'none',
		body: 'none',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
		spec: 'RFC 7636 §4.2, §4.4.1',
	},
	'unsupported-response-type': {
		status: 302,
		title: 'Only response_type=code is supported',
		cause:
			'The request asked for another response type, such as token: the implicit grant, which RFC 9700 §2.1.2 says not to use.',
		fix: 'Use response_type=code with PKCE and exchange the code at the token endpoint.',
		wwwAuthenticate: 'Absent: the answer is a redirect with error=unsupported_response_type.',
		challenge: 'none',
		body: 'none',
		oauthError: 'unsupported_response_type',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §4.1.2.1, RFC 9700 §2.1.2',
	},
	'invalid-scope': {
		status: 302,
		title: 'A requested scope is unknown',
		cause:
			'The scope parameter of the authorization request is missing or names a scope the API does not define. The client and its redirect URI are known, so the server sends the error back to the client as a redirect with error=invalid_scope (RFC 6749 §4.1.2.1).',
		fix: 'Request only scopes listed in the API quickstart, separated by single spaces (scope=read write).',
		wwwAuthenticate: 'Absent: the answer is a redirect with error=invalid_scope.',
		challenge: 'none',
		body: 'none',
		oauthError: 'invalid_scope',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §3.3, §4.1.2.1',
	},
	'token-scope-invalid': {
		status: 400,
		title: 'The token request asks for a scope it cannot have',
		cause:
			'At the token endpoint: a client_credentials request names a scope the API does not define, or a refresh asks for more than the original grant. At the device authorization endpoint: the device asks for a scope the API does not define (RFC 8628 §3.2). The token endpoint never redirects, so the error is a 400 JSON body (RFC 6749 §5.2, §6).',
		fix: 'Request only scopes listed in the API quickstart. When refreshing, ask for the same scopes or fewer, or leave scope out to keep the original ones.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_scope',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §5.2, §6',
	},
	'access-denied': {
		status: 302,
		title: 'The user declined the request',
		cause:
			'The person on the authorization page refused to grant access. In the simulator, consent is set to deny.',
		fix: 'Nothing is wrong with the request. Tell the user that access was not granted and offer to start again; do not retry on your own.',
		wwwAuthenticate: 'Absent: the answer is a redirect with error=access_denied.',
		challenge: 'none',
		body: 'none',
		oauthError: 'access_denied',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §4.1.2.1',
	},
	'token-request-invalid': {
		status: 400,
		title: 'The token request is missing or repeats a parameter',
		cause:
			'The token request lacks a required parameter (grant_type, code, redirect_uri, code_verifier or refresh_token), repeats one, is not sent as application/x-www-form-urlencoded (a JSON body is the usual cause), or authenticates the client in two ways at once (RFC 6749 §2.3).',
		fix: 'POST a form body (Content-Type: application/x-www-form-urlencoded) with each parameter once, and authenticate the client one way only: the Authorization header (client_secret_basic) or client_id and client_secret fields (client_secret_post).',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_request',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §2.3, §3.2, §5.2',
	},
	'invalid-client': {
		status: 401,
		title: 'Client authentication failed',
		cause:
			'The client_id is unknown, the client_secret is wrong, a confidential client sent no secret, or the client used an authentication method the server does not accept. With client_secret_basic, a frequent cause is a secret holding characters such as +, % or : that were not form-encoded before Base64 (RFC 6749 §2.3.1).',
		fix: 'Send the credentials exactly as registered. For client_secret_basic, form-urlencode the client_id and the secret, join them with a colon and Base64-encode the result; or send them as client_id and client_secret form fields instead.',
		wwwAuthenticate:
			'Present: a Basic challenge with the realm and charset="UTF-8", because the token endpoint accepts HTTP Basic client authentication (RFC 6749 §5.2 requires it when the client tried the Authorization header).',
		challenge: 'client-basic',
		body: 'oauth',
		oauthError: 'invalid_client',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §2.3.1, §5.2',
	},
	'unauthorized-client': {
		status: 400,
		title: 'This client may not use this grant type',
		cause:
			'The client is registered, but not for this grant: here a public client (one with no secret, such as a single-page app) asking for client_credentials.',
		fix: 'Public clients use the authorization code flow with PKCE. Client credentials are for confidential clients, which keep their secret on a server.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'unauthorized_client',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §4.4, §5.2',
	},
	'unsupported-grant-type': {
		status: 400,
		title: 'This grant type is not supported',
		cause:
			'grant_type names a grant this API does not offer. The simulator implements authorization_code, refresh_token, client_credentials and the device grant (urn:ietf:params:oauth:grant-type:device_code), and each API lists which of them it offers; the password and implicit grants are never offered, as RFC 9700 §2.4 advises.',
		fix: 'Use one of the supported grant types, spelled exactly (authorization_code, with an underscore).',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'unsupported_grant_type',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §5.2, RFC 9700 §2.4',
	},
	'authorization-code-invalid': {
		status: 400,
		title: 'The authorization code is not valid',
		cause:
			'The code is unknown to the server (mistyped, cut short, or from another server) or was issued to a different client_id.',
		fix: 'Send the code exactly as it arrived in the code parameter of the redirect, URL-decoded once, from the client that started the flow.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §4.1.3, §5.2',
	},
	'authorization-code-expired': {
		status: 400,
		title: 'The authorization code has expired',
		cause:
			'An authorization code lives 10 minutes, the maximum RFC 6749 §4.1.2 recommends, and this one is older.',
		fix: 'Exchange the code as soon as the redirect arrives; to get a fresh code, start the authorization again.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §4.1.2',
	},
	'authorization-code-reused': {
		status: 400,
		title: 'The authorization code was already used',
		cause:
			'A code works once. A second attempt suggests that the code was intercepted, so the server refuses it and revokes the tokens it issued the first time (RFC 6749 §4.1.2).',
		fix: 'Exchange each code once: make sure a retry loop or a callback page loaded twice does not send it again. Start a new authorization to get tokens back.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §4.1.2, §10.5',
	},
	'token-redirect-uri-mismatch': {
		status: 400,
		title: 'The redirect_uri differs from the authorization request',
		cause:
			'The redirect_uri of the token request is missing or not identical to the one sent to the authorization endpoint for this code (RFC 6749 §4.1.3).',
		fix: 'Send the very same redirect_uri string in both requests; keep it in one constant.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §4.1.3',
	},
	'pkce-verifier-mismatch': {
		status: 400,
		title: 'The code verifier does not match the challenge',
		cause:
			'BASE64URL(SHA-256(code_verifier)) differs from the code_challenge sent to the authorization endpoint (RFC 7636 §4.6): the verifier was generated again, belongs to another attempt, or the challenge was computed another way (hex instead of base64url, or with = padding).',
		fix: 'Keep the verifier from the start of the flow and send it unchanged; compute the challenge as base64url of the raw SHA-256 bytes, without padding.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
		spec: 'RFC 7636 §4.6',
	},
	'refresh-token-invalid': {
		status: 400,
		title: 'The refresh token is not valid',
		cause:
			'The refresh token is unknown, was issued to another client, or was revoked together with the grant it belongs to.',
		fix: 'Send the most recent refresh token you received, from the client it was issued to. If the grant was revoked, the user has to authorize again.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §6',
	},
	'refresh-token-reused': {
		status: 400,
		title: 'The refresh token was already used',
		cause:
			'Refresh tokens rotate: each use returns a new one and retires the old one. Presenting a retired token suggests it was copied, so the server revokes every token of that grant (RFC 9700 §4.14.2).',
		fix: 'After each refresh, store the new refresh token and discard the old one, and let only one request refresh at a time. The user has to authorize again.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth',
		spec: 'RFC 6749 §6, RFC 9700 §4.14.2',
	},
	'authorization-pending': {
		status: 400,
		title: 'The person has not answered yet',
		cause:
			'A device is polling the token endpoint with its device_code while the person has not yet entered the user code at the verification URI and approved or denied. This is the normal answer while waiting (RFC 8628 §3.5).',
		fix: 'Wait the interval the device authorization response gave (5 seconds if it gave none), then poll again with the same device_code.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'authorization_pending',
		appliesTo: 'oauth-device',
		spec: 'RFC 8628 §3.5',
	},
	'slow-down': {
		status: 400,
		title: 'The device polls too often',
		cause:
			'The device polled again sooner than the interval allows. The server keeps the grant pending and asks the device to wait 5 seconds longer from now on (RFC 8628 §3.5).',
		fix: 'Add 5 seconds to the polling interval, keep the longer interval for every later poll, and poll again.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'slow_down',
		appliesTo: 'oauth-device',
		spec: 'RFC 8628 §3.5',
	},
	'device-code-expired': {
		status: 400,
		title: 'The device code has expired',
		cause:
			'The device code is older than the expires_in of the device authorization response, and the person did not approve in time.',
		fix: 'Stop polling and start again with a new device authorization request; show the person the new user code.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'expired_token',
		appliesTo: 'oauth-device',
		spec: 'RFC 8628 §3.5',
	},
	'device-access-denied': {
		status: 400,
		title: 'The person denied the device',
		cause:
			'The person entered the user code at the verification URI and refused access. The device code is finished (RFC 8628 §3.5).',
		fix: 'Stop polling and tell the person that access was not granted; start again only if they ask to.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'access_denied',
		appliesTo: 'oauth-device',
		spec: 'RFC 8628 §3.5',
	},
	'device-code-invalid': {
		status: 400,
		title: 'The device code is not valid',
		cause:
			'The device_code is unknown, was issued to another client_id, or was already exchanged for tokens.',
		fix: 'Poll with the device_code of the latest device authorization response, from the client that requested it; after the tokens arrive, stop polling.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'oauth',
		oauthError: 'invalid_grant',
		appliesTo: 'oauth-device',
		spec: 'RFC 8628 §3.4, RFC 6749 §5.2',
	},
	'unknown-api': {
		status: 404,
		title: 'No simulated API at this path',
		cause:
			'The mock server serves each API under its own prefix (/lemlist/..., /example-api/...), and the first segment of this path names none of them.',
		fix: 'Start the path with one of the prefixes that npm run mock-api prints when it starts; GET / on the server lists them too.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'server',
		spec: 'RFC 9110 §15.5.5',
	},
	'malformed-request': {
		status: 400,
		title: 'The HTTP request could not be read',
		cause:
			'The bytes received are not a valid HTTP/1.1 request: a broken request line, a header line without a colon, a space or control character inside a header name, a line break inside a value, or conflicting Content-Length and Transfer-Encoding.',
		fix: 'Send the request with an HTTP client (curl, fetch, requests, net/http) rather than writing bytes by hand, and check that no header value contains a line break.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'server',
		spec: 'RFC 9112 §2.2, §5',
	},
	'headers-too-large': {
		status: 431,
		title: 'The request headers are too large',
		cause:
			'The header section is larger than the server accepts (16 KB). Usually a value was pasted several times, or a whole file ended up in a variable meant for one key.',
		fix: 'Send only the headers the API needs, and check that the key variable holds one key.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'server',
		spec: 'RFC 6585 §5',
	},
	'body-too-large': {
		status: 413,
		title: 'The request body is too large',
		cause:
			'The body is larger than the simulator accepts (64 KB). The simulated endpoints take a few form fields at most.',
		fix: 'Send a smaller body with only the fields the endpoint needs.',
		wwwAuthenticate: 'Absent.',
		challenge: 'none',
		body: 'simulator',
		appliesTo: 'server',
		spec: 'RFC 9110 §15.5.14',
	},
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof errorCodes;

/** Whether `code` is one of the table's codes (for input from outside, such as a URL anchor). */
export function isErrorCode(code: string): code is ErrorCode {
	return Object.hasOwn(errorCodes, code);
}
