/**
 * Scenarios: for every API and every code that applies to it, the scenario sets up a world in
 * which the real `handle` answers with exactly the table's response (status, challenge, body),
 * and with the same bytes the error reference shows, whatever the clock's milliseconds.
 */
import { describe, expect, test } from 'vitest';
import { exampleResponse } from '../../src/components/error-examples.ts';
import {
	challengeFor,
	codesFor,
	demoClients,
	errorCodes,
	errorRedirect,
	errorResponse,
	handle,
	wireCode,
} from '../../src/lib/mock-api/index.ts';
import {
	isScenarioCode,
	scenarioCodes,
	scenarioState,
	stageScenario,
} from '../../src/lib/mock-api/scenarios/index.ts';
import { field, pinnedNow, testWorld } from '../support/mock-world.ts';
import { loadProfiles } from '../support/profiles.ts';

const profiles = [...loadProfiles().values()];
const cases = profiles.flatMap((profile) =>
	scenarioCodes(profile).map((code) => ({ id: profile.id, code, profile })),
);

test.each(profiles)('every code the table says applies to $name has a scenario', (profile) => {
	expect(scenarioCodes(profile)).toEqual(codesFor(profile));
	expect(codesFor(profile).filter((code) => !isScenarioCode(code))).toEqual([]);
});

describe.each(cases)('the $code scenario for $id', ({ id, code, profile }) => {
	// 437 ms past a whole second: the answer must not depend on where in the second it is sent.
	async function answer() {
		const { world, clock } = testWorld(id);
		clock.now = pinnedNow + 437;
		const staged = await stageScenario(code, world);
		return (await handle(staged.request, staged.world)).response;
	}

	test('makes handle answer with the code, its status and its challenge', async () => {
		const response = await answer();
		expect(response.errorCode).toBe(code);
		expect(response.status).toBe(errorCodes[wireCode(code)].status);
		const scope = code === 'insufficient-scope' ? profile.sampleEndpoint.scope : undefined;
		expect(field(response.headers, 'WWW-Authenticate') ?? null).toBe(
			challengeFor(profile, code, scope ? { scope } : {}),
		);
	});

	test("makes handle send the table's body for the code", async () => {
		const response = await answer();
		const retryAfter = field(response.headers, 'Retry-After');
		const expected =
			errorCodes[code].status === 302
				? errorRedirect(code, demoClients(profile)[0]!.redirectUris[0]!, scenarioState, pinnedNow)
				: errorResponse(
						profile,
						code,
						pinnedNow,
						retryAfter ? { placeholders: { retryAfter } } : {},
					);
		expect(response.body).toBe(expected.body);
		for (const name of ['Content-Type', 'Location', 'Cache-Control'])
			expect(field(response.headers, name), name).toBe(field(expected.headers, name));
	});

	test('gives the same status, challenge, body and Location as the error reference', async () => {
		const response = await answer();
		const reference = (await exampleResponse(profile, code))!;
		for (const name of ['WWW-Authenticate', 'Location', 'Retry-After', 'Cache-Control'])
			expect(field(response.headers, name), name).toBe(field(reference.headers, name));
		expect([response.status, response.body]).toEqual([reference.status, reference.body]);
	});
});

test('a redirect carries the table title as error_description and the error of the table (RFC 6749 §4.1.2.1)', async () => {
	const { world } = testWorld('example-api');
	const staged = await stageScenario('invalid-scope', world);
	const { response } = await handle(staged.request, staged.world);
	const location = new URL(field(response.headers, 'Location')!);
	expect([
		response.status,
		location.searchParams.get('error'),
		location.searchParams.get('error_description'),
	]).toEqual([302, 'invalid_scope', errorCodes['invalid-scope'].title]);
});

test.each(['unknown-client', 'redirect-uri-mismatch'] as const)(
	'%s is answered with a 400, never a redirect (RFC 6749 §4.1.2.1)',
	async (code) => {
		const { world } = testWorld('example-api');
		const staged = await stageScenario(code, world);
		const { response } = await handle(staged.request, staged.world);
		expect(response.status).toBe(400);
		expect(field(response.headers, 'Location')).toBeUndefined();
	},
);

test('a scenario leaves the world it was given unchanged', async () => {
	const { world } = testWorld('leadterra');
	const before = JSON.stringify({ keys: world.keys, workspace: world.workspace });
	await stageScenario('test-key-live-only', world);
	expect(JSON.stringify({ keys: world.keys, workspace: world.workspace })).toBe(before);
});
