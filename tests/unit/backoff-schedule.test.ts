import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	backoffCeiling,
	backoffSchedule,
	backoffStep,
	defaultBackoffPolicy,
	nextRetry,
	unitRandomFrom,
	type BackoffPolicy,
	type UnitRandom,
} from '../../src/lib/rate-limit/backoff.ts';

/** A random source that replays `values` in order (and fails loudly when it runs out). */
function replay(...values: number[]): UnitRandom {
	let i = 0;
	return () => {
		if (i >= values.length) throw new Error('random source exhausted');
		return values[i++]!;
	};
}

/** mulberry32: a seeded uniform source, so statistical tests give the same numbers every run. */
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

describe('the jitter window', () => {
	test.each([
		[0, 500],
		[1, 1000],
		[2, 2000],
		[3, 4000],
		[4, 8000],
		[5, 16_000],
		[6, 30_000],
		[7, 30_000],
		[1100, 30_000],
	])('before retry %i is %i ms: base × 2ⁿ, capped', (attempt, ceiling) => {
		expect(backoffCeiling(defaultBackoffPolicy, attempt)).toBe(ceiling);
	});
});

describe('one wait', () => {
	test.each([
		{ draw: 0, retryAfterMs: null, waitMs: 0, reason: 'jitter' },
		{ draw: 0.5, retryAfterMs: null, waitMs: 250, reason: 'jitter' },
		{ draw: 0.999_999_9, retryAfterMs: null, waitMs: 499, reason: 'jitter' },
		{ draw: 0.5, retryAfterMs: 4000, waitMs: 4000, reason: 'retry-after' },
		{ draw: 0.5, retryAfterMs: 100, waitMs: 250, reason: 'jitter' },
		{ draw: 0.5, retryAfterMs: 250, waitMs: 250, reason: 'retry-after' },
		{ draw: 0.5, retryAfterMs: -3000, waitMs: 250, reason: 'jitter' },
	] as const)(
		'with a draw of $draw and Retry-After $retryAfterMs ms, waits $waitMs ms ($reason)',
		({ draw, retryAfterMs, waitMs, reason }) => {
			const step = backoffStep(defaultBackoffPolicy, 0, retryAfterMs, replay(draw));
			expect(step).toMatchObject({ attempt: 0, ceilingMs: 500, waitMs, reason });
		},
	);

	test.each([1, 1.5, -0.1, Number.NaN])('refuses a random source that returns %d', (draw) => {
		expect(() => backoffStep(defaultBackoffPolicy, 0, null, replay(draw))).toThrow(RangeError);
	});

	test('spreads waits uniformly over the window (full jitter), mean near half the ceiling', () => {
		const random = seeded(7);
		const waits = Array.from(
			{ length: 20_000 },
			() => backoffStep(defaultBackoffPolicy, 3, null, random).waitMs,
		);
		const mean = waits.reduce((sum, wait) => sum + wait, 0) / waits.length;
		expect(mean).toBeGreaterThan(2000 * 0.97);
		expect(mean).toBeLessThan(2000 * 1.03);
		const quarters = [0, 0, 0, 0];
		for (const wait of waits) quarters[Math.floor(wait / 1000)]!++;
		for (const count of quarters) expect(count / waits.length).toBeCloseTo(0.25, 1);
	});
});

describe('retrying or giving up', () => {
	test('retries after each of the first maxAttempts − 1 refusals, then gives up', () => {
		const random = seeded(1);
		const decisions = [0, 1, 2, 3, 4].map((attempt) =>
			nextRetry(defaultBackoffPolicy, attempt, null, random),
		);
		expect(decisions.map((decision) => decision.retry)).toEqual([true, true, true, true, false]);
		expect(decisions[4]).toEqual({ retry: false, reason: 'attempts-exhausted' });
	});

	test('gives up at once when Retry-After asks for more than the longest wait', () => {
		const decision = nextRetry(defaultBackoffPolicy, 0, 3_600_000, replay(0.5));
		expect(decision).toMatchObject({
			retry: false,
			reason: 'wait-too-long',
			step: { waitMs: 3_600_000, reason: 'retry-after' },
		});
	});

	test('waits exactly the longest wait allowed', () => {
		expect(nextRetry(defaultBackoffPolicy, 0, 60_000, replay(0.5))).toMatchObject({
			retry: true,
			step: { waitMs: 60_000 },
		});
	});
});

