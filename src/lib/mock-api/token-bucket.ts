/**
 * A token bucket in exact integer arithmetic. The bucket holds at most `capacity` tokens and gains
 * `refillPerWindow` tokens every `windowMs`, continuously. To stay exact, the level is counted in
 * token-milliseconds: one token is `windowMs` units and each millisecond adds `refillPerWindow`
 * units, so no rounding ever lets an extra request through. Over any interval of length t, at most
 * capacity + refillPerWindow × t / windowMs requests are allowed.
 */

export interface BucketPolicy {
	/** The burst: requests allowed at once from a full bucket. */
	readonly capacity: number;
	/** Tokens added per window (the sustained rate). */
	readonly refillPerWindow: number;
	readonly windowMs: number;
}

export interface BucketState {
	/** Level in units of 1/windowMs token. */
	readonly level: number;
	/** Time of the last update, ms. */
	readonly at: number;
}

export interface BucketDecision {
	readonly allowed: boolean;
	readonly state: BucketState;
	/** Whole requests that could be sent right now, after this one. */
	readonly remaining: number;
	/** Milliseconds until one more request is allowed (0 if one is allowed now). */
	readonly msUntilNext: number;
	/** Milliseconds until the bucket is full again. */
	readonly msUntilFull: number;
}

/** The state of a bucket nobody has drawn from: full. */
export function fullBucket(policy: BucketPolicy, now: number): BucketState {
	return { level: policy.capacity * policy.windowMs, at: now };
}

/** The level at `now`, refilled since the last update and capped at capacity. */
function levelAt(policy: BucketPolicy, state: BucketState, now: number): number {
	const max = policy.capacity * policy.windowMs;
	// A clock that steps back must not drain or overfill the bucket: no time passed.
	const elapsed = Math.min(Math.max(0, now - state.at), policy.windowMs * policy.capacity);
	return Math.min(max, state.level + elapsed * policy.refillPerWindow);
}

/** Tries to take one token at `now`. */
export function take(
	policy: BucketPolicy,
	state: BucketState | undefined,
	now: number,
): BucketDecision {
	const current = state ? levelAt(policy, state, now) : fullBucket(policy, now).level;
	const allowed = current >= policy.windowMs;
	const level = allowed ? current - policy.windowMs : current;
	const max = policy.capacity * policy.windowMs;
	return {
		allowed,
		state: { level, at: Math.max(now, state?.at ?? now) },
		remaining: Math.floor(level / policy.windowMs),
		msUntilNext:
			level >= policy.windowMs ? 0 : Math.ceil((policy.windowMs - level) / policy.refillPerWindow),
		msUntilFull: Math.ceil((max - level) / policy.refillPerWindow),
	};
}
