/**
 * The one place a query parameter is added to a URL: `name=value` encoded as
 * application/x-www-form-urlencoded (the WHATWG URL Standard's `URLSearchParams` serializer: space
 * as "+", everything but A-Z a-z 0-9 and *-._ as %XX of its UTF-8 bytes), appended after any query
 * the URL already has, which is left exactly as it was.
 */

/** `name=value` as `URLSearchParams` writes it. */
export function encodeQueryParameter(name: string, value: string): string {
	return new URLSearchParams([[name, value]]).toString();
}

/** `url` with `name=value` appended to its query (after `?`, or after `&` when it has one). */
export function appendQueryParameter(url: string, name: string, value: string): string {
	const separator = url.includes('?') ? (url.endsWith('?') || url.endsWith('&') ? '' : '&') : '?';
	return `${url}${separator}${encodeQueryParameter(name, value)}`;
}

/**
 * `url` without its last query parameter when that parameter is exactly `name=value` as
 * `appendQueryParameter` wrote it, or undefined when it is not.
 */
export function removeLastQueryParameter(
	url: string,
	name: string,
	value: string,
): string | undefined {
	const tail = encodeQueryParameter(name, value);
	if (!url.endsWith(tail)) return undefined;
	const rest = url.slice(0, -tail.length);
	if (rest.endsWith('?')) return rest.slice(0, -1);
	if (rest.endsWith('&')) return rest.slice(0, -1);
	return undefined;
}
