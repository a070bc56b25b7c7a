/**
 * What the playground starts from for one API, and what changes when the reader picks another.
 * The example key is the profile's published sample, not a user secret: it is what lets the
 * server render a correct header and snippets before (and without) JavaScript.
 */
import { apiKeyAuthOf, defaultKeyPlacement } from '../auth/api-key.ts';
import type { BasicUsernameRule, Profile } from '../profiles/index.ts';
import type { BasicVariant, PlaygroundState } from './playground-state.ts';

/** The credentials layout that matches how a profile's API reads the Basic username (RFC 7617 §2). */
export const variantForUsernameRule = {
	empty: 'empty-username',
	ignored: 'any-username',
	required: 'user-password',
	'key-as-username': 'key-as-username',
} as const satisfies Record<BasicUsernameRule, BasicVariant>;

/** The state a reader sees first for `profile`: its own scheme and layout, its example key. */
export function defaultState(profile: Profile): PlaygroundState {
	const basic = profile.auth.scheme === 'basic' ? profile.auth : undefined;
	const placement = apiKeyAuthOf(profile) ?? defaultKeyPlacement;
	return {
		profile: profile.id,
		scheme: profile.auth.scheme,
		// A Bearer API tried as Basic (to see its wrong-scheme answer) keeps the key as the password.
		variant: basic ? variantForUsernameRule[basic.username] : 'empty-username',
		language: 'curl',
		scenario: 'ok',
		useEnv: true,
		username: basic?.username === 'ignored' ? (basic.exampleUsername ?? '') : '',
		password: '',
		apiKey: profile.exampleKey,
		keyIn: placement.in,
		keyName: placement.name,
		token: '',
		clientId: '',
		clientSecret: '',
		redirectUri: '',
		scopes: '',
		tier: profile.rateLimit?.defaultTier ?? '',
	};
}

/** Whether `profile` can be tried with `scheme` (OAuth 2.0 only where the API offers it). */
export function offersScheme(profile: Profile, scheme: PlaygroundState['scheme']): boolean {
	return scheme !== 'oauth2' || profile.oauth !== undefined;
}

/**
 * The state after the reader switches from `from` to `to`: the new API's defaults, keeping the
 * snippet preferences and every value the reader typed. A value still equal to the old API's
 * example key is replaced by the new one, since it was never the reader's.
 */
export function switchProfile(state: PlaygroundState, from: Profile, to: Profile): PlaygroundState {
	const next = defaultState(to);
	const typed = (value: string): boolean => value !== '' && value !== from.exampleKey;
	return {
		...next,
		language: state.language,
		useEnv: state.useEnv,
		apiKey: typed(state.apiKey) ? state.apiKey : next.apiKey,
		password: state.password,
		token: state.token,
		clientSecret: state.clientSecret,
	};
}

/** `state` with the scheme moved back to the API's own when the API does not offer it. */
export function normalizeState(state: PlaygroundState, profile: Profile): PlaygroundState {
	return offersScheme(profile, state.scheme) ? state : { ...state, scheme: profile.auth.scheme };
}
