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
	'control-character': { title: 'Control character', fix: 'Delete the character; it cannot be part of a credential.' },
	'carriage-return': { title: 'Carriage return', fix: 'Delete the carriage return (\\r); it would end the header line early.' },
	'trailing-newline': { title: 'Trailing newline', fix: 'Delete the line break at the end; it usually comes from copying a whole line or from echo without -n.' },
	'lone-surrogate': { title: 'Broken Unicode character', fix: 'Paste the value again; half of a character is missing.' },
	// Likely copy-and-paste accidents.
	'surrounding-whitespace': { title: 'Surrounding whitespace', fix: 'Delete the spaces or tabs before and after the value.' },
	'smart-quotes': { title: 'Typographic quotes', fix: 'Replace curly quotes with the straight ones from the source, or delete them if they are not part of the value.' },
	'quoted-value': { title: 'Value wrapped in quotes', fix: 'Delete the quotes around the value; they are not part of it.' },
	'invisible-character': { title: 'Invisible character', fix: 'Delete the invisible character (zero-width space, BOM, no-break space, soft hyphen, or similar).' },
	'scheme-in-value': { title: 'Scheme pasted with the value', fix: 'Paste only the credential; the builder adds the scheme word itself.' },
	// Basic (RFC 7617).
	'colon-in-username': { title: 'Colon in the username', fix: 'Remove the colon: Basic splits user-id and password at the first colon (RFC 7617 §2).' },
	'empty-credentials': { title: 'Empty username and password', fix: 'Enter the API key; "Basic Og==" sends only a colon.' },
	'empty-key': { title: 'Empty key', fix: 'Paste the API key.' },
	'non-ascii-key': { title: 'Non-ASCII character in a key', fix: 'Check the key against its source; API keys are ASCII, and servers may read other characters as Latin-1.' },
	// Bearer (RFC 6750 §2.1).
	'non-ascii-token': { title: 'Non-ASCII character in a token', fix: 'Copy the token again; a Bearer token holds only ASCII letters, digits and -._~+/ with = at the end.' },
	'invalid-token-character': { title: 'Character not allowed in a token', fix: 'Remove the character; a Bearer token holds only letters, digits and -._~+/ with = at the end.' },
	'misplaced-token-padding': { title: '"=" inside a token', fix: 'Check the token: "=" may only appear at its end (RFC 6750 §2.1).' },
	'unknown-key-prefix': { title: 'Unrecognised key prefix', fix: 'Check that the key belongs to this API.' },
	// Decoding an Authorization header.
	'missing-credentials': { title: 'No credentials after the scheme', fix: 'Put one space and the credentials after the scheme word.' },
	'wrong-scheme': { title: 'Unexpected scheme', fix: 'Use the scheme this API expects.' },
	'missing-colon': { title: 'No colon in the decoded credentials', fix: 'Encode "user-id:password"; for an empty username, start with a colon (":KEY").' },
	'base64url-alphabet': { title: 'base64url characters', fix: 'Encode with standard Base64 (+ and /), not base64url (- and _).' },
	'invalid-base64-character': { title: 'Character outside Base64', fix: 'Encode the credentials again with a standard Base64 encoder.' },
	'missing-padding': { title: 'Missing Base64 padding', fix: 'Add the "=" padding at the end.' },
	'misplaced-padding': { title: 'Misplaced Base64 padding', fix: 'Keep "=" only at the very end, at most two of them.' },
	'invalid-length': { title: 'Impossible Base64 length', fix: 'Copy the whole encoded value again; part of it is missing.' },
	'non-canonical-base64': { title: 'Non-canonical Base64', fix: 'Encode the credentials again with a standard encoder.' },
	// OAuth 2.0 (RFC 6749, RFC 7636).
	'empty-value': { title: 'Required value missing', fix: 'Fill in the value.' },
	'redirect-uri-relative': { title: 'Relative redirect URI', fix: 'Use an absolute URI such as https://app.example.com/callback (RFC 6749 §3.1.2).' },
	'redirect-uri-fragment': { title: 'Fragment in the redirect URI', fix: 'Remove the "#" part; a redirect URI must not have a fragment (RFC 6749 §3.1.2).' },
	'redirect-uri-insecure': { title: 'Redirect URI without https', fix: 'Use https, or http only on a loopback address (127.0.0.1, [::1], localhost).' },
	'invalid-scope': { title: 'Character not allowed in a scope', fix: 'Use scope names without spaces, double quotes, backslashes or non-ASCII (RFC 6749 §3.3).' },
	'duplicate-scope': { title: 'Scope listed twice', fix: 'List each scope once.' },
	'unknown-scope': { title: 'Scope this API does not define', fix: 'Pick scopes from the API\'s list.' },
	'invalid-code-verifier': { title: 'Invalid PKCE code verifier', fix: 'Use 43 to 128 characters from A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.1).' },
	'pkce-plain': { title: 'PKCE method "plain"', fix: 'Use S256; "plain" sends the verifier itself and protects nothing if the request is seen (RFC 7636 §4.2).' },
	'unsupported-client-auth': { title: 'Client authentication method not offered', fix: 'Use one of the methods the API lists.' },
	'oauth-not-offered': { title: 'No OAuth 2.0 for this API', fix: 'Pick an API that offers OAuth 2.0.' },
} as const satisfies Record<string, IssueText>;

/** A stable issue code; also the anchor of its explanation in the docs. */
export type AuthIssueCode = keyof typeof authIssueCodes;

/** Every code, in table order (for docs pages and exhaustive tests). */
export const authIssueCodeList = Object.keys(authIssueCodes) as AuthIssueCode[];
