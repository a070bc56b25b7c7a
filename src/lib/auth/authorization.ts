/**
 * Splitting an `Authorization` field value into scheme and credentials (RFC 9110 §11.4:
 * `auth-scheme [ 1*SP ( token68 / #auth-param ) ]`, the scheme case-insensitive). Shared by the
 * Basic and Bearer decoders, the mock API and the header doctor.
 */
import { authIssue, scanValue, type AuthIssue } from './validate.ts';

/** A field value split at the first run of spaces, with where each part starts. */
export interface AuthorizationParts {
	/** The scheme as written (compare case-insensitively). */
	readonly scheme: string;
	/** Everything after the spaces that follow the scheme. */
	readonly credentials: string;
	/** Index in the field value where `credentials` starts. */
	readonly credentialsStart: number;
}

export type AuthorizationParsed =
	| ({ readonly ok: true; readonly warnings: readonly AuthIssue[] } & AuthorizationParts)
	| { readonly ok: false; readonly errors: readonly AuthIssue[] };

const tokenChar = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Parses a field value. Control characters are errors (they cannot be in a field value, RFC
 * 9110 §5.5); spaces or tabs around the value are warnings, since HTTP strips them in transit.
 */
export function parseAuthorization(value: string): AuthorizationParsed {
	const scanned = scanValue(value, 'header', { strict: false });
	const errors = scanned.filter((issue) => issue.severity === 'error');
	if (errors.length > 0) return { ok: false, errors };
	const warnings = scanned.filter((issue) => issue.code === 'surrounding-whitespace');
	const offset = value.length - value.trimStart().length;
	const trimmed = value.trim();
	const match = /^([^ \t]*)([ \t]*)([^]*)$/.exec(trimmed)!;
	const [, scheme = '', gap = '', credentials = ''] = match;
	const credentialsStart = offset + scheme.length + gap.length;
	if (!tokenChar.test(scheme)) {
		return { ok: false, errors: [authIssue('wrong-scheme', 'header', offset, scheme.length, `does not start with a scheme word such as Basic or Bearer.`)] };
	}
	if (credentials === '') {
		return { ok: false, errors: [authIssue('missing-credentials', 'header', credentialsStart, 0, `has the scheme "${scheme}" but nothing after it.`)] };
	}
	if (gap.includes('\t')) {
		return { ok: false, errors: [authIssue('control-character', 'header', offset + scheme.length + gap.indexOf('\t'), 1, 'separates the scheme with a tab; use one space.')] };
	}
	return { ok: true, warnings, scheme, credentials, credentialsStart };
}

/** Whether `scheme` names `expected`, ignoring case (RFC 9110 §11.1). */
export function isScheme(scheme: string, expected: string): boolean {
	return scheme.toLowerCase() === expected.toLowerCase();
}
