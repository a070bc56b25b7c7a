import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseHttpDate, parseRetryAfter } from '../../src/lib/rate-limit/retry-after.ts';

const now = Date.UTC(2026, 2, 2, 10, 0, 0);

describe('Retry-After as delay-seconds (RFC 9110 §10.2.3)', () => {
	test.each([
		['0', 0],
		['4', 4000],
		['120', 120_000],
		[' 17 ', 17_000],
		['007', 7000],
	])('reads %j as %i ms', (value, ms) => {
		expect(parseRetryAfter(value, now)).toBe(ms);
	});
});

describe('Retry-After as an HTTP-date (RFC 9110 §5.6.7), all three forms, read as UTC', () => {
	test.each([
		['IMF-fixdate', 'Mon, 02 Mar 2026 10:00:17 GMT', 17_000],
		['RFC 850', 'Monday, 02-Mar-26 10:01:00 GMT', 60_000],
		['asctime', 'Mon Mar  2 10:00:30 2026', 30_000],
		['asctime, two-digit day', 'Fri Mar 13 10:00:00 2026', 11 * 86_400_000],
		['a date already past', 'Sun, 06 Nov 1994 08:49:37 GMT', 0],
	])('reads the %s form %j', (_form, value, ms) => {
		expect(parseRetryAfter(value, now)).toBe(ms);
	});

	test('takes the RFC 850 example of RFC 9110 as 1994, not 2094', () => {
		expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', now)).toBe(
			Date.UTC(1994, 10, 6, 8, 49, 37),
		);
	});

	test('takes a two-digit year up to 50 years ahead as this century', () => {
		expect(parseHttpDate('Sunday, 06-Nov-70 08:49:37 GMT', now)).toBe(
			Date.UTC(2070, 10, 6, 8, 49, 37),
		);
		expect(parseHttpDate('Sunday, 06-Nov-77 08:49:37 GMT', now)).toBe(
			Date.UTC(1977, 10, 6, 8, 49, 37),
		);
	});
});

describe('values that are neither form', () => {
	test.each([
		[null],
		[undefined],
		[''],
		['-1'],
		['1.5'],
		['soon'],
		['4 seconds'],
		['Mon, 31 Feb 2026 10:00:00 GMT'],
		['Mon, 02 Mar 2026 25:00:00 GMT'],
		['Mon, 02 Mar 2026 10:00:00 UTC'],
		['2026-03-02T10:00:17Z'],
	])('%j gives null', (value) => {
		expect(parseRetryAfter(value, now)).toBeNull();
	});

	test('any string gives null or a wait of 0 ms or more, and never throws', () => {
		fc.assert(
			fc.property(fc.string(), (value) => {
				const ms = parseRetryAfter(value, now);
				expect(ms === null || ms >= 0).toBe(true);
			}),
		);
	});

	test('an IMF-fixdate made from any instant reads back as that instant', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 4_102_444_800 }), (seconds) => {
				const at = seconds * 1000;
				expect(parseHttpDate(new Date(at).toUTCString(), now)).toBe(at);
			}),
		);
	});
});
