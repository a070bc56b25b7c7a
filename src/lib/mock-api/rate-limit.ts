/**
 * Rate limiting per tier, and the headers that describe it. Two policies per principal (an API key
 * or an OAuth grant): the tier's hourly quota, a fixed window of one hour that starts with the
 * first request of the window, and its burst, a token bucket that holds the tier's burst and
 * refills at the hourly rate. A request must fit both; a refused one counts against neither.
 *
 * The `X-RateLimit-*` fields report the hourly quota, as the API's docs show it (limit 1000,
 * remaining 999 after one request); a tier without an hourly ceiling reports its bucket there.
 * `RateLimit-Policy` names each policy (draft-ietf-httpapi-ratelimit-headers) and `RateLimit`
 * gives each one's state; on a 429 it lists only the policy that ran out. Every value is derived
 * from the same `Date` second, so they agree: `Retry-After` (RFC 9110 §10.2.3) counts seconds from
 * that second until the request would be allowed.
 */
import type { Header } from '../http/index.ts';
import type { Profile } from '../profiles/index.ts';
import { take, type BucketPolicy, type BucketState } from './token-bucket.ts';

type RateLimitConfig = NonNullable<Profile['rateLimit']>;
type Tier = RateLimitConfig['tiers'][number];

/** The hourly quota's window: when it started and how many requests it has counted. */
export interface QuotaWindow {
	readonly start: number;
	readonly used: number;
}

/** What the limiter remembers about one principal. */
export interface PrincipalRate {
	readonly bucket: BucketState;
	/** Null for a tier without an hourly ceiling. */
	readonly span: QuotaWindow | null;
}

/** Rate state by principal. */
export type RateState = ReadonlyMap<string, PrincipalRate>;

const hourMs = 3_600_000;
/** A tier without an hourly ceiling refills its whole burst once a minute (see the profile's assumptions). */
const unlimitedWindowMs = 60_000;

/** The burst bucket of a tier: burst as capacity, the hourly rate as refill. */
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

/** The policy names of a tier, as sf-strings: the tier name in lower case, and "<tier>-burst". */
export function policyNames(tier: Tier): { readonly quota: string; readonly burst: string } {
	const name = tier.name.toLowerCase().replace(/["\\]/g, '');
	return tier.requestsPerHour === null
		? { quota: `"${name}"`, burst: `"${name}"` }
		: { quota: `"${name}"`, burst: `"${name}-burst"` };
}

export interface RateOutcome {
	readonly allowed: boolean;
	readonly state: RateState;
	readonly headers: readonly Header[];
	/** Seconds to wait, for Retry-After and the body's {retryAfter}; only when refused. */
	readonly retryAfter: number | null;
	/** The policies that ran out (their sf-string names), when refused. */
	readonly exhausted: readonly string[];
}

/** One policy's state for the RateLimit field: remaining, seconds until whole, and Retry-After if out. */
interface PolicyView {
	readonly name: string;
	readonly quota: number;
	readonly windowSeconds: number;
	readonly remaining: number;
	readonly resetAt: number;
	readonly retryAt: number | null;
}

/** The quota window in force at `now`: a new one, from the Date second, once the hour is over. */
function currentWindow(span: QuotaWindow | null | undefined, now: number): QuotaWindow {
	return span && now < span.start + hourMs
		? span
		: { start: Math.floor(now / 1000) * 1000, used: 0 };
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
	const names = policyNames(tier);
	const bucketPolicy = tierPolicy(tier);
	const before = state.get(principal);
	const decision = take(bucketPolicy, before?.bucket, now);
	const span = tier.requestsPerHour === null ? null : currentWindow(before?.span, now);
	const quotaOk = span === null || span.used < tier.requestsPerHour!;
	const allowed = decision.allowed && quotaOk;
	const dateSecond = Math.floor(now / 1000);
	const bucketView: PolicyView = {
		name: names.burst,
		quota: bucketPolicy.capacity,
		windowSeconds: Math.ceil(
			(bucketPolicy.capacity * bucketPolicy.windowMs) / bucketPolicy.refillPerWindow / 1000,
		),
		// A request the quota refused takes no token: the bucket keeps the level it had.
		remaining: allowed
			? decision.remaining
			: Math.floor(decision.state.level / bucketPolicy.windowMs) + (decision.allowed ? 1 : 0),
		resetAt: Math.ceil((now + decision.msUntilFull) / 1000),
		retryAt: decision.allowed ? null : Math.ceil((now + decision.msUntilNext) / 1000),
	};
	const used = span === null ? 0 : span.used + (allowed ? 1 : 0);
	const quotaView: PolicyView | null =
		span === null
			? null
			: {
					name: names.quota,
					quota: tier.requestsPerHour!,
					windowSeconds: hourMs / 1000,
					remaining: tier.requestsPerHour! - used,
					resetAt: Math.ceil((span.start + hourMs) / 1000),
					retryAt: quotaOk ? null : Math.ceil((span.start + hourMs) / 1000),
				};
	const views = quotaView ? [quotaView, bucketView] : [bucketView];
	const out = views.filter((view) => view.retryAt !== null);
	const retryAfter = allowed ? null : Math.max(...out.map((view) => view.retryAt!)) - dateSecond;
	const reported = quotaView ?? bucketView;
	const prefix = config.headerPrefix;
	const headers: Header[] = [
		...(retryAfter === null ? [] : [['Retry-After', String(retryAfter)] as const]),
		[`${prefix}-Limit`, String(reported.quota)],
		[`${prefix}-Remaining`, String(reported.remaining)],
		[
			`${prefix}-Reset`,
			String(config.reset === 'epoch-seconds' ? reported.resetAt : reported.resetAt - dateSecond),
		],
		[
			'RateLimit-Policy',
			views.map((view) => `${view.name};q=${view.quota};w=${view.windowSeconds}`).join(', '),
		],
		[
			'RateLimit',
			(allowed ? views : out)
				.map((view) => `${view.name};r=${view.remaining};t=${view.resetAt - dateSecond}`)
				.join(', '),
		],
	];
	const next: PrincipalRate = allowed
		? { bucket: decision.state, span: span && { ...span, used } }
		: { bucket: before?.bucket ?? decision.state, span };
	return {
		allowed,
		state: new Map(state).set(principal, next),
		headers,
		retryAfter,
		exhausted: out.map((view) => view.name),
	};
}

/**
 * The state of a principal whose `policy` ran out at the start of the second of `now`: the burst
 * bucket empty (after its whole burst), or the hourly quota used up. Scenarios set it up so that
 * the next request gets the 429 the reference shows, whatever the milliseconds of `now`.
 */
export function exhaustedRate(
	config: RateLimitConfig,
	tierName: string | null,
	policy: 'burst' | 'quota',
	now: number,
): PrincipalRate {
	const tier = activeTier(config, tierName);
	const second = Math.floor(now / 1000) * 1000;
	const quota = tier.requestsPerHour;
	if (policy === 'quota' && quota !== null)
		return {
			bucket: { level: tier.burst * tierPolicy(tier).windowMs, at: second },
			span: { start: second, used: quota },
		};
	return {
		bucket: { level: 0, at: second },
		span: quota === null ? null : { start: second, used: tier.burst },
	};
}
