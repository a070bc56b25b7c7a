/**
 * Checks on what a reader types into the OAuth flow: a redirect URI whose "host" is really user
 * info (RFC 3986 §3.2.1) is named for where it goes, scopes with stray spaces are normalised with
 * a warning, a comma between scopes gets a note that the separator is a space (RFC 6749 §3.3), and
 * a profile endpoint with a #fragment is refused by the schema (RFC 6749 §3.1, §3.2).
 */
import { describe, expect, test } from 'vitest';
import { parseScope, validateRedirectUri } from '../../src/lib/auth/index.ts';
import { profileSchema } from '../../src/lib/profiles/index.ts';
import { loadProfile } from '../support/profiles.ts';

describe('a redirect URI with user info', () => {
	test.each([
		['https://trusted.example@evil.example/cb', 'evil.example', 8, 16],
		['https://app.example.com:443@attacker.test/callback', 'attacker.test', 8, 20],
		['http://127.0.0.1@evil.example/cb', 'evil.example', 7, 10],
	])('%s gets a warning that names the real host %s', (uri, host, position, length) => {
		const issue = validateRedirectUri(uri).find(
			(candidate) => candidate.code === 'redirect-uri-userinfo',
		);
		expect(issue).toMatchObject({ severity: 'warning', position, length });
		expect(issue?.message).toContain(`sends the browser to ${host}`);
	});

	test('is not reported for a plain redirect URI', () => {
		expect(validateRedirectUri('https://app.example.com/callback')).toEqual([]);
	});
});

describe('the scope a reader types', () => {
	test.each([
		['  read write', ['read', 'write'], 0],
		['read  write', ['read', 'write'], 4],
		['read write ', ['read', 'write'], 10],
	])('"%s" is normalised to %j with a warning at %d', (typed, scopes, position) => {
		const parsed = parseScope(typed, ['read', 'write']);
		expect(parsed.scopes).toEqual(scopes);
		expect(parsed.issues).toEqual([
			expect.objectContaining({ code: 'scope-spacing', severity: 'warning', position }),
		]);
		expect(parsed.issues[0]?.message).toContain('"read write"');
	});

	test.each([
		['read,write', 4, '"read write"'],
		['read, write', 4, '"read"'],
	])('"%s" gets a note that the separator is a space', (typed, position, suggestion) => {
		const issue = parseScope(typed, ['read', 'write']).issues.find(
			(candidate) => candidate.code === 'scope-comma',
		);
		expect(issue).toMatchObject({ severity: 'warning', position });
		expect(issue?.message).toContain(suggestion);
	});

	test('"read write" is accepted as it is', () => {
		expect(parseScope('read write', ['read', 'write'])).toEqual({
			scopes: ['read', 'write'],
			issues: [],
		});
	});
});

describe('the profile schema', () => {
	const example = loadProfile('example-api');
	test.each(['authorizationEndpoint', 'tokenEndpoint', 'deviceAuthorizationEndpoint'] as const)(
		'refuses an OAuth %s with a #fragment',
		(field) => {
			const result = profileSchema.safeParse({
				...example,
				oauth: { ...example.oauth, [field]: 'https://api.example.com/oauth/x#frag' },
			});
			expect(result.success).toBe(false);
			expect(JSON.stringify(result.error?.issues)).toContain('must not have a #fragment');
		},
	);

	test('requires the device endpoint and verification URI when the profile offers the device grant', () => {
		const { deviceAuthorizationEndpoint: _endpoint, ...rest } = example.oauth!;
		const result = profileSchema.safeParse({ ...example, oauth: rest });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['oauth', 'deviceAuthorizationEndpoint']);
	});

	test('accepts the Example API with its four grants', () => {
		expect(profileSchema.parse(example).oauth?.grants).toEqual([
			'authorization_code',
			'refresh_token',
			'client_credentials',
			'device_code',
		]);
	});
});
