/**
 * The authorization request of the authorization code grant (RFC 6749 §4.1.1) with PKCE (RFC
 * 7636 §4.3). `state` and the code verifier come from the injected random source and are
 * returned, because the client must keep both to check the redirect and redeem the code.
 */
import type { ApiRequest } from '../http/request.ts';
import type { Profile } from '../profiles/index.ts';
import {
	codeChallengeS256,
	createCodeVerifier,
	createState,
	validateCodeVerifier,
} from './pkce.ts';
import type { RandomBytes } from './random-bytes.ts';
import { oauthIssue, validateRedirectUri, validateScopes } from './oauth-validate.ts';
import { errorsOf, scanValue, warningsOf, type AuthIssue } from './validate.ts';

/** The PKCE method; `plain` only with `legacyPlain: true`, and always with a warning. */
export type PkceOption =
	{ readonly method: 'S256' } | { readonly method: 'plain'; readonly legacyPlain: true };

/** What the client supplies to start the flow; randomness and clock are injected. */
export interface AuthorizationUrlInput {
	readonly clientId: string;
	readonly redirectUri: string;
	readonly scopes: readonly string[];
	readonly random: RandomBytes;
	/** Milliseconds since the epoch; stamped on the result so a view can expire a stale request. */
	readonly now: () => number;
	/** Defaults to S256. */
	readonly pkce?: PkceOption;
	/** A verifier to reuse (tests, or a flow being replayed); otherwise one is generated. */
	readonly codeVerifier?: string;
}

/** What the client must remember between the redirect and the token request. */
export interface AuthorizationRequest {
	readonly url: string;
	readonly state: string;
	readonly codeVerifier: string;
	readonly codeChallenge: string;
	readonly codeChallengeMethod: 'S256' | 'plain';
	readonly createdAt: number;
}

/** The URL and what to remember, or the errors that stop it. */
export type AuthorizationUrlResult =
	| ({ readonly ok: true; readonly warnings: readonly AuthIssue[] } & AuthorizationRequest)
	| {
			readonly ok: false;
			readonly errors: readonly AuthIssue[];
			readonly warnings: readonly AuthIssue[];
	  };

/** Issues with a client ID (RFC 6749 Appendix A.1: VSCHAR, so printable ASCII only). */
export function validateClientId(clientId: string): AuthIssue[] {
	if (clientId === '') return [oauthIssue('empty-value', 'client-id', 0, 0, 'is empty.')];
	return scanValue(clientId, 'client-id', { strict: true });
}

/** The authorization URL for `profile` (RFC 6749 §4.1.1, RFC 7636 §4.3). */
export async function buildAuthorizationUrl(
	profile: Profile,
	input: AuthorizationUrlInput,
): Promise<AuthorizationUrlResult> {
	if (!profile.oauth)
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
	const pkce = input.pkce ?? { method: 'S256' };
	const issues = [
		...validateClientId(input.clientId),
		...validateRedirectUri(input.redirectUri),
		...validateScopes(
			input.scopes,
			profile.oauth.scopes.map((scope) => scope.name),
		),
		...(input.codeVerifier === undefined ? [] : validateCodeVerifier(input.codeVerifier)),
	];
	if (pkce.method === 'plain')
		issues.push(
			oauthIssue(
				'pkce-plain',
				'code-verifier',
				0,
				0,
				'is sent as the challenge itself (method "plain").',
				'warning',
			),
		);
	const errors = errorsOf(issues);
	if (errors.length > 0) return { ok: false, errors, warnings: warningsOf(issues) };
	const codeVerifier = input.codeVerifier ?? createCodeVerifier(input.random);
	const codeChallenge =
		pkce.method === 'S256' ? await codeChallengeS256(codeVerifier) : codeVerifier;
	const state = createState(input.random);
	const url = new URL(profile.oauth.authorizationEndpoint);
	const params: [string, string][] = [
		['response_type', 'code'],
		['client_id', input.clientId],
		['redirect_uri', input.redirectUri],
		['scope', input.scopes.join(' ')],
		['state', state],
		['code_challenge', codeChallenge],
		['code_challenge_method', pkce.method],
	];
	// §3.1: an endpoint's own query is kept; ours are appended after it.
	for (const [name, value] of params)
		if (name !== 'scope' || value !== '') url.searchParams.append(name, value);
	return {
		ok: true,
		warnings: warningsOf(issues),
		url: url.href,
		state,
		codeVerifier,
		codeChallenge,
		codeChallengeMethod: pkce.method,
		createdAt: input.now(),
	};
}

/**
 * The authorization request as the one request model: a GET of the URL, with the program that
 * makes a snippet generate its own verifier and state instead of copying these (RFC 7636 §4.1).
 */
export function authorizationApiRequest(
	authorization: Pick<AuthorizationRequest, 'url'>,
	envVars: { readonly codeVerifier?: string; readonly state?: string } = {},
): ApiRequest {
	return {
		method: 'GET',
		url: authorization.url,
		headers: [],
		program: {
			kind: 'authorization-url',
			codeVerifierEnvVar: envVars.codeVerifier ?? 'CODE_VERIFIER',
			stateEnvVar: envVars.state ?? 'STATE',
		},
	};
}
