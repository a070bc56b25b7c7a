import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser.ts';
import { sitePath } from './src/lib/site-path.ts';

// Browser tests run against the built site, never the dev server, so they test what ships: served
// by scripts/preview.mjs with the headers the build wrote to `_headers`, as a static host sends
// them. E2E_PORT lets parallel worktrees run their suites side by side; E2E_DIST and E2E_BASE_PATH
// point the tests at a build under a base path (tests/e2e/support/site.ts, `npm run test:e2e:base`).
const port = Number(process.env['E2E_PORT'] ?? 4321);
const dist = process.env['E2E_DIST'] ?? 'dist';
const basePath = process.env['E2E_BASE_PATH'] ?? '/';

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
		command: `npx node scripts/preview.mjs --dir ${dist} --host 127.0.0.1 --port ${port}`,
		env: { BASE_PATH: basePath },
		url: `http://127.0.0.1:${port}${sitePath(basePath, '/')}`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
