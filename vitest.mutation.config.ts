import { defineConfig } from 'vitest/config';

// The test set Stryker (stryker.config.mjs) runs against each mutant of one src/lib folder: the
// unit tests written for that folder (their names start with it), in Node as in vitest.config.ts.
// A mutant must be caught by its own folder's tests, not by chance in a distant one, and the run
// stays within reach of a shared two-core machine (every unit test importing src/lib/auth is
// 1,900 tests). The runtime tests never run here: a mutant must never reach a real runtime.
const testsOf: Record<string, readonly string[]> = {
	share: ['share-'],
	auth: ['auth-', 'base64'],
	snippets: ['snippets-'],
	'mock-api': ['mock-'],
};
const folder = process.env['MUTATION_FOLDER'] ?? 'share';

export default defineConfig({
	test: {
		environment: 'node',
		// Instrumented code under a shared machine's load runs property tests several times slower.
		testTimeout: 60_000,
		include: (testsOf[folder] ?? ['']).map((prefix) => `tests/unit/${prefix}*.test.ts`),
	},
});
