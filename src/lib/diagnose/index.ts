/** Public surface of the header doctor. */
export { diagnose } from './diagnose.ts';
export { detectKind } from './detect-kind.ts';
export {
	findingCodeList,
	findingSeverity,
	isFindingCode,
	type FindingCode,
} from './codes/finding-codes.ts';
export { maskKey } from './credentials/key-mask.ts';
export type {
	CorrectedRequest,
	Diagnosis,
	DiagnoseOptions,
	DoctorProfile,
	Finding,
	InputKind,
} from './types.ts';
export type { Severity } from './codes/severity.ts';
export {
	codeSegments,
	excerpt,
	lineAndColumn,
	visible,
	visibleChar,
	type Excerpt,
	type Segment,
} from './findings/text-format.ts';
export {
	findingFragment,
	findingLink,
	parseFindingFragment,
	troubleshootingPath,
	type FindingLinkContext,
	type FindingLinkTarget,
} from './codes/finding-link.ts';
export { errorsExplainedBy, findingsForError, relatedFindings } from '../codes/cross-maps.ts';
export {
	coreOnlySections,
	snippetOnlyCodes,
	troubleshootingAnchors,
	type CoreCodeSection,
} from './codes/core-codes.ts';
