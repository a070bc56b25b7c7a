/**
 * The header doctor's entry point: recognise what was pasted, run the checks for that kind, and
 * return findings sorted by position with the corrected header. It never throws: a bug in a
 * checker must not cost the person the findings gathered before it, nor break the page.
 */
import { checkAuthorizationValue } from './credentials/authorization-check.ts';
import { codeHeaderValues } from './code/code.ts';
import { collector, type Collector } from './findings/collector.ts';
import { checkCurl } from './shell/curl-command.ts';
import { detectKind } from './detect-kind.ts';
import { parseHeaderBlock } from './http/header-block.ts';
import { checkHeaders } from './http/headers.ts';
import { locate, type Located } from './findings/located.ts';
import { checkResponse } from './http/response-check.ts';
import type { FindingCode } from './codes/finding-codes.ts';
import type { DiagnoseOptions, Diagnosis, Finding, InputKind } from './types.ts';
import { checkUrl, parameters, valueForUserinfo } from './http/url.ts';
import { checkPkceParameters } from './http/oauth-parameters.ts';

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** Diagnoses a pasted header, header value, cURL command, code, URL or HTTP response. Never throws. */
export function diagnose(paste: string, options: DiagnoseOptions = {}): Diagnosis {
	const into = collector(options.profile, options.now);
	let kind: InputKind = 'empty';
	let corrected: string | undefined;
	try {
		kind = detectKind(typeof paste === 'string' ? paste : '');
		corrected = runChecks(into, kind, typeof paste === 'string' ? paste : '');
	} catch {
		// Keep what was found so far; the page shows it rather than nothing.
	}
	return result(into, kind, corrected);
}

/** `diagnose` without the safety net, so tests can prove the checks themselves never throw. */
export function diagnoseUnguarded(paste: string, options: DiagnoseOptions = {}): Diagnosis {
	const into = collector(options.profile, options.now);
	const kind = detectKind(paste);
	return result(into, kind, runChecks(into, kind, paste));
}

function result(into: Collector, kind: InputKind, corrected: string | undefined): Diagnosis {
	const findings = [...into.findings].sort(byPosition);
	const correctedHeader =
		corrected !== undefined && worthCorrecting(findings)
			? `Authorization: ${corrected}`
			: undefined;
	return correctedHeader === undefined ? { kind, findings } : { kind, findings, correctedHeader };
}

/** Codes that say nothing about how the header is written: a corrected header would equal the input. */
const notAboutTheHeader = new Set<FindingCode>([
	'test-key',
	'live-key',
	'expired-jwt',
	'rate-limited-403',
	'redirect-uri-mismatch',
	'invalid-pkce-verifier',
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

function runChecks(into: Collector, kind: InputKind, text: string): string | undefined {
	switch (kind) {
		case 'empty':
			return undefined;
		case 'curl':
			return checkCurl(into, text);
		case 'http-response':
			checkResponse(into, text);
			return undefined;
		case 'url': {
			const { userinfo } = checkUrl(into, trimmedUrl(text));
			return userinfo === undefined ? undefined : valueForUserinfo(into, userinfo);
		}
		case 'header-line':
			return checkHeaderLines(into, text);
		case 'header-value':
			return checkAuthorizationValue(into, locate(text));
		case 'code':
			return codeHeaderValues(into, text)
				.map((value) => checkAuthorizationValue(into, value))
				.find((value) => value !== undefined);
	}
}

function trimmedUrl(text: string): Located {
	const start = text.length - text.trimStart().length;
	return locate(text.trim(), start);
}

function checkHeaderLines(into: Collector, text: string): string | undefined {
	const block = parseHeaderBlock(text);
	if (block.requestTarget) checkUrl(into, block.requestTarget);
	const outcome = checkHeaders(into, block.headers);
	if (block.body) {
		checkPkceParameters(into, parameters(block.body));
	}
	return outcome.corrected;
}
