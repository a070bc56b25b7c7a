/**
 * Random bytes from an injected source: PKCE verifiers and OAuth state here, and the islands'
 * simulated clients. Apart from pkce.ts so that a page which only needs randomness (the burst
 * simulator) does not load the PKCE checks.
 */

/** A source of `n` random bytes; pass `(n) => crypto.getRandomValues(new Uint8Array(n))`. */
export type RandomBytes = (n: number) => Uint8Array;

/** The platform's cryptographic random source. */
export const cryptoRandomBytes: RandomBytes = (n) =>
	globalThis.crypto.getRandomValues(new Uint8Array(n));

/** `n` bytes from `random`, refusing a source that returns fewer (a silent short read would weaken state and verifiers). */
export function randomBytes(random: RandomBytes, n: number): Uint8Array {
	const bytes = random(n);
	if (!(bytes instanceof Uint8Array) || bytes.length !== n)
		throw new RangeError(`random source returned ${bytes.length} bytes, expected ${n}`);
	return bytes;
}
