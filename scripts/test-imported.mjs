#!/usr/bin/env node
// `npm run test:e2e:imported`: the profiles the OpenAPI importer writes work as site pages, not
// only as files. Builds the site into dist-imported/ with the real profiles plus every golden
// profile the importer tests check in (tests/openapi/golden/: documents from @readme/oas-examples
// and Figma's own), then runs the link checker and the imported-API browser tests against it:
// each imported API's quickstart, builder, snippets and simulated 200 and 401. E2E_PORT as for
// `npm run test:e2e`; arguments after `--` go to Playwright (`npm test` counts through them).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outDir = 'dist-imported';
const sources = ['src/content/profiles', 'tests/openapi/golden'];
const specs = ['guides-links', 'apis-imported'].map((name) => `tests/e2e/${name}.spec.ts`);

// The real profiles first; a golden profile of the same file name (Figma) is the same API.
const profiles = mkdtempSync(join(tmpdir(), 'imported-profiles-'));
for (const source of sources)
	for (const file of readdirSync(source).filter((name) => name.endsWith('.yaml')))
		if (!existsSync(join(profiles, file))) copyFileSync(join(source, file), join(profiles, file));

const steps = [
	[
		'Build with the imported profiles (astro build)',
		['astro', 'build', '--outDir', outDir],
		{ PROFILES_DIR: profiles },
	],
	[
		'Browser tests on the imported APIs (playwright)',
		['playwright', 'test', ...specs, ...process.argv.slice(2)],
		{ PROFILES_DIR: profiles, E2E_DIST: outDir },
	],
];

let failed = false;
for (const [title, args, env] of /** @type {[string, string[], Record<string, string>][]} */ (
	steps
)) {
	console.log(`\n=== ${title}: ${readdirSync(profiles).length} profiles ===`);
	const { status, error } = spawnSync('npx', args, {
		stdio: 'inherit',
		env: { ...process.env, ...env },
	});
	if (error || status !== 0) {
		console.error(
			`\n${title} failed${error ? `: ${error.message}` : ` with exit code ${status}`}.`,
		);
		failed = true;
		break;
	}
}
rmSync(profiles, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
