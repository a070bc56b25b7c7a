#!/usr/bin/env node
// `npm test`: every check in order, stopping at the first failure, so a red type check is never
// hidden behind a thousand lines of later output. Each runner prints its own output; the run ends
// with one line, `N passed, N failed` (and `, N skipped` when any were), summing every step: the
// test runners count their tests (from their JSON reports), every other step counts as one check.
// `--dry` runs only the suite guard (scripts/suite-guard.ts) and lists the steps.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ciRefusal, isCi, shrunkNote } from './suite-guard.ts';

const reports = mkdtempSync(join(tmpdir(), 'test-all-'));
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');
const basePathReport = join(reports, 'playwright-base-path.json');
const importedReport = join(reports, 'playwright-imported.json');

/** Counts from Vitest's JSON report (Jest's format). */
function vitestCounts() {
	const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
	return {
		passed: report.numPassedTests,
		failed: report.numFailedTests,
		skipped: report.numPendingTests + report.numTodoTests,
	};
}

/** Counts from a Playwright JSON report; a flaky test (passed on retry) counts as passed. */
function playwrightCounts(report) {
	const { stats } = JSON.parse(readFileSync(report, 'utf8'));
	return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

// One row per step: title, command, arguments, and for a test runner how to count its tests and
// the environment it needs for that (any other step is one check).
const steps = [
	['Lockfile holds every platform (check-lockfile)', 'node', ['scripts/check-lockfile.mjs']],
	['Formatting (prettier --check)', 'npx', ['prettier', '--check', '.']],
	['No import circle in src/ (import-circles)', 'node', ['scripts/import-circles.mjs']],
	['Type check (astro check)', 'npx', ['astro', 'check']],
	[
		'Unit and runtime tests (vitest)',
		'npx',
		['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
		{ count: vitestCounts },
	],
	['Build (astro build)', 'npx', ['astro', 'build']],
	[
		'Browser tests (playwright)',
		'npx',
		['playwright', 'test', '--reporter=list,json'],
		{
			count: () => playwrightCounts(playwrightReport),
			env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
		},
	],
	[
		'Browser tests under a base path (test:e2e:base)',
		'npm',
		['run', 'test:e2e:base', '--', '--reporter=list,json'],
		{
			count: () => playwrightCounts(basePathReport),
			env: { PLAYWRIGHT_JSON_OUTPUT_NAME: basePathReport },
		},
	],
	[
		'Browser tests with the imported OpenAPI profiles (test:e2e:imported)',
		'npm',
		['run', 'test:e2e:imported', '--', '--reporter=list,json'],
		{
			count: () => playwrightCounts(importedReport),
			env: { PLAYWRIGHT_JSON_OUTPUT_NAME: importedReport },
		},
	],
];

const total = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

/** `1 min 05 s`: wall time, what a reader waits for (README gives the figure on an idle machine). */
function elapsed(since) {
	const seconds = Math.round((Date.now() - since) / 1000);
	return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

function finish(code) {
	rmSync(reports, { recursive: true, force: true });
	console.log(`\nnpm test took ${elapsed(started)}.`);
	const note = shrunkNote(process.env);
	if (note && !isCi(process.env)) console.error(`\n${note}`);
	console.log(
		`\n${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`,
	);
	process.exit(code);
}

// Under CI=true a setting that shrinks the suite, or a missing runtime, stops the run here.
const refusal = ciRefusal(process.env);
if (refusal) {
	console.error(refusal);
	total.failed++;
	finish(1);
}
total.passed++;

if (process.argv.includes('--dry')) {
	for (const [title, command, args] of steps)
		console.log(`would run: ${title}: ${command} ${args.join(' ')}`);
	finish(0);
}

for (const [title, command, args, { count, env } = {}] of steps) {
	console.log(`\n=== ${title} ===`);
	const stepStarted = Date.now();
	const { status, error } = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, ...env },
	});
	const ok = !error && status === 0;
	console.log(`(${title}: ${elapsed(stepStarted)})`);
	let counted = null;
	if (count) {
		try {
			counted = count();
		} catch {
			// No report: the runner failed before counting anything; that is one failure.
		}
	}
	if (counted) {
		total.passed += counted.passed;
		total.failed += counted.failed;
		total.skipped += counted.skipped;
		if (!ok && counted.failed === 0) total.failed++;
	} else if (ok) total.passed++;
	else total.failed++;
	if (!ok) {
		console.error(
			`\n${title} failed${error ? `: ${error.message}` : ` with exit code ${status}`}.`,
		);
		finish(typeof status === 'number' && status !== 0 ? status : 1);
	}
}
finish(0);
