/**
 * What the simulated authorization server remembers: authorization codes, access tokens and
 * refresh tokens, each tied to a grant (one user's consent to one client). Revoking a grant
 * revokes every token it produced: that is the answer to a reused code (RFC 6749 §4.1.2) and to
 * a reused refresh token (RFC 9700 §4.14.2). Records are kept a day past expiry so that an old
 * token is answered as expired, not unknown, then dropped; each list is also capped so that a
 * long-running server cannot be made to grow without bound.
 */

export interface AuthorizationCodeRecord {
	readonly code: string;
	readonly grantId: string;
	readonly clientId: string;
	readonly redirectUri: string;
	readonly scopes: readonly string[];
	/** The S256 code_challenge (RFC 7636 §4.2). */
	readonly challenge: string;
	readonly issuedAt: number;
	readonly usedAt: number | null;
}

export interface AccessTokenRecord {
	readonly token: string;
	readonly grantId: string;
	readonly clientId: string;
	readonly scopes: readonly string[];
	readonly workspaceId: string;
	readonly expiresAt: number;
	readonly revokedAt: number | null;
}

export interface RefreshTokenRecord {
	readonly token: string;
	readonly grantId: string;
	readonly clientId: string;
	readonly scopes: readonly string[];
	readonly usedAt: number | null;
	readonly revokedAt: number | null;
}

/** A device authorization (RFC 8628 §3.2) and what the person decided at the verification URI. */
export interface DeviceCodeRecord {
	readonly deviceCode: string;
	/** As shown to the person: eight characters of an unambiguous alphabet, XXXX-XXXX (RFC 8628 §6.1). */
	readonly userCode: string;
	readonly clientId: string;
	readonly scopes: readonly string[];
	readonly issuedAt: number;
	readonly expiresAt: number;
	/** Seconds the device must wait between polls; raised by 5 at each slow_down (RFC 8628 §3.5). */
	readonly interval: number;
	readonly lastPolledAt: number | null;
	readonly decision: 'pending' | 'approved' | 'denied';
	/** Set when the tokens were issued: a device code works once. */
	readonly usedAt: number | null;
}

export interface OAuthState {
	readonly codes: readonly AuthorizationCodeRecord[];
	readonly devices: readonly DeviceCodeRecord[];
	readonly accessTokens: readonly AccessTokenRecord[];
	readonly refreshTokens: readonly RefreshTokenRecord[];
	/** Grants issued so far, for the next grant id. */
	readonly grants: number;
}

export const emptyOAuthState: OAuthState = {
	codes: [],
	devices: [],
	accessTokens: [],
	refreshTokens: [],
	grants: 0,
};

/** RFC 6749 §4.1.2: "A maximum authorization code lifetime of 10 minutes is RECOMMENDED." */
export const codeLifetimeMs = 10 * 60 * 1000;

const keepExpiredMs = 24 * 60 * 60 * 1000;
const maxRecords = 1000;

/** A new grant id and the state that has counted it. */
export function newGrant(state: OAuthState): { grantId: string; state: OAuthState } {
	return { grantId: `grant_${state.grants + 1}`, state: { ...state, grants: state.grants + 1 } };
}

/** Revokes every token of `grantId` at `now` (codes die with it: they are single-use anyway). */
export function revokeGrant(state: OAuthState, grantId: string, now: number): OAuthState {
	const revoke = <T extends { grantId: string; revokedAt: number | null }>(record: T): T =>
		record.grantId === grantId && record.revokedAt === null
			? { ...record, revokedAt: now }
			: record;
	return {
		...state,
		accessTokens: state.accessTokens.map(revoke),
		refreshTokens: state.refreshTokens.map(revoke),
	};
}

/** Drops records long past use and caps each list, keeping the newest. */
export function prune(state: OAuthState, now: number): OAuthState {
	const cap = <T>(list: readonly T[]): readonly T[] =>
		list.length > maxRecords ? list.slice(list.length - maxRecords) : list;
	return {
		...state,
		codes: cap(
			state.codes.filter((record) => now - record.issuedAt < codeLifetimeMs + keepExpiredMs),
		),
		devices: cap(state.devices.filter((record) => now - record.expiresAt < keepExpiredMs)),
		accessTokens: cap(
			state.accessTokens.filter((record) => now - record.expiresAt < keepExpiredMs),
		),
		refreshTokens: cap(
			state.refreshTokens.filter(
				(record) => record.revokedAt === null || now - record.revokedAt < keepExpiredMs,
			),
		),
	};
}
