import { describe, expect, test } from 'vitest';
import {
	createApiKey,
	listApiKeys,
	revokeApiKey,
	rotateApiKey,
} from '../../src/lib/mock-api/index.ts';
import {
	isUsable,
	lastUsedText,
	maxOverlapMinutes,
	overlapSeconds,
	revokeWarning,
	rowActions,
	statusText,
} from '../../src/lib/flows/key-rows.ts';
import { pinnedNow, testWorld } from '../support/mock-world.ts';

const iso = (at: number) => new Date(at).toISOString().slice(11, 19);

describe('a key row in words', () => {
	test('a new key is active and never used', () => {
		const { world } = testWorld('example-api');
		const created = createApiKey(world, { name: 'CI deploy' });
		if (!created.ok) throw new Error(created.message);
		const row = listApiKeys(created.world)[0]!;
		expect([row.name, statusText(row, iso), lastUsedText(row, iso), isUsable(row)]).toEqual([
			'CI deploy',
			'Active',
			'never',
			true,
		]);
	});

	test('a key rotated with an overlap works until the overlap ends, then reads as revoked', () => {
		const { world, clock } = testWorld('example-api');
		const rotated = rotateApiKey(world, 'key_1', 3600);
		if (!rotated.ok) throw new Error(rotated.message);
		const old = listApiKeys(rotated.world).find((row) => row.id === 'key_1')!;
		expect(statusText(old, iso)).toBe('Works until 11:00:00, then revoked');
		expect(isUsable(old)).toBe(true);
		clock.now = pinnedNow + 3600_000;
		const later = listApiKeys(rotated.world).find((row) => row.id === 'key_1')!;
		expect(statusText(later, iso)).toBe('Revoked at 11:00:00');
		expect(isUsable(later)).toBe(false);
	});

	test('a revoked key says when', () => {
		const { world } = testWorld('example-api');
		const revoked = revokeApiKey(world, 'key_1');
		if (!revoked.ok) throw new Error(revoked.message);
		expect(statusText(listApiKeys(revoked.world)[0]!, iso)).toBe('Revoked at 10:00:00');
	});

	test('last used is the time of the last authenticated request', () => {
		expect(lastUsedText({ lastUsedAt: pinnedNow + 5000 }, iso)).toBe('10:00:05');
	});
});

describe("a key row's buttons", () => {
	test.each([
		['active', true, ['rename', 'show', 'rotate', 'revoke']],
		['active', false, ['rename', 'rotate', 'revoke']],
		['expiring', true, ['rename', 'show', 'rotate', 'revoke']],
		['revoked', true, ['rename']],
		['revoked', false, ['rename']],
	] as const)(
		'a key that is %s, where keys are shown again: %s, has %j',
		(status, showAgain, actions) => {
			expect(rowActions({ status }, showAgain).map(({ action }) => action)).toEqual(actions);
		},
	);

	test('each button is labelled with a capitalised verb', () => {
		expect(rowActions({ status: 'active' }, true).map(({ label }) => label)).toEqual([
			'Rename',
			'Show',
			'Rotate',
			'Revoke',
		]);
	});
});

describe('the overlap of a rotation', () => {
	test.each([
		[{ keep: 'none' } as const, 0],
		[{ keep: 'overlap', minutes: '60' } as const, 3600],
		[{ keep: 'overlap', minutes: ' 1 ' } as const, 60],
		[{ keep: 'overlap', minutes: String(maxOverlapMinutes) } as const, maxOverlapMinutes * 60],
	])('%j is %i seconds', (choice, seconds) => {
		expect(overlapSeconds(choice)).toEqual({ ok: true, seconds });
	});

	test.each(['', '0', '-5', '1.5', 'an hour', String(maxOverlapMinutes + 1)])(
		'%j minutes is refused with a reason',
		(minutes) => {
			const result = overlapSeconds({ keep: 'overlap', minutes });
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.message).toMatch(/minutes/);
		},
	);
});

test('the revoke warning names the key and says it gets 401', () => {
	expect(revokeWarning('CI deploy')).toBe(
		'Revoke “CI deploy”? Every request that sends it gets 401 from now on, and it cannot be undone.',
	);
});
