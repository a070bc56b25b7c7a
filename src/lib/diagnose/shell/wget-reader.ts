/**
 * wget: `--header="Name: value"`, `--user`/`--password` (also `--http-user`/`--http-password`),
 * `--method`, `--body-data`/`--post-data`. wget sends Basic credentials only after the server
 * asks for them, unless `--auth-no-challenge` is given; the request rebuilt here sends them at once.
 */
import type { Reader } from '../reading.ts';
import { slice, type Located } from '../findings/located.ts';
import type { LocatedHeader } from '../http/headers.ts';
import { checkReadCredentials, pastedRequest } from '../http/read-request.ts';
import { optionWords } from './option-words.ts';
import { shellWords } from './shell-words.ts';

const withValue = new Set([
	'header',
	'user',
	'password',
	'http-user',
	'http-password',
	'method',
	'body-data',
	'post-data',
	'O',
	'output-document',
	'U',
	'user-agent',
	'o',
	'a',
	'e',
]);

function header(word: Located): LocatedHeader | undefined {
	const colon = word.text.indexOf(':');
	return colon > 0 ? { name: slice(word, 0, colon), value: slice(word, colon + 1) } : undefined;
}

export const wgetReader: Reader = {
	shape: 'wget',
	label: 'wget',
	kind: 'command',
	recognises: (paste) => /^(?:[$>#]\s*)?wget(?:\.exe)?\s/.test(paste),
	read: (into, paste) => {
		const { options, positional } = optionWords(shellWords(paste).words, withValue);
		const headers = (options.get('header') ?? [])
			.map(header)
			.filter((found): found is LocatedHeader => found !== undefined);
		const user = (options.get('http-user') ?? options.get('user'))?.at(-1);
		const password = (options.get('http-password') ?? options.get('password'))?.at(-1);
		const pair = user && password ? { user, password } : undefined;
		const corrected = checkReadCredentials(into, headers, pair);
		const url = positional[0]?.text;
		if (!url) return { corrected };
		const body = (options.get('body-data') ?? options.get('post-data'))?.at(-1)?.text;
		const method = options.get('method')?.at(-1)?.text ?? (body !== undefined ? 'POST' : 'GET');
		const withType =
			body !== undefined &&
			!headers.some((found) => found.name.text.toLowerCase() === 'content-type');
		const all = withType
			? [
					...headers,
					{
						name: { text: 'Content-Type', base: 0 },
						value: { text: 'application/x-www-form-urlencoded', base: 0 },
					},
				]
			: headers;
		return {
			corrected,
			request: pastedRequest(method, /^https?:\/\//i.test(url) ? url : `http://${url}`, all, {
				pair,
				body,
			}),
		};
	},
};
