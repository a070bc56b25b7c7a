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
