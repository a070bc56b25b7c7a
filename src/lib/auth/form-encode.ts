/**
 * The form-urlencoding RFC 6749 Appendix B prescribes for client credentials before they go into
 * Basic (§2.3.1): UTF-8 bytes, then the HTML 4.01 §17.13.4.1 rule, under which a space becomes
 * "+" and every byte that is not an ASCII letter or digit becomes %HH. That is stricter than
 * `URLSearchParams` (which keeps `*-._`) and `encodeURIComponent` (which keeps `-_.!~*'()`), and
 * decodes to the same text with any form decoder, so it is the interoperable choice.
 */
import { utf8Bytes } from './base64.ts';

/** `value` form-urlencoded per RFC 6749 Appendix B: `" %&+£€"` → `"+%25%26%2B%C2%A3%E2%82%AC"`. */
export function formUrlEncode(value: string): string {
	let out = '';
	for (const byte of utf8Bytes(value)) {
		const alphanumeric =
			(byte >= 0x30 && byte <= 0x39) ||
			(byte >= 0x41 && byte <= 0x5a) ||
			(byte >= 0x61 && byte <= 0x7a);
		if (alphanumeric) out += String.fromCharCode(byte);
		else if (byte === 0x20) out += '+';
		else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	}
	return out;
}
