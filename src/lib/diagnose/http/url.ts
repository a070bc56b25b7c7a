/**
 * Secrets and OAuth mistakes visible in a URL: `user:password@` in the authority (deprecated by
 * RFC 3986 §3.2.1), keys and tokens in the query (RFC 6750 §2.3 and §5.3 advise against it), an
 * OAuth error redirect, and a PKCE verifier or plain challenge that breaks RFC 7636 §4.1.
 */
import { encodeCredentials } from '../credentials/basic-check.ts';
import { basicAuthOf, keyHalf } from '../credentials/basic-form.ts';
import { maxFindingsPerCode, report, type Collector } from '../findings/collector.ts';
import { valueForKey } from '../credentials/corrected-header.ts';
import { slice, spanOf, type Located } from '../findings/located.ts';
import { checkPkceParameters, Parameter } from './oauth-parameters.ts';

const secretParameters = new Set([
	'access_token',
	'api_key',
	'apikey',
	'api-key',
	'key',
	'token',
	'auth',
	'auth_token',
	'authtoken',
	'authorization',
	'client_secret',
	'secret',
	'password',
	'pass',
	'pwd',
	'private_token',
	'x-api-key',
	'bearer',
	'jwt',
	'id_token',
	'refresh_token',
]);

/** What a URL carries, for the request-level checks (duplicated credentials). */
export interface UrlCredentials {
	/** `user:password` from the authority, decoded, when present. */
	readonly userinfo?: string;
	/** How many query parameters carry a secret. */
	readonly secretParameters: number;
}

/** Decodes percent-escapes (and `+` as space in a query), leaving a malformed escape as it is. */
export function percentDecode(text: string, plusIsSpace = true): string {
	try {
		return decodeURIComponent(plusIsSpace ? text.replace(/\+/g, ' ') : text);
	} catch {
		return text;
	}
}

/** `name=value` pairs of a query or form body, located. */
export function parameters(source: Located): Parameter[] {
	const found: Parameter[] = [];
	let start = 0;
	for (const part of source.text.split('&')) {
		const equals = part.indexOf('=');
		const nameEnd = equals === -1 ? part.length : equals;
		const rawName = part.slice(0, nameEnd);
		const name = /[%+]/.test(rawName) ? percentDecode(rawName) : rawName;
		found.push(
			new Parameter(
				name.toLowerCase(),
				source,
				start,
				Math.min(start + nameEnd + 1, start + part.length),
				start + part.length,
			),
		);
		start += part.length + 1;
	}
	return found;
}

