/**
 * Character-level validation of one input field, with positions. Every refusal carries a stable
 * code (see `issue-codes.ts`), the 0-based position of the first offending character (a UTF-16
 * index, as `String.prototype.slice` and `setSelectionRange` count), a plain message with any
 * secret masked; the fix is the code's, content that views show by code. Nothing here throws,
 * whatever the input.
 */
import { describeChar } from './base64.ts';
import { isInvisible } from './mask.ts';
import { inputIssue, type AuthField, type AuthIssue, type Severity } from './issue.ts';

export {
	authIssue,
	errorsOf,
	inputIssue,
	makeIssue,
	quoteField,
	secretFields,
	shiftIssues,
	warningsOf,
	type AuthField,
	type AuthIssue,
	type Severity,
} from './issue.ts';

/** How hard `scanValue` is on paste accidents. */
export interface ScanOptions {
	/** Paste accidents (whitespace, quotes, invisible characters) are errors, not warnings. */
	readonly strict: boolean;
}

const smartQuote = /[\u2018-\u201f\u00ab\u00bb\u2039\u203a\u2032\u2033\u301d-\u301f\uff02\uff07]/;
const wrappingQuotes =
	/^(?:"[^]*"|'[^]*'|`[^]*`|[\u201c\u201d\u201e][^]*[\u201c\u201d\u201f]|[\u2018\u2019\u201a][^]*[\u2018\u2019\u201b])$/;
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
export function findChars(
	value: string,
	test: (char: string, code: number, index: number) => boolean,
): Found | undefined {
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
	if (tail)
		issues.push(
			inputIssue('trailing-newline', field, tail.index, tail[0].length, 'ends with a line break.'),
		);
	const body = value.slice(0, end);
	const cr = findChars(body, (char) => char === '\r');
	if (cr)
		issues.push(
			inputIssue(
				'carriage-return',
				field,
				cr.position,
				1,
				`contains a carriage return${more(cr)}.`,
			),
		);
	const start = strict ? body.length - body.replace(/^[ \t]+/, '').length : 0;
	const stop = strict ? body.replace(/[ \t]+$/, '').length : body.length;
	// C1 controls (U+0080–U+009F) are not CTL, but no credential holds one either.
	const ctl = findChars(
		body,
		(_char, code, index) =>
			(code < 0x20 && code !== 0x0d && (code !== 0x09 || (index >= start && index < stop))) ||
			(code >= 0x7f && code <= 0x9f),
	);
	if (ctl)
		issues.push(
			inputIssue(
				'control-character',
				field,
				ctl.position,
				1,
				`contains the control character ${describeChar(ctl.char)}${more(ctl)}.`,
			),
		);
	const lone = findChars(value, (_char, code) => code >= 0xd800 && code <= 0xdfff);
	if (lone)
		issues.push(
			inputIssue(
				'lone-surrogate',
				field,
				lone.position,
				1,
				`contains half of a character${more(lone)}.`,
			),
		);
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
		issues.push(
			inputIssue(
				'surrounding-whitespace',
				field,
				edge.index,
				edge[0].length,
				`${where} with a space or tab.`,
				severity,
			),
		);
	}
	const core = text.replace(/^[ \t]+|[ \t]+$/g, '');
	if (core.length >= 2 && wrappingQuotes.test(core)) {
		issues.push(
			inputIssue(
				'quoted-value',
				field,
				lead ? lead[0].length : 0,
				1,
				`is wrapped in quotes (${core[0]}…${core.at(-1)}).`,
				severity,
			),
		);
	}
	const smart = findChars(value, isSmartQuote);
	if (smart)
		issues.push(
			inputIssue(
				'smart-quotes',
				field,
				smart.position,
				1,
				`contains the typographic quote ${describeChar(smart.char)}${more(smart)}.`,
				severity,
			),
		);
	const invisible = findChars(value, (_char, code) => isInvisible(code));
	if (invisible)
		issues.push(
			inputIssue(
				'invisible-character',
				field,
				invisible.position,
				invisible.char.length,
				`contains the invisible character ${describeChar(invisible.char)}${more(invisible)}.`,
				severity,
			),
		);
	return issues;
}

/** Every character-level issue in `value`. Never throws. */
export function scanValue(value: string, field: AuthField, options: ScanOptions): AuthIssue[] {
	return [
		...scanControls(value, field, options.strict),
		...scanPaste(value, field, options.strict ? 'error' : 'warning'),
	];
}

/** A pasted `Bearer …`, `Basic …` or whole `Authorization: …` line in a field meant for the credential alone. */
export function scanSchemePrefix(value: string, field: AuthField): AuthIssue[] {
	const match = /^[ \t]*(?:authorization[ \t]*:[ \t]*)?(?:(?:bearer|basic|token)[ \t]+)?/i.exec(
		value,
	)!;
	const pasted = match[0].trim();
	if (pasted === '' || match[0].length === value.length) return [];
	return [inputIssue('scheme-in-value', field, 0, match[0].length, `starts with "${pasted}".`)];
}
