/**
 * Which header a name stands for: the real `Authorization`, a misspelling of it, an API-key
 * header that some APIs read (but none of ours), or something unrelated. Field names are
 * case-insensitive (RFC 9110 §5.1).
 */

export type HeaderRole = 'authorization' | 'misspelled' | 'api-key' | 'other';

const misspellings = new Set([
	'auth',
	'authentication',
	'authenticate',
	'authorize',
	'authorise',
	'authorized',
	'bearer',
	'basic',
	'http-authorization',
	'http_authorization',
	'authorization-header',
	'authorizations',
	'authorisations',
]);
const apiKeyHeaders = new Set([
	'x-api-key',
	'api-key',
	'apikey',
	'x-apikey',
	'api_key',
	'x-api-token',
	'api-token',
	'x-auth-token',
	'x-access-token',
	'access-token',
	'x-token',
	'token',
	'x-auth-key',
	'x-key',
	'key',
	'authorization-token',
	'x-authorization',
]);

/** Edit distance between two short strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** The role of header `name`. */
export function headerRole(name: string): HeaderRole {
	const visible = /[^\x20-\x7e]/.test(name)
		? name.replace(/[\uFEFF\u200B-\u200D\u2060]/g, '')
		: name;
	const lower = visible.trim().toLowerCase();
	if (lower === 'authorization') return /^[ \t]|[ \t]$/.test(name) ? 'misspelled' : 'authorization';
	if (misspellings.has(lower)) return 'misspelled';
	if (apiKeyHeaders.has(lower)) return 'api-key';
	// Misspellings keep the first letter (Autorization, Authorizaton); testing only those keeps this cheap.
	if (
		lower.startsWith('a') &&
		lower.length >= 9 &&
		lower.length <= 17 &&
		editDistance(lower, 'authorization') <= 3
	)
		return 'misspelled';
	return 'other';
}

/** Why `name` is not `Authorization`, for a message. */
export function misspellingReason(name: string): string {
	if (name.trim().toLowerCase() === 'authorization')
		return `The header name "${name}" has whitespace around it; no whitespace is allowed between a field name and its colon, and servers must refuse such a request.`;
	return `The header is named "${name.trim()}", which no server reads as "Authorization".`;
}
