/**
 * The person's side of the device grant (RFC 8628 §3.3): at the verification URI they type the
 * user code and approve or deny. Apart from the endpoints in oauth-device.ts because the page's
 * simulated person calls it: importing it must not bring the OAuth routes, which the mock API
 * loads only when a request reaches them (handle.ts).
 */
import type { World } from './world.ts';
import type { DeviceCodeRecord } from './oauth-state.ts';

/** The user code as typed, compared without case, spaces or dashes (RFC 8628 §6.1). */
export function normalizeUserCode(typed: string): string {
	return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** The person's answer at the verification URI, or why the user code cannot be answered. */
export type DeviceDecision =
	| {
			readonly ok: true;
			readonly world: World;
			readonly scopes: readonly string[];
			readonly clientId: string;
	  }
	| { readonly ok: false; readonly reason: 'unknown' | 'expired' | 'decided' };

/** The person approves or denies the device that shows `userCode`. */
export function decideDevice(
	world: World,
	userCode: string,
	decision: 'approve' | 'deny',
	now: number,
): DeviceDecision {
	const wanted = normalizeUserCode(userCode);
	const record = world.oauth.devices.find(
		(candidate) => normalizeUserCode(candidate.userCode) === wanted,
	);
	if (!record) return { ok: false, reason: 'unknown' };
	if (now >= record.expiresAt) return { ok: false, reason: 'expired' };
	if (record.decision !== 'pending') return { ok: false, reason: 'decided' };
	const decided: DeviceCodeRecord = {
		...record,
		decision: decision === 'approve' ? 'approved' : 'denied',
	};
	const devices = world.oauth.devices.map((entry) => (entry === record ? decided : entry));
	return {
		ok: true,
		world: { ...world, oauth: { ...world.oauth, devices } },
		scopes: record.scopes,
		clientId: record.clientId,
	};
}
