/**
 * The one writer of a response as HTTP/1.1 text: status line, each header on its own line, a blank
 * line and the body, no trailing newline. Pages print with `\n`; the local mock server writes the
 * same text with the wire's `\r\n` (RFC 9112 §2.1) where Node's parser gave up on a request.
 */
import type { ApiResponse } from './response.ts';

/** `HTTP/1.1 401 Unauthorized`: the first line of `responseText`, for views that style it apart. */
export function statusLine(response: ApiResponse): string {
	return `HTTP/1.1 ${response.status} ${response.statusText}`.trimEnd();
}

/** How to write a response. */
export interface ResponseTextOptions {
	/** `\n` for pages (the default), `\r\n` for bytes that go on the wire. */
	readonly lineEnding?: '\n' | '\r\n';
}

/** `response` as an HTTP client prints it (`curl -i`): status line, headers, blank line, body. */
export function responseText(response: ApiResponse, options: ResponseTextOptions = {}): string {
	const lines = [
		statusLine(response),
		...response.headers.map(([name, value]) => `${name}: ${value}`),
		'',
		response.body,
	];
	return lines.join(options.lineEnding ?? '\n');
}
