/**
 * Fixtures built by the auth core's own builders from the real profiles, so the snippets are
 * tested on exactly the requests the site makes: Basic `:KEY` (lemlist), any username
 * (LeadConduit), `KEY:` and user:password, Bearer (Leadterra), and OAuth token requests with
 * both client authentication methods (RFC 6749 §2.3.1) for every grant, a public client (no
 * secret), the device grant's two requests (RFC 8628 §3.1, §3.4: the poll loop with a 1 s interval)
 * and the API call with an access token.
 */
import {
	buildAccessTokenRequest,
	buildBasicRequest,
	buildBearerRequest,
	buildDeviceAuthorizationRequest,
	buildProfileRequest,
	buildTokenRequest,
} from '../../../src/lib/auth/index.ts';
import type { ApiRequest } from '../../../src/lib/http/request.ts';
import { loadProfile } from '../../support/profiles.ts';
import type { RequestFixture } from './request-fixtures.ts';

function built(
	name: string,
	result:
		| { readonly ok: true; readonly request: ApiRequest }
		| { readonly ok: false; readonly errors: readonly { readonly code: string }[] },
): RequestFixture {
	if (!result.ok)
		throw new Error(
			`The auth core refused fixture ${name}: ${result.errors.map((error) => error.code).join(', ')}`,
		);
	return { name, request: result.request };
}

/** Every core-built fixture. */
export function coreFixtures(): RequestFixture[] {
	const lemlist = loadProfile('lemlist');
	const leadconduit = loadProfile('leadconduit');
	const leadterra = loadProfile('leadterra');
	const example = loadProfile('example-api');
	const client = { clientId: 's6BhdRkqt3', clientSecret: '7Fjfp0ZBr1KtDRbnfVdmIw' } as const;
	const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
	const code = {
		type: 'authorization_code',
		code: 'SplxlOBeZQQYbYS6WxSbIA',
		redirectUri: 'https://client.example.com/cb',
		codeVerifier: verifier,
	} as const;
	return [
		built(
			'core-basic-empty-username',
			buildProfileRequest(lemlist, { key: 'lem_6f1c2d9a8b7e4f3a' }),
		),
		built(
			'core-basic-any-username',
			buildProfileRequest(leadconduit, { key: '1234567890', username: 'X' }),
		),
		built(
			'core-basic-key-as-username',
			buildBasicRequest(example, { variant: 'key-as-username', key: 'ex_live_7Hq2Lm9Rt4Vw8Zb3' }),
		),
		built(
			'core-basic-user-password',
			buildBasicRequest(example, {
				variant: 'user-password',
				username: 'Jürgen',
				password: 'pässwörd€',
			}),
		),
		built('core-bearer', buildBearerRequest(leadterra, 'sk_live_51HqLyjWDarjtT1zdp7dc')),
		built(
			'core-oauth-client-credentials-basic',
			buildTokenRequest(
				example,
				{ ...client, method: 'client_secret_basic' },
				{ type: 'client_credentials', scopes: ['read', 'write'] },
			),
		),
		built(
			'core-oauth-client-credentials-post',
			buildTokenRequest(
				example,
				{ ...client, method: 'client_secret_post' },
				{ type: 'client_credentials', scopes: ['read'] },
			),
		),
		built(
			'core-oauth-authorization-code-basic',
			buildTokenRequest(example, { ...client, method: 'client_secret_basic' }, code),
		),
		built(
			'core-oauth-authorization-code-post',
			buildTokenRequest(example, { ...client, method: 'client_secret_post' }, code),
		),
		built(
			'core-oauth-refresh-token-basic',
			buildTokenRequest(
				example,
				{ ...client, method: 'client_secret_basic' },
				{ type: 'refresh_token', refreshToken: 'tGzv3JOkF0XG5Qx2TlKWIA' },
			),
		),
		built(
			'core-oauth-refresh-token-post',
			buildTokenRequest(
				example,
				{ ...client, method: 'client_secret_post' },
				{ type: 'refresh_token', refreshToken: 'tGzv3JOkF0XG5Qx2TlKWIA', scopes: ['read'] },
			),
		),
		built(
			'core-oauth-authorization-code-public',
			buildTokenRequest(
				example,
				{ clientId: 'example-api-spa', clientSecret: '', method: 'none' },
				code,
			),
		),
		built(
			'core-oauth-device-authorization',
			buildDeviceAuthorizationRequest(
				example,
				{ clientId: 'example-api-device', clientSecret: '', method: 'none' },
				['read'],
			),
		),
		built(
			'core-oauth-device-poll',
			buildTokenRequest(
				example,
				{ clientId: 'example-api-device', clientSecret: '', method: 'none' },
				{
					type: 'device_code',
					deviceCode: 'GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS',
					interval: 1,
				},
			),
		),
		built('core-oauth-access-token', buildAccessTokenRequest(example, '2YotnFZFEjr1zCsicMWpAA')),
	];
}
