/**
 * Scenarios: every answer a simulated API documents, produced on demand. `stageScenario` takes a
 * world and an error code and returns the world set up for it (sandbox off, key revoked, token
 * expired, bucket emptied, …) with the request that meets it; `handle` then answers, so what a
 * reader sees is the simulator's own answer, never a canned one. A scenario's code is not secret:
 * it travels in share links. Pure: the world's clock and random source are the only inputs.
 */
import type { Profile } from '../../profiles/index.ts';
import { codesFor } from '../applicable-codes.ts';
import type { errorCodes, ErrorCode } from '../error-codes.ts';
import type { World } from '../world.ts';
import { deviceScenarios } from './device.ts';
import { oauthScenarios } from './oauth.ts';
import { profileKeyRequest, type KeyRequest } from './requests.ts';
import { resourceScenarios } from './resource.ts';
import type { Staged } from './types.ts';

export type { Staged } from './types.ts';
export { profileKeyRequest, type KeyRequest } from './requests.ts';
export { scenarioState } from './oauth.ts';

/** The codes only the HTTP server answers (no world can make `handle` give them). */
type ServerCode = {
	[K in ErrorCode]: (typeof errorCodes)[K]['appliesTo'] extends 'server' ? K : never;
}[ErrorCode];
/** Every code a scenario can produce. */
export type ScenarioCode = Exclude<ErrorCode, ServerCode>;

type Stage = (world: World, build: KeyRequest) => Staged | Promise<Staged>;

const stages: Record<ScenarioCode, Stage> = {
	...resourceScenarios,
	...oauthScenarios,
	...deviceScenarios,
} satisfies Record<ScenarioCode, Stage>;

/** The scenario value of the normal answer (no error): the request as built, the world as it is. */
export const normalScenario = 'normal';

/** The codes a reader can ask `profile` for, in the table's order (the applicable codes). */
export function scenarioCodes(profile: Profile): ScenarioCode[] {
	return codesFor(profile).filter((code): code is ScenarioCode => Object.hasOwn(stages, code));
}

/** Whether `value` names a scenario of some profile (for input from a URL). */
export function isScenarioCode(value: string): value is ScenarioCode {
	return Object.hasOwn(stages, value);
}

/**
 * The world and request with which `handle` answers `code`. `build` makes the sample request
 * presenting a key (default: the form the profile's docs describe). The world passed in is not
 * changed; callers that only want to show the answer discard the world `handle` returns.
 */
export async function stageScenario(
	code: ScenarioCode,
	world: World,
	build: KeyRequest = profileKeyRequest(world.profile),
): Promise<Staged> {
	return stages[code](world, build);
}
