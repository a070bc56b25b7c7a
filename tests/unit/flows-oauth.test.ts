import { describe, expect, test } from 'vitest';
import { handle, demoClients, type World } from '../../src/lib/mock-api/index.ts';
import type { ApiRequest } from '../../src/lib/http/index.ts';
import {
	apiRequest,
	authorizationRequest,
	exchangeRequest,
	formIssues,
	readConsent,
	startAuthorization,
	urlParameters,
	type OAuthForm,
} from '../../src/lib/flows/oauth-flow.ts';
import { requestText as httpRequestText } from '../../src/lib/http/index.ts';
import { parseTokenResponse } from '../../src/lib/auth/index.ts';
import { pinnedNow, seededRandom, testWorld } from '../support/mock-world.ts';

function setup(consent: 'approve' | 'deny' = 'approve') {
	const { world, clock } = testWorld('example-api', { consent });
	const client = demoClients(world.profile)[0]!;
	const form: OAuthForm = {
		clientId: client.clientId,
		clientSecret: client.clientSecret!,
		redirectUri: client.redirectUris[0]!,
		scopes: 'read write',
		method: 'client_secret_basic',
		legacyPlain: false,
	};
	let current: World = world;
	const send = async (request: ApiRequest) => {
		const answered = await handle(request, current);
		current = answered.world;
		return answered.response;
	};
	return { profile: world.profile, form, send, clock };
}

describe('the simulated authorization code flow', () => {
	test.each(['client_secret_basic', 'client_secret_post'] as const)(
		'approve, exchange with %s and call the API: 200',
		async (method) => {
			const { profile, form: base, send, clock } = setup();
			const form = { ...base, method };
			const pending = await startAuthorization(profile, form, seededRandom(5), clock.read);
			expect(pending).not.toBeNull();
			const consent = readConsent(
				await send(authorizationRequest(pending!.url)),
				pending!,
				clock.now,
			);
			expect(consent.kind).toBe('code');
			if (consent.kind !== 'code') return;
			const exchange = exchangeRequest(profile, form, pending!, consent.code);
			expect(exchange.ok).toBe(true);
			if (!exchange.ok) return;
			const tokenResponse = await send(exchange.request);
			expect(tokenResponse.status).toBe(200);
			const tokens = parseTokenResponse(tokenResponse.body, clock.now);
			expect(tokens).toMatchObject({
				ok: true,
				tokenType: 'Bearer',
				scope: 'read write',
				expiresAt: pinnedNow + 3600_000,
			});
			if (!tokens.ok) return;
			const call = apiRequest(profile, tokens.accessToken);
			expect(call.ok).toBe(true);
			if (call.ok) expect((await send(call.request)).status).toBe(200);
		},
	);

	test('deny redirects back with the RFC 6749 §4.1.2.1 error access_denied and the same state', async () => {
		const { profile, form, send, clock } = setup('deny');
		const pending = (await startAuthorization(profile, form, seededRandom(5), clock.read))!;
		const consent = readConsent(await send(authorizationRequest(pending.url)), pending, clock.now);
		expect(consent).toMatchObject({ kind: 'error', error: 'access_denied' });
		if (consent.kind === 'error')
			expect(new URL(consent.location).searchParams.get('state')).toBe(pending.state);
	});

	test('a redirect carrying another state is not trusted, even with a code', async () => {
		const { profile, form, send, clock } = setup();
		const pending = (await startAuthorization(profile, form, seededRandom(5), clock.read))!;
		const response = await send(authorizationRequest(pending.url));
		expect(readConsent(response, { ...pending, state: 'another-state' }, clock.now)).toMatchObject({
			kind: 'untrusted',
			issues: [{ code: 'state-mismatch' }],
		});
	});

	test('a redirect URI the client did not register gets no redirect at all', async () => {
		const { profile, form, send, clock } = setup();
		const pending = (await startAuthorization(
			profile,
			{ ...form, redirectUri: 'https://evil.example.net/cb' },
			seededRandom(5),
			clock.read,
		))!;
		const response = await send(authorizationRequest(pending.url));
		expect(response.status).toBe(400);
		expect(readConsent(response, pending, clock.now)).toMatchObject({ kind: 'no-redirect' });
	});

	test('legacy plain PKCE is built only on request, warned about, and refused by a server that requires S256', async () => {
		const { profile, form, send, clock } = setup();
		const plain = { ...form, legacyPlain: true };
		expect(formIssues(profile, plain).pkce).toMatchObject([
			{ code: 'pkce-plain', severity: 'warning' },
		]);
		expect(formIssues(profile, form).pkce).toEqual([]);
		const pending = (await startAuthorization(profile, plain, seededRandom(5), clock.read))!;
		expect(pending.codeChallenge).toBe(pending.codeVerifier);
		expect(
			readConsent(await send(authorizationRequest(pending.url)), pending, clock.now),
		).toMatchObject({ kind: 'error', error: 'invalid_request' });
	});

	test('lists the authorization parameters decoded, in order', async () => {
		const { profile, form, clock } = setup();
		const pending = (await startAuthorization(profile, form, seededRandom(5), clock.read))!;
		expect(urlParameters(pending.url).map(([name]) => name)).toEqual([
			'response_type',
			'client_id',
			'redirect_uri',
			'scope',
			'state',
			'code_challenge',
			'code_challenge_method',
		]);
		expect(urlParameters(pending.url)).toContainEqual([
			'redirect_uri',
			'https://app.example.com/callback',
		]);
		expect(urlParameters(pending.url)).toContainEqual(['scope', 'read write']);
	});
});

