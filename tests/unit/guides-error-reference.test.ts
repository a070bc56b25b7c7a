/**
 * The example responses on /reference/errors/ are the simulator's own: built by the mock API's
 * response builder for each API that can answer with a code, with the API's exact body.
 */
import { describe, expect, test } from 'vitest';
import { exampleNow, exampleResponse } from '../../src/components/error-examples.ts';
import { headerValue, responseText as formatResponse } from '../../src/lib/http/index.ts';
import {
	codesFor,
	errorCodes,
	httpDate,
	wireCode,
	type ErrorCode,
} from '../../src/lib/mock-api/index.ts';
import { loadProfiles } from '../support/profiles.ts';

const profiles = [...loadProfiles().values()];
const allCodes = Object.keys(errorCodes) as ErrorCode[];
const cases = profiles.flatMap((profile) =>
	codesFor(profile).map((code) => ({ id: profile.id, code, profile })),
);

test('every code is a kebab-case anchor', () => {
	expect(allCodes.filter((code) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code))).toEqual([]);
});

test('every code a profile declares a body for is one the simulator can answer that profile with', () => {
	for (const profile of profiles) {
		expect(
			Object.keys(profile.errors).filter((code) => !codesFor(profile).includes(code as ErrorCode)),
			profile.id,
		).toEqual([]);
	}
});

describe.each(cases)('$id $code', async ({ profile, code }) => {
	const response = (await exampleResponse(profile, code))!;

	test('has the status of the code table, the pinned Date and a truthful Content-Length', () => {
		expect(response.status).toBe(errorCodes[wireCode(code)].status);
		expect(response.errorCode).toBe(code);
		expect(headerValue(response.headers, 'date')).toBe(httpDate(exampleNow));
		expect(headerValue(response.headers, 'content-length')).toBe(
			String(Buffer.byteLength(response.body, 'utf8')),
		);
	});

	const own = profile.errors[wireCode(code)];
	if (errorCodes[code].body === 'profile' && own) {
		test("carries the API's own body and Content-Type", () => {
			expect(headerValue(response.headers, 'content-type')).toBe(own.contentType);
			if (!own.body.includes('{')) expect(response.body).toBe(own.body);
			expect(response.body).not.toMatch(/\{[A-Za-z]+\}/);
		});
	}

	if (
		response.status === 401 &&
		profile.auth.scheme === 'apiKey' &&
		errorCodes[code].challenge !== 'client-basic'
	) {
		const declared = profile.auth.challenge;
		test(`sends ${declared ? 'the challenge its profile declares' : 'no challenge'}: a key in ${profile.auth.name} uses no HTTP authentication scheme`, () => {
			expect(headerValue(response.headers, 'www-authenticate')).toBe(declared);
		});
	} else if (response.status === 401) {
		test('challenges with the scheme in use and the realm (RFC 9110 §11.6.1, RFC 6749 §5.2)', () => {
			// The token endpoint authenticates clients with Basic, whatever scheme the API itself takes.
			const scheme =
				profile.auth.scheme === 'basic' || errorCodes[code].challenge === 'client-basic'
					? 'Basic'
					: 'Bearer';
			const realm =
				profile.auth.scheme === 'apiKey' ? new URL(profile.baseUrl).hostname : profile.auth.realm;
			expect(headerValue(response.headers, 'www-authenticate')).toMatch(
				new RegExp(`^${scheme} realm="${realm}"`),
			);
		});
	}
});

test('an API is never shown answering with a code it cannot produce', async () => {
	expect(
		await exampleResponse(loadProfiles().get('lemlist')!, 'rate-limit-exceeded'),
	).toBeUndefined();
	expect(
		await exampleResponse(loadProfiles().get('leadconduit')!, 'missing-colon'),
	).toBeUndefined();
});

test('the 429 example comes from an emptied burst bucket: Retry-After, the policy that ran out, and the body agree', async () => {
	const response = (await exampleResponse(
		loadProfiles().get('example-api')!,
		'rate-limit-exceeded',
	))!;
	const retryAfter = Number(headerValue(response.headers, 'retry-after'));
	expect(retryAfter).toBe(4);
	expect(headerValue(response.headers, 'x-ratelimit-remaining')).toBe('950');
	expect(headerValue(response.headers, 'cache-control')).toBe('no-store');
	expect(headerValue(response.headers, 'ratelimit')).toBe('"free-burst";r=0;t=180');
	expect((JSON.parse(response.body) as { message: string }).message).toContain(
		`${retryAfter} seconds`,
	);
});

test('a response prints as an HTTP client shows it', async () => {
	const text = formatResponse(
		(await exampleResponse(loadProfiles().get('lemlist')!, 'missing-colon'))!,
	);
	expect(text.split('\n')[0]).toBe('HTTP/1.1 401 Unauthorized');
	expect(text).toContain('\nWWW-Authenticate: Basic realm="lemlist API", charset="UTF-8"\n');
	expect(
		text.endsWith(
			'\n\n{"message":"Unauthorized: the credentials must be a colon followed by the API key"}',
		),
	).toBe(true);
});

test('an authorization error is shown as the redirect the client receives (RFC 6749 §4.1.2.1)', async () => {
	const response = (await exampleResponse(loadProfiles().get('example-api')!, 'access-denied'))!;
	expect(response.status).toBe(302);
	const location = new URL(headerValue(response.headers, 'location')!);
	expect(location.origin + location.pathname).toBe('https://app.example.com/callback');
	expect(location.searchParams.get('error')).toBe('access_denied');
	expect(location.searchParams.get('state')).toBe('af0ifjsldkj');
	expect(response.body).toBe('');
});
