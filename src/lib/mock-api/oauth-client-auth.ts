/**
 * Client authentication at the token endpoint (RFC 6749 §2.3): client_secret_basic, where the
 * client_id and secret are form-urlencoded before Base64 (§2.3.1), client_secret_post (§2.3.1,
 * fields in the body), or none for a public client that only names itself. One method per
 * request: more than one is invalid_request.
 */
import { headerValues, type ApiRequest } from '../http/index.ts';
import type { ErrorCode } from './error-codes.ts';
import { decodeBasicHeader } from '../auth/basic-decode.ts';
import type { OAuthClient } from './oauth-clients.ts';
import type { World } from './world.ts';

export type ClientAuthentication =
	| { readonly ok: true; readonly client: OAuthClient }
	| { readonly ok: false; readonly code: ErrorCode; readonly detail: string };

function fail(code: ErrorCode, detail: string): ClientAuthentication {
	return { ok: false, code, detail };
}

/** application/x-www-form-urlencoded decoding of one value: + is a space, then %XX as UTF-8. */
export function formDecode(value: string): string | null {
	try {
		return decodeURIComponent(value.replace(/\+/g, ' '));
	} catch {
		return null;
	}
}

/** Compares without stopping at the first difference, as a real server must for secrets. */
function sameSecret(a: string, b: string): boolean {
	let difference = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++)
		difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
	return difference === 0;
}

type Claimed = {
	method: 'client_secret_basic' | 'client_secret_post' | 'none';
	clientId: string;
	secret: string | null;
};

function fromHeader(field: string): Claimed | ClientAuthentication {
	const decoded = decodeBasicHeader(field);
	if (!decoded.ok || decoded.encoding === 'latin-1')
		return fail('invalid-client', 'The Authorization header is not Basic client_id:client_secret');
	const clientId = formDecode(decoded.userId);
	const secret = formDecode(decoded.password);
	if (clientId === null || secret === null)
		return fail('invalid-client', 'The client credentials are not form-urlencoded correctly');
	return { method: 'client_secret_basic', clientId, secret };
}

/** Which client is calling, checked against its registration and the profile's allowed methods. */
export function authenticateClient(
	request: ApiRequest,
	world: World,
	fields: Map<string, string[]>,
): ClientAuthentication {
	const headers = headerValues(request.headers, 'authorization');
	const bodyId = fields.get('client_id')?.[0];
	const bodySecret = fields.get('client_secret')?.[0];
	if (headers.length > 1)
		return fail('token-request-invalid', 'The request has more than one Authorization header');
	if (headers.length === 1 && bodySecret !== undefined)
		return fail(
			'token-request-invalid',
			'The client authenticated twice: Authorization header and client_secret field',
		);
	let claimed: Claimed | ClientAuthentication;
	if (headers[0] !== undefined) claimed = fromHeader(headers[0]);
	else if (bodyId === undefined)
		return fail('invalid-client', 'No client authentication and no client_id');
	else
		claimed = {
			method: bodySecret === undefined ? 'none' : 'client_secret_post',
			clientId: bodyId,
			secret: bodySecret ?? null,
		};
	if ('ok' in claimed) return claimed;
	if (bodyId !== undefined && bodyId !== claimed.clientId)
		return fail('invalid-client', 'The client_id field differs from the authenticated client');
	const client = world.clients.find((candidate) => candidate.clientId === claimed.clientId);
	if (!client) return fail('invalid-client', 'Unknown client_id');
	if (client.clientSecret === null) {
		return claimed.method === 'none'
			? { ok: true, client }
			: fail('invalid-client', 'A public client has no secret to send');
	}
	if (claimed.method === 'none' || claimed.secret === null)
		return fail('invalid-client', 'This client must authenticate with its client_secret');
	if (!world.profile.oauth?.clientAuthMethods.includes(claimed.method))
		return fail('invalid-client', `This server does not accept ${claimed.method}`);
	if (!sameSecret(claimed.secret, client.clientSecret))
		return fail('invalid-client', 'The client_secret is wrong');
	return { ok: true, client };
}
