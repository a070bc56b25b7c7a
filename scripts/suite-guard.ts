/**
 * What may shrink the test suite, in one place: environment settings that make the runtime and
 * golden tests do less (a runtime subset, fewer generated requests, rewriting goldens instead of
 * comparing them) and tools whose absence makes tests skip (zsh, go, python3 with requests,
 * curl). Under CI=true each one is refused, so a CI run cannot pass by running less; outside CI
 * each one is reported loudly, so a local run that did less says so.
 *
 * Read by `npm test` (scripts/test-all.mjs), by Vitest's global setup, and by the runtime tests
 * for the settings themselves. Run as `node scripts/suite-guard.ts`: prints what it found; exits
 * 1 when CI=true and anything shrinks the suite. Erasable TypeScript, so Node runs it directly.
 */
import { spawnSync } from 'node:child_process';

type Runtime = 'bash' | 'zsh' | 'node' | 'python' | 'go';
export const allRuntimes: readonly Runtime[] = ['bash', 'zsh', 'node', 'python', 'go'];
/** Generated requests per runtime in the snippet property test. */
export const defaultRuns = 200;

type Env = Readonly<Record<string, string | undefined>>;

/** The settings the runtime and golden tests read, and each way they shrink the suite. */
export interface SuiteSettings {
	readonly runtimes: readonly Runtime[];
	readonly runs: number;
	readonly updateGolden: boolean;
	/** One sentence per setting that makes the suite run less than all of it. */
	readonly shrinking: readonly string[];
}

export function suiteSettings(env: Env): SuiteSettings {
	const shrinking: string[] = [];
	const listed = env['SNIPPETS_RUNTIMES'];
	const runtimes =
		listed === undefined
			? allRuntimes
			: allRuntimes.filter((runtime) => listed.split(',').includes(runtime));
	if (runtimes.length < allRuntimes.length)
		shrinking.push(
			`SNIPPETS_RUNTIMES=${listed} runs only ${runtimes.join(', ') || 'no runtime'} of ${allRuntimes.join(', ')}`,
		);
	const runsText = env['SNIPPETS_RUNS'];
	const runs = runsText === undefined ? defaultRuns : Number(runsText);
	if (!(runs >= defaultRuns))
		shrinking.push(
			`SNIPPETS_RUNS=${runsText} sends fewer generated requests than the default ${defaultRuns}`,
		);
	const updateGolden =
		env['UPDATE_GOLDEN'] !== undefined &&
		env['UPDATE_GOLDEN'] !== '' &&
		env['UPDATE_GOLDEN'] !== '0';
	if (updateGolden)
		shrinking.push(
			`UPDATE_GOLDEN=${env['UPDATE_GOLDEN']} rewrites every golden file and then compares it with itself`,
		);
	return { runtimes, runs, updateGolden, shrinking };
}

/** The tools the runtime tests run, each with the command that proves it is there. */
const tools = [
	{ name: 'zsh', command: 'zsh', args: ['--version'] },
	{ name: 'go', command: 'go', args: ['version'] },
	{ name: 'python3 with requests', command: 'python3', args: ['-c', 'import requests'] },
	{ name: 'curl', command: 'curl', args: ['--version'] },
	{ name: 'bash', command: 'bash', args: ['--version'] },
] as const;

/** Tools the runtime tests need that cannot be run with `env`'s PATH. */
export function missingTools(env: Env): string[] {
	return tools
		.filter(
			(tool) =>
				spawnSync(tool.command, [...tool.args], { env: { ...env }, stdio: 'ignore' }).status !== 0,
		)
		.map((tool) => tool.name);
}

/** Whether zsh can be run: the tests that need it skip without it (and CI refuses to run). */
export function hasZsh(env: Env): boolean {
	return spawnSync('zsh', ['--version'], { env: { ...env }, stdio: 'ignore' }).status === 0;
}

/** Everything that makes this run smaller than the whole suite, as sentences. */
export function shrinkage(env: Env): string[] {
	return [
		...suiteSettings(env).shrinking,
		...missingTools(env).map(
			(tool) => `${tool} is not installed, so the tests that run it are skipped`,
		),
	];
}

export const isCi = (env: Env): boolean =>
	env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== '0' && env['CI'] !== 'false';

/** The refusal under CI, or null when nothing shrinks the suite. */
export function ciRefusal(env: Env): string | null {
	const found = shrinkage(env);
	if (!isCi(env) || found.length === 0) return null;
	return `CI=true refuses to run a smaller suite:\n${found.map((line) => `  - ${line}`).join('\n')}\nUnset these settings and install the missing tools (.ci/run installs them).`;
}

/** The loud note for a local run that does less than the whole suite, or null. */
export function shrunkNote(env: Env): string | null {
	const found = shrinkage(env);
	if (found.length === 0) return null;
	return `!!! SHRUNK RUN: this run did less than the whole suite !!!\n${found.map((line) => `  - ${line}`).join('\n')}`;
}

if (import.meta.main) {
	const refusal = ciRefusal(process.env);
	if (refusal) {
		console.error(refusal);
		process.exit(1);
	}
	console.log(
		shrunkNote(process.env) ??
			'The whole suite will run: no shrinking setting, every runtime installed.',
	);
}
