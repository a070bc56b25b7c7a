/**
 * The burst simulator's inputs, read from what a reader typed: how many requests, how far apart,
 * and the tier of a profile; plus the summary of what came back. Pure, so the page and the
 * tests agree on every refusal and every sentence.
 */
import type { Profile } from '../profiles/index.ts';
import { isRetryable, type Shot } from './burst.ts';

type Tier = NonNullable<Profile['rateLimit']>['tiers'][number];

/** The most requests one burst may send: enough to empty the largest tier we know (1,000) and more. */
export const maxBurstCount = 5000;
/** The longest interval between two requests: one hour. */
export const maxSpacingMs = 3_600_000;

export type Parsed =
	{ readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

function wholeNumber(text: string, min: number, max: number, what: string): Parsed {
	const trimmed = text.trim();
	if (!/^\d+$/.test(trimmed))
		return {
			ok: false,
			message: `Enter ${what} as a whole number, such as ${min === 0 ? 0 : 55}.`,
		};
	const value = Number(trimmed);
	if (value < min || value > max)
		return { ok: false, message: `Choose between ${min} and ${max.toLocaleString('en-US')}.` };
	return { ok: true, value };
}

/** The number of requests to send. */
export function parseCount(text: string): Parsed {
	return wholeNumber(text, 1, maxBurstCount, 'the number of requests');
}

/** The interval between requests, in ms (0: all at the same instant). */
export function parseSpacing(text: string): Parsed {
	return wholeNumber(text, 0, maxSpacingMs, 'the interval in milliseconds');
}

/** The tier called `name`, or the profile's default; undefined when the profile has no rate limit. */
export function tierOf(profile: Profile, name: string | null | undefined): Tier | undefined {
	const config = profile.rateLimit;
	if (!config) return undefined;
	return (
		config.tiers.find((tier) => tier.name === name) ??
		config.tiers.find((tier) => tier.name === config.defaultTier) ??
		config.tiers[0]
	);
}

/** A tier as a reader chooses it: "Free: 50 at once, 1,000 per hour". */
export function tierLabel(tier: Tier): string {
	const sustained =
		tier.requestsPerHour === null
			? 'no hourly ceiling'
			: `${tier.requestsPerHour.toLocaleString('en-US')} per hour`;
	return `${tier.name}: ${tier.burst.toLocaleString('en-US')} at once, ${sustained}`;
}

/** A burst that just crosses the tier's boundary: its burst plus five. */
export function defaultCount(tier: Tier | undefined): number {
	return tier ? tier.burst + 5 : 10;
}

/** The header that carries the remaining quota for `profile`, if it has a rate limit. */
export function remainingHeader(profile: Profile): string | null {
	return profile.rateLimit ? `${profile.rateLimit.headerPrefix}-Remaining` : null;
}

/** One sentence on a burst: how many passed, and the first refusal with its Retry-After. */
export function burstSummary(shots: readonly Shot[]): string {
	const passed = shots.filter((shot) => shot.status < 400).length;
	const first = shots.find((shot) => isRetryable(shot.status));
	const count = `${passed} of ${shots.length} request${shots.length === 1 ? '' : 's'} passed`;
	if (first) {
		const retry =
			first.retryAfter === null ? 'without Retry-After' : `with Retry-After: ${first.retryAfter}`;
		return `${count}; request ${first.request} got ${first.status} ${first.statusText} ${retry}.`;
	}
	const refused = shots.find((shot) => shot.status >= 400);
	if (refused)
		return `${count}; request ${refused.request} got ${refused.status} ${refused.statusText}, which waiting will not change.`;
	return `${count}; none was refused.`;
}
