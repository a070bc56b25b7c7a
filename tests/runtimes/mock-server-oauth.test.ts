/**
 * The OAuth 2.0 authorization code flow with PKCE against the real `npm run mock-api` server, as
 * a client would run it: /authorize answers with a 302 whose Location carries the code and the
 * state, /token exchanges the code (client_secret_basic, RFC 6749 §2.3.1), the access token reads
 * the sample endpoint, and the refresh token works once.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockApi, type MockApiProcess } from './support/mock-api-process.ts';

let server: MockApiProcess;
beforeAll(async () => {
	server = await startMockApi();
});
afterAll(() => server.stop());

// RFC 7636 Appendix B.
const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const client = {
	id: 'example-api-web-app',
	secret: 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx',
	redirect: 'http://127.0.0.1:8976/callback',
};
const clientAuth = `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`;

async function token(fields: Record<string, string>) {
	const response = await fetch(`${server.origin}/example-api/oauth/token`, {
		method: 'POST',
		headers: { authorization: clientAuth, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields),
	});
	return {
		status: response.status,
		headers: response.headers,
		body: (await response.json()) as Record<string, string>,
	};
}

describe('the OAuth flow over HTTP', () => {
	test('goes from /authorize to an access token that reads the API, and refreshes once', async () => {
		const query = new URLSearchParams({
			response_type: 'code',
			client_id: client.id,
			redirect_uri: client.redirect,
			scope: 'read',
			state: 'xyz-123',
			code_challenge: challenge,
			code_challenge_method: 'S256',
		});
		const authorize = await fetch(`${server.origin}/example-api/oauth/authorize?${query}`, {
			redirect: 'manual',
		});
		expect(authorize.status).toBe(302);
		const location = new URL(authorize.headers.get('location')!);
		expect(location.searchParams.get('state')).toBe('xyz-123');
		const code = location.searchParams.get('code')!;

		const issued = await token({
			grant_type: 'authorization_code',
			code,
			redirect_uri: client.redirect,
			code_verifier: verifier,
		});
		expect(issued.status).toBe(200);
		expect(issued.headers.get('cache-control')).toBe('no-store');
		expect(issued.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'read' });

		const me = await fetch(`${server.origin}/example-api/v1/users/me`, {
			headers: { authorization: `Bearer ${issued.body['access_token']}` },
		});
		expect(me.status).toBe(200);

		const again = await token({
			grant_type: 'authorization_code',
			code,
			redirect_uri: client.redirect,
			code_verifier: verifier,
		});
		expect([again.status, again.body['error']]).toEqual([400, 'invalid_grant']);
		const revoked = await fetch(`${server.origin}/example-api/v1/users/me`, {
			headers: { authorization: `Bearer ${issued.body['access_token']}` },
		});
		expect(revoked.status).toBe(401);
		expect(revoked.headers.get('www-authenticate')).toMatch(
			/^Bearer realm="api.example.com", error="invalid_token"/,
		);
		expect(server.output()).toContain(
			'POST /example-api/oauth/token 400 authorization-code-reused',
		);
	});

	test('sends the RFC 6749 §4.1.2.1 error back to the client with the state', async () => {
		const query = new URLSearchParams({
			response_type: 'code',
			client_id: client.id,
			redirect_uri: client.redirect,
			scope: 'read',
			state: 's1',
			code_challenge: verifier,
			code_challenge_method: 'plain',
		});
		const response = await fetch(`${server.origin}/example-api/oauth/authorize?${query}`, {
			redirect: 'manual',
		});
		const location = new URL(response.headers.get('location')!);
		expect([
			response.status,
			location.searchParams.get('error'),
			location.searchParams.get('state'),
		]).toEqual([302, 'invalid_request', 's1']);
	});
});
