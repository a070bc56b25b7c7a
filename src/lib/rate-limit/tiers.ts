/**
 * The rate-limit tiers of a profile as a reader chooses them: which one applies, its label, and a
 * burst size that crosses it. Apart from the burst inputs (burst-form.ts) because the burst
 * simulator keeps its tier list in step with the page's API at load, before anything else of the
 * simulator is needed.
 */
import type { Profile } from '../profiles/index.ts';

/** One rate-limit tier of a profile. */
export type Tier = NonNullable<Profile['rateLimit']>['tiers'][number];

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
