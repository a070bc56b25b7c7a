/**
 * The client side of client authentication (RFC 6749 §2.3): who the client is, how it proves it
 * (`client_secret_basic`, `client_secret_post`, or `none` for a public client, §2.1), and whether
 * the profile offers a grant to it. Shared by the token request and the device authorization
 * request (RFC 8628 §3.1), which authenticate the same way.
 */
import type { AuthorizationRecipe, FormField, Header } from '../http/request.ts';
import type { OAuthGrant, Profile } from '../profiles/index.ts';
import { basicSteps, type BasicSteps } from './basic.ts';
import { secret } from './build-request.ts';
import { formUrlEncode } from './form-encode.ts';
import { validateClientId } from './oauth-authorize.ts';
import { oauthIssue } from './oauth-validate.ts';
import { scanValue, type AuthField, type AuthIssue } from './validate.ts';

/** How the client authenticates to the token endpoint (RFC 6749 §2.3.1). */
export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post';

/** A client's credentials and its chosen authentication method; `none` is a public client (RFC 6749 §2.1). */
export interface OAuthClient {
	readonly clientId: string;
	/** Ignored (and may be empty) with method `none`. */
	readonly clientSecret: string;
	readonly method: ClientAuthMethod | 'none';
	/** The variable snippets read the client secret from; defaults to `CLIENT_SECRET`. */
	readonly secretEnvVar?: string;
}

/** The methods of `methods` by which a confidential client sends its secret (`none` left out). */
export function secretMethods(methods: readonly (ClientAuthMethod | 'none')[]): ClientAuthMethod[] {
	return methods.filter((method): method is ClientAuthMethod => method !== 'none');
}

/** Issues with a value that must be present and clean. */
export function required(value: string, field: AuthField): AuthIssue[] {
	return value === ''
		? [oauthIssue('empty-value', field, 0, 0, 'is empty.')]
		: scanValue(value, field, { strict: true });
}

/** Why `profile` cannot take this grant from this client, or nothing (the profile's grant switch). */
export function grantRefusal(
	profile: Profile,
	grant: OAuthGrant,
	method: OAuthClient['method'],
): AuthIssue | undefined {
	const oauth = profile.oauth;
	if (!oauth)
		return oauthIssue(
			'oauth-not-offered',
			'client-id',
			0,
			0,
			`cannot be used: ${profile.name} does not offer OAuth 2.0.`,
		);
	if (!oauth.grants.includes(grant))
		return oauthIssue(
			'oauth-not-offered',
			'client-id',
			0,
			0,
			`cannot be used for ${grant}: ${profile.name} offers ${oauth.grants.join(', ')}.`,
		);
	if (grant === 'client_credentials' && method === 'none') {
		return oauthIssue(
			'unsupported-client-auth',
			'client-secret',
			0,
			0,
			'is needed: client credentials are for confidential clients only (RFC 6749 §4.4).',
		);
	}
	if (!oauth.clientAuthMethods.includes(method)) {
		return oauthIssue(
			'unsupported-client-auth',
			'client-secret',
			0,
			0,
			`cannot be sent by ${method}; ${profile.name} accepts ${oauth.clientAuthMethods.join(' or ')}.`,
		);
	}
	return undefined;
}

/** The headers and form fields that authenticate `client` (RFC 6749 §2.3.1), with the Basic steps when it uses Basic. */
export function clientAuthentication(client: OAuthClient): {
	headers: Header[];
	fields: FormField[];
	steps?: BasicSteps;
	authorization?: AuthorizationRecipe;
} {
	if (client.method === 'none') return { headers: [], fields: [['client_id', client.clientId]] };
	const clientSecret = secret(client.clientSecret, client.secretEnvVar ?? 'CLIENT_SECRET');
	if (client.method === 'client_secret_post')
		return {
			headers: [],
			fields: [
				['client_id', client.clientId],
				['client_secret', clientSecret],
			],
		};
	const steps = basicSteps(formUrlEncode(client.clientId), formUrlEncode(client.clientSecret));
	return {
		headers: [['Authorization', steps.headerValue]],
		fields: [],
		steps,
		authorization: {
			kind: 'basic',
			userId: client.clientId,
			password: clientSecret,
			formEncode: true,
		},
	};
}

/** Issues with the client's id and, for a confidential client, its secret. */
export function clientIssues(client: OAuthClient): AuthIssue[] {
	return [
		...validateClientId(client.clientId),
		...(client.method === 'none' ? [] : required(client.clientSecret, 'client-secret')),
	];
}
