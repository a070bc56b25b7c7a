/**
 * Why a request cannot become a snippet, in one table. A snippet is code a person runs: if a value
 * could not travel as it is (a line break in a header, a NUL in an argument), every emitter refuses
 * the request rather than emit something that sends a different, or an injected, request.
 * Codes are stable kebab-case anchors: add new ones, never rename.
 */

/** The fixed text of one code; the message for one occurrence is composed where it is found. */
export interface SnippetErrorText {
	/** A short noun phrase, for headings and lists. */
	readonly title: string;
	/** What to do about it, in the imperative. */
	readonly fix: string;
}

export const snippetErrorCodes = {
	'unsupported-method': { title: 'Method not supported', fix: 'Use GET, POST, PUT, PATCH or DELETE.' },
	'invalid-url': { title: 'Not an absolute http(s) URL', fix: 'Use an absolute http:// or https:// URL without user:password@ and without a #fragment.' },
	'url-not-portable': { title: 'URL character clients treat differently', fix: 'Percent-encode the character (for example a space as %20) so every client sends the same bytes.' },
	'invalid-header-name': { title: 'Invalid header name', fix: 'Use only letters, digits and !#$%&\'*+-.^_`|~ in a header name (RFC 9110 §5.1).' },
	'client-managed-header': { title: 'Header the client sets itself', fix: 'Remove the header: every HTTP client computes Host, Content-Length, Transfer-Encoding, Connection and Expect itself.' },
	'repeated-header': { title: 'Header sent twice', fix: 'Send the header once; Python and JavaScript clients cannot repeat a header name.' },
	'header-line-break': { title: 'Line break in a header', fix: 'Delete the line break: it would end the header line and start a new one (header injection).' },
	'header-control-character': { title: 'Control character in a header', fix: 'Delete the control character; a header value holds only visible ASCII, spaces and tabs (RFC 9110 §5.5).' },
	'header-non-ascii': { title: 'Non-ASCII character in a header', fix: 'Keep header values ASCII; clients disagree on how to send other characters.' },
	'header-edge-whitespace': { title: 'Space at the edge of a header value', fix: 'Delete the spaces or tabs at the start and end; clients strip them (RFC 9110 §5.5).' },
	'nul-in-value': { title: 'NUL character', fix: 'Delete the NUL (U+0000) character; no command line or environment variable can hold one.' },
	'lone-surrogate': { title: 'Broken Unicode character', fix: 'Paste the value again; half of a character is missing.' },
	'empty-field-name': { title: 'Form field without a name', fix: 'Give every form field a name.' },
	'body-without-content-type': { title: 'Body without Content-Type', fix: 'Add a Content-Type header; without it each client would pick a different one.' },
	'invalid-env-var': { title: 'Unusable environment variable name', fix: 'Name the variable in capitals, digits and underscores, starting with a letter (API_KEY), and not after a variable the shell manages.' },
	'env-var-conflict': { title: 'One variable, two values', fix: 'Give each secret its own environment variable.' },
	'authorization-mismatch': { title: 'Authorization header differs from its recipe', fix: 'Build the request with the auth builders, which keep the header and its recipe in step.' },
} as const satisfies Record<string, SnippetErrorText>;

/** A stable refusal code; also the anchor of its explanation in the docs. */
export type SnippetErrorCode = keyof typeof snippetErrorCodes;

/** One refusal: the code, what holds the problem, the 0-based position in it, and the fix. */
export interface SnippetError {
	readonly code: SnippetErrorCode;
	/** What holds the problem, as a reader names it: `URL`, `header "Accept"`, `form field "scope"`. */
	readonly where: string;
	/** 0-based position in that value, in UTF-16 code units as a text field counts them. */
	readonly position: number;
	/** The problem, in plain language; never the secret value itself. */
	readonly message: string;
	readonly fix: string;
}

/** A refusal for `code` with the table's fix. */
export function snippetError(code: SnippetErrorCode, where: string, position: number, message: string): SnippetError {
	return { code, where, position, message, fix: snippetErrorCodes[code].fix };
}
