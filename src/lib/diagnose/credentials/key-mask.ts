/**
 * Masking keys in messages with the core's rule (prefix … last characters, never whole). What
 * the doctor adds is which prefix is public: a profile's declared prefix, or the common
 * `xx_live_` / `xx_test_` form, is shown whole because it identifies the kind of key, not the key.
 */
import { maskSecret } from '../../auth/mask.ts';

const environmentPrefix = /^[A-Za-z]{1,8}_(?:live|test)_/;

/** `secret` masked for a message; `knownPrefixes` are public and shown in full. */
export function maskKey(secret: string, knownPrefixes: readonly string[] = []): string {
	const prefix =
		knownPrefixes.find((candidate) => secret.startsWith(candidate)) ??
		secret.match(environmentPrefix)?.[0] ??
		'';
	// The core's mask shows at most 4 characters at each end of what follows the prefix, so a long
	// key can be cut to its ends first: same text, without spreading 10,000 characters.
	const rest = secret.length - prefix.length;
	const short = rest > 32 ? `${secret.slice(0, prefix.length + 8)}${secret.slice(-8)}` : secret;
	return maskSecret(short, prefix);
}
