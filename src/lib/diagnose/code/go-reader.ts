/**
 * Go `net/http`: `http.NewRequest("GET", url, body)`, then `req.Header.Set("Name", value)` (or
 * `Add`, or `req.Header["Name"] = []string{…}`) and `req.SetBasicAuth(user, password)`.
 */
import type { Reader } from '../reading.ts';
import { locate } from '../findings/located.ts';
import type { LocatedHeader } from '../http/headers.ts';
import { checkReadCredentials, pastedRequest, type BasicPair } from '../http/read-request.ts';
import { readValue } from './code.ts';

const newRequest =
	/\bhttp\.NewRequest(?:WithContext)?\s*\((?:\s*[A-Za-z_.]+\s*,)?\s*(?:"([A-Z]+)"|http\.Method([A-Za-z]+))\s*,/;
const setHeader =
	/\.Header\.(?:Set|Add)\s*\(\s*"([^"]+)"\s*,|\.Header\[\s*"([^"]+)"\s*\]\s*=\s*\[\]string\s*\{/g;

export const goReader: Reader = {
	shape: 'go-net-http',
	label: 'Go net/http',
	kind: 'code',
	recognises: (paste) =>
		newRequest.test(paste) ||
		/\.Header\.(?:Set|Add)\s*\(|\.Header\[\s*"|\.SetBasicAuth\s*\(/.test(paste),
	read: (into, paste) => {
		const headers: LocatedHeader[] = [];
		setHeader.lastIndex = 0;
		for (let match = setHeader.exec(paste); match !== null; match = setHeader.exec(paste)) {
			const name = match[1] ?? match[2]!;
			headers.push({
				name: locate(name, match.index + match[0].indexOf(name)),
				value: readValue(paste, setHeader.lastIndex).value,
			});
		}
		const basic = /\.SetBasicAuth\s*\(/.exec(paste);
		let pair: BasicPair | undefined;
		if (basic) {
			const user = readValue(paste, basic.index + basic[0].length);
			pair = {
				user: user.value,
				password: readValue(paste, paste.indexOf(',', user.end) + 1).value,
			};
		}
		const corrected = checkReadCredentials(into, headers, pair);
		const request = newRequest.exec(paste);
		if (!request) return { corrected };
		const url = readValue(paste, request.index + request[0].length);
		if (url.value.expanded?.some(Boolean) || !/^https?:\/\//i.test(url.value.text))
			return { corrected };
		const reader =
			/^\s*,\s*(?:strings\.NewReader|bytes\.NewBufferString|bytes\.NewReader\(\[\]byte)\s*\(/.exec(
				paste.slice(url.end),
			);
		const body = reader ? readValue(paste, url.end + reader[0].length).value : undefined;
		const method = (request[1] ?? request[2]!).toUpperCase();
		return {
			corrected,
			request: pastedRequest(method, url.value.text, headers, {
				pair,
				body: body?.text,
				unsupported: body?.expanded?.some(Boolean)
					? 'The body is computed by the program.'
					: undefined,
			}),
		};
	},
};
