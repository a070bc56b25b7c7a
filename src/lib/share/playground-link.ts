/**
 * Share links for the playground: the fragment always names the API and then lists what differs
 * from that API's defaults, so the same link opens the same scenario from any page, whatever API
 * that page started with. Secret fields are left out by `toFragment` (see playground-state.ts).
 */
import type { Profile } from '../profiles/index.ts';
import type { PlaygroundState } from './playground-state.ts';
import { stateFields } from './playground-state.ts';
import { defaultState, normalizeState } from './profile-defaults.ts';
import { fromFragment, toFragment, type RejectedParam } from './share-link.ts';

const apiParam = stateFields.profile.param;

/** The fragment (without `#`) that reopens `state`; never holds a secret. */
export function shareFragment(state: PlaygroundState, profile: Profile): string {
	const rest = toFragment(state, defaultState(profile));
	const api = new URLSearchParams([[apiParam, profile.id]]).toString();
	return rest === '' ? api : `${api}&${rest}`;
}

/** The absolute link to `pageUrl` that reopens `state` (any fragment on `pageUrl` is replaced). */
export function shareUrl(pageUrl: string, state: PlaygroundState, profile: Profile): string {
	const url = new URL(pageUrl);
	url.hash = shareFragment(state, profile);
	return url.href;
}

/**
 * The state a fragment opens: the named API's defaults (or `fallback` when the fragment names no
 * known API) with the link's non-secret fields applied. Never throws; refused values are listed.
 */
export function restoreFragment(
	fragment: string,
	fallback: PlaygroundState,
	profiles: ReadonlyMap<string, Profile>,
): { state: PlaygroundState; rejected: RejectedParam[] } {
	const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	const named = new URLSearchParams(raw).get(apiParam);
	const rejected: RejectedParam[] = [];
	let profile = profiles.get(fallback.profile);
	if (named !== null) {
		const found = profiles.get(named);
		if (found) profile = found;
		else rejected.push({ param: apiParam, reason: 'names no API this site knows' });
	}
	if (!profile) return { state: fallback, rejected };
	// Fields the link leaves out take the API's defaults, except the reader's language preference.
	const base =
		profile.id === fallback.profile
			? fallback
			: { ...defaultState(profile), language: fallback.language };
	const parsed = fromFragment(raw, base);
	rejected.push(...parsed.rejected.filter((entry) => entry.param !== apiParam));
	const state = normalizeState({ ...parsed.state, profile: profile.id }, profile);
	if (state.scheme !== parsed.state.scheme)
		rejected.push({ param: stateFields.scheme.param, reason: `is not offered by ${profile.name}` });
	return { state, rejected };
}

/** `state` with the secret values the reader already typed in `current` put back (same API only). */
export function keepSecrets(state: PlaygroundState, current: PlaygroundState): PlaygroundState {
	if (state.profile !== current.profile) return state;
	return {
		...state,
		password: current.password,
		apiKey: current.apiKey,
		token: current.token,
		clientSecret: current.clientSecret,
	};
}
