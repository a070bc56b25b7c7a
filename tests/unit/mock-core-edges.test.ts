// Edges the first mutation run of src/lib/mock-api showed no test reaching: grant ids and grant
// revocation, device records pruned a day after they expire, which profiles a code applies to,
// a default tier that is not the first one, the hour's exact end, a full bucket's next request,
// an S256 challenge one character too long, and the sample request for every Basic username rule.
import { describe, expect, test } from 'vitest';
import { applies, codesFor, createWorld, handle } from '../../src/lib/mock-api/index.ts';
import {
	emptyOAuthState,
	newGrant,
	prune,
	revokeGrant,
	type AccessTokenRecord,
	type DeviceCodeRecord,
} from '../../src/lib/mock-api/oauth-state.ts';
import { activeTier, drawRequest } from '../../src/lib/mock-api/rate-limit.ts';
import { take } from '../../src/lib/mock-api/token-bucket.ts';
import { isS256Challenge } from '../../src/lib/mock-api/pkce-verify.ts';
import { profileKeyRequest } from '../../src/lib/mock-api/scenarios/index.ts';
import type { BasicUsernameRule, Profile } from '../../src/lib/profiles/index.ts';
import { pinnedNow, seededRandom, testClock } from '../support/mock-world.ts';
import { loadProfile } from '../support/profiles.ts';

const day = 24 * 60 * 60 * 1000;
const lemlist = loadProfile('lemlist');
const example = loadProfile('example-api');

describe('the OAuth store', () => {
	test('numbers grants from 1 and counts each one', () => {
		const first = newGrant(emptyOAuthState);
		const second = newGrant(first.state);
		expect([first.grantId, second.grantId, second.state.grants]).toEqual(['grant_1', 'grant_2', 2]);
	});

	test("revokes a grant's live tokens only, and keeps the time of an earlier revocation", () => {
		const token = (name: string, grantId: string, revokedAt: number | null): AccessTokenRecord => ({
			token: name,
			grantId,
			clientId: 'app',
			scopes: [],
			workspaceId: 'ws_home',
			expiresAt: pinnedNow + 3_600_000,
			revokedAt,
		});
		const state = {
			...emptyOAuthState,
			accessTokens: [
				token('a', 'grant_1', null),
				token('b', 'grant_1', 5),
				token('c', 'grant_2', null),
			],
			refreshTokens: [
				{
					token: 'r',
					grantId: 'grant_1',
					clientId: 'app',
					scopes: [],
					usedAt: null,
					revokedAt: null,
				},
				{
					token: 's',
					grantId: 'grant_2',
					clientId: 'app',
					scopes: [],
					usedAt: null,
					revokedAt: null,
				},
			],
		};
		const revoked = revokeGrant(state, 'grant_1', pinnedNow);
		expect(revoked.accessTokens.map((record) => record.revokedAt)).toEqual([pinnedNow, 5, null]);
		expect(revoked.refreshTokens.map((record) => record.revokedAt)).toEqual([pinnedNow, null]);
	});

	test.each([
		[day - 1, true],
		[day, false],
	])('keeps a device code %i ms after it expired: %s', (age, kept) => {
		const device: DeviceCodeRecord = {
			deviceCode: 'd',
			userCode: 'BCDF-GHJK',
			clientId: 'tv',
			scopes: [],
			issuedAt: pinnedNow - 600_000,
			expiresAt: pinnedNow,
			interval: 5,
			lastPolledAt: null,
			decision: 'pending',
			usedAt: null,
		};
		const state = { ...emptyOAuthState, devices: [device] };
		expect(prune(state, pinnedNow + age).devices.length).toBe(kept ? 1 : 0);
	});
});

/** lemlist's profile with another Basic username rule. */
function basicWith(username: BasicUsernameRule, exampleUsername?: string): Profile {
	if (lemlist.auth.scheme !== 'basic') throw new Error('lemlist is a Basic API');
	const { exampleUsername: _dropped, ...auth } = lemlist.auth;
	return {
		...lemlist,
		auth: { ...auth, username, ...(exampleUsername ? { exampleUsername } : {}) },
	};
}

describe('which codes apply', () => {
	test.each([
		['empty', true],
		['key-as-username', true],
		['ignored', false],
		['required', false],
	] as const)('missing-colon applies to a Basic API whose username rule is %s: %s', (rule, yes) => {
		expect(applies(basicWith(rule), 'basic-colon')).toBe(yes);
		expect(codesFor(basicWith(rule)).includes('missing-colon')).toBe(yes);
	});

	test('test-key codes apply to a Bearer API with a test prefix, and not with only a live one', () => {
		const leadterra = loadProfile('leadterra');
		if (leadterra.auth.scheme !== 'bearer') throw new Error('Leadterra is a Bearer API');
		const liveOnly: Profile = {
			...leadterra,
			auth: {
				...leadterra.auth,
				keyPrefixes: leadterra.auth.keyPrefixes.filter((entry) => entry.environment === 'live'),
			},
		};
		expect([applies(leadterra, 'test-keys'), applies(liveOnly, 'test-keys')]).toEqual([
			true,
			false,
		]);
		expect(applies(lemlist, 'test-keys')).toBe(false);
	});

	test('device codes apply where the device grant is offered, OAuth codes wherever OAuth is', () => {
		const noDevice: Profile = {
			...example,
			oauth: { ...example.oauth!, grants: ['authorization_code', 'refresh_token'] },
		};
		expect([applies(example, 'oauth-device'), applies(noDevice, 'oauth-device')]).toEqual([
			true,
			false,
		]);
		expect([applies(noDevice, 'oauth'), applies(lemlist, 'oauth')]).toEqual([true, false]);
		expect(codesFor(noDevice)).not.toContain('slow-down');
		expect(codesFor(noDevice)).toContain('invalid-client');
		expect(applies(example, 'server')).toBe(false);
	});
});

