// `handle` before any route, and the world it starts from: a URL that is not absolute, a JSON body
// that does not parse (refused first, as a framework's body parser would, whatever the route), and
// the defaults a fresh world takes from its options and its profile.
import { describe, expect, test } from 'vitest';
import { createWorld, handle, homeWorkspace, type World } from '../../src/lib/mock-api/index.ts';
import type { ApiRequest } from '../../src/lib/http/index.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import {
	pinnedNow,
	sampleRequest,
	seededRandom,
	testClock,
	testWorld,
} from '../support/mock-world.ts';
import { loadProfile } from '../support/profiles.ts';

describe('handle', () => {
	test('refuses a URL that is not absolute with 400 malformed-request, and keeps the world', async () => {
		const { world } = testWorld('example-api');
		const { response, world: next } = await handle(
			{ method: 'GET', url: '/v1/users/me', headers: [] },
			world,
		);
		expect([response.status, response.errorCode]).toEqual([400, 'malformed-request']);
		expect(response.explanation).toBe('The request URL is not an absolute URL.');
		expect(next).toBe(world);
	});

	test.each([
		['the token endpoint', (world: World) => world.profile.oauth!.tokenEndpoint],
		['a path outside the API', () => 'https://elsewhere.example.org/x'],
		['the sample endpoint', (world: World) => sampleRequest(world, []).url],
	])('refuses JSON that does not parse at %s before routing it', async (_name, url) => {
		const { world } = testWorld('example-api');
		const request: ApiRequest = {
			method: 'POST',
			url: url(world),
			headers: [['Content-Type', 'application/json']],
			body: { kind: 'json', text: '{"a":' },
		};
		const { response, world: next } = await handle(request, world);
		expect([response.status, response.errorCode]).toEqual([400, 'malformed-json']);
		expect(next).toBe(world);
	});

	test('lets JSON that parses through to the route', async () => {
		const { world } = testWorld('example-api');
		const request: ApiRequest = {
			...sampleRequest(world, [['Authorization', `Bearer ${world.profile.exampleKey}`]]),
			body: { kind: 'json', text: '{"a":1}' },
		};
		expect((await handle(request, world)).response.status).toBe(200);
	});
});

describe('a fresh world', () => {
	test('takes the home workspace, the default tier, consent, the demo clients and an empty OAuth store', () => {
		const { world } = testWorld('example-api');
		expect(world).toMatchObject({
			workspace: homeWorkspace,
			tier: null,
			consent: 'approve',
			deviceInterval: 5,
			oauth: { codes: [], devices: [], accessTokens: [], refreshTokens: [], grants: 0 },
		});
		expect(world.rate.size).toBe(0);
		expect(world.clients.map((client) => client.clientId)).toEqual([
			'example-api-web-app',
			'example-api-spa',
			'example-api-device',
		]);
		expect(world.keys).toEqual([
			{
				id: 'key_1',
				name: 'Example key',
				value: world.profile.exampleKey,
				createdAt: pinnedNow,
				lastUsedAt: null,
				revokedAt: null,
				replacedBy: null,
				workspaceId: 'ws_home',
				environment: null,
				scopes: null,
			},
		]);
	});

	test('takes the options it is given instead', () => {
		const { world } = testWorld('example-api', {
			workspace: { id: 'ws_x', sandbox: false },
			tier: 'Pro',
			consent: 'deny',
			clients: [],
			deviceInterval: 1,
		});
		expect(world).toMatchObject({
			workspace: { id: 'ws_x', sandbox: false },
			tier: 'Pro',
			consent: 'deny',
			clients: [],
			deviceInterval: 1,
		});
		expect(world.keys[0]!.workspaceId).toBe('ws_x');
	});

	test("polls at the profile's device interval, and every 5 seconds for an API without OAuth", () => {
		const example = loadProfile('example-api');
		const slower: Profile = { ...example, oauth: { ...example.oauth!, devicePollInterval: 9 } };
		const options = { clock: testClock().read, random: seededRandom() };
		expect(createWorld(slower, options).deviceInterval).toBe(9);
		expect(createWorld(loadProfile('lemlist'), options).deviceInterval).toBe(5);
		expect(createWorld(loadProfile('lemlist'), options).clients).toEqual([]);
	});

	test('reads the clock once, for the time the example key was created', () => {
		let reads = 0;
		const clock = () => {
			reads++;
			return pinnedNow + 5;
		};
		const world = createWorld(loadProfile('lemlist'), { clock, random: seededRandom() });
		expect([reads, world.keys[0]!.createdAt, world.clock]).toEqual([1, pinnedNow + 5, clock]);
	});
});
