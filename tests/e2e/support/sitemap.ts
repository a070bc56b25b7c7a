// The pages a site-wide browser check visits: every URL of the built sitemap, as a path on the
// preview server, so a page added by anyone is covered the moment it is built. Plus the 404 page,
// which a sitemap never lists but a reader still sees.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { basePath, distDir as dist, sitePage } from './site.ts';

const locs = /<loc>([^<]+)<\/loc>/g;

/** The `<loc>` values of one sitemap file in `dist`. */
function readLocs(file: string): string[] {
	return [...readFileSync(join(dist, file), 'utf8').matchAll(locs)].map((match) => match[1] ?? '');
}

/** Paths (origin stripped) of every page in the built sitemap, in sitemap order. */
export function sitemapPaths(): string[] {
	const index = 'sitemap-index.xml';
	if (!existsSync(join(dist, index)))
		throw new Error(`dist/${index} is missing: run \`npx astro build\` first.`);
	const sitemaps = readLocs(index).map((loc) => new URL(loc).pathname.slice(basePath.length));
	const paths = sitemaps.flatMap(readLocs).map((loc) => new URL(loc).pathname);
	if (paths.length === 0) throw new Error('The built sitemap lists no pages.');
	return paths;
}

/** A path no page answers, so the preview server serves the 404 page. */
export const notFoundPath = sitePage('/this-page-does-not-exist/');

/** Every path a site-wide check visits: the sitemap plus the 404 page. */
export function everyPagePath(): string[] {
	return [...sitemapPaths(), notFoundPath];
}

/** Paths, relative to `dist`, of every HTML file the build wrote, for checks that read what ships. */
export function distHtmlFiles(): string[] {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html'),
	);
	return files.sort();
}

/** The text of one built file, by its path relative to `dist`. */
export function readDist(file: string): string {
	return readFileSync(join(dist, file), 'utf8');
}
