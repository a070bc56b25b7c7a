/**
 * Every problem the auth core can find, with its fix. Codes are kebab-case because they become
 * anchors (`/troubleshooting/#trailing-newline`); where a code also names a header doctor
 * finding, the two mean the same thing. Codes are stable: add new ones, never rename.
 *
 * The codes live in this one file, fixes in three groups, so that a page which only builds
 * headers ships the fixes it can show and not those of the decoder or of OAuth, nor the titles,
 * which only the docs need. Everything below the groups is pure, so bundlers drop what a page
 * does not use.
 */
import type { AuthCode } from '../codes/index.ts';

/** Characters and shapes of typed or pasted credentials (Basic, Bearer, any key field). */
export const inputIssueFixes = {
	'control-character': 'Delete the character; no credential contains one.',
	'carriage-return': 'Delete the carriage return (\\r); it would end the header line.',
	'trailing-newline': 'Delete the line break at the end (often from echo without -n).',
	'lone-surrogate': 'Paste the value again; half of a character is missing.',
	'surrounding-whitespace': 'Delete the spaces or tabs around the value.',
	'smart-quotes':
		'Copy the value again from its source; curly quotes come from word processors and chat apps.',
	'quoted-value': 'Delete the quotes around the value.',
	'invisible-character': 'Delete the invisible character.',
	'scheme-in-value': 'Paste the credential alone; the scheme word is added for you.',
	'colon-in-username': 'Remove the colon: Basic splits at the first colon (RFC 7617 §2).',
	'empty-credentials': 'Enter the API key; "Basic Og==" sends only a colon.',
	'empty-key': 'Paste the API key.',
	'non-ascii-key': 'Check the key against its source; API keys are ASCII.',
	'non-ascii-token':
		'Copy the token again; tokens are ASCII letters, digits and -._~+/ (RFC 6750 §2.1).',
	'invalid-token-character':
		'Remove it; tokens hold only letters, digits, -._~+/ and a final = (RFC 6750 §2.1).',
	'misplaced-token-padding': 'Keep "=" only at the end of the token (RFC 6750 §2.1).',
	'unknown-key-prefix': 'Check that the key belongs to this API.',
	'placeholder-not-replaced': 'Put the real key where the placeholder is.',
	'live-key': 'Use a test key while trying things out; keep the live key for production.',
	'expired-jwt': 'Get a new token; this one has expired.',
	'decomposed-unicode':
		'Use the composed form (NFC): the header is built from it, so the variable must hold it too.',
	'header-too-large': 'Send a shorter credential: most servers refuse a header over 8 KB with 431.',
} as const satisfies Partial<Record<AuthCode, string>>;

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
} as const satisfies Partial<Record<AuthCode, string>>;

/** OAuth 2.0 inputs and answers (RFC 6749, RFC 7636). */
export const oauthIssueFixes = {
	'empty-value': 'Fill in the value.',
	'redirect-uri-relative': 'Use an absolute URI, such as https://app.example.com/cb.',
	'redirect-uri-fragment': 'Remove the "#" part (RFC 6749 §3.1.2).',
	'redirect-uri-insecure': 'Use https; http only on 127.0.0.1, [::1] or localhost.',
	'invalid-scope': 'Use names without spaces, " or \\ and only ASCII (RFC 6749 §3.3).',
	'duplicate-scope': 'List each scope once.',
	'unknown-scope': "Pick scopes from the API's list.",
	'invalid-code-verifier': 'Use 43 to 128 of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.1).',
	'pkce-plain': 'Use S256; "plain" exposes the verifier (RFC 7636 §4.2).',
	'unsupported-client-auth': 'Use one of the methods the API lists.',
	'state-mismatch':
		'Start the flow again; never redeem a code whose state you did not send (RFC 6749 §10.12).',
	'missing-code': 'Paste the whole redirect URL, query included.',
	'authorization-error': 'Read the error, fix the request, and start again.',
	'stale-authorization-request': 'Start the flow again; codes and state are short-lived.',
	'invalid-token-response':
		'Check the token endpoint answered JSON with access_token and token_type (RFC 6749 §5.1).',
	'oauth-not-offered': 'Pick an API that offers OAuth 2.0.',
	'redirect-uri-userinfo': 'Remove the part before "@": it is a user name, not the host.',
	'scope-spacing': 'Separate scope names with exactly one space.',
	'scope-comma': 'Separate scope names with a space, not a comma (RFC 6749 §3.3).',
} as const satisfies Partial<Record<AuthCode, string>>;

