#!/usr/bin/env node
// `npm run test:e2e:base`: the site deployed under a base path and another origin works. Builds
// with BASE_PATH=/docs/auth and SITE_URL=https://docs.example.org into dist-base/ (dist/ is left
// alone), then runs the browser tests that follow links, share links and served headers against
// it: the link checker, the playground, share links, troubleshooting and the headers. Only those
// specs, to keep the run short; E2E_PORT as for `npm run test:e2e`. Arguments after `--` go to
// Playwright (`npm test` passes `--reporter=list,json` to count the tests).
import { spawnSync } from 'node:child_process';

const basePath = '/docs/auth';
const siteUrl = 'https://docs.example.org';
const outDir = 'dist-base';
const specs = [
	'guides-links',
	'playground-builder',
	'playground-api-key',
	'playground-response',
	'playground-share',
	'troubleshooting',
	'deploy-headers',
].map((name) => `tests/e2e/${name}.spec.ts`);

const steps = [
	[
		'Build under a base path (astro build)',
		['astro', 'build', '--outDir', outDir],
		{ BASE_PATH: basePath, SITE_URL: siteUrl },
	],
	[
		'Browser tests under the base path (playwright)',
		['playwright', 'test', ...specs, ...process.argv.slice(2)],
		{ E2E_DIST: outDir, E2E_BASE_PATH: basePath, E2E_SITE_URL: siteUrl },
	],
];

for (const [title, args, env] of /** @type {[string, string[], Record<string, string>][]} */ (
	steps
)) {
	console.log(
		`\n=== ${title}: ${Object.entries(env)
			.map(([name, value]) => `${name}=${value}`)
			.join(' ')} ===`,
	);
	const { status, error } = spawnSync('npx', args, {
		stdio: 'inherit',
		env: { ...process.env, ...env },
	});
	if (error || status !== 0) {
		console.error(
			`\n${title} failed${error ? `: ${error.message}` : ` with exit code ${status}`}.`,
		);
		process.exit(typeof status === 'number' && status !== 0 ? status : 1);
	}
}
console.log(`\nThe site works under ${siteUrl}${basePath}/.`);
