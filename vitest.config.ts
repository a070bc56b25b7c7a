import { defineConfig } from 'vitest/config';

// src/lib is pure: tests run in Node, where any DOM access fails loudly.
export default defineConfig({
	test: {
		environment: 'node',
		include: ['tests/unit/**/*.test.ts', 'tests/runtimes/**/*.test.ts'],
		// Under CI=true, refuses settings that shrink the suite; outside CI, says when a run is shrunk.
		globalSetup: ['tests/support/suite-guard-setup.ts'],
		// Runtime tests run real toolchains (go vet, go build, python3); under load one can take a minute.
		testTimeout: 120_000,
		// Hooks start real servers (npm run mock-api, Go builds); on a busy two-core machine that takes seconds.
		hookTimeout: 90_000,
	},
});
