import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadProfiles } from '../support/profiles.ts';
import {
	basicVariants,
	keyLocations,
	defaultState,
	keepSecrets,
	languages,
	restoreFragment,
	schemes,
	shareFragment,
	shareUrl,
	switchProfile,
	type PlaygroundState,
} from '../../src/lib/share/index.ts';

const profiles = loadProfiles();
const profile = (id: string) => profiles.get(id)!;
const lemlist = defaultState(profile('lemlist'));

describe('default state per API', () => {
	test.each([
		['lemlist', 'basic', 'empty-username', ''],
		['leadconduit', 'basic', 'any-username', 'API'],
		['leadterra', 'bearer', 'empty-username', ''],
		['example-api', 'bearer', 'empty-username', ''],
	])('%s starts with scheme %s, layout %s and username %j', (id, scheme, variant, username) => {
		const state = defaultState(profile(id));
		expect([state.scheme, state.variant, state.username]).toEqual([scheme, variant, username]);
		expect(state.apiKey).toBe(profile(id).exampleKey);
		expect([state.language, state.useEnv]).toEqual(['curl', true]);
	});

	test('is the whole state, every field named', () => {
		expect(defaultState(profile('leadconduit'))).toEqual({
			profile: 'leadconduit',
			scheme: 'basic',
			variant: 'any-username',
			language: 'curl',
			scenario: 'ok',
			useEnv: true,
			username: 'API',
			password: '',
			apiKey: profile('leadconduit').exampleKey,
			// An API without an apiKey scheme starts on the default placement, for a switch to apiKey.
			keyIn: 'header',
			keyName: 'X-API-Key',
			token: '',
			clientId: '',
			clientSecret: '',
			redirectUri: '',
			scopes: '',
			tier: '',
		});
	});

	test('starts with an empty username where the API ignores it and names no example username', () => {
		const base = profile('leadconduit');
		const bare = { ...base, auth: { ...base.auth, exampleUsername: undefined } } as typeof base;
		expect(defaultState(bare).username).toBe('');
	});

	test('the Example API starts on its default rate-limit tier', () => {
		expect(defaultState(profile('example-api')).tier).toBe('Free');
	});
});

describe('switching API', () => {
	test('replaces the previous example key with the new API example key', () => {
		const next = switchProfile(lemlist, profile('lemlist'), profile('leadterra'));
		expect(next).toMatchObject({
			profile: 'leadterra',
			scheme: 'bearer',
			apiKey: profile('leadterra').exampleKey,
		});
	});

	test.each([
		['an empty key', '', 'example key of the new API'],
		['the old API example key', 'lemlist', 'example key of the new API'],
		['a key the reader typed', 'typed-key', 'typed key'],
	])('with %s gives the %s', (_name, key, kept) => {
		const from = profile('lemlist');
		const state = { ...lemlist, apiKey: key === 'lemlist' ? from.exampleKey : key };
		expect(switchProfile(state, from, profile('leadterra')).apiKey).toBe(
			kept === 'typed key' ? key : profile('leadterra').exampleKey,
		);
	});

	test('keeps a key the reader typed and the snippet preferences', () => {
		const typed = { ...lemlist, apiKey: 'my-own-key', language: 'go', useEnv: false } as const;
		const next = switchProfile(typed, profile('lemlist'), profile('leadconduit'));
		expect(next).toMatchObject({
			profile: 'leadconduit',
			variant: 'any-username',
			username: 'API',
			apiKey: 'my-own-key',
			language: 'go',
			useEnv: false,
		});
	});
});

