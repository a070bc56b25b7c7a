/**
 * The API's key store, as a value: every operation returns a new store and never changes the old
 * one, so the page can keep history and tests can compare before and after.
 *
 * Design notes. A key's full value is returned once, by `createKey` and `rotateKey`; listings
 * carry only the masked form, and `revealKey` gives it again only for an API whose profile says
 * its dashboard shows keys again (`keyShownOnce: false`). Revoking keeps the record, so that a revoked key is answered as
 * revoked rather than unknown and its last use stays visible. Rotation sets the old key's
 * `revokedAt` to now plus the chosen overlap: zero revokes it at once (LeadConduit's behaviour),
 * a positive overlap lets deployments switch over. A real service would store a hash of each
 * key; the simulator keeps values in memory only and never persists them.
 */
import type { KeyStoreCode } from '../codes/index.ts';
import type { Profile } from '../profiles/index.ts';
import { generateKeyValue, keyEnvironmentOf, maskKey, type KeyEnvironment } from './key-format.ts';
import type { RandomSource } from './random-text.ts';

export interface ApiKeyRecord {
	/** Stable, not secret: `key_1`, `key_2`, … in creation order. */
	readonly id: string;
	readonly name: string;
	readonly value: string;
	readonly createdAt: number;
	readonly lastUsedAt: number | null;
	/** When the key stops working; in the future during a rotation overlap. */
	readonly revokedAt: number | null;
	readonly replacedBy: string | null;
	readonly workspaceId: string;
	readonly environment: KeyEnvironment | null;
	/** The scopes the key grants; null grants every scope. */
	readonly scopes: readonly string[] | null;
}

export type KeyStore = readonly ApiKeyRecord[];

/** What a key list shows: never the full value. */
export interface ApiKeyListing {
	readonly id: string;
	readonly name: string;
	readonly masked: string;
	readonly createdAt: number;
	readonly lastUsedAt: number | null;
	readonly status: 'active' | 'expiring' | 'revoked';
	readonly revokedAt: number | null;
	readonly environment: KeyEnvironment | null;
	readonly workspaceId: string;
	readonly scopes: readonly string[] | null;
}

/** A refusal of the key store, declared in the registry (explained on /guides/api-keys/). */
export type KeyStoreErrorCode = KeyStoreCode;

export type KeyStoreResult<T> =
	| ({ readonly ok: true; readonly store: KeyStore } & T)
	| { readonly ok: false; readonly code: KeyStoreErrorCode; readonly message: string };

export interface NewKeyOptions {
	readonly name: string;
	readonly workspaceId: string;
	readonly environment?: KeyEnvironment | null;
	readonly scopes?: readonly string[] | null;
	/** Use this value instead of a random one (seeding the profile's example key). */
	readonly value?: string;
}

/** The longest key name accepted; dashboards truncate beyond about this. */
export const maxKeyNameLength = 64;

/** The first of `name (replaced)`, `name (replaced 2)`, … that no other key in `store` is called. */
function replacedName(store: KeyStore, name: string): string {
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? `${name} (replaced)` : `${name} (replaced ${n})`;
		if (!holderOf(store, candidate)) return candidate;
	}
}

/** The key other than `exceptId` already called `name` (case aside), if any. */
function holderOf(store: KeyStore, name: string, exceptId?: string): ApiKeyRecord | undefined {
	const wanted = name.trim().toLowerCase();
	return store.find((key) => key.id !== exceptId && key.name.toLowerCase() === wanted);
}

/**
 * Why `name` cannot name a key, or null. Names are unique in a store: the list is how a reader
 * tells which integration holds which key, and each row's buttons are named after its key.
 */
function checkName(name: string, store: KeyStore, exceptId?: string): string | null {
	const trimmed = name.trim();
	const holder = holderOf(store, trimmed, exceptId);
	if (holder)
		return `Another key is already called “${holder.name}”: give each key a name of its own.`;
	if (trimmed === '')
		return 'Give the key a name that says where it is used, such as "Zapier automation".';
	if (trimmed.length > maxKeyNameLength)
		return `Use at most ${maxKeyNameLength} characters for the name.`;
	if (/\p{Cc}/u.test(trimmed))
		return 'The name contains a control character (such as a line break); remove it.';
	return null;
}

/** Whether the key authenticates at `now`. */
export function isKeyActive(record: ApiKeyRecord, now: number): boolean {
	return record.revokedAt === null || now < record.revokedAt;
}

/** Creates a named key; the result holds its full value, which no later call returns. */
export function createKey(
	store: KeyStore,
	profile: Profile,
	options: NewKeyOptions,
	now: number,
	random: RandomSource,
): KeyStoreResult<{ readonly key: ApiKeyRecord }> {
	const problem = checkName(options.name, store);
	if (problem) return { ok: false, code: 'invalid-key-name', message: problem };
	let value = options.value ?? generateKeyValue(profile, random, options.environment ?? null);
	while (!options.value && store.some((record) => record.value === value))
		value = generateKeyValue(profile, random, options.environment ?? null);
	const key: ApiKeyRecord = {
		id: `key_${store.length + 1}`,
		name: options.name.trim(),
		value,
		createdAt: now,
		lastUsedAt: null,
		revokedAt: null,
		replacedBy: null,
		workspaceId: options.workspaceId,
		environment: keyEnvironmentOf(profile, value),
		scopes: options.scopes ?? null,
	};
	return { ok: true, store: [...store, key], key };
}

