/**
 * What a key of a given API looks like: its prefix (declared in the profile, such as sk_live_, or
 * visible in the example key, such as ex_live_), the length and alphabet of the random part. New
 * keys copy that shape so they look like the API's own; listings show only prefix … last 4.
 */
import type { Profile } from '../profiles/index.ts';
import { keyEnvironment } from '../auth/bearer.ts';
import { maskSecret } from '../auth/mask.ts';
import { randomString, type RandomSource } from './random-text.ts';

export type { KeyEnvironment } from '../auth/bearer.ts';
import type { KeyEnvironment } from '../auth/bearer.ts';

const digits = '0123456789';
const hex = '0123456789abcdef';
const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Prefixes this profile's keys may start with, declared ones first. */
function knownPrefixes(profile: Profile): { prefix: string; environment: KeyEnvironment | null }[] {
	const declared = profile.auth.scheme === 'bearer' ? profile.auth.keyPrefixes : [];
	const example = /^(?:[A-Za-z]+_)+/.exec(profile.exampleKey)?.[0];
	const list: { prefix: string; environment: KeyEnvironment | null }[] = declared.map((entry) => ({
		...entry,
	}));
	if (example && !list.some((entry) => entry.prefix === example))
		list.push({ prefix: example, environment: null });
	return list;
}

/** The prefix `value` starts with, or '' when it has none this API uses. */
export function keyPrefixOf(profile: Profile, value: string): string {
	return knownPrefixes(profile).find((entry) => value.startsWith(entry.prefix))?.prefix ?? '';
}

/** Live or test, from a declared prefix; null for APIs that have no such distinction. */
export function keyEnvironmentOf(profile: Profile, value: string): KeyEnvironment | null {
	return keyEnvironment(value, profile) ?? null;
}

/** Environments this API's keys can be created in (empty: no distinction). */
export function keyEnvironments(profile: Profile): KeyEnvironment[] {
	return knownPrefixes(profile).flatMap((entry) => (entry.environment ? [entry.environment] : []));
}

/** A new key value shaped like the profile's example key, in `environment` when the API has them. */
export function generateKeyValue(
	profile: Profile,
	random: RandomSource,
	environment: KeyEnvironment | null,
): string {
	const examplePrefix = keyPrefixOf(profile, profile.exampleKey);
	const body = profile.exampleKey.slice(examplePrefix.length);
	const alphabet = /^[0-9]+$/.test(body) ? digits : /^[0-9a-f]+$/.test(body) ? hex : alphanumeric;
	const prefix =
		knownPrefixes(profile).find(
			(entry) => entry.environment === environment && environment !== null,
		)?.prefix ?? examplePrefix;
	return prefix + randomString(random, alphabet, Math.max(body.length, 10));
}

/** `prefix…last4` (the core's masking): enough to recognise a key in a list, too little to use it. */
export function maskKey(profile: Profile, value: string): string {
	return maskSecret(value, keyPrefixOf(profile, value));
}
