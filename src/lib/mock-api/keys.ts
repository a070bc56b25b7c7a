/**
 * Key management on a world: the key store operations with the world's profile, clock and random
 * source filled in, as the in-page key manager calls them. Each returns the next world.
 */
import type { KeyEnvironment } from './key-format.ts';
import {
	createKey,
	listKeys,
	renameKey,
	revealKey,
	revokeKey,
	rotateKey,
	type ApiKeyListing,
	type ApiKeyRecord,
	type KeyStoreErrorCode,
} from './key-store.ts';
import type { World } from './world.ts';

export type WorldResult<T> =
	| ({ readonly ok: true; readonly world: World } & T)
	| { readonly ok: false; readonly code: KeyStoreErrorCode; readonly message: string };

/** What a new key is for. */
export interface NewKey {
	readonly name: string;
	readonly environment?: KeyEnvironment | null;
	readonly scopes?: readonly string[] | null;
	/** Defaults to the world's workspace. */
	readonly workspaceId?: string;
}

/** A created key: `value` is the only time its full value is given out. */
export interface CreatedKey {
	readonly id: string;
	readonly value: string;
}

function created(record: ApiKeyRecord): { key: CreatedKey } {
	return { key: { id: record.id, value: record.value } };
}

/** Creates a named key in the world. */
export function createApiKey(
	world: World,
	input: NewKey,
): WorldResult<{ readonly key: CreatedKey }> {
	const options = {
		name: input.name,
		workspaceId: input.workspaceId ?? world.workspace.id,
		environment: input.environment ?? null,
		scopes: input.scopes ?? null,
	};
	const result = createKey(world.keys, world.profile, options, world.clock(), world.random);
	return result.ok
		? { ok: true, world: { ...world, keys: result.store }, ...created(result.key) }
		: result;
}

/** The key list: name, created, last used, masked prefix … last 4, status. */
export function listApiKeys(world: World): ApiKeyListing[] {
	return listKeys(world.keys, world.profile, world.clock());
}

/** Renames a key. */
export function renameApiKey(world: World, id: string, name: string): WorldResult<object> {
	const result = renameKey(world.keys, id, name);
	return result.ok ? { ok: true, world: { ...world, keys: result.store } } : result;
}

/** Revokes a key now. */
export function revokeApiKey(world: World, id: string): WorldResult<object> {
	const result = revokeKey(world.keys, id, world.clock());
	return result.ok ? { ok: true, world: { ...world, keys: result.store } } : result;
}

/** Rotates a key; the old one works `overlapSeconds` longer (0: revoked now). */
export function rotateApiKey(
	world: World,
	id: string,
	overlapSeconds: number,
): WorldResult<{ readonly key: CreatedKey }> {
	const result = rotateKey(
		world.keys,
		world.profile,
		id,
		overlapSeconds,
		world.clock(),
		world.random,
	);
	return result.ok
		? { ok: true, world: { ...world, keys: result.store }, ...created(result.key) }
		: result;
}

/** The full value of a key again, where the profile allows it (`keyShownOnce: false`). */
export function revealApiKey(world: World, id: string): WorldResult<{ readonly value: string }> {
	const result = revealKey(world.keys, world.profile, id, world.clock());
	return result.ok ? { ok: true, world, value: result.value } : result;
}
