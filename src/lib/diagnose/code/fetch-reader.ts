/**
 * JavaScript `fetch(url, { method, headers, body })`, as browsers' "Copy as fetch" and "Copy as
 * fetch (Node.js)" write it (quoted keys, every header spelled out) and as people write it by
 * hand (`headers: { Authorization: \`Bearer ${process.env.API_KEY}\` }`).
 */
import type { Reader } from '../reading.ts';
import type { LocatedHeader } from '../http/headers.ts';
import { checkReadCredentials, pastedRequest } from '../http/read-request.ts';
import { block, pairs, readValue } from './code.ts';

const call = /\bfetch\s*\(/;

export const fetchReader: Reader = {
	shape: 'fetch',
	label: 'JavaScript fetch()',
	kind: 'code',
	recognises: (paste) => call.test(paste),
	read: (into, paste) => {
		const start = call.exec(paste)!;
		const url = readValue(paste, start.index + start[0].length);
		const options = block(paste, url.end);
		const entries = options ? pairs(paste, options.from, options.to) : [];
		const headersKey = entries.find((entry) => entry.name.text === 'headers');
		const headerBlock = headersKey ? block(paste, headersKey.name.base) : undefined;
		const headers: LocatedHeader[] = headerBlock
			? pairs(paste, headerBlock.from, headerBlock.to).map(({ name, value }) => ({ name, value }))
			: [];
		const inner = new Set(headers.map((header) => header.name.base));
		const top = entries.filter(
			(entry) =>
				!inner.has(entry.name.base) &&
				(!headerBlock || entry.name.base < headerBlock.from || entry.name.base > headerBlock.to),
		);
		const browser = top.some((entry) =>
			['mode', 'referrer', 'referrerPolicy', 'credentials'].includes(entry.name.text),
		);
		const label = browser
			? 'JavaScript fetch() copied from a browser'
			: /"(?:referer|sec-fetch-mode)"/i.test(paste)
				? 'JavaScript fetch() copied for Node.js'
				: 'JavaScript fetch()';
		const corrected = checkReadCredentials(into, headers);
		if (url.value.expanded?.some(Boolean) || !/^https?:\/\//i.test(url.value.text))
			return { corrected, label };
		const method = top.find((entry) => entry.name.text === 'method')?.value.text ?? 'GET';
		const bodyEntry = top.find((entry) => entry.name.text === 'body');
		const body = bodyEntry && bodyEntry.value.text !== 'null' ? bodyEntry.value : undefined;
		const unsupported = body?.expanded?.some(Boolean)
			? 'The body is computed by the code.'
			: undefined;
		return {
			corrected,
			label,
			request: pastedRequest(method, url.value.text, headers, { body: body?.text, unsupported }),
		};
	},
};
