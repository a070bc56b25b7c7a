/**
 * Standard Base64 (RFC 4648 §4) over bytes, with a strict decoder that says where and why a
 * string is not canonical Base64. Never `btoa` on a string: it throws above U+00FF and encodes
 * Latin-1, not UTF-8.
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const lookup = new Map([...alphabet].map((char, index) => [char, index]));

/** UTF-8 bytes of `text` (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8Bytes(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}

/** Standard Base64 with `=` padding (RFC 4648 §4). */
export function encodeBase64(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i] ?? 0;
		const b = bytes[i + 1] ?? 0;
		const c = bytes[i + 2] ?? 0;
		const n = (a << 16) | (b << 8) | c;
		const left = bytes.length - i;
		out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]!;
		out += left > 1 ? alphabet[(n >> 6) & 63]! : '=';
		out += left > 2 ? alphabet[n & 63]! : '=';
	}
	return out;
}

/** Why a string is not canonical standard Base64. */
/** base64url without padding (RFC 4648 §5, RFC 7636 Appendix A): PKCE verifiers and challenges, and the
 * mock API's random tokens (here, not in pkce.ts, so that those do not bring PKCE along). */
export function encodeBase64Url(bytes: Uint8Array): string {
	return encodeBase64(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export type Base64ErrorCode =
	| 'base64url-alphabet'
	| 'invalid-base64-character'
	| 'missing-padding'
	| 'misplaced-padding'
	| 'invalid-length'
	| 'non-canonical-base64';

export type Base64Decoded =
	| { readonly ok: true; readonly bytes: Uint8Array }
	| {
			readonly ok: false;
			readonly code: Base64ErrorCode;
			readonly position: number;
			readonly message: string;
	  };

function fail(code: Base64ErrorCode, position: number, message: string): Base64Decoded {
	return { ok: false, code, position, message };
}

/**
 * Decodes standard Base64 strictly: only the RFC 4648 §4 alphabet, padding present and only at
 * the end, and unused trailing bits zero (§3.5), so one byte string has one accepted encoding.
 */
export function decodeBase64(text: string): Base64Decoded {
	const firstPad = text.indexOf('=');
	const dataLength = firstPad === -1 ? text.length : firstPad;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (i >= dataLength) {
			if (char !== '=')
				return fail(
					'misplaced-padding',
					firstPad,
					'"=" padding may only appear at the end, but more data follows it.',
				);
			continue;
		}
		if (lookup.has(char)) continue;
		if (char === '-' || char === '_') {
			return fail(
				'base64url-alphabet',
				i,
				`"${char}" belongs to the base64url alphabet; standard Base64 uses "${char === '-' ? '+' : '/'}".`,
			);
		}
		return fail(
			'invalid-base64-character',
			i,
			`Character ${describeChar(char)} is not in the Base64 alphabet.`,
		);
	}
	const padding = text.length - dataLength;
	if (padding > 2)
		return fail('misplaced-padding', dataLength, 'Base64 has at most two "=" padding characters.');
	if (dataLength % 4 === 1)
		return fail(
			'invalid-length',
			text.length,
			'No Base64 string has this length: one character is missing or one too many.',
		);
	if (text.length % 4 !== 0) {
		if (padding === 0)
			return fail(
				'missing-padding',
				text.length,
				`The "=" padding is missing: add ${'='.repeat(4 - (text.length % 4))}.`,
			);
		return fail(
			'invalid-length',
			text.length,
			'The padding does not make the length a multiple of 4.',
		);
	}
	// Here the padding is right for the data: at most two "=", a data length that is not 1 more than
	// a multiple of 4, and a total length that is a multiple of 4 leave one padding for each length.
	const bytes = new Uint8Array(Math.floor((dataLength * 3) / 4));
	let bits = 0;
	let buffer = 0;
	let out = 0;
	for (let i = 0; i < dataLength; i++) {
		buffer = (buffer << 6) | lookup.get(text[i]!)!;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[out++] = (buffer >> bits) & 0xff;
		}
	}
	if ((buffer & ((1 << bits) - 1)) !== 0) {
		return fail(
			'non-canonical-base64',
			dataLength - 1,
			'The last character carries bits that are not zero: another encoder would not produce this string.',
		);
	}
	return { ok: true, bytes };
}

/** A character as a reader can identify it, control characters by code point. */
export function describeChar(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) ? hex : `"${char}" (${hex})`;
}
