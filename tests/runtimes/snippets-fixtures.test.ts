import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SecretMode } from '../../src/lib/snippets/index.ts';
import { hasZsh, suiteSettings } from '../../scripts/suite-guard.ts';
import { receivedFor, retarget, snippetCase, type CaseRequest } from './support/cases.ts';
import { deliveryProblems } from './support/delivery.ts';
import { startRecordingServer, type RecordingServer } from './support/recording-server.ts';
import { requestFixtures } from './support/request-fixtures.ts';
import { runSnippets, type CaseOutput } from './support/run-snippet.ts';

// Every fixture (RFC vectors, hostile values, 10,000-character keys) in both secret modes, run by
// each real runtime against a server that records the bytes. zsh runs when it is installed.
// Without zsh its tests skip (CI refuses to run then: scripts/suite-guard.ts).
const zsh = hasZsh(process.env);
// SNIPPETS_RUNTIMES=node,go runs only those runtimes (for a quick loop while working on one emitter;
// refused under CI, reported as a shrunk run otherwise).
const { runtimes } = suiteSettings(process.env);
const modes: readonly SecretMode[] = ['env', 'inline'];

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

describe.each(runtimes)('%s', (runtime) => {
	const cases = new Map<string, { readonly item: CaseRequest; readonly mode: SecretMode }>();
	let outputs: Map<string, CaseOutput>;

	beforeAll(async () => {
		if (runtime === 'zsh' && !zsh) return;
		const batch = [];
		for (const mode of modes) {
			for (const [index, fixture] of requestFixtures(canary).entries()) {
				const id = `${runtime}${mode}${index}`;
				const item = retarget(fixture.request, server.origin, id);
				cases.set(`${fixture.name} ${mode}`, { item, mode });
				batch.push(snippetCase(runtime, item, mode));
			}
		}
		outputs = await runSnippets(runtime, batch);
	}, 240_000);

	test
		.skipIf(runtime === 'zsh' && !zsh)
		.each(requestFixtures('').flatMap(({ name }) => modes.map((mode) => `${name} ${mode}`)))(
		'delivers %s mode byte-exact',
		(key) => {
			const { item } = cases.get(key)!;
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

	test.skipIf(runtime === 'zsh' && !zsh)('runs no command hidden in a value', () => {
		expect(existsSync(canary)).toBe(false);
	});
});

// The batch above renames each Go snippet's main; these run unchanged, each as its own program.
describe.runIf(runtimes.includes('go'))('go programs', () => {
	const picks = [
		'core-oauth-client-credentials-basic env',
		'basic-hostile env',
		'json-body-hostile inline',
		'headers-unusual inline',
	];

	test.each(picks)(
		'builds and runs %s mode as a complete program',
		async (key) => {
			const [name, mode] = key.split(' ') as [string, SecretMode];
			const fixture = requestFixtures(canary).find((candidate) => candidate.name === name)!;
			const item = retarget(fixture.request, server.origin, `goprogram${picks.indexOf(key)}`);
			const outputs = await runSnippets('go', [snippetCase('go', item, mode)], {
				goMode: 'programs',
			});
			expect(
				deliveryProblems(
					'go',
					item.request,
					receivedFor(server.requests, item.id),
					outputs.get(item.id),
				),
			).toEqual([]);
			expect(existsSync(canary)).toBe(false);
		},
		120_000,
	);
});
