/**
 * What the response panel's buttons hand the simulated API. Send: the built request, or, with a
 * scenario chosen, the world and request the scenario sets up (src/lib/mock-api/scenarios), on
 * a copy of the page's world so that trying "sandbox off" does not switch the sandbox off for
 * the rest of the page. Send as typed: the request exactly as typed. The mock API and the
 * scenarios are loaded on first use, as page-world.ts loads the mock API.
 */
import type { ApiResponse } from '../../lib/http/index.ts';
import { typedStateRequest } from '../../lib/share/index.ts';
import { pageWorld } from '../kit/page-world.ts';
import type { Snapshot } from '../kit/playground-store.ts';
import { normalScenario } from './scenario-choice.ts';

export interface Answer {
	readonly response: ApiResponse;
	/** What the scenario set up, for the reader; absent for a plain Send. */
	readonly note?: string;
}

/** Sends the snapshot's request (built, or `typed`) or plays its scenario; null when there is nothing to send. */
export async function sendFor(snapshot: Snapshot, typed: boolean): Promise<Answer | null> {
	const { state, profile, built } = snapshot;
	const world = await pageWorld(profile);
	if (state.scenario !== normalScenario) {
		const [{ isScenarioCode, stageScenario }, { handle }] = await Promise.all([
			import('../../lib/mock-api/scenarios/index.ts'),
			import('../../lib/mock-api/index.ts'),
		]);
		if (isScenarioCode(state.scenario)) {
			const staged = await stageScenario(state.scenario, world.world);
			return { response: (await handle(staged.request, staged.world)).response, note: staged.note };
		}
	}
	if (typed) return { response: await world.send(typedStateRequest(state, profile)) };
	return built.request ? { response: await world.send(built.request) } : null;
}
