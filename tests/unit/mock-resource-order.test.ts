// The resource server's middleware order (authentication, rate limit, routing, permission) seen
// from the rate-limit fields: every answer after authentication carries them, a request refused
// before it does not, and each refused request still counts against the limit.
import { describe, expect, test } from 'vitest';
import {
	createApiKey,
	handle,
	otherWorkspaceId,
	type World,
} from '../../src/lib/mock-api/index.ts';
import type { ApiRequest } from '../../src/lib/http/index.ts';
import { field, sampleRequest, testWorld } from '../support/mock-world.ts';

function keyed(world: World, options: Parameters<typeof createApiKey>[1]) {
	const created = createApiKey(world, options);
	if (!created.ok) throw new Error(created.message);
	return { world: created.world, key: created.key.value };
}

const bearer = (world: World, key: string, change: Partial<ApiRequest> = {}): ApiRequest => ({
	...sampleRequest(world, [['Authorization', `Bearer ${key}`]]),
	...change,
});

describe('after authentication, the Example API', () => {
	test.each([
		[
			'a 404',
			(world: World) => ({
				world,
				request: bearer(world, world.profile.exampleKey, {
					url: `${world.profile.baseUrl}/nothing`,
				}),
			}),
			404,
		],
		[
			'a 405',
			(world: World) => ({
				world,
				request: bearer(world, world.profile.exampleKey, { method: 'PUT' }),
			}),
			405,
		],
		[
			'a 403 for a missing scope',
			(world: World) => {
				const writer = keyed(world, { name: 'Writer', scopes: ['write'] });
				return { world: writer.world, request: bearer(writer.world, writer.key) };
			},
			403,
		],
		[
			'a 403 for another workspace',
			(world: World) => {
				const other = keyed(world, { name: 'Other', workspaceId: otherWorkspaceId });
				return { world: other.world, request: bearer(other.world, other.key) };
			},
			403,
		],
	] as const)(
		'sends %s with the rate-limit fields, and counts it',
		async (_name, setup, status) => {
			const { world, request } = setup(testWorld('example-api').world);
			const { response, world: next } = await handle(request, world);
			expect(response.status).toBe(status);
			expect(field(response.headers, 'X-RateLimit-Remaining')).toBe('999');
			expect(field(response.headers, 'RateLimit-Policy')).toBe(
				'"free";q=1000;w=3600, "free-burst";q=50;w=180',
			);
			expect(next.rate.size).toBe(1);
		},
	);

	test('names Allow before the rate-limit fields on a 405', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(
			bearer(world, world.profile.exampleKey, { method: 'PUT' }),
			world,
		);
		const names = response.headers.map(([name]) => name);
		expect(names.indexOf('Allow')).toBeGreaterThan(-1);
		expect(names.indexOf('Allow')).toBeLessThan(names.indexOf('X-RateLimit-Limit'));
	});

	test('says which policy ran out beside a 429', async () => {
		let { world } = testWorld('example-api');
		const request = bearer(world, world.profile.exampleKey);
		for (let i = 0; i < 50; i++) world = (await handle(request, world)).world;
		const { response, world: after } = await handle(request, world);
		expect(response.explanation).toBe('The "free-burst" policy ran out (see RateLimit).');
		expect(after.rate).not.toBe(world.rate);
	});

	test('lets a key with every scope (null) and one with the needed scope through', async () => {
		const { world } = testWorld('example-api');
		const reader = keyed(world, { name: 'Reader', scopes: ['write', 'read'] });
		expect((await handle(bearer(reader.world, reader.key), reader.world)).response.status).toBe(
			200,
		);
		const all = keyed(world, { name: 'All', scopes: null });
		expect((await handle(bearer(all.world, all.key), all.world)).response.status).toBe(200);
	});

	test('checks no scope on an endpoint that needs none', async () => {
		const { world } = testWorld('example-api');
		const open: World = {
			...world,
			profile: {
				...world.profile,
				sampleEndpoint: { ...world.profile.sampleEndpoint, scope: undefined },
			},
		};
		const writer = keyed(open, { name: 'Writer', scopes: ['write'] });
		expect((await handle(bearer(writer.world, writer.key), writer.world)).response.status).toBe(
			200,
		);
	});
});

describe('an API without a rate limit', () => {
	test('sends no rate-limit fields and keeps no rate state', async () => {
		const { world } = testWorld('lemlist');
		const { response, world: next } = await handle(
			sampleRequest(world, [
				[
					'Authorization',
					`Basic ${Buffer.from(`:${world.profile.exampleKey}`).toString('base64')}`,
				],
			]),
			world,
		);
		expect(response.status).toBe(200);
		expect(response.headers.map(([name]) => name)).toEqual([
			'Date',
			'Content-Type',
			'Content-Length',
		]);
		expect(next.rate.size).toBe(0);
	});
});

describe('the explanation beside', () => {
	test.each([
		[
			'a 404',
			{ url: 'https://api.example.com/v1/nothing' },
			'Example API has no endpoint at /nothing; the simulator serves GET /users/me.',
		],
		['a 405', { method: 'PUT' as const }, '/users/me takes GET only.'],
	])('%s names what the simulator serves', async (_name, change, explanation) => {
		const { world } = testWorld('example-api');
		const { response } = await handle(bearer(world, world.profile.exampleKey, change), world);
		expect(response.explanation).toBe(explanation);
	});

	test('a 403 for a missing scope names the scope, and one for another workspace has none', async () => {
		const { world } = testWorld('example-api');
		const writer = keyed(world, { name: 'Writer', scopes: ['write'] });
		const scoped = await handle(bearer(writer.world, writer.key), writer.world);
		expect(scoped.response.explanation).toBe('This request needs the read scope.');
		const other = keyed(world, { name: 'Other', workspaceId: otherWorkspaceId });
		const elsewhere = await handle(bearer(other.world, other.key), other.world);
		expect(elsewhere.response.explanation).toBeUndefined();
	});
});
