/**
 * "Send as typed": the values the builder refuses go to the simulated API exactly as typed, and
 * the API answers with the code the error reference describes for that mistake.
 */
import { describe, expect, test } from 'vitest';
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
	// An apiKey API reads its own header: the typed key must arrive there to be judged at all.
	['figma', { apiKey: 'figma_3f9a7c2e1b8d4f6a\u00e9' }, 'invalid-api-key'],
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

describe('the request as typed', () => {
	// leadconduit's sample request carries an Accept header, so a lost header would show.
	const { world } = testWorld('leadconduit');
	const sampleHeaders = world.profile.sampleEndpoint.headers;
	const typed = (patch: Partial<PlaygroundState>) =>
		typedStateRequest({ ...defaultState(world.profile), ...patch }, world.profile);
	const typedFields = { username: 'Aladdin', password: 'open sesame', apiKey: 'k3y', token: 't0k' };

	test.each([
		['user-password', typedFields, 'Aladdin:open sesame'],
		['user-password', { ...typedFields, username: '' }, ':open sesame'],
		['empty-username', typedFields, ':k3y'],
		['any-username', typedFields, 'Aladdin:k3y'],
		['key-as-username', typedFields, 'k3y:'],
	] as const)(
		'Basic in the %s layout with %o sends exactly Base64 of %j (RFC 7617 §2)',
		(variant, fields, userPass) => {
			expect(typed({ scheme: 'basic', variant, ...fields }).headers).toEqual([
				...sampleHeaders,
				['Authorization', `Basic ${Buffer.from(userPass, 'utf8').toString('base64')}`],
			]);
		},
	);

	test.each([
		['bearer', 'Bearer k3y'],
		['oauth2', 'Bearer t0k'],
	] as const)('%s sends %j: Bearer the API key, OAuth the access token', (scheme, value) => {
		expect(typed({ scheme, ...typedFields }).headers).toEqual([
			...sampleHeaders,
			['Authorization', value],
		]);
	});

	test.each([
		['basic', { variant: 'user-password', username: '', password: '' }],
		['basic', { variant: 'empty-username', apiKey: '' }],
		['basic', { variant: 'key-as-username', apiKey: '' }],
		['bearer', { apiKey: '', token: 't0k' }],
		['oauth2', { apiKey: 'k3y', token: '' }],
		['apiKey', { apiKey: '', token: 't0k' }],
	] as const)(
		'%s with %o, nothing typed, sends the sample request with no credentials at all',
		(scheme, fields) => {
			const request = typed({ scheme, ...fields });
			expect([request.url, request.headers]).toEqual([
				world.profile.baseUrl + world.profile.sampleEndpoint.path,
				sampleHeaders,
			]);
		},
	);

	test.each([
		['header', 'X-Figma-Token', 'k3y ', '', [['X-Figma-Token', 'k3y ']]],
		['query', 'token', 'a b', '?token=a+b', []],
	] as const)(
		'an apiKey key goes in its named %s (%s) as typed, never in Authorization',
		(keyIn, keyName, apiKey, query, headers) => {
			const request = typed({ scheme: 'apiKey', keyIn, keyName, apiKey, token: 't0k' });
			expect([request.url, request.headers]).toEqual([
				world.profile.baseUrl + world.profile.sampleEndpoint.path + query,
				[...sampleHeaders, ...headers],
			]);
		},
	);
});
