/**
 * The simulated APIs of one page: one mock-API world per API, shared by every island on the page.
 *
 * Design note: `handle(request, world)` is pure and returns the next world; this module keeps the
 * current one and announces each change (a request answered, a key created or revoked) with a
 * `change` event on `pageWorlds`, one target for all of the page's worlds, so an island that has
 * not loaded its code yet can listen too; a listener reads the world it shows. That is how islands
 * stay in step: the key manager revokes a key here, and the next "Send" in the response panel gets
 * 401; a "Send" there updates the key manager's "last used". The mock API is loaded on first use (dynamic import), so a page pays for it only when a reader
 * sends a request or manages keys. The clock is the real one and randomness comes from
 * `crypto.getRandomValues`: keys made here are real random strings, never sent anywhere.
 */
import type { ApiRequest, ApiResponse } from '../../lib/http/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';
import type { World, WorldOptions } from '../../lib/mock-api/index.ts';

/** The mock API's pure handler (`handle` of src/lib/mock-api). */
export type Handler = (
	request: ApiRequest,
	world: World,
) => Promise<{ readonly response: ApiResponse; readonly world: World }>;

/** Says `change` after every change of any of the page's worlds. */
export const pageWorlds = new EventTarget();

export class PageWorld {
	readonly profile: Profile;
	#world: World;
	#handle: Handler;

	constructor(world: World, handle: Handler) {
		this.profile = world.profile;
		this.#world = world;
		this.#handle = handle;
	}

	/** The world now (read it for key lists, quotas, OAuth state). */
	get world(): World {
		return this.#world;
	}

	/** Answers `request` as the simulated API and keeps the world it leaves behind. */
	async send(request: ApiRequest): Promise<ApiResponse> {
		const { response, world } = await this.#handle(request, this.#world);
		this.replace(world);
		return response;
	}

	/** Replaces the world after an operation made elsewhere (`createApiKey`, `revokeApiKey`, …). */
	replace(world: World): void {
		if (world === this.#world) return;
		this.#world = world;
		pageWorlds.dispatchEvent(new Event('change'));
	}
}

const worlds = new Map<string, Promise<PageWorld>>();

function cryptoRandom(length: number): Uint8Array {
	return crypto.getRandomValues(new Uint8Array(length));
}

/**
 * The page's world for `profile`, created on first use. `options` apply only to that creation
 * (tests and guides may start a world on another tier or without a sandbox).
 */
export function pageWorld(
	profile: Profile,
	options: Partial<WorldOptions> = {},
): Promise<PageWorld> {
	let world = worlds.get(profile.id);
	if (!world) {
		world = import('../../lib/mock-api/index.ts').then(
			({ createWorld, handle }) =>
				new PageWorld(
					createWorld(profile, { clock: Date.now, random: cryptoRandom, ...options }),
					handle,
				),
		);
		worlds.set(profile.id, world);
	}
	return world;
}
