/**
 * The key manager's refusals on /guides/api-keys/ (the in-page key store of the mock API): each
 * declared once; the code is the anchor of its entry on that page.
 */
import type { KeyStoreEntry } from './types.ts';

export const keyStoreCodes = {
	'invalid-key-name': { owners: ['key-store'], severity: 'error' },
	'unknown-key': { owners: ['key-store'], severity: 'error' },
	'key-revoked': { owners: ['key-store'], severity: 'error' },
	'invalid-overlap': { owners: ['key-store'], severity: 'error' },
	'key-shown-once': { owners: ['key-store'], severity: 'error' },
} as const satisfies Record<string, KeyStoreEntry>;
