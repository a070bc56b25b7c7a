// @ts-check
// A Sätteri HAST plugin (Astro 7's Markdown and MDX engine) that puts the root-relative links of
// guide content (`[x](/guides/…)`) under the site's base path: Astro serves pages under `base` but
// leaves links in content as written. JSX components in MDX build their links with `siteLink`.
import { sitePath } from '../src/lib/site-path.ts';

/**
 * The plugin for `satteri({ hastPlugins })`; with base `/` it leaves every link alone.
 * @param {string} base
 * @returns {import('satteri').HastPluginDefinition}
 */
export function baseLinks(base) {
	return {
		name: 'auth-playground:base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				if (base !== '/' && typeof href === 'string' && /^\/(?!\/)/.test(href))
					ctx.setProperty(node, 'href', sitePath(base, href));
			},
		},
	};
}
