import { describe, expect, test } from 'vitest';
import { dispatch, localBaseUrl, loggedPath, wireBody } from '../../src/lib/mock-api/wire.ts';
import type { Header } from '../../src/lib/http/index.ts';
import { pinnedNow } from '../support/mock-world.ts';
import { loadProfiles } from '../support/profiles.ts';

const profiles = [...loadProfiles().values()];
const origin = 'http://127.0.0.1:8787';
const none = new Uint8Array();

function wire(method: string, target: string, headers: Header[] = [], body = none) {
	return dispatch({ method, target, headers, body }, profiles, origin, pinnedNow);
}

describe('the HTTP adapter', () => {
	test.each([
		['lemlist', 'http://127.0.0.1:8787/lemlist/api'],
		['leadconduit', 'http://127.0.0.1:8787/leadconduit'],
		['leadterra', 'http://127.0.0.1:8787/leadterra/v1'],
		['example-api', 'http://127.0.0.1:8787/example-api/v1'],
	])('serves %s at %s', (id, base) => {
		expect(
			localBaseUrl(
				profiles.find((profile) => profile.id === id)!,
				origin,
			),
		).toBe(base);
	});

	test.each([
		['/lemlist/api/team?x=1', 'https://api.lemlist.com/api/team?x=1'],
		['/example-api/oauth/token', 'https://api.example.com/oauth/token'],
		['/leadconduit/flows', 'https://app.leadconduit.com/flows'],
	])('maps %s to %s with headers kept in order', (target, url) => {
		const headers: Header[] = [
			['Authorization', 'Basic Og=='],
			['X-B', '2'],
			['authorization', 'second'],
		];
		const routed = wire('GET', target, headers);
		expect(routed).toMatchObject({ kind: 'profile', request: { method: 'GET', url, headers } });
	});

	test('every profile endpoint shares the origin of its base URL, so one prefix serves them all', () => {
		for (const profile of profiles) {
			const origins = [profile.oauth?.authorizationEndpoint, profile.oauth?.tokenEndpoint]
				.filter((url) => url !== undefined)
				.map((url) => new URL(url).origin);
			for (const endpoint of origins) expect(endpoint).toBe(new URL(profile.baseUrl).origin);
		}
	});

	test.each([
		[
			'a form body',
			'application/x-www-form-urlencoded; charset=UTF-8',
			'a=1&b=x+y%2B&a=2',
			{
				kind: 'form',
				fields: [
					['a', '1'],
					['b', 'x y+'],
					['a', '2'],
				],
			},
		],
		['a JSON body', 'application/json', '{"a":1', { kind: 'json', text: '{"a":1' }],
		['a problem+json body', 'application/problem+json', '{}', { kind: 'json', text: '{}' }],
		['a text body', 'text/plain', 'hello', undefined],
		['no content type', '', 'hello', undefined],
	])('reads %s', (_name, type, text, body) => {
		expect(wireBody(type ? [['Content-Type', type]] : [], new TextEncoder().encode(text))).toEqual(
			body,
		);
	});

	test.each([
		['GET', '/', 200, undefined],
		['POST', '/', 405, 'method-not-allowed'],
		['GET', '/nowhere/else', 404, 'unknown-api'],
		['HEAD', '/lemlist/api/team', 405, 'method-not-allowed'],
		['OPTIONS', '/example-api/oauth/token', 405, 'method-not-allowed'],
	])('answers %s %s itself with %i', (method, target, status, code) => {
		const routed = wire(method, target);
		expect(routed.kind).toBe('answer');
		if (routed.kind === 'answer')
			expect([routed.response.status, routed.response.errorCode]).toEqual([status, code]);
	});

	test('names the allowed methods in a 405 from the adapter', () => {
		const routed = wire('OPTIONS', '/example-api/oauth/token');
		expect(
			routed.kind === 'answer' && routed.response.headers.find(([name]) => name === 'Allow')?.[1],
		).toBe('POST');
	});

	test('lists every API with its local URLs at /', () => {
		const routed = wire('GET', '/');
		const body = routed.kind === 'answer' ? JSON.parse(routed.response.body) : null;
		expect(body.apis.map((api: { sampleEndpoint: string }) => api.sampleEndpoint)).toEqual([
			'GET http://127.0.0.1:8787/example-api/v1/users/me',
			'GET http://127.0.0.1:8787/figma/v1/me',
			'GET http://127.0.0.1:8787/leadconduit/flows',
			'GET http://127.0.0.1:8787/leadterra/v1/sender-pools',
			'GET http://127.0.0.1:8787/lemlist/api/team',
		]);
	});

	test.each([
		['/lemlist/api/team?api_key=s3cret', '/lemlist/api/team'],
		['/example-api/oauth/authorize?client_id=a&state=b', '/example-api/oauth/authorize'],
		['/leadterra/v1/sk_live_s3cret', '/leadterra/…'],
		['/sk_live_s3cret', '/…'],
		['/', '/'],
	])('logs %s as %s: known routes only, never a query', (target, logged) => {
		expect(loggedPath(target, profiles)).toBe(logged);
	});
});

