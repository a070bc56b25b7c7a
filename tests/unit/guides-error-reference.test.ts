/** The example responses on /reference/errors/: the profile's exact body with spec-conformant headers. */
import { describe, expect, test } from 'vitest';
import { errorExplanations } from '../../src/components/error-explanations.ts';
import { allErrorCodes, exampleNow, exampleResponse, exampleRetryAfter } from '../../src/components/error-reference.ts';
import { headerValue } from '../../src/lib/http/index.ts';
import { loadProfiles } from '../support/profiles.ts';

const profiles = [...loadProfiles().values()];
const cases = profiles.flatMap((profile) => Object.keys(profile.errors).map((code) => ({ id: profile.id, code, profile })));

test('every code a profile returns has a cause and a fix', () => {
	const missing = allErrorCodes(profiles, []).filter((code) => !(code in errorExplanations));
	expect(missing).toEqual([]);
});

test('codes appear in the explanation order, each once', () => {
	const codes = allErrorCodes(profiles, Object.keys(errorExplanations));
	expect(new Set(codes).size).toBe(codes.length);
	expect(codes.slice(0, 3)).toEqual(['missing-api-key', 'malformed-authorization', 'wrong-scheme']);
});

describe.each(cases)('$id $code', ({ profile, code }) => {
	const declared = profile.errors[code]!;
	const response = exampleResponse(profile, code)!;

	test('carries the profile body byte for byte, with its Content-Type and Content-Length', () => {
		expect(response.body).toBe(declared.body.replaceAll('{retryAfter}', String(exampleRetryAfter)));
		expect(headerValue(response.headers, 'content-type')).toBe(declared.contentType);
		expect(headerValue(response.headers, 'content-length')).toBe(String(Buffer.byteLength(response.body, 'utf8')));
		expect(response.statusLine).toMatch(new RegExp(`^HTTP/1\\.1 ${declared.status} [A-Z]`));
	});

	if (declared.status === 401) {
		test('challenges with the API scheme and realm (RFC 9110 §11.6.1)', () => {
			const scheme = profile.auth.scheme === 'basic' ? 'Basic' : 'Bearer';
			expect(headerValue(response.headers, 'www-authenticate')).toMatch(new RegExp(`^${scheme} realm="${profile.auth.realm}"`));
		});
	}
});

test.each([
	['missing-api-key', 'Bearer realm="api.example.com"'],
	['invalid-api-key', 'Bearer realm="api.example.com", error="invalid_token"'],
	['token-expired', 'Bearer realm="api.example.com", error="invalid_token"'],
	['insufficient-scope', 'Bearer realm="api.example.com", error="insufficient_scope", scope="write"'],
	['duplicated-credentials', 'Bearer realm="api.example.com", error="invalid_request"'],
	['wrong-workspace', undefined],
])('the Example API answers %s with the RFC 6750 §3 challenge %s', (code, expected) => {
	const response = exampleResponse(loadProfiles().get('example-api')!, code)!;
	expect(headerValue(response.headers, 'www-authenticate')).toBe(expected);
});

test('a Basic challenge announces UTF-8 (RFC 7617 §2.1)', () => {
	const response = exampleResponse(loadProfiles().get('lemlist')!, 'missing-colon')!;
	expect(headerValue(response.headers, 'www-authenticate')).toBe('Basic realm="lemlist API", charset="UTF-8"');
});

test('the 429 headers agree with each other and with the body', () => {
	const response = exampleResponse(loadProfiles().get('example-api')!, 'rate-limit-exceeded')!;
	const value = (name: string) => headerValue(response.headers, name);
	expect(value('retry-after')).toBe(String(exampleRetryAfter));
	expect(value('x-ratelimit-limit')).toBe('1000');
	expect(value('x-ratelimit-remaining')).toBe('0');
	expect(value('x-ratelimit-reset')).toBe(String(exampleNow + exampleRetryAfter));
	expect(value('ratelimit')).toBe(`"hourly";r=0;t=${exampleRetryAfter}`);
	expect(value('ratelimit-policy')).toBe('"hourly";q=1000;w=3600');
	expect(JSON.parse(response.body).message).toContain(`${exampleRetryAfter} seconds`);
});

test('a profile that never returns a code gives no example for it', () => {
	expect(exampleResponse(loadProfiles().get('lemlist')!, 'rate-limit-exceeded')).toBeUndefined();
});
