#!/usr/bin/env node
// @ts-check
// `npm run preview` and the browser tests: serves a built site the way a static host does, with
// the headers the build wrote to `_headers` (config/security-headers.mjs), so what the tests see
// is what Netlify or Cloudflare Pages send. `astro preview` cannot: its `server.headers` are one
// set for every path. sirv serves the files; this file adds the base path, the headers and the
// 404 page. Flags: --dir (default dist), --port (4321), --host (127.0.0.1); BASE_PATH as at build.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../config/headers-file.mjs';
import { normalizeBase } from '../src/lib/site-path.ts';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		port: { type: 'string', default: '4321' },
		host: { type: 'string', default: '127.0.0.1' },
	},
});
const dir = values.dir;
const base = normalizeBase(process.env['BASE_PATH'] ?? '/');
const headersFile = join(dir, '_headers');
if (!existsSync(headersFile))
	throw new Error(`${headersFile} is missing: run \`npm run build\` first.`);
const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));
const notFoundPage = readFileSync(join(dir, '404.html'));

const files = sirv(dir, {
	dev: false,
	etag: true,
	extensions: ['html'],
	// The host reads `_headers`; it never serves it.
	ignores: ['/_headers'],
	onNoMatch: (_req, res) => {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFoundPage);
	},
});

const server = createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://host').pathname;
	for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
	if (`${path}/` === base) {
		res.writeHead(301, { Location: base }).end();
		return;
	}
	if (!path.startsWith(base) || path === `${base}_headers`) {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFoundPage);
		return;
	}
	req.url = `/${(req.url ?? '/').slice(base.length)}`;
	files(req, res);
});

server.listen(Number(values.port), values.host, () => {
	console.log(
		`Serving ${dir} at http://${values.host}:${values.port}${base} with the headers of ${headersFile}`,
	);
});
