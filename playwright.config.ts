import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser.ts';

// Browser tests run against the built site (`astro preview`), never the dev server, so they test
// what ships. PORT lets parallel worktrees run their suites side by side.
const port = Number(process.env['E2E_PORT'] ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunchOptions,
		trace: 'off',
	},
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
