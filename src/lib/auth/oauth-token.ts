/**
 * Token requests (RFC 6749 §4.1.3 authorization_code with the PKCE `code_verifier` of RFC 7636
 * §4.5, §6 refresh_token, §4.4.2 client_credentials, RFC 8628 §3.4 device_code) as `ApiRequest`s
 * with a form body, the client authenticated by `client_secret_basic` (§2.3.1, id and secret
 * form-urlencoded before Base64), `client_secret_post` (§2.3.1, both in the body) or, for a
 * public client, not at all (`none`: only its client_id in the body, §3.2.1). Never two (§2.3).
 * Every credential in the body (code, verifier, refresh token, device code) is a `Secret`, so
 * snippets read it from an environment variable by default.
 */
import type { ApiRequest, FormField, Header, RequestProgram } from '../http/request.ts';
import type { Profile } from '../profiles/index.ts';
import type { BasicSteps } from './basic.ts';
import { secret, unsafeHeader } from './build-request.ts';
import { validateCodeVerifier } from './pkce.ts';
import {
	clientAuthentication,
	clientIssues,
	grantRefusal,
	required,
	type OAuthClient,
} from './oauth-client.ts';
import { oauthIssue, validateRedirectUri, validateScopes } from './oauth-validate.ts';
import { errorsOf, warningsOf, type AuthIssue } from './validate.ts';

export type { ClientAuthMethod, OAuthClient } from './oauth-client.ts';

/** The grant being redeemed, with what each one needs. */
export type TokenGrant =
	| {
			readonly type: 'authorization_code';
			readonly code: string;
			readonly redirectUri: string;
			readonly codeVerifier: string;
			readonly codeEnvVar?: string;
			readonly codeVerifierEnvVar?: string;
	  }
	| {
			readonly type: 'refresh_token';
			readonly refreshToken: string;
			readonly scopes?: readonly string[];
			readonly refreshTokenEnvVar?: string;
	  }
	| { readonly type: 'client_credentials'; readonly scopes?: readonly string[] }
	/** RFC 8628 §3.4; `interval` (seconds, from the device authorization response) makes it a polling loop. */
	| {
			readonly type: 'device_code';
			readonly deviceCode: string;
			readonly interval?: number;
			readonly deviceCodeEnvVar?: string;
	  };

/** The `grant_type` value of each grant (RFC 6749 §4.1.3, §4.4.2, §6; RFC 8628 §3.4). */
export const grantTypeValues = {
	authorization_code: 'authorization_code',
	refresh_token: 'refresh_token',
	client_credentials: 'client_credentials',
	device_code: 'urn:ietf:params:oauth:grant-type:device_code',
} as const satisfies Record<TokenGrant['type'], string>;

/** A token request; with `client_secret_basic`, the Basic steps too (over the form-encoded pair). */
export type TokenRequestResult =
	| {
			readonly ok: true;
			readonly request: ApiRequest;
			readonly steps?: BasicSteps;
			readonly warnings: readonly AuthIssue[];
	  }
	| {
			readonly ok: false;
			readonly errors: readonly AuthIssue[];
			readonly warnings: readonly AuthIssue[];
	  };

function grantIssues(grant: TokenGrant, knownScopes: readonly string[]): AuthIssue[] {
	switch (grant.type) {
		case 'authorization_code':
			return [
				...required(grant.code, 'code'),
				...validateRedirectUri(grant.redirectUri),
				...validateCodeVerifier(grant.codeVerifier),
			];
		case 'refresh_token':
			return [
				...required(grant.refreshToken, 'refresh-token'),
				...validateScopes(grant.scopes ?? [], knownScopes),
			];
		case 'client_credentials':
			return validateScopes(grant.scopes ?? [], knownScopes);
		case 'device_code':
			return required(grant.deviceCode, 'code');
	}
}

function grantFields(grant: TokenGrant): FormField[] {
	const scope = (scopes: readonly string[] | undefined): FormField[] =>
		scopes && scopes.length > 0 ? [['scope', scopes.join(' ')]] : [];
	switch (grant.type) {
		case 'authorization_code':
			return [
				['grant_type', 'authorization_code'],
				['code', secret(grant.code, grant.codeEnvVar ?? 'AUTHORIZATION_CODE')],
				['redirect_uri', grant.redirectUri],
				['code_verifier', secret(grant.codeVerifier, grant.codeVerifierEnvVar ?? 'CODE_VERIFIER')],
			];
		case 'refresh_token':
			return [
				['grant_type', 'refresh_token'],
				['refresh_token', secret(grant.refreshToken, grant.refreshTokenEnvVar ?? 'REFRESH_TOKEN')],
				...scope(grant.scopes),
			];
		case 'client_credentials':
			return [['grant_type', 'client_credentials'], ...scope(grant.scopes)];
		case 'device_code':
			return [
				['grant_type', grantTypeValues.device_code],
				['device_code', secret(grant.deviceCode, grant.deviceCodeEnvVar ?? 'DEVICE_CODE')],
			];
	}
}

/** The token request to `profile`'s token endpoint for `grant`, authenticated as `client`. */
export function buildTokenRequest(
	profile: Profile,
	client: OAuthClient,
	grant: TokenGrant,
): TokenRequestResult {
	const oauth = profile.oauth;
	if (!oauth)
		return {
			ok: false,
			errors: [
				oauthIssue(
					'oauth-not-offered',
					'client-id',
					0,
					0,
					`cannot be used: ${profile.name} does not offer OAuth 2.0.`,
				),
			],
			warnings: [],
		};
	const issues = [
		...clientIssues(client),
		...grantIssues(
			grant,
			oauth.scopes.map((scope) => scope.name),
		),
	];
	const refusal = grantRefusal(profile, grant.type, client.method);
	if (refusal) issues.push(refusal);
	const errors = errorsOf(issues);
	const warnings = warningsOf(issues);
	if (errors.length > 0) return { ok: false, errors, warnings };
	const auth = clientAuthentication(client);
	const headers: Header[] = [
		['Content-Type', 'application/x-www-form-urlencoded'],
		['Accept', 'application/json'],
		...auth.headers,
	];
	const fields = [...grantFields(grant), ...auth.fields];
	const program: RequestProgram | undefined =
		grant.type === 'device_code' && grant.interval !== undefined
			? { kind: 'device-poll', interval: grant.interval }
			: undefined;
	const request: ApiRequest = {
		method: 'POST',
		url: oauth.tokenEndpoint,
		headers,
		body: { kind: 'form', fields },
		...(auth.authorization ? { authorization: auth.authorization } : {}),
		...(program ? { program } : {}),
	};
	const unsafe = unsafeHeader(headers);
	if (unsafe) return { ok: false, errors: [unsafe], warnings };
	return { ok: true, request, ...(auth.steps ? { steps: auth.steps } : {}), warnings };
}
