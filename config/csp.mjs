// @ts-check
// The Content-Security-Policy of every page, delivered by Astro's own CSP support as a
// `<meta http-equiv="content-security-policy">`. Astro hashes the scripts and styles it bundles or
// inlines itself, but not `<script is:inline>` (Starlight's theme provider, theme picker, search
// shortcut, sidebar persister, synced-tabs restore): those are hashed here, from the component
// sources, so a Starlight upgrade or a new `is:inline` script in `src/` is covered without a list to
// keep by hand. `tests/e2e/csp.spec.ts` fails on any violation, so a miss cannot go unnoticed.
//
// A meta CSP cannot carry `frame-ancestors`, `report-uri`/`report-to` or `sandbox` (CSP3 §3.3);
// those need an HTTP header from the host.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** Every `.astro` file under `dir`, recursively. @param {string} dir */
function astroFiles(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The bodies of the `is:inline` scripts in one component's source (no `src`, no `define:vars`, JS only).
 * @param {string} source
 */
function inlineScriptBodies(source) {
	/** @type {string[]} */
	const bodies = [];
	for (const [, attributes = '', body = ''] of source.matchAll(inlineScript)) {
		if (!/\bis:inline\b/.test(attributes) || /\b(src|define:vars)\s*=/.test(attributes)) continue;
		const type = /\btype\s*=\s*["']([^"']+)["']/.exec(attributes)?.[1];
		if (type && type !== 'module' && !type.includes('javascript')) continue;
		if (body.trim()) bodies.push(body);
	}
	return bodies;
}

/**
 * `sha256-…` hashes of the `is:inline` scripts in the `.astro` files under `dirs`.
 * @param {string[]} dirs
 * @returns {`sha256-${string}`[]}
 */
export function inlineScriptHashesIn(dirs) {
	/** @type {Set<`sha256-${string}`>} */
	const hashes = new Set();
	for (const file of dirs.flatMap(astroFiles)) {
		for (const body of inlineScriptBodies(readFileSync(file, 'utf8'))) {
			hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
		}
	}
	return [...hashes].sort();
}

/**
 * `sha256-…` hashes of the `is:inline` scripts of Starlight and of our own components.
 * @param {URL} root the project root
 */
export function inlineScriptHashes(root) {
	return inlineScriptHashesIn([
		fileURLToPath(new URL('node_modules/@astrojs/starlight/dist/', root)),
		fileURLToPath(new URL('src/', root)),
	]);
}

/**
 * Astro's `security.csp` option for this site.
 * @param {URL} root the project root
 * @returns {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], undefined | boolean>}
 */
export function contentSecurityPolicy(root) {
	return {
		algorithm: 'SHA-256',
		directives: [
			"default-src 'self'",
			// The mock API runs in the page: nothing is fetched but our own files (Pagefind's index).
			"connect-src 'self'",
			// Starlight's CSS inlines its icons as data: SVG.
			"img-src 'self' data:",
			"font-src 'self'",
			"worker-src 'self'",
			"manifest-src 'self'",
			"object-src 'none'",
			"frame-src 'none'",
			"base-uri 'none'",
			"form-action 'self'",
		],
		scriptDirective: {
			// 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search core; it does not allow eval().
			resources: ["'self'", "'wasm-unsafe-eval'"],
			hashes: inlineScriptHashes(root),
		},
		styleDirective: {
			// Expressive Code colours tokens and Starlight toggles widgets with style="" attributes;
			// attributes cannot run code, and <style> elements stay limited to 'self' and hashes.
			resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
		},
	};
}