export type InputIssueCode = keyof typeof inputIssueFixes;
export type HeaderIssueCode = keyof typeof headerIssueFixes;
export type OAuthIssueCode = keyof typeof oauthIssueFixes;
/** A stable issue code, declared in the registry; also the anchor of its explanation in the docs. */
export type AuthIssueCode = AuthCode;

/** The fixed text of one code; the message for one occurrence is composed where it is found. */
export interface IssueText {
	/** A short noun phrase, for headings and lists. */
	readonly title: string;
	/** What to do about it, in the imperative. */
	readonly fix: string;
}

/** A heading for each code. */
export const authIssueTitles = {
	'control-character': 'Control character',
	'carriage-return': 'Carriage return',
	'trailing-newline': 'Trailing newline',
	'lone-surrogate': 'Broken Unicode character',
	'surrounding-whitespace': 'Surrounding whitespace',
	'smart-quotes': 'Typographic quotes',
	'quoted-value': 'Value wrapped in quotes',
	'invisible-character': 'Invisible character',
	'scheme-in-value': 'Scheme pasted with the value',
	'colon-in-username': 'Colon in the username',
	'empty-credentials': 'Empty username and password',
	'empty-key': 'Empty key',
	'non-ascii-key': 'Non-ASCII character in a key',
	'non-ascii-token': 'Non-ASCII character in a token',
	'invalid-token-character': 'Character not allowed in a token',
	'misplaced-token-padding': '"=" inside a token',
	'unknown-key-prefix': 'Unrecognised key prefix',
	'placeholder-not-replaced': 'Placeholder instead of a key',
	'live-key': 'Live key',
	'expired-jwt': 'Expired JWT',
	'decomposed-unicode': 'Decomposed Unicode (NFD)',
	'header-too-large': 'Header over 8 KB',
	'missing-credentials': 'No credentials after the scheme',
	'wrong-scheme': 'Unexpected scheme',
	'missing-colon': 'No colon in the decoded credentials',
	'base64url-alphabet': 'base64url characters',
	'invalid-base64-character': 'Character outside Base64',
	'missing-padding': 'Missing Base64 padding',
	'misplaced-padding': 'Misplaced Base64 padding',
	'invalid-length': 'Impossible Base64 length',
	'non-canonical-base64': 'Non-canonical Base64',
	'empty-value': 'Required value missing',
	'redirect-uri-relative': 'Relative redirect URI',
	'redirect-uri-fragment': 'Fragment in the redirect URI',
	'redirect-uri-insecure': 'Redirect URI without https',
	'invalid-scope': 'Character not allowed in a scope',
	'duplicate-scope': 'Scope listed twice',
	'unknown-scope': 'Scope this API does not define',
	'invalid-code-verifier': 'Invalid PKCE code verifier',
	'pkce-plain': 'PKCE method "plain"',
	'unsupported-client-auth': 'Client authentication method not offered',
	'state-mismatch': 'State does not match',
	'missing-code': 'No code in the redirect',
	'authorization-error': 'Authorization refused',
	'stale-authorization-request': 'Authorization request too old',
	'invalid-token-response': 'Unusable token response',
	'oauth-not-offered': 'No OAuth 2.0 for this API',
	'redirect-uri-userinfo': 'User info in the redirect URI',
	'scope-spacing': 'Extra spaces between scopes',
	'scope-comma': 'Comma between scopes',
} as const satisfies Record<AuthIssueCode, string>;

/** The fix for any code. */
export function fixOf(code: AuthIssueCode): string {
	return (
		(inputIssueFixes as Record<string, string>)[code] ??
		(headerIssueFixes as Record<string, string>)[code] ??
		(oauthIssueFixes as Record<string, string>)[code]!
	);
}

function buildTable(): Record<AuthIssueCode, IssueText> {
	return Object.fromEntries(
		Object.entries(authIssueTitles).map(([code, title]) => [
			code,
			{ title, fix: fixOf(code as AuthIssueCode) },
		]),
	) as Record<AuthIssueCode, IssueText>;
}

/** Every code with its title and fix. (`#__PURE__` lets bundlers drop it from pages that do not use it.) */
export const authIssueCodes = /* #__PURE__ */ buildTable();

/** Every code, in table order (for docs pages and exhaustive tests). */
export const authIssueCodeList = /* #__PURE__ */ Object.keys(authIssueTitles) as AuthIssueCode[];
