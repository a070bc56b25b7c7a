/**
 * The profile's Basic username rule applied to decoded credentials: where the key belongs in
 * `user-id:password` (RFC 7617 §2) for this API, and the credentials it would accept.
 */
import { basicPair, basicVariantFor, type BasicCredentials } from '../../auth/basic.ts';
import type { DoctorProfile } from '../types.ts';

type BasicAuth = Extract<DoctorProfile['auth'], { scheme: 'basic' }>;

/** The profile's Basic settings, or undefined for a Bearer API or no profile. */
export function basicAuthOf(profile: DoctorProfile | undefined): BasicAuth | undefined {
	return profile?.auth.scheme === 'basic' ? profile.auth : undefined;
}

/** `user-id:password` for a bare key, in the core's variant for the API's rule; undefined when it needs a real username. */
export function credentialsForKey(auth: BasicAuth, key: string): string | undefined {
	const variant = basicVariantFor(auth.username);
	if (variant === 'user-password') return undefined;
	const credentials: BasicCredentials =
		variant === 'any-username'
			? { variant, username: auth.exampleUsername ?? '', key }
			: { variant, key };
	const { userId, password } = basicPair(credentials);
	return `${userId}:${password}`;
}

export interface FormProblem {
	readonly message: string;
	readonly corrected?: string;
}

/** What is wrong with `user:password` for this API's username rule, or undefined when it fits. */
export function basicFormProblem(
	auth: BasicAuth,
	user: string,
	password: string,
): FormProblem | undefined {
	switch (auth.username) {
		case 'empty':
			if (user === '') return undefined;
			if (password === '')
				return {
					message:
						'This API wants an empty username and the key as the password (:KEY), but the credentials hold a username and no password (KEY:).',
					corrected: `:${user}`,
				};
			return {
				message:
					'This API wants the username empty (:KEY), but the credentials start with a username.',
				corrected: `:${password}`,
			};
		case 'ignored':
			if (password !== '' || user === '') return undefined;
			return {
				message:
					'This API reads the key from the password, but the credentials hold it as the username with an empty password (KEY:).',
				corrected: `${auth.exampleUsername ?? ''}:${user}`,
			};
		case 'key-as-username':
			if (password === '' && user !== '') return undefined;
			if (user === '')
				return {
					message:
						'This API wants the key as the username with an empty password (KEY:), but the credentials hold it as the password (:KEY).',
					corrected: `${password}:`,
				};
			return {
				message:
					'This API wants the key as the username and an empty password (KEY:), but the credentials have a password.',
			};
		case 'required':
			if (user !== '') return undefined;
			return {
				message: 'This API needs a real username before the colon, but the username is empty.',
			};
	}
}

/** The half of `user:password` that holds the key under this rule (the password when unknown). */
export function keyHalf(auth: BasicAuth | undefined, user: string, password: string): string {
	if (auth?.username === 'key-as-username') return user;
	return password === '' ? user : password;
}
