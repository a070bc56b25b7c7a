import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ApiRequest } from '../../src/lib/http/request.ts';
import type { SecretMode } from '../../src/lib/snippets/index.ts';
import { apiKeyFixtures, headerKey, queryKey } from './support/api-key-fixtures.ts';
import { receivedFor, retarget, snippetCase, type CaseRequest } from './support/cases.ts';
import { deliveryProblems } from './support/delivery.ts';
import { anyText, headerText } from './support/generated-requests.ts';
import { startRecordingServer, type RecordingServer } from './support/recording-server.ts';
import { secret } from './support/request-fixtures.ts';
import { runSnippets, type CaseOutput } from './support/run-snippet.ts';

// API keys in a named header or query parameter: the fixtures (hostile shell text, Unicode with
// line breaks in a query, 10,000 characters) and random keys, in both secret modes, run by each
// real runtime against a server that records the bytes. A query key is encoded by each language's
// own URL encoder, so the expected target is per runtime (delivery.ts), and its decoded value must
// be the key. Replay random keys with SNIPPETS_SEED=<seed>; SNIPPETS_RUNS sets how many (default 60).
const seed = Number(process.env.SNIPPETS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(process.env.SNIPPETS_RUNS ?? 60);
const hasZsh = spawnSync('zsh', ['--version']).status === 0;
const runtimes = (['bash', 'zsh', 'node', 'python', 'go'] as const).filter(
	(runtime) => process.env.SNIPPETS_RUNTIMES?.split(',').includes(runtime) ?? true,
);
const modes: readonly SecretMode[] = ['env', 'inline'];
console.log(
	`api key snippet seed: ${seed} (replay: SNIPPETS_SEED=${seed} npx vitest run tests/runtimes/snippets-api-key.test.ts)`,
);

let server: RecordingServer;
let canaryDir: string;
let canary: string;

beforeAll(async () => {
	server = await startRecordingServer();
	canaryDir = mkdtempSync(join(tmpdir(), 'snippets-canary-'));
	canary = join(canaryDir, 'canary');
});

afterAll(async () => {
	await server.close();
	rmSync(canaryDir, { recursive: true, force: true });
});

const headerNames = fc.constantFrom(
	'X-API-Key',
	'api-key',
	'X-Auth-Token',
	'apikey',
	'X-RapidAPI-Key',
);
const queryNames = fc.constantFrom('api_key', 'key', 'apikey', 'access_key', 'appid', 'token');

/** A random key in a random header or query parameter, with the hostile pieces mixed in. */
function anyKeyRequest(canaryPath: string): fc.Arbitrary<ApiRequest> {
	return fc.oneof(
		fc
			.tuple(headerNames, headerText(canaryPath, 1))
			.map(([name, key]) =>
				headerKey('https://api.example.com/v1/users/me', name, secret(key, 'API_KEY')),
			),
		fc
			.tuple(queryNames, anyText(canaryPath, 1), fc.boolean())
			.map(([name, key, withQuery]) =>
				queryKey(
					`https://api.example.com/v1/users/me${withQuery ? '?fields=id,name' : ''}`,
					name,
					secret(key, 'API_KEY'),
				),
			),
	);
}

describe.each(runtimes)('%s', (runtime) => {
	const skip = runtime === 'zsh' && !hasZsh;
	const cases = new Map<string, CaseRequest>();
	const random: { readonly item: CaseRequest; readonly mode: SecretMode }[] = [];
	let outputs: Map<string, CaseOutput>;

	beforeAll(async () => {
		if (skip) return;
		const batch = [];
		for (const mode of modes) {
			for (const [index, fixture] of apiKeyFixtures(canary).entries()) {
				const item = retarget(fixture.request, server.origin, `k${runtime}${mode}${index}`);
				cases.set(`${fixture.name} ${mode}`, item);
				batch.push(snippetCase(runtime, item, mode));
			}
			for (const [index, request] of fc
				.sample(anyKeyRequest(canary), { seed, numRuns: runs })
				.entries()) {
				const item = retarget(request, server.origin, `r${runtime}${mode}${index}`);
				random.push({ item, mode });
				batch.push(snippetCase(runtime, item, mode));
			}
		}
		outputs = await runSnippets(runtime, batch, { goMode: 'batch' });
	}, 240_000);

	test
		.skipIf(skip)
		.each(apiKeyFixtures('').flatMap(({ name }) => modes.map((mode) => `${name} ${mode}`)))(
		'delivers %s mode byte-exact',
		(key) => {
			const item = cases.get(key)!;
			expect(
				deliveryProblems(
					runtime,
					item.request,
					receivedFor(server.requests, item.id),
					outputs.get(item.id),
				),
			).toEqual([]);
		},
	);

	test.skipIf(skip)(`delivers ${runs} random keys per mode byte-exact (seed ${seed})`, () => {
		const failures = random.flatMap(({ item, mode }) => {
			const problems = deliveryProblems(
				runtime,
				item.request,
				receivedFor(server.requests, item.id),
				outputs.get(item.id),
			);
			return problems.length === 0 ? [] : [{ mode, request: item.request, problems }];
		});
		expect(
			failures.slice(0, 3),
			`${failures.length} of ${random.length} failed; seed ${seed}`,
		).toEqual([]);
	});

	test.skipIf(skip)('runs no command hidden in a key', () => {
		expect(existsSync(canary)).toBe(false);
	});
});
