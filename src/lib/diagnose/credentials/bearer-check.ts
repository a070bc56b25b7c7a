/**
 * The token after `Bearer `: a b64token (RFC 6750 §2.1), one run of ASCII letters, digits and
 * `-._~+/` with optional `=` at the end. Checks the syntax, placeholders, the key's environment
 * and a JWT's expiry.
 */
import { describeChar } from '../../auth/base64.ts';
import { capitalise } from './characters.ts';
import { report, reportedAt, type Collector } from '../findings/collector.ts';
import { checkJwtExpiry } from './jwt.ts';
import { checkKeyEnvironment } from './key-environment.ts';
import { positionOf, spanAll, spanOf, type Located } from '../findings/located.ts';
import { placeholderReason } from '../../auth/placeholder.ts';

/** RFC 6750 §2.1 b64token characters, by code (this runs once per character of a 10 KB paste). */
function isTokenChar(code: number): boolean {
	return (
		(code >= 0x30 && code <= 0x39) ||
		(code >= 0x41 && code <= 0x5a) ||
		(code >= 0x61 && code <= 0x7a) ||
		code === 0x2d ||
		code === 0x2e ||
		code === 0x5f ||
		code === 0x7e ||
		code === 0x2b ||
		code === 0x2f
	);
}
/** Punctuation that tends to be copied after a token: a comma from a list, a closing quote. */
const trailingJunk = /[,;)\]}>"'`]+$/;

/** Checks a Bearer token; returns the repaired token, or undefined when no certain repair exists. */
export function checkBearerToken(
	into: Collector,
	token: Located,
	what = 'the token',
): string | undefined {
	const text = token.text;
	if (text === '') return undefined;
	const reason = placeholderReason(text);
	if (reason) {
		report(into, 'placeholder-not-replaced', spanAll(token), `${capitalise(what)} is ${reason}.`);
		return undefined;
	}
	const bad = badCharacters(text);
	const nonAscii = bad.filter((index) => text.charCodeAt(index) > 0x7e);
	// A tab already reported as a control character is not reported again as a bad token character.
	const asciiBad = bad.filter((index) => text.charCodeAt(index) <= 0x7e);
	const invalid = asciiBad.filter((index) => !reportedAt(into, positionOf(token, index)));
	let repaired: string | undefined = text;
	if (nonAscii.length > 0) {
		const first = nonAscii[0]!;
		const more = nonAscii.length > 1 ? ` (and ${nonAscii.length - 1} more)` : '';
		report(
			into,
			'non-ascii-token',
			spanOf(token, first, first + 1),
			`${capitalise(what)} contains ${describeChar(String.fromCodePoint(text.codePointAt(first)!))} at character ${first + 1}${more}, which is not ASCII.`,
		);
		repaired = undefined;
	}
	if (invalid.length > 0) {
		const first = invalid[0]!;
		const junk = text.match(trailingJunk);
		const onlyTrailing = junk !== null && first >= junk.index!;
		report(
			into,
			'invalid-token-character',
			spanOf(token, first, first + 1),
			`${capitalise(what)} contains ${describeChar(text[first]!)} at character ${first + 1}, which a Bearer token cannot hold${onlyTrailing ? ' (it looks copied along with the token)' : ''}.`,
		);
		repaired = onlyTrailing && repaired !== undefined ? repaired.slice(0, junk.index) : undefined;
	} else if (asciiBad.length > 0) {
		// Only characters reported as controls remain (a tab inside the token): no certain repair.
		repaired = undefined;
	}
	checkJwtExpiry(into, text, spanAll(token));
	checkKeyEnvironment(into, repaired ?? text, spanAll(token));
	return repaired;
}

/** Indices of characters outside b64token, with `=` allowed only as trailing padding. */
function badCharacters(text: string): number[] {
	const padding = text.match(/=*$/)![0].length;
	const bad: number[] = [];
	for (let i = 0; i < text.length - padding; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xdc00 && code <= 0xdfff && i > 0 && bad.at(-1) === i - 1) continue;
		if (!isTokenChar(code)) bad.push(i);
	}
	return bad;
}
