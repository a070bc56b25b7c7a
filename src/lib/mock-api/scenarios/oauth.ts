/**
 * Scenarios for the OAuth server's answers (and the expired token the resource server refuses).
 * Each one plays the flow through `handle` up to the step that fails (an authorization, a code
 * exchange, a refresh) and returns the request that fails: a reused code has really been used
 * once, an expired code was really issued eleven minutes earlier on a clock set back.
 */
import type { FormField } from '../../http/index.ts';
import { codeChallengeS256 } from '../../auth/pkce.ts';
import { handle } from '../handle.ts';
import type { OAuthClient } from '../oauth-clients.ts';
import { codeLifetimeMs } from '../oauth-state.ts';
import type { World } from '../world.ts';
import { authorizeRequest, tokenRequest, type KeyRequest } from './requests.ts';
import type { Staged } from './types.ts';

/** The state value scenarios send, as the examples on /reference/errors/ show it. */
export const scenarioState = 'af0ifjsldkj';
/** A PKCE verifier (RFC 7636 §4.1: 43 to 128 unreserved characters), and another one. */
const verifier = 'scenario_verifier_4Hq2Lm9Rt4Vw8Zb3Nc5Xp7Ks1Jd6Fg0';
const otherVerifier = 'another_verifier_8Wd3Kp7Xq2Lm5Rt8Vz4Nb6Yc1Hs9Tg2';

function clients(world: World): { web: OAuthClient; spa: OAuthClient } {
	const web = world.clients.find((client) => client.clientSecret !== null);
	const spa = world.clients.find((client) => client.clientSecret === null);
	if (!web || !spa) throw new Error(`${world.profile.id} has no demo OAuth clients`);
	return { web, spa };
}

type Params = [string, string][];

/** A correct authorization request for the confidential client, changed by `change`. */
async function authorizeParams(
	world: World,
	change: (params: Params) => Params = (params) => params,
): Promise<Params> {
	const { web } = clients(world);
	const scope = world.profile.sampleEndpoint.scope ?? world.profile.oauth!.scopes[0]!.name;
	const params: Params = [
		['response_type', 'code'],
		['client_id', web.clientId],
		['redirect_uri', web.redirectUris[0]!],
		['scope', scope],
		['state', scenarioState],
		['code_challenge', await codeChallengeS256(verifier)],
		['code_challenge_method', 'S256'],
	];
	return change(params);
}

const set = (name: string, value: string | null) => (params: Params) =>
	value === null
		? params.filter(([key]) => key !== name)
		: params.map(([key, old]): [string, string] => [key, key === name ? value : old]);

async function authorizeScenario(
	world: World,
	note: string,
	change: (params: Params) => Params,
): Promise<Staged> {
	return {
		world,
		request: authorizeRequest(world.profile, await authorizeParams(world, change)),
		note,
	};
}

/** A world whose clock reads `offsetMs` earlier, and back: to issue something in the past. */
const shifted = (world: World, offsetMs: number): World => ({
	...world,
	clock: () => world.clock() - offsetMs,
});
const restored = (later: World, clock: World['clock']): World => ({ ...later, clock });

/** Runs a correct authorization (approved) and returns the code and the world that issued it. */
async function obtainCode(world: World): Promise<{ world: World; code: string }> {
	const { response, world: next } = await handle(
		authorizeRequest(world.profile, await authorizeParams({ ...world, consent: 'approve' })),
		{ ...world, consent: 'approve' },
	);
	const location = response.headers.find(([name]) => name === 'Location')?.[1];
	const code = location ? new URL(location).searchParams.get('code') : null;
	if (!code) throw new Error('the scenario authorization was refused');
	return { world: { ...next, consent: world.consent }, code };
}

function secretFields(client: OAuthClient): FormField[] {
	return [
		['client_id', client.clientId],
		['client_secret', client.clientSecret ?? ''],
	];
}

function exchangeFields(
	world: World,
	code: string,
	overrides: { redirectUri?: string; verifier?: string } = {},
): FormField[] {
	const { web } = clients(world);
	return [
		['grant_type', 'authorization_code'],
		['code', code],
		['redirect_uri', overrides.redirectUri ?? web.redirectUris[0]!],
		['code_verifier', overrides.verifier ?? verifier],
		...secretFields(web),
	];
}

function refreshFields(world: World, refreshToken: string): FormField[] {
	return [
		['grant_type', 'refresh_token'],
		['refresh_token', refreshToken],
		...secretFields(clients(world).web),
	];
}

/** Sends a token request through `handle` and reads a field of its JSON answer. */
async function tokenField(
	world: World,
	fields: readonly FormField[],
	name: 'access_token' | 'refresh_token',
): Promise<{ world: World; value: string }> {
	const { response, world: next } = await handle(tokenRequest(world.profile, fields), world);
	const value = (JSON.parse(response.body) as Record<string, unknown>)[name];
	if (typeof value !== 'string')
		throw new Error(`the scenario token request was refused: ${response.body}`);
	return { world: next, value };
}

