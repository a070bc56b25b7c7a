/**
 * The suite cannot be shrunk in CI: each setting that makes the tests do less, and each missing
 * runtime, is refused under CI=true by the guard, by `npm test` (its `--dry` mode runs only the
 * guard) and by Vitest's global setup; outside CI the same run passes and says loudly that it was
 * shrunk. Each check spawns the real command with the variable set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { suiteSettings } from '../../scripts/suite-guard.ts';

const root = join(import.meta.dirname, '..', '..');
const node = process.execPath;
// Only Node on PATH: every tool the runtime tests need is missing.
const bare = mkdtempSync(join(tmpdir(), 'suite-guard-path-'));
symlinkSync(node, join(bare, 'node'));
afterAll(() => rmSync(bare, { recursive: true, force: true }));

/** The environment of this process without any setting the guard reads, plus `extra`. */
function envWith(extra: Record<string, string>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env))
		if (
			value !== undefined &&
			!['CI', 'SNIPPETS_RUNTIMES', 'SNIPPETS_RUNS', 'UPDATE_GOLDEN'].includes(name)
		)
			env[name] = value;
	return { ...env, ...extra };
}

function run(args: string[], extra: Record<string, string>) {
	const result = spawnSync(node, args, {
		cwd: root,
		env: envWith(extra),
		encoding: 'utf8',
		timeout: 120_000,
	});
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`,
		lastLine: result.stdout.trimEnd().split('\n').at(-1),
	};
}

const shrinking: [string, Record<string, string>, string][] = [
	[
		'a runtime subset',
		{ SNIPPETS_RUNTIMES: 'node,go' },
		'SNIPPETS_RUNTIMES=node,go runs only node, go of bash, zsh, node, python, go',
	],
	[
		'no generated requests',
		{ SNIPPETS_RUNS: '0' },
		'SNIPPETS_RUNS=0 sends fewer generated requests than the default 200',
	],
	[
		'fewer generated requests',
		{ SNIPPETS_RUNS: '20' },
		'SNIPPETS_RUNS=20 sends fewer generated requests than the default 200',
	],
	[
		'a run count that is not a number',
		{ SNIPPETS_RUNS: 'many' },
		'SNIPPETS_RUNS=many sends fewer generated requests',
	],
	[
		'a golden update',
		{ UPDATE_GOLDEN: '1' },
		'UPDATE_GOLDEN=1 rewrites every golden file and then compares it with itself',
	],
	['missing runtimes', { PATH: bare }, 'zsh is not installed'],
];

describe('the suite guard (node scripts/suite-guard.ts)', () => {
	test.each(shrinking)('refuses %s under CI=true, with the reason', (_name, extra, message) => {
		const { status, output } = run(['scripts/suite-guard.ts'], { ...extra, CI: 'true' });
		expect(output).toContain('CI=true refuses to run a smaller suite');
		expect(output).toContain(message);
		expect(status).toBe(1);
	});

	test('names every missing tool, not only the first', () => {
		const { output } = run(['scripts/suite-guard.ts'], { PATH: bare, CI: 'true' });
		for (const tool of ['zsh', 'go', 'python3 with requests', 'curl', 'bash'])
			expect(output).toContain(`  - ${tool} is not installed`);
	});

	test.each(shrinking)(
		'lets %s run outside CI and says loudly that the run is shrunk',
		(_name, extra, message) => {
			const { status, output } = run(['scripts/suite-guard.ts'], extra);
			expect(output).toContain('!!! SHRUNK RUN');
			expect(output).toContain(message);
			expect(status).toBe(0);
		},
	);

	test('accepts the whole suite under CI=true, the default and larger settings included', () => {
		const { status, output } = run(['scripts/suite-guard.ts'], {
			CI: 'true',
			SNIPPETS_RUNS: '500',
			SNIPPETS_RUNTIMES: 'bash,zsh,node,python,go',
			UPDATE_GOLDEN: '0',
		});
		expect([status, output.trim()]).toEqual([
			0,
			'The whole suite will run: no shrinking setting, every runtime installed.',
		]);
	});
});

describe('npm test (scripts/test-all.mjs --dry: the guard only, no step run)', () => {
	test.each(shrinking)(
		'refuses %s under CI=true and counts it as a failure',
		(_name, extra, message) => {
			const { status, output, lastLine } = run(['scripts/test-all.mjs', '--dry'], {
				...extra,
				CI: 'true',
			});
			expect(output).toContain(message);
			expect(lastLine).toBe('0 passed, 1 failed');
			expect(status).toBe(1);
			expect(output).not.toContain('would run:');
		},
	);

	test('ends a shrunk local run with the loud note and then the count line', () => {
		const { status, output, lastLine } = run(['scripts/test-all.mjs', '--dry'], {
			SNIPPETS_RUNS: '20',
		});
		expect(status).toBe(0);
		expect(lastLine).toBe('1 passed, 0 failed');
		expect(output).toContain('!!! SHRUNK RUN');
	});
});

describe('Vitest under CI=true', () => {
	test('refuses a shrinking setting before running any test', () => {
		const { status, output } = run(
			[join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/unit/base64.test.ts'],
			{ CI: 'true', SNIPPETS_RUNS: '0' },
		);
		expect(output).toContain('CI=true refuses to run a smaller suite');
		expect(output).toContain('SNIPPETS_RUNS=0 sends fewer generated requests than the default 200');
		expect(output).not.toMatch(/Tests\s+\d+ passed/);
		expect(status).not.toBe(0);
	});
});

describe('suite settings', () => {
	test.each([
		[{}, ['bash', 'zsh', 'node', 'python', 'go'], 200, false],
		[{ SNIPPETS_RUNTIMES: 'go,node,cobol' }, ['node', 'go'], 200, false],
		[{ SNIPPETS_RUNS: '300' }, ['bash', 'zsh', 'node', 'python', 'go'], 300, false],
		[{ UPDATE_GOLDEN: '1' }, ['bash', 'zsh', 'node', 'python', 'go'], 200, true],
		[{ UPDATE_GOLDEN: '' }, ['bash', 'zsh', 'node', 'python', 'go'], 200, false],
	])('reads %o as runtimes %j, %i runs, golden update %s', (env, runtimes, runs, updateGolden) => {
		expect(suiteSettings(env)).toMatchObject({ runtimes, runs, updateGolden });
	});
});
