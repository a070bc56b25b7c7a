/**
 * A HAR entry (HTTP Archive 1.2, what a browser's network panel saves or copies "as HAR"): a whole
 * log, one entry, or one request object. Each header value is found in the paste so findings
 * point at it; HTTP/2 pseudo-headers (`:authority`) are not headers a client sets, so they are skipped.
 */
import type { Reader } from '../reading.ts';
import { locate } from '../findings/located.ts';
import type { LocatedHeader } from './headers.ts';
import { checkReadCredentials, pastedRequest } from './read-request.ts';

interface HarRequest {
	readonly method?: unknown;
	readonly url?: unknown;
	readonly headers?: unknown;
	readonly postData?: { readonly text?: unknown };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** The request object inside a parsed HAR log, entry or request. */
function harRequest(parsed: unknown): HarRequest | undefined {
	if (!isObject(parsed)) return undefined;
	const log = isObject(parsed['log']) ? parsed['log'] : undefined;
	const entries = log && Array.isArray(log['entries']) ? (log['entries'] as unknown[]) : undefined;
	const entry = entries ? entries[0] : parsed;
	if (isObject(entry) && isObject(entry['request'])) return entry['request'];
	return typeof parsed['method'] === 'string' && typeof parsed['url'] === 'string'
		? parsed
		: undefined;
}

function parse(paste: string): HarRequest | undefined {
	try {
		return harRequest(JSON.parse(paste));
	} catch {
		return undefined;
	}
}

export const harReader: Reader = {
	shape: 'har',
	label: 'a HAR entry',
	kind: 'har',
	recognises: (paste) =>
		/^[{[]/.test(paste.trim()) &&
		/"(?:request|method)"\s*:/.test(paste) &&
		parse(paste) !== undefined,
	read: (into, paste) => {
		const request = parse(paste)!;
		const headers: LocatedHeader[] = [];
		let cursor = 0;
		for (const header of Array.isArray(request.headers) ? (request.headers as unknown[]) : []) {
			if (
				!isObject(header) ||
				typeof header['name'] !== 'string' ||
				typeof header['value'] !== 'string' ||
				header['name'].startsWith(':')
			)
				continue;
			const name = header['name'];
			const value = header['value'];
			const nameAt = paste.indexOf(JSON.stringify(name), cursor);
			const encoded = JSON.stringify(value);
			const valueAt = paste.indexOf(encoded, Math.max(nameAt, cursor));
			cursor = Math.max(cursor, valueAt + encoded.length, nameAt + 1);
			// A value with JSON escapes does not map one to one; its findings then point at its start.
			headers.push({
				name: locate(name, nameAt + 1),
				value: locate(value, valueAt === -1 ? 0 : valueAt + 1),
			});
		}
		const corrected = checkReadCredentials(into, headers);
		const method = typeof request.method === 'string' ? request.method : 'GET';
		if (typeof request.url !== 'string') return { corrected };
		const body = typeof request.postData?.text === 'string' ? request.postData.text : undefined;
		return { corrected, request: pastedRequest(method, request.url, headers, { body }) };
	},
};