describe('a whole schedule', () => {
	test('matches a worked example: draws 0.5, 0.25, 0.9, 0.1 with Retry-After 4 s on the first refusal only', () => {
		const schedule = backoffSchedule(defaultBackoffPolicy, [4000], replay(0.5, 0.25, 0.9, 0.1));
		expect(schedule.gaveUp).toBe('attempts-exhausted');
		expect(
			schedule.retries.map(({ ceilingMs, jitterMs, waitMs, reason, atMs }) => ({
				ceilingMs,
				jitterMs,
				waitMs,
				reason,
				atMs,
			})),
		).toEqual([
			{ ceilingMs: 500, jitterMs: 250, waitMs: 4000, reason: 'retry-after', atMs: 4000 },
			{ ceilingMs: 1000, jitterMs: 250, waitMs: 250, reason: 'jitter', atMs: 4250 },
			{ ceilingMs: 2000, jitterMs: 1800, waitMs: 1800, reason: 'jitter', atMs: 6050 },
			{ ceilingMs: 4000, jitterMs: 400, waitMs: 400, reason: 'jitter', atMs: 6450 },
		]);
	});

	test('with one attempt allowed, never retries', () => {
		expect(backoffSchedule({ ...defaultBackoffPolicy, maxAttempts: 1 }, [], replay())).toEqual({
			retries: [],
			gaveUp: 'attempts-exhausted',
		});
	});

	const policy = fc.record({
		baseMs: fc.integer({ min: 1, max: 10_000 }),
		capMs: fc.integer({ min: 1, max: 120_000 }),
		maxAttempts: fc.integer({ min: 1, max: 12 }),
		maxWaitMs: fc.integer({ min: 0, max: 300_000 }),
	}) satisfies fc.Arbitrary<BackoffPolicy>;
	const draws = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
		minLength: 12,
		maxLength: 12,
	});
	const hints = fc.array(fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: null }), {
		maxLength: 12,
	});

	test('never waits less than Retry-After, past the ceiling when jitter sets it, or past the longest wait', () => {
		fc.assert(
			fc.property(policy, draws, hints, (p, values, retryAfter) => {
				const { retries } = backoffSchedule(p, retryAfter, replay(...values));
				expect(retries.length).toBeLessThanOrEqual(p.maxAttempts - 1);
				let previous = 0;
				retries.forEach((retry, n) => {
					expect(retry.attempt).toBe(n);
					expect(retry.ceilingMs).toBeLessThanOrEqual(p.capMs);
					expect(retry.jitterMs).toBeGreaterThanOrEqual(0);
					expect(retry.jitterMs).toBeLessThan(Math.max(1, retry.ceilingMs));
					expect(retry.waitMs).toBeGreaterThanOrEqual(retryAfter[n] ?? 0);
					expect(retry.waitMs).toBe(Math.max(retry.jitterMs, retryAfter[n] ?? 0));
					expect(retry.waitMs).toBeLessThanOrEqual(p.maxWaitMs);
					expect(retry.atMs).toBe(previous + retry.waitMs);
					previous = retry.atMs;
				});
			}),
		);
	});

	test('gives up only when attempts run out or the next wait is too long', () => {
		fc.assert(
			fc.property(policy, draws, hints, (p, values, retryAfter) => {
				const { retries, gaveUp } = backoffSchedule(p, retryAfter, replay(...values));
				if (gaveUp === 'attempts-exhausted') {
					expect(retries.length).toBe(p.maxAttempts - 1);
					return;
				}
				// Each wait draws one number, so the refused wait is the one drawn next.
				expect(retries.length).toBeLessThan(p.maxAttempts - 1);
				const refused = backoffStep(
					p,
					retries.length,
					retryAfter[retries.length] ?? null,
					replay(values[retries.length]!),
				);
				expect(refused.waitMs).toBeGreaterThan(p.maxWaitMs);
			}),
		);
	});
});

describe('random numbers from random bytes', () => {
	test.each([
		[[0, 0, 0, 0], 0],
		[[128, 0, 0, 0], 0.5],
		[[0, 0, 0, 1], 1 / 2 ** 32],
		[[255, 255, 255, 255], (2 ** 32 - 1) / 2 ** 32],
	])('reads %j as %d, always below 1', (bytes, expected) => {
		const random = unitRandomFrom(() => Uint8Array.from(bytes));
		expect(random()).toBe(expected);
		expect(random()).toBeLessThan(1);
	});
});
