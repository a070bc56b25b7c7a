/**
 * Characters that do not belong in a credential: line breaks, other controls, invisible
 * characters and typographic quotes. Each kind is reported once per value, at its first
 * occurrence with a count, so a 10 KB paste of zero-width spaces yields one finding, not 10,000.
 */
import { describeChar } from '../../auth/base64.ts';
import { isInvisible } from '../../auth/mask.ts';
import { report, type Collector, type Span } from '../findings/collector.ts';
import { LocatedBuilder, positionOf, slice, spanOf, type Located } from '../findings/located.ts';

/** Maps a character range of the checked value to a span of the paste. */
export type SpanFor = (start: number, end: number) => Span;

export type CharKind = 'line-feed' | 'carriage-return' | 'control' | 'invisible' | 'smart-quote';

/**
 * What a UTF-16 code unit is to us, by numeric ranges (this runs on every character of a 10 KB
 * paste): zero-width and formatting characters, odd spaces and the BOM are invisible; curly and
 * angle quotes are typographic quotes; C0 and C1 controls (and DEL) are controls.
 */
function classify(code: number): CharKind | undefined {
	if (code > 0x1f && code < 0x7f) return undefined;
	if (code === 0x0a) return 'line-feed';
	if (code === 0x0d) return 'carriage-return';
	if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'control';
	// The core's list, plus fillers and variation selectors that also render as nothing.
	if (
		isInvisible(code) ||
		code === 0x115f ||
		code === 0x1160 ||
		code === 0x3164 ||
		(code >= 0xfe00 && code <= 0xfe0f) ||
		code === 0xffa0
	)
		return 'invisible';
	if (quoteFor(code) !== undefined) return 'smart-quote';
	return undefined;
}

/** Characters that look like a space and stand for one when we repair. */
function isSpaceLike(code: number): boolean {
	return (
		code === 0xa0 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000
	);
}

/** The straight quote a typographic quote stands for, by code. */
function quoteFor(code: number): '"' | "'" | undefined {
	if (
		(code >= 0x201c && code <= 0x201f) ||
		code === 0xab ||
		code === 0xbb ||
		code === 0x2033 ||
		code === 0xff02
	)
		return '"';
	if ((code >= 0x2018 && code <= 0x201b) || code === 0x2032 || code === 0xff07) return "'";
	return undefined;
}

/** The kind of a character that needs attention, or undefined for an ordinary one. */
export function charKind(char: string): CharKind | undefined {
	return classify(char.charCodeAt(0));
}

/** The straight quote a typographic one stands for. */
export function straightQuote(char: string): string {
	return quoteFor(char.charCodeAt(0)) ?? char;
}

/** A character's name for a message: "U+0009" for controls, the glyph and code point otherwise. */
function named(char: string): string {
	return describeChar(char);
}

const invisibleNames: Record<string, string> = {
	'\u00A0': 'NO-BREAK SPACE',
	'\u00AD': 'SOFT HYPHEN',
	'\u200B': 'ZERO WIDTH SPACE',
	'\u200C': 'ZERO WIDTH NON-JOINER',
	'\u200D': 'ZERO WIDTH JOINER',
	'\u200E': 'LEFT-TO-RIGHT MARK',
	'\u200F': 'RIGHT-TO-LEFT MARK',
	'\u202F': 'NARROW NO-BREAK SPACE',
	'\u2060': 'WORD JOINER',
	'\uFEFF': 'BYTE ORDER MARK',
};

/** An invisible character by code point and name: showing it would show nothing. */
function invisibleName(char: string): string {
	const hex = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
	const name = invisibleNames[char];
	return name ? `${hex} ${name}` : hex;
}

function plural(count: number, one: string): string {
	return count === 1 ? '' : ` (and ${count - 1} more ${one})`;
}

/**
 * Removes a trailing line break (LF, CRLF or CR) from `value`, reporting it. `what` names the
 * value in the message ("the header value", "the decoded credentials").
 */
