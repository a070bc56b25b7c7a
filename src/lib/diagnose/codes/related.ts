/**
 * Which doctor findings explain a simulated API error, so the response panel and the error
 * reference can link to `/troubleshooting/#<finding>` where a paste would show the cause, and
 * each finding on /troubleshooting/ can link back to the errors it explains (the same table read
 * the other way). Listed most likely first; an error with no entry has no header-level cause.
 */
import type { ErrorCode } from '../../mock-api/error-codes.ts';
import type { FindingCode } from './finding-codes.ts';

export const findingsForError = {
	'missing-api-key': [
		'wrong-header-name',
		'missing-line-continuation',
		'empty-credentials',
		'placeholder-not-replaced',
	],
	'malformed-authorization': [
		'trailing-newline',
		'carriage-return',
		'surrounding-whitespace',
		'quoted-value',
		'smart-quotes',
		'invisible-character',
		'control-character',
		'missing-space-after-scheme',
		'duplicated-scheme',
		'missing-scheme',
		'unencoded-basic',
		'line-wrapped-base64',
		'invalid-base64',
		'base64url-alphabet',
		'missing-padding',
		'non-canonical-base64',
		'invalid-token-character',
		'non-ascii-token',
	],
	'wrong-scheme': ['wrong-scheme-for-api', 'missing-scheme'],
	'missing-colon': ['missing-colon', 'wrong-basic-form', 'colon-in-username'],
	'invalid-api-key': [
		'placeholder-not-replaced',
		'shell-expansion',
		'trailing-newline',
		'invisible-character',
		'latin1-credentials',
		'wrong-basic-form',
	],
	'token-expired': ['expired-jwt'],
	'test-key-live-only': ['test-key'],
	'rate-limit-exceeded': ['rate-limited-403'],
	'duplicated-credentials': ['duplicated-credentials', 'token-in-query', 'credentials-in-url'],
	'redirect-uri-mismatch': ['redirect-uri-mismatch'],
	'token-redirect-uri-mismatch': ['redirect-uri-mismatch'],
	'pkce-verifier-mismatch': ['invalid-pkce-verifier'],
	'token-request-invalid': ['invalid-pkce-verifier', 'duplicated-credentials'],
} as const satisfies Partial<Record<ErrorCode, readonly FindingCode[]>>;

/** The findings that explain `errorCode`, most likely first (none for an unknown or unrelated code). */
export function relatedFindings(errorCode: string): readonly FindingCode[] {
	return (findingsForError as Partial<Record<string, readonly FindingCode[]>>)[errorCode] ?? [];
}

/** The simulated errors that `finding` explains, in the table's order: `findingsForError` read backwards. */
export function errorsExplainedBy(finding: string): readonly ErrorCode[] {
	return (Object.entries(findingsForError) as [ErrorCode, readonly string[]][])
		.filter(([, findings]) => findings.includes(finding))
		.map(([errorCode]) => errorCode);
}
