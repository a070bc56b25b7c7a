// Measures the JavaScript a built page makes the browser download: every module script it
// references (src or inline) plus their static imports, raw and gzip, counted once per page.
// "Ours" is the part that comes from the site's own `src/` (islands, src/lib): chunk shares from
// the build's origin record (build-site.mjs), and our own `is:inline` scripts. Everything else is
// Starlight's baseline (theme, search, sidebar, table of contents, code-block copy button).
// Dynamic imports (Pagefind's UI, loaded when search opens) are not part of a page's load.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScriptHashesIn } from '../config/csp.mjs';

const scriptSrc = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g;
const inlineScript = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const staticImport = /(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g;

/** Files reachable from `entry` through static imports, entry included. */
function closure(distDir, file, seen) {
	if (seen.has(file) || !existsSync(file)) return;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const [, spec] of code.matchAll(staticImport)) {
		const target = spec.startsWith('/') ? join(distDir, spec) : resolve(dirname(file), spec);
		closure(distDir, target, seen);
	}
}

/** Whether a `<script>` element with these attributes runs as JavaScript (not JSON-LD, not a template). */
function isJavaScript(attributes) {
	const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
	return type === undefined || type === 'module' || type.includes('javascript');
}

/**
 * What tells our bytes from Starlight's in one built site: `chunks` from `buildSite`, and the
 * hashes of the `is:inline` scripts in the site's `src/`.
 */
export function originIndex(root, chunks) {
	return {
		shareByFile: new Map(chunks.map((chunk) => [chunk.file, chunk.ourShare])),
		shareByInlineCode: new Map(chunks.map((chunk) => [chunk.code, chunk.ourShare])),
		ourInlineHashes: new Set(inlineScriptHashesIn([join(root, 'src')])),
	};
}

/** The share of an inline script body that is ours: Astro-inlined chunks by code, `is:inline` by hash. */
function inlineShare(body, origins) {
	const fromChunk = origins.shareByInlineCode.get(body.trim());
	if (fromChunk !== undefined) return fromChunk;
	return origins.ourInlineHashes.has(`sha256-${createHash('sha256').update(body).digest('base64')}`)
		? 1
		: 0;
}

/** `{ raw, gzip, ours: { raw, gzip }, files }` for one HTML page in `distDir`; bytes. */
export function pageJsWeight(distDir, htmlPath, origins) {
	const html = readFileSync(htmlPath, 'utf8');
	const files = new Set();
	/** @type {{ code: Buffer, share: number }[]} */
	const pieces = [];
	for (const [, src] of html.matchAll(scriptSrc)) {
		if (/^https?:/.test(src)) continue;
		closure(distDir, join(distDir, src), files);
	}
	for (const [, attributes, body] of html.matchAll(inlineScript)) {
		if (!isJavaScript(attributes) || !body.trim()) continue;
		pieces.push({ code: Buffer.from(body), share: inlineShare(body, origins) });
		for (const [, spec] of body.matchAll(staticImport))
			closure(distDir, join(distDir, spec), files);
	}
	for (const file of files) {
		pieces.push({
			code: readFileSync(file),
			share: origins.shareByFile.get(relative(distDir, file)) ?? 0,
		});
	}
	const weight = {
		raw: 0,
		gzip: 0,
		ours: { raw: 0, gzip: 0 },
		files: [...files].map((file) => relative(distDir, file)),
	};
	for (const { code, share } of pieces) {
		const gzip = gzipSync(code, { level: 9 }).length;
		weight.raw += code.length;
		weight.gzip += gzip;
		weight.ours.raw += Math.round(code.length * share);
		weight.ours.gzip += Math.round(gzip * share);
	}
	return weight;
}
