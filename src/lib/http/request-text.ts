/**
 * The one writer of a request as HTTP/1.1 text: request line, Host, each header on its own line,
 * a blank line and the body, joined with `\n`, no trailing newline. The guides and the flows print
 * through it. Secrets are masked by default, so a page can show the exact shape of a token request
 * without putting a client secret or an access token on the screen. Its own file, apart from the
 * response writer, so a page that only shows responses does not ship the masking code.
 */
import { maskSecret } from '../auth/mask.ts';
import {
	encodeBody,
	partValue,
	type ApiRequest,
	type FormField,
	type Header,
	type Part,
} from './request.ts';

function isSecret(part: Part): boolean {
	return typeof part !== 'string';
}

/** The Authorization value with its credentials masked, when the recipe says they hold a secret. */
function maskedAuthorization(request: ApiRequest, value: string): string {
	const recipe = request.authorization;
	if (!recipe) return value;
	const holdsSecret =
		recipe.kind === 'bearer'
			? isSecret(recipe.token)
			: isSecret(recipe.userId) || isSecret(recipe.password);
	if (!holdsSecret) return value;
	const space = value.indexOf(' ');
	return space === -1
		? maskSecret(value)
		: `${value.slice(0, space + 1)}${maskSecret(value.slice(space + 1))}`;
}

function requestHeaderLine(request: ApiRequest, [name, value]: Header, mask: boolean): string {
	return `${name}: ${mask && name.toLowerCase() === 'authorization' ? maskedAuthorization(request, value) : value}`;
}

function maskedFields(fields: readonly FormField[]): string {
	// Encoded as on the wire, then the secret replaced: the mask's "…" must not be percent-encoded.
	return fields
		.map(([name, value]) => {
			const encoded = new URLSearchParams([[name, partValue(value)]]).toString();
			return isSecret(value)
				? `${encoded.slice(0, encoded.indexOf('=') + 1)}${maskSecret(partValue(value))}`
				: encoded;
		})
		.join('&');
}

/** How much of a request to reveal. */
export interface RequestTextOptions {
	/**
	 * Show secrets masked (prefix…last characters); true unless the caller decides otherwise.
	 * Pass false only where the request holds placeholders or published example values.
	 */
	readonly maskSecrets?: boolean;
}

/** `request` as HTTP/1.1 text. */
export function requestText(request: ApiRequest, options: RequestTextOptions = {}): string {
	const mask = options.maskSecrets ?? true;
	const url = new URL(request.url);
	const lines = [
		`${request.method} ${url.pathname}${url.search} HTTP/1.1`,
		`Host: ${url.host}`,
		...request.headers.map((header) => requestHeaderLine(request, header, mask)),
	];
	if (!request.body) return lines.join('\n');
	const body =
		mask && request.body.kind === 'form'
			? maskedFields(request.body.fields)
			: encodeBody(request.body);
	return [...lines, '', body].join('\n');
}
