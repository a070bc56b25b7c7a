/**
 * Why a request cannot become a snippet, in one table. A snippet is code a person runs: if a value
 * could not travel as it is (a line break in a header, a NUL in an argument), every emitter refuses
 * the request rather than emit something that sends a different, or an injected, request.
 * Codes are stable kebab-case anchors: add new ones, never rename.
 */
import type { SnippetCode } from '../codes/index.ts';

/** The fixed text of one code; the message for one occurrence is composed where it is found. */
export interface SnippetErrorText {
	/** A short noun phrase, for headings and lists. */
	readonly title: string;
	/** What to do about it, in the imperative. */
	readonly fix: string;
}

export const snippetErrorCodes = {
	'unsupported-method': {
		title: 'Method not supported',
		fix: 'Use GET, POST, PUT, PATCH or DELETE.',
	},
	'invalid-url': {
		title: 'Not an absolute http(s) URL',
		fix: 'Use an absolute http(s) URL with no user:password@ and no #fragment.',
	},
	'url-not-portable': {
		title: 'URL character clients send differently',
		fix: 'Percent-encode it (a space as %20).',
	},
	'invalid-header-name': {
		title: 'Invalid header name',
		fix: "Use letters, digits and !#$%&'*+-.^_`|~ only (RFC 9110 §5.1).",
	},
	'client-managed-header': {
		title: 'Header the client sets itself',
		fix: 'Remove it: clients set Host, Content-Length, Transfer-Encoding, Connection and Expect.',
	},
	'repeated-header': {
		title: 'Header sent twice',
		fix: 'Send it once; requests and fetch cannot repeat a header.',
	},
	'header-line-break': {
		title: 'Line break in a header',
		fix: 'Delete it: it would end the header and start another (header injection).',
	},
	'header-control-character': {
		title: 'Control character in a header',
		fix: 'Delete it (RFC 9110 §5.5).',
	},
	'header-non-ascii': {
		title: 'Non-ASCII character in a header',
		fix: 'Keep header values ASCII; clients send other characters differently.',
	},
	'header-edge-whitespace': {
		title: 'Space at the edge of a header',
		fix: 'Delete it; clients strip it (RFC 9110 §5.5).',
	},
	'nul-in-value': {
		title: 'NUL character',
		fix: 'Delete it; no command line or environment variable can hold U+0000.',
	},
	'lone-surrogate': {
		title: 'Broken Unicode character',
		fix: 'Paste the value again; half of a character is missing.',
	},
	'empty-field-name': { title: 'Form field without a name', fix: 'Name every form field.' },
	'body-without-content-type': {
		title: 'Body without Content-Type',
		fix: 'Add a Content-Type header; clients would each pick another.',
	},
	'invalid-env-var': {
		title: 'Unusable variable name',
		fix: 'Use capitals, digits and _ from a letter on (API_KEY), not a name the shell sets.',
	},
	'env-var-conflict': {
		title: 'One variable, two secrets',
		fix: 'Give each secret its own variable.',
	},
	'authorization-mismatch': {
		title: 'Header differs from its recipe',
		fix: 'Build the request with the auth builders.',
	},
	'api-key-mismatch': {
		title: 'Key not where the request says',
		fix: 'Build the request with the auth builders: the key header, or the last query parameter, must hold the key.',
	},
} as const satisfies Record<SnippetCode, SnippetErrorText>;

/** A stable refusal code, declared in the registry; also the anchor of its explanation on /troubleshooting/. */
export type SnippetErrorCode = SnippetCode;

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
export function snippetError(
	code: SnippetErrorCode,
	where: string,
	position: number,
	message: string,
): SnippetError {
	return { code, where, position, message, fix: snippetErrorCodes[code].fix };
}
