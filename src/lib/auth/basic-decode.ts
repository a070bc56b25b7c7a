/**
 * Strict decoding of a Basic `Authorization` value, for the mock API and the header doctor:
 * scheme, standard Base64 (alphabet, padding, canonical bits), split at the FIRST colon (RFC 7617
 * §2: the user-id cannot contain one, the password can), and which charset the bytes are in.
 */
import { decodeBase64 } from './base64.ts';
import { headerIssue, isScheme, parseAuthorization } from './authorization.ts';
import { inputIssue, scanValue, type AuthIssue } from './validate.ts';

/**
 * `ascii`: every byte below 0x80. `utf-8`: valid UTF-8 (RFC 7617 §2.1). `latin-1`: not UTF-8,
 * shown as ISO-8859-1, which is how pre-RFC 7617 clients such as `btoa` encoded non-ASCII.
 */
export type CredentialEncoding = 'ascii' | 'utf-8' | 'latin-1';

/** What a Basic header decodes to. */
export interface BasicDecodedParts {
	readonly scheme: string;
	readonly userId: string;
	readonly password: string;
	readonly bytes: Uint8Array;
	readonly encoding: CredentialEncoding;
	/** Index in the header value where the Base64 starts. */
	readonly credentialsStart: number;
	/** Problems inside the decoded user-id (field `username`) and password (field `password`). */
	readonly contentIssues: readonly AuthIssue[];
}

/** The decoded parts, or the error (with its position in the header value) that stopped decoding. */
export type BasicDecoded =
	| ({ readonly ok: true; readonly warnings: readonly AuthIssue[] } & BasicDecodedParts)
	| { readonly ok: false; readonly errors: readonly AuthIssue[] };

/** The bytes as text, and which charset made sense of them. */
export function decodeCredentialBytes(bytes: Uint8Array): {
	readonly text: string;
	readonly encoding: CredentialEncoding;
} {
	let latin1 = '';
	for (const byte of bytes) latin1 += String.fromCharCode(byte);
	if (bytes.every((byte) => byte < 0x80)) return { text: latin1, encoding: 'ascii' };
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
			encoding: 'utf-8',
		};
	} catch {
		return { text: latin1, encoding: 'latin-1' };
	}
}

/** Decodes `Basic <base64>` strictly; the errors carry positions in `value`. Never throws. */
export function decodeBasicHeader(value: string): BasicDecoded {
	const parsed = parseAuthorization(value);
	if (!parsed.ok) return parsed;
	const { scheme, credentials, credentialsStart } = parsed;
	if (!isScheme(scheme, 'Basic')) {
		return {
			ok: false,
			errors: [
				headerIssue(
					'wrong-scheme',
					value.indexOf(scheme),
					scheme.length,
					`uses the scheme "${scheme}", not Basic.`,
				),
			],
		};
	}
	const decoded = decodeBase64(credentials);
	if (!decoded.ok) {
		const position = credentialsStart + decoded.position;
		return {
			ok: false,
			errors: [
				headerIssue(
					decoded.code,
					position,
					decoded.position < credentials.length ? 1 : 0,
					`is not valid Base64: ${decoded.message}`,
				),
			],
		};
	}
	const { text, encoding } = decodeCredentialBytes(decoded.bytes);
	const colon = text.indexOf(':');
	if (colon === -1) {
		return {
			ok: false,
			errors: [
				headerIssue(
					'missing-colon',
					credentialsStart,
					credentials.length,
					'decodes to text without a colon, so it has no user-id:password split.',
				),
			],
		};
	}
	if (text === ':') {
		return {
			ok: false,
			errors: [
				inputIssue(
					'empty-credentials',
					'header',
					credentialsStart,
					credentials.length,
					'decodes to ":" alone: both username and password are empty.',
				),
			],
		};
	}
	const userId = text.slice(0, colon);
	const password = text.slice(colon + 1);
	const contentIssues = [
		...scanValue(userId, 'username', { strict: false }),
		...scanValue(password, 'password', { strict: false }),
	];
	return {
		ok: true,
		warnings: parsed.warnings,
		scheme,
		userId,
		password,
		bytes: decoded.bytes,
		encoding,
		credentialsStart,
		contentIssues,
	};
}
