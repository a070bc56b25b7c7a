/**
 * The whole issue table for docs and tools: every code with a title and its fix. Builders do not
 * import this module (see `issue-codes.ts`), so it is only shipped where it is used.
 */
import { headerIssueFixes, inputIssueFixes, oauthIssueFixes, type AuthIssueCode } from './issue-codes.ts';
import { makeIssue, type AuthField, type AuthIssue, type Severity } from './validate.ts';

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
} as const satisfies Record<AuthIssueCode, string>;

function fixOf(code: AuthIssueCode): string {
	return (inputIssueFixes as Record<string, string>)[code] ?? (headerIssueFixes as Record<string, string>)[code] ?? (oauthIssueFixes as Record<string, string>)[code]!;
}

function buildTable(): Record<AuthIssueCode, IssueText> {
	return Object.fromEntries(Object.entries(authIssueTitles).map(([code, title]) => [code, { title, fix: fixOf(code as AuthIssueCode) }])) as Record<AuthIssueCode, IssueText>;
}

/** Every code with its title and fix. (`#__PURE__` lets bundlers drop it from pages that do not use it.) */
export const authIssueCodes = /* #__PURE__ */ buildTable();

/** Every code, in table order (for docs pages and exhaustive tests). */
export const authIssueCodeList = /* #__PURE__ */ Object.keys(authIssueTitles) as AuthIssueCode[];

/** An issue with any code (for tools that report issues of their own). */
export function authIssue(code: AuthIssueCode, field: AuthField, position: number, length: number, detail: string, severity: Severity = 'error'): AuthIssue {
	return makeIssue(code, fixOf(code), field, position, length, detail, severity);
}
