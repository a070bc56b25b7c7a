/**
 * The links between code sets, read from the registry: which doctor findings explain a simulated
 * API error (the response panel and /reference/errors/ link to them), which errors a finding
 * explains (the same relation read backwards), and which finding covers the same mistake as an
 * auth code the doctor does not report.
 */
import type { DoctorCode, MockCode } from './index.ts';
import { referenceErrorCodes } from './reference-error-codes.ts';
import { troubleshootingCodes } from './troubleshooting-codes.ts';

/** The findings that explain each error that has any, most likely first. */
export const findingsForError = Object.fromEntries(
	Object.entries(referenceErrorCodes).flatMap(([code, entry]) =>
		'explainedBy' in entry ? [[code, entry.explainedBy]] : [],
	),
) as Partial<Record<MockCode, readonly DoctorCode[]>>;

/** The findings that explain `errorCode`, most likely first (none for an unknown or unrelated code). */
export function relatedFindings(errorCode: string): readonly DoctorCode[] {
	return (findingsForError as Partial<Record<string, readonly DoctorCode[]>>)[errorCode] ?? [];
}

/** The simulated errors that `finding` explains, in the registry's order. */
export function errorsExplainedBy(finding: string): readonly MockCode[] {
	return (Object.entries(findingsForError) as [MockCode, readonly string[]][])
		.filter(([, findings]) => findings.includes(finding))
		.map(([errorCode]) => errorCode);
}

/** The finding that explains the same mistake as `code` in a paste, when the doctor does not report `code` itself. */
export function sameMistakeAs(code: string): DoctorCode | undefined {
	const entry = (troubleshootingCodes as Partial<Record<string, { sameMistakeAs?: string }>>)[code];
	return entry?.sameMistakeAs as DoctorCode | undefined;
}
