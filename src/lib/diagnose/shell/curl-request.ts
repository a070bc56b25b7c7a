/**
 * The request a cURL command sends, rebuilt from its options the way curl 7/8 builds it: `-X`,
 * `-G`, `-I`, headers in order (`Name;` sends an empty header, `Name:` removes one), `-u` and
 * `--oauth2-bearer` as an Authorization header, `-A`/`-e`/`-b` as their headers, and the data
 * options joined with `&` (`--data-urlencode` encoded as curl encodes it, `--json` adding its
 * two headers). What the doctor cannot repeat (a body read from a file, a form upload) is said.
 */
import { encodeBase64, utf8Bytes } from '../../auth/base64.ts';
import type { Header } from '../../http/index.ts';
import { hasExpansion, isAllExpansion, slice, type Located } from '../findings/located.ts';
import type { PastedRequest } from '../reading.ts';
import { headerRole } from '../http/header-names.ts';
import type { CurlArguments } from './curl-args.ts';

/** What `--data-urlencode` does to its content: every byte but ALPHA, DIGIT and `-._~` as %XX, a space as `+` (curl 7.88, checked against it). */
function curlEscape(text: string): string {
	const escape = (byte: number): string =>
		byte === 0x20
			? '+'
			: /[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte))
				? String.fromCharCode(byte)
				: `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	return [...utf8Bytes(text)].map(escape).join('');
}

/** One `--data-urlencode` argument as curl sends it, or undefined for the file forms. */
function urlencoded(text: string): string | undefined {
	const equals = text.indexOf('=');
	const at = text.indexOf('@');
	if (at !== -1 && (equals === -1 || at < equals)) return undefined;
	if (equals === -1) return curlEscape(text);
	return `${text.slice(0, equals + 1 === 1 ? 0 : equals + 1)}${curlEscape(text.slice(equals + 1))}`;
}

/** The variable a credential word is wholly read from (`$API_KEY`, `${API_KEY}`, `%API_KEY%`, `$env:API_KEY`). */
export function variableName(word: Located): string | undefined {
	if (!isAllExpansion(word)) return undefined;
	return /^(?:\$\{?|%|\$env:)([A-Za-z_][A-Za-z0-9_]*)\}?%?$/.exec(word.text)?.[1];
}

/** The credential variable at the end of a header value such as `Bearer $API_KEY`. */
function headerVariable(value: Located): string | undefined {
	const space = value.text.lastIndexOf(' ');
	const last = value.text.slice(space + 1);
	const start = value.text.length - last.length;
	if (!value.expanded || !value.expanded.slice(start).every(Boolean)) return undefined;
	return /^(?:\$\{?|%|\$env:)([A-Za-z_][A-Za-z0-9_]*)\}?%?$/.exec(last)?.[1];
}

function contentTypeAt(headers: readonly Header[], name: string): number {
	return headers.findIndex(([key]) => key.toLowerCase() === name);
}

/** The request `args` make curl send, or undefined when the command names no URL. */
export function curlRequest(args: CurlArguments): PastedRequest | undefined {
	const urlWord = args.urls[0];
	if (!urlWord || urlWord.text === '') return undefined;
	let url = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlWord.text) ? urlWord.text : `http://${urlWord.text}`;
	let method: string | undefined;
	let head = false;
	let get = false;
	let json = false;
	let unsupported = hasExpansion(urlWord) ? 'The URL is read from a shell variable.' : undefined;
	const headers: Header[] = [];
	const data: string[] = [];
	let credentialName: string | undefined;
	let credentialVariable: string | undefined;
	let basicUser: string | undefined;
	const setHeader = (name: string, value: string, credential = false): void => {
		const at = headers.findIndex(([key]) => key.toLowerCase() === name.toLowerCase());
		if (at !== -1) headers.splice(at, 1);
		headers.push([name, value]);
		if (credential) credentialName = name.toLowerCase();
	};
	for (const { name, value } of args.options) {
		const text = value?.text ?? '';
		if (name === 'request') method = text;
		else if (name === 'head') head = true;
		else if (name === 'get') get = true;
		else if (name === 'header' && value) {
			if (text.startsWith('@')) unsupported ??= 'Headers are read from a file.';
			const colon = text.indexOf(':');
			const semicolon = text.indexOf(';');
			if (colon === -1 && semicolon > 0 && text.slice(semicolon + 1).trim() === '')
				setHeader(text.slice(0, semicolon), '');
			else if (colon > 0) {
				const headerName = text.slice(0, colon);
				const headerValue = text.slice(colon + 1).trim();
				const credential = headerRole(headerName) !== 'other';
				if (headerValue === '')
					headers.splice(
						0,
						headers.length,
						...headers.filter(([key]) => key.toLowerCase() !== headerName.toLowerCase()),
					);
				else setHeader(headerName, headerValue, credential);
				if (credential) credentialVariable = headerVariable(value) ?? credentialVariable;
			}
		} else if (name === 'user' && value) {
			const colon = text
				.split('')
				.findIndex((char, index) => char === ':' && !value.expanded?.[index]);
			const password = colon === -1 ? undefined : slice(value, colon + 1);
			const fromVariable = password && variableName(password);
			credentialVariable = variableName(value) ?? fromVariable ?? credentialVariable;
			if (fromVariable && !hasExpansion(value, 0, colon)) basicUser = text.slice(0, colon);
			setHeader('Authorization', `Basic ${encodeBase64(utf8Bytes(text))}`, true);
		} else if (name === 'oauth2-bearer' && value) {
			credentialVariable = variableName(value) ?? credentialVariable;
			setHeader('Authorization', `Bearer ${text}`, true);
		} else if (name === 'user-agent' || name === 'referer' || name === 'cookie')
			setHeader(
				name === 'user-agent' ? 'User-Agent' : name === 'referer' ? 'Referer' : 'Cookie',
				text,
			);
		else if (
			name === 'data' ||
			name === 'data-ascii' ||
			name === 'data-binary' ||
			name === 'data-raw' ||
			name === 'json'
		) {
			if (name !== 'data-raw' && text.startsWith('@'))
				unsupported ??= 'The body is read from a file.';
			// `-d` and `--data-binary` read a file after "@"; `--data-raw` sends it as it is.
			data.push(text);
			json ||= name === 'json';
		} else if (name === 'data-urlencode') {
			const encoded = urlencoded(text);
			if (encoded === undefined) unsupported ??= 'The body is read from a file.';
			else data.push(encoded);
		} else if (name === 'form' || name === 'form-string' || name === 'upload-file')
			unsupported ??= 'The request uploads a form or a file.';
	}
	const body = data.length > 0 ? data.join(json ? '' : '&') : undefined;
	if (head) method ??= 'HEAD';
	if (get && body !== undefined) {
		url += `${url.includes('?') ? '&' : '?'}${body}`;
		method ??= 'GET';
	}
	const finalBody = get ? undefined : body;
	if (finalBody !== undefined && contentTypeAt(headers, 'content-type') === -1)
		headers.push(['Content-Type', json ? 'application/json' : 'application/x-www-form-urlencoded']);
	if (json && contentTypeAt(headers, 'accept') === -1) headers.push(['Accept', 'application/json']);
	const credentialAt = credentialName === undefined ? -1 : contentTypeAt(headers, credentialName);
	return {
		method: method ?? (finalBody !== undefined ? 'POST' : 'GET'),
		url,
		headers,
		...(finalBody !== undefined ? { body: finalBody } : {}),
		...(credentialAt !== -1 ? { credentialAt } : {}),
		...(credentialVariable ? { credentialVariable } : {}),
		...(basicUser !== undefined ? { basicUser } : {}),
		...(unsupported ? { unsupported } : {}),
	};
}
