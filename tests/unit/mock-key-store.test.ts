import { describe, expect, test } from 'vitest';
import {
	createApiKey,
	handle,
	listApiKeys,
	renameApiKey,
	revealApiKey,
	revokeApiKey,
	rotateApiKey,
	type World,
} from '../../src/lib/mock-api/index.ts';
import { maskKey } from '../../src/lib/mock-api/key-format.ts';
import { authorizationFor, pinnedNow, sampleRequest, testWorld } from '../support/mock-world.ts';

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result as Extract<T, { ok: true }>;
}

async function status(world: World, key: string): Promise<[number, string | undefined, World]> {
	const { response, world: next } = await handle(
		sampleRequest(world, [['Authorization', authorizationFor(world, key)]]),
		world,
	);
	return [response.status, response.errorCode, next];
}

describe('a fresh world', () => {
	test.each(['lemlist', 'leadconduit', 'leadterra', 'example-api'])(
		'of %s holds one active key: the profile example key',
		(id) => {
			const { world } = testWorld(id);
			expect(listApiKeys(world)).toEqual([
				{
					id: 'key_1',
					name: 'Example key',
					masked: maskKey(world.profile, world.profile.exampleKey),
					createdAt: pinnedNow,
					lastUsedAt: null,
					status: 'active',
					revokedAt: null,
					environment: id === 'leadterra' ? 'test' : null,
					workspaceId: 'ws_home',
					scopes: null,
				},
			]);
		},
	);
});

describe('creating a key', () => {
	test.each([
		['lemlist', /^[0-9a-f]{32}$/],
		['leadconduit', /^[0-9]{10}$/],
		['leadterra', /^sk_test_[A-Za-z0-9]{22}$/],
		['example-api', /^ex_live_[A-Za-z0-9]{16}$/],
	])('on %s gives a value shaped like the API keys, once', (id, shape) => {
		const { world } = testWorld(id);
		const created = ok(createApiKey(world, { name: '  Zapier automation ' }));
		expect(created.key.value).toMatch(shape);
		const listed = listApiKeys(created.world)[0]!;
		expect(listed).toMatchObject({
			id: 'key_2',
			name: 'Zapier automation',
			status: 'active',
			lastUsedAt: null,
		});
		expect(JSON.stringify(listApiKeys(created.world))).not.toContain(created.key.value);
	});

	test('in the live environment on Leadterra uses the sk_live_ prefix', () => {
		const { world } = testWorld('leadterra');
		expect(
			ok(createApiKey(world, { name: 'production-agent', environment: 'live' })).key.value,
		).toMatch(/^sk_live_/);
	});

	test.each([
		['an empty name', '   ', 'invalid-key-name'],
		['a name of 65 characters', 'x'.repeat(65), 'invalid-key-name'],
		['a name with a line break', 'Clay\nIntegration', 'invalid-key-name'],
	])('refuses %s', (_name, name, code) => {
		const { world } = testWorld('lemlist');
		expect(createApiKey(world, { name })).toMatchObject({ ok: false, code });
	});
});

describe('the key list', () => {
	test.each([
		['lemlist', '0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e', '0f7c…1c8e'],
		['leadconduit', '1234567890', '12…90'],
		['leadterra', 'sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6', 'sk_test_…4Nb6'],
		['example-api', 'ex_live_7Hq2Lm9Rt4Vw8Zb3', 'ex_live_…8Zb3'],
	])(
		'shows a %s key as its public prefix (or a few first characters) … its last characters, never more than 4',
		(id, value, masked) => {
			expect(maskKey(testWorld(id).world.profile, value)).toBe(masked);
		},
	);

	test('lists newest first with the time each key was last used', async () => {
		let { world, clock } = testWorld('lemlist');
		const second = ok(createApiKey(world, { name: 'Clay integration' }));
		world = second.world;
		clock.now += 60_000;
		[, , world] = await status(world, second.key.value);
		expect(listApiKeys(world).map((key) => [key.name, key.lastUsedAt])).toEqual([
			['Clay integration', pinnedNow + 60_000],
			['Example key', null],
		]);
	});

	test('does not mark a key used by a request that failed before authentication', async () => {
		const { world } = testWorld('lemlist');
		const [code, , after] = await status(world, 'not-a-key');
		expect(code).toBe(401);
		expect(listApiKeys(after)[0]!.lastUsedAt).toBeNull();
	});
});

