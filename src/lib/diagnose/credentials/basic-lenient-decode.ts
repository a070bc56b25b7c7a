/**
 * Reading Basic credentials the way a forgiving server might, so the doctor can say what the
 * sender meant: base64url letters translated, padding restored, stray bits dropped, and the
 * bytes read as UTF-8 or, failing that, Latin-1. Strictness lives in `decodeBase64`; this module
 * only guesses intent after the strict decoder has said what is wrong.
 */
import { decodeBase64 } from '../../auth/base64.ts';
import { decodeCredentialBytes } from '../../auth/basic-decode.ts';

const lenientAlphabet = /^[A-Za-z0-9+/\-_]*={0,2}$/;

/** Bytes of `text` read as Base64 or base64url, padding optional, trailing bits ignored. */
export function decodeLenient(text: string): Uint8Array | undefined {
	if (!lenientAlphabet.test(text)) return undefined;
	const data = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
	if (data.length % 4 === 1) return undefined;
	const cut = data.length - (data.length % 4);
	const full = decodeBase64(data.slice(0, cut));
	if (!full.ok) return undefined;
	const rest = data.slice(cut);
	if (rest === '') return full.bytes;
	const padded = decodeBase64(rest + 'A'.repeat(4 - rest.length));
	if (!padded.ok) return undefined;
	const extra = padded.bytes.slice(0, rest.length === 2 ? 1 : 2);
	const bytes = new Uint8Array(full.bytes.length + extra.length);
	bytes.set(full.bytes);
	bytes.set(extra, full.bytes.length);
	return bytes;
}

export interface DecodedText {
	readonly text: string;
	/** Whether the bytes were not UTF-8 and were read as Latin-1 instead. */
	readonly latin1: boolean;
}

/** The bytes as UTF-8 text, or as Latin-1 text when they are not valid UTF-8 (the core's reading). */
export function bytesToText(bytes: Uint8Array): DecodedText {
	const { text, encoding } = decodeCredentialBytes(bytes);
	return { text, latin1: encoding === 'latin-1' };
}

/**
 * Whether decoded bytes read as credentials someone typed rather than noise: mostly printable
 * ASCII, and where there are stray control characters or Latin-1 bytes, a colon and at most one
 * control character in ten. Random bytes (a raw key decoded as if it were Base64) fail this test.
 */
export function looksLikeCredentials(decoded: DecodedText): boolean {
	const text = decoded.text;
	if (text.length === 0) return true;
	let ascii = 0;
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x0a || code === 0x0d || code === 0x09) continue;
		if (code === 0xfffd) return false;
		if (code < 0x20 || (code >= 0x7f && code < 0xa0)) controls++;
		else if (code < 0x7f) ascii++;
	}
	const colon = text.includes(':');
	if (controls === 0 && !decoded.latin1) return colon || ascii / text.length >= 0.5;
	return colon && ascii / text.length >= 0.75 && controls <= Math.max(1, text.length / 10);
}

/** Whether `text` looks like a raw key pasted where Base64 belongs: one run of printable ASCII. */
export function looksLikeRawKey(text: string): boolean {
	return /^[\x21-\x7E]+$/.test(text);
}
