/**
 * The burst simulator's inputs, read from what a reader typed: how many requests and how far
 * apart (the tiers to choose from are in tiers.ts); plus the summary of what came back. Pure, so the page and the
 * tests agree on every refusal and every sentence.
 */
import type { Profile } from '../profiles/index.ts';
import { isRetryable, type Shot } from './burst.ts';

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
