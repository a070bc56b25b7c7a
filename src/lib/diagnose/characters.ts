/**
 * Characters that do not belong in a credential: line breaks, other controls, invisible
 * characters and typographic quotes. Each kind is reported once per value, at its first
 * occurrence with a count, so a 10 KB paste of zero-width spaces yields one finding, not 10,000.
 */
import { describeChar } from '../auth/base64.ts';
import { report, type Collector, type Span } from './collector.ts';
import { replaceChars, spanOf, without, type Located } from './located.ts';

/** Zero-width and formatting characters, odd spaces, the BOM: invisible or mistaken for a space. */
const invisible = /[\u00A0\u00AD\u034F\u061C\u115F\u1160\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
/** Characters that look like a space and stand for one when we repair. */
const spaceLike = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/;
const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\uFF07]/;
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\t]/;

/** Maps a character range of the checked value to a span of the paste. */
export type SpanFor = (start: number, end: number) => Span;

export type CharKind = 'line-feed' | 'carriage-return' | 'control' | 'invisible' | 'smart-quote';

/** The kind of a character that needs attention, or undefined for an ordinary one. */
export function charKind(char: string): CharKind | undefined {
	if (char === '\n') return 'line-feed';
	if (char === '\r') return 'carriage-return';
	if (control.test(char)) return 'control';
	if (invisible.test(char)) return 'invisible';
	if (doubleQuotes.test(char) || singleQuotes.test(char)) return 'smart-quote';
	return undefined;
}

/** The straight quote a typographic one stands for. */
export function straightQuote(char: string): string {
	return doubleQuotes.test(char) ? '"' : singleQuotes.test(char) ? "'" : char;
}

/** A character's name for a message: "U+200B" and, for quotes, the glyph. */
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
export function checkTrailingNewline(into: Collector, value: Located, what: string, spanFor: SpanFor = (s, e) => spanOf(value, s, e)): Located {
	let end = value.text.length;
	while (end > 0 && (value.text[end - 1] === '\n' || value.text[end - 1] === '\r')) end--;
	if (end === value.text.length) return value;
	const tail = value.text.slice(end);
	const span = spanFor(end, value.text.length);
	if (tail.includes('\r')) {
		report(into, 'carriage-return', span, `There is ${tail.includes('\n') ? 'a Windows line ending (CR LF)' : 'a carriage return (CR)'} at the end of ${what}.`);
	} else {
		report(into, 'trailing-newline', span, `There ${tail.length === 1 ? 'is a newline' : `are ${tail.length} newlines`} at the end of ${what}.`);
	}
	return { ...value, text: value.text.slice(0, end), at: value.at.slice(0, end + 1), ...(value.expanded ? { expanded: value.expanded.slice(0, end) } : {}) };
}

/**
 * Reports line breaks, controls, invisible characters and typographic quotes inside `value`
 * and returns it repaired: controls and invisibles removed, odd spaces made plain spaces,
 * curly quotes made straight (so that a later check can see and strip wrapping quotes).
 */
export function checkCharacters(into: Collector, value: Located, what: string, spanFor: SpanFor = (s, e) => spanOf(value, s, e)): Located {
	const found = new Map<CharKind, number[]>();
	for (let i = 0; i < value.text.length; i++) {
		const kind = charKind(value.text[i]!);
		if (!kind) continue;
		const list = found.get(kind);
		if (list) list.push(i);
		else found.set(kind, [i]);
	}
	if (found.size === 0) return value;
	const drop = new Set<number>();
	const cr = found.get('carriage-return') ?? [];
	if (cr.length > 0) {
		report(into, 'carriage-return', spanFor(cr[0]!, cr[0]! + 1), `There is a carriage return (CR) in ${what}${plural(cr.length, 'CR')}.`);
		cr.forEach((index) => drop.add(index));
	}
	const controls = [...(found.get('line-feed') ?? []), ...(found.get('control') ?? [])].sort((a, b) => a - b);
	if (controls.length > 0) {
		const first = controls[0]!;
		const name = value.text[first] === '\n' ? 'a line feed (LF)' : value.text[first] === '\t' ? 'a tab' : `control character ${named(value.text[first]!)}`;
		report(into, 'control-character', spanFor(first, first + 1), `There is ${name} in ${what}${plural(controls.length, 'control characters')}.`);
		controls.filter((index) => value.text[index] !== '\t').forEach((index) => drop.add(index));
	}
	const hidden = found.get('invisible') ?? [];
	if (hidden.length > 0) {
		const first = hidden[0]!;
		report(into, 'invisible-character', spanFor(first, first + 1), `There is an invisible character, ${invisibleName(value.text[first]!)}, in ${what}${plural(hidden.length, 'invisible characters')}.`);
		hidden.filter((index) => !spaceLike.test(value.text[index]!)).forEach((index) => drop.add(index));
	}
	const quotes = found.get('smart-quote') ?? [];
	if (quotes.length > 0) {
		const first = quotes[0]!;
		report(into, 'smart-quotes', spanFor(first, first + 1), `There is a typographic quote, ${named(value.text[first]!)}, in ${what}${plural(quotes.length, 'typographic quotes')}.`);
	}
	// Tabs and odd spaces stand for a space; dropping them would glue the scheme to the token.
	const straightened = replaceChars(value, (char) => (char === '\t' || spaceLike.test(char) ? ' ' : straightQuote(char)));
	return without(straightened, drop);
}

/** `text` with its first letter in upper case. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
