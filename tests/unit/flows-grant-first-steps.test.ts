/**
 * The grants' first snippets, rendered at build time with placeholder bytes, are the ones the
 * browser draws with fresh random bytes once the flow loads: for every API that offers OAuth 2.0
 * and every grant it offers. If a snippet ever carried the state or the verifier, the server's
 * text would differ from the browser's and this fails.
 */
import { describe, expect, test } from 'vitest';
import { cryptoRandomBytes } from '../../src/lib/auth/index.ts';
import { loopbackRedirectUri } from '../../src/lib/mock-api/index.ts';
import { offeredGrants, type GrantSettings } from '../../src/lib/flows/index.ts';
import { firstSteps } from '../../src/components/flows/grant-first-steps.ts';
import { loadProfiles } from '../support/profiles.ts';

const fixOf = (code: string) => `fix for ${code}`;
const withOAuth = [...loadProfiles().values()].filter((profile) => profile.oauth);

describe.each(withOAuth.map((profile) => [profile.id, profile] as const))('%s', (_, profile) => {
	const settings: GrantSettings = {
		client: { clientId: 'web-app', clientSecret: 'demo_secret_x', method: 'client_secret_basic' },
		redirectUri: loopbackRedirectUri,
		scopes: profile.oauth?.scopes.slice(0, 1).map((scope) => scope.name) ?? [],
	};

	test.each(offeredGrants(profile))(
		'%s: the server draws what the browser draws',
		async (grant) => {
			const server = await firstSteps(profile, grant, settings, fixOf);
			const browser = await firstSteps(profile, grant, settings, fixOf, cryptoRandomBytes);
			expect([...browser]).toEqual([...server]);
			// Not vacuous: a grant that starts from nothing (all but refresh) has its first step's
			// four snippets before anything has run.
			const [first] = [...server.values()];
			const drawn = first ? Object.values(first).every((outcome) => outcome.ok) : false;
			expect(drawn).toBe(grant !== 'refresh_token');
		},
	);
});

test('an API with OAuth 2.0 is there to test', () => {
	expect(withOAuth.length).toBeGreaterThan(0);
});
