/** Public surface of the header doctor. */
export { diagnose } from './diagnose.ts';
export { detectKind } from './detect-kind.ts';
export { findingCodes, findingCodeList, isFindingCode, type FindingCode, type FindingCodeInfo } from './finding-codes.ts';
export { maskKey } from './mask.ts';
export type { Diagnosis, DiagnoseOptions, DoctorProfile, Finding, InputKind, Severity } from './types.ts';
export { codeSegments, excerpt, lineAndColumn, visible, visibleChar, type Excerpt, type Segment } from './text-format.ts';
export { findingFragment, findingLink, parseFindingFragment, troubleshootingPath, type FindingLinkContext, type FindingLinkTarget } from './finding-link.ts';