describe('renaming, revoking and rotating', () => {
	test('renames a key without changing its value', async () => {
		const { world } = testWorld('leadterra');
		const renamed = ok(renameApiKey(world, 'key_1', 'ci-pipeline'));
		expect(listApiKeys(renamed.world)[0]!.name).toBe('ci-pipeline');
		expect((await status(renamed.world, renamed.world.profile.exampleKey))[0]).toBe(200);
	});

	test('refuses to rename or revoke a key that does not exist', () => {
		const { world } = testWorld('leadterra');
		expect(renameApiKey(world, 'key_9', 'x')).toMatchObject({ ok: false, code: 'unknown-key' });
		expect(revokeApiKey(world, 'key_9')).toMatchObject({ ok: false, code: 'unknown-key' });
	});

	test('revokes a key at once: the next request gets 401 revoked-api-key and the list says revoked', async () => {
		const { world } = testWorld('lemlist');
		const revoked = ok(revokeApiKey(world, 'key_1'));
		expect((await status(revoked.world, world.profile.exampleKey)).slice(0, 2)).toEqual([
			401,
			'revoked-api-key',
		]);
		expect(listApiKeys(revoked.world)[0]).toMatchObject({
			status: 'revoked',
			revokedAt: pinnedNow,
		});
		expect(revokeApiKey(revoked.world, 'key_1')).toMatchObject({ ok: false, code: 'key-revoked' });
	});

	test('rotates with no overlap: the new key works and the old one is revoked now', async () => {
		const { world } = testWorld('leadconduit');
		const rotated = ok(rotateApiKey(world, 'key_1', 0));
		expect(rotated.key.value).not.toBe(world.profile.exampleKey);
		expect((await status(rotated.world, rotated.key.value))[0]).toBe(200);
		expect((await status(rotated.world, world.profile.exampleKey)).slice(0, 2)).toEqual([
			401,
			'revoked-api-key',
		]);
		expect(listApiKeys(rotated.world).map((key) => [key.id, key.name, key.status])).toEqual([
			['key_2', 'Example key', 'active'],
			['key_1', 'Example key (replaced)', 'revoked'],
		]);
	});

	test('rotates with an overlap: both keys work until it ends, then only the new one', async () => {
		const { world, clock } = testWorld('example-api');
		const rotated = ok(rotateApiKey(world, 'key_1', 3600));
		expect(listApiKeys(rotated.world)[1]).toMatchObject({
			id: 'key_1',
			status: 'expiring',
			revokedAt: pinnedNow + 3_600_000,
		});
		clock.now += 3_599_000;
		expect((await status(rotated.world, world.profile.exampleKey))[0]).toBe(200);
		clock.now += 1000;
		expect((await status(rotated.world, world.profile.exampleKey)).slice(0, 2)).toEqual([
			401,
			'revoked-api-key',
		]);
		expect((await status(rotated.world, rotated.key.value))[0]).toBe(200);
	});

	test('keeps environment, workspace and scopes across a rotation', () => {
		const { world } = testWorld('leadterra');
		const live = ok(
			createApiKey(world, { name: 'production-agent', environment: 'live', scopes: ['send'] }),
		);
		const rotated = ok(rotateApiKey(live.world, live.key.id, 0));
		expect(rotated.key.value).toMatch(/^sk_live_/);
		expect(listApiKeys(rotated.world)[0]).toMatchObject({
			environment: 'live',
			scopes: ['send'],
			workspaceId: 'ws_home',
		});
	});

	test.each([-1, 1.5, Number.NaN])('refuses an overlap of %s seconds', (overlap) => {
		const { world } = testWorld('example-api');
		expect(rotateApiKey(world, 'key_1', overlap)).toMatchObject({
			ok: false,
			code: 'invalid-overlap',
		});
	});

	test('leaves the world it was given unchanged', () => {
		const { world } = testWorld('example-api');
		const before = JSON.stringify(world.keys);
		ok(rotateApiKey(world, 'key_1', 0));
		ok(createApiKey(world, { name: 'x' }));
		expect(JSON.stringify(world.keys)).toBe(before);
	});
});

describe('key names', () => {
	test.each([
		['the same name', 'Example key'],
		['the same name in other case, with spaces', '  example KEY '],
	])('refuses a new key with %s as an existing one', (_case, name) => {
		const { world } = testWorld('lemlist');
		expect(createApiKey(world, { name })).toMatchObject({
			ok: false,
			code: 'invalid-key-name',
			message: 'Another key is already called “Example key”: give each key a name of its own.',
		});
	});

	test('refuses renaming a key to another key’s name, and accepts its own name', () => {
		const { world } = testWorld('lemlist');
		const second = ok(createApiKey(world, { name: 'Clay' }));
		expect(renameApiKey(second.world, second.key.id, 'Example key')).toMatchObject({ ok: false });
		expect(renameApiKey(second.world, second.key.id, 'clay')).toMatchObject({ ok: true });
	});

	test('gives every key a distinct name across repeated rotations', () => {
		let { world } = testWorld('example-api');
		let id = 'key_1';
		for (let round = 0; round < 3; round++) {
			const rotated = ok(rotateApiKey(world, id, 3600));
			world = rotated.world;
			id = rotated.key.id;
		}
		expect(listApiKeys(world).map((key) => key.name)).toEqual([
			'Example key',
			'Example key (replaced 3)',
			'Example key (replaced 2)',
			'Example key (replaced)',
		]);
	});
});

describe('showing a key again', () => {
	test.each([
		['example-api', true],
		['leadconduit', true],
		['lemlist', false],
		['leadterra', false],
	])('on %s is possible: %s, as its profile’s keyShownOnce says', (id, possible) => {
		const { world } = testWorld(id);
		const result = revealApiKey(world, 'key_1');
		expect(world.profile.keyShownOnce).toBe(!possible);
		expect(result).toMatchObject(
			possible
				? { ok: true, value: world.profile.exampleKey }
				: { ok: false, code: 'key-shown-once' },
		);
	});

	test('is refused for a revoked key', () => {
		const { world } = testWorld('example-api');
		const revoked = ok(revokeApiKey(world, 'key_1'));
		expect(revealApiKey(revoked.world, 'key_1')).toMatchObject({ ok: false, code: 'key-revoked' });
	});
});
