import { describe, expect, test } from 'vitest';
import {
	codesFor,
	errorCodes,
	isErrorCode,
	wireCode,
	type ErrorCode,
} from '../../src/lib/mock-api/index.ts';
import { loadProfiles } from '../support/profiles.ts';
import { readErrorTexts } from '../support/code-texts.ts';

const entries = Object.entries(errorCodes) as [ErrorCode, (typeof errorCodes)[ErrorCode]][];
const profiles = [...loadProfiles().values()];
const texts = readErrorTexts();

describe('the error-code table', () => {
	test.each(entries)(
		'%s is a kebab-case anchor with every text the reference page shows',
		(code, entry) => {
			expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			const { cause, fix, wwwAuthenticate, spec } = texts[code]!;
			for (const text of [entry.title, cause, fix, wwwAuthenticate, spec])
				expect(text.trim().length).toBeGreaterThan(3);
			// Titles can travel as an RFC 6749 error_description: %x20-21 / %x23-5B / %x5D-7E only.
			expect(entry.title).toMatch(/^[\x20\x21\x23-\x5b\x5d-\x7e]+$/);
			expect(cause.endsWith('.') && fix.endsWith('.') && wwwAuthenticate.endsWith('.')).toBe(true);
		},
	);

	test.each(entries)(
		'%s names an RFC 6749 error exactly when its answer follows RFC 6749',
		(_code, entry) => {
			const oauthShaped = entry.body === 'oauth' || entry.body === 'none';
			expect('oauthError' in entry).toBe(oauthShaped);
		},
	);

	test.each(entries)(
		'%s sends a challenge with every 401 and only the challenges its status allows',
		(_code, entry) => {
			if (entry.status === 401) expect(entry.challenge).not.toBe('none');
			if (entry.challenge === 'insufficient-scope') expect(entry.status).toBe(403);
			if (entry.body === 'none') expect(entry.status).toBe(302);
		},
	);

	// The reference page explains a 401 for every kind of API the profiles can describe: each place
	// a key is read is named, so the text cannot fall behind a scheme again.
	test.each([
		['a Basic or Bearer API', /reads the Authorization header/],
		[
			'an API with a header of its own',
			/header of its own \(such as X-API-Key\) reads only that header/,
		],
		[
			'an API with a query parameter',
			/query parameter \(such as \?api_key=\) reads only that parameter/,
		],
	])('missing-api-key says where %s reads its key', (_kind, place) => {
		expect(texts['missing-api-key']!.cause).toMatch(place);
	});

	test('missing-api-key says that a key in a header of its own or a query parameter brings no challenge', () => {
		expect(texts['missing-api-key']!.wwwAuthenticate).toMatch(
			/header of its own or a query parameter uses no HTTP authentication scheme, so it sends no challenge/,
		);
	});

	test('recognises its own codes and nothing else', () => {
		expect(isErrorCode('missing-api-key')).toBe(true);
		expect(isErrorCode('toString')).toBe(false);
		expect(isErrorCode('Missing-API-Key')).toBe(false);
	});
});

describe.each(profiles.map((profile) => [profile.id, profile] as const))(
	'the %s profile',
	(_id, profile) => {
		const answerable = codesFor(profile);

		test('has its own body, with the table status, for every code it can be answered with', () => {
			const missing = answerable.filter(
				(code) => errorCodes[code].body === 'profile' && !profile.errors[wireCode(code)],
			);
			expect(missing).toEqual([]);
			for (const code of answerable) {
				const own = profile.errors[code];
				if (own) expect([code, own.status]).toEqual([code, errorCodes[code].status]);
			}
		});

		test('has no body for a code it can never be answered with (a typo or a stale entry)', () => {
			expect(
				Object.keys(profile.errors).filter(
					(code) => !isErrorCode(code) || !answerable.includes(code),
				),
			).toEqual([]);
		});

		test('uses only the {retryAfter} placeholder, and only in the rate-limit body', () => {
			for (const [code, response] of Object.entries(profile.errors)) {
				const placeholders = response.body.match(/\{[A-Za-z]+\}/g) ?? [];
				expect(placeholders).toEqual(code === 'rate-limit-exceeded' ? ['{retryAfter}'] : []);
			}
		});
	},
);

describe('which codes apply', () => {
	test.each([
		['lemlist', ['missing-colon'], ['token-expired', 'test-key-live-only', 'rate-limit-exceeded']],
		[
			'leadconduit',
			[],
			['missing-colon', 'token-expired', 'test-key-live-only', 'rate-limit-exceeded'],
		],
		[
			'leadterra',
			['test-key-live-only'],
			['missing-colon', 'token-expired', 'rate-limit-exceeded'],
		],
		[
			'example-api',
			['token-expired', 'insufficient-scope', 'rate-limit-exceeded', 'invalid-client'],
			['missing-colon', 'test-key-live-only'],
		],
	])('%s can be answered with %j and never with %j', (id, some, never) => {
		const codes = codesFor(profiles.find((profile) => profile.id === id)!);
		for (const code of some) expect(codes).toContain(code);
		for (const code of never) expect(codes).not.toContain(code);
		expect(codes).not.toContain('unknown-api');
	});
});

test('a code answered as another one has no body of its own in any profile: the bytes live once', () => {
	const doubled = [...loadProfiles().values()].flatMap((profile) =>
		Object.keys(profile.errors)
			.filter((code) => isErrorCode(code) && wireCode(code) !== code)
			.map((code) => `${profile.id} ${code}`),
	);
	expect(doubled).toEqual([]);
});
