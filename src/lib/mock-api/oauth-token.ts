/**
 * The token endpoint (RFC 6749 §3.2): a form POST, one authenticated client, then one of the
 * grants the profile offers (its `grants` list; others are unsupported_grant_type).
 * The device grant's polls are answered by oauth-device.ts. authorization_code checks the code (single use, 10 minutes, same client and redirect
 * URI) and the PKCE verifier (RFC 7636 §4.6); refresh_token rotates (each refresh token works
 * once, a reuse revokes the grant); client_credentials is for confidential clients only.
 */
import type { ApiRequest } from '../http/index.ts';
import { deviceCodeGrant } from './oauth-device.ts';
import { readClientForm, refuse } from './oauth-client-request.ts';
import type { OAuthClient } from './oauth-clients.ts';
import { codeLifetimeMs, newGrant, prune, revokeGrant } from './oauth-state.ts';
import { codeChallengeS256, validateCodeVerifier } from '../auth/pkce.ts';
import { randomToken } from './random-text.ts';
import { noStore, respond } from './respond.ts';
import type { Handled } from './resource.ts';
import type { World } from './world.ts';

type Fields = Map<string, string[]>;

/** RFC 8628 §3.4. */
const deviceGrantType = 'urn:ietf:params:oauth:grant-type:device_code';

/** Issues an access token (and a refresh token when the client may refresh) for a grant. */
export function issue(
	world: World,
	now: number,
	client: OAuthClient,
	grantId: string,
	scopes: readonly string[],
	refreshScopes: readonly string[] | null,
): Handled {
	const lifetime = world.profile.oauth?.accessTokenLifetime ?? 3600;
	const accessToken = randomToken(world.random);
	const refreshToken =
		refreshScopes && client.grantTypes.includes('refresh_token')
			? randomToken(world.random)
			: undefined;
	const oauth = prune(world.oauth, now);
	const next = {
		...oauth,
		accessTokens: [
			...oauth.accessTokens,
			{
				token: accessToken,
				grantId,
				clientId: client.clientId,
				scopes,
				workspaceId: world.workspace.id,
				expiresAt: now + lifetime * 1000,
				revokedAt: null,
			},
		],
		refreshTokens: refreshToken
			? [
					...oauth.refreshTokens,
					{
						token: refreshToken,
						grantId,
						clientId: client.clientId,
						scopes: refreshScopes!,
						usedAt: null,
						revokedAt: null,
					},
				]
			: oauth.refreshTokens,
	};
	const body = {
		access_token: accessToken,
		token_type: 'Bearer',
		expires_in: lifetime,
		...(refreshToken ? { refresh_token: refreshToken } : {}),
		scope: scopes.join(' '),
	};
	return {
		response: respond(200, 'application/json;charset=UTF-8', JSON.stringify(body), noStore, now),
		world: { ...world, oauth: next },
	};
}

async function authorizationCode(
	world: World,
	now: number,
	client: OAuthClient,
	fields: Fields,
): Promise<Handled> {
	const [code, redirectUri, verifier] = ['code', 'redirect_uri', 'code_verifier'].map(
		(name) => fields.get(name)?.[0],
	);
	if (code === undefined || verifier === undefined)
		return refuse(
			world,
			now,
			'token-request-invalid',
			`${code === undefined ? 'code' : 'code_verifier'} is required`,
		);
	const record = world.oauth.codes.find((candidate) => candidate.code === code);
	if (!record || record.clientId !== client.clientId)
		return refuse(
			world,
			now,
			'authorization-code-invalid',
			'No code like this was issued to this client',
		);
	if (record.usedAt !== null) {
		const revoked = { ...world, oauth: revokeGrant(world.oauth, record.grantId, now) };
		return refuse(
			revoked,
			now,
			'authorization-code-reused',
			'This code was exchanged before; every token of its grant is now revoked',
		);
	}
	if (now - record.issuedAt >= codeLifetimeMs)
		return refuse(world, now, 'authorization-code-expired', 'The authorization code expired');
	if (redirectUri !== record.redirectUri)
		return refuse(
			world,
			now,
			'token-redirect-uri-mismatch',
			'redirect_uri differs from the authorization request',
		);
	if (validateCodeVerifier(verifier).length > 0)
		return refuse(
			world,
			now,
			'pkce-verifier-mismatch',
			'code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~',
		);
	if ((await codeChallengeS256(verifier)) !== record.challenge)
		return refuse(
			world,
			now,
			'pkce-verifier-mismatch',
			'code_verifier does not match the code_challenge',
		);
	const used = {
		...world,
		oauth: {
			...world.oauth,
			codes: world.oauth.codes.map((entry) =>
				entry === record ? { ...entry, usedAt: now } : entry,
			),
		},
	};
	return issue(used, now, client, record.grantId, record.scopes, record.scopes);
}

