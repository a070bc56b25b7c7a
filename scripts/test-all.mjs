#!/usr/bin/env node
// `npm test`: every check in order, stopping at the first failure, so a red type check is never
// hidden behind a thousand lines of later output. Each runner prints its own summary last.
import { spawnSync } from 'node:child_process';

const steps = [
	['Lockfile holds every platform (check-lockfile)', 'node', ['scripts/check-lockfile.mjs']],
	['Formatting (prettier --check)', 'npx', ['prettier', '--check', '.']],
	['No import circle in src/ (import-circles)', 'node', ['scripts/import-circles.mjs']],
	['Type check (astro check)', 'npx', ['astro', 'check']],
	['Unit and runtime tests (vitest)', 'npx', ['vitest', 'run']],
	['Build (astro build)', 'npx', ['astro', 'build']],
	['Browser tests (playwright)', 'npx', ['playwright', 'test']],
	['Browser tests under a base path (test:e2e:base)', 'npm', ['run', 'test:e2e:base']],
];

for (const [title, command, args] of steps) {
	console.log(`\n=== ${title} ===`);
	const { status, error } = spawnSync(command, args, { stdio: 'inherit' });
	if (error || status !== 0) {
		console.error(
			`\n${title} failed${error ? `: ${error.message}` : ` with exit code ${status}`}.`,
		);
		process.exit(typeof status === 'number' && status !== 0 ? status : 1);
	}
}
console.log('\nAll checks passed.');
