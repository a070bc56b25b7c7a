/**
 * The authorization code flow with PKCE as the OAuth builder walks it: the form checked field by
 * field, the authorization URL and its parameters, the server's answer to the consent step read
 * as the client reads its redirect (RFC 6749 §4.1.2, errors §4.1.2.1), the token exchange
 * (§4.1.3) and the API call with the access token (RFC 6750 §2.1). Every request is built by the
 * auth core; this module only sequences them and says what each answer means.
 */
import {
	buildAuthorizationUrl,
	buildBearerRequest,
	buildTokenRequest,
	errorsOf,
	maskSecret,
	oauthIssue,
	parseAuthorizationResponse,
	parseScope,
	scanValue,
	validateClientId,
	validateRedirectUri,
	type AuthIssue,
	type AuthorizationRequest,
	type BuildResult,
	type ClientAuthMethod,
	type RandomBytes,
	type TokenRequestResult,
} from '../auth/index.ts';
import { headerValue, type ApiRequest } from '../http/request.ts';
import type { ApiResponse } from '../http/response.ts';
import type { Profile } from '../profiles/index.ts';

/** What the reader types or picks. */
export interface OAuthForm {
	readonly clientId: string;
	readonly clientSecret: string;
	readonly redirectUri: string;
	/** Space-separated, as in the `scope` parameter (RFC 6749 §3.3). */
	readonly scopes: string;
	readonly method: ClientAuthMethod;
	/** RFC 7636 §4.2 `plain`: only when the reader asks for it, and always with a warning. */
	readonly legacyPlain: boolean;
}

/** The form's inputs, in the order they are shown. */
export const oauthInputs = ['clientId', 'clientSecret', 'redirectUri', 'scopes'] as const;
export type OAuthInput = (typeof oauthInputs)[number];

/** Issues per input (positions count within that input), plus the PKCE method's own. */
export type FormIssues = Readonly<Record<OAuthInput | 'pkce', readonly AuthIssue[]>>;

/** Issues with a client secret: present, and nothing a paste could have added (RFC 6749 §2.3.1). */
export function validateClientSecret(secret: string): AuthIssue[] {
	return secret === ''
		? [oauthIssue('empty-value', 'client-secret', 0, 0, 'is empty.')]
		: scanValue(secret, 'client-secret', { strict: true });
}

/** Every issue of the form, next to the input it is about. */
export function formIssues(profile: Profile, form: OAuthForm): FormIssues {
	const known = profile.oauth?.scopes.map((scope) => scope.name) ?? [];
	return {
		clientId: validateClientId(form.clientId),
		clientSecret: validateClientSecret(form.clientSecret),
		redirectUri: validateRedirectUri(form.redirectUri),
		scopes:
			form.scopes === ''
				? [oauthIssue('empty-value', 'scope', 0, 0, 'is empty; name at least one scope.')]
				: parseScope(form.scopes, known).issues,
		pkce: form.legacyPlain
			? [
					oauthIssue(
						'pkce-plain',
						'code-verifier',
						0,
						0,
						'is sent as the challenge itself (method "plain").',
						'warning',
					),
				]
			: [],
	};
}

/** Whether any issue stops the authorization URL (the secret is needed only for the exchange). */
export function blocksAuthorization(issues: FormIssues): boolean {
	return errorsOf([...issues.clientId, ...issues.redirectUri, ...issues.scopes]).length > 0;
}

/** The authorization request (URL, state, verifier, challenge) for a valid form, or null. */
export async function startAuthorization(
	profile: Profile,
	form: OAuthForm,
	random: RandomBytes,
	now: () => number,
): Promise<AuthorizationRequest | null> {
	if (blocksAuthorization(formIssues(profile, form))) return null;
	const result = await buildAuthorizationUrl(profile, {
		clientId: form.clientId,
		redirectUri: form.redirectUri,
		scopes: parseScope(form.scopes).scopes,
		random,
		now,
		pkce: form.legacyPlain ? { method: 'plain', legacyPlain: true } : { method: 'S256' },
	});
	return result.ok ? result : null;
}

