/**
 * The device authorization grant's first request and answer (RFC 8628 §3.1, §3.2): a device with
 * no browser asks for a device code and a user code, shows the user code and the verification
 * URI to the person, then polls the token endpoint (`buildTokenRequest` with `device_code`). The
 * client authenticates as at the token endpoint (§3.1: "as described in Section 3.2.1 of RFC 6749").
 */
import type { ApiRequest, Header } from '../http/request.ts';
import type { Profile } from '../profiles/index.ts';
import { unsafeHeader } from './build-request.ts';
import {
	clientAuthentication,
	clientIssues,
	grantRefusal,
	type OAuthClient,
} from './oauth-client.ts';
import type { TokenRequestResult } from './oauth-token.ts';
import { oauthIssue, validateScopes } from './oauth-validate.ts';
import { errorsOf, warningsOf, type AuthIssue } from './validate.ts';

/** The device authorization request to `profile` for `scopes`, from `client`. */
export function buildDeviceAuthorizationRequest(
	profile: Profile,
	client: OAuthClient,
	scopes: readonly string[],
): TokenRequestResult {
	const endpoint = profile.oauth?.deviceAuthorizationEndpoint;
	const issues: AuthIssue[] = [
		...clientIssues(client),
		...validateScopes(
			scopes,
			profile.oauth?.scopes.map((scope) => scope.name),
		),
	];
	const refusal = grantRefusal(profile, 'device_code', client.method);
	if (refusal) issues.push(refusal);
	const errors = errorsOf(issues);
	const warnings = warningsOf(issues);
	if (errors.length > 0 || endpoint === undefined)
		return {
			ok: false,
			errors:
				errors.length > 0
					? errors
					: [
							oauthIssue(
								'oauth-not-offered',
								'client-id',
								0,
								0,
								'has no device authorization endpoint.',
							),
						],
			warnings,
		};
	const auth = clientAuthentication(client);
	const headers: Header[] = [
		['Content-Type', 'application/x-www-form-urlencoded'],
		['Accept', 'application/json'],
		...auth.headers,
	];
	const fields = [
		...auth.fields,
		...(scopes.length > 0 ? [['scope', scopes.join(' ')] as const] : []),
	];
	const request: ApiRequest = {
		method: 'POST',
		url: endpoint,
		headers,
		body: { kind: 'form', fields },
		...(auth.authorization ? { authorization: auth.authorization } : {}),
	};
	const unsafe = unsafeHeader(headers);
	if (unsafe) return { ok: false, errors: [unsafe], warnings };
	return { ok: true, request, ...(auth.steps ? { steps: auth.steps } : {}), warnings };
}

/** A device authorization response (RFC 8628 §3.2); `interval` defaults to 5 seconds. */
export interface DeviceAuthorization {
	readonly deviceCode: string;
	readonly userCode: string;
	readonly verificationUri: string;
	readonly verificationUriComplete?: string;
	readonly expiresIn: number;
	readonly interval: number;
}

/** Reads a device authorization response body; undefined when a required member is missing. Never throws. */
export function parseDeviceAuthorization(body: string): DeviceAuthorization | undefined {
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		return undefined;
	}
	if (typeof data !== 'object' || data === null) return undefined;
	const {
		device_code: deviceCode,
		user_code: userCode,
		verification_uri: verificationUri,
		verification_uri_complete: complete,
		expires_in: expiresIn,
		interval,
	} = data as Record<string, unknown>;
	if (
		typeof deviceCode !== 'string' ||
		typeof userCode !== 'string' ||
		typeof verificationUri !== 'string' ||
		typeof expiresIn !== 'number'
	)
		return undefined;
	return {
		deviceCode,
		userCode,
		verificationUri,
		...(typeof complete === 'string' ? { verificationUriComplete: complete } : {}),
		expiresIn,
		interval: typeof interval === 'number' && interval > 0 ? interval : 5,
	};
}
