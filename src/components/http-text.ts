/** A request as HTTP/1.1 text, the way the guides print examples (request line, Host, headers, body). */
import { encodeBody, type ApiRequest } from '../lib/http/index.ts';

/** The request exactly as it would go on the wire, secrets included: pass placeholders only. */
export function httpRequestText(request: ApiRequest): string {
	const url = new URL(request.url);
	const lines = [`${request.method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, ...request.headers.map(([name, value]) => `${name}: ${value}`)];
	return request.body ? [...lines, '', encodeBody(request.body)].join('\n') : lines.join('\n');
}
