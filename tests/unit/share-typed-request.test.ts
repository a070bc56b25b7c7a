/**
 * "Send as typed": the values the builder refuses go to the simulated API exactly as typed, and
 * the API answers with the code the error reference describes for that mistake.
 */
import { expect, test } from 'vitest';
import { handle } from '../../src/lib/mock-api/index.ts';
import {
	buildStateRequest,
	defaultState,
	typedStateRequest,
	type PlaygroundState,
} from '../../src/lib/share/index.ts';
import { testWorld } from '../support/mock-world.ts';

test.each([
	['leadterra', { apiKey: '' }, 'missing-api-key'],
	['leadterra', { apiKey: 'Bearer sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6' }, 'malformed-authorization'],
	['example-api', { apiKey: 'ex_live_7Hq2Lm9Rt4Vw8Zb3\u00e9' }, 'malformed-authorization'],
	['lemlist', { apiKey: '' }, 'missing-api-key'],
	['lemlist', { variant: 'key-as-username' }, 'missing-colon'],
] as const)(
	'%s with %o, which the builder refuses or changes, is answered %s',
	async (id, patch, code) => {
		const { world } = testWorld(id);
		const state: PlaygroundState = { ...defaultState(world.profile), ...patch };
		const { response } = await handle(typedStateRequest(state, world.profile), world);
		expect(response.errorCode).toBe(code);
	},
);

test('a value the builder accepts is sent as typed with the same header the builder makes', () => {
	const { world } = testWorld('lemlist');
	const state = defaultState(world.profile);
	expect(typedStateRequest(state, world.profile).headers).toEqual(
		buildStateRequest(state, world.profile).request!.headers,
	);
});

test('a refused value really is refused by the builder, so the second button is needed', () => {
	const { world } = testWorld('leadterra');
	expect(
		buildStateRequest(
			{ ...defaultState(world.profile), apiKey: 'Bearer sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6' },
			world.profile,
		).errors.length,
	).toBeGreaterThan(0);
});
