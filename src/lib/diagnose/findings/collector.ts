/**
 * The findings gathered while one paste is examined. Each checker reports into it; severities come
 * from the registry and titles and default fixes are content shown by code, so a checker only says
 * what is specific.
 */
import type { DoctorProfile } from '../types.ts';
import { findingSeverity, type FindingCode } from '../codes/finding-codes.ts';
import type { Finding } from '../types.ts';

export interface Collector {
	readonly profile: DoctorProfile | undefined;
	readonly now: number | undefined;
	readonly findings: Finding[];
	/** `code@position` of every finding, and how many findings each code has. */
	readonly seen: Set<string>;
	readonly perCode: Map<FindingCode, number>;
}

/**
 * A paste that repeats one mistake 500 times needs it shown a few times, not 500: more would bury
 * the other findings and cost time on a 10 KB paste.
 */
export const maxFindingsPerCode = 5;

export interface Span {
	readonly position: number;
	readonly length: number;
}

/** A new, empty collector. */
export function collector(profile: DoctorProfile | undefined, now: number | undefined): Collector {
	return { profile, now, findings: [], seen: new Set(), perCode: new Map() };
}

/** Records one finding; the same code at the same position is recorded once, and each code at most five times. */
export function report(
	into: Collector,
	code: FindingCode,
	span: Span,
	message: string,
	extra: { fix?: string; corrected?: string | undefined } = {},
): void {
	const key = `${code}@${span.position}`;
	const count = into.perCode.get(code) ?? 0;
	if (into.seen.has(key) || count >= maxFindingsPerCode) return;
	into.seen.add(key);
	into.perCode.set(code, count + 1);
	const finding: Finding = {
		code,
		severity: findingSeverity(code),
		position: span.position,
		length: span.length,
		message,
		...(extra.fix === undefined ? {} : { fix: extra.fix }),
		...(extra.corrected === undefined ? {} : { corrected: extra.corrected }),
	};
	into.findings.push(finding);
}

/** Whether a finding with `code` was recorded. */
export function has(into: Collector, code: FindingCode): boolean {
	return into.perCode.has(code);
}

/** Whether a character finding (control, invisible, quote) already points at `position`. */
export function reportedAt(into: Collector, position: number): boolean {
	return (
		into.seen.has(`control-character@${position}`) ||
		into.seen.has(`invisible-character@${position}`) ||
		into.seen.has(`smart-quotes@${position}`)
	);
}

/** The key prefixes the profile declares (shown unmasked: they are not secret). */
export function knownPrefixes(into: Collector): string[] {
	const auth = into.profile?.auth;
	return auth?.scheme === 'bearer' ? auth.keyPrefixes.map((entry) => entry.prefix) : [];
}
