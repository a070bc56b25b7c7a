/**
 * The example response each profile gives for an error code on /reference/errors/ and the API
 * quickstarts: the scenario for the code sets up a world on a pinned clock and the mock API's own
 * `handle` answers, so the reference shows exactly what the simulator sends, and the playground's
 * Scenario control reaches the same status, challenge and body.
 */
import type { ApiResponse } from '../lib/http/index.ts';
import type { Profile } from '../lib/profiles/index.ts';
import {
	createWorld,
	errorCodes,
	handle,
	simulatorResponse,
	type ErrorCode,
} from '../lib/mock-api/index.ts';
import { scenarioCodes, scenarioState, stageScenario } from '../lib/mock-api/scenarios/index.ts';

/** The pinned clock of the examples: 2026-01-01T00:00:00Z, in milliseconds. */
export const exampleNow = Date.UTC(2026, 0, 1);

/** The state value of the example authorization requests. */
export const exampleState = scenarioState;

/** Fixed bytes: error responses never show a random value, but a world needs a source. */
const fixedRandom = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);

/** The response `profile` sends for `code`, or undefined where it never answers with it. */
export async function exampleResponse(
	profile: Profile,
	code: ErrorCode,
): Promise<ApiResponse | undefined> {
	if (errorCodes[code].appliesTo === 'server')
		return simulatorResponse(code, exampleNow, errorCodes[code].title);
	const scenario = scenarioCodes(profile).find((candidate) => candidate === code);
	if (!scenario) return undefined;
	const world = createWorld(profile, { clock: () => exampleNow, random: fixedRandom });
	const staged = await stageScenario(scenario, world);
	return (await handle(staged.request, staged.world)).response;
}
