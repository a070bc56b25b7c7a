// The two answers a client reads in the code flow (RFC 6749 §4.1.2 and §5): each refusal names
// what is wrong, and a usable answer gives back exactly what the server sent.
import { describe, expect, test } from 'vitest';
import {
	authorizationMaxAgeMs,
	parseAuthorizationResponse,
	parseTokenResponse,
} from '../../src/lib/auth/index.ts';

const request = { state: 'xyz', createdAt: 1_000_000 };
const callback = 'https://client.example.com/cb';

describe('parseAuthorizationResponse', () => {
	test('keeps codes for at most ten minutes, as RFC 6749 §4.1.2 recommends', () => {
		expect(authorizationMaxAgeMs).toBe(600_000);
	});

	test.each([
		[`  ${callback}?code=abc&state=xyz\n`, 'a callback pasted with spaces and a line break'],
		[`${callback}?state=xyz&code=abc&other=1`, 'parameters in any order'],
	])('reads the code from %j (%s)', (url) => {
		expect(parseAuthorizationResponse(url, request, request.createdAt)).toEqual({
			ok: true,
			code: 'abc',
		});
	});

	test.each([
		[0, true],
		[authorizationMaxAgeMs, true],
		[authorizationMaxAgeMs + 1, false],
	])('at %i ms after the flow started accepts the code: %s', (age, accepted) => {
		const result = parseAuthorizationResponse(
			`${callback}?code=abc&state=xyz`,
			request,
			request.createdAt + age,
		);
		expect(result.ok).toBe(accepted);
	});

	test.each([
		['not a url', 'missing-code', 'The redirect back to the client is not a URL.'],
		[`${callback}?code=abc`, 'state-mismatch', 'The redirect back to the client carries no state.'],
		[
			`${callback}?code=abc&state=`,
			'state-mismatch',
			'The redirect back to the client carries a state that this flow did not send.',
		],
		[
			`${callback}?code=abc&state=XYZ`,
			'state-mismatch',
			'The redirect back to the client carries a state that this flow did not send.',
		],
		[
			`${callback}?error=access_denied&state=xyz`,
			'authorization-error',
			'The redirect back to the client reports the error "access_denied".',
		],
		[
			`${callback}?error=access_denied&error_description=The+user+said+no&state=xyz`,
			'authorization-error',
			'The redirect back to the client reports the error "access_denied": The user said no.',
		],
		[
			`${callback}?error=access_denied&error_description=&state=xyz`,
			'authorization-error',
			'The redirect back to the client reports the error "access_denied".',
		],
		[
			`${callback}?error=server_error&code=abc&state=xyz`,
			'authorization-error',
			'The redirect back to the client reports the error "server_error".',
		],
		[
			`${callback}?state=xyz`,
			'missing-code',
			'The redirect back to the client has no code parameter.',
		],
		[
			`${callback}?code=&state=xyz`,
			'missing-code',
			'The redirect back to the client has no code parameter.',
		],
	])('refuses %j with %s: %j', (url, code, message) => {
		expect(parseAuthorizationResponse(url, request, request.createdAt)).toEqual({
			ok: false,
			errors: [
				expect.objectContaining({
					code,
					severity: 'error',
					field: 'callback',
					position: 0,
					length: 0,
					message,
				}),
			],
		});
	});

	test('checks the state before the age and the error, so a forged redirect is named as such (§10.12)', () => {
		const late = request.createdAt + authorizationMaxAgeMs + 1;
		expect(
			parseAuthorizationResponse(`${callback}?error=access_denied&state=evil`, request, late),
		).toMatchObject({ ok: false, errors: [{ code: 'state-mismatch' }] });
	});

	test('says how many minutes late a stale redirect arrived, before reading its error', () => {
		expect(
			parseAuthorizationResponse(
				`${callback}?error=access_denied&state=xyz`,
				request,
				request.createdAt + 25 * 60_000 + 20_000,
			),
		).toMatchObject({
			ok: false,
			errors: [
				{
					code: 'stale-authorization-request',
					field: 'callback',
					message: 'The redirect back to the client arrived 25 minutes after the flow started.',
				},
			],
		});
	});
});

describe('parseTokenResponse', () => {
	test.each([
		[
			'{"access_token":"a","token_type":"Bearer"}',
			{ ok: true, accessToken: 'a', tokenType: 'Bearer' },
		],
		[
			'{"access_token":"a","token_type":"Bearer","expires_in":0,"scope":"read write"}',
			{ ok: true, accessToken: 'a', tokenType: 'Bearer', expiresAt: 5_000, scope: 'read write' },
		],
		[
			'{"access_token":"a","token_type":"Bearer","expires_in":1.5}',
			{ ok: true, accessToken: 'a', tokenType: 'Bearer', expiresAt: 6_500 },
		],
		[
			'{"access_token":"a","token_type":"Bearer","refresh_token":7,"scope":["read"],"id_token":"x"}',
			{ ok: true, accessToken: 'a', tokenType: 'Bearer' },
		],
	])('reads %s, keeping only the fields §5.1 defines with their types', (body, tokens) => {
		expect(parseTokenResponse(body, 5_000)).toStrictEqual(tokens);
	});

	test.each<[body: string, code: string, detail: string]>([
		['not json', 'invalid-token-response', 'is not JSON.'],
		['', 'invalid-token-response', 'is not JSON.'],
		['null', 'invalid-token-response', 'is not a JSON object.'],
		['"token"', 'invalid-token-response', 'is not a JSON object.'],
		['42', 'invalid-token-response', 'is not a JSON object.'],
		['{"token_type":"Bearer"}', 'invalid-token-response', 'has no access_token.'],
		['{"access_token":"","token_type":"Bearer"}', 'invalid-token-response', 'has no access_token.'],
		['{"access_token":7,"token_type":"Bearer"}', 'invalid-token-response', 'has no access_token.'],
		['{"access_token":"a"}', 'invalid-token-response', 'has no token_type.'],
		['{"access_token":"a","token_type":""}', 'invalid-token-response', 'has no token_type.'],
		['{"access_token":"a","token_type":1}', 'invalid-token-response', 'has no token_type.'],
		...['"3600"', '-1', '1e999', 'null', '{}'].map((expiresIn): [string, string, string] => [
			`{"access_token":"a","token_type":"Bearer","expires_in":${expiresIn}}`,
			'invalid-token-response',
			'has an expires_in that is not a number of seconds.',
		]),
		['{"error":"invalid_grant"}', 'authorization-error', 'reports the error "invalid_grant".'],
		[
			'{"error":"invalid_grant","error_description":"The code was used","access_token":"a","token_type":"Bearer"}',
			'authorization-error',
			'reports the error "invalid_grant": The code was used.',
		],
		[
			'{"error":"invalid_grant","error_description":3}',
			'authorization-error',
			'reports the error "invalid_grant".',
		],
	])('refuses %s with %s: the token response %s', (body, code, detail) => {
		expect(parseTokenResponse(body, 0)).toStrictEqual({
			ok: false,
			errors: [
				expect.objectContaining({
					code,
					severity: 'error',
					field: 'token-response',
					position: 0,
					length: 0,
					message: `The token response ${detail}`,
				}),
			],
		});
	});

	test('reads a body whose error is not a string as a token response', () => {
		expect(
			parseTokenResponse('{"error":1,"access_token":"a","token_type":"Bearer"}', 0),
		).toStrictEqual({ ok: true, accessToken: 'a', tokenType: 'Bearer' });
	});
});