/** The query parameters of a URL, decoded, in order: what the authorization request says. */
export function urlParameters(url: string): [name: string, value: string][] {
	const parsed = URL.parse(url);
	return parsed ? [...parsed.searchParams] : [];
}

/** The consent step as a request: the user's browser opening the authorization URL (§4.1.1). */
export function authorizationRequest(url: string): ApiRequest {
	return { method: 'GET', url, headers: [['Accept', 'text/html']] };
}

/** What the authorization server's answer means to the client. */
export type ConsentResult =
	/** Redirected back with a code, state checked (§4.1.2). */
	| { readonly kind: 'code'; readonly code: string; readonly location: string }
	/** Redirected back with an error, state checked (§4.1.2.1), e.g. access_denied. */
	| {
			readonly kind: 'error';
			readonly error: string;
			readonly description: string | null;
			readonly location: string;
			readonly issues: readonly AuthIssue[];
	  }
	/** Redirected back, but the client must not trust the redirect (state, age). */
	| { readonly kind: 'untrusted'; readonly location: string; readonly issues: readonly AuthIssue[] }
	/** No redirect: the server refused to send the user back (§4.1.2.1, bad client or redirect URI). */
	| { readonly kind: 'no-redirect'; readonly issues: readonly AuthIssue[] };

/** Reads the answer to the consent step as the client does, state first (RFC 6749 §10.12). */
export function readConsent(
	response: ApiResponse,
	pending: Pick<AuthorizationRequest, 'state' | 'createdAt'>,
	now: number,
): ConsentResult {
	const location = response.status === 302 ? headerValue(response.headers, 'Location') : undefined;
	if (location === undefined) {
		return {
			kind: 'no-redirect',
			issues: [
				oauthIssue(
					'missing-code',
					'callback',
					0,
					0,
					`never came: the server answered ${response.status} itself instead of redirecting.`,
				),
			],
		};
	}
	const callback = parseAuthorizationResponse(location, pending, now);
	if (callback.ok) return { kind: 'code', code: callback.code, location };
	const params = new URL(location).searchParams;
	const error = params.get('error');
	if (error !== null && callback.errors.every((issue) => issue.code === 'authorization-error')) {
		return {
			kind: 'error',
			error,
			description: params.get('error_description'),
			location,
			issues: callback.errors,
		};
	}
	return { kind: 'untrusted', location, issues: callback.errors };
}

/** The token request that redeems `code` (RFC 6749 §4.1.3 with the RFC 7636 §4.5 verifier). */
export function exchangeRequest(
	profile: Profile,
	form: OAuthForm,
	pending: Pick<AuthorizationRequest, 'codeVerifier'>,
	code: string,
): TokenRequestResult {
	const client = { clientId: form.clientId, clientSecret: form.clientSecret, method: form.method };
	return buildTokenRequest(profile, client, {
		type: 'authorization_code',
		code,
		redirectUri: form.redirectUri,
		codeVerifier: pending.codeVerifier,
	});
}

/** The API call with the access token as a Bearer token (RFC 6750 §2.1). */
export function apiRequest(profile: Profile, accessToken: string): BuildResult {
	return buildBearerRequest(profile, accessToken);
}

/**
 * A token response body for display: `access_token`, `refresh_token` and `device_code` masked, everything else
 * as sent. A body that is not a JSON object is returned unchanged (it holds no token to hide).
 */
export function maskTokenBody(body: string): string {
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		return body;
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return body;
	const masked = Object.entries(data as Record<string, unknown>).map(([name, value]) => [
		name,
		(name === 'access_token' || name === 'refresh_token' || name === 'device_code') &&
		typeof value === 'string'
			? maskSecret(value)
			: value,
	]);
	return JSON.stringify(Object.fromEntries(masked));
}
