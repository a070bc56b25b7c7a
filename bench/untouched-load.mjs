// Keeps "our JS at load" honest. That figure (js-weight.mjs) follows the static imports of a page's
// scripts; an island that started a dynamic import as soon as it connected would load code no
// reader asked for and still not be counted. So every page is opened in Chromium and left alone
// until the network is idle, and every script it fetched that its HTML does not import statically
// is listed. The one expected extra is Starlight's search UI, which its Search component requests
// on idle on every page: what a page without islands fetches beyond its imports is that baseline,
// and only scripts beyond it are counted. A hook of `npm run bench` (bench/hooks.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { sitemapPaths } from '../tests/e2e/support/sitemap.ts';
import { pageJsWeight } from './js-weight.mjs';
import { hasIsland } from './page-types.mjs';

const noOrigins = {
	shareByFile: new Map(),
	shareByInlineCode: new Map(),
	ourInlineHashes: new Set(),
};

/** Scripts (dist-relative paths) the page at `path` fetches untouched until the network is idle. */
async function fetchedUntouched(browser, baseURL, dist, path) {
	const origin = new URL(baseURL).origin;
	const page = await browser.newPage();
	const files = new Set();
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		const url = new URL(response.url());
		if (url.origin !== origin) return;
		const file = join(dist, decodeURIComponent(url.pathname));
		if (existsSync(file)) files.add(relative(dist, file));
	});
	await page.goto(new URL(path.slice(1), baseURL).href, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.close();
	return files;
}

/**
 * `{ pages, baseline, beyond }`: how many island pages were opened, the scripts a page without
 * islands fetches beyond its static imports, and per island page the scripts beyond both.
 */
export async function untouchedLoad(dist, context) {
	const paths = sitemapPaths();
	const html = (path) => readFileSync(join(dist, path, 'index.html'), 'utf8');
	const staticFiles = (path) =>
		new Set(pageJsWeight(dist, join(dist, path, 'index.html'), noOrigins).files);
	const plain = paths.find((path) => !hasIsland(html(path)));
	const browser = await chromium.launch(context.launchOptions);
	try {
		const baseline = new Set();
		if (plain) {
			const imported = staticFiles(plain);
			for (const file of await fetchedUntouched(browser, context.baseURL, dist, plain))
				if (!imported.has(file)) baseline.add(file);
		}
		const islandPaths = paths.filter((path) => hasIsland(html(path)));
		const beyond = [];
		for (const path of islandPaths) {
			const imported = staticFiles(path);
			const extra = [...(await fetchedUntouched(browser, context.baseURL, dist, path))].filter(
				(file) => !imported.has(file) && !baseline.has(file),
			);
			if (extra.length > 0) beyond.push({ path, files: extra });
		}
		return { pages: islandPaths.length, baseline: [...baseline], beyond };
	} finally {
		await browser.close();
	}
}

/** One line for the bench output. */
export function formatUntouchedLoad({ pages, baseline, beyond }) {
	const base = `besides Starlight's ${baseline.length} idle file(s)`;
	if (beyond.length === 0)
		return `Untouched load: none of ${pages} island pages fetches a script its HTML does not import (${base}).`;
	return `Untouched load: ${beyond.length} of ${pages} island pages fetch scripts their HTML does not import (${base}): ${beyond
		.map(({ path, files }) => `${path} ${files.join(', ')}`)
		.join('; ')}`;
}