describe('the form, field by field', () => {
	test.each([
		['clientId', { clientId: '' }, 'empty-value', 0],
		['clientId', { clientId: 'web\u200bapp' }, 'invisible-character', 3],
		['clientSecret', { clientSecret: '' }, 'empty-value', 0],
		['clientSecret', { clientSecret: 'secret\n' }, 'trailing-newline', 6],
		['redirectUri', { redirectUri: 'http://app.example.com/cb' }, 'redirect-uri-insecure', 0],
		['redirectUri', { redirectUri: 'https://app.example.com/cb#x' }, 'redirect-uri-fragment', 26],
		['redirectUri', { redirectUri: '/callback' }, 'redirect-uri-relative', 0],
		['scopes', { scopes: 'read  write' }, 'scope-spacing', 4],
		['scopes', { scopes: 'read,write' }, 'scope-comma', 4],
		[
			'redirectUri',
			{ redirectUri: 'https://trusted.example@evil.example/cb' },
			'redirect-uri-userinfo',
			8,
		],
		['scopes', { scopes: 'read admin' }, 'unknown-scope', 5],
		['scopes', { scopes: '' }, 'empty-value', 0],
	] as const)('%s %j gets %s at position %i', (input, change, code, position) => {
		const { profile, form } = setup();
		const issues = formIssues(profile, { ...form, ...change })[input];
		expect(issues[0]).toMatchObject({ code, position });
		expect(issues[0]!.message).not.toBe('');
	});

	test('no authorization URL while an error remains', async () => {
		const { profile, form, clock } = setup();
		expect(
			await startAuthorization(
				profile,
				{ ...form, redirectUri: '/callback' },
				seededRandom(5),
				clock.read,
			),
		).toBeNull();
	});
});

describe('requests as HTTP text', () => {
	test('masks the client secret in a client_secret_post body and keeps the rest as sent', () => {
		const { profile, form } = setup();
		const built = exchangeRequest(
			profile,
			{ ...form, method: 'client_secret_post' },
			{ codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk' },
			'CODE',
		);
		if (!built.ok) throw new Error('expected a request');
		const text = httpRequestText(built.request);
		expect(text).not.toContain(form.clientSecret);
		expect(text).toContain('POST /oauth/token HTTP/1.1\nHost: api.example.com\n');
		expect(text.endsWith('&client_id=example-api-web-app&client_secret=demo…b3Lx')).toBe(true);
		// The code and the verifier are credentials too (RFC 6749 §10.5, RFC 7636 §4.1): masked like the secret.
		expect(text).toContain(
			'grant_type=authorization_code&code=C…E&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&code_verifier=dBjf…EjXk',
		);
	});

	test('masks Basic client credentials, and shows them whole only when asked', () => {
		const { profile, form } = setup();
		const built = exchangeRequest(
			profile,
			form,
			{ codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk' },
			'CODE',
		);
		if (!built.ok) throw new Error('expected a request');
		const header = built.request.headers.find(([name]) => name === 'Authorization')![1];
		expect(httpRequestText(built.request)).not.toContain(header);
		expect(httpRequestText(built.request)).toMatch(/^Authorization: Basic \S+…\S+$/m);
		expect(httpRequestText(built.request, { maskSecrets: false })).toContain(
			`Authorization: ${header}`,
		);
	});

	test('masks a Bearer access token', () => {
		const { profile } = setup();
		const built = apiRequest(profile, 'tok_abcdefghijklmnopqrstuvwxyz0123');
		if (!built.ok) throw new Error('expected a request');
		expect(httpRequestText(built.request)).toBe(
			'GET /v1/users/me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer tok_…0123',
		);
	});
});
