/**
 * Scenarios for the resource server's answers: each sets up the world (a key revoked, the sandbox
 * off, a key of another workspace, a bucket emptied, …) and, where the answer is about the request
 * itself (no header, a bare key, credentials sent twice, …), changes the request the way a reader
 * gets it wrong. `handle` then answers; nothing here writes a response.
 */
import { encodeBase64, utf8Bytes } from '../../auth/base64.ts';
import { createApiKey, revokeApiKey, type NewKey } from '../keys.ts';
import { generateKeyValue } from '../key-format.ts';
import { exhaustedRate } from '../rate-limit.ts';
import { otherWorkspaceId, type World } from '../world.ts';
import { withApiKey, withAuthorization, type KeyRequest } from './requests.ts';
import type { Staged } from './types.ts';

/** A new active key in `world` for the scenario, and the world that holds it. */
function scenarioKey(
	world: World,
	code: string,
	options: Omit<NewKey, 'name'> = {},
): { world: World; id: string; value: string } {
	const created = createApiKey(world, { name: `Scenario ${code}`, ...options });
	if (!created.ok) throw new Error(created.message);
	return { world: created.world, id: created.key.id, value: created.key.value };
}

/** The sample request presented with a fresh valid key, then changed by `change`. */
function withFreshKey(
	world: World,
	build: KeyRequest,
	code: string,
	note: string,
	change = (request: ReturnType<KeyRequest>) => request,
	options: Omit<NewKey, 'name'> = {},
): Staged {
	const key = scenarioKey(world, code, options);
	return { world: key.world, request: change(build(key.value)), note };
}

const base64 = (text: string) => encodeBase64(utf8Bytes(text));

export const resourceScenarios = {
	'missing-api-key': (world: World, build: KeyRequest): Staged => {
		const auth = world.profile.auth;
		if (auth.scheme !== 'apiKey')
			return {
				world,
				request: withAuthorization(build(world.profile.exampleKey), null),
				note: 'The request is sent without an Authorization header.',
			};
		return {
			world,
			request: withApiKey(build(world.profile.exampleKey), auth, []),
			note: `The request is sent without the ${auth.name} ${auth.in === 'header' ? 'header' : 'query parameter'}.`,
		};
	},
	'malformed-authorization': (world: World, build: KeyRequest): Staged => ({
		world,
		request: withAuthorization(build(world.profile.exampleKey), world.profile.exampleKey),
		note: 'The Authorization header holds the bare key, without a scheme.',
	}),
	'wrong-scheme': (world: World, build: KeyRequest): Staged => {
		const key = world.profile.exampleKey;
		const value =
			world.profile.auth.scheme === 'basic' ? `Bearer ${key}` : `Basic ${base64(`:${key}`)}`;
		return {
			world,
			request: withAuthorization(build(key), value),
			note: `The key is sent with the ${value.split(' ')[0]} scheme.`,
		};
	},
	'missing-colon': (world: World, build: KeyRequest): Staged => ({
		world,
		request: withAuthorization(
			build(world.profile.exampleKey),
			`Basic ${base64(world.profile.exampleKey)}`,
		),
		note: 'Only the key is Base64-encoded, without the colon in front of it.',
	}),
	'invalid-api-key': (world: World, build: KeyRequest): Staged => ({
		world,
		request: build(generateKeyValue(world.profile, world.random, null)),
		note: 'The key is well formed but was never created in this world.',
	}),
	'revoked-api-key': (world: World, build: KeyRequest): Staged => {
		const key = scenarioKey(world, 'revoked-api-key');
		const revoked = revokeApiKey(key.world, key.id);
		if (!revoked.ok) throw new Error(revoked.message);
		return {
			world: revoked.world,
			request: build(key.value),
			note: 'A key was created, then revoked; the request presents it.',
		};
	},
	'insufficient-scope': (world: World, build: KeyRequest): Staged => {
		const needed = world.profile.sampleEndpoint.scope;
		const scopes = (world.profile.oauth?.scopes ?? [])
			.map((scope) => scope.name)
			.filter((name) => name !== needed);
		return withFreshKey(
			world,
			build,
			'insufficient-scope',
			`The key was granted only: ${scopes.join(' ')}.`,
			undefined,
			{ scopes },
		);
	},
	'test-key-live-only': (world: World, build: KeyRequest): Staged =>
		withFreshKey(
			{ ...world, workspace: { ...world.workspace, sandbox: false } },
			build,
			'test-key-live-only',
			'The workspace has no sandbox; the request presents a test key.',
			undefined,
			{
				environment: 'test',
			},
		),
	'wrong-workspace': (world: World, build: KeyRequest): Staged =>
		withFreshKey(
			world,
			build,
			'wrong-workspace',
			'The key was created in another workspace.',
			undefined,
			{ workspaceId: otherWorkspaceId },
		),
	'rate-limit-exceeded': (world: World, build: KeyRequest): Staged => {
		const config = world.profile.rateLimit;
		if (!config) throw new Error(`${world.profile.id} has no rate limit`);
		const key = scenarioKey(world, 'rate-limit-exceeded');
		const rate = new Map(key.world.rate).set(
			key.id,
			exhaustedRate(config, world.tier, 'burst', world.clock()),
		);
		return {
			world: { ...key.world, rate },
			request: build(key.value),
			note: 'The key has just sent its whole burst; this is the next request.',
		};
	},
	'duplicated-credentials': (world: World, build: KeyRequest): Staged => {
		const auth = world.profile.auth;
		const key = world.profile.exampleKey;
		if (auth.scheme === 'apiKey')
			return {
				world,
				request: withApiKey(build(key), auth, [key, key]),
				note: `The key is sent twice, in two ${auth.name} ${auth.in === 'header' ? 'header fields' : 'query parameters'}.`,
			};
		const request = build(world.profile.exampleKey);
		const url = new URL(request.url);
		url.searchParams.append('api_key', world.profile.exampleKey);
		return {
			world,
			request: { ...request, url: url.href },
			note: 'The key is sent in the Authorization header and in the api_key query parameter.',
		};
	},
	'not-found': (world: World, build: KeyRequest): Staged =>
		withFreshKey(
			world,
			build,
			'not-found',
			'The request goes to a path the API does not serve.',
			(request) => ({ ...request, url: `${world.profile.baseUrl}/no-such-endpoint` }),
		),
	'method-not-allowed': (world: World, build: KeyRequest): Staged => {
		const method = world.profile.sampleEndpoint.method === 'GET' ? 'DELETE' : 'GET';
		return withFreshKey(
			world,
			build,
			'method-not-allowed',
			`The request uses ${method}.`,
			({ body: _body, ...request }) => ({ ...request, method }),
		);
	},
	'malformed-json': (world: World, build: KeyRequest): Staged =>
		withFreshKey(
			world,
			build,
			'malformed-json',
			'The body is declared as JSON and ends in a trailing comma.',
			(request) => ({
				...request,
				method: 'POST',
				headers: [
					...request.headers.filter(([name]) => name.toLowerCase() !== 'content-type'),
					['Content-Type', 'application/json'],
				],
				body: { kind: 'json', text: '{"name":"Ada",}' },
			}),
		),
};
