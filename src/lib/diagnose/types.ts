/**
 * What the header doctor returns. A finding points at a span of the pasted text (0-based UTF-16
 * offsets, as a textarea's selectionStart counts), says what is wrong in words that never show a
 * secret whole, and, where a repair is certain, carries the corrected value.
 */
import type { Profile } from '../profiles/index.ts';
import type { FindingCode } from './codes/finding-codes.ts';
import type { Severity } from './codes/severity.ts';

/** What the pasted text was recognised as. */
export type InputKind =
	'empty' | 'header-line' | 'header-value' | 'curl' | 'url' | 'http-response' | 'code';

export interface Finding {
	readonly code: FindingCode;
	readonly severity: Severity;
	readonly title: string;
	/** 0-based offset in the pasted text. */
	readonly position: number;
	/** Number of UTF-16 code units the finding covers (0 for "something is missing here"). */
	readonly length: number;
	/** What is wrong in this paste, secrets masked. */
	readonly message: string;
	/** What to do about it. */
	readonly fix: string;
	/** The repaired value of what the finding points at, when the repair is certain. */
	readonly corrected?: string;
}

export interface Diagnosis {
	readonly kind: InputKind;
	/** Sorted by position, then by severity. */
	readonly findings: readonly Finding[];
	/** The whole `Authorization: …` line with every certain repair applied, when it differs. */
	readonly correctedHeader?: string;
}

/** What the doctor reads of a profile: its name for messages and its authentication settings. */
export type DoctorProfile = Pick<Profile, 'id' | 'name' | 'auth'>;

export interface DiagnoseOptions {
	/** The API the header is meant for; findings then use its scheme, key prefixes and username rule. */
	readonly profile?: DoctorProfile | undefined;
	/** The clock, in milliseconds since the epoch, for JWT expiry; without it expiry is not judged. */
	readonly now?: number | undefined;
}
