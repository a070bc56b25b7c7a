/**
 * A pasted cURL command: what the shell does to it first (quotes, expansions, line breaks),
 * then what curl sends (headers, `-u`, URL, data), then the credentials themselves.
 */
import { checkCredentials } from '../credentials/basic-credentials.ts';
import { encodeCredentials } from '../credentials/basic-check.ts';
import { keyHalf, basicAuthOf } from '../credentials/basic-form.ts';
import { checkBearerToken } from '../credentials/bearer-check.ts';
import { report, type Collector } from '../findings/collector.ts';
import { schemeName, valueForKey } from '../credentials/corrected-header.ts';
import { curlArguments, type CurlArguments } from './curl-args.ts';
import { checkCurlExpansions } from './curl-expansions.ts';
import { headerRole } from '../http/header-names.ts';
import { checkHeaders, type LocatedHeader } from '../http/headers.ts';
import {
	hasExpansion,
	slice,
	spanAll,
	spanOf,
	trimLocated,
	type Located,
} from '../findings/located.ts';
import { checkPkceParameters } from '../http/oauth-parameters.ts';
import type { ShellParse, ShellWord } from './shell-words.ts';
import { curlRequest } from './curl-request.ts';
import type { Reading } from '../reading.ts';
import { checkUrl, parameters, valueForUserinfo } from '../http/url.ts';

/** Checks a cURL command split by its shell; returns the corrected Authorization value and the request. */
export function checkCurl(into: Collector, parsed: ShellParse): Reading {
	const args = curlArguments(parsed.words);
	if (!args) return {};
	checkShellSyntax(into, parsed, args);
	return { corrected: checkCurlArguments(into, parsed, args), request: curlRequest(args) };
}

function checkCurlArguments(
	into: Collector,
	parsed: ShellParse,
	args: CurlArguments,
): string | undefined {
	// Only headers that may carry credentials are cut into located parts: a paste can hold hundreds of others.
	const headers = args.headers
		.map(splitHeader)
		.filter((header): header is LocatedHeader => header !== undefined);
	checkCurlExpansions(into, parsed, headers, args);
	const fromHeaders = checkHeaders(into, headers);
	const fromUser = args.users.length > 0 ? checkUser(into, args.users.at(-1)!, args) : undefined;
	const fromBearer =
		args.bearers.length > 0 ? checkOauth2Bearer(into, args.bearers.at(-1)!) : undefined;
	const sources: { name: string; span: { position: number; length: number } }[] = [];
	if (fromHeaders.first)
		sources.push({
			name: `the ${fromHeaders.first.name.text.trim()} header`,
			span: spanAll(fromHeaders.first.name),
		});
	for (const user of args.users) sources.push({ name: '-u', span: spanAll(user) });
	for (const bearer of args.bearers)
		sources.push({ name: '--oauth2-bearer', span: spanAll(bearer) });
	let fromUrl: string | undefined;
	for (const url of args.urls) {
		const carried = checkUrl(into, url);
		if (carried.userinfo !== undefined) {
			sources.push({ name: 'the URL', span: spanAll(url) });
			fromUrl ??= valueForUserinfo(into, carried.userinfo);
		}
		if (carried.secretParameters > 0) sources.push({ name: 'the URL query', span: spanAll(url) });
	}
	for (const data of args.data) checkData(into, data, sources);
	if (sources.length > 1 && fromHeaders.credentialHeaders <= 1) {
		const [first, second] = sources;
		report(
			into,
			'duplicated-credentials',
			second!.span,
			`Credentials are sent twice: in ${first!.name} and in ${second!.name}.${first!.name.startsWith('the ') && second!.name === '-u' ? ' curl then sends only the header.' : ''}`,
		);
	}
	return fromHeaders.corrected ?? fromUser ?? fromBearer ?? fromUrl;
}

