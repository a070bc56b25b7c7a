/**
 * Server-side starting point of an island: the profiles and the initial snapshot, computed with
 * the same src/lib functions the browser runs, so the first HTML already holds the right header
 * and snippets. Build time only (reads the content collection).
 */
import { getCollection } from 'astro:content';
import type { Profile } from '../../lib/profiles/index.ts';
import {
	buildStateRequest,
	defaultState,
	normalizeState,
	type PlaygroundState,
} from '../../lib/share/index.ts';
import type { Snapshot } from './playground-store.ts';

/** The API the playground opens on: its `:KEY` form shows the most that can go wrong. */
export const defaultProfileId = 'lemlist';

const pageProfileIds = Symbol.for('auth-playground:page-profile-ids');

/**
 * Limits the profiles a page's islands receive (PageData.astro) to `ids`. A page about one API
 * carries that API only, so each added API adds its own page and nothing to the others. Call it
 * in the page's frontmatter, which runs before any island on the page renders.
 */
export function limitPageProfiles(locals: object, ids: readonly string[]): void {
	(locals as { [pageProfileIds]?: readonly string[] })[pageProfileIds] = ids;
}

/** The profiles the islands of the page may use, in name order: every one unless the page limits them. */
export async function pageProfileList(locals: object): Promise<Profile[]> {
	const only = (locals as { [pageProfileIds]?: readonly string[] })[pageProfileIds];
	const all = [...(await loadProfiles()).values()];
	return only ? all.filter((profile) => only.includes(profile.id)) : all;
}

/** Every profile, by id, in name order. */
export async function loadProfiles(): Promise<Map<string, Profile>> {
	const entries = await getCollection('profiles');
	const sorted = entries.map((entry) => entry.data).sort((a, b) => a.name.localeCompare(b.name));
	return new Map(sorted.map((profile) => [profile.id, profile]));
}

/** The snapshot an island starts from: `profileId`'s defaults with `overrides` applied. */
export async function initialSnapshot(
	profileId: string = defaultProfileId,
	overrides: Partial<PlaygroundState> = {},
): Promise<Snapshot> {
	const profiles = await loadProfiles();
	const profile = profiles.get(profileId);
	if (!profile)
		throw new Error(`No API profile "${profileId}"; known: ${[...profiles.keys()].join(', ')}.`);
	const state = normalizeState(
		{ ...defaultState(profile), ...overrides, profile: profile.id },
		profile,
	);
	return { state, profile, built: buildStateRequest(state, profile) };
}

/** An id prefix unique on the page, for label/aria links between an island's elements. */
export function islandIds(locals: object, kind: string): (part: string) => string {
	const counter = Symbol.for('auth-playground:island-count');
	const store = locals as { [counter]?: number };
	const index = (store[counter] = (store[counter] ?? 0) + 1);
	return (part: string) => `ap-${kind}-${index}-${part}`;
}