export const oauthScenarios = {
	'token-expired': async (world: World, build: KeyRequest): Promise<Staged> => {
		const lifetime = (world.profile.oauth?.accessTokenLifetime ?? 3600) * 1000;
		const fields: FormField[] = [
			['grant_type', 'client_credentials'],
			...secretFields(clients(world).web),
		];
		const token = await tokenField(shifted(world, lifetime + 1000), fields, 'access_token');
		return {
			world: restored(token.world, world.clock),
			request: build(token.value),
			note: 'The access token was issued one second more than its lifetime ago.',
		};
	},
	'unknown-client': (world: World) =>
		authorizeScenario(
			world,
			'The authorization request names a client_id nobody registered.',
			set('client_id', 'unregistered-app'),
		),
	'redirect-uri-mismatch': (world: World) =>
		authorizeScenario(
			world,
			'The redirect_uri has a trailing slash the registered one does not have.',
			set('redirect_uri', `${clients(world).web.redirectUris[0]!}/`),
		),
	'authorization-request-invalid': (world: World) =>
		authorizeScenario(
			world,
			'The authorization request has no response_type.',
			set('response_type', null),
		),
	'pkce-required': (world: World) =>
		authorizeScenario(world, 'The authorization request has no code_challenge.', (params) =>
			set('code_challenge_method', null)(set('code_challenge', null)(params)),
		),
	'pkce-method-not-s256': (world: World) =>
		authorizeScenario(
			world,
			'The authorization request uses code_challenge_method=plain.',
			(params) => set('code_challenge_method', 'plain')(set('code_challenge', verifier)(params)),
		),
	'unsupported-response-type': (world: World) =>
		authorizeScenario(
			world,
			'The authorization request asks for response_type=token.',
			set('response_type', 'token'),
		),
	'invalid-scope': (world: World) =>
		authorizeScenario(
			world,
			'The authorization request asks for scope=admin, which the API does not define.',
			set('scope', 'admin'),
		),
	'access-denied': (world: World) =>
		authorizeScenario(
			{ ...world, consent: 'deny' },
			'The simulated user denies consent.',
			(params) => params,
		),
	'token-request-invalid': (world: World): Staged => {
		const fields = Object.fromEntries([
			['grant_type', 'client_credentials'],
			...secretFields(clients(world).web),
		]);
		const request = tokenRequest(world.profile, []);
		const headers = request.headers.map(([name, value]): [string, string] => [
			name,
			name === 'Content-Type' ? 'application/json' : value,
		]);
		return {
			world,
			request: { ...request, headers, body: { kind: 'json', text: JSON.stringify(fields) } },
			note: 'The token request is sent as JSON instead of a form.',
		};
	},
	'invalid-client': (world: World): Staged => ({
		world,
		request: tokenRequest(world.profile, [
			['grant_type', 'client_credentials'],
			['client_id', clients(world).web.clientId],
			['client_secret', 'wrong_secret'],
		]),
		note: 'The client_secret is wrong.',
	}),
	'unauthorized-client': (world: World): Staged => ({
		world,
		request: tokenRequest(world.profile, [
			['grant_type', 'client_credentials'],
			['client_id', clients(world).spa.clientId],
		]),
		note: 'A public client (no secret) asks for client_credentials.',
	}),
	'unsupported-grant-type': (world: World): Staged => ({
		world,
		request: tokenRequest(world.profile, [
			['grant_type', 'password'],
			...secretFields(clients(world).web),
		]),
		note: 'The token request uses grant_type=password.',
	}),
	'authorization-code-invalid': (world: World): Staged => ({
		world,
		request: tokenRequest(world.profile, exchangeFields(world, 'not-a-code-this-server-issued')),
		note: 'The code was never issued by this server.',
	}),
	'authorization-code-expired': async (world: World): Promise<Staged> => {
		const issued = await obtainCode(shifted(world, codeLifetimeMs + 60_000));
		return {
			world: restored(issued.world, world.clock),
			request: tokenRequest(world.profile, exchangeFields(world, issued.code)),
			note: 'The code was issued eleven minutes ago.',
		};
	},
	'authorization-code-reused': async (world: World): Promise<Staged> => {
		const issued = await obtainCode(world);
		const first = await handle(
			tokenRequest(world.profile, exchangeFields(world, issued.code)),
			issued.world,
		);
		return {
			world: first.world,
			request: tokenRequest(world.profile, exchangeFields(world, issued.code)),
			note: 'The code has already been exchanged once.',
		};
	},
	'token-redirect-uri-mismatch': async (world: World): Promise<Staged> => {
		const issued = await obtainCode(world);
		const redirectUri = clients(world).web.redirectUris[1]!;
		return {
			world: issued.world,
			request: tokenRequest(world.profile, exchangeFields(world, issued.code, { redirectUri })),
			note: 'The exchange sends another registered redirect_uri.',
		};
	},
	'pkce-verifier-mismatch': async (world: World): Promise<Staged> => {
		const issued = await obtainCode(world);
		return {
			world: issued.world,
			request: tokenRequest(
				world.profile,
				exchangeFields(world, issued.code, { verifier: otherVerifier }),
			),
			note: 'The exchange sends a verifier from another attempt.',
		};
	},
	'refresh-token-invalid': (world: World): Staged => ({
		world,
		request: tokenRequest(
			world.profile,
			refreshFields(world, 'not-a-refresh-token-this-server-issued'),
		),
		note: 'The refresh token was never issued by this server.',
	}),
	'refresh-token-reused': async (world: World): Promise<Staged> => {
		const issued = await obtainCode(world);
		const first = await tokenField(
			issued.world,
			exchangeFields(world, issued.code),
			'refresh_token',
		);
		const rotated = await handle(
			tokenRequest(world.profile, refreshFields(world, first.value)),
			first.world,
		);
		return {
			world: rotated.world,
			request: tokenRequest(world.profile, refreshFields(world, first.value)),
			note: 'The refresh token has already been used once (and was rotated).',
		};
	},
	'token-scope-invalid': (world: World): Staged => ({
		world,
		request: tokenRequest(world.profile, [
			['grant_type', 'client_credentials'],
			['scope', 'admin'],
			...secretFields(clients(world).web),
		]),
		note: 'The client_credentials request asks for scope=admin, which the API does not define.',
	}),
};
