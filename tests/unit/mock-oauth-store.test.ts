/**
 * The OAuth store's memory policy (src/lib/mock-api/oauth-state.ts): records are kept a day past
 * their end so an old token is answered as expired rather than unknown, then dropped; each list is
 * capped at 1,000 records, the newest kept, so a long-running server cannot be made to grow.
 */
import { describe, expect, test } from 'vitest';
import {
	emptyOAuthState,
	prune,
	type AccessTokenRecord,
	type AuthorizationCodeRecord,
	type OAuthState,
	type RefreshTokenRecord,
} from '../../src/lib/mock-api/oauth-state.ts';

const day = 24 * 60 * 60 * 1000;
const tenMinutes = 10 * 60 * 1000;
const now = Date.UTC(2026, 2, 2, 10, 0, 0);

const code = (name: string, issuedAt: number): AuthorizationCodeRecord => ({
	code: name,
	grantId: 'grant_1',
	clientId: 'app',
	redirectUri: 'https://app.example.com/callback',
	scopes: ['read'],
	challenge: 'c',
	issuedAt,
	usedAt: null,
});
const access = (name: string, expiresAt: number): AccessTokenRecord => ({
	token: name,
	grantId: 'grant_1',
	clientId: 'app',
	scopes: ['read'],
	workspaceId: 'ws_home',
	expiresAt,
	revokedAt: null,
});
const refresh = (name: string, revokedAt: number | null): RefreshTokenRecord => ({
	token: name,
	grantId: 'grant_1',
	clientId: 'app',
	scopes: ['read'],
	usedAt: null,
	revokedAt,
});
const state = (parts: Partial<OAuthState>): OAuthState => ({ ...emptyOAuthState, ...parts });

describe('pruning the OAuth store', () => {
	test.each([
		[
			'keeps a code until 10 minutes and a day after it was issued',
			now - tenMinutes - day + 1,
			true,
		],
		['drops a code 10 minutes and a day after it was issued', now - tenMinutes - day, false],
	])('%s', (_name, issuedAt, kept) => {
		expect(prune(state({ codes: [code('c1', issuedAt)] }), now).codes).toHaveLength(kept ? 1 : 0);
	});

	test.each([
		['keeps an access token until a day after it expired', now - day + 1, true],
		['drops an access token a day after it expired', now - day, false],
		['keeps an access token that has not expired', now + 3_600_000, true],
	])('%s', (_name, expiresAt, kept) => {
		expect(
			prune(state({ accessTokens: [access('a1', expiresAt)] }), now).accessTokens,
		).toHaveLength(kept ? 1 : 0);
	});

	test.each([
		['keeps a refresh token that was never revoked, however old', null, true],
		['keeps a revoked refresh token until a day after revocation', now - day + 1, true],
		['drops a revoked refresh token a day after revocation', now - day, false],
	])('%s', (_name, revokedAt, kept) => {
		expect(
			prune(state({ refreshTokens: [refresh('r1', revokedAt)] }), now).refreshTokens,
		).toHaveLength(kept ? 1 : 0);
	});

	test('keeps the grant counter and leaves a list of exactly 1,000 records whole', () => {
		const full = state({
			grants: 7,
			codes: Array.from({ length: 1000 }, (_, i) => code(`c${i}`, now)),
		});
		const pruned = prune(full, now);
		expect(pruned.grants).toBe(7);
		expect(pruned.codes).toEqual(full.codes);
	});

	test.each([
		[
			'codes',
			(n: number) =>
				state({ codes: Array.from({ length: n }, (_, i) => code(`x${i}`, now - n + i)) }),
		],
		[
			'access tokens',
			(n: number) =>
				state({ accessTokens: Array.from({ length: n }, (_, i) => access(`x${i}`, now + i)) }),
		],
		[
			'refresh tokens',
			(n: number) =>
				state({ refreshTokens: Array.from({ length: n }, (_, i) => refresh(`x${i}`, null)) }),
		],
	] as const)('caps %s at 1,000, keeping the newest', (_name, make) => {
		const pruned = prune(make(1003), now);
		const list =
			_name === 'codes'
				? pruned.codes.map((r) => r.code)
				: _name === 'access tokens'
					? pruned.accessTokens.map((r) => r.token)
					: pruned.refreshTokens.map((r) => r.token);
		expect(list).toHaveLength(1000);
		expect([list[0], list.at(-1)]).toEqual(['x3', 'x1002']);
	});
});