export function checkTrailingNewline(
	into: Collector,
	value: Located,
	what: string,
	spanFor: SpanFor = (s, e) => spanOf(value, s, e),
): Located {
	let end = value.text.length;
	while (end > 0 && (value.text[end - 1] === '\n' || value.text[end - 1] === '\r')) end--;
	if (end === value.text.length) return value;
	const tail = value.text.slice(end);
	const span = spanFor(end, value.text.length);
	if (tail.includes('\r')) {
		report(
			into,
			'carriage-return',
			span,
			`There is ${tail.includes('\n') ? 'a Windows line ending (CR LF)' : 'a carriage return (CR)'} at the end of ${what}.`,
		);
	} else {
		report(
			into,
			'trailing-newline',
			span,
			`There ${tail.length === 1 ? 'is a newline' : `are ${tail.length} newlines`} at the end of ${what}.`,
		);
	}
	return slice(value, 0, end);
}

/** First index and count of one kind of character found in a value. */
interface Tally {
	first: number;
	count: number;
}

/**
 * Reports line breaks, controls, invisible characters and typographic quotes inside `value`
 * and returns it repaired: controls and invisibles removed, odd spaces and tabs made plain
 * spaces (dropping them would glue a scheme to its token), curly quotes made straight (so that
 * a later check can see and strip wrapping quotes). One pass over the value.
 */
export function checkCharacters(
	into: Collector,
	value: Located,
	what: string,
	spanFor: SpanFor = (s, e) => spanOf(value, s, e),
): Located {
	const text = value.text;
	const tally = new Map<CharKind, Tally>();
	for (let i = 0; i < text.length; i++) {
		const kind = classify(text.charCodeAt(i));
		if (!kind) continue;
		const key = kind === 'line-feed' ? 'control' : kind;
		const entry = tally.get(key);
		if (entry) entry.count++;
		else tally.set(key, { first: i, count: 1 });
	}
	if (tally.size === 0) return value;
	reportTally(into, tally, text, what, spanFor);
	const built = new LocatedBuilder();
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const kind = classify(code);
		const keep =
			kind === undefined
				? text[i]!
				: code === 0x09 || isSpaceLike(code)
					? ' '
					: kind === 'smart-quote'
						? quoteFor(code)!
						: undefined;
		if (keep !== undefined) built.push(keep, positionOf(value, i), value.expanded?.[i] ?? false);
	}
	return built.build(positionOf(value, text.length), value.expanded !== undefined);
}

function reportTally(
	into: Collector,
	tally: ReadonlyMap<CharKind, Tally>,
	text: string,
	what: string,
	spanFor: SpanFor,
): void {
	const cr = tally.get('carriage-return');
	if (cr)
		report(
			into,
			'carriage-return',
			spanFor(cr.first, cr.first + 1),
			`There is a carriage return (CR) in ${what}${plural(cr.count, 'CR')}.`,
		);
	const control = tally.get('control');
	if (control) {
		const char = text[control.first]!;
		const name =
			char === '\n'
				? 'a line feed (LF)'
				: char === '\t'
					? 'a tab'
					: `control character ${named(char)}`;
		report(
			into,
			'control-character',
			spanFor(control.first, control.first + 1),
			`There is ${name} in ${what}${plural(control.count, 'control characters')}.`,
		);
	}
	const hidden = tally.get('invisible');
	if (hidden)
		report(
			into,
			'invisible-character',
			spanFor(hidden.first, hidden.first + 1),
			`There is an invisible character, ${invisibleName(text[hidden.first]!)}, in ${what}${plural(hidden.count, 'invisible characters')}.`,
		);
	const quote = tally.get('smart-quote');
	if (quote)
		report(
			into,
			'smart-quotes',
			spanFor(quote.first, quote.first + 1),
			`There is a typographic quote, ${named(text[quote.first]!)}, in ${what}${plural(quote.count, 'typographic quotes')}.`,
		);
}

/** `text` with its first letter in upper case. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
