/** Helpers shared by the header doctor's tests: encoders built on Node, not on the code under test. */
import { loadProfile } from '../support/profiles.ts';
import { diagnose, type Diagnosis, type FindingCode } from '../../src/lib/diagnose/index.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';

/** Standard Base64 of the UTF-8 bytes of `text`. */
export const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
/** base64url (no padding) of the UTF-8 bytes of `text`. */
export const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
/** Standard Base64 of the Latin-1 bytes of `text`, as `btoa` produces. */
export const b64latin1 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');

/** A JWT with the given payload and a dummy signature (never verified by the doctor). */
export function jwt(payload: Record<string, unknown>): string {
	return `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.c2lnbmF0dXJl`;
}

/** 2025-01-01T00:00:00Z, the clock every test pins. */
export const now = Date.UTC(2025, 0, 1);

/** A profile by id, or a variant of lemlist whose username rule is `key-as-username`. */
export function profileFor(id: string | undefined): Profile | undefined {
	if (id === undefined) return undefined;
	if (id === 'key-as-username') {
		const lemlist = loadProfile('lemlist');
		return { ...lemlist, auth: { scheme: 'basic', username: 'key-as-username', realm: 'test' } };
	}
	return loadProfile(id);
}

/** Diagnoses with the pinned clock and an optional profile id. */
export function run(paste: string, profileId?: string): Diagnosis {
	return diagnose(paste, { profile: profileFor(profileId), now });
}

/** The codes found in `paste`. */
export function codes(paste: string, profileId?: string): FindingCode[] {
	return run(paste, profileId).findings.map((finding) => finding.code);
}
