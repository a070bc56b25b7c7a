/**
 * Reading a JWT's expiry (RFC 7519 §4.1.4) without verifying anything: the doctor has no key to
 * check a signature with, so it only says what the token claims, and says so.
 */
import { jwtExpiry } from '../../auth/jwt-expiry.ts';
import { report, type Collector, type Span } from '../findings/collector.ts';

/** A duration in words, coarse on purpose ("3 days"). */
function ago(milliseconds: number): string {
	const units: [number, string][] = [
		[86_400_000, 'day'],
		[3_600_000, 'hour'],
		[60_000, 'minute'],
		[1000, 'second'],
	];
	for (const [size, name] of units) {
		const count = Math.floor(milliseconds / size);
		if (count >= 1) return `${count} ${name}${count === 1 ? '' : 's'}`;
	}
	return 'less than a second';
}

/** Reports `expired-jwt` when `token` is a JWT whose `exp` is at or before `into.now`. */
export function checkJwtExpiry(into: Collector, token: string, span: Span): void {
	if (into.now === undefined) return;
	const exp = jwtExpiry(token);
	if (exp === undefined) return;
	const expiresAt = exp * 1000;
	if (expiresAt > into.now) return;
	const when =
		Math.abs(expiresAt) <= 8.64e15
			? new Date(expiresAt).toISOString().replace('.000Z', 'Z')
			: `${exp} (seconds since 1970)`;
	report(
		into,
		'expired-jwt',
		span,
		`The token is a JWT whose exp claim says it expired at ${when}, ${ago(into.now - expiresAt)} ago. (The signature was not checked.)`,
	);
}
