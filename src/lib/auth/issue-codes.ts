/**
 * Every problem the auth core can find, with its fix. Codes are kebab-case because they become
 * anchors (`/troubleshooting/#trailing-newline`); where a code also names a header doctor
 * finding, the two mean the same thing. Codes are stable: add new ones, never rename.
 *
 * The codes live in this one file, in three groups, so that a page which only builds headers
 * ships the fixes it can show and not those of the decoder or of OAuth (the titles, which only
 * the docs need, are in `issue-table.ts`).
 */

/** Characters and shapes of typed or pasted credentials (Basic, Bearer, any key field). */
export const inputIssueFixes = {
	'control-character': 'Delete the character; no credential contains one.',
	'carriage-return': 'Delete the carriage return (\\r); it would end the header line.',
	'trailing-newline': 'Delete the line break at the end (often from echo without -n).',
	'lone-surrogate': 'Paste the value again; half of a character is missing.',
	'surrounding-whitespace': 'Delete the spaces or tabs around the value.',
	'smart-quotes': 'Copy the value again from its source; curly quotes come from word processors and chat apps.',
	'quoted-value': 'Delete the quotes around the value.',
	'invisible-character': 'Delete the invisible character.',
	'scheme-in-value': 'Paste the credential alone; the scheme word is added for you.',
	'colon-in-username': 'Remove the colon: Basic splits at the first colon (RFC 7617 §2).',
	'empty-credentials': 'Enter the API key; "Basic Og==" sends only a colon.',
	'empty-key': 'Paste the API key.',
	'non-ascii-key': 'Check the key against its source; API keys are ASCII.',
	'non-ascii-token': 'Copy the token again; tokens are ASCII letters, digits and -._~+/ (RFC 6750 §2.1).',
	'invalid-token-character': 'Remove it; tokens hold only letters, digits, -._~+/ and a final = (RFC 6750 §2.1).',
	'misplaced-token-padding': 'Keep "=" only at the end of the token (RFC 6750 §2.1).',
	'unknown-key-prefix': 'Check that the key belongs to this API.',
} as const satisfies Record<string, string>;

/** Decoding an `Authorization` header value. */
export const headerIssueFixes = {
	'missing-credentials': 'Put a space and the credentials after the scheme.',
	'wrong-scheme': 'Use the scheme this API expects.',
	'missing-colon': 'Encode "user-id:password"; with no username, ":KEY".',
	'base64url-alphabet': 'Use standard Base64 (+ /), not base64url (- _).',
	'invalid-base64-character': 'Encode the credentials again with standard Base64.',
	'missing-padding': 'Add the "=" padding at the end.',
	'misplaced-padding': 'Keep "=" only at the end, at most two.',
	'invalid-length': 'Copy the whole value again; part of it is missing.',
	'non-canonical-base64': 'Encode the credentials again with standard Base64.',
} as const satisfies Record<string, string>;

/** OAuth 2.0 inputs and answers (RFC 6749, RFC 7636). */
export const oauthIssueFixes = {
	'empty-value': 'Fill in the value.',
	'redirect-uri-relative': 'Use an absolute URI, such as https://app.example.com/cb.',
	'redirect-uri-fragment': 'Remove the "#" part (RFC 6749 §3.1.2).',
	'redirect-uri-insecure': 'Use https; http only on 127.0.0.1, [::1] or localhost.',
	'invalid-scope': 'Use names without spaces, " or \\ and only ASCII (RFC 6749 §3.3).',
	'duplicate-scope': 'List each scope once.',
	'unknown-scope': 'Pick scopes from the API\'s list.',
	'invalid-code-verifier': 'Use 43 to 128 of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.1).',
	'pkce-plain': 'Use S256; "plain" exposes the verifier (RFC 7636 §4.2).',
	'unsupported-client-auth': 'Use one of the methods the API lists.',
	'state-mismatch': 'Start the flow again; never redeem a code whose state you did not send (RFC 6749 §10.12).',
	'missing-code': 'Paste the whole redirect URL, query included.',
	'authorization-error': 'Read the error, fix the request, and start again.',
	'stale-authorization-request': 'Start the flow again; codes and state are short-lived.',
	'invalid-token-response': 'Check the token endpoint answered JSON with access_token and token_type (RFC 6749 §5.1).',
	'oauth-not-offered': 'Pick an API that offers OAuth 2.0.',
} as const satisfies Record<string, string>;

export type InputIssueCode = keyof typeof inputIssueFixes;
export type HeaderIssueCode = keyof typeof headerIssueFixes;
export type OAuthIssueCode = keyof typeof oauthIssueFixes;
/** A stable issue code; also the anchor of its explanation in the docs. */
export type AuthIssueCode = InputIssueCode | HeaderIssueCode | OAuthIssueCode;
