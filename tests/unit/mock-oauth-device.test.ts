/**
 * The device authorization grant (RFC 8628) and the grant switch of a profile, in the mock API,
 * driven by the requests the auth core builds: the device asks for codes, polls, the person
 * decides, and every answer of RFC 8628 §3.5 comes out with the code the error table lists.
 */
import { describe, expect, test } from 'vitest';
import {
	buildDeviceAuthorizationRequest,
	buildTokenRequest,
	parseDeviceAuthorization,
	type OAuthClient,
} from '../../src/lib/auth/index.ts';
import { decideDevice, errorCodes, handle, type World } from '../../src/lib/mock-api/index.ts';
import type { ApiRequest } from '../../src/lib/http/index.ts';
import { loadProfile } from '../support/profiles.ts';
import { testWorld, type TestClock } from '../support/mock-world.ts';

const device: OAuthClient = { clientId: 'example-api-device', clientSecret: '', method: 'none' };

function built(
	result: { ok: true; request: ApiRequest } | { ok: false; errors: readonly { code: string }[] },
): ApiRequest {
	if (!result.ok) throw new Error(result.errors.map((error) => error.code).join(', '));
	return result.request;
}

async function start(world: World) {
	const { response, world: next } = await handle(
		built(buildDeviceAuthorizationRequest(world.profile, device, ['read'])),
		world,
	);
	expect(response.status).toBe(200);
	const codes = parseDeviceAuthorization(response.body);
	if (!codes) throw new Error(response.body);
	return { codes, world: next };
}

const poll = (world: World, deviceCode: string) =>
	handle(
		built(buildTokenRequest(world.profile, device, { type: 'device_code', deviceCode })),
		world,
	);

/** The world after `ms` milliseconds. */
function later(clock: TestClock, ms: number): void {
	clock.now += ms;
}

describe('the device authorization endpoint', () => {
	test('answers a device code, a user code XXXX-XXXX, the verification URI and the interval', async () => {
		const { world } = testWorld('example-api');
		const { codes } = await start(world);
		expect(codes.userCode).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
		expect(codes).toMatchObject({
			verificationUri: 'https://example.com/device',
			expiresIn: 600,
			interval: 5,
		});
		expect(codes.verificationUriComplete).toBe(
			`https://example.com/device?user_code=${codes.userCode}`,
		);
	});

	test('refuses a confidential web app that is not registered for the device grant', async () => {
		const { world } = testWorld('example-api');
		const webApp: OAuthClient = {
			clientId: 'example-api-web-app',
			clientSecret: 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx',
			method: 'client_secret_basic',
		};
		const { response } = await handle(
			built(buildDeviceAuthorizationRequest(world.profile, webApp, ['read'])),
			world,
		);
		expect([response.status, response.errorCode]).toEqual([400, 'unauthorized-client']);
	});
});

