/**
 * OpenAPI security schemes as the profile's `auth` and `oauth` (OAS 3.1 §4.8.27): `http` basic and
 * bearer, `apiKey` in a header or the query, and `oauth2` flows with their URLs and scopes. What
 * the site cannot show comes back with the reason, so the importer can say why it left it out.
 */
import type { ProfileInput } from '../schema.ts';
import { record, text, type Json, type SchemeEntry } from './document.ts';

export type AuthInput = ProfileInput['auth'];
export type OAuthInput = NonNullable<ProfileInput['oauth']>;

/** One scheme, read: a way to send a key, an OAuth server, or something the site cannot show. */
export type MappedScheme =
	| {
			readonly kind: 'auth';
			readonly entry: SchemeEntry;
			readonly auth: AuthInput;
			readonly guesses: readonly string[];
	  }
	| {
			readonly kind: 'oauth';
			readonly entry: SchemeEntry;
			readonly oauth: OAuthInput | undefined;
			readonly guesses: readonly string[];
	  }
	| { readonly kind: 'unsupported'; readonly entry: SchemeEntry; readonly reason: string };

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const queryName = /^[A-Za-z0-9._~-]+$/;
const scopeToken = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

function apiKey(entry: SchemeEntry, realm: string): MappedScheme {
	const where = text(entry.scheme['in']);
	const name = text(entry.scheme['name']) ?? '';
	if (where === 'cookie')
		return {
			kind: 'unsupported',
			entry,
			reason:
				'a key in a cookie: a page cannot set the Cookie header with fetch, so nothing here could show it working',
		};
	if (
		where === 'header' &&
		headerName.test(name) &&
		!['authorization', 'cookie'].includes(name.toLowerCase())
	) {
		return { kind: 'auth', entry, auth: { scheme: 'apiKey', in: 'header', name }, guesses: [] };
	}
	if (where === 'header' && name.toLowerCase() === 'authorization') {
		return {
			kind: 'auth',
			entry,
			auth: { scheme: 'bearer', realm, keyPrefixes: [] },
			guesses: [
				`${entry.name} puts the key in Authorization itself; the profile assumes it is sent as "Bearer <key>".`,
			],
		};
	}
	if (where === 'query' && queryName.test(name))
		return { kind: 'auth', entry, auth: { scheme: 'apiKey', in: 'query', name }, guesses: [] };
	return {
		kind: 'unsupported',
		entry,
		reason: `an apiKey named "${name}" in ${where ?? 'nowhere'}, which the site cannot send as it is`,
	};
}

function https(value: unknown): string | undefined {
	const url = text(value);
	return url?.startsWith('https://') ? url.replace(/\/$/, '') : undefined;
}

/** The first flow with both endpoints (authorization code first), its scopes as the profile lists them. */
function oauth(entry: SchemeEntry): MappedScheme {
	const flows = record(entry.scheme['flows']) ?? {};
	const guesses: string[] = [];
	for (const name of ['authorizationCode', 'implicit', 'password', 'clientCredentials']) {
		const flow = record(flows[name]);
		if (!flow) continue;
		const authorizationEndpoint = https(flow['authorizationUrl']);
		const tokenEndpoint = https(flow['tokenUrl']);
		if (!authorizationEndpoint || !tokenEndpoint) {
			guesses.push(
				`The ${name} flow of ${entry.name} is left out: the site simulates OAuth with an https authorization and token endpoint, and it has ${flow['authorizationUrl'] ? `authorizationUrl ${String(flow['authorizationUrl'])}` : 'no authorizationUrl'} and ${flow['tokenUrl'] ? `tokenUrl ${String(flow['tokenUrl'])}` : 'no tokenUrl'}.`,
			);
			continue;
		}
		const scopes = Object.entries(record(flow['scopes']) ?? {})
			.filter(([scope]) => scopeToken.test(scope))
			.map(([scope, description]) => ({ name: scope, description: text(description) ?? '' }));
		if (scopes.length === 0) {
			guesses.push(
				`The ${name} flow of ${entry.name} is left out: it lists no scope the site can show.`,
			);
			continue;
		}
		guesses.push(
			`OAuth 2.0 comes from the ${name} flow of ${entry.name}. The document gives no access-token lifetime; the simulator uses one hour.`,
			'The document does not say how clients authenticate at the token endpoint; the profile assumes client_secret_basic, which RFC 6749 §2.3.1 requires servers to support.',
		);
		return {
			kind: 'oauth',
			entry,
			oauth: {
				authorizationEndpoint,
				tokenEndpoint,
				scopes,
				accessTokenLifetime: 3600,
				clientAuthMethods: ['client_secret_basic'],
			},
			guesses,
		};
	}
	return { kind: 'oauth', entry, oauth: undefined, guesses };
}

/** `entry` as the site can use it; `realm` names the API in Basic and Bearer challenges. */
export function mapScheme(entry: SchemeEntry, realm: string): MappedScheme {
	const scheme: Json = entry.scheme;
	const type = text(scheme['type']);
	if (type === 'apiKey') return apiKey(entry, realm);
	if (type === 'oauth2') return oauth(entry);
	const httpScheme = text(scheme['scheme'])?.toLowerCase();
	if (type === 'http' && httpScheme === 'basic') {
		const guess = `The document does not say what the Basic username is; the profile assumes any username works with the key as the password (auth.username: ignored). Change it if ${realm} wants a real username.`;
		return {
			kind: 'auth',
			entry,
			auth: { scheme: 'basic', username: 'ignored', exampleUsername: 'user', realm },
			guesses: [guess],
		};
	}
	if (type === 'http' && httpScheme === 'bearer')
		return { kind: 'auth', entry, auth: { scheme: 'bearer', realm, keyPrefixes: [] }, guesses: [] };
	if (type === 'http')
		return {
			kind: 'unsupported',
			entry,
			reason: `the HTTP scheme "${httpScheme ?? ''}", which the site does not build`,
		};
	return {
		kind: 'unsupported',
		entry,
		reason: `the ${type ?? 'untyped'} scheme type, which the site does not build`,
	};
}
