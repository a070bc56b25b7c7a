/**
 * Reading `Retry-After` (RFC 9110 §10.2.3): either delay-seconds (`1*DIGIT`) or an HTTP-date
 * (§5.6.7), which a recipient must accept in all three of its forms: IMF-fixdate, the obsolete
 * RFC 850 form and asctime. Dates are read as UTC by hand, because `Date.parse` takes an asctime
 * date, which carries no zone, as local time.
 */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const time = '(\\d{2}):(\\d{2}):(\\d{2})';
const month = `(${months.join('|')})`;
/** `Sun, 06 Nov 1994 08:49:37 GMT` */
const imfFixdate = new RegExp(
	`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${month} (\\d{4}) ${time} GMT$`,
);
/** `Sunday, 06-Nov-94 08:49:37 GMT` */
const rfc850 = new RegExp(
	`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${month}-(\\d{2}) ${time} GMT$`,
);
/** `Sun Nov  6 08:49:37 1994` */
const asctime = new RegExp(
	`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${month} ( \\d|\\d{2}) ${time} (\\d{4})$`,
);

function utc(
	year: number,
	monthName: string,
	day: number,
	hours: number,
	minutes: number,
	seconds: number,
): number | null {
	const index = months.indexOf(monthName);
	if (hours > 23 || minutes > 59 || seconds > 60) return null;
	const at = Date.UTC(year, index, day, hours, minutes, Math.min(seconds, 59));
	// Date.UTC rolls 31 Feb over into March; a date that rolls is not a date.
	return new Date(at).getUTCDate() === day ? at : null;
}

/** §5.6.7: a two-digit year more than 50 years ahead of `now` is the latest past year ending so. */
function fullYear(twoDigits: number, now: number): number {
	const current = new Date(now).getUTCFullYear();
	let year = Math.floor(current / 100) * 100 + twoDigits;
	if (year > current + 50) year -= 100;
	return year;
}

/** The instant an HTTP-date names, in ms since the epoch, or null if `text` is not one. */
export function parseHttpDate(text: string, now: number): number | null {
	let m = imfFixdate.exec(text);
	if (m) return utc(Number(m[3]), m[2]!, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
	m = rfc850.exec(text);
	if (m)
		return utc(
			fullYear(Number(m[3]), now),
			m[2]!,
			Number(m[1]),
			Number(m[4]),
			Number(m[5]),
			Number(m[6]),
		);
	m = asctime.exec(text);
	if (m)
		return utc(Number(m[6]), m[1]!, Number(m[2]!.trim()), Number(m[3]), Number(m[4]), Number(m[5]));
	return null;
}

/**
 * Milliseconds to wait according to a `Retry-After` value received at `now`, or null when there
 * is no value or it is neither form. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
	if (value === null || value === undefined) return null;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const at = parseHttpDate(text, now);
	return at === null ? null : Math.max(0, at - now);
}
