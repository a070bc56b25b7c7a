// Picks one page per page type from the built sitemap, so new guides and islands are measured
// without editing the bench. Guides are told apart by what they ship: the guide with the most of
// our JS stands for "guide with island", the one with the least for "guide without islands"
// (its budget is 0 bytes, which also catches a script leaking onto every page).
import { join } from 'node:path';
import { sitemapPaths } from '../tests/e2e/support/sitemap.ts';
import { pageJsWeight } from './js-weight.mjs';

/** The built HTML file of a sitemap path. */
function htmlFile(dist, path) {
	return join(dist, path, 'index.html');
}

/** `{ path, raw, gzip, ours, files }` for every page of the built sitemap. */
export function everyPageWeight(dist, origins) {
	return sitemapPaths().map((path) => ({
		path,
		...pageJsWeight(dist, htmlFile(dist, path), origins),
	}));
}

/** The page with the largest (`pick = 1`) or smallest (`pick = -1`) our-JS among `pages`. */
function byOurJs(pages, pick) {
	return pages.reduce(
		(best, page) =>
			best === undefined || pick * (page.ours.gzip - best.ours.gzip) > 0 ? page : best,
		undefined,
	);
}

/** `[{ type, page }]`: the page standing for each page type (`page` undefined when none exists). */
export function pageTypes(pages) {
	const at = (path) => pages.find((page) => page.path === path);
	const guides = pages.filter((page) => page.path.startsWith('/guides/'));
	const withIsland = byOurJs(guides, 1);
	return [
		{ type: 'landing', page: at('/') },
		{
			type: 'guide with island',
			page: withIsland && withIsland.ours.gzip > 0 ? withIsland : undefined,
		},
		{ type: 'guide without islands', page: byOurJs(guides, -1) },
		{ type: 'playground', page: at('/playground/') },
		{ type: 'troubleshooting', page: at('/troubleshooting/') },
		{ type: 'profile quickstart', page: pages.find((page) => page.path.startsWith('/apis/')) },
		{ type: 'error reference', page: at('/reference/errors/') },
	];
}
