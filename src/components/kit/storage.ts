/**
 * Everything the playground keeps in the browser's storage, in one place. Only the snippet
 * language is stored: it is a preference, never a secret, and it is what synced tabs need to
 * remember across pages. Reads accept only a known language; writes never throw (storage can be
 * full, disabled or blocked by privacy settings).
 */
import { languages, type Language } from '../../lib/share/index.ts';

/** Namespaced so no other script on the site (Starlight's synced tabs included) collides. */
export const storageKeys = { language: 'auth-playground:snippet-language' } as const;

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The language the reader last picked, if any and still valid. */
export function readLanguage(): Language | undefined {
	try {
		const stored = storage()?.getItem(storageKeys.language);
		return languages.find((language) => language === stored);
	} catch {
		return undefined;
	}
}

/** Remembers the reader's language choice; silently does nothing where storage is unavailable. */
export function writeLanguage(language: Language): void {
	if (!languages.includes(language)) return;
	try {
		storage()?.setItem(storageKeys.language, language);
	} catch {
		// Quota exceeded or storage disabled: the choice then lasts for this page only.
	}
}
