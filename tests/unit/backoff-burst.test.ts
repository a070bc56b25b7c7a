import { describe, expect, test } from 'vitest';
import type { ApiRequest, ApiResponse } from '../../src/lib/http/index.ts';
import { handle, type World } from '../../src/lib/mock-api/index.ts';
import { defaultBackoffPolicy, type UnitRandom } from '../../src/lib/rate-limit/backoff.ts';
import { projectRetries, sendBurst, type Send } from '../../src/lib/rate-limit/burst.ts';
import { pinnedNow, sampleRequest, testWorld } from '../support/mock-world.ts';

function seeded(seed: number): UnitRandom {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

/** The mock API answering `request` at a pinned instant, the world's own clock kept. */
function sendAt(request: ApiRequest): Send<World> {
	return async (world, at) => {
		const answered = await handle(request, { ...world, clock: () => at });
		return { response: answered.response, world: { ...answered.world, clock: world.clock } };
	};
}

function exampleApi(tier: string) {
	const { world } = testWorld('example-api', { tier });
	const request = sampleRequest(world, [['Authorization', `Bearer ${world.profile.exampleKey}`]]);
	return { world, send: sendAt(request) };
}

const burstOf = (count: number, spacingMs = 0) => ({
	count,
	startMs: pinnedNow,
	spacingMs,
	remainingHeader: 'X-RateLimit-Remaining',
});

describe('a burst against the Example API', () => {
	// What is left is the burst policy's r in RateLimit, not the hourly quota of X-RateLimit.
	test.each([
		['Free', 50, 50, '4'],
		['Pro', 200, 200, '1'],
		['Enterprise', 1000, 1000, '1'],
	])(
		'on %s, the first %i requests pass (counting down from %i) and the next one gets 429 with Retry-After %s',
		async (tier, burst, quota, retryAfter) => {
			const { world, send } = exampleApi(tier);
			const result = await sendBurst(world, send, burstOf(burst + 3));
			expect(result.shots.slice(0, burst).every((shot) => shot.status === 200)).toBe(true);
			expect(result.shots.slice(0, burst).map((shot) => shot.remaining)).toEqual(
				Array.from({ length: burst }, (_, i) => quota - 1 - i),
			);
			expect(result.firstRefusal).toMatchObject({
				request: burst + 1,
				status: 429,
				remaining: 0,
				retryAfter,
				retryAfterMs: Number(retryAfter) * 1000,
				errorCode: 'rate-limit-exceeded',
			});
			expect(result.firstRefusalResponse).toMatchObject({
				status: 429,
				errorCode: 'rate-limit-exceeded',
			});
			expect(result.shots.slice(burst).every((shot) => shot.status === 429)).toBe(true);
		},
	);

	test('spaced requests refill the bucket: one every 3.6 s on Free never runs out', async () => {
		const { world, send } = exampleApi('Free');
		const result = await sendBurst(world, send, burstOf(80, 3600));
		expect(result.firstRefusal).toBeUndefined();
		expect(result.endMs).toBe(pinnedNow + 79 * 3600);
	});

	test('leaves the world it was given untouched and returns the next one', async () => {
		const { world, send } = exampleApi('Free');
		const result = await sendBurst(world, send, burstOf(51));
		expect(world.rate.size).toBe(0);
		const again = await sendBurst(result.world, send, burstOf(1));
		expect(again.shots[0]).toMatchObject({ status: 429 });
	});
});

describe('retrying the refused requests with backoff', () => {
	test('every retry waits at least the Retry-After of the answer before it', async () => {
		const { world, send } = exampleApi('Free');
		const burst = await sendBurst(world, send, burstOf(60));
		const refused = burst.shots.filter((shot) => shot.status === 429);
		const projection = await projectRetries(
			burst.world,
			send,
			refused,
			defaultBackoffPolicy,
			seeded(3),
			'X-RateLimit-Remaining',
		);
		expect(projection.lanes).toHaveLength(10);
		for (const lane of projection.lanes) {
			expect(lane.attempts[0]).toMatchObject({ attempt: 0, status: 429 });
			lane.attempts.slice(1).forEach((attempt, i) => {
				const before = lane.attempts[i]!;
				expect(attempt.at - before.at).toBe(before.wait!.waitMs);
				expect(before.wait!.waitMs).toBeGreaterThanOrEqual(before.retryAfterMs ?? 0);
			});
			expect(lane.attempts.length).toBeLessThanOrEqual(defaultBackoffPolicy.maxAttempts);
		}
	});

	test('the bucket lets one retry through per 3.6 s on Free, so a herd of ten mostly gives up', async () => {
		const { world, send } = exampleApi('Free');
		const burst = await sendBurst(world, send, burstOf(60));
		const refused = burst.shots.filter((shot) => shot.status === 429);
		const projection = await projectRetries(
			burst.world,
			send,
			refused,
			defaultBackoffPolicy,
			seeded(11),
			'X-RateLimit-Remaining',
		);
		const successes = projection.lanes
			.flatMap((lane) =>
				lane.attempts.filter((attempt) => attempt.status === 200).map((attempt) => attempt.at),
			)
			.sort((a, b) => a - b);
		expect(successes.length).toBeGreaterThan(0);
		// Never more than the refill allows: within any span t, at most 1 + t / 3600 successes.
		successes.forEach((at, i) =>
			expect(at - successes[0]!).toBeGreaterThanOrEqual(i * 3600 - 3600),
		);
		const outcomes = new Set(projection.lanes.map((lane) => lane.outcome));
		expect([...outcomes].every((outcome) => outcome === 'succeeded' || outcome === 'gave-up')).toBe(
			true,
		);
		for (const lane of projection.lanes.filter((entry) => entry.outcome === 'gave-up')) {
			expect(lane.attempts.at(-1)).toMatchObject({ status: 429, gaveUp: 'attempts-exhausted' });
		}
	});

	test('interleaves clients in time order, earlier requests first on a tie', async () => {
		const calls: number[] = [];
		const refused429 = (): ApiResponse => ({
			status: 429,
			statusText: 'Too Many Requests',
			headers: [['Retry-After', '2']],
			body: '',
		});
		const send: Send<null> = async (_world, at) => {
			calls.push(at);
			return { response: refused429(), world: null };
		};
		const refused = [1, 2, 3].map((request) => ({
			request,
			attempt: 0,
			at: 0,
			status: 429,
			statusText: '',
			remaining: 0,
			retryAfter: '2',
			retryAfterMs: 2000,
			errorCode: null,
		}));
		const projection = await projectRetries(
			null,
			send,
			refused,
			{ ...defaultBackoffPolicy, maxAttempts: 3 },
			() => 0,
			null,
		);
		expect(calls).toEqual([2000, 2000, 2000, 4000, 4000, 4000]);
		expect(projection.lanes.map((lane) => lane.outcome)).toEqual(['gave-up', 'gave-up', 'gave-up']);
		expect(projection.endMs).toBe(4000);
	});

	test('does not retry an answer that time will not change (401)', async () => {
		const send: Send<null> = async () => ({
			response: { status: 401, statusText: 'Unauthorized', headers: [], body: '' },
			world: null,
		});
		const refused = [
			{
				request: 1,
				attempt: 0,
				at: 0,
				status: 401,
				statusText: '',
				remaining: null,
				retryAfter: null,
				retryAfterMs: null,
				errorCode: null,
			},
		];
		const projection = await projectRetries(
			null,
			send,
			refused,
			defaultBackoffPolicy,
			() => 0.5,
			null,
		);
		expect(projection.lanes[0]).toMatchObject({ outcome: 'failed', attempts: [{ status: 401 }] });
	});
});
