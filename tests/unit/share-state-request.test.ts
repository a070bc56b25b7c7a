/**
 * The one place the playground turns a state into a request (src/lib/share/state-request.ts):
 * which inputs each scheme and Basic layout reads, the request built from them, and each issue
 * tagged with the input it points into, so the page can show it beside that field.
 */
import { describe, expect, test } from 'vitest';
import {
	buildStateRequest,
	credentialInputs,
	defaultState,
	type PlaygroundState,
} from '../../src/lib/share/index.ts';
import { loadProfiles } from '../support/profiles.ts';

const profiles = loadProfiles();
const lemlist = profiles.get('lemlist')!;
const example = profiles.get('example-api')!;
const leadterra = profiles.get('leadterra')!;
const figma = profiles.get('figma')!;
const header = (state: PlaygroundState, id: string) =>
	buildStateRequest(state, profiles.get(id)!).request?.headers.find(
		([name]) => name === 'Authorization',
	)?.[1];

describe('the inputs a state reads', () => {
	test.each([
		['bearer', 'user-password', ['apiKey']],
		['oauth2', 'user-password', ['token']],
		['apiKey', 'user-password', ['apiKey']],
		['basic', 'user-password', ['username', 'password']],
		['basic', 'any-username', ['username', 'apiKey']],
		['basic', 'empty-username', ['apiKey']],
		['basic', 'key-as-username', ['apiKey']],
	] as const)('%s with layout %s reads %j', (scheme, variant, inputs) => {
		expect(credentialInputs({ scheme, variant })).toEqual(inputs);
	});
});

describe('the request a state describes', () => {
	test.each([
		[
			'user-password',
			{ username: 'Aladdin', password: 'open sesame' },
			`Basic ${btoa('Aladdin:open sesame')}`,
		],
		['empty-username', { apiKey: 'k3y' }, `Basic ${btoa(':k3y')}`],
		['any-username', { username: 'me', apiKey: 'k3y' }, `Basic ${btoa('me:k3y')}`],
		['key-as-username', { apiKey: 'k3y' }, `Basic ${btoa('k3y:')}`],
	] as const)('builds Basic in the %s layout from its own inputs', (variant, values, expected) => {
		const state = {
			...defaultState(lemlist),
			scheme: 'basic',
			variant,
			username: 'unused',
			password: 'unused',
			apiKey: 'unused',
			...values,
		} as const;
		const built = buildStateRequest(state, lemlist);
		expect([built.errors, header(state, 'lemlist')]).toEqual([[], expected]);
		expect(built.steps?.headerValue).toBe(expected);
		expect(built.inputs).toEqual(credentialInputs(state));
	});

	test('builds Bearer from the API key and names the key environment from its prefix', () => {
		const state = {
			...defaultState(leadterra),
			apiKey: 'sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6',
			token: 'unused',
		} as const;
		const built = buildStateRequest(state, leadterra);
		expect([built.errors, header(state, 'leadterra'), built.environment, built.steps]).toEqual([
			[],
			'Bearer sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6',
			'test',
			undefined,
		]);
	});

	test('builds OAuth 2.0 from the access token, with no key environment', () => {
		const state = {
			...defaultState(example),
			scheme: 'oauth2',
			apiKey: 'ex_live_7Hq2Lm9Rt4Vw8Zb3',
			token: 'ex_live_tok3n',
		} as const;
		const built = buildStateRequest(state, example);
		expect([built.errors, header(state, 'example-api'), 'environment' in built]).toEqual([
			[],
			'Bearer ex_live_tok3n',
			false,
		]);
	});

	test('names no key environment for an OAuth token, even one that looks like a key', () => {
		const built = buildStateRequest(
			{ ...defaultState(leadterra), scheme: 'oauth2', token: 'sk_live_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6' },
			leadterra,
		);
		expect(built.request).toBeDefined();
		expect('environment' in built).toBe(false);
	});

	test('leaves the environment out for a key without a known prefix', () => {
		const built = buildStateRequest({ ...defaultState(example), apiKey: 'plainkey' }, example);
		expect(built.request).toBeDefined();
		expect('environment' in built).toBe(false);
	});

	test.each([
		[
			'a Basic password',
			{ scheme: 'basic', variant: 'user-password', username: 'u', password: 'a\nb' },
			'password',
			1,
			'lemlist',
		],
		[
			'a Basic username',
			{ scheme: 'basic', variant: 'user-password', username: 'a:b', password: 'p' },
			'username',
			1,
			'lemlist',
		],
		[
			'a Basic key',
			{ scheme: 'basic', variant: 'empty-username', apiKey: 'k\u0000' },
			'apiKey',
			1,
			'lemlist',
		],
		['a Bearer key', { scheme: 'bearer', apiKey: 'a b' }, 'apiKey', 1, 'example-api'],
		['an OAuth token', { scheme: 'oauth2', token: 'a b' }, 'token', 1, 'example-api'],
	] as const)(
		'refuses %s it cannot send, with no request and the error on that input',
		(_name, values, input, position, id) => {
			const state = { ...defaultState(profiles.get(id)!), ...values } as PlaygroundState;
			const built = buildStateRequest(state, profiles.get(id)!);
			expect(built.request).toBeUndefined();
			expect(built.errors.length).toBeGreaterThan(0);
			expect(built.errors[0]).toMatchObject({ input, position });
			expect(built.steps).toBeUndefined();
		},
	);

	test.each([
		[
			'Basic',
			{ scheme: 'basic', variant: 'empty-username', apiKey: 'kéy' },
			'apiKey',
			'lemlist',
			'non-ascii-key',
		],
		[
			'Bearer',
			{ scheme: 'bearer', apiKey: 'xx_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6' },
			'apiKey',
			'leadterra',
			'unknown-key-prefix',
		],
	] as const)(
		'tags a %s warning with its input and still builds the request',
		(_name, values, input, id, code) => {
			const built = buildStateRequest(
				{ ...defaultState(profiles.get(id)!), ...values } as PlaygroundState,
				profiles.get(id)!,
			);
			expect(built.warnings.map((warning) => [warning.input, warning.code])).toEqual([
				[input, code],
			]);
			expect(built.request).toBeDefined();
		},
	);
});

