import { defineConfig } from 'vitest/config';

// src/lib is pure: tests run in Node, where any DOM access fails loudly.
export default defineConfig({
	test: {
		environment: 'node',
		include: ['tests/unit/**/*.test.ts', 'tests/runtimes/**/*.test.ts'],
		testTimeout: 30_000,
		// Hooks start real servers (npm run mock-api, Go builds); on a busy two-core machine that takes seconds.
		hookTimeout: 90_000,
	},
});
