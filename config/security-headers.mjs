// @ts-check
// An Astro integration that writes `dist/_headers` when the build is done: the HTTP headers a
// host should send (config/headers-file.mjs), with each page's Content-Security-Policy read from
// the `<meta>` Astro wrote into it from config/csp.mjs, so the header and the meta cannot differ.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, headerRules } from './headers-file.mjs';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The text of an HTML attribute value, entities decoded. */
function attributeText(/** @type {string} */ value) {
	return value
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/**
 * Every built HTML page under `dir` as its URL path under `base` and its meta policy; a page
 * without one fails the build, since the header would then allow what the page never did.
 * @param {string} dir
 * @param {string} base
 * @returns {import('./headers-file.mjs').Page[]}
 */
export function builtPages(dir, base) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const rel = relative(dir, join(dir, file)).split(sep).join('/');
			const policy = cspMeta.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
			if (policy === undefined)
				throw new Error(`security-headers: ${rel} has no content-security-policy meta`);
			return {
				path: base + rel.replace(/(^|\/)index\.html$/, '$1'),
				policy: attributeText(policy),
			};
		});
}

/** @returns {import('astro').AstroIntegration} */
export function securityHeaders() {
	let base = '/';
	return {
		name: 'auth-playground:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const rules = headerRules(builtPages(out, base), base);
				writeFileSync(join(out, '_headers'), formatHeadersFile(rules));
				logger.info(`_headers: ${rules.length} rule(s) for ${base}`);
			},
		},
	};
}
