import { defineConfig } from 'vitest/config';

// The test set Stryker (stryker.config.mjs) runs against each mutant: the unit tests only, in
// Node as in vitest.config.ts. The runtime tests start servers and toolchains (minutes a run) and
// a mutant must never reach a real runtime; the tests that spawn processes or read the lockfile
// judge no code in src/lib.
export default defineConfig({
	test: {
		environment: 'node',
		// Instrumented code under a shared machine's load runs property tests several times slower.
		testTimeout: 60_000,
		include: ['tests/unit/**/*.test.ts'],
		exclude: ['tests/unit/suite-guard.test.ts', 'tests/unit/lockfile-portable.test.ts', 'tests/unit/import-circles.test.ts'],
	},
});
