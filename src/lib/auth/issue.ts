/**
 * One issue found in one input: a stable code, a 0-based position (a UTF-16 index, as
 * `String.prototype.slice` and `setSelectionRange` count) and a plain message that never quotes a
 * secret whole. The fix is the code's: content that views look up by code.
 */
import type { AuthIssueCode, InputIssueCode } from './issue-codes.ts';
import { maskSecret } from './mask.ts';

/** Which input an issue is about; positions count within that input. */
export type AuthField =
	| 'username'
	| 'password'
	| 'key'
	| 'token'
	| 'header'
	| 'credentials'
	| 'client-id'
	| 'client-secret'
	| 'redirect-uri'
	| 'scope'
	| 'code'
	| 'code-verifier'
	| 'refresh-token'
	| 'callback'
	| 'token-response';

const fieldLabels = {
	username: 'The username',
	password: 'The password',
	key: 'The API key',
	token: 'The token',
	header: 'The header value',
	credentials: 'The decoded credentials',
	'client-id': 'The client ID',
	'client-secret': 'The client secret',
	'redirect-uri': 'The redirect URI',
	scope: 'The scope',
	code: 'The authorization code',
	'code-verifier': 'The code verifier',
	'refresh-token': 'The refresh token',
	callback: 'The redirect back to the client',
	'token-response': 'The token response',
} as const satisfies Record<AuthField, string>;

/** Fields whose value is a secret: messages show them masked, never whole. */
export const secretFields: ReadonlySet<AuthField> = new Set<AuthField>([
	'password',
	'key',
	'token',
	'header',
	'credentials',
	'client-secret',
	'code',
	'code-verifier',
	'refresh-token',
]);

/** `error` stops a builder; `warning` is shown but the value is still used. */
export type Severity = 'error' | 'warning';

/** One problem found in one field. */
export interface AuthIssue {
	readonly code: AuthIssueCode;
	readonly severity: Severity;
	readonly field: AuthField;
	/** 0-based UTF-16 index of the first offending character in the field's value. */
	readonly position: number;
	/** How many UTF-16 units the highlighted span covers (0 for "something is missing here"). */
	readonly length: number;
	/** A plain sentence; positions are in `position`, not in the text, so a view can place them. */
	readonly message: string;
}

/** Builds an issue; `detail` completes a sentence that starts with the field's label. */
export function makeIssue(
	code: AuthIssueCode,
	field: AuthField,
	position: number,
	length: number,
	detail: string,
	severity: Severity = 'error',
): AuthIssue {
	return {
		code,
		severity,
		field,
		position,
		length,
		message: `${fieldLabels[field]} ${detail}`,
	};
}

/** An issue with an input code (see `makeIssue`). */
export function inputIssue(
	code: InputIssueCode,
	field: AuthField,
	position: number,
	length: number,
	detail: string,
	severity: Severity = 'error',
): AuthIssue {
	return makeIssue(code, field, position, length, detail, severity);
}

/** The same issues, positions moved by `offset` (a field found inside a larger value). */
export function shiftIssues(issues: readonly AuthIssue[], offset: number): AuthIssue[] {
	return issues.map((issue) => ({ ...issue, position: issue.position + offset }));
}

/** The value as a message may quote it: masked for secret fields. */
export function quoteField(field: AuthField, value: string, publicPrefix = ''): string {
	return secretFields.has(field) ? maskSecret(value, publicPrefix) : JSON.stringify(value);
}

/** Only the issues that stop a builder. */
export function errorsOf(issues: readonly AuthIssue[]): AuthIssue[] {
	return issues.filter((issue) => issue.severity === 'error');
}

/** Only the issues that do not stop a builder. */
export function warningsOf(issues: readonly AuthIssue[]): AuthIssue[] {
	return issues.filter((issue) => issue.severity === 'warning');
}

/** An issue with any code (for tools that report issues of their own). */
export function authIssue(
	code: AuthIssueCode,
	field: AuthField,
	position: number,
	length: number,
	detail: string,
	severity: Severity = 'error',
): AuthIssue {
	return makeIssue(code, field, position, length, detail, severity);
}
