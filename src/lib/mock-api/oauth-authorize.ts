/**
 * The authorization endpoint (RFC 6749 §4.1.1). The client and its redirect URI are checked
 * first: if either is wrong the server must not redirect, and answers itself with a 400
 * (§4.1.2.1). Every later error (invalid_request, unsupported_response_type, invalid_scope,
 * access_denied) travels back to the client as a redirect with error, the table's
 * error_description and the same state. PKCE with S256 is required of every client (RFC 9700 §2.1.1). The simulated user
 * approves or denies as `world.consent` says, and an approval redirects with a single-use code.
 */
import type { ApiRequest } from '../http/index.ts';
import type { ErrorCode } from './error-codes.ts';
import { isS256Challenge } from './pkce-verify.ts';
import { newGrant, prune } from './oauth-state.ts';
import { randomToken } from './random-text.ts';
import { errorRedirect, errorResponse, redirect, redirectTo } from './respond.ts';
import type { Handled } from './resource.ts';
import type { World } from './world.ts';

/** Parameters by name, all values kept so that repeats can be refused (RFC 6749 §3.1). */
function parameters(url: URL): Map<string, string[]> {
	const params = new Map<string, string[]>();
	for (const [name, value] of url.searchParams)
		params.set(name, [...(params.get(name) ?? []), value]);
	return params;
}

type Check = { code: ErrorCode; detail: string } | null;

/** The first problem with the request after the client and redirect URI are trusted. */
function checkRequest(world: World, params: Map<string, string[]>): Check {
	const repeated = [...params].find(([, values]) => values.length > 1)?.[0];
	if (repeated)
		return {
			code: 'authorization-request-invalid',
			detail: `The ${repeated} parameter appears more than once`,
		};
	const one = (name: string) => params.get(name)?.[0];
	const responseType = one('response_type');
	if (responseType === undefined)
		return { code: 'authorization-request-invalid', detail: 'response_type is required' };
	if (responseType !== 'code')
		return {
			code: 'unsupported-response-type',
			detail: `response_type=${responseType} asks for a grant this server does not offer`,
		};
	const challenge = one('code_challenge');
	if (challenge === undefined)
		return { code: 'pkce-required', detail: 'code_challenge is required (PKCE, RFC 7636)' };
	if (one('code_challenge_method') !== 'S256')
		return { code: 'pkce-method-not-s256', detail: 'code_challenge_method must be S256' };
	if (!isS256Challenge(challenge))
		return {
			code: 'authorization-request-invalid',
			detail: 'code_challenge must be 43 base64url characters',
		};
	const scope = one('scope');
	const known = world.profile.oauth?.scopes.map((entry) => entry.name) ?? [];
	if (scope === undefined || scope.trim() === '')
		return {
			code: 'invalid-scope',
			detail: `scope is required; this API defines: ${known.join(' ')}`,
		};
	const unknown = scope.split(' ').filter((name) => name !== '' && !known.includes(name));
	if (unknown.length > 0)
		return { code: 'invalid-scope', detail: `Unknown scope; this API defines: ${known.join(' ')}` };
	if (world.consent === 'deny')
		return { code: 'access-denied', detail: 'The user denied the request' };
	return null;
}

/** Answers a GET to the authorization endpoint. */
export function handleAuthorize(request: ApiRequest, world: World, url: URL, now: number): Handled {
	const { profile } = world;
	if (request.method !== 'GET') {
		return {
			response: errorResponse(profile, 'method-not-allowed', now, {
				explanation: 'The authorization endpoint takes GET.',
				headers: [['Allow', 'GET']],
			}),
			world,
		};
	}
	const params = parameters(url);
	const clientIds = params.get('client_id') ?? [];
	const client =
		clientIds.length === 1
			? world.clients.find((candidate) => candidate.clientId === clientIds[0])
			: undefined;
	if (!client) {
		const explanation =
			clientIds.length > 1
				? 'client_id appears more than once'
				: clientIds.length === 0
					? 'client_id is required'
					: 'Unknown client_id';
		return { response: errorResponse(profile, 'unknown-client', now, { explanation }), world };
	}
	const redirectUris = params.get('redirect_uri') ?? [];
	const redirectUri =
		redirectUris.length === 1 && client.redirectUris.includes(redirectUris[0]!)
			? redirectUris[0]!
			: undefined;
	if (redirectUri === undefined) {
		const explanation =
			redirectUris.length === 0
				? 'redirect_uri is required'
				: 'redirect_uri does not exactly match a registered redirect URI';
		return {
			response: errorResponse(profile, 'redirect-uri-mismatch', now, { explanation }),
			world,
		};
	}
	const state = params.get('state')?.[0];
	const problem = checkRequest(world, params);
	if (problem)
		return {
			response: errorRedirect(problem.code, redirectUri, state, now, problem.detail),
			world,
		};
	const code = randomToken(world.random);
	const grant = newGrant(prune(world.oauth, now));
	const record = {
		code,
		grantId: grant.grantId,
		clientId: client.clientId,
		redirectUri,
		scopes: params
			.get('scope')![0]!
			.split(' ')
			.filter((name) => name !== ''),
		challenge: params.get('code_challenge')![0]!,
		issuedAt: now,
		usedAt: null,
	};
	const oauth = { ...grant.state, codes: [...grant.state.codes, record] };
	return {
		response: redirect(redirectTo(redirectUri, { code, state }), now),
		world: { ...world, oauth },
	};
}
