/**
 * One Authorization value, `scheme SP credentials` (RFC 9110 §11.4, §11.6.2): first the
 * characters around it, then the scheme, then the credentials of the scheme found. Returns the
 * corrected value when every repair is certain, so the page can offer the whole fixed header.
 */
import { checkBasicToken, encodeCredentials, joinWrappedBase64 } from './basic-check.ts';
import { bytesToText, decodeLenient, looksLikeCredentials } from './basic-lenient-decode.ts';
import { checkBearerToken } from './bearer-check.ts';
import { checkCharacters, checkTrailingNewline } from './characters.ts';
import { report, type Collector } from '../findings/collector.ts';
import { schemeName, valueForKey } from './corrected-header.ts';
import {
	hasExpansion,
	isAllExpansion,
	slice,
	spanAll,
	spanOf,
	trimLocated,
	type Located,
} from '../findings/located.ts';
import { checkCredentialsSeparator, stripHeaderName, stripQuotes } from './value-shape.ts';

const schemes = ['Bearer', 'Basic'] as const;
type Scheme = (typeof schemes)[number];
/** Words that look like an auth-scheme name: short, letters and dashes (Token, Digest, ApiKey…). */
const otherScheme = /^([A-Za-z][A-Za-z0-9._-]{1,31}) +(\S[\s\S]*)$/;

/** Checks an Authorization value; returns the corrected value (`Scheme credentials`) or undefined. */
export function checkAuthorizationValue(into: Collector, raw: Located): string | undefined {
	let value = trimLocated(checkTrailingNewline(into, raw, 'the header value'));
	value = trimLocated(checkCharacters(into, joinWrappedBase64(into, value), 'the header value'));
	if (value.text === '') {
		report(
			into,
			'empty-credentials',
			spanAll(raw),
			'The Authorization header has no value at all.',
		);
		return undefined;
	}
	if (isAllExpansion(value)) return undefined;
	value = stripQuotes(into, stripHeaderName(into, value));
	const scheme = schemes.find(
		(name) => value.text.slice(0, name.length).toLowerCase() === name.toLowerCase(),
	);
	if (scheme) return checkKnownScheme(into, value, scheme);
	const other = value.text.match(otherScheme);
	if (other) return checkOtherScheme(into, value, other[1]!);
	return checkMissingScheme(into, value);
}

/** `Bearer …` or `Basic …`, in any case, with or without the space. */
function checkKnownScheme(into: Collector, value: Located, scheme: Scheme): string | undefined {
	const written = value.text.slice(0, scheme.length);
	if (written !== scheme) {
		report(
			into,
			'lowercase-scheme',
			spanOf(value, 0, scheme.length),
			`The scheme is written "${written}". It is case-insensitive, but some servers accept only "${scheme}".`,
		);
	}
	const credentials = checkCredentialsSeparator(into, value, scheme);
	// A shell variable in the credentials: its value is unknown here (curl-expansions judges it).
	if (credentials === undefined || hasExpansion(credentials)) return undefined;
	const profile = into.profile;
	const wanted = profile ? schemeName(profile) : scheme;
	if (scheme === 'Bearer') {
		const token = checkBearerToken(into, credentials);
		if (wanted === scheme) return token === undefined ? undefined : `Bearer ${token}`;
		report(
			into,
			'wrong-scheme-for-api',
			spanOf(value, 0, scheme.length),
			`${profile!.name} uses HTTP Basic, but this header uses Bearer.`,
		);
		return token === undefined ? undefined : valueForKey(profile!, token);
	}
	const basic = checkBasicToken(into, credentials);
	if (wanted === scheme)
		return basic.credentials === undefined
			? undefined
			: `Basic ${encodeCredentials(basic.credentials)}`;
	report(
		into,
		'wrong-scheme-for-api',
		spanOf(value, 0, scheme.length),
		`${profile!.name} takes its key as a Bearer token, but this header uses Basic.`,
	);
	return basic.key === undefined ? undefined : valueForKey(profile!, basic.key);
}

/**
 * Authentication schemes in use besides Basic and Bearer: the IANA registry (RFC 9110 §16.4) and
 * common vendor ones. A first word outside this list is not a scheme but a key or stray text.
 */
const knownSchemes = new Set([
	'concealed',
	'digest',
	'dpop',
	'gnap',
	'hoba',
	'mutual',
	'negotiate',
	'ntlm',
	'oauth',
	'privatetoken',
	'scram-sha-1',
	'scram-sha-256',
	'vapid',
	'token',
	'apikey',
	'api-key',
	'key',
	'jwt',
	'sharedkey',
	'mac',
	'hawk',
	'sso-key',
	'ssws',
	'splunk',
	'bot',
	'client-id',
	'aws4-hmac-sha256',
	'goog4-hmac-sha256',
	'hmac-sha256',
	'signature',
	'edgegrid',
	'eg1-hmac-sha256',
	'bearer-token',
	'access-token',
	'apitoken',
	'api-token',
	'klaviyo-api-key',
	'zoho-oauthtoken',
	'dpop',
	'shopify-access-token',
]);

/** Another scheme (`Token`, `Digest`, `ApiKey`…): wrong only when we know which API it is for. */
function checkOtherScheme(into: Collector, value: Located, scheme: string): string | undefined {
	const profile = into.profile;
	if (!knownSchemes.has(scheme.toLowerCase())) return checkMissingScheme(into, value);
	if (!profile) {
		report(
			into,
			'other-scheme',
			spanOf(value, 0, scheme.length),
			`The header uses the "${scheme}" scheme. It is not Basic or Bearer, so the doctor does not check the credentials after it; it is right only if the API documents "${scheme}".`,
		);
		return undefined;
	}
	const credentials = trimLocated(slice(value, scheme.length));
	report(
		into,
		'wrong-scheme-for-api',
		spanOf(value, 0, scheme.length),
		`${profile.name} expects ${schemeName(profile)}, not "${scheme}".`,
	);
	const key = checkBearerToken(into, credentials, 'the key');
	return key === undefined ? undefined : valueForKey(profile, key);
}

/** A bare key or token with no scheme in front. */
function checkMissingScheme(into: Collector, value: Located): string | undefined {
	const profile = into.profile;
	const bytes = decodeLenient(value.text);
	const isBasic =
		bytes !== undefined &&
		looksLikeCredentials(bytesToText(bytes)) &&
		bytesToText(bytes).text.includes(':');
	const scheme: Scheme | undefined = profile ? schemeName(profile) : isBasic ? 'Basic' : undefined;
	const hint = scheme
		? `it should start with "${scheme} "`
		: 'most APIs want "Bearer " before a key, Basic APIs "Basic " before Base64 credentials';
	report(into, 'missing-scheme', spanOf(value, 0, 0), `The value has no scheme: ${hint}.`);
	if (hasExpansion(value)) return undefined;
	if (scheme === 'Basic' && isBasic) {
		const basic = checkBasicToken(into, value);
		return basic.credentials === undefined
			? undefined
			: `Basic ${encodeCredentials(basic.credentials)}`;
	}
	const key = checkBearerToken(into, value, 'the key');
	if (key === undefined || !profile) return undefined;
	return valueForKey(profile, key);
}
