/**
 * Characters that no snippet writes as themselves: controls, and the invisible or direction-changing
 * characters that would make the code on screen differ from the bytes it sends (zero-width spaces,
 * bidi overrides, BOM, U+2028/U+2029 line separators, no-break and other odd spaces). Every quoting
 * helper writes them as escapes, so a reader sees exactly what is sent.
 */

/** Matches one character that a string literal must escape. */
export const hiddenChar =
	/[\0-\x1f\x7f-\xa0\xad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/;

/** True when `char` (one code point) must be written as an escape. */
export function isHidden(char: string): boolean {
	return hiddenChar.test(char);
}

/** How many times `char` occurs in `text`. */
export function count(text: string, char: string): number {
	return text.split(char).length - 1;
}

/** `code` as uppercase hex, zero-padded to `width`. */
export function hex(code: number, width: number): string {
	return code.toString(16).toUpperCase().padStart(width, '0');
}

/** The code point of a one-character string. */
export function codeOf(char: string): number {
	return char.codePointAt(0) ?? 0;
}

/**
 * `text` with each character passed through `escape` when it is a quote, a backslash or hidden,
 * and kept as it is otherwise: the shared loop of every string-literal helper.
 */
export function escapeChars(
	text: string,
	special: string,
	escape: (char: string) => string,
): string {
	if (!hiddenChar.test(text) && ![...special].some((char) => text.includes(char))) return text;
	let out = '';
	for (const char of text) out += special.includes(char) || isHidden(char) ? escape(char) : char;
	return out;
}
