// The mock API's response builder, redirects and challenges, called directly: the field order
// (Date, Content-Type, Content-Length, then the answer's own), byte counts in UTF-8, which
// responses must not be cached, and the WWW-Authenticate value for each kind of profile.
import { describe, expect, test } from 'vitest';
import {
	apiJsonType,
	errorRedirect,
	errorResponse,
	httpDate,
	redirect,
	redirectTo,
	respond,
	simulatorResponse,
	wireCode,
	wireDescription,
} from '../../src/lib/mock-api/respond.ts';
import { basicChallenge, challengeFor, quotedString } from '../../src/lib/mock-api/challenge.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import { pinnedNow } from '../support/mock-world.ts';
import { loadProfile } from '../support/profiles.ts';

const date = 'Mon, 02 Mar 2026 10:00:00 GMT';
const example = loadProfile('example-api');
const lemlist = loadProfile('lemlist');
const figma = loadProfile('figma');

describe('the Date field', () => {
	test.each([
		[pinnedNow, date],
		[pinnedNow + 999, date],
		[pinnedNow + 1000, 'Mon, 02 Mar 2026 10:00:01 GMT'],
		[pinnedNow - 1, 'Mon, 02 Mar 2026 09:59:59 GMT'],
	])('of %i ms is %s (whole seconds, RFC 9110 §5.6.7)', (now, expected) => {
		expect(httpDate(now)).toBe(expected);
	});
});

describe('a response', () => {
	test('starts with Date, Content-Type and Content-Length in UTF-8 bytes, then its own fields', () => {
		expect(respond(200, 'text/plain', 'é€', [['X-A', '1']], pinnedNow)).toEqual({
			status: 200,
			statusText: 'OK',
			headers: [
				['Date', date],
				['Content-Type', 'text/plain'],
				['Content-Length', '5'],
				['X-A', '1'],
			],
			body: 'é€',
		});
	});

	test.each([
		['no body and no type', '', '', false],
		['a body and no type', '', 'x', true],
		['a type and no body', 'text/plain', '', true],
	])('with %s has a Content-Type field: %s', (_name, type, body, present) => {
		const names = respond(200, type, body, [], pinnedNow).headers.map(([name]) => name);
		expect(names.includes('Content-Type')).toBe(present);
		expect(names).toContain('Content-Length');
	});

	test('has an empty status text for a status without a reason phrase', () => {
		expect(respond(299, '', '', [], pinnedNow).statusText).toBe('');
	});

	test('carries an error code only when it is given one', () => {
		expect('errorCode' in respond(200, '', '', [], pinnedNow)).toBe(false);
		expect(respond(404, '', '', [], pinnedNow, 'not-found').errorCode).toBe('not-found');
	});
});

describe('an error response', () => {
	test("fills the profile body's {retryAfter}, keeps an unknown placeholder, and stores nothing in caches", () => {
		const profile: Profile = {
			...example,
			errors: {
				...example.errors,
				'rate-limit-exceeded': {
					status: 429,
					contentType: 'application/json',
					body: 'wait {retryAfter}s, {other} {retryAfter}',
				},
			},
		};
		const response = errorResponse(profile, 'rate-limit-exceeded', pinnedNow, {
			placeholders: { retryAfter: '7' },
			headers: [['Retry-After', '7']],
		});
		expect(response.body).toBe('wait 7s, {other} 7');
		// A 429 is about this moment (RFC 9111 §5.2.2.5): no-store, and no Pragma, which is for OAuth.
		expect(response.headers.slice(3)).toEqual([
			['Cache-Control', 'no-store'],
			['Retry-After', '7'],
		]);
		expect('explanation' in response).toBe(false);
	});

	test('of the token endpoint has an RFC 6749 §5.2 body, a Basic challenge first, then no-store and no-cache', () => {
		const response = errorResponse(example, 'invalid-client', pinnedNow, {
			explanation: 'why',
		});
		expect(response.status).toBe(401);
		expect(JSON.parse(response.body)).toEqual({
			error: 'invalid_client',
			error_description: 'Client authentication failed',
		});
		expect(response.headers).toEqual([
			['Date', date],
			['Content-Type', 'application/json;charset=UTF-8'],
			['Content-Length', String(response.body.length)],
			['WWW-Authenticate', 'Basic realm="api.example.com", charset="UTF-8"'],
			['Cache-Control', 'no-store'],
			['Pragma', 'no-cache'],
		]);
		expect(response.explanation).toBe('why');
	});

	test("falls back to the simulator's own body where the profile has none for a profile-body code", () => {
		const response = errorResponse(figma, 'not-found', pinnedNow);
		expect(response.headers[1]).toEqual(['Content-Type', 'application/json']);
		expect(JSON.parse(response.body)).toEqual({ error: 'not-found', message: 'No such endpoint' });
	});

	test('answers a revoked key with the bytes of an unknown key, and keeps its own code', () => {
		expect(wireCode('revoked-api-key')).toBe('invalid-api-key');
		expect(wireCode('not-found')).toBe('not-found');
		expect(wireDescription('revoked-api-key')).toBe(wireDescription('invalid-api-key'));
		const revoked = errorResponse(lemlist, 'revoked-api-key', pinnedNow);
		const unknown = errorResponse(lemlist, 'invalid-api-key', pinnedNow);
		expect([revoked.status, revoked.headers, revoked.body]).toEqual([
			unknown.status,
			unknown.headers,
			unknown.body,
		]);
		expect(revoked.errorCode).toBe('revoked-api-key');
	});

	test('of the HTTP server has the simulator body, the given fields and the explanation', () => {
		const response = simulatorResponse('unknown-api', pinnedNow, 'No API here.', [['X-A', '1']]);
		expect(response.status).toBe(404);
		expect(JSON.parse(response.body)).toMatchObject({ error: 'unknown-api' });
		expect(response.headers.slice(1)).toEqual([
			['Content-Type', 'application/json'],
			['Content-Length', String(response.body.length)],
			['X-A', '1'],
		]);
		expect(response.explanation).toBe('No API here.');
		expect(response.errorCode).toBe('unknown-api');
	});
});

