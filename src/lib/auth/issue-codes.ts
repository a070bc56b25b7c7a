/**
 * Every problem the auth core can find in an input, in one table. Codes are kebab-case because
 * they become anchors (`/troubleshooting/#trailing-newline`); where a code also names a header
 * doctor finding, the two mean the same thing. Codes are stable: add new ones, never rename.
 */

/** The fixed text of one code; the message for one occurrence is composed where it is found. */
export interface IssueText {
	/** A short noun phrase, for headings and lists. */
	readonly title: string;
	/** What to do about it, in the imperative. */
	readonly fix: string;
}

export const authIssueCodes = {
	// Characters that cannot travel in a header, or that RFC 7617 §2 forbids (CTL).
	'control-character': { title: 'Control character', fix: 'Delete the character; no credential contains one.' },
	'carriage-return': { title: 'Carriage return', fix: 'Delete the carriage return (\\r); it would end the header line.' },
	'trailing-newline': { title: 'Trailing newline', fix: 'Delete the line break at the end (often from echo without -n).' },
	'lone-surrogate': { title: 'Broken Unicode character', fix: 'Paste the value again; half of a character is missing.' },
	// Likely copy-and-paste accidents.
	'surrounding-whitespace': { title: 'Surrounding whitespace', fix: 'Delete the spaces or tabs around the value.' },
	'smart-quotes': { title: 'Typographic quotes', fix: 'Copy the value again from its source; curly quotes come from word processors and chat apps.' },
	'quoted-value': { title: 'Value wrapped in quotes', fix: 'Delete the quotes around the value.' },
	'invisible-character': { title: 'Invisible character', fix: 'Delete the invisible character.' },
	'scheme-in-value': { title: 'Scheme pasted with the value', fix: 'Paste the credential alone; the scheme word is added for you.' },
	// Basic (RFC 7617).
	'colon-in-username': { title: 'Colon in the username', fix: 'Remove the colon: Basic splits at the first colon (RFC 7617 §2).' },
	'empty-credentials': { title: 'Empty username and password', fix: 'Enter the API key; "Basic Og==" sends only a colon.' },
	'empty-key': { title: 'Empty key', fix: 'Paste the API key.' },
	'non-ascii-key': { title: 'Non-ASCII character in a key', fix: 'Check the key against its source; API keys are ASCII.' },
	// Bearer (RFC 6750 §2.1).
	'non-ascii-token': { title: 'Non-ASCII character in a token', fix: 'Copy the token again; tokens are ASCII letters, digits and -._~+/ (RFC 6750 §2.1).' },
	'invalid-token-character': { title: 'Character not allowed in a token', fix: 'Remove it; tokens hold only letters, digits, -._~+/ and a final = (RFC 6750 §2.1).' },
	'misplaced-token-padding': { title: '"=" inside a token', fix: 'Keep "=" only at the end of the token (RFC 6750 §2.1).' },
	'unknown-key-prefix': { title: 'Unrecognised key prefix', fix: 'Check that the key belongs to this API.' },
	// Decoding an Authorization header.
	'missing-credentials': { title: 'No credentials after the scheme', fix: 'Put a space and the credentials after the scheme.' },
	'wrong-scheme': { title: 'Unexpected scheme', fix: 'Use the scheme this API expects.' },
	'missing-colon': { title: 'No colon in the decoded credentials', fix: 'Encode "user-id:password"; with no username, ":KEY".' },
	'base64url-alphabet': { title: 'base64url characters', fix: 'Use standard Base64 (+ /), not base64url (- _).' },
	'invalid-base64-character': { title: 'Character outside Base64', fix: 'Encode the credentials again with standard Base64.' },
	'missing-padding': { title: 'Missing Base64 padding', fix: 'Add the "=" padding at the end.' },
	'misplaced-padding': { title: 'Misplaced Base64 padding', fix: 'Keep "=" only at the end, at most two.' },
	'invalid-length': { title: 'Impossible Base64 length', fix: 'Copy the whole value again; part of it is missing.' },
	'non-canonical-base64': { title: 'Non-canonical Base64', fix: 'Encode the credentials again with standard Base64.' },
	// OAuth 2.0 (RFC 6749, RFC 7636).
	'empty-value': { title: 'Required value missing', fix: 'Fill in the value.' },
	'redirect-uri-relative': { title: 'Relative redirect URI', fix: 'Use an absolute URI, such as https://app.example.com/cb.' },
	'redirect-uri-fragment': { title: 'Fragment in the redirect URI', fix: 'Remove the "#" part (RFC 6749 §3.1.2).' },
	'redirect-uri-insecure': { title: 'Redirect URI without https', fix: 'Use https; http only on 127.0.0.1, [::1] or localhost.' },
	'invalid-scope': { title: 'Character not allowed in a scope', fix: 'Use names without spaces, " or \\ and only ASCII (RFC 6749 §3.3).' },
	'duplicate-scope': { title: 'Scope listed twice', fix: 'List each scope once.' },
	'unknown-scope': { title: 'Scope this API does not define', fix: 'Pick scopes from the API\'s list.' },
	'invalid-code-verifier': { title: 'Invalid PKCE code verifier', fix: 'Use 43 to 128 of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.1).' },
	'pkce-plain': { title: 'PKCE method "plain"', fix: 'Use S256; "plain" exposes the verifier (RFC 7636 §4.2).' },
	'unsupported-client-auth': { title: 'Client authentication method not offered', fix: 'Use one of the methods the API lists.' },
	'state-mismatch': { title: 'State does not match', fix: 'Start the flow again; never redeem a code whose state you did not send (RFC 6749 §10.12).' },
	'missing-code': { title: 'No code in the redirect', fix: 'Paste the whole redirect URL, query included.' },
	'authorization-error': { title: 'Authorization refused', fix: 'Read the error, fix the request, and start again.' },
	'stale-authorization-request': { title: 'Authorization request too old', fix: 'Start the flow again; codes and state are short-lived.' },
	'invalid-token-response': { title: 'Unusable token response', fix: 'Check the token endpoint answered JSON with access_token and token_type (RFC 6749 §5.1).' },
	'oauth-not-offered': { title: 'No OAuth 2.0 for this API', fix: 'Pick an API that offers OAuth 2.0.' },
} as const satisfies Record<string, IssueText>;

/** A stable issue code; also the anchor of its explanation in the docs. */
export type AuthIssueCode = keyof typeof authIssueCodes;

/** Every code, in table order (for docs pages and exhaustive tests). */
export const authIssueCodeList = Object.keys(authIssueCodes) as AuthIssueCode[];
