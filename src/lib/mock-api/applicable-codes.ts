/** Which error codes a profile can answer with, from the table's `appliesTo`. */
import type { Profile } from '../profiles/index.ts';
import { errorCodes, type Applicability, type ErrorCode } from './error-codes.ts';

/** Whether a profile has the feature an applicability names. */
export function applies(profile: Profile, to: Applicability): boolean {
	switch (to) {
		case 'every-profile':
			return true;
		case 'authorization-header':
			return profile.auth.scheme !== 'apiKey';
		case 'basic-colon':
			return (
				profile.auth.scheme === 'basic' &&
				(profile.auth.username === 'empty' || profile.auth.username === 'key-as-username')
			);
		case 'test-keys':
			return (
				profile.auth.scheme === 'bearer' &&
				profile.auth.keyPrefixes.some((entry) => entry.environment === 'test')
			);
		case 'oauth':
			return profile.oauth !== undefined;
		case 'oauth-device':
			return profile.oauth?.grants.includes('device_code') === true;
		case 'rate-limit':
			return profile.rateLimit !== undefined;
		case 'server':
			return false;
	}
}

/** Every code `handle` can answer `profile` with, in table order. */
export function codesFor(profile: Profile): ErrorCode[] {
	return (Object.keys(errorCodes) as ErrorCode[]).filter((code) =>
		applies(profile, errorCodes[code].appliesTo),
	);
}
