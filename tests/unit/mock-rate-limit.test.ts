import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { handle } from '../../src/lib/mock-api/index.ts';
import {
	drawRequest,
	exhaustedRate,
	tierPolicy,
	type RateState,
} from '../../src/lib/mock-api/rate-limit.ts';
import { take, type BucketPolicy, type BucketState } from '../../src/lib/mock-api/token-bucket.ts';
import { field, pinnedNow, sampleRequest, testWorld } from '../support/mock-world.ts';
import { loadProfile } from '../support/profiles.ts';

const rateLimit = loadProfile('example-api').rateLimit!;

describe('the Example API tiers as token buckets', () => {
	test.each([
		['Free', { capacity: 50, refillPerWindow: 1000, windowMs: 3_600_000 }],
		['Pro', { capacity: 200, refillPerWindow: 10_000, windowMs: 3_600_000 }],
		['Enterprise', { capacity: 1000, refillPerWindow: 1000, windowMs: 60_000 }],
	])('%s has the bucket %o', (name, policy) => {
		expect(tierPolicy(rateLimit.tiers.find((tier) => tier.name === name)!)).toEqual(policy);
	});

	test.each([
		['Free', 50],
		['Pro', 200],
		['Enterprise', 1000],
	])(
		'%s allows exactly its burst of %i requests at one instant, then answers 429',
		async (tier, burst) => {
			let { world } = testWorld('example-api', { tier });
			const request = sampleRequest(world, [
				['Authorization', `Bearer ${world.profile.exampleKey}`],
			]);
			for (let i = 0; i < burst; i++) {
				const answer = await handle(request, world);
				expect(answer.response.status).toBe(200);
				world = answer.world;
			}
			const { response } = await handle(request, world);
			expect([response.status, response.errorCode]).toEqual([429, 'rate-limit-exceeded']);
		},
	);
});

describe('a 429 from the Example API', () => {
	async function exhausted() {
		let { world, clock } = testWorld('example-api');
		const request = sampleRequest(world, [['Authorization', `Bearer ${world.profile.exampleKey}`]]);
		for (let i = 0; i < 50; i++) world = (await handle(request, world)).world;
		clock.now += 1500;
		return { ...(await handle(request, world)), request, clock };
	}

	test('carries Retry-After, the hourly quota in X-RateLimit, both policies, and names the one that ran out', async () => {
		const { response } = await exhausted();
		// Free: one token every 3.6 s. 1.5 s after emptying, the next is 2.1 s away: Retry-After 3
		// counted from the Date second; the bucket is full 50 × 3.6 = 180 s after emptying. The
		// hourly quota has counted 50 of 1,000 and renews an hour after the first request.
		const dateSecond = pinnedNow / 1000 + 1;
		expect(response.headers.slice(3)).toEqual([
			['Cache-Control', 'no-store'],
			['Retry-After', '3'],
			['X-RateLimit-Limit', '1000'],
			['X-RateLimit-Remaining', '950'],
			['X-RateLimit-Reset', String(pinnedNow / 1000 + 3600)],
			['RateLimit-Policy', '"free";q=1000;w=3600, "free-burst";q=50;w=180'],
			['RateLimit', `"free-burst";r=0;t=${pinnedNow / 1000 + 180 - dateSecond}`],
		]);
		expect(field(response.headers, 'Date')).toBe('Mon, 02 Mar 2026 10:00:01 GMT');
	});

	test('fills {retryAfter} in the profile body with the same number of seconds', async () => {
		const { response } = await exhausted();
		expect(response.body).toBe(
			'{"error":"rate_limit_exceeded","message":"Rate limit exceeded. Try again in 3 seconds."}',
		);
		expect(field(response.headers, 'Content-Length')).toBe(
			String(Buffer.byteLength(response.body)),
		);
		expect(field(response.headers, 'WWW-Authenticate')).toBeUndefined();
	});

	test('is followed by a 200 when the client waits exactly Retry-After seconds from Date', async () => {
		const answer = await exhausted();
		answer.clock.now =
			(Math.floor(answer.clock.now / 1000) +
				Number(field(answer.response.headers, 'Retry-After'))) *
			1000;
		const { response } = await handle(answer.request, answer.world);
		expect(response.status).toBe(200);
		expect(field(response.headers, 'X-RateLimit-Remaining')).toBe('949');
		expect(field(response.headers, 'RateLimit')).toMatch(
			/^"free";r=949;t=\d+, "free-burst";r=0;t=\d+$/,
		);
	});

	test('counts each key separately', async () => {
		const { world } = await exhausted();
		const { createApiKey } = await import('../../src/lib/mock-api/index.ts');
		const second = createApiKey(world, { name: 'Second integration' });
		if (!second.ok) throw new Error(second.message);
		const { response } = await handle(
			sampleRequest(second.world, [['Authorization', `Bearer ${second.key.value}`]]),
			second.world,
		);
		expect(field(response.headers, 'X-RateLimit-Remaining')).toBe('999');
	});

	test('is not given to requests that fail authentication, which carry no rate-limit fields', async () => {
		const { world } = await exhausted();
		const { response } = await handle(sampleRequest(world, []), world);
		expect(response.status).toBe(401);
		expect(field(response.headers, 'X-RateLimit-Limit')).toBeUndefined();
	});
});

