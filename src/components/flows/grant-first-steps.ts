/**
 * Build time: each step of a grant as the grants element first draws it, from the same core
 * (stepRequest, then stepSnippets, as the element does), so the server's HTML already holds the
 * snippets. A reader without JavaScript gets them, as the island's notice promises, and nothing
 * grows when the flow loads: the first snippet used to arrive 136 px tall at 390 px wide as the
 * reader scrolled to it.
 *
 * The authorization request is made with placeholder bytes. Its snippet is a small program that
 * makes its own state and verifier, so no value of them is in the text: the browser's request, made
 * with fresh bytes, gives the same snippets (tests/unit/flows-grant-first-steps.test.ts).
 */
import {
	grantSteps,
	newSession,
	startAuthorization,
	stepRequest,
	withAuthorization,
	type FlowGrant,
	type FlowStep,
	type GrantSettings,
} from '../../lib/flows/index.ts';
import { createWorld } from '../../lib/mock-api/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';
import type { RandomBytes } from '../../lib/auth/index.ts';
import type { Language } from '../../lib/share/index.ts';
import type { FixOf, SnippetOutcome } from '../kit/snippet-outcome.ts';
import { stepSnippets } from './grant-step-snippets.ts';

/**
 * Bytes that are all zero: enough to give an authorization request its shape at build time (here,
 * and OAuthFlow.astro's URL before its stand-ins go in).
 */
export const placeholderBytes: RandomBytes = (length) => new Uint8Array(length);

/** The snippets of each step of `grant` before anything has run, or why a step has none yet. */
export async function firstSteps(
	profile: Profile,
	grant: FlowGrant,
	settings: GrantSettings,
	fixOf: FixOf,
	random: RandomBytes = placeholderBytes,
): Promise<Map<FlowStep, Record<Language, SnippetOutcome>>> {
	const world = createWorld(profile, { clock: () => 0, random });
	const pending = await startAuthorization(
		profile,
		{
			clientId: settings.client.clientId,
			clientSecret: '',
			redirectUri: settings.redirectUri,
			scopes: settings.scopes.join(' '),
			method: 'client_secret_basic',
			legacyPlain: false,
		},
		random,
		() => 0,
	);
	const session = withAuthorization(newSession(world), pending ?? undefined);
	return new Map(
		grantSteps[grant].map((step) => [
			step,
			stepSnippets(stepRequest(session, step, settings), true, fixOf),
		]),
	);
}
