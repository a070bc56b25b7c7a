/**
 * The server side of PKCE that the core's client side (auth/pkce.ts) does not need: checking the
 * shape of a received S256 code_challenge (RFC 7636 §4.2: BASE64URL of 32 bytes, 43 characters).
 */

/** An S256 code_challenge: BASE64URL of 32 bytes, no padding. */
export function isS256Challenge(value: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(value);
}
