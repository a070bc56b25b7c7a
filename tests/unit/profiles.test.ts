import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProfile, loadProfiles, profilesDir } from '../support/profiles.ts';
import { parseProfile, ProfileError } from '../../src/lib/profiles/index.ts';

describe('the profiles', () => {
	test('load and validate: the four seeds and Figma, imported from its OpenAPI document', () => {
		expect([...loadProfiles().keys()]).toEqual([
			'example-api',
			'figma',
			'leadconduit',
			'leadterra',
			'lemlist',
		]);
	});

	test('Figma takes its personal access token in the X-Figma-Token header, as its document says', () => {
		const figma = loadProfile('figma');
		expect(figma.auth).toEqual({ scheme: 'apiKey', in: 'header', name: 'X-Figma-Token' });
		expect(figma.assumptions[0]).toMatch(
			/@figma\/rest-api-spec@[\d.]+, file openapi\/openapi\.yaml/,
		);
	});

	test('lemlist is Basic with an empty username (the :KEY form)', () => {
		const lemlist = loadProfile('lemlist');
		expect(lemlist.auth).toMatchObject({ scheme: 'basic', username: 'empty' });
		expect(lemlist.keyShownOnce).toBe(true);
	});

	test('LeadConduit ignores the username and answers 401 with its documented body', () => {
		const leadconduit = loadProfile('leadconduit');
		expect(leadconduit.auth).toMatchObject({ scheme: 'basic', username: 'ignored' });
		expect(leadconduit.errors['invalid-api-key']).toEqual({
			status: 401,
			contentType: 'application/json; charset=utf-8',
			body: '{"error":"authentication failed"}',
		});
		// The seed's response says Content-Length: 33; the body must be those exact bytes.
		expect(Buffer.byteLength(leadconduit.errors['invalid-api-key']!.body)).toBe(33);
	});

	test('Leadterra is Bearer with sk_live_ and sk_test_ prefixes', () => {
		const leadterra = loadProfile('leadterra');
		expect(leadterra.auth).toEqual({
			scheme: 'bearer',
			realm: 'leadterra',
			keyPrefixes: [
				{ prefix: 'sk_live_', environment: 'live' },
				{ prefix: 'sk_test_', environment: 'test' },
			],
		});
	});

	test('the Example API free tier allows 1,000 requests per hour with a burst of 50', () => {
		const tiers = loadProfile('example-api').rateLimit?.tiers;
		expect(tiers).toEqual([
			{ name: 'Free', requestsPerHour: 1000, burst: 50 },
			{ name: 'Pro', requestsPerHour: 10000, burst: 200 },
			{ name: 'Enterprise', requestsPerHour: null, burst: 1000 },
		]);
	});
});

describe('a malformed profile', () => {
	const valid = parse(readFileSync(join(profilesDir, 'lemlist.yaml'), 'utf8')) as Record<
		string,
		unknown
	>;

	test.each([
		[
			'an http base URL',
			{ baseUrl: 'http://api.lemlist.com/api' },
			'baseUrl: must be an https:// URL',
		],
		[
			'an unknown Basic username rule',
			{ auth: { scheme: 'basic', username: 'blank', realm: 'x' } },
			'auth.username',
		],
		[
			'an error body that is not the JSON it claims',
			{
				errors: { 'missing-api-key': { status: 401, contentType: 'application/json', body: '{' } },
			},
			'errors.missing-api-key.body',
		],
	])('is refused with the field named: %s', (_name, change, field) => {
		const attempt = () => parseProfile({ ...valid, ...change }, 'lemlist.yaml');
		expect(attempt).toThrow(ProfileError);
		expect(attempt).toThrow(/lemlist\.yaml/);
		expect(attempt).toThrow(field);
	});

	test('is refused when its id does not match its file name', () => {
		expect(() => parseProfile(valid, 'other.yaml')).toThrow(
			'id: "lemlist" must match the file name "other"',
		);
	});
});
