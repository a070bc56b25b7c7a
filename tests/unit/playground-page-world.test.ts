import { describe, expect, test } from 'vitest';
import { buildProfileRequest } from '../../src/lib/auth/index.ts';
import { listApiKeys, revokeApiKey } from '../../src/lib/mock-api/index.ts';
import { pageWorld, pageWorlds } from '../../src/components/kit/page-world.ts';
import { loadProfile } from '../support/profiles.ts';

function exampleRequest(id: string) {
	const profile = loadProfile(id);
	const built = buildProfileRequest(profile, { key: profile.exampleKey });
	if (!built.ok) throw new Error('example key refused');
	return { profile, request: built.request };
}

describe('the page world', () => {
	test('is one world per API, shared by every caller on the page', async () => {
		const { profile } = exampleRequest('leadterra');
		const [first, second] = await Promise.all([pageWorld(profile), pageWorld(profile)]);
		expect(first).toBe(second);
		expect(await pageWorld(loadProfile('lemlist'))).not.toBe(first);
	});

	test('answers the example key with 200 and announces the world each answer leaves', async () => {
		const { profile, request } = exampleRequest('lemlist');
		const world = await pageWorld(profile);
		const before = world.world;
		const seen: unknown[] = [];
		pageWorlds.addEventListener('change', () => seen.push(world.world));
		const response = await world.send(request);
		expect(response.status).toBe(200);
		expect(seen).toHaveLength(1);
		expect(seen[0]).toBe(world.world);
		expect(world.world).not.toBe(before);
	});

	test('gives 401 to a key revoked through it, as the key manager does', async () => {
		const { profile, request } = exampleRequest('example-api');
		const world = await pageWorld(profile);
		expect((await world.send(request)).status).toBe(200);
		const key = listApiKeys(world.world).find((entry) => entry.name === 'Example key');
		if (!key) throw new Error('no example key in a fresh world');
		const revoked = revokeApiKey(world.world, key.id);
		if (!revoked.ok) throw new Error(revoked.message);
		let changed = false;
		pageWorlds.addEventListener('change', () => (changed = true), { once: true });
		world.replace(revoked.world);
		expect(changed).toBe(true);
		const response = await world.send(request);
		expect([response.status, response.errorCode]).toEqual([401, 'revoked-api-key']);
	});
});
