// The edges of the device grant (RFC 8628): a poll exactly at the interval and one millisecond
// before it, the interval after slow_down, a code at the instant it expires, the scope a device
// asks for, a user code typed loosely, and a device code presented by another client.
import { describe, expect, test } from 'vitest';
import {
	decideDevice,
	handle,
	normalizeUserCode,
	type World,
} from '../../src/lib/mock-api/index.ts';
import type { ApiRequest, FormField } from '../../src/lib/http/index.ts';
import { testWorld } from '../support/mock-world.ts';

const deviceClient = 'example-api-device';
const urn = 'urn:ietf:params:oauth:grant-type:device_code';

function form(url: string, fields: FormField[]): ApiRequest {
	return {
		method: 'POST',
		url,
		headers: [['Content-Type', 'application/x-www-form-urlencoded']],
		body: { kind: 'form', fields },
	};
}

async function start(world: World, scope?: string) {
	const { response, world: next } = await handle(
		form(world.profile.oauth!.deviceAuthorizationEndpoint!, [
			['client_id', deviceClient],
			...(scope === undefined ? [] : [['scope', scope] as FormField]),
		]),
		world,
	);
	return { response, world: next, body: JSON.parse(response.body) as Record<string, unknown> };
}

const poll = (world: World, deviceCode: unknown, clientId = deviceClient) =>
	handle(
		form(world.profile.oauth!.tokenEndpoint, [
			['grant_type', urn],
			['device_code', String(deviceCode)],
			['client_id', clientId],
		]),
		world,
	);

describe('the device authorization endpoint', () => {
	test('records the scopes asked for, each once, and all of them when none is asked for', async () => {
		const { world } = testWorld('example-api');
		const asked = await start(world, ' write  read ');
		expect(asked.world.oauth.devices.map((device) => device.scopes)).toEqual([['write', 'read']]);
		const all = await start(world);
		expect(all.world.oauth.devices.map((device) => device.scopes)).toEqual([['read', 'write']]);
	});

	test('refuses a scope the API does not define with a 400, naming those it does (RFC 8628 §3.2)', async () => {
		const { world } = testWorld('example-api');
		const { response, world: next } = await start(world, 'read admin');
		expect([response.status, response.errorCode, response.explanation]).toEqual([
			400,
			'token-scope-invalid',
			'Unknown scope; this API defines: read write',
		]);
		expect(next.oauth.devices).toEqual([]);
	});

	test('answers with no-store, the lifetime and the interval of the world, and remembers the code', async () => {
		const { world, clock } = testWorld('example-api', { deviceInterval: 2 });
		const { response, world: next, body } = await start(world);
		expect(response.headers.slice(3)).toEqual([
			['Cache-Control', 'no-store'],
			['Pragma', 'no-cache'],
		]);
		expect(body).toMatchObject({ expires_in: 600, interval: 2 });
		expect(String(body['device_code'])).toMatch(/^[\w-]{43}$/);
		expect(next.oauth.devices).toEqual([
			{
				deviceCode: body['device_code'],
				userCode: body['user_code'],
				clientId: deviceClient,
				scopes: ['read', 'write'],
				issuedAt: clock.now,
				expiresAt: clock.now + 600_000,
				interval: 2,
				lastPolledAt: null,
				decision: 'pending',
				usedAt: null,
			},
		]);
	});
});

