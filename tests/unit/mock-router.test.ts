// Which part of a simulated API a URL addresses, and the methods each part takes (the Allow field
// of a 405, RFC 9110 §10.2.1): exact origins and paths, never a prefix that only looks alike.
import { describe, expect, test } from 'vitest';
import { allowedMethods, routeOf, type Route } from '../../src/lib/mock-api/router.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import { loadProfile } from '../support/profiles.ts';

const example = loadProfile('example-api');
const lemlist = loadProfile('lemlist');
const leadconduit = loadProfile('leadconduit');
/** The Example API with the client credentials and refresh grants only. */
const noBrowser: Profile = {
	...example,
	oauth: { ...example.oauth!, grants: ['client_credentials', 'refresh_token'] },
};

describe('the route of a URL', () => {
	test.each([
		[
			'the authorization endpoint',
			example,
			'https://api.example.com/oauth/authorize?x=1',
			{ kind: 'authorize' },
		],
		['the token endpoint', example, 'https://api.example.com/oauth/token', { kind: 'token' }],
		[
			'the device endpoint',
			example,
			'https://api.example.com/oauth/device_authorization',
			{ kind: 'device' },
		],
		[
			'the sample endpoint, relative to the base path',
			example,
			'https://api.example.com/v1/users/me?page=2',
			{ kind: 'resource', path: '/users/me' },
		],
		[
			'a path beside the base path',
			example,
			'https://api.example.com/v1x/users',
			{ kind: 'elsewhere' },
		],
		['the base path itself', lemlist, 'https://api.lemlist.com/api', { kind: 'elsewhere' }],
		[
			'the base path with a slash',
			lemlist,
			'https://api.lemlist.com/api/',
			{ kind: 'resource', path: '/' },
		],
		['another origin', lemlist, 'https://lemlist.com/api/team', { kind: 'elsewhere' }],
		['another scheme', lemlist, 'http://api.lemlist.com/api/team', { kind: 'elsewhere' }],
		[
			'any path under a base URL at the root',
			leadconduit,
			'https://app.leadconduit.com/a/b',
			{ kind: 'resource', path: '/a/b' },
		],
		[
			'the authorization endpoint of an API without the code grant',
			noBrowser,
			'https://api.example.com/oauth/authorize',
			{ kind: 'elsewhere' },
		],
		[
			'the token endpoint of an API without the code grant',
			noBrowser,
			'https://api.example.com/oauth/token',
			{ kind: 'token' },
		],
		[
			'the device endpoint of an API without the device grant',
			noBrowser,
			'https://api.example.com/oauth/device_authorization',
			{ kind: 'elsewhere' },
		],
		[
			'the token endpoint path of an API without OAuth',
			{ ...example, oauth: undefined },
			'https://api.example.com/oauth/token',
			{ kind: 'elsewhere' },
		],
		[
			'the token endpoint on another host',
			example,
			'https://auth.example.com/oauth/token',
			{ kind: 'elsewhere' },
		],
	] as const)('%s is %o', (_name, profile, url, route) => {
		expect(routeOf(profile, new URL(url))).toEqual(route);
	});
});

describe('the methods a route takes', () => {
	test.each([
		[{ kind: 'authorize' }, ['GET']],
		[{ kind: 'token' }, ['POST']],
		[{ kind: 'device' }, ['POST']],
		[{ kind: 'resource', path: '/users/me' }, ['GET']],
		[{ kind: 'resource', path: '/users' }, []],
		[{ kind: 'elsewhere' }, []],
	] as const satisfies readonly (readonly [Route, readonly string[]])[])(
		'%o: %j',
		(route, methods) => {
			expect(allowedMethods(example, route)).toEqual(methods);
		},
	);

	test('of the sample endpoint is its own method', () => {
		const posting: Profile = {
			...example,
			sampleEndpoint: { ...example.sampleEndpoint, method: 'POST' },
		};
		expect(allowedMethods(posting, { kind: 'resource', path: '/users/me' })).toEqual(['POST']);
	});
});
