/**
 * The auth core's issue codes on /troubleshooting/. The core names its codes after their anchor
 * there (`/troubleshooting/#control-character`), and where a code is also a finding of the
 * doctor the two mean the same thing. The core's other codes get a short section of their own,
 * pointing to the finding that explains the same mistake in a paste, when there is one.
 */
import { authIssueCodeList, type AuthIssueCode } from '../../auth/issue-codes.ts';
import { sameMistakeAs } from '../../codes/cross-maps.ts';
import {
	troubleshootingCodes,
	troubleshootingCodesOf,
	type SnippetCode,
} from '../../codes/index.ts';
import { findingCodeList, isFindingCode, type FindingCode } from './finding-codes.ts';

export interface CoreCodeSection {
	readonly code: AuthIssueCode;
	readonly related?: FindingCode;
}

/** A section for every core code that is not also a finding code, in the core's table order. */
export function coreOnlySections(): CoreCodeSection[] {
	return authIssueCodeList
		.filter((code) => !isFindingCode(code))
		.map((code) => {
			const finding = sameMistakeAs(code);
			return finding ? { code, related: finding } : { code };
		});
}

/** Every anchor the page has for a code: the findings, then the core-only codes. */
export function troubleshootingAnchors(): string[] {
	return [
		...findingCodeList,
		...coreOnlySections().map((section) => section.code),
		...snippetOnlyCodes(),
	];
}

/** The snippet refusal codes no other set on the page reports, in the registry's order. */
export function snippetOnlyCodes(): SnippetCode[] {
	return troubleshootingCodesOf('snippets').filter(
		(code) => troubleshootingCodes[code].owners.length === 1,
	);
}