describe('polling the token endpoint with a device code', () => {
	test('hears authorization_pending, then the tokens once the person approves, and the token reads the API', async () => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world);
		const pending = await poll(started.world, started.codes.deviceCode);
		expect([
			pending.response.status,
			pending.response.errorCode,
			JSON.parse(pending.response.body).error,
		]).toEqual([400, 'authorization-pending', 'authorization_pending']);
		const decided = decideDevice(
			pending.world,
			started.codes.userCode.toLowerCase(),
			'approve',
			clock.now,
		);
		if (!decided.ok) throw new Error(decided.reason);
		later(clock, 5000);
		const issued = await poll(decided.world, started.codes.deviceCode);
		expect(issued.response.status).toBe(200);
		const body = JSON.parse(issued.response.body) as Record<string, string>;
		expect(body).toMatchObject({ token_type: 'Bearer', scope: 'read' });
		expect(typeof body['refresh_token']).toBe('string');
		const api = await handle(
			{
				method: 'GET',
				url: 'https://api.example.com/v1/users/me',
				headers: [['Authorization', `Bearer ${body['access_token']}`]],
			},
			issued.world,
		);
		expect(api.response.status).toBe(200);
		const again = await poll(issued.world, started.codes.deviceCode);
		expect(again.response.errorCode).toBe('device-code-invalid');
	});

	test.each([
		['slow-down', 'slow_down', 1000, 'pending'],
		['device-access-denied', 'access_denied', 5000, 'deny'],
		['device-code-expired', 'expired_token', 601_000, 'pending'],
	] as const)(
		'answers %s (error=%s) when the second poll comes %d ms later and the person is %s',
		async (code, error, wait, decision) => {
			const { world, clock } = testWorld('example-api');
			const started = await start(world);
			const first = await poll(started.world, started.codes.deviceCode);
			let next = first.world;
			if (decision === 'deny') {
				const decided = decideDevice(next, started.codes.userCode, 'deny', clock.now);
				if (!decided.ok) throw new Error(decided.reason);
				next = decided.world;
			}
			later(clock, wait);
			const { response } = await poll(next, started.codes.deviceCode);
			expect([response.status, response.errorCode, JSON.parse(response.body).error]).toEqual([
				400,
				code,
				error,
			]);
			expect(errorCodes[code].oauthError).toBe(error);
		},
	);

	test('raises the interval by 5 seconds after slow_down, for every later poll (RFC 8628 §3.5)', async () => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world);
		const first = await poll(started.world, started.codes.deviceCode);
		later(clock, 1000);
		const slow = await poll(first.world, started.codes.deviceCode);
		expect(slow.response.errorCode).toBe('slow-down');
		later(clock, 6000);
		expect((await poll(slow.world, started.codes.deviceCode)).response.errorCode).toBe('slow-down');
	});

	test('lets the person decide only once, and not after the code expired', async () => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world);
		const decided = decideDevice(started.world, started.codes.userCode, 'approve', clock.now);
		if (!decided.ok) throw new Error(decided.reason);
		expect(decideDevice(decided.world, started.codes.userCode, 'deny', clock.now)).toEqual({
			ok: false,
			reason: 'decided',
		});
		expect(
			decideDevice(started.world, started.codes.userCode, 'approve', clock.now + 600_000),
		).toEqual({ ok: false, reason: 'expired' });
		expect(decideDevice(started.world, 'BCDF-GHJK', 'approve', clock.now)).toEqual({
			ok: false,
			reason: 'unknown',
		});
	});
});

describe('the grants a profile offers', () => {
	const example = loadProfile('example-api');
	const without = (grant: string) => ({
		...example,
		oauth: { ...example.oauth!, grants: example.oauth!.grants.filter((name) => name !== grant) },
	});
	const webApp: OAuthClient = {
		clientId: 'example-api-web-app',
		clientSecret: 'demo_secret_Hn4Qw8Zr2Tk6Vm9Pb3Lx',
		method: 'client_secret_basic',
	};

	test('turn a grant the profile does not list into unsupported_grant_type at the token endpoint', async () => {
		const profile = without('client_credentials');
		const { world } = testWorld('example-api');
		const request = built(
			buildTokenRequest(example, webApp, { type: 'client_credentials', scopes: ['read'] }),
		);
		const { response } = await handle(request, { ...world, profile });
		expect([response.status, response.errorCode]).toEqual([400, 'unsupported-grant-type']);
	});

	test('make the builders refuse a grant the profile does not list, naming what it offers', () => {
		const result = buildTokenRequest(without('client_credentials'), webApp, {
			type: 'client_credentials',
		});
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors[0]?.message).toContain(
				'offers authorization_code, refresh_token, device_code',
			);
		expect(buildDeviceAuthorizationRequest(without('device_code'), device, []).ok).toBe(false);
	});

	test('leave the device endpoint unrouted when the profile does not offer the device grant', async () => {
		const profile = without('device_code');
		const { world } = testWorld('example-api');
		const request = built(buildDeviceAuthorizationRequest(example, device, ['read']));
		const { response } = await handle(request, { ...world, profile });
		expect(response.errorCode).toBe('not-found');
	});
});
