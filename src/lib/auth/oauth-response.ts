/**
 * The two answers a client reads in the authorization code flow: the redirect back with `code`
 * and `state` (RFC 6749 §4.1.2, errors §4.1.2.1), and the token endpoint's JSON (§5.1, §5.2).
 * The clock is injected so expiry is computed against a time a test can pin.
 */
import type { AuthorizationRequest } from './oauth-authorize.ts';
import { oauthIssue } from './oauth-validate.ts';
import type { AuthIssue } from './validate.ts';

/** How long a started flow stays redeemable; RFC 6749 §4.1.2 recommends codes live at most 10 minutes. */
export const authorizationMaxAgeMs = 10 * 60 * 1000;

/** The authorization code, or why the redirect cannot be trusted or used. */
export type CallbackResult =
	| { readonly ok: true; readonly code: string }
	| { readonly ok: false; readonly errors: readonly AuthIssue[] };

/** Reads the redirect URL; refuses a missing or different `state` before anything else (§10.12). */
export function parseAuthorizationResponse(
	callbackUrl: string,
	request: Pick<AuthorizationRequest, 'state' | 'createdAt'>,
	now: number,
): CallbackResult {
	const url = URL.parse(callbackUrl.trim());
	if (!url)
		return { ok: false, errors: [oauthIssue('missing-code', 'callback', 0, 0, 'is not a URL.')] };
	const params = url.searchParams;
	if (params.get('state') !== request.state) {
		return {
			ok: false,
			errors: [
				oauthIssue(
					'state-mismatch',
					'callback',
					0,
					0,
					params.has('state')
						? 'carries a state that this flow did not send.'
						: 'carries no state.',
				),
			],
		};
	}
	if (now - request.createdAt > authorizationMaxAgeMs) {
		return {
			ok: false,
			errors: [
				oauthIssue(
					'stale-authorization-request',
					'callback',
					0,
					0,
					`arrived ${Math.round((now - request.createdAt) / 60000)} minutes after the flow started.`,
				),
			],
		};
	}
	const error = params.get('error');
	if (error !== null) {
		const description = params.get('error_description');
		return {
			ok: false,
			errors: [
				oauthIssue(
					'authorization-error',
					'callback',
					0,
					0,
					`reports the error "${error}"${description ? `: ${description}` : ''}.`,
				),
			],
		};
	}
	const code = params.get('code');
	if (!code)
		return {
			ok: false,
			errors: [oauthIssue('missing-code', 'callback', 0, 0, 'has no code parameter.')],
		};
	return { ok: true, code };
}

/** A successful token response with its expiry as an absolute time. */
export interface TokenSet {
	readonly accessToken: string;
	readonly tokenType: string;
	/** Milliseconds since the epoch, or undefined when the server did not say (§5.1 expires_in is optional). */
	readonly expiresAt?: number;
	readonly refreshToken?: string;
	readonly scope?: string;
}

/** The tokens, or why the response is an error or unusable. */
export type TokenResponseResult =
	| ({ readonly ok: true } & TokenSet)
	| { readonly ok: false; readonly errors: readonly AuthIssue[] };

function invalid(detail: string): TokenResponseResult {
	return {
		ok: false,
		errors: [oauthIssue('invalid-token-response', 'token-response', 0, 0, detail)],
	};
}

/** Parses a token endpoint body (§5.1 success or §5.2 error); `now` stamps the expiry. Never throws. */
export function parseTokenResponse(body: string, now: number): TokenResponseResult {
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		return invalid('is not JSON.');
	}
	if (typeof data !== 'object' || data === null) return invalid('is not a JSON object.');
	const fields = data as Record<string, unknown>;
	if (typeof fields['error'] === 'string') {
		const description =
			typeof fields['error_description'] === 'string' ? `: ${fields['error_description']}` : '';
		return {
			ok: false,
			errors: [
				oauthIssue(
					'authorization-error',
					'token-response',
					0,
					0,
					`reports the error "${fields['error']}"${description}.`,
				),
			],
		};
	}
	const {
		access_token: accessToken,
		token_type: tokenType,
		expires_in: expiresIn,
		refresh_token: refreshToken,
		scope,
	} = fields;
	if (typeof accessToken !== 'string' || accessToken === '') return invalid('has no access_token.');
	if (typeof tokenType !== 'string' || tokenType === '') return invalid('has no token_type.');
	if (
		expiresIn !== undefined &&
		(typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn < 0)
	)
		return invalid('has an expires_in that is not a number of seconds.');
	return {
		ok: true,
		accessToken,
		tokenType,
		...(typeof expiresIn === 'number' ? { expiresAt: now + expiresIn * 1000 } : {}),
		...(typeof refreshToken === 'string' ? { refreshToken } : {}),
		...(typeof scope === 'string' ? { scope } : {}),
	};
}
