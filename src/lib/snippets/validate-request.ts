/**
 * What a request must satisfy before any snippet is written for it: values every client sends the
 * same way, byte for byte. Four runtimes disagree on everything else (non-ASCII header values,
 * `|` in a URL, repeated headers), and some of it is dangerous (a line break in a header), so the
 * request is refused with the first problem, its position and a fix, never emitted.
 */
import { describeChar } from '../auth/base64.ts';
import {
	httpMethods,
	partValue,
	type ApiRequest,
	type Header,
	type RequestBody,
} from '../http/request.ts';
import { snippetError, type SnippetError } from './errors.ts';

const tokenChar = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
const clientManaged = new Set([
	'host',
	'content-length',
	'transfer-encoding',
	'connection',
	'expect',
]);
// RFC 3986 §2.2–2.3: unreserved and reserved characters, and %XX escapes, are sent as they are by
// curl, fetch, requests (urllib3) and Go alike; `[]{}|^\` and friends are re-encoded by some.
const unportable = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]|%(?![0-9A-F]{2})/;
const unreserved = /^[A-Za-z0-9\-._~]$/;

/** RFC 3986 §6.2.2: uppercase escapes, and unreserved characters decoded, as urllib3 would. */
function normalizeEscapes(text: string): string {
	return text.replace(/%([0-9A-Fa-f]{2})/g, (_escape, digits: string) => {
		const char = String.fromCharCode(parseInt(digits, 16));
		return unreserved.test(char) ? char : `%${digits.toUpperCase()}`;
	});
}

/** The URL exactly as every client will send it (WHATWG-parsed, escapes normalised), or why not. */
export function portableUrl(raw: string): string | SnippetError {
	const invalid = (position: number, message: string) =>
		snippetError('invalid-url', 'URL', position, message);
	if (!URL.canParse(raw)) return invalid(0, 'The URL has no scheme or host.');
	const url = new URL(raw);
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return invalid(0, `The scheme is ${url.protocol.slice(0, -1)}.`);
	if (url.username !== '' || url.password !== '')
		return invalid(Math.max(raw.indexOf('@'), 0), 'The URL holds credentials.');
	if (raw.includes('#'))
		return invalid(raw.indexOf('#'), 'The URL has a #fragment, which is never sent.');
	if (!/^[a-z0-9.-]+$/.test(url.hostname))
		return snippetError(
			'url-not-portable',
			'URL',
			Math.max(raw.indexOf(url.host[0] ?? ''), 0),
			// Not only IPv6: WHATWG hosts may hold "_", "*", "!" and more, which clients treat differently.
			'The host is an IPv6 literal or holds a character other than a-z, 0-9, "." and "-".',
		);
	const target = normalizeEscapes(url.pathname + url.search);
	const bad = unportable.exec(target);
	if (!bad) return url.origin + target;
	const char = bad[0];
	const position = raw.includes(char) ? raw.lastIndexOf(char) : url.origin.length + bad.index;
	const what = char === '%' ? 'a "%" that does not start a %XX escape' : describeChar(char);
	return snippetError('url-not-portable', 'URL', position, `The URL holds ${what}.`);
}

function headerError(header: Header, seen: Set<string>): SnippetError | undefined {
	const [name, value] = header;
	const where = `header "${name}"`;
	const badName = [...name].findIndex((char) => !tokenChar.test(char));
	if (name === '' || badName !== -1)
		return snippetError(
			'invalid-header-name',
			where,
			Math.max(badName, 0),
			'The name is empty or not a token.',
		);
	// Node's fetch keeps headers in a plain object: it drops "__proto__" and moves numeric names first.
	if (name === '__proto__' || /^\d+$/.test(name))
		return snippetError('invalid-header-name', where, 0, "Node's fetch cannot send this name.");
	const lower = name.toLowerCase();
	if (clientManaged.has(lower))
		return snippetError('client-managed-header', where, 0, `${name} is set by the client.`);
	if (seen.has(lower)) return snippetError('repeated-header', where, 0, `${name} appears twice.`);
	seen.add(lower);
	const bad = /[\0-\x08\n-\x1f\x7f-\uffff]|^[ \t]|[ \t]$/.exec(value);
	if (!bad) return undefined;
	const char = bad[0];
	const at = `at position ${bad.index}`;
	if (char === ' ' || char === '\t')
		return snippetError('header-edge-whitespace', where, bad.index, `A space or tab sits ${at}.`);
	if (char === '\r' || char === '\n')
		return snippetError('header-line-break', where, bad.index, `${describeChar(char)} sits ${at}.`);
	if (char < ' ' || char === '\x7f')
		return snippetError(
			'header-control-character',
			where,
			bad.index,
			`${describeChar(char)} sits ${at}.`,
		);
	return snippetError('header-non-ascii', where, bad.index, `${describeChar(char)} sits ${at}.`);
}

/** A NUL or an unpaired surrogate in text that becomes a literal or an environment value. */
export function textError(text: string, where: string): SnippetError | undefined {
	const nul = text.indexOf('\0');
	if (nul !== -1)
		return snippetError('nul-in-value', where, nul, `U+0000 sits at position ${nul}.`);
	const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
	if (lone)
		return snippetError(
			'lone-surrogate',
			where,
			lone.index,
			`${describeChar(lone[0])} sits at position ${lone.index}.`,
		);
	return undefined;
}

function bodyError(body: RequestBody): SnippetError | undefined {
	if (body.kind === 'json') return textError(body.text, 'body');
	for (const [name, value] of body.fields) {
		const where = `form field "${name}"`;
		if (name === '') return snippetError('empty-field-name', where, 0, 'A field has no name.');
		const error = textError(name, where) ?? textError(partValue(value), where);
		if (error) return error;
	}
	return undefined;
}

/** The request's first problem for snippets, or its portable URL when it has none. */
export function checkRequest(request: ApiRequest): string | SnippetError {
	if (!(httpMethods as readonly string[]).includes(request.method))
		return snippetError('unsupported-method', 'method', 0, `${request.method} is not supported.`);
	const url = portableUrl(request.url);
	if (typeof url !== 'string') return url;
	const seen = new Set<string>();
	for (const header of request.headers) {
		const error = headerError(header, seen);
		if (error) return error;
	}
	if (!request.body) return url;
	if (!seen.has('content-type'))
		return snippetError(
			'body-without-content-type',
			'body',
			0,
			'There is a body but no Content-Type.',
		);
	return bodyError(request.body) ?? url;
}
