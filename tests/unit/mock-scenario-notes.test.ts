// The note a scenario gives the reader ("Scenario: …" under the playground's response): one
// sentence for every code of every profile, naming what was set up where that depends on the
// profile (which header or query parameter, which scheme, which scopes, which method).
import { describe, expect, test } from 'vitest';
import { createWorld, type World } from '../../src/lib/mock-api/index.ts';
import { scenarioCodes, stageScenario } from '../../src/lib/mock-api/scenarios/index.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import { seededRandom, testClock, testWorld } from '../support/mock-world.ts';
import { loadProfile, loadProfiles } from '../support/profiles.ts';

const profiles = [...loadProfiles().values()];
const cases = profiles.flatMap((profile) =>
	scenarioCodes(profile).map((code) => ({ id: profile.id, code })),
);

test.each(cases)(
	'the $code scenario for $id explains itself in one sentence',
	async ({ id, code }) => {
		const { note } = await stageScenario(code, testWorld(id).world);
		expect(note).toMatch(/^[A-Z][^\n]* [^\n]+\.$/);
		expect(note).not.toMatch(/undefined|null|\[object/);
	},
);

/** Figma's profile with its key moved to the `api_key` query parameter. */
function queryWorld(): World {
	const figma = loadProfile('figma');
	const profile: Profile = { ...figma, auth: { scheme: 'apiKey', in: 'query', name: 'api_key' } };
	return createWorld(profile, { clock: testClock().read, random: seededRandom() });
}

describe('a scenario note names', () => {
	test.each([
		['figma', 'missing-api-key', 'The request is sent without the X-Figma-Token header.'],
		[
			'figma',
			'duplicated-credentials',
			'The key is sent twice, in two X-Figma-Token header fields.',
		],
		['lemlist', 'wrong-scheme', 'The key is sent with the Bearer scheme.'],
		['leadterra', 'wrong-scheme', 'The key is sent with the Basic scheme.'],
		['example-api', 'insufficient-scope', 'The key was granted only: write.'],
		['example-api', 'method-not-allowed', 'The request uses DELETE.'],
		['lemlist', 'missing-api-key', 'The request is sent without an Authorization header.'],
	] as const)('on %s, for %s: %s', async (id, code, note) => {
		expect((await stageScenario(code, testWorld(id).world)).note).toBe(note);
	});

	test.each([
		['missing-api-key', 'The request is sent without the api_key query parameter.'],
		['duplicated-credentials', 'The key is sent twice, in two api_key query parameters.'],
	] as const)('for a key in the query, for %s: %s', async (code, note) => {
		expect((await stageScenario(code, queryWorld())).note).toBe(note);
	});

	test('the method the sample endpoint does not take, when it is not GET', async () => {
		const { world } = testWorld('example-api');
		const posting: World = {
			...world,
			profile: {
				...world.profile,
				sampleEndpoint: { ...world.profile.sampleEndpoint, method: 'POST' },
			},
		};
		const staged = await stageScenario('method-not-allowed', posting);
		expect([staged.note, staged.request.method]).toEqual(['The request uses GET.', 'GET']);
	});
});

describe('a scenario asked of a profile that cannot give it', () => {
	test.each([
		['rate-limit-exceeded', 'lemlist', 'lemlist has no rate limit'],
		['authorization-pending', 'leadterra', 'leadterra has no device client'],
		['invalid-client', 'lemlist', 'lemlist has no demo OAuth clients'],
	] as const)('%s on %s throws, saying so', async (code, id, message) => {
		await expect(async () => stageScenario(code, testWorld(id).world)).rejects.toThrow(message);
	});
});
