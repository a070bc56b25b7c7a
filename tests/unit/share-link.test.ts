import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	basicVariants,
	keyLocations,
	fromFragment,
	languages,
	schemes,
	stateFields,
	toFragment,
	type FieldKind,
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

	test.each([
		['env=0', false],
		['env=1', true],
	])('read %s as the environment-variable switch', (fragment, useEnv) => {
		expect(fromFragment(fragment, { ...defaults, useEnv: !useEnv })).toEqual({
			state: { ...defaults, useEnv },
			rejected: [],
		});
		expect(toFragment({ ...defaults, useEnv }, { ...defaults, useEnv: !useEnv })).toBe(fragment);
	});

	test('take an empty username in the KEY: layout without complaint, since it holds no key', () => {
		expect(fromFragment('format=key-as-username&user=', defaults)).toEqual({
			state: { ...defaults, variant: 'key-as-username' },
			rejected: [],
		});
	});

	test('refuse a too-long username in the KEY: layout once, for its length', () => {
		expect(
			fromFragment(`format=key-as-username&user=${'a'.repeat(257)}`, defaults).rejected,
		).toEqual([{ param: 'user', reason: 'is longer than 256 characters' }]);
	});

	test('declare which fields are secret in which state', () => {
		const keyLayout = { ...defaults, variant: 'key-as-username' } as const;
		const secretIn = (state: PlaygroundState) =>
			Object.entries(stateFields)
				.filter(([, spec]) => spec.secretWhen(state))
				.map(([name]) => name);
		expect(secretIn(defaults)).toEqual(['password', 'apiKey', 'token', 'clientSecret']);
		expect(secretIn(keyLayout)).toEqual([
			'username',
			'password',
			'apiKey',
			'token',
			'clientSecret',
		]);
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

	test('apply each valid value, refuse each invalid one once, and leave everything else at its default, for any fragment', () => {
		const params = Object.values(stateFields).map((spec) => spec.param);
		const value = fc.oneof(
			fc.string({ maxLength: 20 }),
			fc.constantFrom(
				'1',
				'0',
				'basic',
				'go',
				'key-as-username',
				'lemlist',
				'a'.repeat(257),
				'a\nb',
			),
		);
		const pair = fc.tuple(fc.oneof(fc.constantFrom(...params), fc.string({ maxLength: 6 })), value);
		fc.assert(
			fc.property(fc.array(pair, { maxLength: 12 }), fc.constantFrom('', '#'), (pairs, hash) => {
				const given = new URLSearchParams(pairs);
				const { state, rejected } = fromFragment(hash + given.toString(), defaults);
				expect(new Set(rejected.map((entry) => entry.param)).size).toBe(rejected.length);
				for (const [name, spec] of Object.entries(stateFields) as [
					keyof PlaygroundState,
					(typeof stateFields)[keyof PlaygroundState],
				][]) {
					const raw = given.get(spec.param);
					const refused = rejected.some((entry) => entry.param === spec.param);
					if (raw === null) {
						expect([state[name], refused]).toEqual([defaults[name], false]);
						continue;
					}
					const applied =
						spec.kind.type === 'boolean'
							? state[name] === (raw === '1') && state[name] !== defaults[name]
							: state[name] === raw;
					// A value equal to the default may be read either way; any other is applied or refused, never both.
					if (state[name] !== defaults[name]) expect([applied, refused]).toEqual([true, false]);
					else expect(refused || raw === encodeDefault(defaults[name])).toBe(true);
					if (applied) expect(fits(spec.kind, raw)).toBe(true);
				}
				// Secrets never come from a link, whatever it holds.
				expect([state.password, state.apiKey, state.token, state.clientSecret]).toEqual([
					'',
					'',
					'',
					'',
				]);
				if (state.variant === 'key-as-username') expect(state.username).toBe(defaults.username);
			}),
			{ numRuns: 1000 },
		);
	});
});

const encodeDefault = (value: string | boolean): string =>
	typeof value === 'boolean' ? (value ? '1' : '0') : value;

/** The field rules, written out again here so the codec is checked against them, not itself. */
function fits(kind: FieldKind, raw: string): boolean {
	switch (kind.type) {
		case 'enum':
			return kind.values.includes(raw);
		case 'slug':
			return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw);
		case 'boolean':
			return raw === '1' || raw === '0';
		case 'text':
			return raw.length <= kind.maxLength && !/[\x00-\x1f\x7f]/.test(raw);
	}
}

describe('share link length limits', () => {
	test.each([
		['user', 'username', 256],
		['client', 'clientId', 256],
		['redirect', 'redirectUri', 2048],
		['scopes', 'scopes', 512],
		['tier', 'tier', 64],
	] as const)('read %s up to %s characters and refuse one character more', (param, name, max) => {
		const longest = 'a'.repeat(max);
		expect(fromFragment(`${param}=${longest}`, defaults)).toEqual({
			state: { ...defaults, [name]: longest },
			rejected: [],
		});
		expect(fromFragment(`${param}=${longest}a`, defaults)).toEqual({
			state: defaults,
			rejected: [{ param, reason: `is longer than ${max} characters` }],
		});
	});

	test.each([
		['username', 'user', 256],
		['clientId', 'client', 256],
		['redirectUri', 'redirect', 2048],
		['scopes', 'scopes', 512],
		['tier', 'tier', 64],
	] as const)(
		'write %s up to its limit and leave out a longer value rather than make a link that is refused',
		(name, param, max) => {
			const longest = 'b'.repeat(max);
			expect(toFragment({ ...defaults, [name]: longest }, defaults)).toBe(`${param}=${longest}`);
			expect(toFragment({ ...defaults, [name]: `${longest}b`, language: 'go' }, defaults)).toBe(
				'lang=go',
			);
		},
	);

	test('leaves out a value with a control character, which the reader would refuse', () => {
		expect(toFragment({ ...defaults, clientId: 'app\none', tier: 'Pro' }, defaults)).toBe(
			'tier=Pro',
		);
	});

	test('open every link it writes with nothing refused, whatever the lengths', () => {
		const any = fc.oneof(
			fc.string({ maxLength: 20 }),
			fc.string({ minLength: 60, maxLength: 3000, size: 'max' }),
		);
		fc.assert(
			fc.property(anyState, any, any, any, (state, username, redirectUri, scopes) => {
				const fragment = toFragment({ ...state, username, redirectUri, scopes }, defaults);
				expect(fromFragment(fragment, defaults).rejected).toEqual([]);
			}),
			// Shrinking strings of thousands of characters takes minutes; the first failure says enough.
			{ numRuns: 300, endOnFailure: true },
		);
	});
});
