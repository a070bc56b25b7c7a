/**
 * A pasted HTTP response: status line, headers, body. The doctor explains what the response says
 * about authentication that its status alone does not: a 403 that is really a rate limit, an
 * OAuth error about the redirect URI or the PKCE verifier.
 */
import { report, type Collector } from '../findings/collector.ts';
import { fieldLine } from './header-block.ts';
import { locate, spanOf } from '../findings/located.ts';
import { mentionsRedirectMismatch } from './url.ts';

const statusLine = /^[ \t]*(?:< )?HTTP\/\d(?:\.\d)? +(\d{3})\b/;
const rateLimitBody = /rate[ _-]?limit|too many requests|quota|throttl/i;

interface ParsedResponse {
	readonly status: number;
	readonly statusAt: number;
	readonly headers: ReadonlyMap<string, { value: string; at: number }>;
	readonly body: string;
	readonly bodyAt: number;
}

/** Status, headers (lower-cased names, first occurrence) and body of a pasted response. */
function parseResponse(paste: string): ParsedResponse | undefined {
	const status = paste.match(statusLine);
	if (!status) return undefined;
	const headers = new Map<string, { value: string; at: number }>();
	let offset = paste.indexOf('\n') === -1 ? paste.length : paste.indexOf('\n') + 1;
	while (offset < paste.length) {
		const newline = paste.indexOf('\n', offset);
		const end = newline === -1 ? paste.length : newline;
		const line = paste.slice(offset, end).replace(/\r$/, '').replace(/^< /, '');
		if (line.trim() === '') {
			offset = end + 1;
			break;
		}
		const field = line.match(fieldLine);
		if (field) {
			const name = field[1]!.trim().toLowerCase();
			if (!headers.has(name))
				headers.set(name, { value: line.slice(field[0].length).trim(), at: offset });
		}
		offset = end + 1;
	}
	const bodyAt = Math.min(offset, paste.length);
	return {
		status: Number(status[1]),
		statusAt: status.index! + status[0].length - 3,
		headers,
		body: paste.slice(bodyAt),
		bodyAt,
	};
}

/** Checks a pasted HTTP response. */
export function checkResponse(into: Collector, paste: string): void {
	const response = parseResponse(paste);
	if (!response) return;
	const statusSpan = { position: response.statusAt, length: 3 };
	if (response.status === 403) checkRateLimited403(into, response, statusSpan);
	const source = locate(paste);
	const mismatch = response.body.search(/redirect_uri_mismatch|redirect[_ ]?ur[il]/i);
	if (mismatch !== -1 && mentionsRedirectMismatch(response.body)) {
		const at = response.bodyAt + mismatch;
		report(
			into,
			'redirect-uri-mismatch',
			spanOf(source, at, at + 12),
			'The authorization server says the redirect URI does not match one registered for the client.',
		);
	}
	const verifier = response.body.search(/code[_ ]verifier/i);
	if (verifier !== -1 && /invalid|too (?:short|long)|length|characters|must/i.test(response.body)) {
		const at = response.bodyAt + verifier;
		report(
			into,
			'invalid-pkce-verifier',
			spanOf(source, at, at + 13),
			'The token endpoint refused the PKCE code_verifier.',
		);
	}
}

function checkRateLimited403(
	into: Collector,
	response: ParsedResponse,
	span: { position: number; length: number },
): void {
	const signs: string[] = [];
	if (response.headers.has('retry-after')) signs.push('a Retry-After header');
	for (const name of ['x-ratelimit-remaining', 'ratelimit-remaining', 'x-rate-limit-remaining']) {
		if (response.headers.get(name)?.value === '0') signs.push(`${name} is 0`);
	}
	if (rateLimitBody.test(response.body)) signs.push('a body that mentions a limit');
	if (signs.length === 0) return;
	report(
		into,
		'rate-limited-403',
		span,
		`This 403 shows rate-limit signs (${signs.join(', ')}): the quota is used up, the key itself may be fine.`,
	);
}