describe('an apiKey state', () => {
	test.each([
		['header', 'X-Figma-Token', 'https://api.figma.com/v1/me', [['X-Figma-Token', 'k3y']]],
		['query', 'token', 'https://api.figma.com/v1/me?token=k3y', []],
	] as const)(
		'builds the key into its named %s (%s), with no errors and no Basic steps',
		(keyIn, keyName, url, headers) => {
			const state = { ...defaultState(figma), keyIn, keyName, apiKey: 'k3y', token: 'unused' };
			const built = buildStateRequest(state, figma);
			expect([built.errors, built.request?.url, built.request?.headers, built.inputs]).toEqual([
				[],
				url,
				headers,
				['apiKey'],
			]);
			expect(built.steps).toBeUndefined();
		},
	);

	test('refuses a query parameter name a client would encode, with the error on the key input', () => {
		const built = buildStateRequest(
			{ ...defaultState(figma), keyIn: 'query', keyName: 'bad name' },
			figma,
		);
		expect(built.request).toBeUndefined();
		expect(built.errors.map((error) => [error.input, error.code])).toEqual([
			['apiKey', 'invalid-token-character'],
		]);
	});
});

describe('the clock and the inputs issues point into', () => {
	// A JWT whose exp (10 s after the epoch) has passed by the time the state is judged.
	const expiredJwt = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from('{"exp":10}').toString('base64url')}.sig`;
	test.each([
		[
			'Basic',
			{ scheme: 'basic', variant: 'empty-username', apiKey: expiredJwt },
			'lemlist',
			'apiKey',
		],
		['Bearer', { scheme: 'bearer', apiKey: expiredJwt }, 'example-api', 'apiKey'],
		['OAuth 2.0', { scheme: 'oauth2', token: expiredJwt }, 'example-api', 'token'],
		['apiKey', { scheme: 'apiKey', apiKey: expiredJwt }, 'figma', 'apiKey'],
	] as const)(
		'%s warns about an expired JWT on the clock it is given',
		(_name, values, id, input) => {
			const state = { ...defaultState(profiles.get(id)!), ...values } as PlaygroundState;
			const expired = (now?: number) =>
				buildStateRequest(state, profiles.get(id)!, now)
					.warnings.filter((warning) => warning.code === 'expired-jwt')
					.map((warning) => warning.input);
			expect([expired(20_000), expired(5_000)]).toEqual([[input], []]);
		},
	);

	// header-too-large is about the whole header line, not one input: it points into the last
	// input the scheme reads (the one a reader most likely made too long).
	test.each([
		['basic', { variant: 'user-password', username: 'u', password: 'p'.repeat(9000) }, 'password'],
		['bearer', { apiKey: 'k'.repeat(9000) }, 'apiKey'],
		['oauth2', { token: 't'.repeat(9000) }, 'token'],
	] as const)('%s tags a header too large with the input %s', (scheme, values, input) => {
		const state = { ...defaultState(example), scheme, ...values } as PlaygroundState;
		const built = buildStateRequest(state, example);
		expect(built.request).toBeDefined();
		expect(
			built.warnings
				.filter((warning) => warning.code === 'header-too-large')
				.map((warning) => warning.input),
		).toEqual([input]);
	});
});
