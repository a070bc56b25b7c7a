/**
 * Where the site under test was built and is served: the browser tests run against `dist/` at
 * the root by default, and against another build under a base path (`npm run test:e2e:base`)
 * when E2E_DIST, E2E_BASE_PATH and E2E_SITE_URL say so. Specs name pages root-relative
 * (`/playground/`) and go through `sitePage`, as the site's own components do.
 */
import { join } from 'node:path';
import { normalizeBase, sitePath } from '../../../src/lib/site-path.ts';

/** The built site's folder, absolute. */
export const distDir = join(
	import.meta.dirname,
	'..',
	'..',
	'..',
	process.env['E2E_DIST'] ?? 'dist',
);

/** The base path the site was built with (BASE_PATH), normalised: `/` or `/docs/auth/`. */
export const basePath = normalizeBase(process.env['E2E_BASE_PATH'] ?? '/');

/** The SITE_URL the site was built with: canonical links and llms.txt point there. */
export const siteUrl = process.env['E2E_SITE_URL'] ?? 'https://auth-playground.dev';

/** A page's path on the server under test: `/playground/` → `/docs/auth/playground/`. */
export function sitePage(path: string): string {
	return sitePath(basePath, path);
}
