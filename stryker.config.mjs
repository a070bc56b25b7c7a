// @ts-check
/**
 * Mutation testing of the core (`npm run mutation`, driven by scripts/mutation.mjs, which runs one
 * src/lib folder at a time, named in MUTATION_FOLDER). Each folder has its own incremental file
 * and report. The test set is the unit tests only (vitest.mutation.config.ts). One test process:
 * the machine is shared.
 */
const folder = process.env['MUTATION_FOLDER'] ?? 'share';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	mutate: [`src/lib/${folder}/**/*.ts`],
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts' },
	plugins: ['@stryker-mutator/vitest-runner', './scripts/stryker-prose-ignorer.mjs'],
	// Prose is not code: the sentences a finding, error or refusal shows a reader (titles, messages,
	// fixes, details) are checked by the content tests and the own-words tests, not by their exact
	// letters here. scripts/stryker-prose-ignorer.mjs names exactly which strings count as prose;
	// every other string, and every expression around a prose string, is still mutated.
	ignorers: ['prose'],
	coverageAnalysis: 'perTest',
	// Stryker writes `// @ts-nocheck` into sandbox files it type-checks around; by default that
	// includes .mjs files, and tests/golden/*.mjs are compared byte for byte. Only the mutated code.
	disableTypeChecks: 'src/lib/**/*.ts',
	concurrency: Number(process.env['MUTATION_CONCURRENCY'] ?? 1),
	// A static mutant (a module-level table or constant) runs every test that imports the module:
	// in src/lib/auth that is 1,900 tests a mutant, hours on this machine. They are left out of the
	// run and reported as Ignored; `npm run mutation` prints how many, beside each score.
	ignoreStatic: true,
	incremental: true,
	incrementalFile: `reports/mutation/${folder}.incremental.json`,
	reporters: ['clear-text', 'progress', 'json'],
	jsonReporter: { fileName: `reports/mutation/${folder}.json` },
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
	thresholds: { high: 90, low: 85, break: null },
	timeoutMS: 20_000,
};
