// Rate-limit tiers beyond the default one: a tier without an hourly ceiling (Enterprise: a burst
// bucket refilled once a minute, reported in X-RateLimit itself), an unknown tier name, and tier
// names that must be made into sf-strings (draft-ietf-httpapi-ratelimit-headers). Expected header
// values are worked out by hand in the comments.
import { describe, expect, test } from 'vitest';
import {
	activeTier,
	drawRequest,
	exhaustedRate,
	policyNames,
} from '../../src/lib/mock-api/rate-limit.ts';
import { pinnedNow } from '../support/mock-world.ts';
import { loadProfile } from '../support/profiles.ts';

const rateLimit = loadProfile('example-api').rateLimit!;
const second = pinnedNow / 1000;

describe('the Enterprise tier, without an hourly ceiling', () => {
	test('reports its burst bucket in X-RateLimit and names one policy', () => {
		// 1,000 tokens refilled over 60 s: one token is back 60 ms after it is taken.
		const outcome = drawRequest(rateLimit, 'Enterprise', new Map(), 'k', pinnedNow);
		expect(outcome).toMatchObject({ allowed: true, retryAfter: null, exhausted: [] });
		expect(outcome.headers).toEqual([
			['X-RateLimit-Limit', '1000'],
			['X-RateLimit-Remaining', '999'],
			['X-RateLimit-Reset', String(second + 1)],
			['RateLimit-Policy', '"enterprise";q=1000;w=60'],
			['RateLimit', '"enterprise";r=999;t=1'],
		]);
		expect(outcome.state.get('k')).toEqual({
			bucket: { level: 999 * 60_000, at: pinnedNow },
			span: null,
		});
	});

	test.each(['burst', 'quota'] as const)(
		'once its burst is spent (asked as %s), refuses the next request for one token time',
		(policy) => {
			const state = new Map([['k', exhaustedRate(rateLimit, 'Enterprise', policy, pinnedNow)]]);
			const refused = drawRequest(rateLimit, 'Enterprise', state, 'k', pinnedNow + 30);
			expect(refused).toMatchObject({
				allowed: false,
				retryAfter: 1,
				exhausted: ['"enterprise"'],
			});
			expect(refused.headers[0]).toEqual(['Retry-After', '1']);
			// The refusal took nothing: 60 ms after the bucket emptied, one request passes.
			expect(drawRequest(rateLimit, 'Enterprise', refused.state, 'k', pinnedNow + 60).allowed).toBe(
				true,
			);
		},
	);
});

describe('an exhausted Free tier', () => {
	test('with its burst spent has counted that burst against the hour, which is otherwise open', () => {
		const rate = exhaustedRate(rateLimit, null, 'burst', pinnedNow + 437);
		expect(rate).toEqual({
			bucket: { level: 0, at: pinnedNow },
			span: { start: pinnedNow, used: 50 },
		});
		const refused = drawRequest(rateLimit, null, new Map([['k', rate]]), 'k', pinnedNow + 437);
		expect(refused.exhausted).toEqual(['"free-burst"']);
		// 3.6 s per token from the whole second: allowed again 4 s after that second.
		expect(refused.retryAfter).toBe(4);
		expect(refused.headers).toContainEqual(['X-RateLimit-Remaining', '950']);
	});

	test('with its hour spent has a full bucket, and only the hourly policy runs out', () => {
		const rate = exhaustedRate(rateLimit, null, 'quota', pinnedNow + 437);
		expect(rate).toEqual({
			bucket: { level: 50 * 3_600_000, at: pinnedNow },
			span: { start: pinnedNow, used: 1000 },
		});
		const refused = drawRequest(rateLimit, null, new Map([['k', rate]]), 'k', pinnedNow + 437);
		expect(refused.exhausted).toEqual(['"free"']);
		// The bucket gave up no token for a request the quota refused: all 50 remain.
		expect(refused.headers).toContainEqual(['RateLimit', '"free";r=0;t=3600']);
		expect(refused.state.get('k')).toEqual(rate);
	});

	test('with both spent names both policies and waits for the later one', () => {
		const state = new Map([
			['k', { bucket: { level: 0, at: pinnedNow }, span: { start: pinnedNow, used: 1000 } }],
		]);
		const refused = drawRequest(rateLimit, null, state, 'k', pinnedNow);
		expect(refused.exhausted).toEqual(['"free"', '"free-burst"']);
		expect(refused.retryAfter).toBe(3600);
		expect(refused.headers).toContainEqual([
			'RateLimit',
			'"free";r=0;t=3600, "free-burst";r=0;t=180',
		]);
	});

	test('opens a new hour from the Date second once the old one is over', () => {
		const state = new Map([
			[
				'k',
				{
					bucket: { level: 50 * 3_600_000, at: pinnedNow },
					span: { start: pinnedNow, used: 1000 },
				},
			],
		]);
		expect(drawRequest(rateLimit, null, state, 'k', pinnedNow + 3_599_999).allowed).toBe(false);
		const renewed = drawRequest(rateLimit, null, state, 'k', pinnedNow + 3_600_250);
		expect(renewed.allowed).toBe(true);
		expect(renewed.state.get('k')!.span).toEqual({ start: pinnedNow + 3_600_000, used: 1 });
		expect(renewed.headers).toContainEqual(['X-RateLimit-Remaining', '999']);
	});
});

describe('a tier', () => {
	test.each([
		['Pro', 'Pro'],
		[null, 'Free'],
		['Platinum', 'Free'],
		['pro', 'Free'],
	])('asked as %j is %s', (name, expected) => {
		expect(activeTier(rateLimit, name).name).toBe(expected);
	});

	test.each([
		[{ name: 'Pro', requestsPerHour: 10, burst: 2 }, '"pro"', '"pro-burst"'],
		[{ name: 'Gold "VIP"\\', requestsPerHour: 10, burst: 2 }, '"gold vip"', '"gold vip-burst"'],
		[{ name: 'Unlimited', requestsPerHour: null, burst: 2 }, '"unlimited"', '"unlimited"'],
	])('%o has the policy names %s and %s', (tier, quota, burst) => {
		expect(policyNames(tier)).toEqual({ quota, burst });
	});
});