describe('the JSON type of an API', () => {
	test('is the one its own 401 body declares, else application/json', () => {
		expect(apiJsonType(loadProfile('leadconduit'))).toBe('application/json; charset=utf-8');
		expect(apiJsonType({ ...figma, errors: {} })).toBe('application/json');
	});
});

describe('a redirect', () => {
	test('is a 302 with Location and no-store, no body and no Content-Type (RFC 9110 §15.4.3)', () => {
		expect(redirect('https://app.example.com/cb?code=x', pinnedNow)).toEqual({
			status: 302,
			statusText: 'Found',
			headers: [
				['Date', date],
				['Content-Length', '0'],
				['Location', 'https://app.example.com/cb?code=x'],
				['Cache-Control', 'no-store'],
				['Pragma', 'no-cache'],
			],
			body: '',
		});
	});

	test('keeps the query of the redirect URI and leaves out values that are absent (RFC 6749 §3.1.2)', () => {
		expect(
			redirectTo('https://app.example.com/cb?tenant=a%20b', {
				code: 'c+d',
				state: undefined,
				more: '',
			}),
		).toBe('https://app.example.com/cb?tenant=a+b&code=c%2Bd&more=');
	});

	test.each([
		['access-denied', 'access_denied'],
		['invalid-scope', 'invalid_scope'],
		// A code with no OAuth error of its own is sent as invalid_request.
		['not-found', 'invalid_request'],
	] as const)('for %s sends error=%s with the title and the state', (code, error) => {
		const response = errorRedirect(code, 'https://app.example.com/cb', 'st', pinnedNow, 'why');
		const location = new URL(response.headers.find(([name]) => name === 'Location')![1]);
		expect([...location.searchParams]).toEqual([
			['error', error],
			['error_description', wireDescription(code)],
			['state', 'st'],
		]);
		expect(response.errorCode).toBe(code);
		expect(response.explanation).toBe('why');
	});
});

describe('the WWW-Authenticate value', () => {
	test('quotes a realm with its backslashes and double quotes escaped (RFC 9110 §5.6.4)', () => {
		expect(quotedString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
		expect(basicChallenge('x"y')).toBe('Basic realm="x\\"y", charset="UTF-8"');
	});

	const keyed = (challenge?: string): Profile => ({
		...figma,
		auth: { scheme: 'apiKey', in: 'header', name: 'X-Key', ...(challenge ? { challenge } : {}) },
	});

	test.each([
		['Bearer, no credentials', example, 'missing-api-key', 'Bearer realm="api.example.com"'],
		[
			'Bearer, credentials sent twice',
			example,
			'duplicated-credentials',
			'Bearer realm="api.example.com", error="invalid_request", error_description="Credentials were sent twice"',
		],
		['Bearer, a 404', example, 'not-found', null],
		[
			'Basic, no credentials',
			lemlist,
			'missing-api-key',
			'Basic realm="lemlist API", charset="UTF-8"',
		],
		['Basic, a bad key', lemlist, 'invalid-api-key', 'Basic realm="lemlist API", charset="UTF-8"'],
		['Basic, credentials sent twice', lemlist, 'duplicated-credentials', null],
		['Basic, too narrow a scope', lemlist, 'insufficient-scope', null],
		['a named header, a 401 with no declared challenge', keyed(), 'invalid-api-key', null],
		[
			'a named header, a 401 with a declared challenge',
			keyed('ApiKey realm="x"'),
			'invalid-api-key',
			'ApiKey realm="x"',
		],
		['a named header, a 403', keyed('ApiKey realm="x"'), 'wrong-workspace', null],
		[
			'a named header, its token endpoint: the host as realm',
			keyed(),
			'invalid-client',
			'Basic realm="api.figma.com", charset="UTF-8"',
		],
	] as const)('for %s is %s', (_name, profile, code, expected) => {
		expect(challengeFor(profile, code)).toBe(expected);
	});

	test('names the scope an insufficient_scope error needs, and only there (RFC 6750 §3)', () => {
		expect(challengeFor(example, 'insufficient-scope', { scope: 'read write' })).toBe(
			'Bearer realm="api.example.com", error="insufficient_scope", error_description="The token lacks the scope this request needs", scope="read write"',
		);
		expect(challengeFor(example, 'insufficient-scope')).not.toContain('scope=');
		expect(challengeFor(example, 'missing-api-key', { scope: 'read' })).toBe(
			'Bearer realm="api.example.com"',
		);
	});
});

describe('a response with no fields of its own', () => {
	test('from the HTTP server has Date, Content-Type and Content-Length only', () => {
		const response = simulatorResponse('unknown-api', pinnedNow, 'No API here.');
		expect(response.headers.map(([name]) => name)).toEqual([
			'Date',
			'Content-Type',
			'Content-Length',
		]);
	});

	test('from an API, for a code without a challenge or caching rule, has those three only', () => {
		const response = errorResponse(lemlist, 'not-found', pinnedNow);
		expect(response.headers.map(([name]) => name)).toEqual([
			'Date',
			'Content-Type',
			'Content-Length',
		]);
	});
});
