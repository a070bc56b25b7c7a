/**
 * Every finding the header doctor can report, by code. The code is stable: it is the anchor of the
 * finding's section on /troubleshooting/ and what support staff put in a link, so a code is never
 * renamed. Codes and severities are declared in the registry (src/lib/codes); what the page says
 * about each (title, explanation, fix, example) is content, src/content/codes/doctor.yaml, which
 * the page renders at build time and the doctor shows from templates.
 */
import {
	troubleshootingCodes,
	troubleshootingCodesOf,
	type DoctorCode,
} from '../../codes/index.ts';
import type { Severity } from './severity.ts';

/** A stable finding code, declared in the registry. */
export type FindingCode = DoctorCode;

/** Every code, in the registry's order (the order of the page's sections). */
export const findingCodeList: FindingCode[] = troubleshootingCodesOf('doctor');

/** Type guard for a code read from outside, e.g. a URL fragment. */
export function isFindingCode(value: string): value is FindingCode {
	return (findingCodeList as readonly string[]).includes(value);
}

/** How serious a finding is, from the registry. */
export function findingSeverity(code: FindingCode): Severity {
	return troubleshootingCodes[code].severity;
}
