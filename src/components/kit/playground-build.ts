/**
 * The half of the page store that builds requests (playground-store.ts): normalising a state for
 * its API and building its request with `buildStateRequest`, the single place a header is made.
 * It carries the auth core, so a page loads it only when a reader shows intent on an island of
 * the channel, when the state must differ from the server-rendered HTML (a share link, a stored
 * language), or at once on /playground/, where readers come to type.
 */
import type { Profile } from '../../lib/profiles/index.ts';
import {
	buildStateRequest,
	normalizeState,
	switchProfile,
	type PlaygroundState,
	type StateRequest,
} from '../../lib/share/index.ts';

/** What every view renders from: the state, its profile and the request built from it. */
export interface Snapshot {
	readonly state: PlaygroundState;
	readonly profile: Profile;
	readonly built: StateRequest;
}

/** `state` normalised for its API (or `fallback` when the page does not have it), with its request. */
export function derive(
	state: PlaygroundState,
	profiles: ReadonlyMap<string, Profile>,
	fallback: Profile,
): Snapshot {
	const profile = profiles.get(state.profile) ?? fallback;
	const normal = normalizeState({ ...state, profile: profile.id }, profile);
	return { state: normal, profile, built: buildStateRequest(normal, profile, Date.now()) };
}

/** The state after `patch`; a new API brings its own defaults (see `switchProfile`). */
export function patched(
	current: Snapshot,
	patch: Partial<PlaygroundState>,
	profiles: ReadonlyMap<string, Profile>,
): PlaygroundState {
	const next: PlaygroundState = { ...current.state, ...patch };
	const target = patch.profile === undefined ? undefined : profiles.get(patch.profile);
	if (!target || target.id === current.state.profile) return next;
	const { profile: _ignored, ...rest } = patch;
	return { ...switchProfile(current.state, current.profile, target), ...rest };
}
