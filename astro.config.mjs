// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLlmsTxt from 'starlight-llms-txt';
import { parse } from 'yaml';
import { llmsPageIndex } from './scripts/llms-index.mjs';
import { contentSecurityPolicy } from './config/csp.mjs';
import { baseLinks } from './config/base-links.mjs';
import { securityHeaders } from './config/security-headers.mjs';
import { normalizeBase } from './src/lib/site-path.ts';
import { profilesDir } from './config/profiles-dir.mjs';

/** Links to the per-API quickstarts, one per profile file, in name order (for /llms.txt). */
function apiPages() {
	const dir = profilesDir;
	return readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.map(
			(file) =>
				/** @type {{ id: string, name: string }} */ (
					parse(readFileSync(new URL(file, dir), 'utf8'))
				),
		)
		.sort((a, b) => a.name.localeCompare(b.name))
		.map((profile) => ({ label: profile.name, link: `/apis/${profile.id}/` }));
}

/**
 * The navigation. APIs are one link to their index page, /apis/, not one link each: every page
 * carries the sidebar, so listing every API there would make each API add to every page.
 */
const sidebar = [
	{ label: 'Start here', link: '/' },
	{
		label: 'Guides',
		items: [
			{ label: 'API keys', link: '/guides/api-keys/' },
			{ label: 'HTTP Basic', link: '/guides/basic-auth/' },
			{ label: 'Bearer tokens', link: '/guides/bearer-tokens/' },
			{ label: 'OAuth 2.0', link: '/guides/oauth2/' },
			{ label: 'Rate limits', link: '/guides/rate-limits/' },
			{ label: 'Security practice', link: '/guides/security/' },
		],
	},
	{ label: 'Reference', items: [{ label: 'Error reference', link: '/reference/errors/' }] },
	{ label: 'Playground', link: '/playground/' },
	{ label: 'Troubleshooting', link: '/troubleshooting/' },
	{ label: 'APIs', link: '/apis/' },
];
/** What /llms.txt indexes: the sidebar's pages, then every API's quickstart. */
const llmsPages = [...sidebar, { label: 'API quickstarts', items: apiPages() }];

// Where the site is deployed, read at build time (README, "Deploy"): SITE_URL feeds the sitemap,
// canonical URLs and llms.txt; BASE_PATH serves every page under a folder (`/docs/auth/`).
const site = process.env['SITE_URL'] || 'https://auth-playground.dev';
const base = normalizeBase(process.env['BASE_PATH'] || '/');

/**
 * The auth core, in two chunks: what reads and checks a credential, with the request model and its
 * query helper (shared with the header doctor and the snippet emitters), and what builds the
 * playground's request from it. The islands load them on a reader's first intent from several
 * dynamic imports (the store's build code, the emitters, Send, a burst); left to itself the
 * bundler splits them by which of those reach each module, into ten files that compress worse
 * than two. /troubleshooting/ loads the first at load, as it did, and only the emitters after a
 * paste.
 */
const authChunks = {
	'auth-core':
		/[\\/]src[\\/]lib[\\/](auth[\\/](base64|basic|bearer|credential-checks|issue|jwt-expiry|mask|placeholder|validate)|http[\\/](request|query))\.ts$/,
	'auth-build':
		/[\\/]src[\\/]lib[\\/](auth[\\/](api-key|build-request)|share[\\/](state-request|profile-defaults))\.ts$/,
};

export default defineConfig({
	site,
	base,
	// Markdown links in the guides are written root-relative (`/guides/…`): put them under the base.
	markdown: { processor: satteri({ hastPlugins: [baseLinks(base)] }) },
	server: { host: '127.0.0.1', port: 4321 },
	// Hashes for every inline script, no 'unsafe-inline' for scripts: see config/csp.mjs.
	security: { csp: contentSecurityPolicy(new URL('./', import.meta.url)) },
	// Astro's CSP does not hash the small stylesheets it inlines for components used inside MDX
	// content, so the policy would refuse them: ship every stylesheet as a file ('self') instead.
	build: { inlineStylesheets: 'never' },
	vite: {
		build: {
			rolldownOptions: {
				output: {
					codeSplitting: {
						groups: Object.entries(authChunks).map(([name, test]) => ({ name, test })),
					},
				},
			},
		},
	},
	integrations: [
		securityHeaders(),
		starlight({
			title: 'Auth Playground',
			description:
				'Learn API authentication by trying it: Basic, Bearer and OAuth 2.0 headers, snippets and simulated responses, all in your browser.',
			lastUpdated: true,
			// HTTP messages carry long URLs and bodies: wrap them, so that none needs a scroll region
			// (an unlabeled region per overflowing block is an axe landmark-unique violation).
			expressiveCode: { defaultProps: { overridesByLang: { 'http,json,text': { wrap: true } } } },
			customCss: ['./src/styles/site.css'],
			routeMiddleware: './src/starlight/hero-links.ts',
			// Referrer-Policy as a meta, since a static host may not let us set headers: links out leak no URL.
			head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
			sidebar,
			plugins: [
				starlightLlmsTxt({
					details: llmsPageIndex(llmsPages, new URL(base, site).href),
					promote: [
						'index*',
						'guides/api-keys*',
						'guides/basic-auth*',
						'guides/bearer-tokens*',
						'guides/oauth2*',
						'guides/rate-limits*',
						'guides/security*',
						'reference/**',
					],
					demote: ['404*'],
					// Heading anchor links would add a "Section titled …" line under every heading; islands
					// keep their server-rendered output, without the controls and hidden parts.
					customSelectors: {
						all: [
							'.sl-anchor-link',
							'[hidden]',
							'.ap-controls',
							'select',
							'input',
							'textarea',
							'button',
							'[role="tablist"]',
						],
					},
				}),
			],
		}),
	],
});
