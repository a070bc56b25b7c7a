/**
 * Secrets made from an injected random source, so that tests can pin them and the browser and
 * Node can each pass their own CSPRNG (crypto.getRandomValues, crypto.randomBytes).
 */
import { encodeBase64Url } from '../auth/base64.ts';

/** `length` random bytes. Must be cryptographically strong outside tests. */
export type RandomSource = (length: number) => Uint8Array;

/** An unguessable opaque token: 32 random bytes (256 bits) as 43 base64url characters. */
export function randomToken(random: RandomSource): string {
	return encodeBase64Url(random(32));
}

/**
 * `length` characters drawn uniformly from `alphabet`. Bytes at or above the largest multiple of
 * the alphabet size are dropped (rejection sampling), since `byte % size` would favour the first
 * characters.
 */
export function randomString(random: RandomSource, alphabet: string, length: number): string {
	const size = alphabet.length;
	if (size < 2 || size > 256) throw new RangeError('alphabet must have 2 to 256 characters');
	const limit = 256 - (256 % size);
	let out = '';
	while (out.length < length) {
		for (const byte of random(length - out.length + 8)) {
			if (byte < limit && out.length < length) out += alphabet[byte % size]!;
		}
	}
	return out;
}