/** Typographic quotes read as quotes, and line breaks that end the command too early. */
function checkShellSyntax(into: Collector, parsed: ShellParse, args: CurlArguments): void {
	const continuation = parsed.continuation ?? 'a backslash';
	const shell = parsed.shell ?? 'the shell';
	if (parsed.unterminated !== undefined) {
		report(
			into,
			'unterminated-quote',
			{ position: parsed.unterminated, length: 1 },
			`This quote opens a quote that is never closed, so ${shell} waits for more input instead of running curl (or takes everything after it, the URL included, as one argument). The doctor read the command as if the quote closed at the end of that argument.`,
		);
	}
	if (parsed.smartQuotes.length > 0) {
		const more =
			parsed.smartQuotes.length > 1 ? ` (and ${parsed.smartQuotes.length - 1} more)` : '';
		report(
			into,
			'smart-quotes',
			{ position: parsed.smartQuotes[0]!, length: 1 },
			`The command uses typographic quotes${more}; the shell sends them as part of the text instead of treating them as quotes.`,
		);
	}
	for (const broken of parsed.brokenLines) {
		if (broken.wordIndex <= args.curlIndex || broken.wordIndex >= parsed.words.length) continue;
		if (broken.kind === 'carriage-return') {
			report(
				into,
				'carriage-return',
				{ position: broken.position, length: 1 },
				`${continuation.replace(/^a/, 'A')} at the end of a line is followed by a carriage return (Windows line ending), so it no longer continues the command.`,
			);
		} else if (broken.kind === 'space-after-backslash') {
			report(
				into,
				'missing-line-continuation',
				{ position: broken.position, length: 1 },
				`A space follows ${continuation} at the end of the line, so it escapes the space and the line break ends the command.`,
			);
		} else if (/^-|^https?:/.test(parsed.words[broken.wordIndex]!.text)) {
			report(
				into,
				'missing-line-continuation',
				{ position: broken.position, length: 1 },
				`This line ends without ${continuation}, so ${shell} runs curl without the options on the following lines.`,
			);
		}
	}
}

/** `Name: value` of one `-H` word that may carry credentials; undefined for other headers, curl's `Name;` and header files. */
function splitHeader(word: ShellWord): LocatedHeader | undefined {
	const colon = word.text.indexOf(':');
	if (colon <= 0 || headerRole(word.text.slice(0, colon)) === 'other') return undefined;
	return { name: slice(word, 0, colon), value: slice(word, colon + 1) };
}

/** `-u user:password`: curl builds `Basic base64(user:password)` from it (RFC 7617). */
function checkUser(into: Collector, user: ShellWord, args: CurlArguments): string | undefined {
	if (hasExpansion(user)) return undefined;
	const profile = into.profile;
	if (args.authMethod && args.authMethod !== 'basic' && basicAuthOf(profile)) {
		report(
			into,
			'wrong-scheme-for-api',
			spanAll(user),
			`--${args.authMethod} makes curl use another scheme than HTTP Basic, which ${profile!.name} wants.`,
		);
	}
	const credentials = checkCredentials(into, user, {
		what: '-u credentials',
		spanFor: (start, end) => spanOf(user, start, end),
		curlUser: true,
	});
	if (credentials === undefined) return undefined;
	if (profile && profile.auth.scheme === 'bearer') {
		report(
			into,
			'wrong-scheme-for-api',
			spanAll(user),
			`-u sends HTTP Basic credentials, but ${profile.name} takes its key as a Bearer token.`,
		);
		const colon = credentials.indexOf(':');
		return valueForKey(
			profile,
			keyHalf(undefined, credentials.slice(0, colon), credentials.slice(colon + 1)),
		);
	}
	return `Basic ${encodeCredentials(credentials)}`;
}

/** `--oauth2-bearer TOKEN`: curl sends `Authorization: Bearer TOKEN`. */
function checkOauth2Bearer(into: Collector, bearer: ShellWord): string | undefined {
	if (hasExpansion(bearer)) return undefined;
	const token = checkBearerToken(into, trimLocated(bearer));
	const profile = into.profile;
	if (token !== undefined && profile && schemeName(profile) === 'Basic') {
		report(
			into,
			'wrong-scheme-for-api',
			spanAll(bearer),
			`--oauth2-bearer sends a Bearer token, but ${profile.name} uses HTTP Basic.`,
		);
		return valueForKey(profile, token);
	}
	return token === undefined ? undefined : `Bearer ${token}`;
}

/** Form data: PKCE verifiers, and a client secret sent next to other credentials (RFC 6749 §2.3). */
function checkData(
	into: Collector,
	data: Located,
	sources: { name: string; span: { position: number; length: number } }[],
): void {
	const found = parameters(data);
	checkPkceParameters(into, found);
	for (const parameter of found) {
		if (parameter.name === 'client_secret' && parameter.valueText !== '')
			sources.push({ name: 'the client_secret form field', span: spanAll(parameter.whole) });
	}
}
