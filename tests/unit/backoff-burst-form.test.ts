import { describe, expect, test } from 'vitest';
import {
	burstSummary,
	maxBurstCount,
	parseCount,
	parseSpacing,
	remainingHeader,
} from '../../src/lib/rate-limit/burst-form.ts';
import { defaultCount, tierLabel, tierOf } from '../../src/lib/rate-limit/tiers.ts';
import type { Shot } from '../../src/lib/rate-limit/burst.ts';
import { loadProfile } from '../support/profiles.ts';

describe('the burst inputs', () => {
	test.each([
		['55', 55],
		[' 1 ', 1],
		[String(maxBurstCount), maxBurstCount],
	])('%j requests is %i', (text, value) => {
		expect(parseCount(text)).toEqual({ ok: true, value });
	});

	test.each(['', '0', '-1', '2.5', 'fifty', String(maxBurstCount + 1)])(
		'%j requests is refused with a reason',
		(text) => {
			expect(parseCount(text)).toMatchObject({
				ok: false,
				message: expect.stringMatching(/whole number|between/),
			});
		},
	);

	test.each([
		['0', 0],
		['250', 250],
	])('an interval of %j is %i ms', (text, value) => {
		expect(parseSpacing(text)).toEqual({ ok: true, value });
	});

	test.each(['', '-5', '1e3', '3600001'])('an interval of %j is refused', (text) => {
		expect(parseSpacing(text).ok).toBe(false);
	});
});

describe('tiers from the profile', () => {
	const example = loadProfile('example-api');

	test.each([
		['Free', 'Free: 50 at once, 1,000 per hour', 55],
		['Pro', 'Pro: 200 at once, 10,000 per hour', 205],
		['Enterprise', 'Enterprise: 1,000 at once, no hourly ceiling', 1005],
		['Unknown', 'Free: 50 at once, 1,000 per hour', 55],
	])('%s reads as %j and a default burst of %i', (name, label, count) => {
		const tier = tierOf(example, name);
		expect(tierLabel(tier!)).toBe(label);
		expect(defaultCount(tier)).toBe(count);
	});

	test('a profile without a rate limit has no tier and no remaining header', () => {
		const lemlist = loadProfile('lemlist');
		expect(tierOf(lemlist, 'Free')).toBeUndefined();
		expect(remainingHeader(lemlist)).toBeNull();
		expect(remainingHeader(example)).toBe('X-RateLimit-Remaining');
	});
});

describe('the summary of a burst', () => {
	const shot = (
		request: number,
		status: number,
		statusText: string,
		retryAfter: string | null = null,
	): Shot => ({
		request,
		attempt: 0,
		at: 0,
		status,
		statusText,
		remaining: 0,
		retryAfter,
		retryAfterMs: null,
		errorCode: null,
	});

	test.each([
		[
			[
				shot(1, 200, 'OK'),
				shot(2, 429, 'Too Many Requests', '4'),
				shot(3, 429, 'Too Many Requests', '4'),
			],
			'1 of 3 requests passed; request 2 got 429 Too Many Requests with Retry-After: 4.',
		],
		[[shot(1, 200, 'OK')], '1 of 1 request passed; none was refused.'],
		[
			[shot(1, 401, 'Unauthorized')],
			'0 of 1 request passed; request 1 got 401 Unauthorized, which waiting will not change.',
		],
		[
			[shot(1, 503, 'Service Unavailable')],
			'0 of 1 request passed; request 1 got 503 Service Unavailable without Retry-After.',
		],
	])('%#: %s', (shots, summary) => {
		expect(burstSummary(shots)).toBe(summary);
	});
});
