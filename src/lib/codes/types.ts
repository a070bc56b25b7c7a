/**
 * The shape of a registry entry. Codes are kebab-case, stable (add, never rename) and double as
 * anchors, so a support link reaches the entry that explains them.
 */

/** The code sets: who reports a code. */
export type CodeOwner = 'auth' | 'doctor' | 'snippets' | 'mock' | 'key-store';

/**
 * How serious a code is. `per-use` is for the auth core's own codes: a builder reports the same
 * code as an error in the field it builds from and as a warning in a paste it only reads.
 */
export type CodeSeverity = 'error' | 'warning' | 'info' | 'per-use';

/** The statuses the simulated APIs answer with. */
export type ErrorStatus = 302 | 400 | 401 | 403 | 404 | 405 | 413 | 429 | 431;

export interface TroubleshootingEntry {
	readonly owners: readonly ('auth' | 'doctor' | 'snippets')[];
	readonly severity: CodeSeverity;
	/** For a code the doctor does not report: the finding that explains the same mistake in a paste. */
	readonly sameMistakeAs?: string;
}

export interface ReferenceErrorEntry {
	readonly owners: readonly ['mock'];
	readonly status: ErrorStatus;
	/** The doctor findings that explain this answer, most likely first. */
	readonly explainedBy?: readonly string[];
}

export interface KeyStoreEntry {
	readonly owners: readonly ['key-store'];
	readonly severity: 'error';
}
