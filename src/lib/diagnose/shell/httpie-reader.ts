/**
 * HTTPie: `http [METHOD] URL [items]`, where `Name:value` is a header, `name==value` a query
 * parameter, `name=value` a JSON string field and `name:=json` raw JSON; `:8080/path` means
 * localhost. `-a user:pass` (or `-a :KEY`) is Basic, `-A bearer -a TOKEN` is Bearer.
 */
import type { Reader } from '../reading.ts';
import { LocatedBuilder, positionOf, slice, type Located } from '../findings/located.ts';
import type { LocatedHeader } from '../http/headers.ts';
import { checkReadCredentials, pastedRequest, type BasicPair } from '../http/read-request.ts';
import { optionWords } from './option-words.ts';
import { shellWords } from './shell-words.ts';

const withValue = new Set([
	'a',
	'auth',
	'A',
	'auth-type',
	'o',
	'output',
	'session',
	'verify',
	'cert',
	'cert-key',
	'proxy',
	'timeout',
	'print',
	'p',
	'pretty',
	's',
	'style',
]);

interface Field {
	readonly kind: 'query' | 'data' | 'json';
	readonly name: string;
	readonly value: string;
}
type Item = { kind: 'header'; header: LocatedHeader } | Field;

function item(word: Located): Item | undefined {
	const match = /^((?:\\.|[^:=@\\])+)(:=|==|=|:)/.exec(word.text);
	if (!match) return undefined;
	const name = match[1]!.replace(/\\(.)/g, '$1');
	const rest = word.text.slice(match[0].length);
	if (match[2] === ':')
		return {
			kind: 'header',
			header: { name: slice(word, 0, match[1]!.length), value: slice(word, match[0].length) },
		};
	return {
		kind: match[2] === '==' ? 'query' : match[2] === ':=' ? 'json' : 'data',
		name,
		value: rest,
	};
}

/** `prefix` + `value`, the prefix located at the value's start (it was not typed). */
function prefixed(prefix: string, value: Located): Located {
	const built = new LocatedBuilder();
	for (const char of prefix) built.push(char, positionOf(value, 0));
	for (let i = 0; i < value.text.length; i++)
		built.push(value.text[i]!, positionOf(value, i), value.expanded?.[i] ?? false);
	return built.build(positionOf(value, value.text.length), value.expanded !== undefined);
}

function urlOf(text: string, secure: boolean): string {
	if (/^https?:\/\//i.test(text)) return text;
	if (text.startsWith(':')) return `http://localhost${/^:\d/.test(text) ? text : text.slice(1)}`;
	return `${secure ? 'https' : 'http'}://${text}`;
}

export const httpieReader: Reader = {
	shape: 'httpie',
	label: 'HTTPie',
	kind: 'command',
	recognises: (paste) => /^(?:[$>#]\s*)?https?\s+(?:-|[A-Z]+\s|:|[\w.-]+[.:/])/.test(paste),
	read: (into, paste) => {
		const words = shellWords(paste).words;
		const { options, positional } = optionWords(words, withValue);
		const method =
			positional[0] && /^[A-Z]+$/.test(positional[0].text) ? positional[0].text : undefined;
		const [target, ...rest] = method ? positional.slice(1) : positional;
		const items = rest.map(item).filter((found): found is Item => found !== undefined);
		const headers = items.flatMap((found) => (found.kind === 'header' ? [found.header] : []));
		const auth = (options.get('a') ?? options.get('auth'))?.at(-1);
		const bearer = /^bearer$/i.test(
			(options.get('A') ?? options.get('auth-type'))?.at(-1)?.text ?? '',
		);
		let pair: BasicPair | undefined;
		if (auth && bearer)
			headers.push({
				name: { text: 'Authorization', base: auth.base },
				value: prefixed('Bearer ', auth),
			});
		else if (auth) {
			const colon = auth.text.indexOf(':');
			pair =
				colon === -1
					? { user: auth, password: slice(auth, auth.text.length) }
					: { user: slice(auth, 0, colon), password: slice(auth, colon + 1) };
		}
		const corrected = checkReadCredentials(into, headers, pair);
		if (!target) return { corrected };
		const form = options.has('f') || options.has('form');
		const fields = items.filter((found): found is Field => found.kind !== 'header');
		const data = fields.filter((found) => found.kind !== 'query');
		const query = fields
			.filter((found) => found.kind === 'query')
			.map((found) => `${encodeURIComponent(found.name)}=${encodeURIComponent(found.value)}`);
		let url = urlOf(target.text, words[0]?.text.endsWith('https') ?? false);
		if (query.length > 0) url += `${url.includes('?') ? '&' : '?'}${query.join('&')}`;
		const body =
			data.length === 0
				? undefined
				: form
					? data
							.map(
								(found) => `${encodeURIComponent(found.name)}=${encodeURIComponent(found.value)}`,
							)
							.join('&')
					: `{${data.map((found) => `${JSON.stringify(found.name)}: ${found.kind === 'json' ? found.value : JSON.stringify(found.value)}`).join(', ')}}`;
		const typed: LocatedHeader[] =
			body === undefined
				? []
				: [
						{
							name: { text: 'Content-Type', base: 0 },
							value: {
								text: form
									? 'application/x-www-form-urlencoded; charset=utf-8'
									: 'application/json',
								base: 0,
							},
						},
					];
		return {
			corrected,
			request: pastedRequest(
				method ?? (body === undefined ? 'GET' : 'POST'),
				url,
				[...headers, ...typed],
				{ pair, body },
			),
		};
	},
};