function refreshToken(world: World, now: number, client: OAuthClient, fields: Fields): Handled {
	const token = fields.get('refresh_token')?.[0];
	if (token === undefined)
		return refuse(world, now, 'token-request-invalid', 'refresh_token is required');
	const record = world.oauth.refreshTokens.find((candidate) => candidate.token === token);
	if (!record || record.clientId !== client.clientId || record.revokedAt !== null)
		return refuse(
			world,
			now,
			'refresh-token-invalid',
			'No live refresh token like this was issued to this client',
		);
	if (record.usedAt !== null) {
		const revoked = { ...world, oauth: revokeGrant(world.oauth, record.grantId, now) };
		return refuse(
			revoked,
			now,
			'refresh-token-reused',
			'This refresh token was used before; every token of its grant is now revoked',
		);
	}
	const requested =
		fields
			.get('scope')?.[0]
			?.split(' ')
			.filter((name) => name !== '') ?? record.scopes;
	if (requested.some((name) => !record.scopes.includes(name)))
		return refuse(
			world,
			now,
			'token-scope-invalid',
			'A refresh cannot add scopes to the original grant',
		);
	const used = {
		...world,
		oauth: {
			...world.oauth,
			refreshTokens: world.oauth.refreshTokens.map((entry) =>
				entry === record ? { ...entry, usedAt: now } : entry,
			),
		},
	};
	return issue(used, now, client, record.grantId, requested, record.scopes);
}

function clientCredentials(
	world: World,
	now: number,
	client: OAuthClient,
	fields: Fields,
): Handled {
	if (client.clientSecret === null || !client.grantTypes.includes('client_credentials')) {
		return refuse(world, now, 'unauthorized-client', 'This client may not use client_credentials');
	}
	const known = world.profile.oauth?.scopes.map((entry) => entry.name) ?? [];
	const requested =
		fields
			.get('scope')?.[0]
			?.split(' ')
			.filter((name) => name !== '') ?? known;
	if (requested.some((name) => !known.includes(name)))
		return refuse(
			world,
			now,
			'token-scope-invalid',
			`Unknown scope; this API defines: ${known.join(' ')}`,
		);
	const grant = newGrant(world.oauth);
	return issue({ ...world, oauth: grant.state }, now, client, grant.grantId, requested, null);
}

/** Answers a request to the token endpoint. */
export async function handleToken(
	request: ApiRequest,
	world: World,
	now: number,
): Promise<Handled> {
	const form = readClientForm(request, world, now, 'token', 'RFC 6749 section 4.1.3');
	if (!form.ok) return form.refused;
	const { fields } = form;
	const { client } = form;
	const grantType = fields.get('grant_type')?.[0];
	if (grantType === undefined)
		return refuse(world, now, 'token-request-invalid', 'grant_type is required');
	const offered = world.profile.oauth?.grants ?? [];
	// The device grant's grant_type is its URN (RFC 8628 §3.4): the profile's short name for it,
	// sent as is, is a grant type no server knows, not a second way to ask.
	const grant =
		grantType === deviceGrantType ? 'device_code' : grantType === 'device_code' ? '' : grantType;
	if (!(offered as readonly string[]).includes(grant)) {
		return refuse(
			world,
			now,
			'unsupported-grant-type',
			`${world.profile.name} offers: ${offered.map((name) => (name === 'device_code' ? deviceGrantType : name)).join(', ')}`,
		);
	}
	switch (grant) {
		case 'authorization_code':
			return authorizationCode(world, now, client, fields);
		case 'refresh_token':
			return refreshToken(world, now, client, fields);
		case 'client_credentials':
			return clientCredentials(world, now, client, fields);
		case 'device_code':
			if (!client.grantTypes.includes('device_code'))
				return refuse(
					world,
					now,
					'unauthorized-client',
					'This client may not use the device grant',
				);
			return deviceCodeGrant(world, now, client, fields, (next, grantId, scopes) =>
				issue(next, now, client, grantId, scopes, scopes),
			);
		default:
			return refuse(world, now, 'unsupported-grant-type', 'This grant type is not implemented');
	}
}