/** Checks one URL; returns what it carries for the request-level checks. */
export function checkUrl(into: Collector, url: Located): UrlCredentials {
	const text = url.text;
	const authorityStart = text.indexOf('://') + 3;
	if (authorityStart < 3) return { secretParameters: 0 };
	const authorityEnd = text.slice(authorityStart).search(/[/?#]/);
	const authority =
		authorityEnd === -1
			? text.slice(authorityStart)
			: text.slice(authorityStart, authorityStart + authorityEnd);
	const at = authority.lastIndexOf('@');
	let userinfo: string | undefined;
	if (at !== -1) {
		userinfo = percentDecode(authority.slice(0, at), false);
		const withPassword = userinfo.includes(':') ? 'a username and password' : 'a username (or key)';
		const cleaned = text.slice(0, authorityStart) + text.slice(authorityStart + at + 1);
		report(
			into,
			'credentials-in-url',
			spanOf(url, authorityStart, authorityStart + at + 1),
			`The URL carries ${withPassword} before the host.`,
			{ corrected: cleaned },
		);
	}
	const query = queryOf(url);
	let secrets = 0;
	if (query) {
		const found = parameters(query);
		const auth = into.profile?.auth;
		// An API that takes its key in the query names the parameter: there it is expected, not misplaced.
		const expected =
			auth?.scheme === 'apiKey' && auth.in === 'query' ? auth.name.toLowerCase() : undefined;
		const secret = found.filter(
			(parameter) =>
				(secretParameters.has(parameter.name) || parameter.name === expected) &&
				parameter.valueText !== '',
		);
		secrets = secret.filter((parameter) => parameter.name !== expected).length;
		const misplaced = secret.filter((parameter) => parameter.name !== expected);
		const corrected = misplaced.length > 0 ? withoutParameters(text, query, misplaced) : text;
		for (const parameter of secret.slice(0, maxFindingsPerCode)) {
			const span = spanOf(parameter.whole, 0, parameter.whole.text.length);
			if (parameter.name === expected) {
				const message = `The query parameter "${parameter.name}" is where ${into.profile!.name} takes its key, so the request is right; but the URL, key included, is written to server and proxy logs and browser history. Keep such URLs out of logs and browsers, and rotate the key if one was shared.`;
				report(into, 'token-in-query', span, message, {
					fix: `Keep this URL out of logs, tickets and browsers; ${into.profile!.name} offers no header for the key.`,
				});
				continue;
			}
			const wanted =
				auth?.scheme === 'apiKey'
					? auth.in === 'header'
						? ` ${into.profile!.name} reads its key from the ${auth.name} header, not from the query.`
						: ` ${into.profile!.name} reads its key from "${auth.name}", not "${parameter.name}".`
					: '';
			report(
				into,
				'token-in-query',
				span,
				`The query parameter "${parameter.name}" carries a secret in the URL.${wanted}`,
				{ corrected },
			);
		}
		checkPkceParameters(into, found);
		checkErrorRedirect(into, found);
	}
	return userinfo === undefined
		? { secretParameters: secrets }
		: { userinfo, secretParameters: secrets };
}

/**
 * The Authorization value the URL's `user:password@` stands for: curl sends it as Basic; with a
 * profile, the key goes where the API wants it.
 */
export function valueForUserinfo(into: Collector, userinfo: string): string | undefined {
	const colon = userinfo.indexOf(':');
	const user = colon === -1 ? userinfo : userinfo.slice(0, colon);
	const password = colon === -1 ? '' : userinfo.slice(colon + 1);
	if (into.profile)
		return valueForKey(into.profile, keyHalf(basicAuthOf(into.profile), user, password));
	return `Basic ${encodeCredentials(`${user}:${password}`)}`;
}

/** The query of `url` (after `?`, before `#`), located, or undefined. */
function queryOf(url: Located): Located | undefined {
	const question = url.text.indexOf('?');
	if (question === -1) return undefined;
	const hash = url.text.indexOf('#', question);
	return slice(url, question + 1, hash === -1 ? url.text.length : hash);
}

/** `url` with the given parameters removed from its query. */
function withoutParameters(url: string, query: Located, removed: readonly Parameter[]): string {
	const gone = new Set(removed.map((parameter) => parameter.wholeText));
	const kept = query.text.split('&').filter((part) => !gone.has(part));
	const start = url.indexOf('?');
	const end = start + 1 + query.text.length;
	return url.slice(0, start) + (kept.length > 0 ? `?${kept.join('&')}` : '') + url.slice(end);
}

/** An authorization server's error redirect: `?error=redirect_uri_mismatch` (RFC 6749 §4.1.2.1). */
function checkErrorRedirect(into: Collector, found: readonly Parameter[]): void {
	const error = found.find(
		(parameter) =>
			(parameter.name === 'error' || parameter.name === 'error_description') &&
			mentionsRedirectMismatch(percentDecode(parameter.valueText)),
	);
	if (!error) return;
	report(
		into,
		'redirect-uri-mismatch',
		spanOf(error.whole, 0, error.whole.text.length),
		'The authorization server sent back an error about the redirect URI.',
	);
}

/** Whether an error text says the redirect URI did not match a registered one. */
export function mentionsRedirectMismatch(text: string): boolean {
	return /redirect_uri_mismatch|redirect[_ ]?ur[il]\b.{0,60}\b(?:mismatch|match|registered|allowed|invalid)/i.test(
		text,
	);
}
