/**
 * A raw HTTP/1.1 request: request line, headers, blank line, body, as a proxy or a network
 * panel's "view source" shows it. The URL comes from the Host
 * header and the request target.
 */
import type { Reader } from '../reading.ts';
import { parseHeaderBlock } from './header-block.ts';
import { checkHeaders } from './headers.ts';
import { checkPkceParameters } from './oauth-parameters.ts';
import { pastedRequest } from './read-request.ts';
import { checkUrl, parameters } from './url.ts';

const requestLine = /^([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?\s*$/m;

export const rawRequestReader: Reader = {
	shape: 'raw-request',
	label: 'a raw HTTP request',
	kind: 'header-line',
	recognises: (paste) => requestLine.test(paste.slice(0, paste.search(/\r?\n|$/))),
	read: (into, paste) => {
		const block = parseHeaderBlock(paste);
		if (block.requestTarget) checkUrl(into, block.requestTarget);
		const outcome = checkHeaders(into, block.headers);
		if (block.body) checkPkceParameters(into, parameters(block.body));
		const [, method = 'GET', target = '/'] = requestLine.exec(paste) ?? [];
		const host = block.headers
			.find((header) => header.name.text.trim().toLowerCase() === 'host')
			?.value.text.trim();
		const url = /^https?:\/\//i.test(target)
			? target
			: host
				? `https://${host}${target}`
				: undefined;
		const headers = block.headers.filter(
			(header) => header.name.text.trim().toLowerCase() !== 'host',
		);
		const request = url
			? pastedRequest(method, url, headers, { body: block.body?.text.replace(/\r?\n$/, '') })
			: undefined;
		return { corrected: outcome.corrected, request };
	},
};
