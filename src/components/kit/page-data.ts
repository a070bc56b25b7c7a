/**
 * The API profiles the islands of a page need, read once from the JSON block that the first
 * island on the page renders (see PageData.astro). Profiles are build-time data, so they travel
 * as data in the HTML rather than as JavaScript in the bundle.
 */
import type { Profile } from '../../lib/profiles/index.ts';

/** The attribute that marks the page's profile data block. */
export const pageDataAttribute = 'data-ap-profiles';

let profiles: ReadonlyMap<string, Profile> | undefined;

/** Every profile rendered into the page, by id. */
export function pageProfiles(): ReadonlyMap<string, Profile> {
	if (profiles) return profiles;
	// The one document-level query of the islands: the block is shared by every island on the page.
	const block = document.querySelector(`script[type="application/json"][${pageDataAttribute}]`);
	const list = JSON.parse(block?.textContent ?? '[]') as Profile[];
	profiles = new Map(list.map((profile) => [profile.id, profile]));
	return profiles;
}