describe('a device polling', () => {
	test.each([
		[4999, 'slow-down'],
		[5000, 'authorization-pending'],
	])('%i ms after its last poll (interval 5 s) hears %s', async (wait, code) => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world);
		const first = await poll(started.world, started.body['device_code']);
		expect(first.world.oauth.devices[0]!.lastPolledAt).toBe(clock.now);
		clock.now += wait;
		const { response, world: next } = await poll(first.world, started.body['device_code']);
		expect(response.errorCode).toBe(code);
		expect(next.oauth.devices[0]).toMatchObject({
			lastPolledAt: clock.now,
			interval: code === 'slow-down' ? 10 : 5,
		});
	});

	test('is told the new interval with slow_down, and may poll again once that interval passed', async () => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world);
		const first = await poll(started.world, started.body['device_code']);
		const slow = await poll(first.world, started.body['device_code']);
		expect(slow.response.explanation).toBe(
			'Polled sooner than the interval; wait 10 seconds between polls from now on',
		);
		clock.now += 9999;
		const early = await poll(slow.world, started.body['device_code']);
		expect(early.response.errorCode).toBe('slow-down');
		clock.now += 15_000;
		expect((await poll(early.world, started.body['device_code'])).response.errorCode).toBe(
			'authorization-pending',
		);
	});

	test.each([
		[599_999, 'authorization-pending'],
		[600_000, 'device-code-expired'],
	])('%i ms after the code was issued (lifetime 600 s) hears %s', async (wait, code) => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world);
		clock.now += wait;
		expect((await poll(started.world, started.body['device_code'])).response.errorCode).toBe(code);
	});

	test('with a device code issued to another client hears device-code-invalid', async () => {
		const { world } = testWorld('example-api', {
			clients: [
				...testWorld('example-api').world.clients,
				{ clientId: 'tv', clientSecret: null, redirectUris: [], grantTypes: ['device_code'] },
			],
		});
		const started = await start(world);
		const { response } = await poll(started.world, started.body['device_code'], 'tv');
		expect(response.errorCode).toBe('device-code-invalid');
	});

	test('once denied, hears access_denied once, and after that that the code is spent', async () => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world);
		const decided = decideDevice(
			started.world,
			String(started.body['user_code']),
			'deny',
			clock.now,
		);
		if (!decided.ok) throw new Error(decided.reason);
		const denied = await poll(decided.world, started.body['device_code']);
		expect(denied.response.errorCode).toBe('device-access-denied');
		expect((await poll(denied.world, started.body['device_code'])).response.errorCode).toBe(
			'device-code-invalid',
		);
	});

	test('once approved, gets tokens for the scopes it asked, under a new grant', async () => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world, 'read');
		const decided = decideDevice(
			started.world,
			String(started.body['user_code']),
			'approve',
			clock.now,
		);
		if (!decided.ok) throw new Error(decided.reason);
		expect([decided.scopes, decided.clientId]).toEqual([['read'], deviceClient]);
		const { response, world: next } = await poll(decided.world, started.body['device_code']);
		expect(JSON.parse(response.body)).toMatchObject({ scope: 'read', token_type: 'Bearer' });
		expect(next.oauth.grants).toBe(1);
		expect(next.oauth.devices[0]!.usedAt).toBe(clock.now);
		expect(next.oauth.accessTokens[0]).toMatchObject({ grantId: 'grant_1', scopes: ['read'] });
	});
});

describe('the person at the verification URI', () => {
	test.each([
		['as shown', (code: string) => code],
		['in lower case', (code: string) => code.toLowerCase()],
		['without the dash', (code: string) => code.replace('-', '')],
		['with spaces instead of the dash', (code: string) => code.replace('-', ' \t ')],
		['with extra dashes', (code: string) => `-${code.split('').join('-')}-`],
	])('may type the user code %s', async (_name, typed) => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world);
		const decided = decideDevice(
			started.world,
			typed(String(started.body['user_code'])),
			'approve',
			clock.now,
		);
		expect(decided.ok).toBe(true);
	});

	test.each([
		[599_999, true],
		[600_000, false],
	])('may decide %i ms after the code was issued: %s', async (wait, ok) => {
		const { world, clock } = testWorld('example-api');
		const started = await start(world);
		const decided = decideDevice(
			started.world,
			String(started.body['user_code']),
			'deny',
			clock.now + wait,
		);
		expect(decided.ok).toBe(ok);
	});

	test('normalizes a typed code to the letters alone, in capitals', () => {
		expect(normalizeUserCode(' bcdf-ghjk\n')).toBe('BCDFGHJK');
	});
});

describe('two devices at once', () => {
	test('are decided and polled each on its own', async () => {
		const { world, clock } = testWorld('example-api');
		const first = await start(world);
		const second = await start(first.world);
		const decided = decideDevice(second.world, String(second.body['user_code']), 'deny', clock.now);
		if (!decided.ok) throw new Error(decided.reason);
		expect(decided.world.oauth.devices.map((device) => device.decision)).toEqual([
			'pending',
			'denied',
		]);
		const polled = await poll(decided.world, first.body['device_code']);
		expect(polled.response.errorCode).toBe('authorization-pending');
		expect(polled.world.oauth.devices.map((device) => device.lastPolledAt)).toEqual([
			clock.now,
			null,
		]);
		const denied = await poll(polled.world, second.body['device_code']);
		expect(denied.response.errorCode).toBe('device-access-denied');
		expect(denied.world.oauth.devices.map((device) => device.usedAt)).toEqual([null, clock.now]);
	});

	test('answer with JSON of the OAuth type', async () => {
		const { world } = testWorld('example-api');
		const { response } = await start(world);
		expect(response.headers[1]).toEqual(['Content-Type', 'application/json;charset=UTF-8']);
	});
});
