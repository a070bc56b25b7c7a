/**
 * The promise the site makes: paste a generated snippet, run it, and see the simulated answer.
 * For each profile, the request the core builds (good key and bad key) goes through
 * the four snippet emitters (cURL, JavaScript, Python, Go) in both secret modes, and each snippet
 * is run by its real runtime against `npm run mock-api`. A good key gets 200 and the sample body;
 * a bad one gets 401, the profile's own body, and `invalid-api-key` in the server's log.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildProfileRequest } from '../../src/lib/auth/build-request.ts';
import type { ApiRequest, AuthorizationRecipe, Part } from '../../src/lib/http/request.ts';
import type { Profile } from '../../src/lib/profiles/index.ts';
import { localUrl } from '../../src/lib/mock-api/wire.ts';
import { emitSnippets, type SecretMode } from '../../src/lib/snippets/index.ts';
import { allRuntimes, hasZsh } from '../../scripts/suite-guard.ts';
import { loadProfiles } from '../support/profiles.ts';
import { languageOf } from './support/cases.ts';
import { startMockApi, type MockApiProcess } from './support/mock-api-process.ts';
import {
	parsePrinted,
	runSnippets,
	type CaseOutput,
	type Runtime,
	type SnippetCase,
} from './support/run-snippet.ts';

// Without zsh its tests are skipped and counted as skipped (CI refuses to run then:
// scripts/suite-guard.ts), never dropped from the list unannounced.
const zsh = hasZsh(process.env);
const runtimes: readonly Runtime[] = allRuntimes;
const ran = runtimes.filter((runtime) => runtime !== 'zsh' || zsh);
const modes: readonly SecretMode[] = ['env', 'inline'];
const profiles = [...loadProfiles().values()];

/** A key of the right shape that the API does not know: the example key with its last 4 changed. */
function badKey(profile: Profile): string {
	return `${profile.exampleKey.slice(0, -4)}0000`;
}

interface Case {
	readonly id: string;
	readonly profile: Profile;
	readonly good: boolean;
	readonly mode: SecretMode;
	readonly request: ApiRequest;
	readonly env: Record<string, string>;
}

/** `request` aimed at the local server, each secret variable suffixed so all cases share one process. */
function localCase(profile: Profile, good: boolean, mode: SecretMode, origin: string): Case {
	const id = `${profile.id.replace(/[^a-z0-9]/g, '')}${good ? 'good' : 'bad'}${mode}`;
	const built = buildProfileRequest(profile, { key: good ? profile.exampleKey : badKey(profile) });
	if (!built.ok) throw new Error(`${id}: ${built.errors.map((error) => error.message).join('; ')}`);
	const env: Record<string, string> = {};
	const move = (part: Part): Part => {
		if (typeof part === 'string') return part;
		const envVar = `${part.envVar}_${id.toUpperCase()}`;
		env[envVar] = part.value;
		return { ...part, envVar };
	};
	const recipe = built.request.authorization;
	const authorization: AuthorizationRecipe | undefined =
		recipe?.kind === 'bearer'
			? { ...recipe, token: move(recipe.token) }
			: recipe
				? { ...recipe, userId: move(recipe.userId), password: move(recipe.password) }
				: undefined;
	// A key in a named header or the query (apiKey profiles) is a secret of its own.
	const apiKey = built.request.apiKey;
	const request: ApiRequest = {
		...built.request,
		url: localUrl(profile, built.request.url, origin),
		...(authorization ? { authorization } : {}),
		...(apiKey ? { apiKey: { ...apiKey, key: move(apiKey.key) } } : {}),
	};
	return { id, profile, good, mode, request, env };
}

let server: MockApiProcess;
beforeAll(async () => {
	server = await startMockApi();
});
afterAll(() => server.stop());

describe.each(runtimes)('snippets run by %s against npm run mock-api', (runtime) => {
	let cases: Case[] = [];
	let outputs = new Map<string, CaseOutput>();
	const skip = !ran.includes(runtime);

	beforeAll(async () => {
		if (skip) return;
		cases = profiles.flatMap((profile) =>
			[true, false].flatMap((good) =>
				modes.map((mode) => localCase(profile, good, mode, server.origin)),
			),
		);
		const batch: SnippetCase[] = cases.map((item) => {
			const emitted = emitSnippets(item.request, { secrets: item.mode });
			if (!emitted.ok) throw new Error(`${item.id}: ${emitted.error.code}`);
			return {
				id: item.id,
				code: emitted.snippets[languageOf[runtime]],
				...(item.mode === 'env' ? { env: item.env } : {}),
			};
		});
		outputs = await runSnippets(runtime, batch, { goMode: 'batch' });
	}, 240_000);

	test
		.skipIf(skip)
		.each(profiles.flatMap((profile) => modes.map((mode) => [profile.id, mode] as const)))(
		'gets 200 and the sample body from %s with the example key (%s mode)',
		(id, mode) => {
			const item = cases.find(
				(candidate) => candidate.profile.id === id && candidate.good && candidate.mode === mode,
			)!;
			const output = outputs.get(item.id);
			expect(parsePrinted(runtime, output?.stdout ?? ''), output?.stderr).toEqual({
				status: 200,
				body: item.profile.sampleEndpoint.responseBody,
			});
		},
	);

	test
		.skipIf(skip)
		.each(profiles.flatMap((profile) => modes.map((mode) => [profile.id, mode] as const)))(
		'gets 401 and the profile body from %s with an unknown key (%s mode)',
		(id, mode) => {
			const item = cases.find(
				(candidate) => candidate.profile.id === id && !candidate.good && candidate.mode === mode,
			)!;
			const output = outputs.get(item.id);
			expect(parsePrinted(runtime, output?.stdout ?? ''), output?.stderr).toEqual({
				status: 401,
				body: item.profile.errors['invalid-api-key']!.body,
			});
		},
	);
});

describe('the server log after every runtime ran', () => {
	test.each(profiles.map((profile) => [profile.id, profile] as const))(
		'names invalid-api-key for each bad-key snippet sent to %s, and 200 for each good one',
		(_id, profile) => {
			const path = `/${profile.id}${new URL(profile.baseUrl).pathname.replace(/\/$/, '')}${profile.sampleEndpoint.path}`;
			const lines = server.output().split('\n');
			const count = (suffix: string) =>
				lines.filter((line) => line === `${profile.sampleEndpoint.method} ${path} ${suffix}`)
					.length;
			expect([count('401 invalid-api-key'), count('200')]).toEqual([
				ran.length * modes.length,
				ran.length * modes.length,
			]);
			expect(server.output()).not.toContain(badKey(profile));
		},
	);
});