describe('the X-RateLimit fields', () => {
	test('report the hourly quota as the API docs show it: limit 1000, remaining 999 after one request', async () => {
		const { world } = testWorld('example-api');
		const { response } = await handle(
			sampleRequest(world, [['Authorization', `Bearer ${world.profile.exampleKey}`]]),
			world,
		);
		expect([
			field(response.headers, 'X-RateLimit-Limit'),
			field(response.headers, 'X-RateLimit-Remaining'),
		]).toEqual(['1000', '999']);
		expect(field(response.headers, 'RateLimit-Policy')).toBe(
			'"free";q=1000;w=3600, "free-burst";q=50;w=180',
		);
	});

	test('a used-up hourly quota gets a 429 that names the hourly policy and waits for the new hour', () => {
		const state: RateState = new Map([['k', exhaustedRate(rateLimit, null, 'quota', pinnedNow)]]);
		const outcome = drawRequest(rateLimit, null, state, 'k', pinnedNow + 60_000);
		expect(outcome.exhausted).toEqual(['"free"']);
		expect(outcome.retryAfter).toBe(3540);
		expect(outcome.headers).toContainEqual(['RateLimit', '"free";r=0;t=3540']);
		expect(outcome.headers).toContainEqual(['X-RateLimit-Remaining', '0']);
	});
});

describe('a profile whose reset is delta-seconds', () => {
	test('sends X-RateLimit-Reset as seconds from now, equal to the RateLimit t', () => {
		const config = { ...rateLimit, reset: 'delta-seconds' as const };
		const outcome = drawRequest(config, null, new Map(), 'key_1', pinnedNow + 250);
		const reset = outcome.headers.find(([name]) => name === 'X-RateLimit-Reset')![1];
		expect(reset).toBe('3600');
		expect(outcome.headers.find(([name]) => name === 'RateLimit')![1]).toBe(
			'"free";r=999;t=3600, "free-burst";r=49;t=4',
		);
	});
});

/** Any policy with small numbers, so sequences reach the limit often. */
const policies = fc.record({
	capacity: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 20 })),
	// Divisors of 999 make a token arrive exactly 1 ms before a whole-second boundary.
	refillPerWindow: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(1, 3, 9, 27, 37)),
	windowMs: fc.constantFrom(1000, 60_000, 3_600_000),
});
/** Gaps between requests, mostly short, sometimes long. */
const gaps = fc.array(
	fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 200_000 })),
	{ minLength: 1, maxLength: 120 },
);

/**
 * Gaps that also land just before, on and just after the moments a token arrives, where an
 * off-by-one in the refill would let a request through early.
 */
function gapsAround(policy: BucketPolicy) {
	const step = policy.windowMs / policy.refillPerWindow;
	const nearToken = fc
		.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: -1, max: 1 }))
		.map(([tokens, offset]) => Math.max(0, Math.floor(tokens * step) + offset));
	const gap = fc.oneof(
		{ arbitrary: fc.constant(0), weight: 4 },
		{ arbitrary: nearToken, weight: 3 },
		{ arbitrary: fc.integer({ min: 0, max: 200_000 }), weight: 1 },
	);
	return fc.array(gap, { minLength: 1, maxLength: 120 });
}

function replay(policy: BucketPolicy, delays: number[]) {
	let state: BucketState | undefined;
	let now = 1_700_000_000_000;
	return delays.map((delay) => {
		now += delay;
		const decision = take(policy, state, now);
		state = decision.state;
		return { now, ...decision };
	});
}

