// The key store's edges: a random value that repeats one already in use, a name at the length
// limit, a rotation of a key that is already expiring, and the refusals each operation gives for
// an unknown or revoked key.
import { describe, expect, test } from 'vitest';
import {
	createApiKey,
	listApiKeys,
	renameApiKey,
	revealApiKey,
	revokeApiKey,
	rotateApiKey,
} from '../../src/lib/mock-api/index.ts';
import { pinnedNow, seededRandom, testWorld } from '../support/mock-world.ts';

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result as Extract<T, { ok: true }>;
}

describe('a new key', () => {
	test('never repeats the value of a key in the store, even when the random source does', () => {
		const { world } = testWorld('lemlist', { random: seededRandom(5) });
		const first = ok(createApiKey(world, { name: 'First' }));
		// The same random sequence again: its first draw is the value the store already holds.
		const replayed = { ...first.world, random: seededRandom(5) };
		const second = ok(createApiKey(replayed, { name: 'Second' }));
		expect(second.key.value).not.toBe(first.key.value);
		expect(second.key.value).toMatch(/^[0-9a-f]{32}$/);
	});

	test.each([
		['64 characters', 'x'.repeat(64), true],
		['64 characters and spaces around them', ` ${'x'.repeat(64)} `, true],
		['a tab inside', 'Clay\tIntegration', false],
		['a delete character inside', 'Clay\u007f', false],
		['a non-breaking space inside', 'Clay\u00a0Integration', true],
	])('may be named with %s: %s', (_name, name, accepted) => {
		const { world } = testWorld('lemlist');
		expect(createApiKey(world, { name }).ok).toBe(accepted);
	});

	test('is refused an empty name before the name of another key is compared', () => {
		const { world } = testWorld('lemlist');
		expect(createApiKey(world, { name: ' ' })).toMatchObject({
			ok: false,
			message: 'Give the key a name that says where it is used, such as "Zapier automation".',
		});
	});

	test('takes the workspace, environment and scopes asked for', () => {
		const { world } = testWorld('leadterra');
		const created = ok(
			createApiKey(world, {
				name: 'Partner',
				workspaceId: 'ws_partner',
				environment: 'live',
				scopes: ['send'],
			}),
		);
		expect(created.world.keys[1]).toMatchObject({
			id: 'key_2',
			workspaceId: 'ws_partner',
			environment: 'live',
			scopes: ['send'],
			createdAt: pinnedNow,
			lastUsedAt: null,
			revokedAt: null,
			replacedBy: null,
		});
	});
});

describe('rotating', () => {
	test('a key already expiring keeps its earlier end, and points to its replacement', () => {
		const { world, clock } = testWorld('example-api');
		const first = ok(rotateApiKey(world, 'key_1', 3600));
		clock.now += 60_000;
		// key_2 is rotated with a longer overlap than key_1 still has: key_1 is untouched.
		const again = ok(rotateApiKey(first.world, 'key_2', 7200));
		expect(again.world.keys.map((key) => [key.id, key.revokedAt, key.replacedBy])).toEqual([
			['key_1', pinnedNow + 3_600_000, 'key_2'],
			['key_2', pinnedNow + 60_000 + 7_200_000, 'key_3'],
			['key_3', null, null],
		]);
		// Rotating key_1 again, during its overlap, with a longer overlap keeps its earlier end.
		const third = ok(rotateApiKey(again.world, 'key_1', 999_999));
		expect(third.world.keys[0]).toMatchObject({
			revokedAt: pinnedNow + 3_600_000,
			replacedBy: 'key_4',
		});
		// With a shorter one it ends sooner.
		const fourth = ok(rotateApiKey(again.world, 'key_1', 10));
		expect(fourth.world.keys[0]!.revokedAt).toBe(pinnedNow + 60_000 + 10_000);
	});

	test.each([
		['an unknown key', 'key_9', 'unknown-key'],
		['a revoked key', 'key_1', 'key-revoked'],
	])('%s is refused', (_name, id, code) => {
		const { world } = testWorld('example-api');
		const revoked = ok(revokeApiKey(world, 'key_1'));
		expect(rotateApiKey(revoked.world, id, 0)).toMatchObject({ ok: false, code });
	});

	test('accepts an overlap of 0 and of a whole number of seconds', () => {
		const { world } = testWorld('example-api');
		expect(rotateApiKey(world, 'key_1', 0).ok).toBe(true);
		expect(rotateApiKey(world, 'key_1', 1).ok).toBe(true);
	});
});

describe('revoking, renaming and showing', () => {
	test('a key during its rotation overlap revokes it now', () => {
		const { world } = testWorld('example-api');
		const rotated = ok(rotateApiKey(world, 'key_1', 3600));
		const revoked = ok(revokeApiKey(rotated.world, 'key_1'));
		expect(listApiKeys(revoked.world)[1]).toMatchObject({
			id: 'key_1',
			status: 'revoked',
			revokedAt: pinnedNow,
		});
	});

	test('a revoked key may be renamed, to annotate it', () => {
		const { world } = testWorld('example-api');
		const revoked = ok(revokeApiKey(world, 'key_1'));
		const renamed = ok(renameApiKey(revoked.world, 'key_1', ' Leaked on 2 March '));
		expect(renamed.world.keys[0]).toMatchObject({
			name: 'Leaked on 2 March',
			revokedAt: pinnedNow,
		});
	});

	test('refuses a name taken by another key when renaming', () => {
		const { world } = testWorld('example-api');
		const second = ok(createApiKey(world, { name: 'Clay' }));
		expect(renameApiKey(second.world, 'key_1', ' CLAY ')).toMatchObject({
			ok: false,
			code: 'invalid-key-name',
		});
	});

	test('an unknown key cannot be shown', () => {
		const { world } = testWorld('example-api');
		expect(revealApiKey(world, 'key_9')).toMatchObject({ ok: false, code: 'unknown-key' });
	});

	test('a key whose overlap has not ended can still be shown, and then not', () => {
		const { world, clock } = testWorld('example-api');
		const rotated = ok(rotateApiKey(world, 'key_1', 60));
		expect(revealApiKey(rotated.world, 'key_1')).toMatchObject({
			ok: true,
			value: world.profile.exampleKey,
		});
		clock.now += 60_000;
		expect(revealApiKey(rotated.world, 'key_1')).toMatchObject({ ok: false, code: 'key-revoked' });
	});
});

describe('the messages of the key store', () => {
	test('name the unknown id, and the API that shows a key only once', () => {
		const { world } = testWorld('lemlist');
		expect(revokeApiKey(world, 'key_9')).toMatchObject({
			message: 'There is no key with id key_9.',
		});
		expect(revealApiKey(world, 'key_1')).toMatchObject({
			message: 'lemlist shows a key only once, when it is created; create a new key instead.',
		});
	});

	test('keep the environment when a random live value repeats one in use', () => {
		const { world } = testWorld('leadterra', { random: seededRandom(9) });
		const first = ok(createApiKey(world, { name: 'First', environment: 'live' }));
		const replayed = { ...first.world, random: seededRandom(9) };
		const second = ok(createApiKey(replayed, { name: 'Second', environment: 'live' }));
		expect(second.key.value).not.toBe(first.key.value);
		expect(second.key.value).toMatch(/^sk_live_/);
	});
});
