/**
 * Scenarios for the device authorization grant's answers at the token endpoint (RFC 8628 §3.5).
 * Each one really asks for a device code through `handle`, then sets up what happened since
 * (nothing yet, a poll a moment ago, the code's lifetime passed, the person denied) and returns
 * the device's next poll.
 */
import type { ApiRequest, FormField } from '../../http/index.ts';
import { handle } from '../handle.ts';
import { decideDevice } from '../oauth-device-decision.ts';
import type { OAuthClient } from '../oauth-clients.ts';
import type { World } from '../world.ts';
import { tokenRequest } from './requests.ts';
import type { Staged } from './types.ts';

const deviceGrantType = 'urn:ietf:params:oauth:grant-type:device_code';

function deviceClient(world: World): OAuthClient {
	const client = world.clients.find((candidate) => candidate.grantTypes.includes('device_code'));
	if (!client) throw new Error(`${world.profile.id} has no device client`);
	return client;
}

/** A form POST to the device authorization endpoint for the device client. */
function deviceAuthorizationRequest(world: World): ApiRequest {
	const fields: FormField[] = [['client_id', deviceClient(world).clientId]];
	return {
		...tokenRequest(world.profile, fields),
		url: world.profile.oauth!.deviceAuthorizationEndpoint!,
	};
}

/** The device's poll of the token endpoint with `deviceCode`. */
function poll(world: World, deviceCode: string): ApiRequest {
	return tokenRequest(world.profile, [
		['grant_type', deviceGrantType],
		['device_code', deviceCode],
		['client_id', deviceClient(world).clientId],
	]);
}

/** Asks for a device code through `handle`: the world that issued it, its device and user codes. */
async function obtainDeviceCode(
	world: World,
): Promise<{ world: World; deviceCode: string; userCode: string }> {
	const { response, world: next } = await handle(deviceAuthorizationRequest(world), world);
	const body = JSON.parse(response.body) as Record<string, unknown>;
	if (typeof body['device_code'] !== 'string' || typeof body['user_code'] !== 'string')
		throw new Error(`the scenario device authorization was refused: ${response.body}`);
	return { world: next, deviceCode: body['device_code'], userCode: body['user_code'] };
}

export const deviceScenarios = {
	'authorization-pending': async (world: World): Promise<Staged> => {
		const issued = await obtainDeviceCode(world);
		return {
			world: issued.world,
			request: poll(world, issued.deviceCode),
			note: 'The device polls before the person has entered the user code.',
		};
	},
	'slow-down': async (world: World): Promise<Staged> => {
		const issued = await obtainDeviceCode(world);
		const first = await handle(poll(world, issued.deviceCode), issued.world);
		return {
			world: first.world,
			request: poll(world, issued.deviceCode),
			note: 'The device polls again at once, sooner than the interval allows.',
		};
	},
	'device-code-expired': async (world: World): Promise<Staged> => {
		const lifetime = (world.profile.oauth?.deviceCodeLifetime ?? 600) * 1000;
		const earlier = { ...world, clock: () => world.clock() - lifetime - 60_000 };
		const issued = await obtainDeviceCode(earlier);
		return {
			world: { ...issued.world, clock: world.clock },
			request: poll(world, issued.deviceCode),
			note: 'The device code was issued a minute more than its lifetime ago.',
		};
	},
	'device-access-denied': async (world: World): Promise<Staged> => {
		const issued = await obtainDeviceCode(world);
		const decided = decideDevice(issued.world, issued.userCode, 'deny', world.clock());
		if (!decided.ok) throw new Error(`the scenario denial failed: ${decided.reason}`);
		return {
			world: decided.world,
			request: poll(world, issued.deviceCode),
			note: 'The person entered the user code and denied the device.',
		};
	},
	'device-code-invalid': (world: World): Staged => ({
		world,
		request: poll(world, 'not-a-device-code-this-server-issued'),
		note: 'The device code was never issued by this server.',
	}),
};
