/**
 * PKCE verification on the server side (RFC 7636 §4.6): the S256 challenge of a verifier, and the
 * syntax checks of §4.1 (verifier) and §4.2 (an S256 challenge is 43 base64url characters).
 */
import { encodeBase64Url } from './random-text.ts';

/** code-verifier = 43*128unreserved (RFC 7636 §4.1). */
export function isCodeVerifier(value: string): boolean {
	return /^[A-Za-z0-9\-._~]{43,128}$/.test(value);
}

/** An S256 code_challenge: BASE64URL of 32 bytes, no padding. */
export function isS256Challenge(value: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** BASE64URL-ENCODE(SHA256(ASCII(code_verifier))) (RFC 7636 §4.2). */
export async function s256Challenge(verifier: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
	return encodeBase64Url(new Uint8Array(digest));
}