describe('the token bucket, over any sequence of requests and times', () => {
	test('never allows more than burst + rate × elapsed in any interval', () => {
		fc.assert(
			fc.property(
				policies.chain((policy) => fc.tuple(fc.constant(policy), gapsAround(policy))),
				([policy, delays]) => {
					const log = replay(policy, delays);
					for (let i = 0; i < log.length; i++) {
						let allowed = 0;
						for (let j = i; j < log.length; j++) {
							if (log[j]!.allowed) allowed++;
							// Exact: allowed ≤ capacity + refill × elapsed / window, multiplied through by window.
							expect(allowed * policy.windowMs).toBeLessThanOrEqual(
								policy.capacity * policy.windowMs +
									policy.refillPerWindow * (log[j]!.now - log[i]!.now),
							);
						}
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	test('never gives a Retry-After earlier than the next allowed request, nor a later one', () => {
		const config = {
			...rateLimit,
			tiers: [{ name: 'Tiny', requestsPerHour: 7, burst: 2 }],
			defaultTier: 'Tiny',
		};
		fc.assert(
			fc.property(gaps, (delays) => {
				let state: RateState = new Map();
				let now = pinnedNow;
				for (const delay of delays) {
					now += delay;
					const outcome = drawRequest(config, null, state, 'k', now);
					if (outcome.retryAfter !== null) {
						const retryAt = (Math.floor(now / 1000) + outcome.retryAfter) * 1000;
						// Retrying at Date + Retry-After succeeds (both the burst and the hourly quota) …
						expect(drawRequest(config, null, outcome.state, 'k', retryAt).allowed).toBe(true);
						// … and one second earlier would still have been refused.
						expect(drawRequest(config, null, outcome.state, 'k', retryAt - 1000).allowed).toBe(
							false,
						);
					}
					state = outcome.state;
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('reports Remaining, Reset and RateLimit consistently with each decision', () => {
		fc.assert(
			fc.property(gaps, (delays) => {
				let state: RateState = new Map();
				let now = pinnedNow;
				for (const delay of delays) {
					now += delay;
					const outcome = drawRequest(rateLimit, null, state, 'k', now);
					const value = (name: string) => outcome.headers.find(([key]) => key === name)?.[1];
					const remaining = Number(value('X-RateLimit-Remaining'));
					const reset = Number(value('X-RateLimit-Reset'));
					expect(remaining).toBeGreaterThanOrEqual(0);
					expect(remaining).toBeLessThanOrEqual(999);
					expect(reset * 1000).toBeGreaterThanOrEqual(now);
					expect(value('Retry-After') === undefined).toBe(outcome.allowed);
					if (outcome.allowed)
						expect(value('RateLimit')).toMatch(
							new RegExp(
								`^"free";r=${remaining};t=${reset - Math.floor(now / 1000)}, "free-burst";r=\\d+;t=\\d+$`,
							),
						);
					// A 429 names only the policies that ran out, each with nothing remaining.
					else
						expect(
							value('RateLimit')!
								.split(', ')
								.every((policy) => /;r=0;/.test(policy)),
						).toBe(true);
					state = outcome.state;
				}
			}),
			{ numRuns: 200 },
		);
	});
});

describe('the token bucket when the clock steps back', () => {
	// 2 tokens, one more every second.
	const policy: BucketPolicy = { capacity: 2, refillPerWindow: 1, windowMs: 1000 };
	const drained = (at: number): BucketState => ({ level: 0, at });

	test.each([
		['one millisecond', 1],
		['an hour', 3_600_000],
		['to the epoch', pinnedNow],
	])(
		'neither refills nor drains when it steps back %s, and keeps its later time',
		(_name, back) => {
			const half: BucketState = { level: 500, at: pinnedNow };
			const decision = take(policy, half, pinnedNow - back);
			expect(decision).toEqual({
				allowed: false,
				state: { level: 500, at: pinnedNow },
				remaining: 0,
				msUntilNext: 500,
				msUntilFull: 1500,
			});
		},
	);

	test('counts refill from the latest time it has seen, not from the earlier one it was shown', () => {
		const after = take(policy, drained(pinnedNow), pinnedNow - 10_000).state;
		// Had it moved its time back, 10 s of refill would now fill the bucket.
		expect(take(policy, after, pinnedNow + 999).allowed).toBe(false);
		expect(take(policy, after, pinnedNow + 1000)).toMatchObject({ allowed: true, remaining: 0 });
	});

	test('allows a request a step back in time only if one was left', () => {
		const one: BucketState = { level: 1000, at: pinnedNow };
		expect(take(policy, one, pinnedNow - 5000)).toMatchObject({
			allowed: true,
			state: { level: 0, at: pinnedNow },
			remaining: 0,
		});
	});

	test('never allows more than burst + rate × the span of times seen, whatever order they come in', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 60 }),
				(offsets) => {
					let state: BucketState | undefined;
					let allowed = 0;
					for (const offset of offsets) {
						const decision = take(policy, state, pinnedNow + offset);
						state = decision.state;
						if (decision.allowed) allowed++;
					}
					const span = Math.max(...offsets) - Math.min(...offsets);
					expect(allowed).toBeLessThanOrEqual(
						policy.capacity + Math.floor((span * policy.refillPerWindow) / policy.windowMs),
					);
				},
			),
			{ numRuns: 500 },
		);
	});
});
