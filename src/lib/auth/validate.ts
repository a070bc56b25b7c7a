/**
 * Character-level validation of one input field, with positions. Every refusal carries a stable
 * code (see `issue-codes.ts`), the 0-based position of the first offending character (a UTF-16
 * index, as `String.prototype.slice` and `setSelectionRange` count), a plain message with any
 * secret masked, and a fix. Nothing here throws, whatever the input.
 */
import { describeChar } from './base64.ts';
import { authIssueCodes, type AuthIssueCode } from './issue-codes.ts';
import { isInvisible, maskSecret } from './mask.ts';

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
export const secretFields: ReadonlySet<AuthField> = new Set<AuthField>(['password', 'key', 'token', 'header', 'credentials', 'client-secret', 'code', 'code-verifier', 'refresh-token']);

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
	readonly fix: string;
}

/** Builds an issue; `detail` completes a sentence that starts with the field's label. */
export function authIssue(code: AuthIssueCode, field: AuthField, position: number, length: number, detail: string, severity: Severity = 'error'): AuthIssue {
	return { code, severity, field, position, length, message: `${fieldLabels[field]} ${detail}`, fix: authIssueCodes[code].fix };
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

/** How hard `scanValue` is on paste accidents. */
export interface ScanOptions {
	/** Paste accidents (whitespace, quotes, invisible characters) are errors, not warnings. */
	readonly strict: boolean;
}

const smartQuote = /[\u2018-\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033\u301d-\u301f\uff02\uff07]/;
const wrappingQuotes = /^(?:"[^]*"|'[^]*'|`[^]*`|[\u201c\u201d\u201e][^]*[\u201c\u201d\u201f]|[\u2018\u2019\u201a][^]*[\u2018\u2019\u201b])$/;
const trailingNewline = /[\r\n]+$/;

/** Whether `char` is a typographic quote (what word processors and chat apps put for " and '). */
export function isSmartQuote(char: string): boolean {
	return smartQuote.test(char);
}

interface Found {
	readonly position: number;
	readonly count: number;
	readonly char: string;
}

/** The first code point of `value` that passes `test`, and how many do. */
export function findChars(value: string, test: (char: string, code: number, index: number) => boolean): Found | undefined {
	let first: { position: number; char: string } | undefined;
	let count = 0;
	for (let i = 0; i < value.length; i++) {
		const code = value.codePointAt(i)!;
		const char = String.fromCodePoint(code);
		if (test(char, code, i)) {
			count++;
			first ??= { position: i, char };
		}
		if (code > 0xffff) i++;
	}
	return first && { ...first, count };
}

function more(found: Found): string {
	return found.count > 1 ? ` (and ${found.count - 1} more)` : '';
}

/**
 * Control characters (RFC 9110 §5.5, RFC 7617 §2 CTL), newlines and broken surrogates. A tab is
 * a CTL too; in a strict field, tabs at either end are left to `surrounding-whitespace`.
 */
function scanControls(value: string, field: AuthField, strict: boolean): AuthIssue[] {
	const issues: AuthIssue[] = [];
	const tail = trailingNewline.exec(value);
	const end = tail ? tail.index : value.length;
	if (tail) issues.push(authIssue('trailing-newline', field, tail.index, tail[0].length, 'ends with a line break.'));
	const body = value.slice(0, end);
	const cr = findChars(body, (char) => char === '\r');
	if (cr) issues.push(authIssue('carriage-return', field, cr.position, 1, `contains a carriage return${more(cr)}.`));
	const start = strict ? body.length - body.replace(/^[ \t]+/, '').length : 0;
	const stop = strict ? body.replace(/[ \t]+$/, '').length : body.length;
	const ctl = findChars(body, (_char, code, index) => (code < 0x20 && code !== 0x0d && (code !== 0x09 || (index >= start && index < stop))) || code === 0x7f);
	if (ctl) issues.push(authIssue('control-character', field, ctl.position, 1, `contains the control character ${describeChar(ctl.char)}${more(ctl)}.`));
	const lone = findChars(value, (_char, code) => code >= 0xd800 && code <= 0xdfff);
	if (lone) issues.push(authIssue('lone-surrogate', field, lone.position, 1, `contains half of a character${more(lone)}.`));
	return issues;
}

/** Paste accidents: surrounding whitespace, wrapping quotes, typographic quotes, invisibles. */
function scanPaste(value: string, field: AuthField, severity: Severity): AuthIssue[] {
	const issues: AuthIssue[] = [];
	const text = value.replace(trailingNewline, '');
	const lead = /^[ \t]+/.exec(text);
	const trail = /[ \t]+$/.exec(text);
	const edge = lead ?? trail;
	if (edge) {
		const where = lead && trail ? 'starts and ends' : lead ? 'starts' : 'ends';
		issues.push(authIssue('surrounding-whitespace', field, edge.index, edge[0].length, `${where} with a space or tab.`, severity));
	}
	const core = text.replace(/^[ \t]+|[ \t]+$/g, '');
	if (core.length >= 2 && wrappingQuotes.test(core)) {
		issues.push(authIssue('quoted-value', field, lead ? lead[0].length : 0, 1, `is wrapped in quotes (${core[0]}…${core.at(-1)}).`, severity));
	}
	const smart = findChars(value, isSmartQuote);
	if (smart) issues.push(authIssue('smart-quotes', field, smart.position, 1, `contains the typographic quote ${describeChar(smart.char)}${more(smart)}.`, severity));
	const invisible = findChars(value, (_char, code) => isInvisible(code));
	if (invisible) issues.push(authIssue('invisible-character', field, invisible.position, invisible.char.length, `contains the invisible character ${describeChar(invisible.char)}${more(invisible)}.`, severity));
	return issues;
}

/** Every character-level issue in `value`. Never throws. */
export function scanValue(value: string, field: AuthField, options: ScanOptions): AuthIssue[] {
	return [...scanControls(value, field, options.strict), ...scanPaste(value, field, options.strict ? 'error' : 'warning')];
}

/** A pasted `Bearer …`, `Basic …` or whole `Authorization: …` line in a field meant for the credential alone. */
export function scanSchemePrefix(value: string, field: AuthField): AuthIssue[] {
	const match = /^[ \t]*(?:authorization[ \t]*:[ \t]*)?(?:(?:bearer|basic|token)[ \t]+)?/i.exec(value)!;
	const pasted = match[0].trim();
	if (pasted === '' || match[0].length === value.length) return [];
	return [authIssue('scheme-in-value', field, 0, match[0].length, `starts with "${pasted}".`)];
}
