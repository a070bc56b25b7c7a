/**
 * One registry of every code a reader can meet: the page that explains it (its anchor), who
 * reports it, its severity or status, and what explains it. The code sets' types and the maps
 * between them are derived from here, never written twice.
 */
import { keyStoreCodes } from './key-store-codes.ts';
import { referenceErrorCodes } from './reference-error-codes.ts';
import { troubleshootingCodes } from './troubleshooting-codes.ts';
import type { CodeOwner } from './types.ts';

export { keyStoreCodes, referenceErrorCodes, troubleshootingCodes };
export type * from './types.ts';

type Troubleshooting = typeof troubleshootingCodes;

/** The troubleshooting codes reported by `owner`. */
export type TroubleshootingCodeOf<Owner extends CodeOwner> = {
	[K in keyof Troubleshooting]: Owner extends Troubleshooting[K]['owners'][number] ? K : never;
}[keyof Troubleshooting];

/** A code of the auth core (header builders, OAuth client). */
export type AuthCode = TroubleshootingCodeOf<'auth'>;
/** A finding of the header doctor. */
export type DoctorCode = TroubleshootingCodeOf<'doctor'>;
/** A refusal of the snippet emitters. */
export type SnippetCode = TroubleshootingCodeOf<'snippets'>;
/** An answer of the simulated APIs other than success. */
export type MockCode = keyof typeof referenceErrorCodes;
/** A refusal of the key manager. */
export type KeyStoreCode = keyof typeof keyStoreCodes;

/** The pages that explain codes, by the registry table that lists them. */
export const codePages = {
	troubleshooting: '/troubleshooting/',
	errors: '/reference/errors/',
	keys: '/guides/api-keys/',
} as const;

export type CodePage = keyof typeof codePages;

/** Every code with the page that explains it, in table order (for docs and exhaustive tests). */
export function everyCode(): { readonly code: string; readonly page: CodePage }[] {
	const listed = (page: CodePage, table: object) =>
		Object.keys(table).map((code) => ({ code, page }));
	return [
		...listed('troubleshooting', troubleshootingCodes),
		...listed('errors', referenceErrorCodes),
		...listed('keys', keyStoreCodes),
	];
}

/** The codes of the troubleshooting table reported by `owner`, in table order. */
export function troubleshootingCodesOf<Owner extends CodeOwner>(
	owner: Owner,
): TroubleshootingCodeOf<Owner>[] {
	return (Object.keys(troubleshootingCodes) as (keyof Troubleshooting)[]).filter((code) =>
		(troubleshootingCodes[code].owners as readonly CodeOwner[]).includes(owner),
	) as TroubleshootingCodeOf<Owner>[];
}
