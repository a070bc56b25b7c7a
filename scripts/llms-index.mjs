// @ts-check
/**
 * The page index at the top of /llms.txt, built from the sidebar config so that the index and
 * the navigation cannot drift apart: one line per sidebar link, `- [Label](absolute URL): summary`,
 * the summary being the page's frontmatter `description` or, for an API quickstart, the profile's
 * `summary`. Runs in astro.config.mjs (Node), before any page is built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { profilesDir } from '../config/profiles-dir.mjs';

const docsDir = new URL('../src/content/docs/', import.meta.url);

/** @typedef {{ label: string, link?: string, items?: SidebarItem[] }} SidebarItem */

/** The frontmatter of a docs page, parsed as YAML. */
function frontmatter(/** @type {URL} */ file) {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`llms-index: ${file.pathname} has no frontmatter`);
	return /** @type {Record<string, unknown>} */ (parse(match[1] ?? ''));
}

/** The one-line summary of the page at `link`; throws for a link with no page behind it. */
export function summaryOf(/** @type {string} */ link) {
	const profile = /^\/apis\/([a-z0-9-]+)\/$/.exec(link);
	if (profile) {
		const file = new URL(`${profile[1]}.yaml`, profilesDir);
		return String(/** @type {{ summary: string }} */ (parse(readFileSync(file, 'utf8'))).summary);
	}
	const slug = link.replace(/^\/|\/$/g, '') || 'index';
	for (const ext of ['.mdx', '.md']) {
		const file = new URL(slug + ext, docsDir);
		if (existsSync(file)) {
			const description = frontmatter(file)['description'];
			if (typeof description !== 'string' || description === '')
				throw new Error(`llms-index: ${slug}${ext} has no description`);
			return description;
		}
	}
	throw new Error(`llms-index: the sidebar links to ${link}, but no page exists for it`);
}

/** One Markdown list line for a sidebar link; `root` is the site's URL with its base path. */
function line(/** @type {SidebarItem} */ item, /** @type {string} */ root) {
	if (!item.link) throw new Error(`llms-index: sidebar item "${item.label}" has no link`);
	const rootWithSlash = root.endsWith('/') ? root : `${root}/`;
	return `- [${item.label}](${new URL(item.link.replace(/^\//, ''), rootWithSlash).href}): ${summaryOf(item.link)}`;
}

/**
 * The Markdown index: top-level links under "Pages", then one section per sidebar group.
 * `root` is where the site's pages live: its URL plus the base path (`https://x.org/docs/auth/`).
 */
export function llmsPageIndex(/** @type {SidebarItem[]} */ sidebar, /** @type {string} */ root) {
	const sections = [
		['Pages', sidebar.filter((item) => !item.items).map((item) => line(item, root))],
	];
	for (const group of sidebar.filter((item) => item.items)) {
		sections.push([group.label, (group.items ?? []).map((item) => line(item, root))]);
	}
	return sections
		.map(([title, lines]) => `## ${title}\n\n${/** @type {string[]} */ (lines).join('\n')}`)
		.join('\n\n');
}