/** The key list as a dashboard shows it, newest first. */
export function listKeys(store: KeyStore, profile: Profile, now: number): ApiKeyListing[] {
	return [...store].reverse().map((record) => ({
		id: record.id,
		name: record.name,
		masked: maskKey(profile, record.value),
		createdAt: record.createdAt,
		lastUsedAt: record.lastUsedAt,
		status:
			record.revokedAt === null ? 'active' : isKeyActive(record, now) ? 'expiring' : 'revoked',
		revokedAt: record.revokedAt,
		environment: record.environment,
		workspaceId: record.workspaceId,
		scopes: record.scopes,
	}));
}

function update(
	store: KeyStore,
	id: string,
	change: (record: ApiKeyRecord) => ApiKeyRecord,
): KeyStore {
	return store.map((record) => (record.id === id ? change(record) : record));
}

function find(store: KeyStore, id: string): ApiKeyRecord | KeyStoreResult<never> {
	const record = store.find((candidate) => candidate.id === id);
	return record ?? { ok: false, code: 'unknown-key', message: `There is no key with id ${id}.` };
}

/** Renames a key; revoked keys can be renamed too, to annotate them. */
export function renameKey(store: KeyStore, id: string, name: string): KeyStoreResult<object> {
	const record = find(store, id);
	if ('ok' in record) return record;
	const problem = checkName(name, store, id);
	if (problem) return { ok: false, code: 'invalid-key-name', message: problem };
	return { ok: true, store: update(store, id, (key) => ({ ...key, name: name.trim() })) };
}

/** Revokes a key now: from this instant it gets 401 revoked-api-key. */
export function revokeKey(store: KeyStore, id: string, now: number): KeyStoreResult<object> {
	const record = find(store, id);
	if ('ok' in record) return record;
	if (!isKeyActive(record, now))
		return { ok: false, code: 'key-revoked', message: 'This key is already revoked.' };
	return { ok: true, store: update(store, id, (key) => ({ ...key, revokedAt: now })) };
}

/**
 * Replaces a key with a new one of the same name, environment, workspace and scopes. The old key
 * keeps working for `overlapSeconds` (0: it stops at once), so deployments can switch over, and
 * is renamed "<name> (replaced)" so that no two keys share a name.
 */
export function rotateKey(
	store: KeyStore,
	profile: Profile,
	id: string,
	overlapSeconds: number,
	now: number,
	random: RandomSource,
): KeyStoreResult<{ readonly key: ApiKeyRecord }> {
	const record = find(store, id);
	if ('ok' in record) return record;
	if (!isKeyActive(record, now))
		return {
			ok: false,
			code: 'key-revoked',
			message: 'A revoked key cannot be rotated; create a new key instead.',
		};
	if (!Number.isInteger(overlapSeconds) || overlapSeconds < 0) {
		return {
			ok: false,
			code: 'invalid-overlap',
			message: 'The overlap is a whole number of seconds, 0 or more.',
		};
	}
	const options = {
		name: record.name,
		workspaceId: record.workspaceId,
		environment: record.environment,
		scopes: record.scopes,
	};
	const renamed = update(store, id, (key) => ({ ...key, name: replacedName(store, key.name) }));
	const created = createKey(renamed, profile, options, now, random);
	if (!created.ok) return created;
	const revokedAt = now + overlapSeconds * 1000;
	const next = update(created.store, id, (key) => ({
		...key,
		revokedAt: Math.min(revokedAt, key.revokedAt ?? revokedAt),
		replacedBy: created.key.id,
	}));
	return { ok: true, store: next, key: created.key };
}

/** The record whose value is exactly `value`, active or not. */
export function findKeyByValue(store: KeyStore, value: string): ApiKeyRecord | undefined {
	return store.find((record) => record.value === value);
}

/** Records that the key authenticated a request at `now` (the "last used" column). */
export function touchKey(store: KeyStore, id: string, now: number): KeyStore {
	return update(store, id, (key) => ({ ...key, lastUsedAt: now }));
}

/** A key's full value again, where the API shows keys more than once (`keyShownOnce: false`). */
export function revealKey(
	store: KeyStore,
	profile: Profile,
	id: string,
	now: number,
): KeyStoreResult<{ readonly value: string }> {
	const record = find(store, id);
	if ('ok' in record) return record;
	if (profile.keyShownOnce)
		return {
			ok: false,
			code: 'key-shown-once',
			message: `${profile.name} shows a key only once, when it is created; create a new key instead.`,
		};
	if (!isKeyActive(record, now))
		return { ok: false, code: 'key-revoked', message: 'A revoked key is not shown again.' };
	return { ok: true, store, value: record.value };
}
