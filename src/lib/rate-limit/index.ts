/** Public surface of the rate-limit simulator: bursts, backoff with jitter, Retry-After, the simulated clock. */
export {
	defaultBackoffPolicy,
	unitRandomFrom,
	backoffCeiling,
	backoffStep,
	nextRetry,
	backoffSchedule,
	type BackoffPolicy,
	type UnitRandom,
	type BackoffStep,
	type GiveUpReason,
	type RetryDecision,
	type ScheduledRetry,
	type BackoffSchedule,
} from './backoff.ts';
export {
	isRetryable,
	shotOf,
	sendBurst,
	projectRetries,
	type Send,
	type Shot,
	type BurstOptions,
	type BurstResult,
	type LaneAttempt,
	type RetryLane,
	type RetryProjection,
} from './burst.ts';
export {
	maxBurstCount,
	maxSpacingMs,
	parseCount,
	parseSpacing,
	remainingHeader,
	burstSummary,
	type Parsed,
} from './burst-form.ts';
export { tierOf, tierLabel, defaultCount, type Tier } from './tiers.ts';
export { parseHttpDate, parseRetryAfter } from './retry-after.ts';
export { simulatedClock, type SimulatedClock } from './sim-clock.ts';
