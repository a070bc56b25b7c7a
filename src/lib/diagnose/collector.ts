/**
 * The findings gathered while one paste is examined. Each checker reports into it; titles,
 * severities and default fixes come from the one table, so a checker only says what is specific.
 */
import type { Profile } from '../profiles/index.ts';
import { findingCodes, type FindingCode } from './finding-codes.ts';
import type { Finding } from './types.ts';

export interface Collector {
	readonly profile: Profile | undefined;
	readonly now: number | undefined;
	readonly findings: Finding[];
}

export interface Span {
	readonly position: number;
	readonly length: number;
}

/** A new, empty collector. */
export function collector(profile: Profile | undefined, now: number | undefined): Collector {
	return { profile, now, findings: [] };
}

/** Records one finding; the same code at the same position is recorded once. */
export function report(into: Collector, code: FindingCode, span: Span, message: string, extra: { fix?: string; corrected?: string | undefined } = {}): void {
	if (into.findings.some((finding) => finding.code === code && finding.position === span.position)) return;
	const info = findingCodes[code];
	const finding: Finding = {
		code,
		severity: info.severity,
		title: info.title,
		position: span.position,
		length: span.length,
		message,
		fix: extra.fix ?? info.fix,
		...(extra.corrected === undefined ? {} : { corrected: extra.corrected }),
	};
	into.findings.push(finding);
}

/** Whether a finding with `code` was recorded. */
export function has(into: Collector, code: FindingCode): boolean {
	return into.findings.some((finding) => finding.code === code);
}

/** Whether a character finding (control, invisible, quote) already points at `position`. */
export function reportedAt(into: Collector, position: number): boolean {
	return into.findings.some((finding) => finding.position === position && (finding.code === 'control-character' || finding.code === 'invisible-character' || finding.code === 'smart-quotes'));
}

/** The key prefixes the profile declares (shown unmasked: they are not secret). */
export function knownPrefixes(into: Collector): string[] {
	const auth = into.profile?.auth;
	return auth?.scheme === 'bearer' ? auth.keyPrefixes.map((entry) => entry.prefix) : [];
}
