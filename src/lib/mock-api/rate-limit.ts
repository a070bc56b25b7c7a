/**
 * Rate limiting per tier, and the headers that describe it. One bucket per principal (an API key
 * or an OAuth grant). Every header is derived from the same decision and the same `Date` second,
 * so they agree: `Retry-After` (RFC 9110 §10.2.3) counts seconds until one request is allowed;
 * `X-RateLimit-Reset`, and `t` of the IETF draft `RateLimit` field, give the moment the bucket is
 * full again; `Remaining` and `r` are the requests that could be sent now.
 */
import type { Header } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';
import { take, type BucketDecision, type BucketPolicy, type BucketState } from './token-bucket.ts';

type RateLimitConfig = NonNullable<Profile['rateLimit']>;
type Tier = RateLimitConfig['tiers'][number];

/** Buckets by principal. */
export type RateState = ReadonlyMap<string, BucketState>;

const hourMs = 3_600_000;
/** A tier without an hourly ceiling refills its whole burst once a minute (see the profile's assumptions). */
const unlimitedWindowMs = 60_000;

/** The bucket of a tier: burst as capacity, the hourly rate as refill. */
export function tierPolicy(tier: Tier): BucketPolicy {
	return tier.requestsPerHour === null
		? { capacity: tier.burst, refillPerWindow: tier.burst, windowMs: unlimitedWindowMs }
		: { capacity: tier.burst, refillPerWindow: tier.requestsPerHour, windowMs: hourMs };
}

/** The tier in force: `name` if the profile has it, else the profile's default. */
export function activeTier(config: RateLimitConfig, name: string | null): Tier {
	return (
		config.tiers.find((tier) => tier.name === name) ??
		config.tiers.find((tier) => tier.name === config.defaultTier)!
	);
}

export interface RateOutcome {
	readonly decision: BucketDecision;
	readonly state: RateState;
	readonly headers: readonly Header[];
	/** Seconds to wait, for Retry-After and the body's {retryAfter}; only when refused. */
	readonly retryAfter: number | null;
}

/** A policy name as an sf-string: the tier name in lower case. */
function policyName(tier: Tier): string {
	return `"${tier.name.toLowerCase().replace(/["\\]/g, '')}"`;
}

/** Draws one request for `principal` at `now` and builds the headers for the response. */
export function drawRequest(
	config: RateLimitConfig,
	tierName: string | null,
	state: RateState,
	principal: string,
	now: number,
): RateOutcome {
	const tier = activeTier(config, tierName);
	const policy = tierPolicy(tier);
	const decision = take(policy, state.get(principal), now);
	const dateSecond = Math.floor(now / 1000);
	const fullAt = Math.ceil((now + decision.msUntilFull) / 1000);
	const retryAfter = decision.allowed
		? null
		: Math.ceil((now + decision.msUntilNext) / 1000) - dateSecond;
	const prefix = config.headerPrefix;
	const headers: Header[] = [
		...(retryAfter === null ? [] : [['Retry-After', String(retryAfter)] as const]),
		[`${prefix}-Limit`, String(policy.refillPerWindow)],
		[`${prefix}-Remaining`, String(decision.remaining)],
		[`${prefix}-Reset`, String(config.reset === 'epoch-seconds' ? fullAt : fullAt - dateSecond)],
		[
			'RateLimit-Policy',
			`${policyName(tier)};q=${policy.refillPerWindow};w=${policy.windowMs / 1000}`,
		],
		['RateLimit', `${policyName(tier)};r=${decision.remaining};t=${fullAt - dateSecond}`],
	];
	return { decision, state: new Map(state).set(principal, decision.state), headers, retryAfter };
}
