/**
 * The device authorization grant on the server side (RFC 8628). The device asks for a device
 * code and a user code (§3.1, §3.2); the person types the user code at the verification URI and
 * approves or denies (`decideDevice` in oauth-device-decision.ts, which the page's simulated person
 * and the test server's approval endpoint call; no HTTP route of `handle` reaches it); meanwhile the device polls the
 * token endpoint and hears authorization_pending, slow_down when it polls faster than the
 * interval (which then grows by 5 seconds), expired_token, access_denied, or its tokens (§3.5).
 */
import type { ApiRequest } from '../http/index.ts';
import { readClientForm, refuse } from './oauth-client-request.ts';
import type { OAuthClient } from './oauth-clients.ts';
import { newGrant, prune, type DeviceCodeRecord } from './oauth-state.ts';
import { randomString, randomToken } from './random-text.ts';
import { noStore, respond } from './respond.ts';
import type { Handled } from './resource.ts';
import type { World } from './world.ts';

/** RFC 8628 §6.1: no vowels (no words), no digits or look-alikes; 20^8 codes. */
const userCodeAlphabet = 'BCDFGHJKLMNPQRSTVWXZ';

/** Answers a POST to the device authorization endpoint (RFC 8628 §3.1, §3.2). */
export function handleDeviceAuthorization(request: ApiRequest, world: World, now: number): Handled {
	const oauth = world.profile.oauth;
	const form = readClientForm(request, world, now, 'device authorization', 'RFC 8628 section 3.1');
	if (!form.ok) return form.refused;
	const { fields, client } = form;
	if (!client.grantTypes.includes('device_code'))
		return refuse(world, now, 'unauthorized-client', 'This client may not use the device grant');
	const known = oauth?.scopes.map((entry) => entry.name) ?? [];
	const scopes =
		fields
			.get('scope')?.[0]
			?.split(' ')
			.filter((name) => name !== '') ?? known;
	// An RFC 6749 §5.2 answer (RFC 8628 §3.2): a 400 with invalid_scope, as at the token endpoint;
	// invalid-scope is the authorization endpoint's redirect, a 302, which has nowhere to go here.
	if (scopes.some((name) => !known.includes(name)))
		return refuse(
			world,
			now,
			'token-scope-invalid',
			`Unknown scope; this API defines: ${known.join(' ')}`,
		);
	const code = randomString(world.random, userCodeAlphabet, 8);
	const lifetime = oauth?.deviceCodeLifetime ?? 600;
	const record: DeviceCodeRecord = {
		deviceCode: randomToken(world.random),
		userCode: `${code.slice(0, 4)}-${code.slice(4)}`,
		clientId: client.clientId,
		scopes,
		issuedAt: now,
		expiresAt: now + lifetime * 1000,
		interval: world.deviceInterval,
		lastPolledAt: null,
		decision: 'pending',
		usedAt: null,
	};
	const verificationUri = oauth?.verificationUri ?? '';
	const body = {
		device_code: record.deviceCode,
		user_code: record.userCode,
		verification_uri: verificationUri,
		verification_uri_complete: `${verificationUri}?user_code=${record.userCode}`,
		expires_in: lifetime,
		interval: record.interval,
	};
	const state = prune(world.oauth, now);
	return {
		response: respond(200, 'application/json;charset=UTF-8', JSON.stringify(body), noStore, now),
		world: { ...world, oauth: { ...state, devices: [...state.devices, record] } },
	};
}

function withDevice(world: World, record: DeviceCodeRecord, next: DeviceCodeRecord): World {
	return {
		...world,
		oauth: {
			...world.oauth,
			devices: world.oauth.devices.map((entry) => (entry === record ? next : entry)),
		},
	};
}

/** The token endpoint's answer to a device poll (RFC 8628 §3.4, §3.5); `issue` makes the tokens. */
export function deviceCodeGrant(
	world: World,
	now: number,
	client: OAuthClient,
	fields: Map<string, string[]>,
	issue: (world: World, grantId: string, scopes: readonly string[]) => Handled,
): Handled {
	const deviceCode = fields.get('device_code')?.[0];
	if (deviceCode === undefined)
		return refuse(world, now, 'token-request-invalid', 'device_code is required');
	const record = world.oauth.devices.find((candidate) => candidate.deviceCode === deviceCode);
	if (!record || record.clientId !== client.clientId || record.usedAt !== null)
		return refuse(
			world,
			now,
			'device-code-invalid',
			'No device code like this was issued to this client, or it was already exchanged',
		);
	if (now >= record.expiresAt)
		return refuse(
			world,
			now,
			'device-code-expired',
			'The device code expired before the person approved',
		);
	if (record.decision === 'denied')
		return refuse(
			withDevice(world, record, { ...record, usedAt: now }),
			now,
			'device-access-denied',
			'The person denied the request',
		);
	if (record.decision === 'approved') {
		const grant = newGrant(withDevice(world, record, { ...record, usedAt: now }).oauth);
		return issue({ ...world, oauth: grant.state }, grant.grantId, record.scopes);
	}
	const early = record.lastPolledAt !== null && now - record.lastPolledAt < record.interval * 1000;
	if (early) {
		const interval = record.interval + 5;
		return refuse(
			withDevice(world, record, { ...record, interval, lastPolledAt: now }),
			now,
			'slow-down',
			`Polled sooner than the interval; wait ${interval} seconds between polls from now on`,
		);
	}
	return refuse(
		withDevice(world, record, { ...record, lastPolledAt: now }),
		now,
		'authorization-pending',
		'The person has not approved or denied yet',
	);
}
