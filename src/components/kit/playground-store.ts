/**
 * The playground state of one page, shared by the islands on it.
 *
 * Design note: islands never talk to each other. Each reads a store and asks it for changes; the
 * store builds the request once per change (`buildStateRequest`, the single place a header is
 * made, in playground-build.ts) and tells every island through a `change` event. Islands on one
 * page share a store when they share a channel (`data-channel`, default "playground"), so a guide
 * can put a builder in one section and its snippets in another. Values live in memory only:
 * nothing here touches storage, the URL or the console.
 *
 * The server renders every island's first state, so until a reader reaches for one the page needs
 * no request built: the store starts from the HTML's state and loads the code that builds requests
 * (with the auth core) on the first intent on an island of the channel (`signalIntent`), on the
 * first change (a share link, a stored language, an edit), or at once where a builder is eager
 * (the /playground/ page, see request-builder-element.ts). Changes asked for before that code arrives are applied in order once it does, so
 * nothing is lost; after that every change is applied synchronously, on the keystroke.
 */
import type { Profile } from '../../lib/profiles/index.ts';
import type { PlaygroundState } from '../../lib/share/index.ts';
import type { Snapshot } from './playground-build.ts';
import { loadOnce } from './intent.ts';
import { pageProfiles } from './page-data.ts';

type Build = typeof import('./playground-build.ts');
/** The build code, loaded once (BuildAtLoad.astro provides it where a builder is eager). */
export const loadBuild = loadOnce(() => import('./playground-build.ts'));

export type { Snapshot };

/** Dispatched after every change; `changed` lists the state fields that differ. */
export class StoreChangeEvent extends Event {
	readonly changed: ReadonlySet<keyof PlaygroundState>;
	readonly snapshot: Snapshot;
	constructor(changed: ReadonlySet<keyof PlaygroundState>, snapshot: Snapshot) {
		super('change');
		this.changed = changed;
		this.snapshot = snapshot;
	}
}

type Edit = (build: Build, current: Snapshot) => void;

export class PlaygroundStore extends EventTarget {
	readonly profiles: ReadonlyMap<string, Profile>;
	readonly #initial: PlaygroundState;
	readonly #fallback: Profile;
	#build: Build | undefined;
	#snapshot: Snapshot | undefined;
	#loading: Promise<void> | undefined;
	/** Changes asked for before the build code arrived, in order. */
	readonly #waiting: Edit[] = [];

	constructor(profiles: ReadonlyMap<string, Profile>, initial: PlaygroundState) {
		super();
		this.profiles = profiles;
		const fallback = profiles.get(initial.profile) ?? [...profiles.values()][0];
		if (!fallback) throw new Error('The playground needs at least one API profile.');
		this.#initial = initial;
		this.#fallback = fallback;
	}

	/** The state now: the server-rendered one until the first change. */
	get state(): PlaygroundState {
		return this.#snapshot?.state ?? this.#initial;
	}

	/** The profile of the state now. */
	get profile(): Profile {
		return this.#snapshot?.profile ?? this.profiles.get(this.#initial.profile) ?? this.#fallback;
	}

	/** The state with its request, once the build code has arrived (`ready`); undefined before. */
	get snapshot(): Snapshot | undefined {
		return this.#snapshot;
	}

	/** Loads the build code (once) and resolves with the snapshot of that moment. */
	async ready(): Promise<Snapshot> {
		const loading = (this.#loading ??= this.#load());
		// A failed fetch is tried again on the next intent or edit; the edits waiting stay queued.
		loading.catch(() => {
			if (this.#loading === loading) this.#loading = undefined;
		});
		await loading;
		// #load derives the first snapshot before it resolves.
		return this.#snapshot!;
	}

	async #load(): Promise<void> {
		const build = await loadBuild();
		this.#snapshot = build.derive(this.#initial, this.profiles, this.#fallback);
		this.#build = build;
		for (const edit of this.#waiting.splice(0)) edit(build, this.#snapshot);
	}

	/** Applies `patch`; a new API brings its own defaults (see `switchProfile`). */
	update(patch: Partial<PlaygroundState>): void {
		this.#edit((build, current) =>
			this.#apply(build, build.patched(current, patch, this.profiles)),
		);
	}

	/** Says a reader is about to edit (focus or pointer on an island): islands may start loading code. */
	signalIntent(): void {
		void this.ready();
		this.dispatchEvent(new Event('intent'));
	}

	/** Replaces the whole state (opening a share link). */
	replace(state: PlaygroundState): void {
		this.#edit((build) => this.#apply(build, state));
	}

	/** Runs `edit` now once the build code is here, or in order once it arrives. */
	#edit(edit: Edit): void {
		if (this.#build && this.#snapshot) return edit(this.#build, this.#snapshot);
		this.#waiting.push(edit);
		void this.ready();
	}

	#apply(build: Build, state: PlaygroundState): void {
		const before = this.#snapshot!;
		const next = (this.#snapshot = build.derive(state, this.profiles, before.profile));
		const changed = new Set(
			(Object.keys(before.state) as (keyof PlaygroundState)[]).filter(
				(key) => before.state[key] !== next.state[key],
			),
		);
		if (changed.size > 0) this.dispatchEvent(new StoreChangeEvent(changed, next));
	}
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
