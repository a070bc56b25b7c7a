/**
 * The world one simulated API lives in: its profile, the clock and random source it is given,
 * and its state (keys, rate-limit buckets, OAuth grants). `handle` takes a world and returns the
 * next one; nothing else changes, so the page, the tests and the server each own their world.
 */
import type { Profile } from '../profiles/index.ts';
import { createKey, type KeyStore } from './key-store.ts';
import { demoClients, type OAuthClient } from './oauth-clients.ts';
import { emptyOAuthState, type OAuthState } from './oauth-state.ts';
import type { RateState } from './rate-limit.ts';
import type { RandomSource } from './random-text.ts';

/** Milliseconds since the Unix epoch. Injected so that tests pin time. */
export type Clock = () => number;

/** The workspace (team, account) that owns the API's resources in this world. */
export interface Workspace {
	readonly id: string;
	/** Whether test keys may act here; without a sandbox a test key gets 403 test-key-live-only. */
	readonly sandbox: boolean;
}

export interface World {
	readonly profile: Profile;
	readonly clock: Clock;
	readonly random: RandomSource;
	readonly workspace: Workspace;
	/** The rate-limit tier in force; null for the profile's default. */
	readonly tier: string | null;
	/** What the simulated user answers on the OAuth consent page. */
	readonly consent: 'approve' | 'deny';
	readonly keys: KeyStore;
	readonly rate: RateState;
	readonly clients: readonly OAuthClient[];
	readonly oauth: OAuthState;
	/** Seconds between device polls (RFC 8628 §3.2 interval); the profile's unless a test server shortens it. */
	readonly deviceInterval: number;
}

export interface WorldOptions {
	readonly clock: Clock;
	readonly random: RandomSource;
	readonly workspace?: Workspace;
	readonly tier?: string | null;
	readonly consent?: 'approve' | 'deny';
	readonly clients?: readonly OAuthClient[];
	readonly deviceInterval?: number;
}

/** The workspace of a fresh world. */
export const homeWorkspace: Workspace = { id: 'ws_home', sandbox: true };

/** A workspace that is not the home one, for keys that must get 403 wrong-workspace. */
export const otherWorkspaceId = 'ws_other';

/**
 * A fresh world for `profile`, seeded with one active key equal to the profile's example key, so
 * that the request a reader sees first succeeds.
 */
export function createWorld(profile: Profile, options: WorldOptions): World {
	const now = options.clock();
	const workspace = options.workspace ?? homeWorkspace;
	const seeded = createKey(
		[],
		profile,
		{ name: 'Example key', workspaceId: workspace.id, value: profile.exampleKey },
		now,
		options.random,
	);
	if (!seeded.ok) throw new Error(seeded.message);
	return {
		profile,
		clock: options.clock,
		random: options.random,
		workspace,
		tier: options.tier ?? null,
		consent: options.consent ?? 'approve',
		keys: seeded.store,
		rate: new Map(),
		clients: options.clients ?? demoClients(profile),
		oauth: emptyOAuthState,
		deviceInterval: options.deviceInterval ?? profile.oauth?.devicePollInterval ?? 5,
	};
}
