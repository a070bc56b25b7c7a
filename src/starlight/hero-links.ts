/**
 * Starlight route middleware: root-relative hero action links in page frontmatter (the 404
 * page's "Go to the home page", `link: /`) follow the site's base path, as Markdown links do
 * (config/base-links.mjs); Starlight leaves frontmatter links as written.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { siteLink } from '../components/kit/site-link.ts';

export const onRequest = defineRouteMiddleware((context) => {
	for (const action of context.locals.starlightRoute.entry.data.hero?.actions ?? []) {
		if (/^\/(?!\/)/.test(action.link)) action.link = siteLink(action.link);
	}
});
