/** Loads the real profile files from disk for tests (Node only: src/lib never touches fs). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { profilesDir as profilesUrl } from '../../config/profiles-dir.mjs';
import { parseProfile, type Profile } from '../../src/lib/profiles/index.ts';

export const profilesDir = fileURLToPath(profilesUrl);

/** Every profile, keyed by id, validated exactly as the build validates it. */
export function loadProfiles(): Map<string, Profile> {
	const profiles = new Map<string, Profile>();
	for (const file of readdirSync(profilesDir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()) {
		const profile = parseProfile(parse(readFileSync(join(profilesDir, file), 'utf8')), file);
		profiles.set(profile.id, profile);
	}
	return profiles;
}

/** One profile by id; throws for an unknown id so a typo in a test fails loudly. */
export function loadProfile(id: string): Profile {
	const profile = loadProfiles().get(id);
	if (!profile) throw new Error(`no profile ${id}`);
	return profile;
}
