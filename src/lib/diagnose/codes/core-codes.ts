/**
 * The auth core's issue codes on /troubleshooting/. The core names its codes after their anchor
 * there (`/troubleshooting/#control-character`), and where a code is also a finding of the
 * doctor the two mean the same thing. The core's other codes get a short section of their own,
 * pointing to the finding that explains the same mistake in a paste, when there is one.
 */
import {
	authIssueCodeList,
	authIssueTitles,
	fixOf,
	type AuthIssueCode,
} from '../../auth/issue-codes.ts';
import { findingCodeList, isFindingCode, type FindingCode } from './finding-codes.ts';

/** The finding that covers the same mistake as a core-only code. */
const related: Partial<Record<AuthIssueCode, FindingCode>> = {
	'scheme-in-value': 'duplicated-scheme',
	'empty-key': 'empty-credentials',
	'missing-credentials': 'empty-credentials',
	'non-ascii-key': 'non-ascii-token',
	'misplaced-token-padding': 'invalid-token-character',
	'wrong-scheme': 'wrong-scheme-for-api',
	'invalid-base64-character': 'invalid-base64',
	'misplaced-padding': 'invalid-base64',
	'invalid-length': 'invalid-base64',
	'invalid-code-verifier': 'invalid-pkce-verifier',
	'redirect-uri-fragment': 'redirect-uri-mismatch',
	'redirect-uri-relative': 'redirect-uri-mismatch',
	'redirect-uri-insecure': 'redirect-uri-mismatch',
	'redirect-uri-userinfo': 'redirect-uri-mismatch',
};

export interface CoreCodeSection {
	readonly code: AuthIssueCode;
	readonly title: string;
	readonly fix: string;
	readonly related?: FindingCode;
}

/** A section for every core code that is not also a finding code, in the core's table order. */
export function coreOnlySections(): CoreCodeSection[] {
	return authIssueCodeList
		.filter((code) => !isFindingCode(code))
		.map((code) => {
			const finding = related[code];
			const section = { code, title: authIssueTitles[code], fix: fixOf(code) };
			return finding ? { ...section, related: finding } : section;
		});
}

/** Every anchor the page has for a code: the findings, then the core-only codes. */
export function troubleshootingAnchors(): string[] {
	return [...findingCodeList, ...coreOnlySections().map((section) => section.code)];
}
