// Every page of the built sitemap with its JS weight and whether it carries an island, and one page
// per page type for Lighthouse (which takes about 20 s a run, so it cannot visit all of them).
// An island is one of our custom elements (`<ap-…>`) in the page's HTML: the budget of a page with
// one is 15 KB of our JS at load, of a page without one 0 (which also catches a script leaking
// onto every page). New guides, APIs and islands are measured without editing the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from '../tests/e2e/support/sitemap.ts';
import { pageJsWeight } from './js-weight.mjs';

/** The built HTML file of a sitemap path. */
function htmlFile(dist, path) {
	return join(dist, path, 'index.html');
}

/** Whether built HTML carries one of our islands (custom elements are named `ap-…`). */
export function hasIsland(html) {
	return /<ap-[a-z-]+[\s>]/.test(html);
}

/** The page type of a sitemap path (the landing page, a guide, an API's quickstart, …). */
export function pageTypeOf(path) {
	if (path === '/') return 'landing';
	if (path === '/playground/') return 'playground';
	if (path === '/troubleshooting/') return 'troubleshooting';
	if (path === '/apis/') return 'API index';
	if (/^\/apis\/[^/]+\/$/.test(path)) return 'API quickstart';
	if (path.startsWith('/guides/')) return 'guide';
	if (path.startsWith('/reference/')) return 'reference';
	return 'other';
}

/** `{ path, type, island, raw, gzip, ours, files }` for every page of the built sitemap. */
export function everyPageWeight(dist, origins) {
	return sitemapPaths().map((path) => {
		const file = htmlFile(dist, path);
		return {
			path,
			type: pageTypeOf(path),
			island: hasIsland(readFileSync(file, 'utf8')),
			...pageJsWeight(dist, file, origins),
		};
	});
}

/** The page with the largest (`pick = 1`) or smallest (`pick = -1`) our-JS among `pages`. */
function byOurJs(pages, pick) {
	return pages.reduce(
		(best, page) =>
			best === undefined || pick * (page.ours.gzip - best.ours.gzip) > 0 ? page : best,
		undefined,
	);
}

/** `[{ type, page }]`: the page standing for each page type in Lighthouse (`page` undefined when none exists). */
export function pageTypes(pages) {
	const at = (path) => pages.find((page) => page.path === path);
	const guides = pages.filter((page) => page.type === 'guide');
	const withIsland = byOurJs(
		guides.filter((page) => page.island),
		1,
	);
	return [
		{ type: 'landing', page: at('/') },
		{ type: 'guide with island', page: withIsland },
		{
			type: 'guide without islands',
			page: byOurJs(
				guides.filter((page) => !page.island),
				-1,
			),
		},
		{ type: 'playground', page: at('/playground/') },
		{ type: 'troubleshooting', page: at('/troubleshooting/') },
		{ type: 'API index', page: at('/apis/') },
		{
			type: 'API quickstart',
			page: byOurJs(
				pages.filter((page) => page.type === 'API quickstart'),
				1,
			),
		},
		{ type: 'error reference', page: at('/reference/errors/') },
	];
}