const plain = fc.string({ maxLength: 30 }).filter((value) => !/[\u0000-\u001f\u007f]/.test(value));
const secret = fc.string({ minLength: 12, maxLength: 40 }).map((value) => `S3cr3t${value}`);
const anyState: fc.Arbitrary<PlaygroundState> = fc
	.record({
		profile: fc.constantFrom(...profiles.keys()),
		scheme: fc.constantFrom(...schemes),
		variant: fc.constantFrom(...basicVariants),
		language: fc.constantFrom(...languages),
		scenario: fc.constantFrom('ok', 'invalid-api-key'),
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
	.map((state) =>
		state.scheme === 'oauth2' && !profile(state.profile).oauth
			? { ...state, scheme: 'basic' as const }
			: state,
	)
	.chain((state) =>
		state.variant === 'key-as-username'
			? secret.map((username) => ({ ...state, username }))
			: fc.constant(state),
	);

describe('playground links', () => {
	test('reopen every non-secret field from any starting page, with the API example key in place of secrets', () => {
		fc.assert(
			fc.property(anyState, fc.constantFrom(...profiles.keys()), (state, pageProfile) => {
				const page = defaultState(profile(pageProfile));
				const { state: restored, rejected } = restoreFragment(
					shareFragment(state, profile(state.profile)),
					page,
					profiles,
				);
				const defaults = defaultState(profile(state.profile));
				const secrets = { password: '', apiKey: defaults.apiKey, token: '', clientSecret: '' };
				const username = state.variant === 'key-as-username' ? defaults.username : state.username;
				expect(rejected).toEqual([]);
				expect(restored).toEqual({ ...state, ...secrets, username });
			}),
		);
	});

	test('always name the API, so a link made on one page opens the same API on another', () => {
		expect(shareFragment(lemlist, profile('lemlist'))).toBe('api=lemlist');
		expect(restoreFragment('api=leadterra', lemlist, profiles).state).toEqual(
			defaultState(profile('leadterra')),
		);
	});

	test('are absolute links to the given page, replacing any fragment it had', () => {
		const state = { ...lemlist, language: 'python' } as const;
		expect(shareUrl('https://auth-playground.dev/playground/#old', state, profile('lemlist'))).toBe(
			'https://auth-playground.dev/playground/#api=lemlist&lang=python',
		);
	});

	test.each([
		['api=nope&lang=go', 'api', 'names no API this site knows', 'lemlist'],
		['api=lemlist&scheme=oauth2', 'scheme', 'is not offered by lemlist', 'lemlist'],
		['api=leadterra&key=sk_live_x', 'key', 'secrets are never read from a link', 'leadterra'],
	])('refuse %s and say why', (fragment, param, reason, opened) => {
		const { state, rejected } = restoreFragment(fragment, lemlist, profiles);
		expect(rejected).toContainEqual({ param, reason });
		expect(state.profile).toBe(opened);
		expect(state.scheme).not.toBe('oauth2');
	});

	test('never throw on any fragment', () => {
		fc.assert(
			fc.property(fc.string(), (fragment) =>
				profiles.has(restoreFragment(fragment, lemlist, profiles).state.profile),
			),
		);
	});

	test('read a fragment the same with or without its #', () => {
		expect(restoreFragment('#api=leadterra&lang=go', lemlist, profiles)).toEqual(
			restoreFragment('api=leadterra&lang=go', lemlist, profiles),
		);
		expect(restoreFragment('#api=leadterra&lang=go', lemlist, profiles).state).toMatchObject({
			profile: 'leadterra',
			language: 'go',
		});
	});

	test('apply a fragment naming no API to the page as it is, typed values included', () => {
		const current = { ...lemlist, username: 'typed', language: 'python' } as const;
		expect(restoreFragment('env=0', current, profiles)).toEqual({
			state: { ...current, useEnv: false },
			rejected: [],
		});
	});

	test('start from the named API defaults, keeping only the reader language, when the link opens another API', () => {
		const current = { ...lemlist, username: 'typed', language: 'python', useEnv: false } as const;
		expect(restoreFragment('api=leadterra', current, profiles)).toEqual({
			state: { ...defaultState(profile('leadterra')), language: 'python' },
			rejected: [],
		});
	});

	test('report an API name that is not a slug once, not twice', () => {
		expect(restoreFragment('api=Not%20An%20Api', lemlist, profiles)).toEqual({
			state: lemlist,
			rejected: [{ param: 'api', reason: 'names no API this site knows' }],
		});
	});

	test('return the page state untouched when its own API is unknown and the link names none', () => {
		const orphan = { ...lemlist, profile: 'gone' };
		expect(restoreFragment('lang=go', orphan, profiles)).toEqual({ state: orphan, rejected: [] });
	});

	test('keep the secrets the reader typed when the link opens the same API', () => {
		const current = { ...lemlist, apiKey: 'typed-key' };
		expect(keepSecrets({ ...lemlist, language: 'go' }, current).apiKey).toBe('typed-key');
		expect(keepSecrets(defaultState(profile('leadterra')), current).apiKey).toBe(
			profile('leadterra').exampleKey,
		);
	});
});