describe('rate limits', () => {
	const rateLimit = example.rateLimit!;

	test('fall back to the default tier even when it is not the first', () => {
		const config = { ...rateLimit, defaultTier: 'Pro' };
		expect(activeTier(config, null).name).toBe('Pro');
		expect(activeTier(config, 'Nope').name).toBe('Pro');
	});

	test('open a new hour exactly an hour after the window started', () => {
		const state = new Map([
			[
				'k',
				{
					bucket: { level: 50 * 3_600_000, at: pinnedNow },
					span: { start: pinnedNow, used: 1000 },
				},
			],
		]);
		expect(drawRequest(rateLimit, null, state, 'k', pinnedNow + 3_600_000).allowed).toBe(true);
	});

	test('say a full bucket allows the next request now', () => {
		const policy = { capacity: 2, refillPerWindow: 1, windowMs: 1000 };
		expect(take(policy, undefined, pinnedNow)).toEqual({
			allowed: true,
			state: { level: 1000, at: pinnedNow },
			remaining: 1,
			msUntilNext: 0,
			msUntilFull: 1000,
		});
		expect(take(policy, { level: 2000, at: pinnedNow }, pinnedNow).msUntilNext).toBe(0);
	});
});

describe('an S256 code_challenge', () => {
	const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
	test.each([
		[challenge, true],
		[`A${challenge}`, false],
		[`${challenge}A`, false],
		[challenge.slice(1), false],
		[`${challenge.slice(1)}=`, false],
	])('%s is well formed: %s', (value, ok) => {
		expect(isS256Challenge(value)).toBe(ok);
	});
});

describe("a scenario's sample request", () => {
	test.each([
		['empty', undefined, ':a1b2c3d4e5f6'],
		['ignored', 'X', 'X:a1b2c3d4e5f6'],
		['required', undefined, 'user:a1b2c3d4e5f6'],
		['required', 'ada', 'ada:a1b2c3d4e5f6'],
		['key-as-username', undefined, 'a1b2c3d4e5f6:'],
	] as const)(
		'for a Basic API whose username rule is %s (example user %s) sends %s, and authenticates',
		async (rule, user, credentials) => {
			const profile = basicWith(rule, user);
			const request = profileKeyRequest(profile)('a1b2c3d4e5f6');
			const value = request.headers.find(([name]) => name === 'Authorization')![1];
			expect(Buffer.from(value.replace(/^Basic /, ''), 'base64').toString()).toBe(credentials);
			const world = createWorld(profile, { clock: testClock().read, random: seededRandom() });
			const sample = profileKeyRequest(profile)(profile.exampleKey);
			expect((await handle(sample, world)).response.status).toBe(200);
		},
	);
});

describe('survivors of the last mutation run, now pinned', () => {
	test.each([
		['a tab and two spaces around it', '\t  KEY  \t', 200],
		['a space inside it', 'KEY-SPLIT', 401],
	])('a key in its own header with %s', async (_name, shape, status) => {
		const profile: Profile = {
			...example,
			oauth: undefined,
			rateLimit: undefined,
			auth: { scheme: 'apiKey', in: 'header', name: 'X-Key' },
		};
		const world = createWorld(profile, { clock: testClock().read, random: seededRandom() });
		const key = profile.exampleKey;
		const value = shape
			.replace('KEY-SPLIT', `${key.slice(0, 6)} ${key.slice(6)}`)
			.replace('KEY', key);
		const { response } = await handle(
			{ method: 'GET', url: `${profile.baseUrl}/users/me`, headers: [['X-Key', value]] },
			world,
		);
		expect(response.status).toBe(status);
	});

	test('an Authorization field with a tab and two spaces around it', async () => {
		const world = createWorld(example, { clock: testClock().read, random: seededRandom() });
		const { response } = await handle(
			{
				method: 'GET',
				url: `${example.baseUrl}/users/me`,
				headers: [['Authorization', `\t  Bearer ${example.exampleKey}  \t`]],
			},
			world,
		);
		expect(response.status).toBe(200);
	});

	test('a named-header API sends its declared challenge on no 400', async () => {
		const { challengeFor } = await import('../../src/lib/mock-api/challenge.ts');
		const keyed: Profile = {
			...example,
			auth: { scheme: 'apiKey', in: 'header', name: 'X-Key', challenge: 'ApiKey realm="x"' },
		};
		expect(challengeFor(keyed, 'duplicated-credentials')).toBeNull();
	});

	test('a full bucket of three allows the next request now', () => {
		const policy = { capacity: 3, refillPerWindow: 1, windowMs: 1000 };
		expect(take(policy, undefined, pinnedNow).msUntilNext).toBe(0);
	});

	test.each([
		['text/plain', 400],
		['APPLICATION/X-WWW-FORM-URLENCODED ; charset=UTF-8', 200],
	])('a form body to the token endpoint under Content-Type %s gets %i', async (type, status) => {
		const world = createWorld(example, { clock: testClock().read, random: seededRandom() });
		const { response } = await handle(
			{
				method: 'POST',
				url: example.oauth!.tokenEndpoint,
				headers: [['Content-Type', type]],
				body: {
					kind: 'form',
					fields: [
						['grant_type', 'client_credentials'],
						['client_id', 'example-api-web-app'],
						['client_secret', 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx'],
						['scope', 'read  write'],
					],
				},
			},
			world,
		);
		expect(response.status).toBe(status);
	});
});
