/**
 * Exponential backoff with full jitter, honouring `Retry-After`. Before retry n (after the n-th
 * refused attempt, counting from 0) a client waits a random time in [0, min(cap, base × 2ⁿ)):
 * the "full jitter" variant, which spreads a herd of clients refused at the same instant over
 * the whole window instead of sending them back together. When the server said how long to wait
 * (`Retry-After`, RFC 9110 §10.2.3), that is the least the client waits. Randomness is injected
 * so that a schedule can be pinned in tests and drawn from `crypto.getRandomValues` in the page.
 */

/** The knobs of a backoff policy, in milliseconds. */
export interface BackoffPolicy {
	/** The ceiling before the first retry; it doubles after each refusal. */
	readonly baseMs: number;
	/** The ceiling never grows beyond this. */
	readonly capMs: number;
	/** Attempts in all, the first one included; after the last refusal the client gives up. */
	readonly maxAttempts: number;
	/** A wait longer than this (usually a long Retry-After) means: give up now, report, try much later. */
	readonly maxWaitMs: number;
}

/** The policy the guides' backoff programs use: 0.5 s doubling to 30 s, five attempts, a minute at most. */
export const defaultBackoffPolicy = {
	baseMs: 500,
	capMs: 30_000,
	maxAttempts: 5,
	maxWaitMs: 60_000,
} as const satisfies BackoffPolicy;

/** A uniform random number in [0, 1). */
export type UnitRandom = () => number;

/** A `UnitRandom` from a source of random bytes (32 bits per draw, so no value reaches 1). */
export function unitRandomFrom(bytes: (n: number) => Uint8Array): UnitRandom {
	return () => {
		const [a = 0, b = 0, c = 0, d = 0] = bytes(4);
		return (((a << 24) >>> 0) + (b << 16) + (c << 8) + d) / 2 ** 32;
	};
}

/** The jitter window before retry `attempt`: min(cap, base × 2^attempt). */
export function backoffCeiling(policy: BackoffPolicy, attempt: number): number {
	// 2 ** 1100 is Infinity, and min() keeps it at the cap: no overflow to guard against.
	return Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
}

/** One wait of a schedule, and where it came from. */
export interface BackoffStep {
	/** The refused attempt this wait follows (0 = the first request). */
	readonly attempt: number;
	readonly ceilingMs: number;
	/** The random part, a whole number of ms in [0, ceilingMs). */
	readonly jitterMs: number;
	/** What the server asked for, or null when it did not say. */
	readonly retryAfterMs: number | null;
	/** The wait: the larger of the jitter and Retry-After. */
	readonly waitMs: number;
	/** Which of the two set the wait. */
	readonly reason: 'jitter' | 'retry-after';
}

/** The wait after refused attempt `attempt`, with the server's Retry-After (ms) if it sent one. */
export function backoffStep(
	policy: BackoffPolicy,
	attempt: number,
	retryAfterMs: number | null,
	random: UnitRandom,
): BackoffStep {
	const ceilingMs = backoffCeiling(policy, attempt);
	const draw = random();
	// A random source outside [0, 1) would break the promise that the wait stays under the ceiling.
	if (!(draw >= 0 && draw < 1))
		throw new RangeError(`random source returned ${draw}, expected a number in [0, 1)`);
	const jitterMs = Math.floor(draw * ceilingMs);
	const hinted = retryAfterMs === null ? null : Math.max(0, retryAfterMs);
	const honoured = hinted !== null && hinted >= jitterMs;
	return {
		attempt,
		ceilingMs,
		jitterMs,
		retryAfterMs: hinted,
		waitMs: honoured ? hinted : jitterMs,
		reason: honoured ? 'retry-after' : 'jitter',
	};
}

/** Why a client stops retrying. */
export type GiveUpReason = 'attempts-exhausted' | 'wait-too-long';

/** Retry after `step.waitMs`, or stop. */
export type RetryDecision =
	| { readonly retry: true; readonly step: BackoffStep }
	| { readonly retry: false; readonly reason: GiveUpReason; readonly step?: BackoffStep };

/** What a client does after attempt `attempt` is refused with `retryAfterMs` (null: no header). */
export function nextRetry(
	policy: BackoffPolicy,
	attempt: number,
	retryAfterMs: number | null,
	random: UnitRandom,
): RetryDecision {
	if (attempt + 1 >= policy.maxAttempts) return { retry: false, reason: 'attempts-exhausted' };
	const step = backoffStep(policy, attempt, retryAfterMs, random);
	if (step.waitMs > policy.maxWaitMs) return { retry: false, reason: 'wait-too-long', step };
	return { retry: true, step };
}

/** One planned retry: the wait and the time the retry is sent, from the first attempt. */
export interface ScheduledRetry extends BackoffStep {
	/** Milliseconds after the first attempt at which this retry is sent. */
	readonly atMs: number;
}

/** A client's whole plan when every attempt is refused, and how it ends. */
export interface BackoffSchedule {
	readonly retries: readonly ScheduledRetry[];
	readonly gaveUp: GiveUpReason;
}

/**
 * The schedule of a client refused every time; `retryAfterMs[n]` is the Retry-After (ms) of the
 * n-th refusal, null or absent when that answer had none. Attempts are taken to be instant.
 */
export function backoffSchedule(
	policy: BackoffPolicy,
	retryAfterMs: readonly (number | null)[],
	random: UnitRandom,
): BackoffSchedule {
	const retries: ScheduledRetry[] = [];
	let atMs = 0;
	for (let attempt = 0; ; attempt++) {
		const decision = nextRetry(policy, attempt, retryAfterMs[attempt] ?? null, random);
		if (!decision.retry) return { retries, gaveUp: decision.reason };
		atMs += decision.step.waitMs;
		retries.push({ ...decision.step, atMs });
	}
}
