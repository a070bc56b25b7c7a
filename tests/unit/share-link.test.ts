import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	basicVariants,
	keyLocations,
	fromFragment,
	languages,
	schemes,
	toFragment,
	type PlaygroundState,
} from '../../src/lib/share/index.ts';

const defaults: PlaygroundState = {
	profile: 'example-api',
	scheme: 'bearer',
	variant: 'user-password',
	language: 'curl',
	scenario: 'ok',
	useEnv: true,
	username: '',
	password: '',
	apiKey: '',
	keyIn: 'header',
	keyName: 'X-API-Key',
	token: '',
	clientId: '',
	clientSecret: '',
	redirectUri: '',
	scopes: '',
	tier: '',
};

// Secrets are long random strings, so "does not appear" cannot pass by accident of shortness.
const secret = fc.string({ minLength: 12, maxLength: 40 }).map((value) => `S3cr3t${value}`);
const plain = fc.string({ maxLength: 30 }).filter((value) => !/[\u0000-\u001f\u007f]/.test(value));

const anyState = fc
	.record({
		profile: fc.constantFrom('example-api', 'lemlist', 'leadterra', 'leadconduit'),
		scheme: fc.constantFrom(...schemes),
		variant: fc.constantFrom(...basicVariants),
		language: fc.constantFrom(...languages),
		scenario: fc.constantFrom('ok', 'invalid-api-key', 'rate-limit-exceeded'),
		useEnv: fc.boolean(),
		username: plain,
		password: secret,
		apiKey: secret,
		keyIn: fc.constantFrom(...keyLocations),
		keyName: fc.constantFrom('X-API-Key', 'api_key', 'X Auth & Token'),
		token: secret,
		clientId: plain,
		clientSecret: secret,
		redirectUri: plain,
		scopes: plain,
		tier: plain,
	})
	.chain((state) =>
		// In the KEY: layout the username is a key: generate it like one.
		state.variant === 'key-as-username'
			? secret.map((username) => ({ ...state, username }))
			: fc.constant(state),
	);

function secretValues(state: PlaygroundState): string[] {
	const values = [state.password, state.apiKey, state.token, state.clientSecret];
	if (state.variant === 'key-as-username') values.push(state.username);
	return values.filter((value) => value.length > 0);
}

describe('share links', () => {
	test('carry where an API key goes and its name, never the key', () => {
		const state = {
			...defaults,
			scheme: 'apiKey',
			keyIn: 'query',
			keyName: 'api_key',
			apiKey: 'S3cr3t-key-value',
		} as const;
		const fragment = toFragment(state, defaults);
		expect(new URLSearchParams(fragment).get('in')).toBe('query');
		expect(new URLSearchParams(fragment).get('name')).toBe('api_key');
		expect(fragment).not.toContain('S3cr3t');
		expect(fromFragment(`${fragment}&key=planted`, defaults).state).toMatchObject({
			scheme: 'apiKey',
			keyIn: 'query',
			keyName: 'api_key',
			apiKey: '',
		});
	});

	test('never contain a secret, raw or percent-encoded', () => {
		fc.assert(
			fc.property(anyState, (state) => {
				const fragment = toFragment(state, defaults);
				const decoded = [...new URLSearchParams(fragment).values()].join('\n');
				return secretValues(state).every(
					(value) => !fragment.includes(value) && !decoded.includes(value),
				);
			}),
		);
	});

	test('restore every non-secret field and leave secrets at their defaults', () => {
		fc.assert(
			fc.property(anyState, (state) => {
				const { state: restored, rejected } = fromFragment(toFragment(state, defaults), defaults);
				const expected = {
					...state,
					password: '',
					apiKey: '',
					token: '',
					clientSecret: '',
					username: state.variant === 'key-as-username' ? '' : state.username,
				};
				expect(rejected).toEqual([]);
				expect(restored).toEqual(expected);
			}),
		);
	});

	test('write only what differs from the defaults', () => {
		expect(
			toFragment(
				{ ...defaults, profile: 'lemlist', scheme: 'basic', variant: 'empty-username' },
				defaults,
			),
		).toBe('api=lemlist&scheme=basic&format=empty-username');
	});

	test.each([
		['key=sk_live_abc', 'key', 'secrets are never read from a link'],
		['token=abc', 'token', 'secrets are never read from a link'],
		[
			'format=key-as-username&user=sk_live_abc',
			'user',
			'holds a secret in this format and is never read from a link',
		],
		['lang=cobol', 'lang', 'must be one of curl, javascript, python, go'],
		['api=Lem%20list', 'api', 'must be lowercase letters, digits and hyphens'],
		['client=a%0Ab', 'client', 'contains a control character'],
		['env=yes', 'env', 'must be 1 or 0'],
	])('refuse %s and say why', (fragment, param, reason) => {
		const { state, rejected } = fromFragment(fragment, defaults);
		expect(rejected).toContainEqual({ param, reason });
		expect([state.password, state.apiKey, state.token, state.clientSecret, state.username]).toEqual(
			['', '', '', '', ''],
		);
	});

	test('ignore unknown parameters and never throw on any fragment', () => {
		fc.assert(
			fc.property(
				fc.string(),
				(fragment) => typeof fromFragment(fragment, defaults).state.profile === 'string',
			),
		);
	});
});