describe('the HTTP adapter, in detail', () => {
	const answer = (routed: ReturnType<typeof wire>) => {
		if (routed.kind !== 'answer') throw new Error(`routed to ${routed.kind}`);
		return routed.response;
	};

	test('answers a request-target that is not a path with 400 malformed-request', () => {
		const response = answer(wire('GET', '//'));
		expect([response.status, response.errorCode]).toEqual([400, 'malformed-request']);
	});

	test('names at most 40 characters of an unknown prefix, and every known one', () => {
		const response = answer(wire('GET', `/${'x'.repeat(50)}/team`));
		expect(response.explanation).toBe(
			`No simulated API at /${'x'.repeat(40)}. Known prefixes: ${profiles.map((profile) => `/${profile.id}/`).join(', ')}.`,
		);
	});

	test('says which methods the index takes', () => {
		const response = answer(wire('DELETE', '/'));
		expect(response.headers.find(([name]) => name === 'Allow')?.[1]).toBe('GET');
	});

	test('sends no Allow field for a method it cannot serve on a path that takes none', () => {
		const response = answer(wire('HEAD', '/example-api/v1/nothing'));
		expect(response.status).toBe(405);
		expect(response.headers.some(([name]) => name === 'Allow')).toBe(false);
	});

	test.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])(
		'hands %s, a method of the request model, to the profile',
		(method) => {
			expect(wire(method, '/lemlist/api/team').kind).toBe('profile');
		},
	);

	test('hands the body over in the request model, and no body when none came', () => {
		const bytes = new TextEncoder().encode('a=1');
		const form: Header[] = [['Content-Type', 'application/x-www-form-urlencoded']];
		const withBody = wire('POST', '/example-api/oauth/token', form, bytes);
		expect(withBody.kind === 'profile' && withBody.request.body).toEqual({
			kind: 'form',
			fields: [['a', '1']],
		});
		const without = wire('POST', '/example-api/oauth/token', form);
		expect(without.kind === 'profile' && 'body' in without.request).toBe(false);
	});

	test.each([
		['a JSON type in capitals with parameters', 'Application/JSON ; charset=utf-8', true],
		['a form type in capitals', 'APPLICATION/X-WWW-FORM-URLENCODED', true],
		['a type that only starts like JSON', 'application/jsonx', false],
		['a type that only contains json', 'text/json-seq', false],
	])('reads a body sent with %s: %s', (_name, type, read) => {
		const body = wireBody([['content-type', type]], new TextEncoder().encode('{}'));
		expect(body !== undefined).toBe(read);
	});

	test('reads no body from zero bytes, whatever the type', () => {
		expect(wireBody([['Content-Type', 'application/json']], none)).toBeUndefined();
	});

	test('lists the OAuth endpoints of an API that has them, and the device endpoint only where offered', () => {
		const body = JSON.parse(answer(wire('GET', '/')).body) as {
			apis: Record<string, string>[];
		};
		const example = body.apis.find((api) => api['id'] === 'example-api')!;
		expect(example).toEqual({
			id: 'example-api',
			name: 'Example API',
			baseUrl: 'http://127.0.0.1:8787/example-api/v1',
			sampleEndpoint: 'GET http://127.0.0.1:8787/example-api/v1/users/me',
			authorizationEndpoint: 'http://127.0.0.1:8787/example-api/oauth/authorize',
			tokenEndpoint: 'http://127.0.0.1:8787/example-api/oauth/token',
			deviceAuthorizationEndpoint: 'http://127.0.0.1:8787/example-api/oauth/device_authorization',
		});
		const lemlist = body.apis.find((api) => api['id'] === 'lemlist')!;
		expect(Object.keys(lemlist)).toEqual(['id', 'name', 'baseUrl', 'sampleEndpoint']);
	});

	test.each([
		['/example-api/oauth/device_authorization', '/example-api/oauth/device_authorization'],
		['/example-api/oauth/token?x=1', '/example-api/oauth/token'],
		['/example-api', '/example-api/…'],
		['/example-apix/oauth/token', '/…'],
		['/lemlist/api/team/', '/lemlist/…'],
	])('logs %s as %s', (target, logged) => {
		expect(loggedPath(target, profiles)).toBe(logged);
	});
});

test('explains a method the request model has no room for', () => {
	const routed = wire('TRACE', '/lemlist/api/team');
	expect(routed.kind === 'answer' && routed.response.explanation).toBe(
		'This method is not served here.',
	);
});
