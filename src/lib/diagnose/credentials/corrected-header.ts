/**
 * The corrected Authorization value for a key, in the scheme and form the profile wants. This is
 * the doctor's only header construction, kept in one place until the core's builders are used.
 */
import type { DoctorProfile } from '../types.ts';
import { encodeCredentials } from './basic-check.ts';
import { credentialsForKey } from './basic-form.ts';

/** `Bearer KEY` or `Basic base64(…)` for `key` under `profile`; undefined when a username is required. */
export function valueForKey(profile: DoctorProfile, key: string): string | undefined {
	if (profile.auth.scheme === 'bearer') return `Bearer ${key}`;
	// An API that reads a key from its own header or the query has no Authorization value to correct to.
	if (profile.auth.scheme === 'apiKey') return undefined;
	const credentials = credentialsForKey(profile.auth, key);
	return credentials === undefined ? undefined : `Basic ${encodeCredentials(credentials)}`;
}

/** The scheme name as the profile spells it in a header. */
export function schemeName(profile: DoctorProfile): 'Basic' | 'Bearer' {
	return profile.auth.scheme === 'basic' ? 'Basic' : 'Bearer';
}
