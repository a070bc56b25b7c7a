/**
 * The header doctor's entry point: find the reader for the paste's shape, let it run the checks
 * for that shape, and return the findings sorted by position, the corrected header, how the paste
 * was read and, for a whole request, that request repaired. It never throws: a bug in a checker
 * must not cost the person the findings gathered before it, nor break the page.
 */
import { checkHeaderSize } from './credentials/header-size.ts';
import { collector, type Collector } from './findings/collector.ts';
import { correctedRequest } from './http/corrected-request.ts';
import type { FindingCode } from './codes/finding-codes.ts';
import type { Reading } from './reading.ts';
import { readerFor, readerLabels } from './readers.ts';
import type { DiagnoseOptions, Diagnosis, Finding } from './types.ts';

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** Diagnoses a paste of any shape the readers know. Never throws. */
export function diagnose(paste: string, options: DiagnoseOptions = {}): Diagnosis {
	const text = typeof paste === 'string' ? paste : '';
	const into = collector(options.profile, options.now);
	const reader = safely(() => readerFor(text));
	if (text.trim() === '') return { kind: 'empty', findings: [] };
	if (!reader) return unrecognised();
	let reading: Reading = {};
	try {
		reading = reader.read(into, text);
	} catch {
		// Keep what was found so far; the page shows it rather than nothing.
	}
	return (
		safely(() =>
			result(into, reader.kind, reader.shape, reading.label ?? reader.label, reading),
		) ?? {
			kind: reader.kind,
			findings: [...into.findings].sort(byPosition),
			shape: reader.shape,
			readAs: reader.label,
		}
	);
}

/** `diagnose` without the safety net, so tests can prove the checks themselves never throw. */
export function diagnoseUnguarded(paste: string, options: DiagnoseOptions = {}): Diagnosis {
	const into = collector(options.profile, options.now);
	if (paste.trim() === '') return { kind: 'empty', findings: [] };
	const reader = readerFor(paste);
	if (!reader) return unrecognised();
	const reading = reader.read(into, paste);
	return result(into, reader.kind, reader.shape, reading.label ?? reader.label, reading);
}

function safely<T>(run: () => T): T | undefined {
	try {
		return run();
	} catch {
		return undefined;
	}
}

function unrecognised(): Diagnosis {
	return { kind: 'unrecognised', findings: [], tried: readerLabels() };
}

function result(
	into: Collector,
	kind: Diagnosis['kind'],
	shape: NonNullable<Diagnosis['shape']>,
	readAs: string,
	reading: Reading,
): Diagnosis {
	if (reading.corrected !== undefined) checkHeaderSize(into, reading.corrected);
	const findings = [...into.findings].sort(byPosition);
	const corrected = reading.corrected;
	const correctedHeader =
		corrected !== undefined && worthCorrecting(findings)
			? `Authorization: ${corrected}`
			: undefined;
	const request = reading.request
		? correctedRequest(reading.request, corrected, into.profile)
		: undefined;
	return {
		kind,
		findings,
		shape,
		readAs,
		...(correctedHeader !== undefined ? { correctedHeader } : {}),
		...(request ? { request } : {}),
	};
}

/** Codes that say nothing about how the header is written: a corrected header would equal the input. */
const notAboutTheHeader = new Set<FindingCode>([
	'test-key',
	'live-key',
	'expired-jwt',
	'rate-limited-403',
	'redirect-uri-mismatch',
	'invalid-pkce-verifier',
	'other-scheme',
	'header-too-large',
	'unterminated-quote',
]);

/** Whether the corrected header is worth offering: something about the header was repaired, nothing unrepairable remains. */
function worthCorrecting(findings: readonly Finding[]): boolean {
	if (
		findings.some(
			(finding) =>
				finding.code === 'placeholder-not-replaced' || finding.code === 'empty-credentials',
		)
	)
		return false;
	return findings.some((finding) => !notAboutTheHeader.has(finding.code));
}

function byPosition(a: Finding, b: Finding): number {
	return a.position - b.position || severityOrder[a.severity] - severityOrder[b.severity];
}
