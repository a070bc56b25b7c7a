// Measures the JavaScript a built page makes the browser download: every module script it
// references (src or inline) plus their static imports, raw and gzip, counted once per page.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const scriptSrc = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g;
const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
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

/** `{ raw, gzip, files }` for one HTML page in `distDir`. */
export function pageJsWeight(distDir, htmlPath) {
	const html = readFileSync(htmlPath, 'utf8');
	const files = new Set();
	const inline = [];
	for (const [, src] of html.matchAll(scriptSrc)) {
		if (/^https?:/.test(src)) continue;
		closure(distDir, join(distDir, src), files);
	}
	for (const [, body] of html.matchAll(inlineScript)) {
		if (body.trim()) inline.push(body);
		for (const [, spec] of body.matchAll(staticImport)) closure(distDir, join(distDir, spec), files);
	}
	let raw = 0;
	let gzip = 0;
	for (const code of [...[...files].map((file) => readFileSync(file)), ...inline.map((body) => Buffer.from(body))]) {
		raw += code.length;
		gzip += gzipSync(code, { level: 9 }).length;
	}
	return { raw, gzip, files: [...files] };
}
