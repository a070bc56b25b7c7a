/**
 * Token requests (RFC 6749 §4.1.3 authorization_code with the PKCE `code_verifier` of RFC 7636
 * §4.5, §6 refresh_token, §4.4.2 client_credentials) as `ApiRequest`s with a form body, the
 * client authenticated by `client_secret_basic` (§2.3.1, id and secret form-urlencoded before
 * Base64) or `client_secret_post` (§2.3.1, both in the body). Never both (§2.3).
 */
import type { ApiRequest, AuthorizationRecipe, FormField, Header } from '../http/request.ts';
import type { Profile } from '../profiles/index.ts';
import { basicSteps, type BasicSteps } from './basic.ts';
import { secret, unsafeHeader } from './build-request.ts';
import { formUrlEncode } from './form-encode.ts';
import { validateCodeVerifier } from './pkce.ts';
import { validateClientId } from './oauth-authorize.ts';
import { oauthIssue, validateRedirectUri, validateScopes } from './oauth-validate.ts';
import { errorsOf, scanValue, warningsOf, type AuthField, type AuthIssue } from './validate.ts';

/** How the client authenticates to the token endpoint (RFC 6749 §2.3.1). */
export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post';

/** A confidential client's credentials and its chosen authentication method. */
export interface OAuthClient {
	readonly clientId: string;
	readonly clientSecret: string;
	readonly method: ClientAuthMethod;
	/** The variable snippets read the client secret from; defaults to `CLIENT_SECRET`. */
	readonly secretEnvVar?: string;
}

/** The grant being redeemed, with what each one needs. */
export type TokenGrant =
	| {
			readonly type: 'authorization_code';
			readonly code: string;
			readonly redirectUri: string;
			readonly codeVerifier: string;
	  }
	| {
			readonly type: 'refresh_token';
			readonly refreshToken: string;
			readonly scopes?: readonly string[];
			readonly refreshTokenEnvVar?: string;
	  }
	| { readonly type: 'client_credentials'; readonly scopes?: readonly string[] };

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

function required(value: string, field: AuthField): AuthIssue[] {
	return value === ''
		? [oauthIssue('empty-value', field, 0, 0, 'is empty.')]
		: scanValue(value, field, { strict: true });
}

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
	}
}

function grantFields(grant: TokenGrant): FormField[] {
	const scope = (scopes: readonly string[] | undefined): FormField[] =>
		scopes && scopes.length > 0 ? [['scope', scopes.join(' ')]] : [];
	switch (grant.type) {
		case 'authorization_code':
			return [
				['grant_type', 'authorization_code'],
				['code', grant.code],
				['redirect_uri', grant.redirectUri],
				['code_verifier', grant.codeVerifier],
			];
		case 'refresh_token':
			return [
				['grant_type', 'refresh_token'],
				['refresh_token', secret(grant.refreshToken, grant.refreshTokenEnvVar ?? 'REFRESH_TOKEN')],
				...scope(grant.scopes),
			];
		case 'client_credentials':
			return [['grant_type', 'client_credentials'], ...scope(grant.scopes)];
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
		...validateClientId(client.clientId),
		...required(client.clientSecret, 'client-secret'),
		...grantIssues(
			grant,
			oauth.scopes.map((scope) => scope.name),
		),
	];
	if (!oauth.clientAuthMethods.includes(client.method)) {
		issues.push(
			oauthIssue(
				'unsupported-client-auth',
				'client-secret',
				0,
				0,
				`cannot be sent by ${client.method}; ${profile.name} accepts ${oauth.clientAuthMethods.join(' or ')}.`,
			),
		);
	}
	const errors = errorsOf(issues);
	const warnings = warningsOf(issues);
	if (errors.length > 0) return { ok: false, errors, warnings };
	const clientSecret = secret(client.clientSecret, client.secretEnvVar ?? 'CLIENT_SECRET');
	const headers: Header[] = [
		['Content-Type', 'application/x-www-form-urlencoded'],
		['Accept', 'application/json'],
	];
	const fields = grantFields(grant);
	let steps: BasicSteps | undefined;
	let authorization: AuthorizationRecipe | undefined;
	if (client.method === 'client_secret_basic') {
		steps = basicSteps(formUrlEncode(client.clientId), formUrlEncode(client.clientSecret));
		headers.push(['Authorization', steps.headerValue]);
		authorization = {
			kind: 'basic',
			userId: client.clientId,
			password: clientSecret,
			formEncode: true,
		};
	} else {
		fields.push(['client_id', client.clientId], ['client_secret', clientSecret]);
	}
	const request: ApiRequest = {
		method: 'POST',
		url: oauth.tokenEndpoint,
		headers,
		body: { kind: 'form', fields },
		...(authorization ? { authorization } : {}),
	};
	const unsafe = unsafeHeader(headers);
	if (unsafe) return { ok: false, errors: [unsafe], warnings };
	return { ok: true, request, ...(steps ? { steps } : {}), warnings };
}
