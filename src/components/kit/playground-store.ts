/**
 * The playground state of one page, shared by the islands on it.
 *
 * Design note: islands never talk to each other. Each reads a store and asks it for changes; the
 * store builds the request once per change (`buildStateRequest`, the single place a header is
 * made) and tells every island through a `change` event. Islands on one page share a store when
 * they share a channel (`data-channel`, default "playground"), so a guide can put a builder in
 * one section and its snippets in another. Values live in memory only: nothing here touches
 * storage, the URL or the console.
 */
import type { Profile } from '../../lib/profiles/index.ts';
import {
	buildStateRequest,
	normalizeState,
	switchProfile,
	type PlaygroundState,
	type StateRequest,
} from '../../lib/share/index.ts';
import { pageProfiles } from './page-data.ts';

/** What every view renders from: the state, its profile and the request built from it. */
export interface Snapshot {
	readonly state: PlaygroundState;
	readonly profile: Profile;
	readonly built: StateRequest;
}

/** Dispatched after every change; `changed` lists the state fields that differ. */
export class StoreChangeEvent extends Event {
	readonly changed: ReadonlySet<keyof PlaygroundState>;
	constructor(changed: ReadonlySet<keyof PlaygroundState>) {
		super('change');
		this.changed = changed;
	}
}

export class PlaygroundStore extends EventTarget {
	readonly profiles: ReadonlyMap<string, Profile>;
	#snapshot: Snapshot;

	constructor(profiles: ReadonlyMap<string, Profile>, initial: PlaygroundState) {
		super();
		this.profiles = profiles;
		const profile = profiles.get(initial.profile) ?? [...profiles.values()][0];
		if (!profile) throw new Error('The playground needs at least one API profile.');
		this.#snapshot = this.#derive(initial, profile);
	}

	get snapshot(): Snapshot {
		return this.#snapshot;
	}

	#derive(state: PlaygroundState, fallback: Profile = this.#snapshot.profile): Snapshot {
		const profile = this.profiles.get(state.profile) ?? fallback;
		const normal = normalizeState({ ...state, profile: profile.id }, profile);
		return { state: normal, profile, built: buildStateRequest(normal, profile, Date.now()) };
	}

	/** Applies `patch`; a new API brings its own defaults (see `switchProfile`). */
	update(patch: Partial<PlaygroundState>): void {
		const current = this.#snapshot.state;
		let next: PlaygroundState = { ...current, ...patch };
		const target = patch.profile === undefined ? undefined : this.profiles.get(patch.profile);
		if (target && target.id !== current.profile)
			next = {
				...switchProfile(current, this.#snapshot.profile, target),
				...withoutProfile(patch),
			};
		this.replace(next);
	}

	/** Says a reader is about to edit (focus or pointer on an island): islands may start loading code. */
	signalIntent(): void {
		this.dispatchEvent(new Event('intent'));
	}

	/** Replaces the whole state (opening a share link). */
	replace(state: PlaygroundState): void {
		const before = this.#snapshot.state;
		this.#snapshot = this.#derive(state);
		const changed = new Set(
			(Object.keys(before) as (keyof PlaygroundState)[]).filter(
				(key) => before[key] !== this.#snapshot.state[key],
			),
		);
		if (changed.size > 0) this.dispatchEvent(new StoreChangeEvent(changed));
	}
}

function withoutProfile(patch: Partial<PlaygroundState>): Partial<PlaygroundState> {
	const { profile: _ignored, ...rest } = patch;
	return rest;
}

const stores = new Map<string, PlaygroundStore>();

/**
 * The store of `element`'s channel, created from the element's server-rendered initial state
 * (`data-state`) by the first island of the channel that connects.
 */
export function storeFor(element: HTMLElement): PlaygroundStore {
	const channel = element.dataset['channel'] ?? 'playground';
	let store = stores.get(channel);
	if (!store) {
		const initial = JSON.parse(element.dataset['state'] ?? 'null') as PlaygroundState;
		store = new PlaygroundStore(pageProfiles(), initial);
		stores.set(channel, store);
	}
	return store;
}

/** Every store on the page (one per channel), for choices that apply page-wide such as the language. */
export function allStores(): PlaygroundStore[] {
	return [...stores.values()];
}
