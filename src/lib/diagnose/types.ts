/**
 * What the header doctor returns. A finding points at a span of the pasted text (0-based UTF-16
 * offsets, as a textarea's selectionStart counts), says what is wrong in words that never show a
 * secret whole, and, where a repair is certain, carries the corrected value.
 */
import type { Profile } from '../profiles/index.ts';
import type { FindingCode } from './codes/finding-codes.ts';
import type { Severity } from './codes/severity.ts';
import type { ApiRequest } from '../http/index.ts';

/** Every shape the doctor reads, one reader each. */
export type Shape =
	| 'har'
	| 'http-response'
	| 'raw-request'
	| 'curl-cmd'
	| 'curl-powershell'
	| 'curl-bash'
	| 'wget'
	| 'httpie'
	| 'powershell-web'
	| 'base64-pipeline'
	| 'fetch'
	| 'python-requests'
	| 'go-net-http'
	| 'code'
	| 'url'
	| 'postman-bulk'
	| 'header-lines'
	| 'header-value';

/** What the pasted text was recognised as. */
export type InputKind =
	| 'empty'
	| 'header-line'
	| 'header-value'
	| 'curl'
	| 'command'
	| 'url'
	| 'http-response'
	| 'code'
	| 'har'
	| 'unrecognised';

export interface Finding {
	readonly code: FindingCode;
	readonly severity: Severity;
	/** 0-based offset in the pasted text. */
	readonly position: number;
	/** Number of UTF-16 code units the finding covers (0 for "something is missing here"). */
	readonly length: number;
	/** What is wrong in this paste, secrets masked. */
	readonly message: string;
	/** What to do about it in this paste, when it differs from the code's fix (content, shown by code). */
	readonly fix?: string;
	/** The repaired value of what the finding points at, when the repair is certain. */
	readonly corrected?: string;
}

export interface Diagnosis {
	readonly kind: InputKind;
	/** Sorted by position, then by severity. */
	readonly findings: readonly Finding[];
	/** The whole `Authorization: …` line with every certain repair applied, when it differs. */
	readonly correctedHeader?: string;
	/** The reader that recognised the paste (absent for an empty or unrecognised paste). */
	readonly shape?: Shape;
	/** How the paste was read, for "Read as: …" (`PowerShell Invoke-RestMethod`). */
	readonly readAs?: string;
	/** For an unrecognised paste: the shapes that were tried, by label. */
	readonly tried?: readonly string[];
	/** When the paste holds a whole request: that request, credential repaired and marked secret, for the snippet emitters. */
	readonly request?: CorrectedRequest;
}

/** The pasted request with its credential repaired, ready for `emitSnippets`. */
export interface CorrectedRequest {
	/** Absent when no snippet can repeat the request; `unsupported` then says why. */
	readonly request?: ApiRequest;
	/**
	 * False when the paste reads the credential from a variable whose value the doctor cannot
	 * know: only environment-variable mode then shows the real request.
	 */
	readonly inlineable: boolean;
	/** Why no snippet can be written for the request, when one cannot (a HEAD request, a body read from a file). */
	readonly unsupported?: string;
}

/** What the doctor reads of a profile: its name for messages and its authentication settings. */
export type DoctorProfile = Pick<Profile, 'id' | 'name' | 'auth' | 'envVar'>;

export interface DiagnoseOptions {
	/** The API the header is meant for; findings then use its scheme, key prefixes and username rule. */
	readonly profile?: DoctorProfile | undefined;
	/** The clock, in milliseconds since the epoch, for JWT expiry; without it expiry is not judged. */
	readonly now?: number | undefined;
}
