/**
 * Masking for messages: a finding may say which key it is about, never the key itself. We show a
 * known, non-secret prefix (`sk_live_`) and the last four characters, and less of short values,
 * so that at most about a third of any secret is ever visible.
 */

const environmentPrefix = /^[A-Za-z]{1,8}_(?:live|test)_/;

/** `secret` as `prefix…last4`; `knownPrefixes` are shown whole because they are not secret. */
export function maskSecret(secret: string, knownPrefixes: readonly string[] = []): string {
	const chars = [...secret];
	if (chars.length === 0) return '(empty)';
	const prefix = knownPrefixes.find((candidate) => secret.startsWith(candidate)) ?? secret.match(environmentPrefix)?.[0] ?? '';
	const rest = chars.slice([...prefix].length);
	const tailLength = rest.length >= 12 ? 4 : rest.length >= 6 ? 2 : 0;
	const tail = tailLength > 0 ? rest.slice(-tailLength).join('') : '';
	return `${prefix}…${tail}`;
}
