/**
 * PKCE (RFC 7636): a random code verifier and its S256 challenge,
 * `BASE64URL(SHA256(ASCII(code_verifier)))` (§4.2).
 *
 * SHA-256 comes from `crypto.subtle`, present in Node 24 and in every browser on a secure
 * context (https or localhost, which is where this site runs). That makes the challenge async.
 * We keep it async rather than ship a hand-written SHA-256: the UI awaits it once per new
 * verifier, and the shipped-JS budget (auth + snippets ≤ 6 KB gz) is better spent elsewhere.
 */
import { encodeBase64Url } from './base64.ts';
import { randomBytes, type RandomBytes } from './random-bytes.ts';
import { oauthIssue } from './oauth-validate.ts';
import type { AuthIssue } from './validate.ts';

/** A fresh code verifier: 32 random bytes as 43 base64url characters (RFC 7636 §4.1, 256 bits). */
export function createCodeVerifier(random: RandomBytes): string {
	return encodeBase64Url(randomBytes(random, 32));
}

/** A fresh `state`: 32 random bytes (256 bits, above the 128 we promise) as base64url. */
export function createState(random: RandomBytes): string {
	return encodeBase64Url(randomBytes(random, 32));
}

/** Issues with a verifier: 43 to 128 characters of `[A-Za-z0-9-._~]` (RFC 7636 §4.1). */
export function validateCodeVerifier(verifier: string): AuthIssue[] {
	const bad = /[^A-Za-z0-9\-._~]/.exec(verifier);
	if (bad)
		return [
			oauthIssue(
				'invalid-code-verifier',
				'code-verifier',
				bad.index,
				1,
				'contains a character outside A-Z a-z 0-9 - . _ ~.',
			),
		];
	if (verifier.length < 43 || verifier.length > 128) {
		return [
			oauthIssue(
				'invalid-code-verifier',
				'code-verifier',
				Math.min(verifier.length, 128),
				0,
				`is ${verifier.length} characters long; it must be 43 to 128.`,
			),
		];
	}
	return [];
}

/** The S256 challenge of `verifier` (RFC 7636 §4.2). */
export async function codeChallengeS256(verifier: string): Promise<string> {
	const ascii = Uint8Array.from(verifier, (char) => char.charCodeAt(0));
	const digest = await globalThis.crypto.subtle.digest('SHA-256', ascii);
	return encodeBase64Url(new Uint8Array(digest));
}
