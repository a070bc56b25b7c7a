/**
 * Splitting an `Authorization` field value into scheme and credentials (RFC 9110 §11.4:
 * `auth-scheme [ 1*SP ( token68 / #auth-param ) ]`, the scheme case-insensitive). Shared by the
 * Basic and Bearer decoders, the mock API and the header doctor.
 */
import type { HeaderIssueCode } from './issue-codes.ts';
import {
	errorsOf,
	makeIssue,
	scanValue,
	warningsOf,
	type AuthIssue,
	type Severity,
} from './validate.ts';

/** A field value split at the first run of spaces, with where each part starts. */
export interface AuthorizationParts {
	/** The scheme as written (compare case-insensitively). */
	readonly scheme: string;
	/** Everything after the spaces that follow the scheme. */
	readonly credentials: string;
	/** Index in the field value where `credentials` starts. */
	readonly credentialsStart: number;
}

/** The parts, or the errors (with positions in the field value) that stop parsing. */
export type AuthorizationParsed =
	| ({ readonly ok: true; readonly warnings: readonly AuthIssue[] } & AuthorizationParts)
	| { readonly ok: false; readonly errors: readonly AuthIssue[] };

/** An issue with a header-decoding code, about the header value (see `makeIssue`). */
export function headerIssue(
	code: HeaderIssueCode,
	position: number,
	length: number,
	detail: string,
	severity: Severity = 'error',
): AuthIssue {
	return makeIssue(code, 'header', position, length, detail, severity);
}

const tokenChar = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Paste accidents that no Basic or Bearer credential can contain, so they are errors in a header. */
const neverInCredentials = new Set(['quoted-value', 'smart-quotes', 'invisible-character']);

/**
 * Parses a field value. Control characters are errors (they cannot be in a field value, RFC
 * 9110 §5.5), as are quotes and invisible characters around or in it; spaces around the value
 * are only warnings, since HTTP strips them in transit (RFC 9110 §5.5).
 */
export function parseAuthorization(value: string): AuthorizationParsed {
	const scanned = scanValue(value, 'header', { strict: false }).map((issue) =>
		neverInCredentials.has(issue.code) ? { ...issue, severity: 'error' as const } : issue,
	);
	const errors = errorsOf(scanned);
	if (errors.length > 0) return { ok: false, errors };
	const warnings = warningsOf(scanned);
	const offset = value.length - value.trimStart().length;
	const trimmed = value.trim();
	const match = /^([^ \t]*)([ \t]*)([^]*)$/.exec(trimmed)!;
	const [, scheme = '', gap = '', credentials = ''] = match;
	const credentialsStart = offset + scheme.length + gap.length;
	if (!tokenChar.test(scheme)) {
		return {
			ok: false,
			errors: [
				headerIssue(
					'wrong-scheme',
					offset,
					scheme.length,
					`does not start with a scheme word such as Basic or Bearer.`,
				),
			],
		};
	}
	if (credentials === '') {
		return {
			ok: false,
			errors: [
				headerIssue(
					'missing-credentials',
					credentialsStart,
					0,
					`has the scheme "${scheme}" but nothing after it.`,
				),
			],
		};
	}
	return { ok: true, warnings, scheme, credentials, credentialsStart };
}

/** Whether `scheme` names `expected`, ignoring case (RFC 9110 §11.1). */
export function isScheme(scheme: string, expected: string): boolean {
	return scheme.toLowerCase() === expected.toLowerCase();
}
