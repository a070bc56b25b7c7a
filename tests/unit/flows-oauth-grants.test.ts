/**
 * The playground's grant sessions against the mock API in the page, with a simulated clock: each
 * grant obtains a token that the API call uses; the token expires without waiting; refresh
 * rotates and a reused refresh token is refused with the code the error table lists; a failed
 * step clears the steps after it; a revoked token gets its 401.
 */
import { describe, expect, test } from 'vitest';
import { buildAuthorizationUrl, type OAuthClient } from '../../src/lib/auth/index.ts';
import { createWorld, errorCodes, loopbackRedirectUri } from '../../src/lib/mock-api/index.ts';
import { simulatedClock } from '../../src/lib/rate-limit/sim-clock.ts';
import {
	decideAsThePerson,
	newSession,
	offeredGrants,
	revokeCurrentGrant,
	runStep,
	stepRequest,
	withAuthorization,
	type GrantSession,
	type GrantSettings,
} from '../../src/lib/flows/oauth-grants.ts';
import { loadProfile } from '../support/profiles.ts';
import { pinnedNow, seededRandom } from '../support/mock-world.ts';

const example = loadProfile('example-api');
const webApp: OAuthClient = {
	clientId: 'example-api-web-app',
	clientSecret: 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx',
	method: 'client_secret_basic',
};
const settings: GrantSettings = {
	client: webApp,
	redirectUri: loopbackRedirectUri,
	scopes: ['read'],
};

function start() {
	const clock = simulatedClock(() => pinnedNow);
	const world = createWorld(example, { clock: clock.now, random: seededRandom() });
	return { clock, session: newSession(world) };
}

async function authorized(session: GrantSession): Promise<GrantSession> {
	const pending = await buildAuthorizationUrl(example, {
		clientId: webApp.clientId,
		redirectUri: loopbackRedirectUri,
		scopes: ['read'],
		random: seededRandom(7),
		now: session.world.clock,
	});
	if (!pending.ok) throw new Error('no authorization URL');
	return withAuthorization(session, pending);
}

const status = (
	session: GrantSession,
	step: 'api' | 'refresh' | 'exchange' | 'authorize' | 'poll' | 'device' | 'token',
) => [session.results[step]?.response.status, session.results[step]?.response.errorCode];

describe('a grant session', () => {
	test('offers the grants the profile lists, in the picker order', () => {
		expect(offeredGrants(example)).toEqual([
			'authorization_code',
			'client_credentials',
			'device_code',
			'refresh_token',
		]);
	});

	test('runs the code grant, expires the token on the simulated clock, refreshes, and refuses the reused refresh token', async () => {
		const started = start();
		const { clock } = started;
		let { session } = started;
		session = await authorized(session);
		for (const step of ['authorize', 'exchange', 'api'] as const)
			session = await runStep(session, 'authorization_code', step, settings);
		expect(status(session, 'authorize')).toEqual([302, undefined]);
		expect(status(session, 'api')).toEqual([200, undefined]);
		clock.advance(example.oauth!.accessTokenLifetime * 1000);
		session = await runStep(session, 'authorization_code', 'api', settings);
		expect(status(session, 'api')).toEqual([401, 'token-expired']);
		session = await runStep(session, 'refresh_token', 'refresh', settings);
		session = await runStep(session, 'refresh_token', 'api', settings);
		expect([status(session, 'refresh'), status(session, 'api')]).toEqual([
			[200, undefined],
			[200, undefined],
		]);
		session = await runStep(session, 'refresh_token', 'refresh', {
			...settings,
			reuseRefreshToken: true,
		});
		expect(status(session, 'refresh')).toEqual([400, 'refresh-token-reused']);
		expect(JSON.parse(session.results.refresh!.response.body).error).toBe(
			errorCodes['refresh-token-reused'].oauthError,
		);
		expect(session.results.api).toBeUndefined();
	});

	test('clears the results after a failed step', async () => {
		let { session } = start();
		session = await runStep(session, 'client_credentials', 'token', settings);
		session = await runStep(session, 'client_credentials', 'api', settings);
		expect(status(session, 'api')).toEqual([200, undefined]);
		session = await runStep(session, 'client_credentials', 'token', {
			...settings,
			client: { ...webApp, clientSecret: 'wrong' },
		});
		expect(status(session, 'token')).toEqual([401, 'invalid-client']);
		expect(session.results.api).toBeUndefined();
	});

	test('sends a revoked token and shows its 401', async () => {
		let { session } = start();
		session = await runStep(session, 'client_credentials', 'token', settings);
		session = await runStep(revokeCurrentGrant(session), 'client_credentials', 'api', settings);
		expect(status(session, 'api')).toEqual([401, 'revoked-api-key']);
	});

	test('runs the device grant: pending, the person approves, tokens, the API call', async () => {
		const device: GrantSettings = {
			...settings,
			client: { clientId: 'example-api-device', clientSecret: '', method: 'none' },
		};
		const started = start();
		const { clock } = started;
		let { session } = started;
		session = await runStep(session, 'device_code', 'device', device);
		session = await runStep(session, 'device_code', 'poll', device);
		expect(status(session, 'poll')).toEqual([400, 'authorization-pending']);
		session = decideAsThePerson(session, 'approve');
		clock.advance(5000);
		session = await runStep(session, 'device_code', 'poll', device);
		session = await runStep(session, 'device_code', 'api', device);
		expect([status(session, 'poll'), status(session, 'api')]).toEqual([
			[200, undefined],
			[200, undefined],
		]);
	});

	test('says what a step still waits for instead of sending it', () => {
		const { session } = start();
		expect(stepRequest(session, 'exchange', settings)).toEqual({
			ok: false,
			reason: 'Run the authorization request first: it brings the code.',
		});
		expect(stepRequest(session, 'api', settings).ok).toBe(false);
	});
});
