/**
 * The value of an API's own key header (`X-API-Key: KEY`, OpenAPI's apiKey in a header): the key as
 * it is, with no scheme word and no encoding. A header value may hold any visible ASCII character
 * (RFC 9110 §5.5), so unlike a Bearer token (RFC 6750 §2.1) punctuation is no fault here; what is
 * wrong is what a paste brings along: line breaks and other controls, quotes around the key, a
 * space inside it, a placeholder, and characters beyond ASCII, which clients do not send alike.
 */
import { describeChar } from '../../auth/base64.ts';
import { checkCharacters, checkTrailingNewline } from './characters.ts';
import { report, type Collector } from '../findings/collector.ts';
import { checkJwtExpiry } from './jwt.ts';
import { checkKeyEnvironment } from './key-environment.ts';
import { hasExpansion, spanAll, spanOf, trimLocated, type Located } from '../findings/located.ts';
import { placeholderReason } from '../../auth/placeholder.ts';
import { stripQuotes } from './value-shape.ts';

/** Checks the value `raw` of the key header named `header` (as written in the paste). */
export function checkKeyHeaderValue(into: Collector, raw: Located, header: string): void {
	const what = `the ${header} value`;
	let value = trimLocated(checkTrailingNewline(into, raw, what));
	value = trimLocated(checkCharacters(into, value, what));
	if (value.text === '') {
		report(into, 'empty-credentials', spanAll(raw), `The ${header} header has no value at all.`);
		return;
	}
	if (hasExpansion(value)) return;
	checkKey(into, stripQuotes(into, value, 'the key'), header);
}

function checkKey(into: Collector, key: Located, header: string): void {
	const text = key.text;
	const reason = placeholderReason(text);
	if (reason) {
		report(into, 'placeholder-not-replaced', spanAll(key), `The key is ${reason}.`);
		return;
	}
	const space = text.search(/[ \t]/);
	if (space >= 0)
		report(
			into,
			'invalid-token-character',
			spanOf(key, space, space + 1),
			`The key contains ${describeChar(text[space]!)} at character ${space + 1}: a key is one word, so something was copied along with it into ${header}.`,
		);
	const nonAscii = text.search(/[^\x00-\x7e]/);
	if (nonAscii >= 0) {
		const char = String.fromCodePoint(text.codePointAt(nonAscii)!);
		report(
			into,
			'non-ascii-token',
			spanOf(key, nonAscii, nonAscii + char.length),
			`The key contains ${describeChar(char)} at character ${nonAscii + 1}, which is not ASCII: ${header} cannot carry it the same way in every client, and keys never contain it.`,
		);
	}
	checkJwtExpiry(into, text, spanAll(key));
	checkKeyEnvironment(into, text, spanAll(key));
}
