/**
 * Masking secrets for display: a message may show a key as `sk_test_…Nb6`, never whole. The
 * masked text is also printable, so a trailing newline shows as ␊ rather than breaking a line.
 */

/** The character as a reader can see it: controls become Control Pictures (U+2400 block). */
export function visibleChar(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	if (code < 0x20) return String.fromCodePoint(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	if (isInvisible(code)) return '\u2423';
	if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
	return char;
}

/** Invisible or look-alike-space code points that sneak into pasted values. */
export function isInvisible(code: number): boolean {
	return (
		code === 0xa0 || // no-break space
		code === 0xad || // soft hyphen
		code === 0x34f || // combining grapheme joiner
		code === 0x61c || // Arabic letter mark
		code === 0x1680 ||
		code === 0x180e || // Mongolian vowel separator
		(code >= 0x2000 && code <= 0x200f) || // unusual spaces, zero-width space/joiners, LRM/RLM
		(code >= 0x2028 && code <= 0x202f) || // line/paragraph separators, bidi embeddings, narrow NBSP
		(code >= 0x205f && code <= 0x206f) || // word joiner, invisible operators, bidi isolates
		code === 0x3000 ||
		code === 0xfeff // byte order mark / zero-width no-break space
	);
}

/** Printable rendering of any text (no secret handling). */
export function visibleText(text: string): string {
	let out = '';
	for (const char of text) out += visibleChar(char);
	return out;
}

/**
 * `value` masked as prefix … last characters. A known public prefix (`sk_live_`) is shown in
 * full; of the rest, at most a quarter is shown at each end and never more than 4 characters,
 * so short secrets show less and an empty or tiny secret shows nothing but its length.
 */
export function maskSecret(value: string, publicPrefix = ''): string {
	const chars = [...value];
	const prefix = publicPrefix !== '' && value.startsWith(publicPrefix) ? [...publicPrefix] : [];
	const rest = chars.slice(prefix.length);
	const shown = Math.min(4, Math.floor(rest.length / 4));
	if (shown === 0) return `${visibleText(prefix.join(''))}… (${chars.length} characters)`;
	const head = prefix.length > 0 ? prefix : rest.slice(0, shown);
	return `${visibleText(head.join(''))}…${visibleText(rest.slice(-shown).join(''))}`;
}
