/**
 * Python `requests`: `requests.get(url, headers={…}, auth=(user, password), params={…},
 * data=…, json=…)` or `requests.request("GET", url, …)`, with `auth=HTTPBasicAuth(…)` too, and
 * headers given inline or through a `headers = {…}` assigned earlier.
 */
import type { Reader } from '../reading.ts';
import type { LocatedHeader } from '../http/headers.ts';
import { checkReadCredentials, pastedRequest, type BasicPair } from '../http/read-request.ts';
import { block, pairs, readValue } from './code.ts';

const call = /\brequests\.(get|post|put|patch|delete|head|options|request)\s*\(/;

/** The `{…}` given to keyword `name`, inline or through a variable assigned a dict earlier. */
function dictFor(
	paste: string,
	name: string,
	from: number,
): { from: number; to: number } | undefined {
	const given = new RegExp(`\\b${name}\\s*=\\s*(\\{|([A-Za-z_]\\w*))`).exec(paste.slice(from));
	if (!given) return undefined;
	if (!given[2]) return block(paste, from + given.index);
	const assigned = new RegExp(`^\\s*${given[2]}\\s*=\\s*\\{`, 'm').exec(paste);
	return assigned ? block(paste, assigned.index) : undefined;
}

function basicPair(paste: string, from: number): BasicPair | undefined {
	const auth =
		/\bauth\s*=\s*(?:HTTPBasicAuth|requests\.auth\.HTTPBasicAuth)?\s*\(/.exec(paste.slice(from)) ??
		/\bHTTPBasicAuth\s*\(/.exec(paste);
	if (!auth) return undefined;
	const at = (auth.input === paste ? 0 : from) + auth.index + auth[0].length;
	const user = readValue(paste, at);
	const comma = paste.indexOf(',', user.end);
	if (comma === -1) return undefined;
	return { user: user.value, password: readValue(paste, comma + 1).value };
}

export const pythonRequestsReader: Reader = {
	shape: 'python-requests',
	label: 'Python requests',
	kind: 'code',
	recognises: (paste) => call.test(paste) || /\bHTTPBasicAuth\s*\(/.test(paste),
	read: (into, paste) => {
		const found = call.exec(paste);
		const from = found ? found.index : 0;
		const dict = dictFor(paste, 'headers', from) ?? /^\s*headers\s*=\s*\{/m.exec(paste)?.index;
		const range = typeof dict === 'number' ? block(paste, dict) : dict;
		const headers: LocatedHeader[] = range ? pairs(paste, range.from, range.to) : [];
		const pair = basicPair(paste, from);
		const corrected = checkReadCredentials(into, headers, pair);
		if (!found) return { corrected };
		let at = from + found[0].length;
		let method = found[1]!;
		if (method === 'request') {
			const named = readValue(paste, at);
			method = named.value.text;
			at = paste.indexOf(',', named.end) + 1;
		}
		const url = readValue(paste, at);
		if (url.value.expanded?.some(Boolean) || !/^https?:\/\//i.test(url.value.text))
			return { corrected };
		const params = dictFor(paste, 'params', from);
		const query = params
			? pairs(paste, params.from, params.to).map(
					({ name, value }) =>
						`${encodeURIComponent(name.text)}=${encodeURIComponent(value.text).replace(/%20/g, '+')}`,
				)
			: [];
		const target =
			query.length > 0
				? `${url.value.text}${url.value.text.includes('?') ? '&' : '?'}${query.join('&')}`
				: url.value.text;
		const data = /\b(data|json)\s*=\s*/.exec(paste.slice(from));
		const body = data ? readValue(paste, from + data.index + data[0].length).value : undefined;
		const unsupported =
			body && (body.expanded?.some(Boolean) || data![1] === 'json')
				? 'The body is built by Python (json= or a variable).'
				: undefined;
		return {
			corrected,
			request: pastedRequest(method, target, headers, { pair, body: body?.text, unsupported }),
		};
	},
};
