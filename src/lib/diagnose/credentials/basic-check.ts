/**
 * The token after `Basic `: standard Base64 (RFC 4648 §4) of `user-id:password` (RFC 7617 §2).
 * The strict decoder says what is wrong; the lenient one recovers what was meant, so the doctor
 * can check the credentials inside and offer a corrected value.
 */
import { decodeBase64, encodeBase64, utf8Bytes } from '../../auth/base64.ts';
import { basicSteps } from '../../auth/basic.ts';
import { checkCredentials } from './basic-credentials.ts';
import {
	bytesToText,
	decodeLenient,
	looksLikeCredentials,
	looksLikeRawKey,
	type DecodedText,
} from './basic-lenient-decode.ts';
import { basicAuthOf, credentialsForKey, keyHalf } from './basic-form.ts';
import { report, type Collector, type Span } from '../findings/collector.ts';
import { locate, spanAll, spanOf, without, type Located } from '../findings/located.ts';
import { maskKey } from './key-mask.ts';
import { placeholderReason } from '../../auth/placeholder.ts';

/** Base64 of `user-id:password` as the core's Basic builder encodes it (NFC, UTF-8, RFC 7617 §2.1). */
export function encodeCredentials(credentials: string): string {
	const colon = credentials.indexOf(':');
	// Without a colon there is no user-id:password to build; encode the text as it is.
	if (colon === -1) return encodeBase64(utf8Bytes(credentials));
	return basicSteps(credentials.slice(0, colon), credentials.slice(colon + 1)).base64;
}

const base64Line = /^[A-Za-z0-9+/=_-]+$/;

/**
 * Joins Base64 that `base64` or `openssl` wrapped over several lines, reporting it. Only line
 * breaks between runs of Base64 characters count; anything else is left to the control check.
 */
export function joinWrappedBase64(into: Collector, token: Located): Located {
	const lines = token.text.split(/\r?\n/);
	lines[0] = lines[0]!.replace(/^basic[ \t]+/i, '');
	if (lines.length < 2 || !lines.every((line) => base64Line.test(line))) return token;
	const breaks = new Set<number>();
	for (let i = 0; i < token.text.length; i++)
		if (token.text[i] === '\n' || token.text[i] === '\r') breaks.add(i);
	const first = token.text.search(/\r?\n/);
	const width = lines[0]!.length;
	const tool =
		width === 76
			? ' (76 characters per line: the `base64` command)'
			: width === 64
				? ' (64 characters per line: `openssl base64`)'
				: '';
	report(
		into,
		'line-wrapped-base64',
		spanOf(token, first, first + 1),
		`The Base64 is split over ${lines.length} lines${tool}; the header value ends at the first line break.`,
	);
	return without(token, breaks);
}

/** What a Basic token holds once checked: the repaired `user-id:password` and/or the bare key. */
export interface BasicResult {
	/** The repaired `user-id:password`, when every repair is certain. */
	readonly credentials?: string | undefined;
	/** The key itself, when it could be read (to rebuild the header in another scheme). */
	readonly key?: string | undefined;
}

/** Checks a Basic token (the part after `Basic `). */
export function checkBasicToken(into: Collector, token: Located): BasicResult {
	const span = spanAll(token);
	const text = token.text;
	const reason = placeholderReason(text);
	if (reason) {
		report(into, 'placeholder-not-replaced', span, `The credentials are ${reason}.`);
		return {};
	}
	if (text.includes(':')) {
		report(
			into,
			'unencoded-basic',
			span,
			'After "Basic " comes plain text with a colon, not Base64: the credentials were not encoded.',
		);
		return withKey(
			into,
			checkCredentials(into, token, {
				what: 'credentials',
				spanFor: (start, end) => spanOf(token, start, end),
			}),
		);
	}
	const decoded = decodeWithFindings(into, token, span);
	if (decoded === 'raw-key') return rawKey(into, text, span);
	if (decoded === undefined) return {};
	return withKey(
		into,
		checkCredentials(into, locate(decoded.text), {
			what: 'decoded credentials',
			spanFor: () => span,
			latin1: decoded.latin1,
		}),
	);
}

function withKey(into: Collector, credentials: string | undefined): BasicResult {
	if (credentials === undefined) return {};
	const colon = credentials.indexOf(':');
	const user = colon === -1 ? credentials : credentials.slice(0, colon);
	const password = colon === -1 ? '' : credentials.slice(colon + 1);
	return { credentials, key: keyHalf(basicAuthOf(into.profile), user, password) };
}

/**
 * Decodes the token, reporting Base64 problems. Returns the decoded text, `'raw-key'` when the
 * token reads as a key pasted without encoding, or undefined when nothing sensible comes out.
 */
function decodeWithFindings(
	into: Collector,
	token: Located,
	span: Span,
): DecodedText | 'raw-key' | undefined {
	const text = token.text;
	const strict = decodeBase64(text);
	if (strict.ok) {
		const decoded = bytesToText(strict.bytes);
		if (looksLikeCredentials(decoded)) return decoded;
		if (looksLikeRawKey(text) && !/[+/=]/.test(text)) return 'raw-key';
		report(
			into,
			'invalid-base64',
			span,
			'The value is Base64, but it decodes to bytes that are not readable credentials (user-id:password).',
		);
		return undefined;
	}
	const lenient = decodeLenient(text);
	const meant = lenient ? bytesToText(lenient) : undefined;
	const recoverable =
		strict.code === 'base64url-alphabet' ||
		strict.code === 'missing-padding' ||
		strict.code === 'non-canonical-base64';
	if (recoverable && meant && looksLikeCredentials(meant)) {
		const at = spanOf(
			token,
			strict.position,
			strict.position + (strict.code === 'missing-padding' ? 0 : 1),
		);
		report(into, strict.code, at, strict.message);
		return meant;
	}
	if (looksLikeRawKey(text) && !truncatedBase64(text)) return 'raw-key';
	report(
		into,
		'invalid-base64',
		spanOf(token, strict.position, strict.position + 1),
		strict.message,
	);
	return undefined;
}

/**
 * Whether `text` is Base64 of readable text with a character lost or added at the end. With a
 * length no Base64 can have (4n+1, `QWxhZ`), readable text before the last character is enough;
 * otherwise the text must read as `user-id:password`, or a raw key would be taken for Base64.
 */
function truncatedBase64(text: string): boolean {
	if (/[+/=]/.test(text)) return true;
	const shorter = decodeLenient(text.slice(0, -1));
	if (shorter === undefined) return false;
	const decoded = bytesToText(shorter);
	const impossibleLength =
		text.length % 4 === 1 && !decoded.latin1 && /^[\x20-\x7e]+$/.test(decoded.text);
	return looksLikeCredentials(decoded) && (decoded.text.includes(':') || impossibleLength);
}

/** A raw key after `Basic `: reports it, and encodes it in the API's form when the profile says which. */
function rawKey(into: Collector, key: string, span: Span): BasicResult {
	const auth = basicAuthOf(into.profile);
	report(
		into,
		'unencoded-basic',
		span,
		`After "Basic " comes what looks like a raw key (${maskKey(key)}), not Base64 of user-id:password.`,
	);
	return { credentials: auth ? credentialsForKey(auth, key) : undefined, key };
}
