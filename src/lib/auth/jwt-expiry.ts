/**
 * A JWT's expiry (RFC 7519 §4.1.4), read without verifying anything: neither the builders nor the
 * doctor hold a key to check a signature with, so this only says what the token claims. Shared
 * by both, so they agree on what counts as an expired token.
 */
import { decodeBase64 } from './base64.ts';

const jwtShape = /^[A-Za-z0-9_-]{2,}\.([A-Za-z0-9_-]{2,})\.[A-Za-z0-9_-]*$/;

/** The bytes of base64url text without padding (RFC 7515 §2), or undefined. */
function base64urlBytes(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const standard = text.replace(/-/g, '+').replace(/_/g, '/');
	const decoded = decodeBase64(standard + '='.repeat((4 - (standard.length % 4)) % 4));
	return decoded.ok ? decoded.bytes : undefined;
}

/** The `exp` claim of a JWT in seconds, or undefined when `token` is not a JWT with a numeric `exp`. */
export function jwtExpiry(token: string): number | undefined {
	const payload = token.match(jwtShape)?.[1];
	const bytes = payload === undefined ? undefined : base64urlBytes(payload);
	if (!bytes) return undefined;
	try {
		const claims: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		if (typeof claims !== 'object' || claims === null || !('exp' in claims)) return undefined;
		return typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp : undefined;
	} catch {
		return undefined;
	}
}

/** Whether `token` is a JWT whose `exp` is at or before `now` (milliseconds since the epoch). */
export function isExpiredJwt(token: string, now: number): boolean {
	const exp = jwtExpiry(token);
	return exp !== undefined && exp * 1000 <= now;
}
